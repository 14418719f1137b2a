"""``kore-campaigns webhooks``: test a pre-call fetch receiver as the campaign service would call it.

Its own module so the command line's main group registers it with one line; it imports only Click
at load (``--help`` stays fast) and ``kore_campaigns.webhooks`` when a command runs. Exit status:
0 when the receiver's answer is a valid CALL or SKIP, 1 when the service would skip the contact
for an error (status, timeout, malformed body...), 2 on a usage error.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from kore_campaigns_precall import DEFAULT_TIMEOUT

from .contact_import import check_delimiter_option, check_encoding_option, check_region_option, option_check

if TYPE_CHECKING:
    from ..webhooks import Decision

HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")  # RFC 9110 token
HEADER_VALUE = re.compile(r"[\x20-\x7e\t]*")  # what every HTTP stack sends as is
MAX_TIMEOUT = 600.0


@click.group("webhooks", short_help="Test the endpoint that answers the pre-call fetch")
def webhooks() -> None:
    """Test the endpoint that answers Kore.ai's pre-call fetch (the webhook called before each dial)."""


def _ordinal(index: int) -> str:
    return f"{index}{'st' if index == 1 else 'nd' if index == 2 else 'rd' if index == 3 else 'th'}"


def _headers(given: tuple[str, ...]) -> list[tuple[str, str]]:
    # Messages name the option and the header, never a value: values are often API keys.
    headers: list[tuple[str, str]] = []
    for index, text in enumerate(given, 1):
        where = f"the {_ordinal(index)} --header"
        name, colon, value = text.partition(":")
        name, value = name.strip(), value.strip()
        if not colon or not name:
            raise click.BadParameter(f"{where} must be NAME:VALUE", param_hint="--header")
        if not HEADER_NAME.fullmatch(name):
            raise click.BadParameter(f"{where}: the name is not an HTTP header name", param_hint="--header")
        if not HEADER_VALUE.fullmatch(value):
            raise click.BadParameter(f"{where} ({name}): the value must be printable ASCII", param_hint="--header")
        headers.append((name, value))
    return headers


def _check_url(url: str) -> None:
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        port_ok = False
        parts = urlsplit("")
    if parts.scheme not in ("http", "https") or not parts.hostname or not port_ok or not url.isascii():
        raise click.BadParameter("must be an absolute http or https URL", param_hint="URL")


def _contact_from_json(text: str) -> dict[str, Any]:
    try:
        contact = json.loads(text)
    except json.JSONDecodeError as error:  # the message names the place, not the text
        raise click.BadParameter(f"is not JSON ({error.msg} at column {error.colno})", param_hint="--contact") from None
    if not isinstance(contact, dict):
        raise click.BadParameter("must be a JSON object of contact fields", param_hint="--contact")
    if any(not name for name in contact):
        raise click.BadParameter("a field name is empty", param_hint="--contact")
    return contact


def _contact_from_csv(
    path: Path, row: int, region: str | None, encoding: str | None, delimiter: str | None
) -> dict[str, Any]:
    """Row ``row`` (1 = the first under the header) as a contact, read as `contact-lists import`
    reads the file (encoding, delimiter, column names, the phone number in E.164), so that the
    request carries the contact as the list would hold it; other columns by their header."""
    from ..contact_rows import KoreImportError, read_row, spelt_as
    from .contact_import import OPTION_SPELLING

    try:
        with spelt_as(OPTION_SPELLING):
            return read_row(path, row, region=region, encoding=encoding, delimiter=delimiter)[1]
    except KoreImportError as error:
        raise click.BadParameter(str(error), param_hint="--from-csv") from None


@webhooks.command(
    "trigger", short_help="Send a pre-call request to URL and print what the service would do with the answer"
)
@click.argument("url")
@click.option("--header", "header_texts", multiple=True, metavar="NAME:VALUE", help="A configured header. Repeatable.")
@click.option("--contact", "contact_json", metavar="JSON", help="The contact's fields, a JSON object.")
@click.option(
    "--from-csv",
    "csv_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Take the contact from a CSV file, read as contact-lists import reads it (column names, E.164)...",
)
@click.option("--row", type=click.IntRange(min=1), help="...its row N (1 = the first under the header).")
@click.option(
    "--region",
    envvar="KORE_DEFAULT_REGION",
    show_envvar=True,
    callback=option_check(check_region_option),
    help="With --from-csv: the region of numbers written without a country code, as for contact-lists import.",
)
@click.option(
    "--encoding",
    callback=option_check(check_encoding_option),
    help="With --from-csv: the file's encoding, e.g. cp1252 (default: UTF-8, or UTF-16 with a BOM).",
)
@click.option(
    "--delimiter",
    callback=option_check(check_delimiter_option),
    help="With --from-csv: the column separator, , ; | or tab (default: sniffed from the file).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, max=MAX_TIMEOUT, min_open=True),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    help="Seconds to wait for the answer.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def trigger(
    url: str,
    header_texts: tuple[str, ...],
    contact_json: str | None,
    csv_file: Path | None,
    row: int | None,
    region: str | None,
    encoding: str | None,
    delimiter: str | None,
    timeout: float,
    as_json: bool,
) -> None:
    """POST a realistic pre-call request to URL and print what the campaign service would do with the answer.

    The request is the spec's example, or the given contact with generated campaign and dialing ids,
    sent with Content-Type application/json and each --header. Prints CALL, or SKIP with the reason,
    the latency, the fields returned for the bot, and those the contact already has (its value wins).
    Exit 0 on a valid CALL or SKIP, 1 when the service would skip the contact for an error, 2 on a
    usage error.
    """
    from .. import webhooks as kit

    _check_url(url)
    headers = _headers(header_texts)
    if contact_json is not None and csv_file is not None:
        raise click.UsageError("give the contact by --contact JSON or by --from-csv FILE --row N, not both")
    if (csv_file is None) != (row is None):
        raise click.UsageError("--from-csv FILE and --row N go together")
    contact: dict[str, Any] | None = None
    if contact_json is not None:
        contact = _contact_from_json(contact_json)
    elif csv_file is not None and row is not None:
        contact = _contact_from_csv(csv_file, row, region, encoding, delimiter)
    payload = kit.build_request(contact)
    sent_contact: dict[str, Any] = payload["contactData"]
    decision = kit.decide(kit.send(url, payload, headers, timeout), sent_contact)
    if as_json:
        click.echo(json.dumps(_as_json(decision, payload), indent=2, ensure_ascii=False))
    else:
        _print_text(decision, payload)
    sys.exit(1 if decision.error else 0)


def _as_json(decision: Decision, payload: dict[str, Any]) -> dict[str, Any]:
    contact: dict[str, Any] = payload["contactData"]
    return {
        "handle": decision.handle,
        "error": decision.error,
        "cause": decision.cause,
        "reason": decision.reason,
        "status": decision.status,
        "latencyMs": None if decision.latency is None else round(decision.latency * 1000, 1),
        "fields": dict(decision.fields),
        "collisions": [
            {"field": name, "contactValue": contact[name], "answerValue": decision.fields[name]}
            for name in decision.collisions
        ],
        "warnings": list(decision.warnings),
        "request": {
            "campaignName": payload["CampaignName"],
            "campaignId": payload["CampaignId"],
            "dialingId": payload["DialingId"],
            "contactFields": sorted(contact),
        },
    }


def _print_text(decision: Decision, payload: dict[str, Any]) -> None:
    contact: dict[str, Any] = payload["contactData"]
    verdict = f"{decision.handle} (an error: the service skips this contact)" if decision.error else decision.handle
    click.echo(f"{verdict}: {decision.reason}")
    latency = "" if decision.latency is None else f" in {decision.latency * 1000:.0f} ms"
    answer = f"HTTP {decision.status}" if decision.status is not None else "none"
    click.echo(f"  answer: {answer}{latency}")
    click.echo(f"  request: CampaignId {payload['CampaignId']}, DialingId {payload['DialingId']}")
    if decision.fields:
        shown = ", ".join(f"{name}={value!r}" for name, value in decision.fields.items())
        click.echo(f"  fields for the bot: {shown}")
    for name in decision.collisions:
        click.echo(
            f"  collision: {name}: the contact's {contact[name]!r} wins over the answer's {decision.fields[name]!r}"
        )
    for warning in decision.warnings:
        click.echo(f"  warning: {warning}")
