"""Client-side rate limit on the ``limits`` library: a moving window per account, in memory or in Redis.

Not ``limits.aio``: its memory storage would give a client's sync and async calls two budgets, and
its Redis needs a second client (coredis). Async calls reach a network storage from a worker thread.
"""

from __future__ import annotations

import contextlib
import logging
import re
import time
import urllib.parse
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field

import anyio
import anyio.to_thread
import httpx
from limits import RateLimitItemPerSecond
from limits.errors import ConfigurationError, StorageError
from limits.storage import MemoryStorage, storage_from_string
from limits.strategies import MovingWindowRateLimiter

from .errors import KoreRateLimitStorageError, KoreRateLimitTimeout

_log = logging.getLogger("kore_campaigns")

MEMORY_STORAGE = "memory://"
# The server counts a request when it arrives, the client when it leaves. Keeping each entry a
# second longer than the server's window stops uneven network delay from making the server see
# one request too many in its window (costs 1/61 of the throughput at 60 a minute).
WINDOW_MARGIN = 1
# limits counts an entry exactly `window` seconds old as still inside: wake just past it.
_PAST_BOUNDARY = 0.01
# A Redis that does not answer must fail the request soon, not after the OS's TCP timeout.
_REDIS_OPTIONS: dict[str, float | str | bool] = {"socket_connect_timeout": 2.0, "socket_timeout": 2.0}
# While falling back, ask a failed storage again only this often: an unreachable host costs a timeout.
_RETRY_STORAGE_AFTER = 5.0
# A wait longer than this is told (INFO log, wait listeners): a silent minute looks like a hang.
VISIBLE_WAIT = 1.0


@dataclass(frozen=True)
class Wait:
    """A pause of more than :data:`VISIBLE_WAIT` seconds before a request is sent (again).

    ``cause`` is ``"rate limit"`` (the client's own limit: room in the account's window),
    ``"Retry-After"`` (the server answered 429 or 503 and said how long to wait) or ``"backoff"``
    (a retry after a failure, without a Retry-After). ``request`` is ``"METHOD /path"``.
    """

    seconds: float
    cause: str
    request: str
    account_id: str | None = None
    detail: str = ""

    def describe(self) -> str:
        """One short line for the operator, without the length (a display counts it down)."""
        method, _, path = self.request.partition(" ")
        parts = path.strip("/").split("/")
        short = f"{method} …/{'/'.join(parts[-2:])}" if len(parts) > 2 else self.request
        if self.cause == "rate limit":
            return f"rate limit ({self.detail}) before {short}"
        if self.cause == "Retry-After":
            return f"the server asked to wait ({self.detail}) before {short}"
        return f"retry after {self.detail}: {short}"


# Called with a Wait before each wait longer than VISIBLE_WAIT, in any client.
_wait_listeners: list[Callable[[Wait], None]] = []


@contextlib.contextmanager
def visible_waits(listener: Callable[[Wait], None]) -> Iterator[None]:
    """Within the block, call ``listener(wait)`` before every wait longer than a second, whichever
    client waits: the client's own rate limit, a server's Retry-After or a retry's backoff (the
    command line counts them down)."""
    _wait_listeners.append(listener)
    try:
        yield
    finally:
        _wait_listeners.remove(listener)


@contextlib.contextmanager
def rate_limit_waits(listener: Callable[[str, float], None]) -> Iterator[None]:
    """Within the block, call ``listener(account_id, seconds)`` before every rate-limit wait
    longer than a second (the client's limit or a server's Retry-After), whichever client waits
    (a progress display shows them)."""

    def told(wait: Wait) -> None:
        if wait.cause != "backoff":
            listener(wait.account_id or "", wait.seconds)

    with visible_waits(told):
        yield


def tell_wait(wait: Wait, message: str, *args: object) -> None:
    """Log ``message`` at INFO (marked, so a display counting the wait down can leave the line
    out) and call the wait listeners."""
    _log.info(message, *args, extra={"kore_wait": wait.seconds})
    for listener in list(_wait_listeners):
        listener(wait)


def redact_uri(uri: str) -> str:
    """``uri`` without its password (in the user info or a ``password=`` parameter), for messages and reprs."""
    uri = re.sub(r"^([^:/?#]+://[^:/?#@]*):[^/?#@]*@", r"\1:***@", uri)
    return re.sub(r"([?&]password=)[^&#]*", r"\1***", uri, flags=re.IGNORECASE)


@dataclass(frozen=True)
class RateLimit:
    """At most ``requests`` per ``window`` seconds per account (Kore: 60 a minute); calls wait for room.

    ``storage`` is a ``limits`` storage URI: ``memory://`` (the default) limits this client alone;
    ``redis://[:password@]host:port[/db]``, ``rediss://...`` or ``redis+unix:///path.sock`` share one
    budget per account between every process and machine that points at it (``pip install
    'kore-campaigns[redis]'``; give them all the same ``requests`` and ``window``). When that storage
    fails, the request fails with :class:`KoreRateLimitStorageError`, unless ``fallback_to_memory``
    lets it go on under a limit of this client alone. ``clock`` (wall time, as ``limits`` uses),
    ``sleep`` and ``async_sleep`` are injectable for tests.
    """

    requests: int = 60
    window: int = 60
    storage: str = field(default=MEMORY_STORAGE, repr=False)
    fallback_to_memory: bool = False
    clock: Callable[[], float] = field(default=lambda: time.time(), repr=False, compare=False)
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=anyio.sleep, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name in ("requests", "window"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"RateLimit.{name} must be an int of at least 1, got {value!r}")
        if "://" not in self.storage:
            shown = redact_uri(self.storage)
            raise ValueError(f"RateLimit.storage must be a URI such as memory:// or redis://host:6379, got {shown!r}")

    def __repr__(self) -> str:
        return (
            f"RateLimit(requests={self.requests}, window={self.window}, storage={redact_uri(self.storage)!r}, "
            f"fallback_to_memory={self.fallback_to_memory})"
        )

    def new_limiter(self, account_id: str) -> AccountLimiter:
        return AccountLimiter(self, account_id)


def _moving_window(uri: str) -> MovingWindowRateLimiter:
    shown = redact_uri(uri)
    options = _REDIS_OPTIONS if uri.startswith(("redis", "valkey")) else {}
    try:
        return MovingWindowRateLimiter(storage_from_string(uri, wrap_exceptions=True, **options))
    except ConfigurationError as error:
        # Its text would repeat the URI, password included.
        if "prerequisite" in str(error):
            raise ValueError(f"rate-limit storage {shown} needs: pip install 'kore-campaigns[redis]'") from None
        raise ValueError(f"rate-limit storage {shown} is not usable: use memory:// or redis://...") from None
    except NotImplementedError:
        raise ValueError(f"rate-limit storage {shown} has no moving window; use memory:// or redis://") from None


class AccountLimiter:
    """The moving window of one account, taken before each request; a client's sync and async sides share it."""

    def __init__(self, limit: RateLimit, account_id: str) -> None:
        self.limit = limit
        self.key = account_id
        self.uri = redact_uri(limit.storage)
        self.is_local = limit.storage.startswith(MEMORY_STORAGE)
        self._item = RateLimitItemPerSecond(limit.requests, limit.window + WINDOW_MARGIN)
        self._shared = _moving_window(limit.storage)
        self._fallback = MovingWindowRateLimiter(MemoryStorage()) if limit.fallback_to_memory else None
        self._falling_back = False
        self._ask_storage_at = 0.0

    def __repr__(self) -> str:
        return f"AccountLimiter({self.limit!r})"

    def wait(self, request: httpx.Request) -> None:
        """Return once ``request`` has a place in the window."""
        waited = 0.0
        while (wait := self.try_acquire()) > 0:
            self._check_wait(request, waited, wait)
            self.limit.sleep(wait)
            waited += wait

    async def wait_async(self, request: httpx.Request) -> None:
        waited = 0.0
        # A network storage is asked from a worker thread; memory is quicker asked in place.
        while (wait := self.try_acquire() if self.is_local else await anyio.to_thread.run_sync(self.try_acquire)) > 0:
            self._check_wait(request, waited, wait)
            await self.limit.async_sleep(wait)
            waited += wait

    def try_acquire(self) -> float:
        """Take a place: 0 when taken, else the seconds until one may free up."""
        key = self.key
        if self._fallback is not None and time.monotonic() < self._ask_storage_at:
            return self._try(self._fallback, key)
        try:
            wait = self._try(self._shared, key)
        except StorageError as error:
            if self._fallback is None:
                raise self._storage_error(error.storage_error) from None
            if not self._falling_back:
                _log.warning("rate limit: storage %s failed; limiting this process alone until it is back", self.uri)
                self._falling_back = True
            self._ask_storage_at = time.monotonic() + _RETRY_STORAGE_AFTER
            return self._try(self._fallback, key)
        if self._falling_back:
            _log.warning("rate limit: storage %s is back", self.uri)
            self._falling_back = False
        return wait

    def _try(self, strategy: MovingWindowRateLimiter, key: str) -> float:
        if strategy.hit(self._item, key):
            return 0.0
        reset, _ = strategy.get_window_stats(self._item, key)
        return max(0.0, reset - self.limit.clock()) + _PAST_BOUNDARY

    def _storage_error(self, cause: Exception) -> KoreRateLimitStorageError:
        detail = f"{type(cause).__name__}: {cause}"
        password = urllib.parse.urlsplit(self.limit.storage).password
        if password:
            detail = detail.replace(password, "***")
        return KoreRateLimitStorageError(
            f"rate-limit storage {self.uri} failed ({detail}); the request was not sent. Start that storage, "
            "fix KORE_RATE_LIMIT_STORAGE, or set fallback_to_memory (KORE_RATE_LIMIT_FALLBACK=memory) "
            "to limit each process alone while it is down"
        )

    def _check_wait(self, request: httpx.Request, waited: float, wait: float) -> None:
        """Raise when waiting ``wait`` more seconds would outlast the request's pool timeout."""
        timeout = request.extensions.get("timeout", {}).get("pool")
        if timeout is not None and waited + wait > timeout:
            raise KoreRateLimitTimeout(
                f"{request.method} {request.url.path} would wait {waited + wait:.1f} s for room in the account's "
                f"rate limit ({self.limit.requests} per {self.limit.window} s), more than its pool timeout of "
                f"{timeout} s; nothing was sent. Raise httpx.Timeout(pool=...) or spread the calls"
            )
        if wait > VISIBLE_WAIT:
            told = Wait(
                wait,
                "rate limit",
                f"{request.method} {request.url.path}",
                self.key,
                f"{self.limit.requests} requests per {self.limit.window} s",
            )
            tell_wait(
                told,
                "rate limit: %s %s waits %.1f s for room in the account's %d requests per %d s",
                request.method,
                request.url.path,
                wait,
                self.limit.requests,
                self.limit.window,
            )
        else:
            _log.debug("rate limit: %s %s waits %.2f s", request.method, request.url.path, wait)
