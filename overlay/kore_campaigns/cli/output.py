"""What every command shares: the client from the settings, errors, JSON and tables."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

import click

if TYPE_CHECKING:
    from ..client import KoreClient

json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def _client() -> KoreClient:
    from .. import KoreSettingsError, from_env

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

    from .. import KoreError

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


class _StderrHandler(logging.Handler):
    """Log lines on stderr as it is at each line: under a progress bar, Rich's redirected stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(self.format(record), err=True)
