"""`contact-lists import`: a CSV file into a list, each row exactly once (see kore_campaigns.bulk).

Progress and waits are drawn by the command line's shared display (output.Activity): a bar of
chunks, and each wait longer than a second counting down on its own line above it. Ctrl-C and
SIGTERM reach the import as a KeyboardInterrupt (output.Terminated), which records where it was.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .output import CliError, activity, explain, json_option, print_summary, results_follow, run, session

if TYPE_CHECKING:
    from ..bulk import ImportSummary
    from ..client import KoreClient

# The import's messages name its arguments as this command's options (kore_campaigns.contact_rows.spelt).
OPTION_SPELLING = {
    "region": "--region",
    "encoding": "--encoding",
    "delimiter": "--delimiter",
    "create": "--create",
    "restart": "--restart",
    "skip_invalid": "--skip-invalid",
    "list_name": "--list ",
    "checkpoint": "--checkpoint",
}


class _ImportCommand(click.Command):
    """The help lists the columns read from the spec's contact model, looked up only when the help
    is shown (the generated models are not imported at start-up)."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from ..bulk import MAX_CONTACTS_PER_CALL
        from ..contact_rows import accepted_columns

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


def option_check(check: Callable[[Any], Any]) -> Callable[[click.Context, click.Parameter, Any], Any]:
    def callback(_ctx: click.Context, _param: click.Parameter, value: Any) -> Any:
        try:
            return check(value)
        except ValueError as error:
            raise click.BadParameter(str(error)) from None

    return callback


def check_region_option(value: str | None) -> str | None:
    from ..contact_rows import check_region

    return check_region(value or None)


def check_delimiter_option(value: str | None) -> str | None:
    from ..contact_rows import check_delimiter

    return check_delimiter(value)


def check_encoding_option(value: str | None) -> str | None:
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


def _import_json(summary: ImportSummary, shown: bool) -> dict[str, Any]:
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
    from ..contact_rows import values_shown

    return values_shown() or sys.stderr.isatty()


@click.command("import", cls=_ImportCommand, short_help="Add the contacts of a CSV file to a list, each exactly once")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--list", "list_name", help="The list's name.")
@click.option("--id", "list_id", help="The list's id.")
@click.option("--create", is_flag=True, help="Create the list (by --list NAME) when it does not exist.")
@click.option(
    "--region",
    envvar="KORE_DEFAULT_REGION",
    show_envvar=True,
    callback=option_check(check_region_option),
    help="Region of numbers written without a country code, e.g. US: (510) 555-0100 -> +15105550100.",
)
@click.option(
    "--encoding",
    callback=option_check(check_encoding_option),
    help="The file's encoding, e.g. cp1252 (default: UTF-8 with or without a BOM, or UTF-16 with a BOM).",
)
@click.option(
    "--delimiter",
    callback=option_check(check_delimiter_option),
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
        from ..bulk import MAX_CONTACTS_PER_CALL

        if chunk_size > MAX_CONTACTS_PER_CALL:
            raise click.BadParameter(f"at most {MAX_CONTACTS_PER_CALL} (the API's maximum)", param_hint="--chunk-size")

    def action(client: KoreClient) -> None:
        from ..bulk import KoreImportInterrupted, KoreImportRefused, KoreImportStopped
        from ..contact_rows import spelt_as
        from ..errors import KorePathParameterError

        shown = _values_shown()
        display = activity()

        def on_chunk(done: int, chunks: int) -> None:
            session().note(f"{done} of {chunks} chunks sent")
            if display is not None and not no_progress:
                display.progress("adding contacts", total=chunks, unit="chunks")
                display.advance(completed=done)

        options: dict[str, Any] = {} if chunk_size is None else {"chunk_size": chunk_size}
        try:
            with spelt_as(OPTION_SPELLING):
                summary = client.import_contacts(
                    file,
                    list_id=list_id,
                    list_name=list_name,
                    create=create,
                    checkpoint=checkpoint or file.with_name(file.name + ".checkpoint.json"),
                    progress=False,  # the command line's own display draws the bar and the waits
                    on_chunk=on_chunk,
                    skip_invalid=skip_invalid,
                    restart=restart,
                    region=region,
                    encoding=encoding,
                    delimiter=delimiter,
                    **options,
                )
        except KorePathParameterError as error:  # --id that cannot name a list: refused before any call
            raise click.BadParameter(f"{error.rule}; nothing was sent", param_hint="--id") from None
        except KoreImportRefused as refused:
            message = f"{len(refused.refused)} of {refused.rows} rows refused, nothing sent: fix them"
            if refused.valid:
                message += f", or give --skip-invalid to send the other {refused.valid}"
            if not as_json:
                for row in refused.refused:
                    click.echo(f"  refused {row.describe(show_value=shown)}", err=True)
            raise CliError(message, kind="refused", refused=_refused_json(refused.refused, shown)) from None
        except KoreImportInterrupted as stopped:
            results_follow()  # the line goes below the bar drawn a last time, not into it
            line = f"stopped after {stopped.summary.progress()}; run the same command again to send the rest"
            details: dict[str, Any] = {"import": _import_json(stopped.summary, shown)}
            if not as_json:  # the one line an operator reads, as it is (not an error: a rerun continues)
                click.echo(line, err=True)
                sys.exit(128 + stopped.signal_number)
            raise CliError(line, exit_code=128 + stopped.signal_number, kind="interrupted", **details) from None
        except KoreImportStopped as stopped:
            details = {"import": _import_json(stopped.summary, shown)}
            cause = stopped.__cause__
            if stopped.summary.checkpoint is None or cause is None:
                raise CliError(str(stopped), kind="stopped", **details) from None
            message = (
                f"the import stopped after {stopped.summary.progress()}: {explain(cause)}; the checkpoint "
                f"{stopped.summary.checkpoint} is kept: run the same command again to send the rest"
            )
            raise CliError(message, kind="stopped", **details) from None
        results_follow()
        for row in summary.refused:
            click.echo(f"  skipped {row.describe(show_value=shown)}", err=True)
        if as_json:
            print_summary(_import_json(summary, shown))
            return
        plural = "" if summary.sent == 1 else "s"
        text = f"{summary.list_name} ({summary.list_id}): {summary.sent:,} contact{plural} sent"
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
        run(action)
    except KeyboardInterrupt as interrupt:  # Ctrl-C or SIGTERM before the import began
        code = 128 + getattr(interrupt, "signal_number", 2)
        if as_json:
            raise CliError("stopped before sending anything", exit_code=code, kind="interrupted") from None
        click.echo("stopped before sending anything", err=True)
        sys.exit(code)
