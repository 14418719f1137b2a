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
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NoReturn

import click

from ..display import LiveDisplay
from .operations import table

if TYPE_CHECKING:
    from ..client import KoreClient

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
    no_color: bool = False
    quiet: bool = False
    verbose: bool = False
    show_values: bool = False
    json_errors: bool = False
    done: str = ""
    _client: KoreClient | None = field(default=None, repr=False)

    @property
    def color(self) -> bool:
        """Colour and other escape codes: unless --no-color or NO_COLOR (any non-empty value)."""
        return not self.no_color and not os.environ.get("NO_COLOR")

    def note(self, what: str) -> None:
        """Say what the command has done so far: printed if it is interrupted."""
        self.done = what

    def client(self) -> KoreClient:
        """The client for the selected profile and environment (built once, on first use)."""
        if self._client is None:
            from .config import client_for

            self._client = client_for(self.profile, self.base_url)
        return self._client


# --- the root options, also taken after the command ----------------------------------------------

# (option names, Session field, Click settings): the options of `kore-campaigns` itself. Each is
# also accepted after the command (`kore-campaigns contact-lists list --profile eu`), as gh and
# the Stripe CLI take theirs, where the command has no option of that name.
SESSION_OPTIONS: tuple[tuple[tuple[str, ...], str, dict[str, Any]], ...] = (
    (
        ("--profile",),
        "profile",
        {"metavar": "NAME", "help": "A profile of the config file (default: KORE_PROFILE, then its default)."},
    ),
    (
        ("--base-url",),
        "base_url",
        {"metavar": "URL", "help": "The service's address (default: KORE_BASE_URL, the profile's, Kore.ai's)."},
    ),
    (("--no-color",), "no_color", {"is_flag": True, "help": "No colour or other escape codes (also: NO_COLOR=1)."}),
    (
        ("--quiet", "-q"),
        "quiet",
        {"is_flag": True, "help": "No progress and no log lines (rate-limit waits, resumed imports)."},
    ),
    (("--verbose", "-v"), "verbose", {"is_flag": True, "help": "Debug log lines on stderr (never the secret)."}),
    (
        ("--show-values",),
        "show_values",
        {"is_flag": True, "help": "Let logs and errors show contact values (KORE_SHOW_VALUES=1); off by default."},
    ),
)


def _set_session(name: str) -> Callable[[click.Context, click.Parameter, Any], None]:
    def callback(ctx: click.Context, _param: click.Parameter, value: Any) -> None:
        if value is None or value is False:
            return
        state = ctx.ensure_object(Session)
        setattr(state, name, value)
        if ctx.parent is None:
            return  # the root applies its options once they are all read (cli.main)
        # After the command: the root has set up logging and the values switch; apply this one now.
        if name in ("quiet", "verbose"):
            setup_logging(state)
        elif name == "show_values":
            ctx.with_resource(show_values(True))

    return callback


def session_options(*, hidden: bool = False) -> list[click.Option]:
    """The root's options as Click options that set the session (hidden ones for the commands)."""
    return [
        click.Option(list(names), expose_value=False, hidden=hidden, callback=_set_session(name), **settings)
        for names, name, settings in SESSION_OPTIONS
    ]


def inherit_session_options(command: click.Command) -> click.Command:
    """``command`` (and, for a group, its commands) taking the root's options after its name too;
    an option the command has itself keeps its meaning."""
    if isinstance(command, click.Group):
        for inner in command.commands.values():
            inherit_session_options(inner)
        return command
    if getattr(command, "_inherits_session_options", False):
        return command
    taken = {name for param in command.params for name in getattr(param, "opts", ())}
    command.params.extend(option for option in session_options(hidden=True) if not taken & set(option.opts))
    command._inherits_session_options = True  # type: ignore[attr-defined]
    return command


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


def results_follow() -> None:
    """The result is printed below the progress, once it is drawn for the last time."""
    current = activity()
    if current is not None:
        current.stop_display()


def print_json(value: Any) -> None:
    results_follow()
    click.echo(json.dumps(to_json(value), indent=2, ensure_ascii=False, default=str))


def print_line(text: str) -> None:
    """A one-line result on stdout, below the progress drawn a last time."""
    results_follow()
    click.echo(text)


def print_summary(summary: dict[str, Any]) -> None:
    """The CLI's own summary as JSON, its keys in the API's camelCase."""

    def keyed(value: Any) -> Any:
        if isinstance(value, dict):
            return {camel(str(key)): keyed(item) for key, item in value.items()}
        if isinstance(value, list):
            return [keyed(item) for item in value]
        return value

    print_json(keyed(summary))


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
    results_follow()
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
    results_follow()
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
            more = " (more follow: --all reads every page)" if page.get("hasMore") is True else ""
            click.echo(" ".join(f"{key}={cell(value)}" for key, value in page.items()) + more, err=True)
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
    try:
        confirmed = click.confirm(f"{what}?", default=False, err=True)
    except click.Abort as error:
        # Click turns Ctrl-C (and SIGTERM, raised as KeyboardInterrupt) at a prompt into Abort,
        # keeping it as the context: an interruption exits 130/143 as anywhere else.
        if isinstance(error.__context__, KeyboardInterrupt):
            raise error.__context__ from None
        raise CliError(f"{what}: no answer (end of input); nothing was done", kind="declined") from None
    if not confirmed:
        raise CliError(f"{what}: not confirmed; nothing was done", kind="declined")


# --- progress and visible waits ---------------------------------------------------------------


class Activity(LiveDisplay):
    """Progress and waits on stderr while a command runs (kore_campaigns.display draws them).

    On a terminal: one live display, a countdown line per wait longer than a second (the
    client's rate limit or the server's Retry-After) above the progress bar, each shown once
    and gone when over. Elsewhere nothing is drawn; the waits are the log lines on stderr.
    """

    current: Activity | None = None

    def __init__(self, state: Session) -> None:
        super().__init__(shown=sys.stderr.isatty() and not state.quiet, console=lambda: console(stderr=True))
        self.state = state

    def __enter__(self) -> Activity:
        super().__enter__()
        Activity.current = self
        return self

    def __exit__(self, *exc: object) -> None:
        Activity.current = None
        super().__exit__(*exc)


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


# What a network failure means for the request, by httpx's exception class (the first that matches).
_NETWORK_FAILURES: tuple[tuple[str, str], ...] = (
    ("ConnectTimeout", "no connection within the timeout; nothing was sent"),
    ("ConnectError", "cannot connect ({reason}); nothing was sent"),
    ("TimeoutException", "no answer within the timeout: the request may or may not have taken effect"),
    ("RemoteProtocolError", "the connection closed before the answer: the request may or may not have taken effect"),
    ("NetworkError", "the connection failed ({reason}): the request may or may not have taken effect"),
    ("UnsupportedProtocol", "the address is not an http:// or https:// URL; nothing was sent"),
)


def _network_error(error: BaseException, base_url: str | None) -> CliError:
    import httpx

    reason = str(error).strip()
    # "[Errno 111] Connection refused" -> "connection refused": the operator's words, not the OS's.
    if reason.startswith("[Errno") and "] " in reason:
        reason = reason.split("] ", 1)[1]
    reason = (reason[:1].lower() + reason[1:]) or type(error).__name__
    where = f"the service at {base_url}" if base_url else "the service"
    for name, meaning in _NETWORK_FAILURES:
        if isinstance(error, getattr(httpx, name)):
            return CliError(f"{where}: {meaning.format(reason=reason)}", kind="network")
    return CliError(f"{where}: {reason}", kind="network")


def describe_error(error: BaseException, state: Session) -> CliError:
    """Any failure as a :class:`CliError`: its text for the operator, kind and exit status."""
    import httpx

    from ..errors import KoreApiError, KoreError, KorePathParameterError, KoreSettingsError
    from ..waiting import KoreWaitTimeout

    if isinstance(error, CliError):
        return error
    if isinstance(error, KorePathParameterError):
        # The argument as the command names it (CAMPAIGN_ID), not the Python parameter.
        return CliError(f"{error.parameter.upper()} {error.rule}; nothing was sent", exit_code=EXIT_USAGE, kind="usage")
    if isinstance(error, KoreWaitTimeout):
        return CliError(str(error), kind="timeout", lastStatus=error.last_status)
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
        return _network_error(error, getattr(state._client, "_base_url", None))
    raise error


def explain(error: BaseException) -> str:
    """What ``error`` means for the operator, in a few words (an unexpected one by its class)."""
    try:
        return describe_error(error, session()).message
    except BaseException:  # describe_error re-raises what it does not know
        return f"{type(error).__name__}: {error}"


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
