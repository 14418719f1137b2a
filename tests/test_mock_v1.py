"""The mock's v1 URLs: every v1 page's sample request is accepted and answered in its page's shape, and v1
and v2 are two doors into one service (a campaign or contact list made through one is read, started,
changed and deleted through the other)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from kore_campaigns_mock import DEMO_ACCOUNT_ID, DEMO_BOT_ID, demo_app
from kore_campaigns_mock.testing import (
    MockClient,
    campaign_path,
    docs_curl_headers,
    mock_app,
    status_path,
    typed_campaign_path,
    v2_campaigns_path,
    voice_trigger_path,
)

SAMPLES: list[dict[str, Any]] = json.loads(
    (Path(__file__).resolve().parent / "docs_samples_v1.json").read_text(encoding="utf-8")
)["samples"]
APP = demo_app()
BOT = DEMO_BOT_ID
V1 = f"/agentassist/api/v1/public/{BOT}/campaign"
V1_TRIGGER = f"/campaign/api/v1/public/{BOT}/campaign"
V1_LISTS = f"{V1}/contactList"
V2_LISTS = f"/campaign/api/v2/public/{BOT}/campaign/contactList"
ACCOUNT = urlencode({"accountId": DEMO_ACCOUNT_ID})
JUNE_2025 = datetime(2025, 6, 20, 9, 0, tzinfo=UTC).timestamp()


def sample(slug: str, kind: str) -> Any:
    [found] = [s["value"] for s in SAMPLES if s["slug"] == slug and s["kind"] == kind]
    return found


def query_of(slug: str) -> str:
    [found] = {json.dumps(s["query"]) for s in SAMPLES if s["slug"] == slug}
    return urlencode(json.loads(found))


@pytest.fixture
def client() -> MockClient:
    return MockClient(mock_app(dialling=False, rate_limit_per_minute=0))


def ok(response: Any) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    answer = response.json()
    assert isinstance(answer, dict)
    return answer


def headers() -> dict[str, str]:
    return docs_curl_headers(APP)


def new_list(client: MockClient, name: str) -> str:
    """A contact list made through v1 (the samples name lists the mock does not seed); its id."""
    body = {"name": name, "description": "For the v1 samples.", "source": "passiveApi"}
    return str(ok(client.post(f"{V1_LISTS}/createContactList", json=body, headers=headers()))["data"]["_id"])


def with_lists(client: MockClient, body: dict[str, Any]) -> None:
    lists = ok(client.post(f"{V1_LISTS}/getAllListDetails", headers=headers()))["data"]
    existing = {item["name"] for item in lists}
    for name in body.get("contactLists", []):
        if name not in existing:
            new_list(client, name)
            existing.add(name)


def created_v1(client: MockClient, slug: str) -> tuple[str, dict[str, Any]]:
    """A campaign made from a v1 create page's sample through the v1 create; its id and the answer."""
    body = sample(slug, "request")
    with_lists(client, body)
    answer = ok(client.post(f"{V1}?{query_of(slug)}", json=body, headers=headers()))
    data = answer["data"]
    return str(data.get("id", data.get("_id"))), answer


def keys(value: Any) -> set[str]:
    return set(value) if isinstance(value, dict) else set()


def assert_same_shape(
    answer: dict[str, Any],
    page: dict[str, Any],
    *,
    absent_from_page: set[str] = frozenset(),  # type: ignore[assignment]
    absent_from_answer: set[str] = frozenset(),  # type: ignore[assignment]
) -> None:
    """The answer has the page's top-level keys and the page's `data` keys (a list: its items'), give or take
    what the page's own campaign has and the test's does not (`absent_from_answer`: a run's instance id, say)
    or the other way round (`absent_from_page`)."""
    assert keys(answer) == keys(page), (sorted(keys(answer)), sorted(keys(page)))
    mine, theirs = answer.get("data"), page.get("data")
    if isinstance(theirs, dict) and isinstance(theirs.get("results"), list) and theirs["results"]:
        assert isinstance(mine, dict) and keys(mine) == keys(theirs)
        mine, theirs = (mine["results"] or [{}])[0], theirs["results"][0]
    elif isinstance(theirs, list) and theirs:
        assert isinstance(mine, list) and mine
        mine, theirs = mine[0], theirs[0]
    assert keys(theirs) - keys(mine) <= absent_from_answer, sorted(keys(theirs) - keys(mine) - absent_from_answer)
    assert keys(mine) - keys(theirs) <= absent_from_page, sorted(keys(mine) - keys(theirs) - absent_from_page)


# ---- every v1 page's sample, against a fresh mock -----------------------------------------------------------

# What a campaign of the mock shows that the page's sample campaign happens not to have (an SMS campaign made
# from a plain message has no experience flow, one made from a template no `format`...).
CAMPAIGN_EXTRAS = {"experienceFlow", "queue_name", "schedule", "campaignType", "campaignInstanceId", "maxSkips"}


@pytest.mark.parametrize(
    "slug",
    [
        "create-sms-campaign-using-template",
        "create-sms-campaign-without-template",
        "create-sms-campaign-advanced-format",
        "create-voice-campaign-agentless",
        "create-voice-campaign-progressive",
    ],
)
def test_each_v1_create_sample_is_accepted_and_answered_in_its_pages_shape(client: MockClient, slug: str) -> None:
    campaign_id, answer = created_v1(client, slug)
    assert campaign_id.startswith("cd-")
    assert_same_shape(answer, sample(slug, "response"), absent_from_page=CAMPAIGN_EXTRAS)
    request = sample(slug, "request")
    assert answer["data"]["name"] == request["name"]
    assert answer["data"]["status"] == ("Preparing" if request["campaignType"] == "voice" else "Ready")


@pytest.mark.parametrize(
    ("slug", "made_from", "page_lacks"),
    [
        # The voice page's sample is an advanced SMS campaign without the lname and description its table lists
        # (decisions in openapi.yaml).
        ("get-voice-campaign-by-id", "create-sms-campaign-advanced-format", {"lname", "description"}),
        ("get-sms-campaign-by-id", "create-sms-campaign-advanced-format", set()),
        ("delete-voice-campaign", "create-voice-campaign-progressive", set()),
        # The v1 SMS samples show enableMachineDetect (false) except this one.
        ("delete-sms-campaign", "create-sms-campaign-advanced-format", {"enableMachineDetect"}),
    ],
)
def test_v1_reads_and_deletes_answer_in_their_pages_shape(
    client: MockClient, slug: str, made_from: str, page_lacks: set[str]
) -> None:
    campaign_id, _ = created_v1(client, made_from)
    query = query_of(slug)
    method = "DELETE" if slug.startswith("delete") else "GET"
    answer = ok(client.request(method, f"{V1}/{campaign_id}?{query}", headers=headers()))
    # The delete pages' campaigns had run (an instance id) and been made in other modes than the test's.
    assert_same_shape(
        answer,
        sample(slug, "response"),
        absent_from_page=CAMPAIGN_EXTRAS | {"dialingMode", "format"} | page_lacks,
        absent_from_answer={"campaignInstanceId", "maxSkips", "experienceFlow", "format"},
    )
    assert "isImported" not in answer["data"] and "useSystemMappings" not in answer["data"]["dialingStrategy"]


@pytest.mark.parametrize(
    ("slug", "made_from"),
    [
        ("update-voice-campaign", "create-voice-campaign-agentless"),
        ("update-sms-campaign", "create-sms-campaign-advanced-format"),
    ],
)
def test_v1_update_samples_are_accepted_and_answered_in_their_pages_shape(
    client: MockClient, slug: str, made_from: str
) -> None:
    campaign_id, _ = created_v1(client, made_from)
    body = sample(slug, "request")
    with_lists(client, body)
    answer = ok(client.put(f"{V1}/{campaign_id}?{query_of(slug)}", json=body, headers=headers()))
    assert_same_shape(answer, sample(slug, "response"), absent_from_page=CAMPAIGN_EXTRAS)
    assert answer["data"]["name"] == body["name"]
    if body["campaignType"] == "voice":
        # The v1 voice page names the id `id`, at the top and in data.
        assert answer["id"] == answer["data"]["id"] == campaign_id and "_id" not in answer["data"]
        assert answer["data"]["maxSkips"] == body["maxSkips"]


@pytest.mark.parametrize(
    ("start", "stop", "made_from"),
    [
        ("start-voice-campaign", "stop-voice-campaign", "create-voice-campaign-agentless"),
        ("start-sms-campaign", "stop-sms-campaign", "create-sms-campaign-using-template"),
    ],
)
def test_v1_start_and_stop_samples_share_one_url_for_both_kinds(
    client: MockClient, start: str, stop: str, made_from: str
) -> None:
    campaign_id, _ = created_v1(client, made_from)
    for slug, status in ((start, "Active"), (stop, "Stopped")):
        url = f"{V1_TRIGGER}/{campaign_id}?{query_of(slug)}"
        answer = ok(client.post(url, json=sample(slug, "request"), headers=headers()))
        assert answer["status"] == status
        assert_same_shape(answer, sample(slug, "response"), absent_from_page={"campaignInstanceId"})


def test_v1_status_contacts_and_list_samples_answer_in_their_pages_shape() -> None:
    # The list sample asks for campaigns created between 2025-05-29 and 2025-06-27.
    client = MockClient(mock_app(dialling=False, rate_limit_per_minute=0, clock=lambda: JUNE_2025))
    campaign_id, _ = created_v1(client, "create-voice-campaign-agentless")
    status = ok(client.post(f"{V1}/{campaign_id}/status?{query_of('get-campaign-status')}", headers=headers()))
    assert_same_shape(status, sample("get-campaign-status", "response"))
    assert status["data"] == {"id": campaign_id, "status": "Ready", "name": status["data"]["name"]}

    slug = "get-all-contact-details-voice-campaigns"
    url = f"{V1}/{campaign_id}/status?{query_of(slug)}"
    contacts = ok(client.post(url, json=sample(slug, "request"), headers=headers()))
    assert keys(contacts["data"]) == keys(sample(slug, "response")["data"])

    created_v1(client, "create-sms-campaign-advanced-format")
    listed = ok(
        client.post(f"{V1}/getAllCampaignDetails", json=sample("get-all-campaigns", "request"), headers=headers())
    )
    assert_same_shape(
        listed, sample("get-all-campaigns", "response"), absent_from_page={"campaignInstanceId", "dncLists", "message"}
    )
    assert [item["format"] for item in listed["data"]["results"]] == ["advanced"]


def test_v1_contact_list_samples_are_accepted_and_answered_in_their_pages_shape(client: MockClient) -> None:
    slug = "create-contact-list"
    created = ok(client.post(f"{V1_LISTS}/createContactList", json=sample(slug, "request"), headers=headers()))
    assert_same_shape(created, sample(slug, "response"), absent_from_page={"isGlobalDNC", "isDefault", "columns"})
    list_id = created["data"]["_id"]

    listed = ok(client.post(f"{V1_LISTS}/getAllListDetails?{query_of('get-all-contact-lists')}", headers=headers()))
    assert_same_shape(listed, sample("get-all-contact-lists", "response"), absent_from_page={"columns"})

    fetched = ok(client.get(f"{V1_LISTS}/{list_id}", headers=headers()))
    assert_same_shape(
        fetched,
        sample("get-contact-list-details", "response"),
        absent_from_page={"isGlobalDNC", "isDefault", "columns", "allowDuplicates"},
    )
    assert fetched["data"]["lname"] == fetched["data"]["name"].lower()

    body = sample("update-contact-list", "request")
    updated = ok(client.put(f"{V1_LISTS}/{list_id}", json=body, headers=headers()))
    assert keys(updated["data"]) == keys(sample("update-contact-list", "response")["data"])
    assert updated["data"]["body"]["name"] == body["name"]

    contacts_url = f"{V1_LISTS}/{list_id}/getAllContacts?{ACCOUNT}"
    contacts = ok(client.get(contacts_url, headers=headers()))
    assert keys(contacts["data"]) == keys(sample("get-all-contacts-of-a-contactlist", "response")["data"])

    deleted = ok(client.delete(f"{V1_LISTS}/{list_id}", headers=headers()))
    assert_same_shape(
        deleted,
        sample("delete-contact-list-details", "response"),
        absent_from_page={"isGlobalDNC", "isDefault", "columns", "allowDuplicates"},
    )
    assert client.get(f"{V1_LISTS}/{list_id}", headers=headers()).status_code == 404


def test_every_v1_sample_request_of_the_snapshot_is_sent_by_a_test_here() -> None:
    sent = {
        "create-sms-campaign-using-template", "create-sms-campaign-without-template",
        "create-sms-campaign-advanced-format", "create-voice-campaign-agentless", "create-voice-campaign-progressive",
        "update-voice-campaign", "update-sms-campaign", "start-voice-campaign", "start-sms-campaign",
        "stop-voice-campaign", "stop-sms-campaign", "get-all-contact-details-voice-campaigns", "get-all-campaigns",
        "create-contact-list", "update-contact-list",
    }  # fmt: skip
    requests = {s["slug"] for s in SAMPLES if s["kind"] == "request"}
    # The v1 Preview create's short answer and maxSkips are the v1 create's (issue 22), not tested here.
    assert requests - {"create-voice-campaign-preview"} == sent


# ---- two doors into one service --------------------------------------------------------------------------


def test_a_voice_campaign_made_through_v1_is_read_started_and_deleted_through_v2(client: MockClient) -> None:
    campaign_id, _ = created_v1(client, "create-voice-campaign-agentless")
    fetched = ok(client.get(campaign_path(BOT, campaign_id, DEMO_ACCOUNT_ID), headers=headers()))["data"]
    assert fetched["_id"] == campaign_id and fetched["campaignType"] == "voice"
    assert fetched["dialingStrategy"]["useSystemMappings"] is False  # v2's own shape

    started = ok(client.post(voice_trigger_path(BOT, campaign_id, DEMO_ACCOUNT_ID, "play"), json={}, headers=headers()))
    assert started["status"] == "Active"
    seen_v1 = ok(client.post(f"{V1}/{campaign_id}/status", headers=headers()))["data"]
    assert seen_v1["status"] == "Active"
    ok(client.post(f"{V1_TRIGGER}/{campaign_id}?campaignType=voice&trigger=stop", headers=headers()))
    deleted = ok(client.delete(typed_campaign_path(BOT, campaign_id, DEMO_ACCOUNT_ID, "voice"), headers=headers()))
    assert deleted["data"]["status"] == "Stopped"
    assert client.get(f"{V1}/{campaign_id}", headers=headers()).status_code == 404


def test_an_sms_campaign_made_through_v2_is_read_started_and_deleted_through_v1(client: MockClient) -> None:
    body = sample("create-sms-campaign-advanced-format", "request")
    with_lists(client, body)
    made = ok(client.post(v2_campaigns_path(BOT, DEMO_ACCOUNT_ID, "sms"), json=body, headers=headers()))
    campaign_id = made["data"]["_id"]

    fetched = ok(client.get(f"{V1}/{campaign_id}", headers=headers()))["data"]
    assert fetched["_id"] == campaign_id and fetched["format"] == "advanced"
    assert fetched["enableMachineDetect"] is False and "isImported" not in fetched  # v1's own shape

    ok(client.post(f"{V1_TRIGGER}/{campaign_id}?campaignType=sms&trigger=play", json={}, headers=headers()))
    assert (
        ok(client.post(status_path(BOT, campaign_id, DEMO_ACCOUNT_ID), json={}, headers=headers()))["data"]["status"]
        == "Active"
    )
    # A running campaign cannot be deleted, whichever door is used.
    assert client.delete(f"{V1}/{campaign_id}?campaignType=sms", headers=headers()).status_code == 409
    ok(client.post(f"{V1_TRIGGER}/{campaign_id}?campaignType=sms&trigger=stop", headers=headers()))
    ok(client.delete(f"{V1}/{campaign_id}?campaignType=sms", headers=headers()))
    assert client.get(campaign_path(BOT, campaign_id, DEMO_ACCOUNT_ID), headers=headers()).status_code == 404


def test_a_contact_list_is_one_list_through_both_doors(client: MockClient) -> None:
    list_id = new_list(client, "Both doors")
    v2_url = f"{V2_LISTS}/{list_id}?{ACCOUNT}"
    assert ok(client.get(v2_url, headers=headers()))["data"]["name"] == "Both doors"
    ok(client.put(v2_url, json={"name": "Renamed in v2"}, headers=headers()))
    assert ok(client.get(f"{V1_LISTS}/{list_id}", headers=headers()))["data"]["name"] == "Renamed in v2"
    # Only the v1 update takes allowDuplicates; v2 reads the change.
    ok(client.put(f"{V1_LISTS}/{list_id}", json={"allowDuplicates": True}, headers=headers()))
    assert ok(client.get(v2_url, headers=headers()))["data"]["allowDuplicates"] is True
    ok(client.delete(v2_url, headers=headers()))
    assert client.get(f"{V1_LISTS}/{list_id}", headers=headers()).status_code == 404


def test_the_v1_urls_name_the_bot_iid_in_their_errors(client: MockClient) -> None:
    other = "st-00000000-0000-0000-0000-000000000000"
    refused = client.get(f"/agentassist/api/v1/public/{other}/campaign/cd-1", headers=headers())
    assert refused.status_code == 403
    assert "IId" in [error.get("field") for error in refused.json()["errors"]], refused.text
    bad = client.post(f"{V1_TRIGGER}/cd-1?campaignType=fax&trigger=play", headers=headers())
    assert bad.status_code == 400 and "campaignType" in bad.text
