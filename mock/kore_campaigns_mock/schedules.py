"""Schedules: enable (daily, weekly) and disable a campaign's schedule; book call-backs on a running campaign.

Pages: enable-voice-or-sms-campaign-schedule-{daily,weekly}, disable-voice-or-sms-campaign-schedule,
create-call-back-schedule-v2 (Koredotcom/docs-v2, contact-center).
"""

from __future__ import annotations

from datetime import UTC, datetime

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .http_api import CampaignApi
from .limits import CAMPAIGN_NAME_MAX_LENGTH
from .validation import SCHEDULE_DATETIME_FORMAT, Checker, If, Rule, validate

SCHEDULE_PATH = "/campaign/api/v2/public/{streamId}/campaign/schedule"
CALLBACK_PATH = "/campaign/api/v2/public/{streamId}/campaign/{campaignInstanceId}/callContactAt"

WEEKLY_DETAILS = "recurrenceObject.weeklyDetails"
SCHEDULE = (
    Rule("startDateTime", "string", format="schedule-datetime"),  # "YYYY-MM-DD HH:mm:ss"
    Rule("endDateTime", "string", format="schedule-datetime"),  # "greater than both current time and startDateTime"
    Rule("recurrenceObject", "object"),
    Rule("recurrenceObject.recurType", "string", one_of=("Daily", "Weekly")),
    Rule("recurrenceObject.dailyDetails", "object", when=If("recurrenceObject.recurType", "Daily")),
    Rule("recurrenceObject.dailyDetails.onceEveryNdays", "integer", minimum=1),
    # The weekly page's table says dailyDetails; its sample's weeklyDetails wins (project decision).
    Rule(WEEKLY_DETAILS, "object", when=If("recurrenceObject.recurType", "Weekly")),
    Rule(f"{WEEKLY_DETAILS}.onceEveryNweeks", "integer", minimum=1),
    Rule(f"{WEEKLY_DETAILS}.whichDays", "array"),
    Rule(
        f"{WEEKLY_DETAILS}.whichDays[]", "string", one_of=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), unique=True
    ),
)

# create-call-back-schedule-v2: the body is an array of these.
CALLBACKS = (
    Rule("[]", "object"),
    Rule("[].campaignDialingListId", "string", min_length=1),  # "Unique identifier of the contact", required
    Rule("[].timeToContact", "string", format="iso-datetime"),  # sample "2026-06-18T17:55:00Z", required
)


def _schedule_times(c: Checker, clean: dict[str, object], now: datetime) -> None:
    # The docs give no zone for these times; the mock reads them as UTC.
    times = {
        key: datetime.strptime(str(clean[key]), SCHEDULE_DATETIME_FORMAT).replace(tzinfo=UTC)
        for key in ("startDateTime", "endDateTime")
        if key in clean
    }
    end = times.get("endDateTime")
    # "Must be greater than both current time and startDateTime."
    if end is not None and end <= now:
        c.fail("endDateTime", "must be later than the current time")
    if end is not None and "startDateTime" in times and end <= times["startDateTime"]:
        c.fail("endDateTime", "must be later than startDateTime")


async def schedule_campaign(api: CampaignApi, request: Request) -> Response:
    caller = await api.guard(request, "streamId", account_in_query=False)
    c = Checker()
    # enableSchedule=false is the disable page, true the enable pages; every page marks it "boolean, required".
    enable = c.query(request.query_params.getlist("enableSchedule"), "enableSchedule", one_of=("true", "false"))
    campaign_name = c.query(
        request.query_params.getlist("campaignName"), "campaignName", max_length=CAMPAIGN_NAME_MAX_LENGTH
    )
    disabling = enable == "false"
    schedule: dict[str, object] = {}
    if disabling:
        # The disable page sends the body {} and documents no field: anything in it is refused, not ignored.
        body = await api.read_body(request, c, required=False)
        for key in body or {}:
            c.fail(key, "is not accepted when enableSchedule is false (send {} or no body)")
    else:
        body = await api.read_body(request, c)
        schedule = validate(c, body, SCHEDULE) if body is not None else {}
        _schedule_times(c, schedule, datetime.fromtimestamp(api.now(), tz=UTC))
    c.raise_if_any()
    assert campaign_name is not None
    campaign = api.campaigns.set_schedule(caller, campaign_name, None if disabling else schedule)
    name = campaign.document["name"]
    done = "schedule has been disabled successfully" if disabling else "scheduled successfully"
    message = f"Campaign {name} {done}"
    return JSONResponse({"status": "success", "message": message, "id": campaign.id})


async def schedule_call_backs(api: CampaignApi, request: Request) -> Response:
    caller = await api.guard(request, "streamId", account_in_query=False)
    c = Checker()
    body = await api.read_body(request, c, array=True)
    if body == []:
        c.fail("body", "must have at least 1 item")
    items = validate(c, body, CALLBACKS)["items"] if body is not None else []
    c.raise_if_any()
    outcomes = api.campaigns.book_call_backs(caller, request.path_params["campaignInstanceId"], items)
    return JSONResponse({"status": "success", "data": outcomes})


ROUTES = (
    ("POST", SCHEDULE_PATH, schedule_campaign),
    ("POST", CALLBACK_PATH, schedule_call_backs),
)
