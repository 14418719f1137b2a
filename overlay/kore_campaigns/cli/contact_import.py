"""`contact-lists import`: a CSV file into a list (see kore_campaigns.bulk)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .output import _print_json, _run, json_option

if TYPE_CHECKING:
    from ..client import KoreClient


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--list", "list_name", help="The list's name.")
@click.option("--id", "list_id", help="The list's id.")
@click.option("--create", is_flag=True, help="Create the list (by --list NAME) when it does not exist.")
@click.option(
    "--checkpoint",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Progress file for resuming (default: FILE.checkpoint.json; removed when done).",
)
@click.option("--no-progress", is_flag=True, help="No progress bar (default: shown on a terminal).")
@json_option
def contact_lists_import(
    file: Path,
    list_name: str | None,
    list_id: str | None,
    create: bool,
    checkpoint: Path | None,
    no_progress: bool,
    as_json: bool,
) -> None:
    """Add the contacts of a CSV file (header: phoneNumber, firstName, ...) to a list.

    Every row is checked first; refused rows are reported by their line (the header is line 1)
    and the command exits 1. Run it again after an interruption: sent chunks are not sent twice.
    """
    if (list_name is None) == (list_id is None):
        raise click.UsageError("give the list by --list NAME or by --id ID (one of them)")
    if create and list_name is None:
        raise click.UsageError("--create needs --list NAME")

    def action(client: KoreClient) -> None:
        summary = client.import_contacts(
            file,
            list_id=list_id,
            list_name=list_name,
            create=create,
            checkpoint=checkpoint or file.with_name(file.name + ".checkpoint.json"),
            progress=False if no_progress else None,
        )
        if as_json:
            _print_json(
                {
                    "list_id": summary.list_id,
                    "list_name": summary.list_name,
                    "rows": summary.rows,
                    "sent": summary.sent,
                    "resumed": summary.resumed,
                    "duplicates_in_input": summary.duplicates_in_input,
                    "refused": [vars(row) for row in summary.refused],
                }
            )
        else:
            click.echo(
                f"{summary.list_name} ({summary.list_id}): {summary.sent} contacts sent"
                + (f", {summary.resumed} sent before the interruption" if summary.resumed else "")
                + f", {len(summary.refused)} refused"
                + (f", {summary.duplicates_in_input} numbers repeated in the file" * bool(summary.duplicates_in_input))
            )
            for row in summary.refused:
                click.echo(f"  refused {row}", err=True)
        if not summary.ok:
            sys.exit(1)

    _run(action)
