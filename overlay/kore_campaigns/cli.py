"""The ``kore-campaigns`` command line, on the client's generated resources and helpers.

Configured like :func:`kore_campaigns.from_env` (``KORE_CLIENT_ID``, ``KORE_CLIENT_SECRET``,
``KORE_ACCOUNT_ID``, ``KORE_BOT_ID``, optional ``KORE_BASE_URL`` and ``KORE_RATE_LIMIT_*``).
Exit status: 0 on success, 1 on an API error or a partial failure (refused rows, a wait that timed
out), 2 on a usage error (bad option, missing setting). Click parses the command line; Rich draws
tables and progress, imported only when a command prints one, so ``--help`` starts fast.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from .webhooks_cli import webhooks as webhooks_group

if TYPE_CHECKING:
    from .client import KoreClient

CAMPAIGN_TYPES = ("voice", "sms")
STATUSES = ("Preparing", "Ready", "Active", "Stopped", "Completed", "Paused", "Scheduled", "Rescheduled")
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def _client() -> KoreClient:
    from . import KoreSettingsError, from_env

    try:
        return from_env()
    except (KoreSettingsError, ValueError) as error:
        raise click.UsageError(f"{error} (the command line reads the same settings as from_env())") from None


def _fail(message: str) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    sys.exit(1)


def _run(action: Callable[[KoreClient], None]) -> None:
    """Run ``action`` with a client; an API error exits 1 with its message (never a secret)."""
    import httpx

    from . import KoreError

    client = _client()
    try:
        with client:
            action(client)
    except KoreError as error:
        _fail(str(error))
    except httpx.HTTPError as error:
        _fail(f"{type(error).__name__}: {error} ({client._base_url})")


def _plain(value: Any) -> Any:
    """JSON-ready form of a generated model (its wire names) or a value."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def _print_json(value: Any) -> None:
    click.echo(json.dumps(_plain(value), indent=2, default=str))


def _cell(value: Any) -> str:
    from kore_campaigns_client.types import Unset

    if value is None or isinstance(value, Unset):
        return ""
    if isinstance(value, list):
        return ", ".join(_cell(item) for item in value)
    return str(value)


def _table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for column in columns:
        table.add_column(column)
    count = 0
    for row in rows:
        table.add_row(*(_cell(value) for value in row))
        count += 1
    table.caption = f"{count} shown"
    Console().print(table)


def _id(model: Any) -> str:
    """The id to show: a campaign's `campaign_id` (its answers carry `_id` or `id`), else a list's `_id`."""
    value = getattr(model, "campaign_id", None)
    if not isinstance(value, str):
        value = getattr(model, "field_id", None)
    return value if isinstance(value, str) else ""


def _campaign_type(client: KoreClient, campaign_id: str, given: str | None) -> str:
    """The campaign's type: start, stop and delete take different calls (or parameters) per type."""
    if given:
        return given
    data = client.campaigns.get_campaign(campaign_id).data
    kind = getattr(data, "campaign_type", None)
    if isinstance(kind, str) and kind in CAMPAIGN_TYPES:
        return kind
    return "sms" if _cell(getattr(data, "message", None)) else "voice"


type_option = click.option(
    "--type", "campaign_type", type=click.Choice(CAMPAIGN_TYPES), help="The campaign's type (default: looked up)."
)


class _StderrHandler(logging.Handler):
    """Log lines on stderr as it is at each line: under a progress bar, Rich's redirected stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(self.format(record), err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kore-campaigns")
@click.option("--quiet", "-q", is_flag=True, help="No log lines (rate-limit waits, resumed imports) on stderr.")
def main(quiet: bool) -> None:
    """Kore.ai Campaign Management from the command line (settings: the KORE_* variables of from_env())."""
    if not quiet:
        # A rate-limit wait of more than a second is an INFO line: shown, so a long wait is not a hang.
        logger = logging.getLogger("kore_campaigns")
        logger.setLevel(logging.INFO)
        if not any(isinstance(handler, _StderrHandler) for handler in logger.handlers):
            logger.addHandler(_StderrHandler())


@main.group()
def campaigns() -> None:
    """List, read, start, stop, delete and watch campaigns."""


@campaigns.command("list")
@click.option("--type", "campaign_type", type=click.Choice(CAMPAIGN_TYPES), help="Only this type (default: both).")
@click.option("--status", type=click.Choice(STATUSES), help="Only campaigns with this status.")
@json_option
def campaigns_list(campaign_type: str | None, status: str | None, as_json: bool) -> None:
    """Every campaign of the bot, of both types, all pages."""

    def action(client: KoreClient) -> None:
        from kore_campaigns_client.models import CampaignListFilters
        from kore_campaigns_client.types import UNSET

        filters: Any = CampaignListFilters(status=[status]) if status else UNSET  # type: ignore[list-item]
        found = [
            (kind, campaign)
            for kind in ([campaign_type] if campaign_type else list(CAMPAIGN_TYPES))
            for campaign in client.campaigns.iter_campaigns(type_=kind, filters=filters)  # type: ignore[arg-type]
        ]
        if as_json:
            _print_json([{"type": kind, **campaign.to_dict()} for kind, campaign in found])
            return
        _table(
            "campaigns",
            ("id", "type", "name", "status", "priority", "updated"),
            ((_id(c), kind, c.name, c.status, c.priority, c.updated_at) for kind, c in found),
        )

    _run(action)


@campaigns.command("get")
@click.argument("campaign_id")
@json_option
def campaigns_get(campaign_id: str, as_json: bool) -> None:
    """One campaign."""

    def action(client: KoreClient) -> None:
        data = client.campaigns.get_campaign(campaign_id).data
        if as_json:
            _print_json(data)
            return
        fields = data.to_dict()
        rows = ((name, json.dumps(value, default=str)) for name, value in fields.items())
        _table(data.name, ("field", "value"), rows)

    _run(action)


@campaigns.command("start")
@click.argument("campaign_id")
@type_option
def campaigns_start(campaign_id: str, campaign_type: str | None) -> None:
    """Start a campaign."""

    def action(client: KoreClient) -> None:
        if _campaign_type(client, campaign_id, campaign_type) == "sms":
            answer = client.campaign_execution.start_sms_campaign(campaign_id)
        else:
            answer = client.campaign_execution.trigger_voice_campaign(campaign_id, trigger="play")
        click.echo(_cell(getattr(answer, "message", "")) or "started")

    _run(action)


@campaigns.command("stop")
@click.argument("campaign_id")
@type_option
def campaigns_stop(campaign_id: str, campaign_type: str | None) -> None:
    """Stop a campaign."""

    def action(client: KoreClient) -> None:
        if _campaign_type(client, campaign_id, campaign_type) == "sms":
            answer = client.campaign_execution.stop_sms_campaign(campaign_id)
        else:
            answer = client.campaign_execution.trigger_voice_campaign(campaign_id, trigger="stop")
        click.echo(_cell(getattr(answer, "message", "")) or "stopped")

    _run(action)


@campaigns.command("delete")
@click.argument("campaign_id")
@type_option
def campaigns_delete(campaign_id: str, campaign_type: str | None) -> None:
    """Delete a campaign."""

    def action(client: KoreClient) -> None:
        kind = _campaign_type(client, campaign_id, campaign_type)
        answer = client.campaigns.delete_campaign(campaign_id, campaign_type=kind)  # type: ignore[arg-type]
        click.echo(_cell(getattr(answer, "message", "")) or "deleted")

    _run(action)


@campaigns.command("status")
@click.argument("campaign_id")
@json_option
def campaigns_status(campaign_id: str, as_json: bool) -> None:
    """A campaign's current status."""

    def action(client: KoreClient) -> None:
        data = client.campaign_execution.get_campaign_status(campaign_id).data
        if as_json:
            _print_json(data)
        else:
            click.echo(f"{_cell(data.name)} ({_cell(data.id)}): {_cell(data.status)}")

    _run(action)


@campaigns.command("wait")
@click.argument("campaign_id")
@click.option("--status", "statuses", multiple=True, required=True, type=click.Choice(STATUSES), help="Repeatable.")
@click.option("--timeout", type=click.FloatRange(min=0), default=300.0, show_default=True, help="Seconds.")
@click.option("--interval", type=click.FloatRange(min=0.1), default=2.0, show_default=True, help="Seconds a poll.")
def campaigns_wait(campaign_id: str, statuses: tuple[str, ...], timeout: float, interval: float) -> None:
    """Wait until a campaign has one of the given statuses (exit 1 on timeout)."""

    def action(client: KoreClient) -> None:
        data = client.wait_for_status(campaign_id, statuses, timeout=timeout, poll_interval=interval)
        click.echo(f"{_cell(data.name)} ({campaign_id}): {_cell(data.status)}")

    _run(action)


@main.group("contact-lists")
def contact_lists() -> None:
    """List and create contact lists, import contacts, read a list's contacts."""


@contact_lists.command("list")
@json_option
def contact_lists_list(as_json: bool) -> None:
    """Every contact list of the bot."""

    def action(client: KoreClient) -> None:
        lists = client.contact_lists.list_contact_lists().data
        if as_json:
            _print_json(lists)
            return
        _table(
            "contact lists",
            ("id", "name", "contacts", "status", "in use"),
            ((_id(item), item.name, item.total_record_count, item.status, item.is_list_in_use) for item in lists),
        )

    _run(action)


@contact_lists.command("create")
@click.argument("name")
@click.option("--description", default=None, help="Default: the name.")
@click.option("--allow-duplicates", is_flag=True, help="Keep contacts whose number is already in the list.")
@json_option
def contact_lists_create(name: str, description: str | None, allow_duplicates: bool, as_json: bool) -> None:
    """Create a contact list."""

    def action(client: KoreClient) -> None:
        data = client.contact_lists.create_contact_list(
            name=name, description=description or name, allow_duplicates=allow_duplicates
        ).data
        if as_json:
            _print_json(data)
        else:
            click.echo(f"created {data.name} ({_id(data)})")

    _run(action)


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C's KeyboardInterrupt so that an import stops the same way (exit 143)."""

    def __init__(self, signal_number: int) -> None:
        super().__init__(signal_number)
        self.signal_number = signal_number


@contextlib.contextmanager
def _sigterm_stops_import() -> Iterator[None]:
    """While the import runs, SIGTERM raises :class:`_Terminated`: the import records where it was and
    the command prints one line and exits 143, instead of dying mid-write (self-contained: only the
    import command uses it)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signal_number: int, _frame: object) -> None:
        raise _Terminated(signal_number)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class _ImportCommand(click.Command):
    """`contact-lists import`, whose help lists the columns read from the spec's contact model, looked
    up only when the help is shown (the generated models are not imported at start-up)."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from .bulk import MAX_CONTACTS_PER_CALL
        from .contact_rows import accepted_columns

        formatter.write_paragraph()
        formatter.write_text(
            "Columns read (the spec's contact fields; any case, spaces, _ and - ignored): "
            + ", ".join(accepted_columns())
            + ". Other columns are not sent and are named in a warning."
        )
        formatter.write_paragraph()
        formatter.write_text(
            f"Contacts go at most {MAX_CONTACTS_PER_CALL} a call (the API's maximum), within the rate limit."
        )
        formatter.write_paragraph()
        formatter.write_text(
            "Exit status: 0 every contact is in the list; 1 nothing or not all was sent (refused rows, an empty "
            "file, another run of this import going on, a list that is not the one of the checkpoint, the "
            "service failing partway: the checkpoint is kept); 2 a usage error; 130 stopped by Ctrl-C, 143 by "
            "SIGTERM (run the same command again to send the rest)."
        )


def _import_option_check(check: Callable[[Any], Any]) -> Callable[[click.Context, click.Parameter, Any], Any]:
    def callback(_ctx: click.Context, _param: click.Parameter, value: Any) -> Any:
        try:
            return check(value)
        except ValueError as error:
            raise click.BadParameter(str(error)) from None

    return callback


def _check_region(value: str | None) -> str | None:
    from .contact_rows import check_region

    return check_region(value or None)


def _check_delimiter(value: str | None) -> str | None:
    from .contact_rows import check_delimiter

    return check_delimiter(value)


def _check_encoding(value: str | None) -> str | None:
    import codecs

    if value is not None:
        try:
            codecs.lookup(value)
        except LookupError:
            raise ValueError(f"unknown encoding {value!r} (e.g. utf-8, cp1252, latin-1, utf-16)") from None
    return value


def _refused_json(rows: Iterable[Any], shown: bool) -> list[dict[str, Any]]:
    refused = []
    for row in rows:
        item: dict[str, Any] = {"row": row.row, "line": row.line, "field": row.field, "reason": row.reason}
        if shown and row.value is not None:
            item["value"] = row.value
        refused.append(item)
    return refused


def _import_json(summary: Any, shown: bool) -> dict[str, Any]:
    """The import summary in the API's camelCase, as every --json output of the command line."""
    return {
        "listId": summary.list_id,
        "listName": summary.list_name,
        "rows": summary.rows,
        "contacts": summary.contacts,
        "chunks": summary.chunks,
        "chunksDone": summary.chunks_done,
        "chunksSent": summary.chunks_sent,
        "sent": summary.sent,
        "resumed": summary.resumed,
        "checkedInList": summary.checked_in_list,
        "inFlight": summary.in_flight,
        "refused": _refused_json(summary.refused, shown),
        "unknownColumns": summary.unknown_columns,
        "duplicatesInInput": summary.duplicates_in_input,
        "checkpoint": summary.checkpoint,
    }


def _values_shown() -> bool:
    # The refused values go to the operator at a terminal; piped or logged, only when asked for.
    from .contact_rows import values_shown

    return values_shown() or sys.stderr.isatty()


@contact_lists.command("import", cls=_ImportCommand)
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--list", "list_name", help="The list's name.")
@click.option("--id", "list_id", help="The list's id.")
@click.option("--create", is_flag=True, help="Create the list (by --list NAME) when it does not exist.")
@click.option(
    "--region",
    envvar="KORE_DEFAULT_REGION",
    show_envvar=True,
    callback=_import_option_check(_check_region),
    help="Region of numbers written without a country code, e.g. US: (510) 555-0100 -> +15105550100.",
)
@click.option(
    "--encoding",
    callback=_import_option_check(_check_encoding),
    help="The file's encoding, e.g. cp1252 (default: UTF-8 with or without a BOM, or UTF-16 with a BOM).",
)
@click.option(
    "--delimiter",
    callback=_import_option_check(_check_delimiter),
    help="The column separator: , ; | or tab (default: sniffed from the file).",
)
@click.option(
    "--skip-invalid",
    is_flag=True,
    help="Send the valid rows when some are refused (default: a file with a refused row sends nothing).",
)
@click.option(
    "--restart",
    is_flag=True,
    help="The checkpoint's list is gone or was made again: send the whole file into the list given.",
)
@click.option(
    "--checkpoint",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Progress file for resuming (default: FILE.checkpoint.json; removed when done).",
)
@click.option(
    "--chunk-size",
    type=click.IntRange(min=1),
    default=None,
    help="Contacts per call (default and most: the API's maximum).",
)
@click.option("--no-progress", is_flag=True, help="No progress bar (default: shown on a terminal).")
@json_option
def contact_lists_import(
    file: Path,
    list_name: str | None,
    list_id: str | None,
    create: bool,
    region: str | None,
    encoding: str | None,
    delimiter: str | None,
    skip_invalid: bool,
    restart: bool,
    checkpoint: Path | None,
    chunk_size: int | None,
    no_progress: bool,
    as_json: bool,
) -> None:
    """Add the contacts of a CSV file (header: phoneNumber, firstName, ...) to a list, each exactly once.

    Every row is checked first, phone numbers read as people write them and sent in E.164
    (+15105550100; give --region for numbers without a country code). If any row is refused,
    nothing is sent: each refused row is listed by its line (the header is line 1) and the command
    exits 1; --skip-invalid sends the others instead.

    Interrupted (Ctrl-C, SIGTERM, a crash, the service gone), the same command run again sends only
    what did not get through: the checkpoint records each chunk before it leaves, and a chunk whose
    answer never came is checked against the list. One run per checkpoint at a time.
    """
    if (list_name is None) == (list_id is None):
        raise click.UsageError("give the list by --list NAME or by --id ID (one of them)")
    if create and list_name is None:
        raise click.UsageError("--create needs --list NAME")
    if chunk_size is not None:
        from .bulk import MAX_CONTACTS_PER_CALL

        if chunk_size > MAX_CONTACTS_PER_CALL:
            raise click.BadParameter(f"at most {MAX_CONTACTS_PER_CALL} (the API's maximum)", param_hint="--chunk-size")

    def action(client: KoreClient) -> None:
        from .bulk import KoreImportInterrupted, KoreImportRefused, KoreImportStopped

        shown = _values_shown()
        options: dict[str, Any] = {} if chunk_size is None else {"chunk_size": chunk_size}
        try:
            summary = client.import_contacts(
                file,
                list_id=list_id,
                list_name=list_name,
                create=create,
                checkpoint=checkpoint or file.with_name(file.name + ".checkpoint.json"),
                progress=False if no_progress else None,
                skip_invalid=skip_invalid,
                restart=restart,
                region=region,
                encoding=encoding,
                delimiter=delimiter,
                **options,
            )
        except KoreImportRefused as refused:
            message = (
                f"{len(refused.refused)} of {refused.rows} rows refused, nothing sent: fix them, or give "
                f"--skip-invalid to send the other {refused.valid}"
            )
            if as_json:
                refusal: dict[str, Any] = {"error": message, "refused": _refused_json(refused.refused, shown)}
                click.echo(json.dumps(refusal), err=True)
                sys.exit(1)
            for row in refused.refused:
                click.echo(f"  refused {row.describe(show_value=shown)}", err=True)
            click.echo(f"error: {message}", err=True)
            sys.exit(1)
        except KoreImportInterrupted as stopped:
            line = f"stopped after {stopped.summary.progress()}; run the same command again to send the rest"
            if as_json:
                click.echo(json.dumps({"error": line, "import": _import_json(stopped.summary, shown)}), err=True)
            else:
                click.echo(line, err=True)
            sys.exit(128 + stopped.signal_number)
        except KoreImportStopped as stopped:
            if as_json:
                failure: dict[str, Any] = {"error": str(stopped), "import": _import_json(stopped.summary, shown)}
                click.echo(json.dumps(failure), err=True)
                sys.exit(1)
            raise
        for row in summary.refused:
            click.echo(f"  skipped {row.describe(show_value=shown)}", err=True)
        if as_json:
            _print_json(_import_json(summary, shown))
            return
        text = f"{summary.list_name} ({summary.list_id}): {summary.sent:,} contacts sent"
        if summary.resumed:
            text += f", {summary.resumed:,} sent by an earlier run"
            if summary.checked_in_list:
                text += f" ({summary.checked_in_list:,} of them found in the list after the interruption)"
        if summary.refused:
            text += f", {len(summary.refused)} refused rows skipped (--skip-invalid)"
        if summary.duplicates_in_input:
            text += f", {summary.duplicates_in_input} numbers repeated in the file"
        click.echo(text)

    try:
        with _sigterm_stops_import():
            _run(action)
    except KeyboardInterrupt as error:  # before the import began: nothing was sent
        click.echo("stopped before sending anything", err=True)
        sys.exit(128 + getattr(error, "signal_number", 2))


@contact_lists.command("contacts")
@click.argument("contact_list_id")
@json_option
def contact_lists_contacts(contact_list_id: str, as_json: bool) -> None:
    """Every contact of a list, all pages."""

    def action(client: KoreClient) -> None:
        contacts = client.contact_lists.iter_contacts(contact_list_id)
        if as_json:
            _print_json(list(contacts))
            return
        _table(
            "contacts",
            ("phone number", "first name", "last name", "time zone", "unique id"),
            ((c.phone_number, c.first_name, c.last_name, c.time_zone, c.unique_id) for c in contacts),
        )

    _run(action)


main.add_command(webhooks_group)  # kore-campaigns webhooks trigger (webhooks_cli.py)


if __name__ == "__main__":
    main()
