"""The hand-made jobs, beside the generated commands of their groups: what an operator does in a
day that is more than one operation (start or stop whatever the type, wait for a status, read a
campaign's contact outcomes or a list's contacts, import a CSV file).

Statuses and types are the spec's enums (``operations.json``), never written out here.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import click

from .generated import Choice
from .operations import enum
from .output import (
    activity,
    cell,
    confirm,
    json_option,
    print_answer,
    print_items,
    print_json,
    print_line,
    run,
    session,
    yes_option,
)

if TYPE_CHECKING:
    from ..client import KoreClient


type_option = click.option(
    "--type",
    "campaign_type",
    type=Choice(list(enum("CampaignType"))),
    help="The campaign's type (default: read from the campaign).",
)


def _campaign_type(client: KoreClient, campaign_id: str, given: str | None) -> str:
    """The campaign's type: start and stop take different calls per type."""
    if given:
        return given
    data = client.campaigns.get_campaign(campaign_id).data
    kind = getattr(data, "campaign_type", None)
    if isinstance(kind, str) and kind in enum("CampaignType"):
        return kind
    return "sms" if cell(getattr(data, "message", None)) else "voice"


@click.command("start", short_help="Start a campaign, voice or SMS (the call its type needs)")
@click.argument("campaign_id")
@type_option
@json_option
def campaigns_start(campaign_id: str, campaign_type: str | None, as_json: bool) -> None:
    """Start a campaign, voice or SMS: campaign-execution start-sms-campaign, or trigger-voice-campaign
    --trigger play, whichever its type needs."""

    def action(client: KoreClient) -> None:
        kind = _campaign_type(client, campaign_id, campaign_type)
        session().note(f"the start of {campaign_id} was sent; without its answer it may or may not have taken effect")
        if kind == "sms":
            answer = client.campaign_execution.start_sms_campaign(campaign_id)
        else:
            answer = client.campaign_execution.trigger_voice_campaign(campaign_id, trigger="play")
        print_answer(answer, as_json)

    run(action)


@click.command("stop", short_help="Stop a campaign, voice or SMS (the call its type needs)")
@click.argument("campaign_id")
@type_option
@yes_option
@json_option
def campaigns_stop(campaign_id: str, campaign_type: str | None, yes: bool, as_json: bool) -> None:
    """Stop a campaign, voice or SMS: campaign-execution stop-sms-campaign, or trigger-voice-campaign
    --trigger stop, whichever its type needs. Asks first on a terminal; elsewhere needs --yes."""
    confirm(f"Stop campaign {campaign_id}", yes)

    def action(client: KoreClient) -> None:
        kind = _campaign_type(client, campaign_id, campaign_type)
        session().note(f"the stop of {campaign_id} was sent; without its answer it may or may not have taken effect")
        if kind == "sms":
            answer = client.campaign_execution.stop_sms_campaign(campaign_id)
        else:
            answer = client.campaign_execution.trigger_voice_campaign(campaign_id, trigger="stop")
        print_answer(answer, as_json)

    run(action)


def _print_status(answer: Any, campaign_id: str, as_json: bool) -> None:
    """The status answer: as campaign-execution get-campaign-status prints it with --json, else one line."""
    if as_json:
        print_json(answer)
    else:
        print_line(f"{cell(answer.data.name)} ({campaign_id}): {cell(answer.data.status)}")


@click.command("status", short_help="A campaign's current status (its whole answer with --json)")
@click.argument("campaign_id")
@json_option
def campaigns_status(campaign_id: str, as_json: bool) -> None:
    """A campaign's current status (the same as campaign-execution get-campaign-status CAMPAIGN_ID;
    --json prints its answer)."""

    def action(client: KoreClient) -> None:
        _print_status(client.campaign_execution.get_campaign_status(campaign_id), campaign_id, as_json)

    run(action)


@click.command("wait", short_help="Wait until a campaign has one of the given statuses (exit 1 on timeout)")
@click.argument("campaign_id")
@click.option(
    "--status",
    "statuses",
    multiple=True,
    required=True,
    type=Choice(list(enum("CampaignStatus"))),
    help="A status to wait for; repeatable (any of them ends the wait).",
)
@click.option("--timeout", type=click.FloatRange(min=0), default=300.0, show_default=True, help="Seconds.")
@click.option("--interval", type=click.FloatRange(min=0.1), default=2.0, show_default=True, help="Seconds a poll.")
@json_option
def campaigns_wait(campaign_id: str, statuses: tuple[str, ...], timeout: float, interval: float, as_json: bool) -> None:
    """Wait until a campaign has one of the given statuses (exit 1 on timeout); a bar on a terminal.

    Polls the campaign's status every --interval seconds, each poll within the rate limit;
    prints the last status answer as campaigns status does (--json: as the API sent it).
    """

    def action(client: KoreClient) -> None:
        from ..waiting import KoreWaitTimeout, status_of

        wanted = " or ".join(statuses)
        state, shown = session(), activity()
        started = time.monotonic()
        last: str | None = None
        if shown is not None:
            shown.progress(f"{campaign_id}: waiting for {wanted}", total=timeout, unit="s")
        while True:
            waited = time.monotonic() - started
            state.note(f"waited {waited:.0f} s for {wanted}; the campaign was {last or 'not read yet'}")
            # The status is read and checked as wait_for_status does; the answer is kept to print.
            answer = client.campaign_execution.get_campaign_status(campaign_id)
            last = status_of(answer.data)
            if last in statuses:
                break
            waited = time.monotonic() - started
            state.note(f"waited {waited:.0f} s for {wanted}; the campaign was {last or 'not read yet'}")
            if shown is not None:
                shown.advance(
                    completed=min(waited, timeout), description=f"{campaign_id} is {last}; waiting for {wanted}"
                )
            if waited >= timeout:
                raise KoreWaitTimeout(campaign_id, statuses, timeout, last)
            time.sleep(min(interval, timeout - waited))
        _print_status(answer, campaign_id, as_json)

    run(action)


def _read_all(what: str, items: Any) -> list[Any]:
    """Every item of a paged iterator, counted on a terminal and in the interruption note."""
    state, shown = session(), activity()
    if shown is not None:
        shown.progress(f"reading {what}")
    read: list[Any] = []
    for item in items:
        read.append(item)
        state.note(f"{len(read)} {what} were read (nothing was changed)")
        if shown is not None:
            shown.advance(1)
    return read


@click.command("outcomes", short_help="Every contact of a voice campaign with its call outcome, all pages")
@click.argument("campaign_id")
@json_option
def campaigns_outcomes(campaign_id: str, as_json: bool) -> None:
    """Every contact of a voice campaign with its call outcome, all pages (the same as
    campaign-execution get-campaign-status CAMPAIGN_ID --view contacts --all)."""

    def action(client: KoreClient) -> None:
        contacts = _read_all("contacts", client.campaign_execution.iter_campaign_contacts(campaign_id))
        if as_json:
            print_json(contacts)
        else:
            print_items(contacts, noun="contacts")

    run(action)


@click.command("contacts", short_help="Every contact of a list, all pages")
@click.argument("contact_list_id")
@json_option
def contact_lists_contacts(contact_list_id: str, as_json: bool) -> None:
    """Every contact of a list, all pages (the same as contact-lists list-contacts CONTACT_LIST_ID --all)."""

    def action(client: KoreClient) -> None:
        contacts = _read_all("contacts", client.contact_lists.iter_contacts(contact_list_id))
        if as_json:
            print_json(contacts)
        else:
            print_items(contacts, noun="contacts")

    run(action)


def jobs() -> dict[str, dict[str, click.Command]]:
    """The hand-made commands of each group (by the group's name)."""
    from .contact_import import contact_lists_import

    return {
        "campaigns": {
            command.name or "": command
            for command in (campaigns_start, campaigns_stop, campaigns_status, campaigns_wait, campaigns_outcomes)
        },
        "contact-lists": {"import": contact_lists_import, "contacts": contact_lists_contacts},
    }
