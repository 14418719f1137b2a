"""The v2 pages' rules: each refuses with 400 naming the field; list filters, sort and paging; tenant isolation."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime
from typing import Any

import pytest
from kore_campaigns_mock import DEMO_ACCOUNT_ID, DEMO_BOT_ID, demo_app, samples
from kore_campaigns_mock.limits import CAMPAIGN_NAME_MAX_LENGTH as NAME_MAX_LENGTH
from kore_campaigns_mock.testing import (
    MockClient,
    assert_error,
    auth_headers,
    callback_path,
    campaign_path,
    disable_schedule_path,
    list_path,
    mock_app,
    no_prefix_sms_path,
    sms_start_path,
    sms_stop_path,
    status_path,
    two_tenants,
    typed_campaign_path,
    v2_campaigns_path,
    voice_campaigns_path,
    voice_trigger_path,
)
from test_mock_http import _mutated
from test_mock_validation import DELETE, changed

from scripts.spec_facts import SpecFacts, load

APP = demo_app()
NOW = datetime(2030, 6, 15, 12, 0, 0, tzinfo=UTC)
DAYS = "dialingStrategy.callingHours.days"


@pytest.fixture
def client() -> MockClient:
    return MockClient(mock_app(dialling=False, rate_limit_per_minute=0, clock=NOW.timestamp))


def _create(client: MockClient, body: dict[str, Any], campaign_type: str) -> Any:
    return client.post(
        v2_campaigns_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID, campaign_type), json=body, headers=auth_headers(APP)
    )


AGENTLESS, PROGRESSIVE, PREVIEW = (
    samples.voice_campaign_agentless_v2(),
    samples.voice_campaign_progressive_v2(),
    samples.voice_campaign_preview_v2(),
)
VOICE_V2_CASES: list[tuple[dict[str, Any], str, object, str | None]] = [
    (AGENTLESS, "dncLists", DELETE, None),
    (AGENTLESS, "dncLists", {}, "dncLists.name"),
    (AGENTLESS, "dncLists.name", "No Such List", None),
    (AGENTLESS, "enableMachineDetect", DELETE, None),
    (AGENTLESS, "enableMachineDetect", False, None),
    (AGENTLESS, "enableMachineDetect", "yes", None),
    (AGENTLESS, "experienceFlowName", DELETE, None),
    (AGENTLESS, "name", "x" * (NAME_MAX_LENGTH + 1), None),
    (AGENTLESS, "campaignType", "sms", None),
    (AGENTLESS, f"{DAYS}[0].day", "Monday", None),
    (PROGRESSIVE, "queue_name", DELETE, None),
    (PROGRESSIVE, "queue_name", "", None),
    (PREVIEW, "queue_name", DELETE, None),
    (PREVIEW, "maxSkips", DELETE, None),
    (PREVIEW, "maxSkips", -1, None),
    (PREVIEW, "maxSkips", "1", None),
    (PREVIEW, "dialingStrategy.maxRingTime", 121, None),
]


@pytest.mark.parametrize(("base", "path", "value", "field"), VOICE_V2_CASES)
def test_voice_v2_rule(client: MockClient, base: dict[str, Any], path: str, value: object, field: str | None) -> None:
    assert_error(_create(client, changed(base, path, value), "voice"), 400, field or path)


@pytest.mark.parametrize(
    ("base", "path", "value"),
    [
        # Only Agentless needs machine detection and a flow; only Preview needs maxSkips.
        (PROGRESSIVE, "enableMachineDetect", "detect"),
        (PREVIEW, "maxSkips", 0),
        (AGENTLESS, "queue_name", "Default Queue"),
        (AGENTLESS, "enableMachineDetect", "disconnect"),
    ],
)
def test_voice_v2_variants_are_accepted(client: MockClient, base: dict[str, Any], path: str, value: object) -> None:
    response = _create(client, changed(base, path, value), "voice")
    assert response.status_code == 200, response.text


def test_machine_detect_answers_as_a_boolean(client: MockClient) -> None:
    data = _create(client, changed(AGENTLESS, "enableMachineDetect", "detect"), "voice").json()["data"]
    assert data["enableMachineDetect"] is True


def _create_v1(client: MockClient, body: dict[str, Any]) -> Any:
    return client.post(voice_campaigns_path(DEMO_BOT_ID), json=body, headers=auth_headers(APP))


@pytest.mark.parametrize(("path", "value"), [("maxSkips", DELETE), ("maxSkips", -1), ("queue_name", DELETE)])
def test_v1_preview_needs_a_queue_and_max_skips(client: MockClient, path: str, value: object) -> None:
    assert_error(_create_v1(client, changed(samples.voice_campaign_preview(), path, value)), 400, path)


def test_v1_preview_answers_in_its_short_form(client: MockClient) -> None:
    # The v1 Preview page answers {status, message, id, data: {campId}}, unlike Agentless and Progressive.
    answer = _create_v1(client, samples.voice_campaign_preview()).json()
    assert set(answer) == {"status", "message", "id", "data"}
    assert answer["data"] == {"campId": answer["id"]} and answer["id"].startswith("cd-")
    assert "dialingMode" in _create_v1(client, samples.voice_campaign()).json()["data"]


SMS_V2_CASES: list[tuple[dict[str, Any], str, object, str | None]] = [
    (samples.sms_campaign_advanced(), "experienceFlowName", DELETE, None),
    (samples.sms_campaign_advanced(), "experienceFlowName", "", None),
    (samples.sms_campaign_advanced(), "description", DELETE, None),
    (samples.sms_campaign_advanced(), "priority", DELETE, None),
    (samples.sms_campaign_without_template(), "message", DELETE, None),
    (
        samples.sms_campaign_without_template(),
        "message.message",
        "TWVzc2FnZSBmb3IgeW91ciB0YXJnZXRlZCBjdXN0b21lcg%xxxxx",
        None,
    ),
]


@pytest.mark.parametrize(("base", "path", "value", "field"), SMS_V2_CASES)
def test_sms_v2_rule(client: MockClient, base: dict[str, Any], path: str, value: object, field: str | None) -> None:
    assert_error(_create(client, changed(base, path, value), "sms"), 400, field or path)


@pytest.mark.parametrize("query", ["campaignType=", "campaignType=email", "campaignType=voice&campaignType=sms", ""])
def test_v2_create_needs_one_campaign_type(client: MockClient, query: str) -> None:
    path = f"/campaign/api/v2/public/{DEMO_BOT_ID}/campaign?accountId={DEMO_ACCOUNT_ID}&{query}"
    assert_error(client.post(path, json=AGENTLESS, headers=auth_headers(APP)), 400, "campaignType")


def test_no_prefix_path_creates_sms_only(client: MockClient) -> None:
    path = no_prefix_sms_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID).replace("campaignType=sms", "campaignType=voice")
    assert_error(client.post(path, json=AGENTLESS, headers=auth_headers(APP)), 400, "campaignType")


# ---- update ---------------------------------------------------------------------------------------


def _created_id(client: MockClient, body: dict[str, Any], campaign_type: str) -> str:
    data = _create(client, body, campaign_type).json()["data"]
    return str(data.get("id") or data["_id"])


@pytest.mark.parametrize(
    ("path", "value"),
    [("dncLists", DELETE), ("priority", "9"), ("dialingMode", "Predictive"), ("name", ""), ("campaignType", "sms")],
)
def test_update_rule(client: MockClient, path: str, value: object) -> None:
    campaign_id = _created_id(client, AGENTLESS, "voice")
    url = typed_campaign_path(DEMO_BOT_ID, campaign_id, DEMO_ACCOUNT_ID, "voice")
    body = changed(samples.voice_campaign_update(), path, value)
    assert_error(client.put(url, json=body, headers=auth_headers(APP)), 400, path)


def test_update_to_another_campaigns_name_is_409(client: MockClient) -> None:
    campaign_id = _created_id(client, AGENTLESS, "voice")
    _created_id(client, PROGRESSIVE, "voice")
    url = typed_campaign_path(DEMO_BOT_ID, campaign_id, DEMO_ACCOUNT_ID, "voice")
    body = changed(samples.voice_campaign_update(), "name", PROGRESSIVE["name"].upper())
    assert_error(client.put(url, json=body, headers=auth_headers(APP)), 409, "name")
    # Its own name in another case is fine.
    body = changed(samples.voice_campaign_update(), "name", AGENTLESS["name"].upper())
    assert client.put(url, json=body, headers=auth_headers(APP)).status_code == 200


def test_update_of_unknown_campaign_is_404(client: MockClient) -> None:
    url = typed_campaign_path(DEMO_BOT_ID, "cd-none", DEMO_ACCOUNT_ID, "voice")
    assert_error(client.put(url, json=samples.voice_campaign_update(), headers=auth_headers(APP)), 404, "campaignId")


# ---- trigger, status, contacts --------------------------------------------------------------------


# A trigger no list of the spec's holds (never a guess at the next one, such as `pause`).
NOT_A_TRIGGER = SpecFacts.not_one_of(load().enum("triggerVoiceCampaign", "trigger"))


@pytest.mark.parametrize(
    "query", [f"trigger={NOT_A_TRIGGER}", "trigger=", "trigger=play&trigger=stop", "campaignType=voice"]
)
def test_voice_trigger_needs_play_or_stop(client: MockClient, query: str) -> None:
    campaign_id = _created_id(client, AGENTLESS, "voice")
    path = f"/api/v2/public/{DEMO_BOT_ID}/campaign/trigger/{campaign_id}?{query}"
    assert_error(client.post(path, headers=auth_headers(APP)), 400, "trigger")


def test_sms_trigger_paths_require_their_type_and_trigger(client: MockClient) -> None:
    # Every trigger page marks campaignType and trigger "string, required"; openapi.yaml gives the URL's only
    # value as the generated client's default, so a client always sends them.
    campaign_id = _created_id(client, samples.sms_campaign_advanced(), "sms")
    start = f"/campaign/api/v2/public/{DEMO_BOT_ID}/campaign/{campaign_id}"
    assert_error(client.post(start, headers=auth_headers(APP)), 400, "campaignType")
    assert client.post(start + "?campaignType=sms&trigger=play", headers=auth_headers(APP)).json()["status"] == "Active"
    stop = f"/campaign/api/v2/public/{DEMO_BOT_ID}/campaign/trigger/{campaign_id}"
    assert_error(client.post(stop, headers=auth_headers(APP)), 400, "trigger")
    assert client.post(stop + "?campaignType=sms&trigger=stop", headers=auth_headers(APP)).json()["status"] == "Stopped"


@pytest.mark.parametrize("double_slash", [True, False])
def test_sms_stop_is_served_with_and_without_the_pages_double_slash(client: MockClient, double_slash: bool) -> None:
    campaign_id = _created_id(client, samples.sms_campaign_advanced(), "sms")
    assert client.post(sms_start_path(DEMO_BOT_ID, campaign_id), headers=auth_headers(APP)).status_code == 200
    path = sms_stop_path(DEMO_BOT_ID, campaign_id, DEMO_ACCOUNT_ID, double_slash=double_slash)
    assert client.post(path, json={}, headers=auth_headers(APP)).json()["status"] == "Stopped"


@pytest.mark.parametrize("body", [b"[]", b'"play"', b"{"])
def test_trigger_body_must_be_an_object_when_sent(client: MockClient, body: bytes) -> None:
    campaign_id = _created_id(client, AGENTLESS, "voice")
    path = voice_trigger_path(DEMO_BOT_ID, campaign_id, DEMO_ACCOUNT_ID, "play")
    assert_error(client.post(path, content=body, headers=auth_headers(APP)), 400, "body")


@pytest.mark.parametrize(
    ("view", "body", "field"),
    [
        ("everything", {}, "view"),
        ("contacts", {"page": 0}, "page"),
        ("contacts", {"limit": 101}, "limit"),
        ("contacts", {"limit": 0}, "limit"),
        ("contacts", {"limit": "10"}, "limit"),
        ("contacts", {"page": 1.5}, "page"),
    ],
)
def test_status_view_rule(client: MockClient, view: str, body: dict[str, Any], field: str) -> None:
    campaign_id = _created_id(client, AGENTLESS, "voice")
    path = status_path(DEMO_BOT_ID, campaign_id, DEMO_ACCOUNT_ID, view)
    assert_error(client.post(path, json=body, headers=auth_headers(APP)), 400, field)


def test_status_view_is_the_default_and_contacts_page_echoes_paging(client: MockClient) -> None:
    campaign_id = _created_id(client, AGENTLESS, "voice")
    bare = f"/campaign/api/v2/public/{DEMO_BOT_ID}/campaign/{campaign_id}/status"
    assert client.post(bare, headers=auth_headers(APP)).json() == {
        "status": "success",
        "data": {"id": campaign_id, "status": "Ready", "name": AGENTLESS["name"]},
    }
    contacts = client.post(bare + "?view=contacts", json={"page": 3, "limit": 7}, headers=auth_headers(APP)).json()
    assert contacts["data"] == {"results": [], "page": 3, "limit": 7, "totalPages": 0, "totalResults": 0}
    assert_error(client.post(bare.replace(campaign_id, "cd-none"), headers=auth_headers(APP)), 404, "campaignId")


# ---- disable schedule, call-backs -----------------------------------------------------------------


def test_disable_refuses_a_schedule_body_naming_its_fields(client: MockClient) -> None:
    _created_id(client, AGENTLESS, "voice")
    path = disable_schedule_path(DEMO_BOT_ID, AGENTLESS["name"])
    errors = assert_error(client.post(path, json=samples.daily_schedule(NOW), headers=auth_headers(APP)), 400)
    assert {error["field"] for error in errors} == {"startDateTime", "endDateTime", "recurrenceObject"}
    assert client.post(path, headers=auth_headers(APP)).status_code == 200  # no body at all is fine too


def test_disable_of_unknown_campaign_is_404(client: MockClient) -> None:
    path = disable_schedule_path(DEMO_BOT_ID, "No Such Campaign")
    assert_error(client.post(path, json={}, headers=auth_headers(APP)), 404, "campaignName")


def _running_instance(client: MockClient) -> str:
    campaign_id = _created_id(client, AGENTLESS, "voice")
    path = voice_trigger_path(DEMO_BOT_ID, campaign_id, DEMO_ACCOUNT_ID, "play")
    return str(client.post(path, json={}, headers=auth_headers(APP)).json()["campaignInstanceId"])


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"campaignDialingListId": "c1", "timeToContact": "2031-01-01T00:00:00Z"}, "body"),
        ([], "body"),
        (["c1"], "body[0]"),
        ([{"timeToContact": "2031-01-01T00:00:00Z"}], "body[0].campaignDialingListId"),
        ([{"campaignDialingListId": "", "timeToContact": "2031-01-01T00:00:00Z"}], "body[0].campaignDialingListId"),
        ([{"campaignDialingListId": "c1"}], "body[0].timeToContact"),
        ([{"campaignDialingListId": "c1", "timeToContact": "2031-01-01 00:00:00"}], "body[0].timeToContact"),
        ([{"campaignDialingListId": "c1", "timeToContact": "2031-01-01T00:00:00"}], "body[0].timeToContact"),
        ([{"campaignDialingListId": "c1", "timeToContact": "2031-02-30T00:00:00Z"}], "body[0].timeToContact"),
        ([{"campaignDialingListId": "c1", "timeToContact": 1924992000}], "body[0].timeToContact"),
    ],
)
def test_call_back_rule(client: MockClient, body: object, field: str) -> None:
    path = callback_path(DEMO_BOT_ID, _running_instance(client))
    assert_error(client.post(path, json=body, headers=auth_headers(APP)), 400, field)


def test_call_backs_answer_per_item(client: MockClient) -> None:
    path = callback_path(DEMO_BOT_ID, _running_instance(client))
    body = [
        {"campaignDialingListId": "c-past", "timeToContact": "2030-06-15T11:59:59Z"},
        {"campaignDialingListId": "c-future", "timeToContact": "2030-06-15T17:31:00+05:30"},
    ]
    assert client.post(path, json=body, headers=auth_headers(APP)).json() == {
        "status": "success",
        "data": [
            {"campaignDialingListId": "c-past", "status": "failed", "reason": "time_in_past"},
            {"campaignDialingListId": "c-future", "status": "success"},
        ],
    }
    assert_error(client.post(callback_path(DEMO_BOT_ID, "cid-none"), json=body, headers=auth_headers(APP)), 404)


# ---- list -----------------------------------------------------------------------------------------


def _list(client: MockClient, body: dict[str, Any]) -> Any:
    return client.post(list_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID), json=body, headers=auth_headers(APP))


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "type"),
        ({"type": "email"}, "type"),
        ({"type": "voice", "limit": 0}, "limit"),
        ({"type": "voice", "page": 0}, "page"),
        ({"type": "voice", "skip": -1}, "skip"),
        ({"type": "voice", "skip": "0"}, "skip"),
        ({"type": "voice", "startDate": "2025-12-01"}, "startDate"),
        ({"type": "voice", "endDate": "2025-12-01T00:00:00.000"}, "endDate"),
        ({"type": "voice", "startDate": "2025-12-02T00:00:00Z", "endDate": "2025-12-01T00:00:00Z"}, "endDate"),
        ({"type": "voice", "sortBy": {"name": "up"}}, "sortBy.name"),
        ({"type": "voice", "sortBy": "name"}, "sortBy"),
        ({"type": "voice", "filters": {"status": ["Running"]}}, "filters.status[0]"),
        ({"type": "voice", "filters": {"status": "Ready"}}, "filters.status"),
        ({"type": "voice", "filters": {"priority": [6]}}, "filters.priority[0]"),
        ({"type": "voice", "filters": {"priority": ["5"]}}, "filters.priority[0]"),
        ({"type": "voice", "filters": {"dialingMode": ["Predictive"]}}, "filters.dialingMode[0]"),
    ],
)
def test_list_rule(client: MockClient, body: dict[str, Any], field: str) -> None:
    assert_error(_list(client, body), 400, field)


def _names(response: Any) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["name"] for item in response.json()["data"]["results"]]


def test_list_filters_sorts_and_pages(client: MockClient) -> None:
    voice = [AGENTLESS, PROGRESSIVE, PREVIEW]
    for body in voice:
        _created_id(client, body, "voice")
    sms_id = _created_id(client, samples.sms_campaign_advanced(), "sms")
    assert client.post(sms_start_path(DEMO_BOT_ID, sms_id), headers=auth_headers(APP)).status_code == 200
    by_name = sorted(body["name"] for body in voice)
    assert _names(_list(client, {"type": "voice", "sortBy": {"name": "asc"}})) == by_name
    assert _names(_list(client, {"type": "voice", "sortBy": {"name": "desc"}})) == by_name[::-1]
    modes = {"type": "voice", "filters": {"dialingMode": ["Progressive", "Preview"]}, "sortBy": {"name": "asc"}}
    assert _names(_list(client, modes)) == sorted([PROGRESSIVE["name"], PREVIEW["name"]])
    assert _names(_list(client, {"type": "voice", "filters": {"priority": [1, 2]}})) == []
    assert _names(_list(client, {"type": "sms", "filters": {"status": ["Active"]}})) == [
        samples.sms_campaign_advanced()["name"]
    ]
    assert _names(_list(client, {"type": "sms", "filters": {"status": ["Ready"]}})) == []
    window = {"startDate": "2030-06-15T12:00:00.000Z", "endDate": "2030-06-15T12:00:00.000Z"}
    assert len(_names(_list(client, {"type": "voice", **window}))) == 3
    assert _names(_list(client, {"type": "voice", "endDate": "2030-06-15T11:59:59Z"})) == []
    page = _list(client, {"type": "voice", "limit": 2, "page": 2, "sortBy": {"name": "asc"}}).json()["data"]
    assert [item["name"] for item in page["results"]] == by_name[2:]
    assert (page["skip"], page["limit"], page["hasMore"], page["totalPages"], page["totalResults"]) == (
        2,
        2,
        False,
        2,
        3,
    )
    first = _list(client, {"type": "voice", "limit": 2, "skip": "", "page": "", "sortBy": {"name": "asc"}})
    assert first.json()["data"]["hasMore"] is True and _names(first) == by_name[:2]
    skipped = _list(client, {"type": "voice", "skip": 1, "sortBy": {"name": "asc"}})
    assert _names(skipped) == by_name[1:]


def test_list_items_have_the_samples_fields(client: MockClient) -> None:
    _created_id(client, PREVIEW, "voice")
    _created_id(client, samples.sms_campaign_without_template(), "sms")
    voice = _list(client, {"type": "voice"}).json()["data"]["results"][0]
    assert voice["connection"] == "Default Queue" and voice["_id"].startswith("cd-") and "id" not in voice
    assert voice["campaignInstanceUpdatedAt"] == voice["updatedAt"]
    sms = _list(client, {"type": "sms"}).json()["data"]["results"][0]
    assert sms["id"].startswith("cd-") and "_id" not in sms
    assert sms["totalMessagesSent"] == 0 and sms["campaignExecutionType"] == "NORMAL" and sms["format"] == "simple"


# ---- two tenants ----------------------------------------------------------------------------------


def test_every_new_operation_is_isolated_per_tenant() -> None:
    tenant_a, tenant_b = two_tenants()
    client = MockClient(
        mock_app(dialling=False, apps=[tenant_a, tenant_b], rate_limit_per_minute=0, clock=NOW.timestamp)
    )
    own_a = auth_headers(tenant_a)
    acct_a = tenant_a.account_id
    voice = client.post(v2_campaigns_path("st-bot-a", acct_a, "voice"), json=AGENTLESS, headers=own_a).json()["data"]
    sms_body = samples.sms_campaign_advanced()
    sms = client.post(v2_campaigns_path("st-bot-a", acct_a, "sms"), json=sms_body, headers=own_a).json()["data"]
    run = client.post(voice_trigger_path("st-bot-a", voice["id"], acct_a, "play"), headers=own_a).json()
    instance = run["campaignInstanceId"]

    def requests(bot: str, account: str) -> list[tuple[str, str, Any, str]]:
        """(method, path, body, field a 404 names) for every new operation, aimed at A's campaigns."""
        return [
            ("PUT", typed_campaign_path(bot, sms["_id"], account, "sms"), sms_body, "campaignId"),
            ("DELETE", typed_campaign_path(bot, sms["_id"], account, "sms"), None, "campaignId"),
            ("POST", voice_trigger_path(bot, voice["id"], account, "stop"), {}, "campaignId"),
            ("POST", sms_start_path(bot, sms["_id"]), {}, "campaignId"),
            ("POST", sms_stop_path(bot, sms["_id"], account), {}, "campaignId"),
            ("POST", status_path(bot, voice["id"], account), {}, "campaignId"),
            ("POST", status_path(bot, voice["id"], account, "contacts"), {}, "campaignId"),
            ("POST", disable_schedule_path(bot, AGENTLESS["name"]), {}, "campaignName"),
            ("POST", callback_path(bot, instance), [{"campaignDialingListId": "c", "timeToContact": FUTURE}],
             "campaignInstanceId"),
        ]  # fmt: skip

    # B's token aimed at A's bot and account: 403 before anything is looked up.
    as_a = auth_headers(tenant_b, bot_id="st-bot-a") | {"accountId": acct_a}
    for method, path, body, _ in requests("st-bot-a", acct_a):
        assert_error(client.request(method, path, json=body, headers=as_a), 403)
    assert_error(client.post(list_path("st-bot-a", acct_a), json={"type": "voice"}, headers=as_a), 403)
    # B's own bot knows nothing of A's campaigns.
    own_b = auth_headers(tenant_b)
    for method, path, body, field in requests("st-bot-b", tenant_b.account_id):
        assert_error(client.request(method, path, json=body, headers=own_b), 404, field)
    for campaign_type in ("voice", "sms"):
        listing = client.post(list_path("st-bot-b", tenant_b.account_id), json={"type": campaign_type}, headers=own_b)
        assert listing.json()["data"]["totalResults"] == 0
        listing = client.post(list_path("st-bot-a", acct_a), json={"type": campaign_type}, headers=own_a)
        assert listing.json()["data"]["totalResults"] == 1
    # A's campaigns are untouched.
    detail = client.get(campaign_path("st-bot-a", voice["id"], acct_a), headers=own_a).json()["data"]
    assert detail["status"] == "Active" and detail["campaignInstanceId"] == instance
    assert client.get(campaign_path("st-bot-a", sms["_id"], acct_a), headers=own_a).json()["data"]["status"] == "Ready"


FUTURE = "2030-06-16T09:30:00Z"


def test_odd_inputs_to_the_new_operations_never_produce_a_server_error() -> None:
    rng = random.Random(20261123)
    client = MockClient(mock_app(dialling=False, rate_limit_per_minute=0, clock=NOW.timestamp))
    voice_id = _created_id(client, AGENTLESS, "voice")
    sms_id = _created_id(client, samples.sms_campaign_without_template(), "sms")
    started = client.post(voice_trigger_path(DEMO_BOT_ID, voice_id, DEMO_ACCOUNT_ID, "play"), headers=auth_headers(APP))
    instance = started.json()["campaignInstanceId"]
    targets: list[tuple[str, str, object]] = [
        ("POST", v2_campaigns_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID, "voice"), PREVIEW),
        ("POST", no_prefix_sms_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID), samples.sms_campaign_advanced()),
        ("PUT", typed_campaign_path(DEMO_BOT_ID, sms_id, DEMO_ACCOUNT_ID, "sms"), samples.sms_campaign_update()),
        ("PUT", typed_campaign_path(DEMO_BOT_ID, voice_id, DEMO_ACCOUNT_ID, "voice"), samples.voice_campaign_update()),
        ("POST", list_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID), samples.list_campaigns("voice")),
        ("POST", status_path(DEMO_BOT_ID, voice_id, DEMO_ACCOUNT_ID, "contacts"), samples.contacts_page()),
        ("POST", callback_path(DEMO_BOT_ID, instance), {"items": samples.call_backs()}),
        ("POST", disable_schedule_path(DEMO_BOT_ID, AGENTLESS["name"]), {"k": 1}),
        ("POST", sms_stop_path(DEMO_BOT_ID, sms_id, DEMO_ACCOUNT_ID), {}),
        ("POST", voice_trigger_path(DEMO_BOT_ID, voice_id, DEMO_ACCOUNT_ID, "stop"), {}),
    ]
    odd_queries = ["?campaignType=%00", "?trigger=play&trigger=%FF", "?view=", "?accountId=&campaignType=voice"]
    statuses: set[int] = set()
    for _ in range(300):
        method, path, sample = rng.choice(targets)
        if rng.random() < 0.15:
            path = path.split("?")[0] + rng.choice(odd_queries)
        mutated = _mutated(sample if isinstance(sample, dict) else {}, rng)
        if path.endswith("/callContactAt") and isinstance(mutated, dict) and "items" in mutated:
            mutated = mutated["items"]
        response = client.request(method, path, content=json.dumps(mutated).encode(), headers=auth_headers(APP))
        assert response.status_code < 500, (method, path, mutated, response.text)
        statuses.add(response.status_code)
    assert {200, 400} <= statuses
