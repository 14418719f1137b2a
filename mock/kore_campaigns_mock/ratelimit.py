"""Per-account request limit: "60 requests per minute", enforced per account (rate-limit-ccai page)."""

from __future__ import annotations

import math
import threading
from collections import deque
from collections.abc import Callable

WINDOW_SECONDS = 60.0


class RateLimiter:
    """Sliding-window log: at most `per_minute` accepted requests in any 60-second window."""

    def __init__(self, per_minute: int, clock: Callable[[], float]) -> None:
        if per_minute < 0:
            raise ValueError("per_minute must be >= 0 (0 disables the limit)")
        self._per_minute = per_minute
        self._clock = clock
        self._accepted: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def acquire(self, key: str) -> int | None:
        """Record one request for `key`; None when allowed, else the seconds to wait before retrying."""
        if self._per_minute == 0:
            return None
        now = self._clock()
        with self._lock:
            accepted = self._accepted.setdefault(key, deque())
            while accepted and accepted[0] <= now - WINDOW_SECONDS:
                accepted.popleft()
            if len(accepted) >= self._per_minute:
                return max(1, math.ceil(accepted[0] + WINDOW_SECONDS - now))
            accepted.append(now)
            return None
