"""Progress and visible waits on a terminal, drawn the same way by the library and the command line.

One live display on stderr: a progress bar, and above it a line for each wait longer than a second
(the client's rate limit, a server's ``Retry-After``, a retry's backoff) that counts down and goes
when the wait is over. The wait is told once, on its own line, never inside the bar's text.

The library's import bar (:mod:`kore_campaigns.bulk`) and the command line's ``Activity``
(``kore_campaigns.cli.output``) both use :class:`LiveDisplay`; the library never imports the
command line. Rich is imported only when something is drawn.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

    from .ratelimit import Wait

# Rich's own default: often enough for a countdown in whole seconds.
REFRESHES_PER_SECOND = 4


class Countdown:
    """One wait, drawn as a line that counts down until it is over."""

    def __init__(self, wait: Wait, clock: Callable[[], float] = time.monotonic) -> None:
        self.wait = wait
        self._clock = clock
        self.until = clock() + wait.seconds

    def left(self) -> float:
        return self.until - self._clock()

    def text(self) -> str:
        return f"{self.wait.describe()}: {max(self.left(), 0):.0f} s left"


def _stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, emoji=False, markup=False)


class LiveDisplay:
    """A progress bar with the waits counting down above it, on stderr while the block runs.

    ``shown`` False draws nothing (the waits are then only the log lines of ``kore_campaigns``).
    ``console`` makes the Rich console to draw on (default: stderr, with Rich's own colour
    rules, which honour ``NO_COLOR``); ``clock`` times the countdowns. Within the block, every
    wait longer than a second that any client makes is added as a countdown line.
    """

    def __init__(
        self,
        *,
        shown: bool,
        console: Callable[[], Console] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.shown = shown
        self.countdowns: list[Countdown] = []
        self._console = console or _stderr_console
        self._clock = clock
        self._live: Any = None
        self._progress: Any = None
        self._task: Any = None
        self._waits: Any = None

    def __enter__(self) -> LiveDisplay:
        from .ratelimit import visible_waits

        self._waits = visible_waits(self.on_wait)
        self._waits.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop_display()
        if self._waits is not None:
            self._waits.__exit__(None, None, None)
            self._waits = None

    def __rich__(self) -> Any:
        from rich.console import Group
        from rich.text import Text

        self.countdowns = [countdown for countdown in self.countdowns if countdown.left() > 0]
        lines: list[Any] = [Text(countdown.text()) for countdown in self.countdowns]
        if self._progress is not None:
            lines.append(self._progress)
        return Group(*lines)

    def showing_waits(self) -> bool:
        """True when waits are drawn as countdowns (a log line for them would say it twice)."""
        return self.shown

    def stop_display(self) -> None:
        """Draw the bar a last time and stop, so that what follows is printed below it; a later
        wait or bar starts the display again."""
        if self._live is not None:
            self.countdowns.clear()
            self._live.stop()
            self._live = None
            self._progress = None

    def _start(self) -> None:
        if self._live is None:
            from rich.live import Live

            self._live = Live(self, console=self._console(), refresh_per_second=REFRESHES_PER_SECOND, transient=False)
            self._live.start()

    def on_wait(self, wait: Wait) -> None:
        """A wait begins: a countdown line above the bar, drawn at once."""
        if self.shown:
            self.countdowns.append(Countdown(wait, self._clock))
            self._start()
            self._live.refresh()

    def progress(self, description: str, total: float | None = None, unit: str = "") -> None:
        """Start (or restart) the bar: a count of ``total`` (``unit``, e.g. "s"), or a running
        count when the total is unknown."""
        if not self.shown:
            return
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        if self._progress is None:
            count = "{task.completed:.0f}" + ("/{task.total:.0f}" if total is not None else "") + f" {unit}"
            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                TextColumn(count.rstrip()),
                TimeElapsedColumn(),
                console=self._console(),
                auto_refresh=False,
            )
            self._task = self._progress.add_task(description, total=total)
        else:
            self._progress.update(self._task, description=description, total=total)
        self._start()

    def advance(self, count: float = 1, *, completed: float | None = None, description: str | None = None) -> None:
        if self._progress is None:
            return
        fields: dict[str, Any] = {}
        if description is not None:
            fields["description"] = description
        if completed is not None:
            self._progress.update(self._task, completed=completed, **fields)
        else:
            self._progress.update(self._task, advance=count, **fields)
        if self._live is not None:
            self._live.refresh()
