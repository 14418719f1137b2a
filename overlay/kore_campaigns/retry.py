"""Retries as an httpx transport wrapper, careful with the one non-idempotent call (create).

Own code, because neither maintained library expresses these rules (both evaluated, issue 14):
- httpx-retries 0.6: one ``status_forcelist`` and one exception list for every allowed method,
  so POST cannot be limited to 429 and pre-send connection failures while GET also retries
  5xx and read errors; it re-sends the same request with no hook between attempts, so an
  enforced JTI cannot be re-signed; and one ``max_backoff_wait`` caps backoff and Retry-After alike.
- stamina 26: retries a callable on exceptions (a backoff hook may return Retry-After), but it
  knows nothing of responses, methods or replayable bodies: wrapping it would take more code
  than the loop below, and its jitter is additive, not the "full jitter" spread of the callers.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Protocol

import anyio
import httpx

__all__ = [
    "IDEMPOTENT_METHODS",
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
    "Transport",
    "parse_retry_after",
]

_log = logging.getLogger("kore_campaigns")

# RFC 9110 section 9.2.2: repeating these has the same effect as sending them once.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})

# Failures that leave an idempotent request safe to repeat.
_IDEMPOTENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)
# Failures raised before a single byte of the request left: the server cannot have acted on
# it, so even a POST (which creates a campaign) may be sent again. Read errors and timeouts
# are not here: the server may have created the campaign and the answer got lost.
_UNSENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or HTTP date); None if unusable."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT; a naive result means "-0000"
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to retry.

    ``max_attempts`` counts the first try. Backoff is "full jitter": a uniform draw from
    ``[0, min(backoff_cap, backoff_base * 2 ** (retry - 1))]``. A ``Retry-After`` header on a
    retried response replaces the backoff, capped at ``retry_after_cap``.

    Idempotent methods (GET) are retried on ``idempotent_statuses`` and on any network error
    or timeout. Other methods (POST, which creates a campaign) only where the server cannot
    have acted: ``non_idempotent_statuses`` (429: refused before processing) and connection
    failures before the request was sent; never on 5xx or read errors.

    ``sleep``, ``async_sleep``, ``jitter`` (returns a float in [0, 1)) and ``clock`` (wall time,
    for HTTP-date ``Retry-After``) are injectable for tests.
    """

    max_attempts: int = 4
    backoff_base: float = 0.5
    backoff_cap: float = 30.0
    retry_after_cap: float = 60.0
    idempotent_statuses: frozenset[int] = frozenset({429, 502, 503, 504})
    non_idempotent_statuses: frozenset[int] = frozenset({429})
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=anyio.sleep, repr=False, compare=False)
    jitter: Callable[[], float] = field(default=random.random, repr=False, compare=False)
    clock: Callable[[], float] = field(default=time.time, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError(f"RetryPolicy.max_attempts must be at least 1, got {self.max_attempts}")
        for name in ("backoff_base", "backoff_cap", "retry_after_cap"):
            if getattr(self, name) < 0:
                raise ValueError(f"RetryPolicy.{name} must not be negative")

    def backoff(self, retry: int) -> float:
        """Delay before retry number ``retry`` (1 for the first retry)."""
        # The exponent is bounded so that a huge max_attempts cannot overflow the float.
        return self.jitter() * min(self.backoff_cap, self.backoff_base * 2.0 ** min(retry - 1, 64))

    def retries_status(self, method: str, status_code: int) -> bool:
        if method.upper() in IDEMPOTENT_METHODS:
            return status_code in self.idempotent_statuses
        return status_code in self.non_idempotent_statuses

    def retries_error(self, method: str, error: httpx.TransportError) -> bool:
        safe = _IDEMPOTENT_ERRORS if method.upper() in IDEMPOTENT_METHODS else _UNSENT_ERRORS
        return isinstance(error, safe)

    def delay_after_response(self, response: httpx.Response, retry: int) -> float:
        retry_after = parse_retry_after(response.headers.get("Retry-After"), self.clock())
        if retry_after is None:
            return self.backoff(retry)
        return min(retry_after, self.retry_after_cap)


class Transport(Protocol):
    """What the layers wrap: one object that serves ``httpx.Client`` and ``httpx.AsyncClient``."""

    def handle_request(self, request: httpx.Request) -> httpx.Response: ...
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response: ...
    def close(self) -> None: ...
    async def aclose(self) -> None: ...


class RetryTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sends through ``inner`` and retries as ``policy`` allows, for sync and async clients alike.

    ``prepare_retry`` (e.g. :meth:`KoreJwtAuth.apply`) refreshes the request before each
    retry: a long wait may outlive the token, an enforced jti may not be sent twice, and the
    httpx client applied auth once, above the transport.
    """

    def __init__(
        self,
        inner: Transport,
        policy: RetryPolicy | None = None,
        *,
        prepare_retry: Callable[[httpx.Request], None] | None = None,
    ) -> None:
        self.inner = inner
        self.policy = policy if policy is not None else RetryPolicy()
        self.prepare_retry = prepare_retry

    def __repr__(self) -> str:
        return f"RetryTransport({self.policy!r})"

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempt, replayable = 1, self._replayable(request)
        while True:
            try:
                response = self.inner.handle_request(request)
            except httpx.TransportError as error:
                if (delay := self._delay(request, attempt, replayable, error)) is None:
                    raise
            else:
                if (delay := self._delay(request, attempt, replayable, response)) is None:
                    return response
                response.close()  # free the connection of the answer we discard
            self.policy.sleep(delay)
            self._before_retry(request)
            attempt += 1

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempt, replayable = 1, self._replayable(request)
        while True:
            try:
                response = await self.inner.handle_async_request(request)
            except httpx.TransportError as error:
                if (delay := self._delay(request, attempt, replayable, error)) is None:
                    raise
            else:
                if (delay := self._delay(request, attempt, replayable, response)) is None:
                    return response
                await response.aclose()
            await self.policy.async_sleep(delay)
            self._before_retry(request)
            attempt += 1

    def close(self) -> None:
        self.inner.close()

    async def aclose(self) -> None:
        await self.inner.aclose()

    @staticmethod
    def _replayable(request: httpx.Request) -> bool:
        # The generated client sends JSON bytes (an httpx.ByteStream), which can be sent
        # again; a streaming body could be half consumed, so it gets one attempt only.
        # Asked before the first attempt: an inner transport may buffer the stream.
        return isinstance(request.stream, httpx.ByteStream)

    def _delay(
        self, request: httpx.Request, attempt: int, replayable: bool, outcome: httpx.Response | httpx.TransportError
    ) -> float | None:
        """Seconds to wait before retrying after ``outcome``; None to stop and hand it over."""
        if isinstance(outcome, httpx.Response):
            retried, cause = self.policy.retries_status(request.method, outcome.status_code), str(outcome.status_code)
        else:
            retried, cause = self.policy.retries_error(request.method, outcome), type(outcome).__name__
        if not (retried and replayable and attempt < self.policy.max_attempts):
            return None
        if isinstance(outcome, httpx.Response):
            delay = self.policy.delay_after_response(outcome, attempt)
        else:
            delay = self.policy.backoff(attempt)
        # The path only: the query string is not needed to follow what happens.
        _log.debug(
            "retrying %s %s after %s in %.2f s (attempt %d of %d)",
            request.method,
            request.url.path,
            cause,
            delay,
            attempt + 1,
            self.policy.max_attempts,
        )
        return delay

    def _before_retry(self, request: httpx.Request) -> None:
        if self.prepare_retry is not None:
            self.prepare_retry(request)


# One class serves both kinds of client; the name of its former async twin stays.
AsyncRetryTransport = RetryTransport
