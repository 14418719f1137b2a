# pyright: strict
"""A user's script in the resource style; type-checked (mypy --strict, pyright), never run.

Its twin resource_mistakes.py holds the mistakes the checkers must catch.
"""

from __future__ import annotations

import kore_campaigns
from kore_campaigns_client.models import (
    CallerId,
    CallingHours,
    CallingWindow,
    CampaignResponse,
    DailyRecurrence,
    DailyRecurrenceDailyDetails,
    ScheduleRequest,
    SmsCampaignRequest,
    SmsDialingStrategy,
    SmsMessage,
)


def create_and_schedule(client: kore_campaigns.KoreClient) -> CampaignResponse:
    # Voice v2 and SMS v2 creates share one operation; campaign_type says which.
    created = client.campaigns.create_campaign(
        SmsCampaignRequest(
            name="Billing reminder",
            description="Reminds customers of overdue bills.",
            contact_lists=["Recent Buyers - Q2 2025"],
            campaign_type="sms",
            priority="3",
            format_="simple",
            message=SmsMessage(template_name="billing", message="SGVsbG8="),
            dialing_strategy=SmsDialingStrategy(
                caller_id=CallerId(phone_number="+15101234567"),
                calling_hours=CallingHours(
                    frequency="DAILY",
                    timezone="America/New_York",
                    days=[CallingWindow(day="MO", start="9:00 AM", end="5:00 PM")],
                ),
            ),
        ),
        campaign_type="sms",
    )
    client.scheduling.schedule_campaign(
        ScheduleRequest(
            start_date_time="2026-01-01 09:00:00",
            end_date_time="2026-02-01 09:00:00",
            recurrence_object=DailyRecurrence(
                recur_type="Daily", daily_details=DailyRecurrenceDailyDetails(once_every_ndays=1)
            ),
        ),
        campaign_name=created.data.name,
    )
    # An SMS create answers its id as `_id` (a voice v2 create as `id`), so each is optional in the one model.
    campaign_id = created.data.field_id
    assert isinstance(campaign_id, str)
    return client.campaigns.get_campaign(campaign_id, bot_id=client.bot_id)


async def read_async(campaign_id: str) -> str:
    async with kore_campaigns.async_from_env() as client:
        campaign = await client.campaigns.get_campaign(campaign_id)
    return campaign.data.name


def the_work_done_for_you(client: kore_campaigns.KoreClient, list_id: str) -> list[str]:
    # Iterators over every page, a bulk import and a wait: typed like the methods they call.
    names = [campaign.name for campaign in client.campaigns.iter_campaigns(type_="sms", page_size=50)]
    phones = [contact.phone_number for contact in client.contact_lists.iter_contacts(list_id)]
    summary = client.import_contacts("contacts.csv", list_id=list_id, progress=False)
    refused = [f"{row.line}: {row.field} {row.reason}" for row in summary.refused]
    status = client.wait_for_status("cd-1", ["Active", "Completed"], timeout=60).status
    return [*names, *phones, *refused, str(status)]


async def every_contact_async(list_id: str) -> list[str]:
    async with kore_campaigns.async_from_env() as client:
        return [contact.phone_number async for contact in client.contact_lists.iter_contacts(list_id)]


async def import_async(list_name: str) -> int:
    # The awaited import takes the same options as the sync one (issue 28).
    async with kore_campaigns.async_from_env() as client:
        summary = await client.import_contacts(
            "contacts.csv", list_name=list_name, checkpoint="contacts.json", region="US", skip_invalid=True
        )
    return summary.sent + summary.resumed
