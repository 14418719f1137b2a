"""What every command shares, in one place: the session's settings and client, JSON and tables,
errors, confirmation, progress and visible waits.

Conventions (as gh and the Stripe CLI keep them):

* stdout carries the result; everything else (progress, waits, warnings, errors) goes to stderr.
* ``--json`` prints the API's answer with its wire names; the CLI's own summaries use the same
  camelCase. A campaign (or any object the spec gives ``x-kore-id-alternatives``) also carries
  its id under one key, ``campaignId``, whichever of ``_id``/``id`` the service sent.
* On a terminal, tables (Rich) never cut an id; elsewhere, tab-separated lines of full values
  with a header line, for ``cut`` and ``awk``.
* ``NO_COLOR`` (any non-empty value) or ``--no-color``: no escape codes at all, bold included.
* Errors: ``error: ...`` on stderr, or with ``--json`` one JSON object ``{"error": {...}}`` there.
  Exit 1 for an API error or a partial failure, 2 for a usage error, 130 after Ctrl-C, 143 after
  SIGTERM.
* Destructive commands ask on a terminal and need ``--yes`` elsewhere.

Rich is imported only when something is drawn, and the client only when a command runs.
"""

from __future__ import annotations

import datetime
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NoReturn

import click

from .operations import table

if TYPE_CHECKING:
    from ..client import KoreClient
    from ..ratelimit import Wait

SHOW_VALUES_ENV = "KORE_SHOW_VALUES"
EXIT_API = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it
EXIT_TERMINATED = 143  # 128 + SIGTERM

_JSON_HELP = "Print JSON (the API's answer, its wire names) instead of a table."
_YES_HELP = "Do it without asking (needed when not on a terminal)."
json_option = click.option("--json", "as_json", is_flag=True, help=_JSON_HELP)


def json_flag() -> click.Option:
    """``--json`` for a command built in code (as the decorator gives it)."""
    return click.Option(["--json", "as_json"], is_flag=True, help=_JSON_HELP)


def yes_flag() -> click.Option:
    return click.Option(["--yes", "-y", "yes"], is_flag=True, help=_YES_HELP)


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread so that commands unwind (progress stopped, files closed).
    A KeyboardInterrupt, so that what stops cleanly on Ctrl-C (an import recording where it was)
    stops the same way; ``signal_number`` tells the two apart."""

    signal_number = 15  # SIGTERM


class CliError(Exception):
    """A failure with a message for the operator: ``exit_code`` 1 unless said otherwise; ``kind``
    and ``details`` go into the JSON form of the error."""

    def __init__(self, message: str, *, exit_code: int = EXIT_API, kind: str = "failed", **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code
        self.kind = kind
        self.details = details


# --- the session ---------------------------------------------------------------------------


@dataclass
class Session:
    """The root options and what the running command has done so far (for an interruption)."""

    profile: str | None = None
    base_url: str | None = None
    color: bool = True
    quiet: bool = False
    verbose: bool = False
    json_errors: bool = False
    done: str = ""
    _client: KoreClient | None = field(default=None, repr=False)

    def note(self, what: str) -> None:
        """Say what the command has done so far: printed if it is interrupted."""
        self.done = what

    def client(self) -> KoreClient:
        """The client for the selected profile and environment (built once, on first use)."""
        if self._client is None:
            from .config import client_for

            self._client = client_for(self.profile, self.base_url)
        return self._client


def session() -> Session:
    context = click.get_current_context(silent=True)
    found = context.find_object(Session) if context is not None else None
    return found if found is not None else Session()


def run(action: Callable[[KoreClient], None]) -> None:
    """Run ``action`` with the session's client, closing it after. API errors, network errors and
    interruptions propagate to the entry point, which reports them all the same way."""
    current = session()
    client = current.client()
    with client, Activity(current):
        action(client)


def run_plain(action: Callable[[KoreClient], None]) -> None:
    """:func:`run` without the live display: for a command that draws its own progress bar."""
    with session().client() as client:
        action(client)


# The moved import command runs through this name (its body is kept as it was); it draws its
# own bar (kore_campaigns.bulk), and two live displays on one terminal would fight.
_run = run_plain


# --- JSON ----------------------------------------------------------------------------------


def camel(name: str) -> str:
    """``list_id`` -> ``listId``: the CLI's own keys are spelt like the API's."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def to_json(value: Any) -> Any:
    """A JSON-ready value: a generated model as its ``to_dict()`` (the wire names), with the id
    of an object that has several id keys also under the one the spec names (``campaignId``)."""
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_json(item) for key, item in value.items()}
    to_dict = getattr(value, "to_dict", None)
    if to_dict is None:
        if isinstance(value, datetime.datetime | datetime.date):
            return value.isoformat()
        return value
    data: dict[str, Any] = to_dict()
    for attribute, key in getattr(type(value), "_json_keys", {}).items():
        inner = getattr(value, attribute, None)
        if key in data and (hasattr(inner, "to_dict") or isinstance(inner, list)):
            data[key] = to_json(inner)
    alternatives = table()["idAlternatives"].get(type(value).__name__)
    if alternatives:
        identifier = getattr(value, alternatives["accessor"], None)
        key = camel(alternatives["accessor"])
        if isinstance(identifier, str) and key not in data:
            data = {key: identifier, **data}
    return data


def _results_follow() -> None:
    """The result is printed below the progress, once it is drawn for the last time."""
    current = activity()
    if current is not None:
        current.stop_display()


def print_json(value: Any) -> None:
    _results_follow()
    click.echo(json.dumps(to_json(value), indent=2, ensure_ascii=False, default=str))


def print_summary(summary: dict[str, Any]) -> None:
    """The CLI's own summary as JSON, its keys in the API's camelCase."""

    def keyed(value: Any) -> Any:
        if isinstance(value, dict):
            return {camel(str(key)): keyed(item) for key, item in value.items()}
        if isinstance(value, list):
            return [keyed(item) for item in value]
        return value

    print_json(keyed(summary))


# The moved import command prints its summary through this name: camelCase keys.
_print_json = print_summary


# --- tables ----------------------------------------------------------------------------------


def _unset(value: Any) -> bool:
    return value is None or type(value).__name__ == "Unset"


def cell(value: Any) -> str:
    """A value as one cell: lists joined, nested objects as compact JSON, nothing for unset."""
    if _unset(value):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        if all(_scalar(item) for item in value):
            return ", ".join(cell(item) for item in value)
        return json.dumps(to_json(list(value)), ensure_ascii=False, default=str)
    if hasattr(value, "to_dict") or isinstance(value, dict):
        return json.dumps(to_json(value), ensure_ascii=False, default=str)
    return str(value)


def _scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool | datetime.date) or _unset(value)


def _tsv(value: str) -> str:
    # One record a line, one field a tab: escape the two characters that would break that.
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n")


def _is_id_column(name: str) -> bool:
    return name in ("id", "_id", "ID") or name.endswith(("Id", "_id", "ID"))


def console(stderr: bool = False) -> Any:
    """A Rich console on the current stdout/stderr; no escape codes at all without colour."""
    from rich.console import Console

    color = session().color
    return Console(
        file=sys.stderr if stderr else sys.stdout,
        color_system="auto" if color else None,
        no_color=not color,
        highlight=False,
        emoji=False,
        markup=False,
    )


def print_table(columns: Sequence[str], rows: Iterable[Sequence[Any]], *, title: str | None = None) -> int:
    """Rows under their column names; returns how many. On a terminal a Rich table that keeps
    every id whole (columns that do not fit are left for --json); elsewhere tab-separated lines
    of full values under a header line."""
    cells = [[cell(value) for value in row] for row in rows]
    _results_follow()
    if not sys.stdout.isatty():
        if cells:
            click.echo("\t".join(_tsv(column) for column in columns))
        for row in cells:
            click.echo("\t".join(_tsv(value) for value in row))
        return len(cells)
    from rich.table import Table

    out = console()
    widths = [max([len(column), *(len(row[index]) for row in cells)]) for index, column in enumerate(columns)]
    kept: list[int] = []
    room = out.width - 4
    for index, column in enumerate(columns):
        # Ids stay whole; other text may fold down to 12 characters; columns stop at the first that does not fit.
        needed = (widths[index] if _is_id_column(column) else min(widths[index], 12)) + 3
        if index > 0 and not _is_id_column(column) and needed > room:
            break
        kept.append(index)
        room -= needed
    shown = Table(title=title, title_justify="left", header_style="bold" if session().color else None)
    for index in kept:
        if _is_id_column(columns[index]):
            shown.add_column(columns[index], no_wrap=True, min_width=widths[index], overflow="fold")
        else:
            shown.add_column(columns[index], overflow="fold")
    for row in cells:
        shown.add_row(*(row[index] for index in kept))
    left_out = len(columns) - len(kept)
    shown.caption = f"{len(cells)} shown" + (f"; {left_out} more columns with --json or in a pipe" if left_out else "")
    out.print(shown)
    return len(cells)


def _attribute(name: str) -> Callable[[Any], Any]:
    return lambda item: getattr(item, name, None)


def _extra(key: str) -> Callable[[Any], Any]:
    return lambda item: (getattr(item, "additional_properties", None) or {}).get(key)


def _plain(value: Any) -> bool:
    return _scalar(value) or (isinstance(value, list) and all(map(_scalar, value)))


def columns_of(items: Sequence[Any]) -> list[tuple[str, Callable[[Any], Any]]]:
    """The columns for a list of models: the id first (its one key, e.g. campaignId), then every
    field holding a plain value in the model's order, then fields the spec does not name."""
    if not items:
        return []
    kind = type(items[0])
    keys: dict[str, str] = getattr(kind, "_json_keys", {})
    columns: list[tuple[str, Callable[[Any], Any]]] = []
    skip: set[str] = set()
    alternatives = table()["idAlternatives"].get(kind.__name__)
    if alternatives:
        columns.append((camel(alternatives["accessor"]), _attribute(alternatives["accessor"])))
        skip.update(alternatives["keys"])
    for attribute, key in keys.items():
        values = [getattr(item, attribute, None) for item in items]
        if key not in skip and all(map(_plain, values)) and not all(map(_unset, values)):
            columns.append((key, _attribute(attribute)))
    extra: dict[str, None] = {}
    for item in items:
        for key, value in (getattr(item, "additional_properties", None) or {}).items():
            if _scalar(value):
                extra[key] = None
    columns += [(key, _extra(key)) for key in extra]
    # Id-like columns first, so that a narrow terminal keeps them.
    return sorted(columns, key=lambda column: not _is_id_column(column[0]))


def print_items(items: Sequence[Any], *, title: str | None = None, noun: str = "items") -> None:
    columns = columns_of(items)
    if not columns:
        if sys.stdout.isatty():
            click.echo(f"no {noun}", err=True)
        return
    print_table([name for name, _ in columns], ([get(item) for _, get in columns] for item in items), title=title)


def print_fields(model: Any, *, title: str | None = None) -> None:
    """One object as field/value rows (nested objects as compact JSON)."""
    data = to_json(model)
    if not isinstance(data, dict):
        click.echo(cell(data))
        return
    print_table(("field", "value"), [(key, value) for key, value in data.items()], title=title)


def print_answer(answer: Any, as_json: bool, *, noun: str = "items") -> None:
    """An operation's answer: JSON as sent, or its items as a table, or its data as fields."""
    if as_json:
        print_json(answer)
        return
    message = getattr(answer, "message", None)
    data = getattr(answer, "data", answer)
    results = getattr(data, "results", None)
    if isinstance(data, list):
        print_items(data, noun=noun)
    elif isinstance(results, list):
        print_items(results, noun=noun)
        page = {key: value for key, value in (to_json(data) or {}).items() if key != "results"}
        if page:
            click.echo(" ".join(f"{key}={cell(value)}" for key, value in page.items()), err=True)
    elif hasattr(data, "to_dict"):
        print_fields(data)
    elif not _unset(data):
        click.echo(cell(data))
    if isinstance(message, str) and message:
        click.echo(message, err=True)


# --- confirmation ---------------------------------------------------------------------------------

yes_option = click.option("--yes", "-y", "yes", is_flag=True, help=_YES_HELP)


def confirm(what: str, yes: bool) -> None:
    """Ask "``what``?" on a terminal; elsewhere refuse without --yes (exit 2). A "no" exits 1.
    Either way nothing was done."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise CliError(
            f"{what}: give --yes to confirm when not on a terminal; nothing was done",
            exit_code=EXIT_USAGE,
            kind="usage",
        )
    if not click.confirm(f"{what}?", default=False, err=True):
        raise CliError(f"{what}: not confirmed; nothing was done", kind="declined")


# --- progress and visible waits ---------------------------------------------------------------


class _Countdown:
    """One wait, drawn as a line that counts down until it is over."""

    def __init__(self, wait: Wait) -> None:
        self.wait = wait
        self.until = time.monotonic() + wait.seconds

    def left(self) -> float:
        return self.until - time.monotonic()

    def text(self) -> str:
        return f"{self.wait.describe()}: {max(self.left(), 0):.0f} s left"


class Activity:
    """Progress and waits on stderr while a command runs.

    On a terminal: one live display, a countdown line per wait longer than a second (the
    client's rate limit or the server's Retry-After) above the progress bar, each shown once
    and gone when over. Elsewhere nothing is drawn; the waits are the log lines on stderr.
    """

    current: Activity | None = None

    def __init__(self, state: Session) -> None:
        self.state = state
        self.shown = sys.stderr.isatty() and not state.quiet
        self.countdowns: list[_Countdown] = []
        self._live: Any = None
        self._progress: Any = None
        self._task: Any = None
        self._waits: Any = None

    def __enter__(self) -> Activity:
        from ..ratelimit import visible_waits

        self._waits = visible_waits(self._on_wait)
        self._waits.__enter__()
        Activity.current = self
        return self

    def stop_display(self) -> None:
        """Draw the bar a last time and stop; a later wait starts the display again."""
        if self._live is not None:
            self.countdowns.clear()
            self._live.stop()
            self._live = None
            self._progress = None

    def __exit__(self, *exc: object) -> None:
        Activity.current = None
        self.stop_display()
        if self._waits is not None:
            self._waits.__exit__(None, None, None)

    def __rich__(self) -> Any:
        from rich.console import Group
        from rich.text import Text

        self.countdowns = [countdown for countdown in self.countdowns if countdown.left() > 0]
        lines: list[Any] = [Text(countdown.text()) for countdown in self.countdowns]
        if self._progress is not None:
            lines.append(self._progress)
        return Group(*lines)

    def _start(self) -> None:
        if self._live is None:
            from rich.live import Live

            self._live = Live(self, console=console(stderr=True), refresh_per_second=4, transient=False)
            self._live.start()

    def _on_wait(self, wait: Wait) -> None:
        if self.shown:
            self.countdowns.append(_Countdown(wait))
            self._start()
            self._live.refresh()

    def showing_waits(self) -> bool:
        return self.shown

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
                console=console(stderr=True),
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


def activity() -> Activity | None:
    return Activity.current


# --- log lines and errors ---------------------------------------------------------------------


class StderrHandler(logging.Handler):
    """Log lines on stderr as it is at each line; a wait already drawn as a countdown is not repeated."""

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(record, "kore_wait", None) is not None and (shown := activity()) and shown.showing_waits():
            return
        click.echo(self.format(record), err=True)


def setup_logging(state: Session) -> None:
    logger = logging.getLogger("kore_campaigns")
    for handler in [handler for handler in logger.handlers if isinstance(handler, StderrHandler)]:
        logger.removeHandler(handler)
    if state.quiet and not state.verbose:
        return
    # A wait of more than a second is an INFO line: shown, so a long wait is not a hang.
    logger.setLevel(logging.DEBUG if state.verbose else logging.INFO)
    logger.addHandler(StderrHandler())
    if state.verbose:
        for name in ("httpx", "kore_campaigns_client"):
            other = logging.getLogger(name)
            other.setLevel(logging.INFO)
            if not any(isinstance(handler, StderrHandler) for handler in other.handlers):
                other.addHandler(StderrHandler())


def describe_error(error: BaseException, state: Session) -> CliError:
    """Any failure as a :class:`CliError`: its text for the operator, kind and exit status."""
    import httpx

    from ..errors import KoreApiError, KoreError, KoreSettingsError

    if isinstance(error, CliError):
        return error
    if isinstance(error, KoreApiError):
        details: dict[str, Any] = {"status": error.status_code}
        if error.code is not None:
            details["code"] = error.code
        return CliError(str(error), kind="api", **details)
    if isinstance(error, KoreSettingsError):
        return CliError(str(error), exit_code=EXIT_USAGE, kind="settings")
    if isinstance(error, KoreError):
        return CliError(str(error), kind=type(error).__name__.removeprefix("Kore").removesuffix("Error").lower())
    if isinstance(error, httpx.HTTPError):
        base_url = getattr(state._client, "_base_url", None)
        where = f" ({base_url})" if base_url else ""
        return CliError(f"{type(error).__name__}: {error}{where}", kind="network")
    raise error


def report(error: CliError, json_errors: bool) -> NoReturn:
    """Print ``error`` on stderr (JSON with --json) and exit with its status."""
    if json_errors:
        body: dict[str, Any] = {"kind": error.kind, "message": error.message, "exitCode": error.exit_code}
        body.update({camel(key): value for key, value in error.details.items()})
        click.echo(json.dumps({"error": body}, ensure_ascii=False), err=True)
    else:
        click.echo(f"error: {error.message}", err=True)
    sys.exit(error.exit_code)


@contextmanager
def show_values(enabled: bool) -> Iterator[None]:
    """``--show-values``: the shared switch under which logs and error texts may carry contact values."""
    if not enabled:
        yield
        return
    before = os.environ.get(SHOW_VALUES_ENV)
    os.environ[SHOW_VALUES_ENV] = "1"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(SHOW_VALUES_ENV, None)
        else:
            os.environ[SHOW_VALUES_ENV] = before
