"""The hand-made jobs: campaigns and contact lists by the operator's day."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import click

from .output import _cell, _id, _print_json, _run, _table, json_option

if TYPE_CHECKING:
    from ..client import KoreClient

CAMPAIGN_TYPES = ("voice", "sms")
STATUSES = ("Preparing", "Ready", "Active", "Stopped", "Completed", "Paused", "Scheduled", "Rescheduled")


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


@click.group()
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


@click.group("contact-lists")
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
