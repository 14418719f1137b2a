"""Each documented rule (and each project decision) refuses with 400 naming the field; all at once."""

from __future__ import annotations

import copy
import re
from datetime import UTC, datetime
from typing import Any

import pytest
from kore_campaigns_mock import DEMO_ACCOUNT_ID, DEMO_BOT_ID, RegisteredApp, demo_app, samples
from kore_campaigns_mock.limits import CAMPAIGN_DESCRIPTION_MAX_LENGTH as DESCRIPTION_MAX_LENGTH
from kore_campaigns_mock.limits import CAMPAIGN_NAME_MAX_LENGTH as NAME_MAX_LENGTH
from kore_campaigns_mock.testing import (
    MockClient,
    assert_error,
    auth_headers,
    campaign_path,
    mock_app,
    schedule_path,
    sms_campaigns_path,
    voice_campaigns_path,
)

APP = demo_app()
DELETE = object()
# 2030-06-15 12:00:00 UTC: a fixed "now" for the endDateTime rule.
NOW = datetime(2030, 6, 15, 12, 0, 0, tzinfo=UTC)
DAYS = "dialingStrategy.callingHours.days"
HOURS = "dialingStrategy.callingHours"
URL_ENCODED_SAMPLE = samples.SMS_SAMPLE_MESSAGE.replace("==", "%3D%3D")


def changed(document: dict[str, Any], path: str, value: object) -> dict[str, Any]:
    """A copy of `document` with the value at a dotted path (with [i] indexes) replaced, or deleted."""
    result = copy.deepcopy(document)
    parts: list[str | int] = [
        int(part[1:-1]) if part.startswith("[") else part for part in re.findall(r"[^.\[\]]+|\[\d+\]", path)
    ]
    target: Any = result
    for part in parts[:-1]:
        target = target[part]
    if value is DELETE:
        del target[parts[-1]]
    else:
        target[parts[-1]] = value
    return result


@pytest.fixture
def client() -> MockClient:
    return MockClient(mock_app(dialling=False, clock=NOW.timestamp))


def _post_voice(client: MockClient, body: dict[str, Any], campaign_type: str = "voice") -> Any:
    return client.post(voice_campaigns_path(DEMO_BOT_ID, campaign_type), json=body, headers=auth_headers(APP))


def _post_sms(client: MockClient, body: dict[str, Any], campaign_type: str = "sms") -> Any:
    path = sms_campaigns_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID, campaign_type)
    return client.post(path, json=body, headers=auth_headers(APP))


COMMON_CASES: list[tuple[str, object, str | None]] = [
    ("name", DELETE, None),
    ("name", "", None),
    ("name", "   \t", None),
    ("name", "x" * (NAME_MAX_LENGTH + 1), None),
    ("name", 5, None),
    ("description", DELETE, None),
    ("description", "x" * (DESCRIPTION_MAX_LENGTH + 1), None),
    ("description", 1, None),
    ("contactLists", DELETE, None),
    ("contactLists", [], None),
    ("contactLists", "Recent Buyers - Q2 2025", None),
    ("contactLists", ["No Such List"], "contactLists[0]"),
    ("contactLists", ["CL Only 2020 Dec 4", ""], "contactLists[1]"),
    ("contactLists", [7], "contactLists[0]"),
    ("contactLists", ["cl only 2020 dec 4"], "contactLists[0]"),
    ("priority", 5, None),
    ("priority", "6", None),
    ("priority", "0", None),
    ("priority", DELETE, None),
    ("campaignType", DELETE, None),
    ("dialingStrategy", DELETE, None),
    ("dialingStrategy", [], None),
    ("dialingStrategy.callerId", DELETE, None),
    ("dialingStrategy.callerId.phoneNumber", DELETE, None),
    ("dialingStrategy.callerId.phoneNumber", "", None),
    ("dialingStrategy.callerId.phoneNumber", 15101234567, None),
    (HOURS, DELETE, None),
    (f"{HOURS}.frequency", "MONTHLY", None),
    (f"{HOURS}.frequency", "weekly", None),
    (f"{HOURS}.timezone", "Mars/Olympus_Mons", None),
    (f"{HOURS}.timezone", "/etc/passwd", None),
    (f"{HOURS}.timezone", "../../../../etc/passwd", None),
    (f"{HOURS}.timezone", "", None),
    (f"{HOURS}.timezone", "asia/kolkata", None),
    (DAYS, [], None),
    (DAYS, DELETE, None),
    (f"{DAYS}[2].day", "MON", None),
    (f"{DAYS}[2].day", "we", None),
    (f"{DAYS}[0].start", "9:00", None),
    (f"{DAYS}[0].start", "13:00 PM", None),
    (f"{DAYS}[0].start", "9:60 AM", None),
    (f"{DAYS}[0].start", "0:30 AM", None),
    (f"{DAYS}[0].end", "18:00", None),
    (f"{DAYS}[0].end", "6:00 PM\n", None),
    (f"{DAYS}[4].end", DELETE, None),
    (f"{DAYS}[1]", "MO", None),
    ("schedule", "off", None),
    ("schedule", {"isSchedulingEnabled": "false"}, "schedule.isSchedulingEnabled"),
]

VOICE_CASES: list[tuple[str, object, str | None]] = [
    ("campaignType", "sms", None),
    ("dialingMode", "Predictive", None),
    ("dialingMode", DELETE, None),
    ("dialingMode", "Progressive", "queue_name"),
    ("dialingStrategy.dialingOrder", "RANDOM", None),
    ("dialingStrategy.dialingOrder", DELETE, None),
    ("dialingStrategy.maxAttemptsPerRecord", 0, None),
    ("dialingStrategy.maxAttemptsPerRecord", 101, None),
    ("dialingStrategy.maxAttemptsPerRecord", 3.5, None),
    ("dialingStrategy.maxAttemptsPerRecord", True, None),
    ("dialingStrategy.maxAttemptsPerRecord", "3", None),
    ("dialingStrategy.maxAttemptsPerRecord", DELETE, None),
    ("dialingStrategy.defaultRetryPeriod", 0, None),
    ("dialingStrategy.defaultRetryPeriod", 1441, None),
    ("dialingStrategy.defaultRetryPeriod", 10.5, None),
    ("dialingStrategy.maxRingTime", 4, None),
    ("dialingStrategy.maxRingTime", 121, None),
    ("dialingStrategy.maxRingTime", DELETE, None),
    ("enableMachineDetect", "false", None),
    ("enableMachineDetect", 0, None),
    ("enableMachineDetect", DELETE, None),
    ("experienceFlowName", 5, None),
    ("experienceFlowName", "", None),
    ("experienceFlowName", None, None),
    ("queue_name", "", None),
]

SMS_CASES: list[tuple[str, object, str | None]] = [
    ("campaignType", "voice", None),
    # advanced format (create-sms-campaign-advanced-format-v2) needs an experience flow instead of a message.
    ("format", "advanced", "experienceFlowName"),
    ("format", "rich", None),
    ("format", DELETE, None),
    ("message", DELETE, None),
    ("message", "hello", None),
    ("message.template_name", "", None),
    ("message.template_name", 7, None),
    ("message.message", DELETE, None),
    ("message.message", "", None),
    ("message.message", URL_ENCODED_SAMPLE, None),
    ("message.message", samples.SMS_SAMPLE_MESSAGE.rstrip("="), None),
    ("message.message", "Hi, This is just reminder for upcoming event", None),
    ("message.message", "aGk=é", None),
    ("dncLists", "testdnc", None),
    ("dncLists", {}, "dncLists.name"),
    ("dncLists.name", "No Such DNC", None),
    ("dncLists.name", "", None),
]


@pytest.mark.parametrize(("path", "value", "field"), COMMON_CASES + VOICE_CASES)
def test_voice_rule(client: MockClient, path: str, value: object, field: str | None) -> None:
    assert_error(_post_voice(client, changed(samples.voice_campaign(), path, value)), 400, field or path)


@pytest.mark.parametrize(("path", "value", "field"), COMMON_CASES + SMS_CASES)
def test_sms_rule(client: MockClient, path: str, value: object, field: str | None) -> None:
    assert_error(_post_sms(client, changed(samples.sms_campaign(), path, value)), 400, field or path)


VOICE_BOUNDARIES: list[tuple[str, object]] = [
    ("name", "x" * NAME_MAX_LENGTH),
    ("name", " padded name "),
    ("description", ""),
    ("description", "x" * DESCRIPTION_MAX_LENGTH),
    ("priority", "1"),
    # A Preview campaign also needs queue_name and maxSkips (test_mock_campaign_rules: the v1 Preview sample).
    ("dialingStrategy.maxAttemptsPerRecord", 1),
    ("dialingStrategy.maxAttemptsPerRecord", 100),
    ("dialingStrategy.defaultRetryPeriod", 1),
    ("dialingStrategy.defaultRetryPeriod", 1440),
    ("dialingStrategy.maxRingTime", 5),
    ("dialingStrategy.maxRingTime", 120),
    ("dialingStrategy.dialingOrder", "LIFO"),
    (f"{HOURS}.frequency", "DAILY"),
    (f"{HOURS}.frequency", "CUSTOM"),
    (f"{HOURS}.timezone", "UTC"),
    (f"{HOURS}.timezone", "America/Argentina/Buenos_Aires"),
    (f"{DAYS}[0].start", "12:59 PM"),
    (f"{DAYS}[0].start", "09:00 AM"),
    (f"{DAYS}[0].day", "SU"),
    ("contactLists", ["Recent Buyers - Q2 2025", "CL Only 2020 Dec 4"]),
    ("schedule", DELETE),
    ("experienceFlowName", DELETE),
    ("unknownExtraField", {"ignored": True}),
    ("dialingStrategy.useSystemMappings", True),
]


@pytest.mark.parametrize(("path", "value"), VOICE_BOUNDARIES)
def test_voice_boundary_values_are_accepted(client: MockClient, path: str, value: object) -> None:
    response = _post_voice(client, changed(samples.voice_campaign(), path, value))
    assert response.status_code == 200, response.text


def test_voice_without_flow_name_has_no_experience_flow(client: MockClient) -> None:
    data = _post_voice(client, changed(samples.voice_campaign(), "experienceFlowName", DELETE)).json()["data"]
    assert "experienceFlow" not in data


def test_same_flow_name_resolves_to_the_same_flow(client: MockClient) -> None:
    first = _post_voice(client, samples.voice_campaign()).json()["data"]
    second = _post_voice(client, changed(samples.voice_campaign(), "name", "Second")).json()["data"]
    assert first["experienceFlow"] == second["experienceFlow"]


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("dncLists", DELETE),
        ("dncLists.name", "DNC CL Dec 4"),
        # Voice-only dialing fields are neither required nor refused for SMS.
        ("dialingStrategy.maxRingTime", 30),
        ("message.templateId", ""),
        # create-sms-campaign-without-template-v2 sends the message without a template name.
        ("message.template_name", DELETE),
    ],
)
def test_sms_variants_are_accepted(client: MockClient, path: str, value: object) -> None:
    response = _post_sms(client, changed(samples.sms_campaign(), path, value))
    assert response.status_code == 200, response.text
    if path == "dncLists":
        assert "dncLists" not in response.json()["data"]


@pytest.mark.parametrize("campaign_type", ["sms", "", "VOICE"])
def test_voice_query_campaign_type_must_be_voice(client: MockClient, campaign_type: str) -> None:
    assert_error(_post_voice(client, samples.voice_campaign(), campaign_type), 400, "campaignType")


def test_voice_query_campaign_type_is_required(client: MockClient) -> None:
    path = voice_campaigns_path(DEMO_BOT_ID).split("?")[0]
    assert_error(client.post(path, json=samples.voice_campaign(), headers=auth_headers(APP)), 400, "campaignType")


@pytest.mark.parametrize("campaign_type", ["voice", ""])
def test_sms_query_campaign_type_must_be_sms(client: MockClient, campaign_type: str) -> None:
    assert_error(_post_sms(client, samples.sms_campaign(), campaign_type), 400, "campaignType")


def test_repeated_query_parameter_is_refused(client: MockClient) -> None:
    path = voice_campaigns_path(DEMO_BOT_ID) + "&campaignType=voice"
    assert_error(client.post(path, json=samples.voice_campaign(), headers=auth_headers(APP)), 400, "campaignType")


@pytest.mark.parametrize("operation", ["create_sms", "get"])
def test_query_account_id_is_required_where_documented(client: MockClient, operation: str) -> None:
    if operation == "create_sms":
        path = f"/campaign/api/v2/public/{DEMO_BOT_ID}/campaign?campaignType=sms"
        response = client.post(path, json=samples.sms_campaign(), headers=auth_headers(APP))
    else:
        created = _post_voice(client, samples.voice_campaign()).json()["data"]
        path = f"/campaign/api/v2/public/{DEMO_BOT_ID}/campaign/{created['id']}"
        response = client.get(path, headers=auth_headers(APP))
    assert_error(response, 400, "accountId")


def test_all_violations_are_reported_at_once(client: MockClient) -> None:
    body = samples.voice_campaign()
    body["name"] = ""
    body["priority"] = 5
    body["contactLists"] = ["Recent Buyers - Q2 2025", "Nope"]
    body["dialingStrategy"]["callingHours"]["days"][2]["day"] = "XX"
    body["dialingStrategy"]["maxRingTime"] = 500
    del body["enableMachineDetect"]
    # An unknown type (the v1 URL now also takes sms, with the SMS body's rules).
    errors = assert_error(_post_voice(client, body, "fax"), 400)
    assert {error["field"] for error in errors} == {
        "campaignType",
        "name",
        "priority",
        "contactLists[1]",
        f"{DAYS}[2].day",
        "dialingStrategy.maxRingTime",
        "enableMachineDetect",
    }


def test_unknown_campaign_id_is_404(client: MockClient) -> None:
    path = campaign_path(DEMO_BOT_ID, "cd-00000000-0000-4000-8000-000000000000", DEMO_ACCOUNT_ID)
    assert_error(client.get(path, headers=auth_headers(APP)), 404, "campaignId")


# ---- conflicts -------------------------------------------------------------------------------


@pytest.mark.parametrize("second_name", ["Product Feedback Voice Campaign", "PRODUCT feedback VOICE campaign"])
def test_duplicate_name_is_409_case_insensitively(client: MockClient, second_name: str) -> None:
    assert _post_voice(client, samples.voice_campaign()).status_code == 200
    assert_error(_post_voice(client, changed(samples.voice_campaign(), "name", second_name)), 409, "name")


def test_voice_and_sms_share_one_name_space(client: MockClient) -> None:
    assert _post_voice(client, samples.voice_campaign()).status_code == 200
    sms = changed(samples.sms_campaign(), "name", "product feedback voice campaign")
    assert_error(_post_sms(client, sms), 409, "name")


def test_names_are_unique_per_bot_not_per_app() -> None:
    two_bots = RegisteredApp(
        client_id="cs-two-bots",
        client_secret=APP.client_secret,
        account_id=DEMO_ACCOUNT_ID,
        bot_ids=("st-bot-one", "st-bot-two"),
    )
    client = MockClient(mock_app(dialling=False, apps=[two_bots]))
    for bot_id in two_bots.bot_ids:
        path = voice_campaigns_path(bot_id)
        response = client.post(path, json=samples.voice_campaign(), headers=auth_headers(two_bots, bot_id))
        assert response.status_code == 200, response.text


def test_invalid_request_is_400_even_when_the_name_is_taken(client: MockClient) -> None:
    assert _post_voice(client, samples.voice_campaign()).status_code == 200
    assert_error(_post_voice(client, changed(samples.voice_campaign(), "priority", "9")), 400, "priority")


# ---- schedule --------------------------------------------------------------------------------


@pytest.fixture
def scheduled_client(client: MockClient) -> MockClient:
    assert _post_voice(client, samples.voice_campaign()).status_code == 200
    return client


def _schedule(client: MockClient, body: dict[str, Any], query: str | None = None) -> Any:
    path = schedule_path(DEMO_BOT_ID, "Product Feedback Voice Campaign")
    if query is not None:
        path = f"/campaign/api/v2/public/{DEMO_BOT_ID}/campaign/schedule{query}"
    return client.post(path, json=body, headers=auth_headers(APP))


DAILY = samples.daily_schedule(NOW)
WEEKLY = samples.weekly_schedule(NOW)
WEEKLY_DETAILS = "recurrenceObject.weeklyDetails"

SCHEDULE_CASES: list[tuple[dict[str, Any], str, object, str | None]] = [
    (DAILY, "startDateTime", DELETE, None),
    (DAILY, "startDateTime", f"{NOW.year + 1}-01-1 18:29:00", None),
    (DAILY, "startDateTime", f"{NOW.year + 1}-02-30 10:00:00", None),
    (DAILY, "startDateTime", f"{NOW.year + 1}-01-27T18:29:00", None),
    (DAILY, "startDateTime", f"{NOW.year + 1}-01-27 24:00:00", None),
    (DAILY, "startDateTime", f"{NOW.year + 1}-01-27 18:29:00Z", None),
    (DAILY, "startDateTime", 1767225600, None),
    (DAILY, "endDateTime", DELETE, None),
    (DAILY, "endDateTime", "2030-06-15 11:59:59", None),
    (DAILY, "endDateTime", "2030-06-15 12:00:00", None),
    (DAILY, "endDateTime", f"{NOW.year + 1}-01-27 18:29:00", None),
    (DAILY, "endDateTime", f"{NOW.year + 1}-01-20 18:29:00", None),
    (DAILY, "recurrenceObject", DELETE, None),
    (DAILY, "recurrenceObject", "Daily", None),
    (DAILY, "recurrenceObject.recurType", "Monthly", None),
    (DAILY, "recurrenceObject.recurType", "daily", None),
    (DAILY, "recurrenceObject.recurType", DELETE, None),
    (DAILY, "recurrenceObject.dailyDetails", DELETE, None),
    (DAILY, "recurrenceObject.dailyDetails.onceEveryNdays", 0, None),
    (DAILY, "recurrenceObject.dailyDetails.onceEveryNdays", "1", None),
    (DAILY, "recurrenceObject.dailyDetails.onceEveryNdays", 1.5, None),
    (WEEKLY, WEEKLY_DETAILS, DELETE, None),
    (WEEKLY, f"{WEEKLY_DETAILS}.onceEveryNweeks", 0, None),
    (WEEKLY, f"{WEEKLY_DETAILS}.onceEveryNweeks", DELETE, None),
    (WEEKLY, f"{WEEKLY_DETAILS}.whichDays", [], None),
    (WEEKLY, f"{WEEKLY_DETAILS}.whichDays", DELETE, None),
    (WEEKLY, f"{WEEKLY_DETAILS}.whichDays", "Mon", None),
    (WEEKLY, f"{WEEKLY_DETAILS}.whichDays", ["Monday"], f"{WEEKLY_DETAILS}.whichDays[0]"),
    (WEEKLY, f"{WEEKLY_DETAILS}.whichDays", ["Mon", "Tue", "Mon"], f"{WEEKLY_DETAILS}.whichDays[2]"),
    (WEEKLY, f"{WEEKLY_DETAILS}.whichDays", ["MO"], f"{WEEKLY_DETAILS}.whichDays[0]"),
]


@pytest.mark.parametrize(("base", "path", "value", "field"), SCHEDULE_CASES)
def test_schedule_rule(
    scheduled_client: MockClient, base: dict[str, Any], path: str, value: object, field: str | None
) -> None:
    assert_error(_schedule(scheduled_client, changed(base, path, value)), 400, field or path)


def test_weekly_details_under_the_tables_name_dailydetails_is_refused(scheduled_client: MockClient) -> None:
    # The weekly page's table names the object dailyDetails; the sample's weeklyDetails wins.
    body = copy.deepcopy(WEEKLY)
    body["recurrenceObject"]["dailyDetails"] = body["recurrenceObject"].pop("weeklyDetails")
    assert_error(_schedule(scheduled_client, body), 400, WEEKLY_DETAILS)


def test_start_in_the_past_is_accepted_when_end_is_in_the_future(scheduled_client: MockClient) -> None:
    body = changed(DAILY, "startDateTime", "2020-01-01 00:00:00")
    assert _schedule(scheduled_client, body).status_code == 200


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("?enableSchedule=TRUE&campaignName=Product%20Feedback%20Voice%20Campaign", "enableSchedule"),
        ("?enableSchedule=1&campaignName=Product%20Feedback%20Voice%20Campaign", "enableSchedule"),
        ("?enableSchedule=&campaignName=Product%20Feedback%20Voice%20Campaign&enableSchedule=true", "enableSchedule"),
        ("?enableSchedule=true", "campaignName"),
        ("?enableSchedule=true&campaignName=", "campaignName"),
        (f"?enableSchedule=true&campaignName={'x' * (NAME_MAX_LENGTH + 1)}", "campaignName"),
    ],
)
def test_schedule_query_rule(scheduled_client: MockClient, query: str, field: str) -> None:
    errors = assert_error(_schedule(scheduled_client, DAILY, query), 400, field)
    if field == "enableSchedule" and "=true" not in query:
        assert any("enableSchedule must be true or false" in error["msg"] for error in errors)


def test_enable_schedule_left_out_is_refused(scheduled_client: MockClient) -> None:
    # Every schedule page marks enableSchedule "boolean, required"; the spec's default is the client's to send.
    response = _schedule(scheduled_client, DAILY, "?campaignName=Product%20Feedback%20Voice%20Campaign")
    errors = assert_error(response, 400, "enableSchedule")
    assert any("enableSchedule is required" in error["msg"] for error in errors)


def test_schedule_reports_query_and_body_problems_together(scheduled_client: MockClient) -> None:
    body = changed(DAILY, "recurrenceObject.recurType", "Hourly")
    errors = assert_error(_schedule(scheduled_client, body, "?enableSchedule=yes"), 400)
    assert {error["field"] for error in errors} == {"enableSchedule", "campaignName", "recurrenceObject.recurType"}


def test_schedule_of_unknown_campaign_is_404(scheduled_client: MockClient) -> None:
    path = schedule_path(DEMO_BOT_ID, "No Such Campaign")
    assert_error(scheduled_client.post(path, json=DAILY, headers=auth_headers(APP)), 404, "campaignName")


def test_schedule_validation_precedes_existence(client: MockClient) -> None:
    path = schedule_path(DEMO_BOT_ID, "No Such Campaign")
    body = changed(DAILY, "endDateTime", DELETE)
    assert_error(client.post(path, json=body, headers=auth_headers(APP)), 400, "endDateTime")
