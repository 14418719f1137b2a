"""The mock's sense of "now": real time (optionally sped up) or a manual clock that moves only when told.

Timestamps, "is this time in the past", calling windows and the campaign simulation all read the one clock
the app owns (service.CampaignApi.clock). Token lifetimes (iat/exp) and the rate limit's window stay on wall
time: tokens are signed with the caller's real clock, and the limit protects a real server.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol, runtime_checkable

# A simulated year in about 30 real seconds; beyond that "now" soon leaves what datetime can show.
MAX_TIME_SCALE = 1_000_000.0


@runtime_checkable
class Clock(Protocol):
    def now(self) -> float:
        """Seconds since the epoch, in the mock's simulated time."""
        ...


class RealClock:
    """Wall time, `time_scale` simulated seconds per real second, counted from when the clock was made."""

    def __init__(self, time_scale: float = 1.0, wall: Callable[[], float] | None = None) -> None:
        if not 0 < time_scale <= MAX_TIME_SCALE:
            raise ValueError(f"time_scale must be > 0 and at most {MAX_TIME_SCALE:g}")
        self.time_scale = time_scale
        # Read through time.time at each call (not bound once), so tests that patch time.time move it too.
        self._wall = wall or (lambda: time.time())
        self._origin = self._wall()

    def now(self) -> float:
        return self._origin + (self._wall() - self._origin) * self.time_scale


class ManualClock:
    """Stands still until advanced (POST /_mock/clock/advance): runs repeat exactly, whatever the machine's speed."""

    def __init__(self, start: float | None = None) -> None:
        self.seconds = time.time() if start is None else float(start)

    def now(self) -> float:
        return self.seconds

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("a clock only moves forward")
        self.seconds += seconds
        return self.seconds


class FunctionClock:
    """Any zero-argument function of epoch seconds (tests pass a fixed or hand-moved one)."""

    def __init__(self, read: Callable[[], float]) -> None:
        self._read = read

    def now(self) -> float:
        return float(self._read())


def as_clock(clock: Clock | Callable[[], float] | None) -> Clock:
    if clock is None:
        return RealClock()
    # Callable first: a test's hand-moved clock may itself have a `now` attribute (a number).
    if callable(clock):
        return FunctionClock(clock)
    return clock


def iso_timestamp(epoch_seconds: float) -> str:
    """ISO 8601 in UTC with milliseconds and Z, like the docs' createdAt values."""
    moment = datetime.fromtimestamp(epoch_seconds, tz=UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")
