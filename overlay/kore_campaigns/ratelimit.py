"""Client-side rate limit: one token bucket shared by the sync and async transports of a client."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import anyio
import httpx

__all__ = ["AsyncRateLimitTransport", "RateLimit", "RateLimitTransport", "TokenBucket"]

_log = logging.getLogger("kore_campaigns")


class TokenBucket:
    """A token bucket that hands out reservations instead of blocking.

    ``reserve()`` takes a token and returns how long the caller must wait before using it.
    The count may go negative: later callers queue behind earlier ones in arrival order, and
    the bucket itself never sleeps, so one object serves threads and event loops alike.
    """

    def __init__(self, capacity: int, refill_per_second: float, clock: Callable[[], float]) -> None:
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, got {capacity}")
        if refill_per_second <= 0:
            raise ValueError(f"refill_per_second must be positive, got {refill_per_second}")
        self.capacity = capacity
        self.refill_per_second = refill_per_second
        self._clock = clock
        self._lock = threading.Lock()
        self._tokens = float(capacity)
        self._updated = clock()

    def __repr__(self) -> str:
        return f"TokenBucket(capacity={self.capacity}, refill_per_second={self.refill_per_second})"

    def reserve(self) -> float:
        """Take one token; return the seconds to wait before sending (0 when one was available)."""
        with self._lock:
            now = self._clock()
            elapsed = max(0.0, now - self._updated)
            self._tokens = min(float(self.capacity), self._tokens + elapsed * self.refill_per_second)
            self._updated = now
            self._tokens -= 1
            if self._tokens >= 0:
                return 0.0
            return -self._tokens / self.refill_per_second


@dataclass(frozen=True)
class RateLimit:
    """``requests`` per ``per`` seconds; Kore allows 60 per minute per account.

    A token bucket refilled at ``requests / per`` tokens a second, holding ``burst`` tokens
    (default ``requests``). A full bucket lets a burst of 60 go at once and then one a second,
    which a server counting 60 in any sliding minute can still refuse (the retry layer then
    waits out its 429); ``burst=1`` spaces every request evenly and never exceeds such a window.
    ``clock``, ``sleep`` and ``async_sleep`` are injectable for tests.
    """

    requests: int = 60
    per: float = 60.0
    burst: int | None = None
    clock: Callable[[], float] = field(default=time.monotonic, repr=False, compare=False)
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)
    async_sleep: Callable[[float], Awaitable[None]] = field(default=anyio.sleep, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.requests < 1:
            raise ValueError(f"RateLimit.requests must be at least 1, got {self.requests}")
        if self.per <= 0:
            raise ValueError(f"RateLimit.per must be positive, got {self.per}")
        if self.burst is not None and self.burst < 1:
            raise ValueError(f"RateLimit.burst must be at least 1, got {self.burst}")

    def new_bucket(self) -> TokenBucket:
        """A full bucket: a burst of ``burst`` requests, then one every ``per / requests`` s."""
        capacity = self.requests if self.burst is None else self.burst
        return TokenBucket(capacity, self.requests / self.per, self.clock)


def _log_wait(request: httpx.Request, wait: float) -> None:
    _log.debug("rate limit: %s %s waits %.2f s", request.method, request.url.path, wait)


class RateLimitTransport(httpx.BaseTransport):
    """Waits for a bucket token before every request it forwards to ``inner``."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        bucket: TokenBucket,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.inner = inner
        self.bucket = bucket
        self._sleep = sleep

    def __repr__(self) -> str:
        return f"RateLimitTransport({self.bucket!r})"

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        wait = self.bucket.reserve()
        if wait > 0:
            _log_wait(request, wait)
            self._sleep(wait)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class AsyncRateLimitTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`RateLimitTransport`; give both the same bucket to share the limit."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        bucket: TokenBucket,
        *,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        self.inner = inner
        self.bucket = bucket
        self._sleep = sleep

    def __repr__(self) -> str:
        return f"AsyncRateLimitTransport({self.bucket!r})"

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        wait = self.bucket.reserve()
        if wait > 0:
            _log_wait(request, wait)
            await self._sleep(wait)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()
