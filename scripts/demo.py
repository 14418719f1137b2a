"""The main job: the real campaign flow, through the generated client and the overlay, against the mock.

Starts the mock on loopback, then: create an SMS and a voice campaign, schedule one weekly and
one daily, read both back with their schedules, and show one refused request with its error. Then
the whole lifecycle of a v2 voice campaign: create, schedule, start, status, stop, delete, and a
read that answers 404. Run it with `scripts/demo` (which sets up .venv first).
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime, timedelta

import kore_campaigns
from kore_campaigns_client.api.campaign_execution import get_campaign_status, trigger_voice_campaign
from kore_campaigns_client.api.campaigns import (
    create_campaign,
    create_voice_campaign,
    delete_campaign,
    get_campaign,
    list_campaigns,
)
from kore_campaigns_client.api.scheduling import schedule_campaign
from kore_campaigns_client.models import (
    CallerId,
    CallingHours,
    CallingWindow,
    Campaign,
    CampaignListRequest,
    DailyRecurrence,
    DailyRecurrenceDailyDetails,
    DncListRef,
    ScheduleRequest,
    SmsCampaignRequest,
    SmsDialingStrategy,
    SmsMessage,
    VoiceCampaignRequest,
    VoiceCampaignV2CreateRequest,
    VoiceDialingStrategy,
    WeeklyRecurrence,
    WeeklyRecurrenceWeeklyDetails,
)
from kore_campaigns_client.models.day_code import DayCode
from kore_campaigns_client.types import Unset
from kore_campaigns_mock import create_app
from kore_campaigns_mock.background import serve_in_background
from kore_campaigns_mock.config import DEMO_ACCOUNT_ID, DEMO_BOT_ID, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, app_from_env

WEEKDAYS: tuple[DayCode, ...] = ("MO", "TU", "WE", "TH", "FR")


def step(text: str) -> None:
    print(f"\n== {text}")


def office_hours() -> CallingHours:
    return CallingHours(
        frequency="WEEKLY",
        timezone="Asia/Kolkata",
        days=[CallingWindow(day=day, start="9:00 AM", end="6:00 PM") for day in WEEKDAYS],
    )


def sms_campaign() -> SmsCampaignRequest:
    return SmsCampaignRequest(
        name="Billing Alert Template Campaign",
        description="Alerts customers about pending bills with a pre-approved template.",
        contact_lists=["CL Only 2020 Dec 4"],
        dnc_lists=DncListRef(name="testdnc"),
        campaign_type="sms",
        priority="5",
        format_="simple",
        message=SmsMessage(
            template_name="Welcome",
            # Base64 of "This is a reminder that your payment is due soon."
            message="VGhpcyBpcyBhIHJlbWluZGVyIHRoYXQgeW91ciBwYXltZW50IGlzIGR1ZSBzb29uLg==",
        ),
        dialing_strategy=SmsDialingStrategy(
            caller_id=CallerId(phone_number="+919561600000"), calling_hours=office_hours()
        ),
    )


def voice_campaign(name: str = "Product Feedback Voice Campaign") -> VoiceCampaignRequest:
    return VoiceCampaignRequest(
        name=name,
        description="Collects quick feedback on recent purchases.",
        contact_lists=["Recent Buyers - Q2 2025"],
        priority="4",
        dialing_mode="Agentless",
        dialing_strategy=VoiceDialingStrategy(
            caller_id=CallerId(phone_number="+15101234567"),
            calling_hours=office_hours(),
            dialing_order="FIFO",
            max_attempts_per_record=3,
            default_retry_period=10,
            max_ring_time=30,
        ),
        experience_flow_name="Voice Survey Entry Flow",
        enable_machine_detect=False,
        campaign_type="voice",
    )


def voice_campaign_v2(name: str = "Service Renewal Reminder") -> VoiceCampaignV2CreateRequest:
    """An Agentless v2 voice campaign: v2 requires a Do-Not-Call list and names machine detection in words."""
    return VoiceCampaignV2CreateRequest(
        name=name,
        description="Reminds customers of upcoming service renewals and offers to renew by phone.",
        contact_lists=["CL Only 2020 Dec 4"],
        dnc_lists=DncListRef(name="DNC CL Dec 4"),
        priority="4",
        dialing_mode="Agentless",
        dialing_strategy=VoiceDialingStrategy(
            caller_id=CallerId(phone_number="+15101234567"),
            calling_hours=office_hours(),
            dialing_order="FIFO",
            max_attempts_per_record=2,
            default_retry_period=60,
            max_ring_time=30,
        ),
        experience_flow_name="Renewal Reminder Flow",
        enable_machine_detect="detect",
        campaign_type="voice",
    )


def platform_time(moment: datetime) -> str:
    """The API's `YYYY-MM-DD HH:mm:ss` (UTC), which is not RFC 3339."""
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def describe_schedule(campaign: Campaign) -> str:
    schedule = campaign.schedule
    if not schedule.is_scheduling_enabled:
        return "not scheduled"
    recurrence = schedule.recurrence_object
    if isinstance(recurrence, WeeklyRecurrence):
        details = recurrence.weekly_details
        rule = f"weekly, every {details.once_every_nweeks} week(s) on {', '.join(details.which_days)}"
    elif isinstance(recurrence, DailyRecurrence):
        rule = f"daily, every {recurrence.daily_details.once_every_ndays} day(s)"
    else:
        rule = "recurrence not returned"
    window = ""
    if not isinstance(schedule.start_date_time, Unset) and not isinstance(schedule.end_date_time, Unset):
        window = f", {schedule.start_date_time} to {schedule.end_date_time} UTC"
    return rule + window


def use_demo_credentials_unless_set() -> None:
    defaults = {
        "KORE_CLIENT_ID": DEMO_CLIENT_ID,
        "KORE_CLIENT_SECRET": DEMO_CLIENT_SECRET,
        "KORE_ACCOUNT_ID": DEMO_ACCOUNT_ID,
        "KORE_BOT_ID": DEMO_BOT_ID,
    }
    for name, value in defaults.items():
        os.environ.setdefault(name, value)


def run() -> None:
    use_demo_credentials_unless_set()
    # The mock registers the app named by the same KORE_* variables the client reads.
    with serve_in_background(create_app([app_from_env(os.environ)])) as base_url:
        os.environ["KORE_BASE_URL"] = base_url
        step(f"Mock Kore.ai campaign service running on {base_url}")
        client = kore_campaigns.from_env()
        bot = client.bot_id
        print(f"client: account {client.account_id}, bot {bot}; JWT signed per request by the overlay")

        with client:
            step("Create an SMS campaign from a template")
            sms = kore_campaigns.unwrap(
                create_campaign.sync_detailed(bot, client=client, body=sms_campaign(), campaign_type="sms")
            )
            print(f"{sms.message}\n  id {sms.data.field_id}, status {sms.data.status}")

            step("Create an Agentless voice campaign")
            voice = kore_campaigns.unwrap(
                create_voice_campaign.sync_detailed(bot, client=client, body=voice_campaign(), campaign_type="voice")
            )
            print(f"{voice.message}\n  id {voice.data.id}, status {voice.data.status}")

            tomorrow = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
            step("Schedule the voice campaign weekly (Mon, Wed, Fri) and the SMS campaign daily")
            weekly = ScheduleRequest(
                start_date_time=platform_time(tomorrow),
                end_date_time=platform_time(tomorrow + timedelta(weeks=4)),
                recurrence_object=WeeklyRecurrence(
                    recur_type="Weekly",
                    weekly_details=WeeklyRecurrenceWeeklyDetails(once_every_nweeks=1, which_days=["Mon", "Wed", "Fri"]),
                ),
            )
            daily = ScheduleRequest(
                start_date_time=platform_time(tomorrow),
                end_date_time=platform_time(tomorrow + timedelta(days=14)),
                recurrence_object=DailyRecurrence(
                    recur_type="Daily", daily_details=DailyRecurrenceDailyDetails(once_every_ndays=2)
                ),
            )
            for name, body in ((voice.data.name, weekly), (sms.data.name, daily)):
                done = kore_campaigns.unwrap(
                    schedule_campaign.sync_detailed(
                        bot, client=client, body=body, enable_schedule=True, campaign_name=name
                    )
                )
                print(f"{done.message} (id {done.id})")

            step("Read both campaigns back")
            # An SMS create answers the id as `_id` (a voice v2 create as `id`).
            sms_id = sms.data.field_id
            assert isinstance(sms_id, str)
            for campaign_id in (voice.data.id, sms_id):
                fetched = kore_campaigns.unwrap(get_campaign.sync_detailed(bot, campaign_id, client=client)).data
                kind = "voice" if not isinstance(fetched.dialing_mode, Unset) else "SMS"
                print(f"{fetched.name} [{kind}, {fetched.status}, priority {fetched.priority}]")
                print(f"  schedule: {describe_schedule(fetched)}")

            step("A refused request: too-long name, Progressive dialing without a queue, priority 7")
            bad = voice_campaign(name="Quarterly Customer Satisfaction Survey, Region North-East")
            bad.dialing_mode = "Progressive"
            bad.priority = "7"  # type: ignore[assignment]  # sending what the types forbid, on purpose
            try:
                kore_campaigns.unwrap(
                    create_voice_campaign.sync_detailed(bot, client=client, body=bad, campaign_type="voice")
                )
            except kore_campaigns.KoreValidationError as error:
                print(f"{type(error).__name__}: {error}")

            step("Lifecycle of a v2 voice campaign: create, schedule, start, status, stop, delete, read")
            created = kore_campaigns.unwrap(
                create_campaign.sync_detailed(bot, client=client, body=voice_campaign_v2(), campaign_type="voice")
            )
            # A v2 voice create names the id `id` (an SMS one `_id`).
            lifecycle_id = created.data.id
            assert isinstance(lifecycle_id, str)
            print(f"created: {created.message} (id {lifecycle_id}, status {created.data.status})")
            scheduled = kore_campaigns.unwrap(
                schedule_campaign.sync_detailed(bot, client=client, body=daily, campaign_name=created.data.name)
            )
            print(f"scheduled: {scheduled.message}")
            started = kore_campaigns.unwrap(
                trigger_voice_campaign.sync_detailed(bot, lifecycle_id, client=client, trigger="play")
            )
            print(f"started: {started.message}, status {started.status}, run {started.campaign_instance_id}")
            status = kore_campaigns.unwrap(get_campaign_status.sync_detailed(bot, lifecycle_id, client=client))
            print(f"status: {status.data.name} is {status.data.status}")
            listed = kore_campaigns.unwrap(
                list_campaigns.sync_detailed(
                    bot,
                    client=client,
                    body=CampaignListRequest.from_dict({"type": "voice", "filters": {"status": ["Active"]}}),
                )
            )
            print(
                f"listed: {listed.data.total_results} active voice campaign(s): {[c.name for c in listed.data.results]}"
            )
            stopped = kore_campaigns.unwrap(
                trigger_voice_campaign.sync_detailed(bot, lifecycle_id, client=client, trigger="stop")
            )
            print(f"stopped: {stopped.message}, status {stopped.status}")
            deleted = kore_campaigns.unwrap(
                delete_campaign.sync_detailed(bot, lifecycle_id, client=client, campaign_type="voice")
            )
            print(f"deleted: {deleted.message}")
            try:
                kore_campaigns.unwrap(get_campaign.sync_detailed(bot, lifecycle_id, client=client))
            except kore_campaigns.KoreNotFoundError as error:
                print(f"read after delete: {type(error).__name__}: {error}")
            print(f"\nTokens signed for the whole demo: {client.jwt_auth.signatures}")


def main() -> int:
    try:
        run()
    except kore_campaigns.KoreError as error:
        print(f"demo failed: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
