"""Per-account request limit: "60 requests per minute", enforced per account (rate-limit-ccai page).

The same library and algorithm as the client's limit (``limits``' moving window), so that a client
configured like the server never meets a 429 here.
"""

from __future__ import annotations

import math
import time

from limits import RateLimitItemPerSecond
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

WINDOW_SECONDS = 60


class RateLimiter:
    """At most ``per_window`` accepted requests per key in any ``window`` seconds (0 disables the limit)."""

    def __init__(self, per_window: int, window: int = WINDOW_SECONDS) -> None:
        if per_window < 0:
            raise ValueError("per_minute must be >= 0 (0 disables the limit)")
        if window < 1:
            raise ValueError("window must be at least 1 second")
        self._item = RateLimitItemPerSecond(per_window, window) if per_window else None
        self._limiter = MovingWindowRateLimiter(MemoryStorage())

    def acquire(self, key: str) -> int | None:
        """Record one request for `key`; None when allowed, else the seconds to wait before retrying."""
        if self._item is None or self._limiter.hit(self._item, key):
            return None
        reset, _ = self._limiter.get_window_stats(self._item, key)
        # Whole seconds, past the boundary: an entry exactly `window` seconds old still counts.
        return max(1, math.floor(reset - time.time()) + 1)
