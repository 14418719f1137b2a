"""The main job: the real campaign flow, through the generated client and the overlay, against the mock.

Starts the mock on loopback, then: create a contact list and a Do-Not-Call list, add contacts, create an
SMS and a voice campaign that name them, schedule one weekly and one daily, read both back with their
schedules, see the lists in use, and show one refused request with its error. Then the whole lifecycle of
a v2 voice campaign: create, schedule, start, status, list, stop, delete, and a read that answers 404.
Last, a campaign runs to completion: the mock's clock is manual, so the demo fast-forwards it
(POST /_mock/clock/advance) and watches the dialler work through the contacts, then pages through them.
Run it with `scripts/demo` (which sets up .venv first).
"""

from __future__ import annotations

import math
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import kore_campaigns
from kore_campaigns_client.models import (
    AddContactsRequest,
    CallerId,
    CallingHours,
    CallingWindow,
    Campaign,
    CampaignListRequest,
    ContactsPageRequest,
    CreateContactListRequest,
    CreatedCampaign,
    DailyRecurrence,
    DailyRecurrenceDailyDetails,
    DncListRef,
    NewContact,
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
from kore_campaigns_mock import ManualClock, SimulationSettings, create_app
from kore_campaigns_mock.background import serve_in_background
from kore_campaigns_mock.config import DEMO_ACCOUNT_ID, DEMO_BOT_ID, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, app_from_env

ROOT = Path(__file__).resolve().parent.parent
WEEKDAYS: tuple[DayCode, ...] = ("MO", "TU", "WE", "TH", "FR")
CONTACT_LIST = "Renewal Due - July 2025"
DNC_LIST = "Renewal Opt-outs"
RUN_LIST = "Renewal Calls - Run Through"
RUN_CONTACTS = 12


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
        contact_lists=[CONTACT_LIST],
        dnc_lists=DncListRef(name=DNC_LIST),
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
        contact_lists=[CONTACT_LIST],
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


def refused_values() -> tuple[str, str]:
    """A campaign name one character longer than the spec allows, and a priority it does not list: read from
    openapi.yaml, so the refusal stays a refusal whatever limits the docs set next."""
    sys.path.insert(0, str(ROOT))
    from scripts.spec_facts import load

    facts = load(ROOT / "openapi.yaml")
    limit = int(facts.field("VoiceCampaignRequest", "name")["maxLength"])
    words = "Quarterly Customer Satisfaction Survey, Region North-East, Follow-up Calls"
    name = (words + " " + "x" * limit)[: limit + 1]
    priorities = [int(value) for value in facts.field("VoiceCampaignRequest", "priority")["enum"]]
    return name, str(max(priorities) + 2)


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


def run_to_completion(client: kore_campaigns.KoreClient, base_url: str) -> None:
    """A campaign dialled to the end: the mock's manual clock is advanced through its calling windows."""
    numbers = [f"+1510555{index:04d}" for index in range(RUN_CONTACTS)]
    client.contact_lists.create_contact_list(
        CreateContactListRequest(name=RUN_LIST, description="Renewals to call this week.", source="passiveApi")
    )
    client.contact_lists.add_contacts_to_contact_list(
        AddContactsRequest(contact_list_name=RUN_LIST, data=[NewContact(phone_number=n) for n in numbers])
    )
    # One number asks not to be called: on the DNC list, it is never dialled.
    client.contact_lists.add_contacts_to_contact_list(
        AddContactsRequest(contact_list_name=DNC_LIST, data=[NewContact(phone_number=numbers[-1])])
    )
    with httpx.Client(base_url=base_url) as admin:
        # The run starts on the coming Monday at 00:00 UTC (05:30 in Kolkata, before its calling hours), so the
        # story is the same whatever the day and hour of the demo: it started at the real time, it was already
        # calling in the first hour from 02:30 to 12:30 UTC on weekdays, and waited out a weekend on others.
        now = datetime.fromtimestamp(admin.get("/_mock/clock").json()["epochSeconds"], UTC)
        monday = (now + timedelta(days=7 - now.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
        ahead = math.ceil((monday - now).total_seconds())
        admin.post("/_mock/clock/advance", json={"seconds": ahead}).raise_for_status()
    request = voice_campaign_v2("Renewal Run Through")
    request.contact_lists = [RUN_LIST]
    request.dnc_lists = DncListRef(name=DNC_LIST)
    campaign_id = client.campaigns.create_campaign(request, campaign_type="voice").data.id
    assert isinstance(campaign_id, str)
    client.campaign_execution.trigger_voice_campaign(campaign_id, trigger="play")
    print(f"started with {RUN_CONTACTS} contacts (1 on the DNC list), calling Mon-Fri 9:00 AM-6:00 PM Asia/Kolkata,")
    print("  2 attempts per contact, 60 minutes apart; outcomes from the mock's seeded random source")
    with httpx.Client(base_url=base_url) as admin:
        shown = ("", -1)
        for _ in range(24 * 14):  # two weeks at most, an hour at a time; a line whenever something changed
            clock = admin.post("/_mock/clock/advance", json={"seconds": 3600}).json()
            status = client.campaign_execution.get_campaign_status(campaign_id).data
            # The calls so far, from the contacts view: the status view answers id, status and name only.
            calls = sum(
                c.number_of_attempts_so_far for c in client.campaign_execution.iter_campaign_contacts(campaign_id)
            )
            if (status.status, calls) != shown:
                shown = (str(status.status), calls)
                print(f"  {clock['now'][:16].replace('T', ' ')} UTC: {status.status}, {calls} calls made")
            if status.status == "Completed":
                break
    page, outcomes = 1, []
    while True:
        contacts = client.campaign_execution.get_campaign_status(
            campaign_id, ContactsPageRequest(page=page, limit=5), view="contacts"
        ).data
        results = contacts.results if isinstance(contacts.results, list) else []
        outcomes += [
            f"{c.phone_number} {c.dialer_outcome} after {c.number_of_attempts_so_far} call(s)" for c in results
        ]
        print(f"contacts page {page} of {contacts.total_pages}: {len(results)} of {contacts.total_results} records")
        if not isinstance(contacts.total_pages, int) or page >= contacts.total_pages:
            break
        page += 1
    print("  " + "\n  ".join(outcomes))


def run() -> None:
    use_demo_credentials_unless_set()
    # The mock registers the app named by the same KORE_* variables the client reads. Its clock is manual
    # (starting now), so the last step can fast-forward a campaign to completion; the seed fixes the outcomes.
    mock = create_app([app_from_env(os.environ)], clock=ManualClock(), simulation=SimulationSettings(seed=5))
    with serve_in_background(mock) as base_url:
        os.environ["KORE_BASE_URL"] = base_url
        step(f"Mock Kore.ai campaign service running on {base_url}")
        client = kore_campaigns.from_env()
        bot = client.bot_id
        print(f"client: account {client.account_id}, bot {bot}; JWT signed per request by the overlay")

        with client:
            step("Create a contact list and a Do-Not-Call list (an ordinary list, named in dncLists)")
            list_ids = {}
            for name, description in (
                (CONTACT_LIST, "Customers whose services expire in July 2025."),
                (DNC_LIST, "Customers who asked not to be contacted about renewals."),
            ):
                created = client.contact_lists.create_contact_list(
                    CreateContactListRequest(name=name, description=description, source="passiveApi")
                )
                list_ids[name] = created.data.field_id
                print(f"{created.message}\n  id {created.data.field_id}, status {created.data.status}")

            step("Add contacts to the list, by its name")
            phones = ["+15101234567", "+15101234568", "9122333445566"]
            queued = client.contact_lists.add_contacts_to_contact_list(
                AddContactsRequest(
                    contact_list_name=CONTACT_LIST, data=[NewContact(phone_number=phone) for phone in phones]
                )
            )
            contacts = client.contact_lists.list_contact_list_contacts(list_ids[CONTACT_LIST]).data
            print(f"{queued.message}; the list holds {contacts.total_results} contacts")

            step("Create an SMS campaign from a template")
            sms = client.campaigns.create_campaign(sms_campaign(), campaign_type="sms")
            print(f"{sms.message}\n  id {sms.data.field_id}, status {sms.data.status}")

            step("Create an Agentless voice campaign")
            voice = client.campaigns.create_voice_campaign(voice_campaign())
            # The whole campaign comes back (the v1 Preview page alone answers the short {campId} form).
            assert isinstance(voice.data, CreatedCampaign)
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
            # The whole campaign comes back (only the Preview page's answer is the short {campId} form).
            voice_name, voice_id = voice.data.name, voice.data.id
            assert isinstance(voice_name, str) and isinstance(voice_id, str)
            for name, body in ((voice_name, weekly), (sms.data.name, daily)):
                done = client.scheduling.schedule_campaign(body, campaign_name=name)
                print(f"{done.message} (id {done.id})")

            step("Read both campaigns back")
            # An SMS create answers the id as `_id` (a voice v2 create as `id`).
            sms_id, voice_id = sms.data.field_id, voice.data.id
            assert isinstance(sms_id, str) and isinstance(voice_id, str)
            for campaign_id in (voice_id, sms_id):
                fetched = client.campaigns.get_campaign(campaign_id).data
                kind = "voice" if not isinstance(fetched.dialing_mode, Unset) else "SMS"
                print(f"{fetched.name} [{kind}, {fetched.status}, priority {fetched.priority}]")
                print(f"  schedule: {describe_schedule(fetched)}")

            step("The contact list, now in use by both campaigns (so it cannot be deleted)")
            in_use = client.contact_lists.get_contact_list(list_ids[CONTACT_LIST])
            names = ", ".join(campaign.name for campaign in in_use.data.campaign_in_use)
            print(f"{in_use.data.name}: {in_use.data.total_record_count} contacts, used by {names}")

            too_long, priority = refused_values()
            what = f"a {len(too_long)}-character name, Progressive dialing without a queue, priority {priority}"
            step(f"A refused request: {what}")
            bad = voice_campaign(name=too_long)
            bad.dialing_mode = "Progressive"
            bad.priority = priority  # type: ignore[assignment]  # sending what the types forbid, on purpose
            try:
                client.campaigns.create_voice_campaign(bad)
            except kore_campaigns.KoreValidationError as error:
                print(f"{type(error).__name__}: {error}")

            step("Lifecycle of a v2 voice campaign: create, schedule, start, status, stop, delete, read")
            v2_created = client.campaigns.create_campaign(voice_campaign_v2(), campaign_type="voice")
            # A v2 voice create names the id `id` (an SMS one `_id`).
            lifecycle_id = v2_created.data.id
            assert isinstance(lifecycle_id, str)
            print(f"created: {v2_created.message} (id {lifecycle_id}, status {v2_created.data.status})")
            scheduled = client.scheduling.schedule_campaign(daily, campaign_name=v2_created.data.name)
            print(f"scheduled: {scheduled.message}")
            started = client.campaign_execution.trigger_voice_campaign(lifecycle_id, trigger="play")
            print(f"started: {started.message}, status {started.status}, run {started.campaign_instance_id}")
            status = client.campaign_execution.get_campaign_status(lifecycle_id)
            print(f"status: {status.data.name} is {status.data.status}")
            listed = client.campaigns.list_campaigns(
                CampaignListRequest.from_dict({"type": "voice", "filters": {"status": ["Active"]}})
            )
            print(
                f"listed: {listed.data.total_results} active voice campaign(s): {[c.name for c in listed.data.results]}"
            )
            stopped = client.campaign_execution.trigger_voice_campaign(lifecycle_id, trigger="stop")
            print(f"stopped: {stopped.message}, status {stopped.status}")
            deleted = client.campaigns.delete_campaign(lifecycle_id, campaign_type="voice")
            print(f"deleted: {deleted.message}")
            try:
                client.campaigns.get_campaign(lifecycle_id)
            except kore_campaigns.KoreNotFoundError as error:
                print(f"read after delete: {type(error).__name__}: {error}")

            step("A campaign run to completion on the mock's manual clock")
            run_to_completion(client, base_url)
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
