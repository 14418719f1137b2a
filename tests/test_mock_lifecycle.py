"""The campaign lifecycle: every action from every reachable status, legal (new status) or refused (409, no change)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from kore_campaigns_mock import DEMO_ACCOUNT_ID, DEMO_BOT_ID, demo_app, samples
from kore_campaigns_mock.testing import (
    MockClient,
    assert_error,
    auth_headers,
    callback_path,
    campaign_path,
    disable_schedule_path,
    mock_app,
    schedule_path,
    sms_start_path,
    sms_stop_path,
    status_path,
    typed_campaign_path,
    v2_campaigns_path,
    voice_trigger_path,
)

APP = demo_app()
NOW = datetime(2030, 6, 15, 12, 0, 0, tzinfo=UTC)
FUTURE = "2030-06-16T09:30:00Z"


@pytest.fixture
def client() -> MockClient:
    return MockClient(mock_app(dialling=False, clock=NOW.timestamp))


def headers() -> dict[str, str]:
    return auth_headers(APP)


def create(client: MockClient, campaign_type: str) -> dict[str, Any]:
    body = samples.voice_campaign_agentless_v2() if campaign_type == "voice" else samples.sms_campaign_advanced()
    response = client.post(v2_campaigns_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID, campaign_type), json=body, headers=headers())
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return {"id": data.get("id") or data["_id"], "name": data["name"], "type": campaign_type}


def start(client: MockClient, campaign: dict[str, Any]) -> httpx.Response:
    if campaign["type"] == "voice":
        path = voice_trigger_path(DEMO_BOT_ID, campaign["id"], DEMO_ACCOUNT_ID, "play")
    else:
        path = sms_start_path(DEMO_BOT_ID, campaign["id"])
    return client.post(path, json={}, headers=headers())


def stop(client: MockClient, campaign: dict[str, Any]) -> httpx.Response:
    if campaign["type"] == "voice":
        path = voice_trigger_path(DEMO_BOT_ID, campaign["id"], DEMO_ACCOUNT_ID, "stop")
    else:
        path = sms_stop_path(DEMO_BOT_ID, campaign["id"], DEMO_ACCOUNT_ID)
    return client.post(path, json={}, headers=headers())


def update(client: MockClient, campaign: dict[str, Any]) -> httpx.Response:
    body = samples.voice_campaign_update() if campaign["type"] == "voice" else samples.sms_campaign_update()
    body["name"] = campaign["name"]
    path = typed_campaign_path(DEMO_BOT_ID, campaign["id"], DEMO_ACCOUNT_ID, campaign["type"])
    return client.put(path, json=body, headers=headers())


def delete(client: MockClient, campaign: dict[str, Any]) -> httpx.Response:
    path = typed_campaign_path(DEMO_BOT_ID, campaign["id"], DEMO_ACCOUNT_ID, campaign["type"])
    return client.delete(path, headers=headers())


def schedule(client: MockClient, campaign: dict[str, Any]) -> httpx.Response:
    body = samples.weekly_schedule(NOW)
    return client.post(schedule_path(DEMO_BOT_ID, campaign["name"]), json=body, headers=headers())


def unschedule(client: MockClient, campaign: dict[str, Any]) -> httpx.Response:
    return client.post(disable_schedule_path(DEMO_BOT_ID, campaign["name"]), json={}, headers=headers())


def callback(client: MockClient, campaign: dict[str, Any]) -> httpx.Response:
    body = [{"campaignDialingListId": "cid-contact-1", "timeToContact": FUTURE}]
    return client.post(callback_path(DEMO_BOT_ID, campaign["instance"]), json=body, headers=headers())


def status_of(client: MockClient, campaign: dict[str, Any]) -> str | None:
    response = client.post(status_path(DEMO_BOT_ID, campaign["id"], DEMO_ACCOUNT_ID), json={}, headers=headers())
    if response.status_code == 404:
        return None
    assert response.status_code == 200, response.text
    status: str = response.json()["data"]["status"]
    return status


def reach(client: MockClient, campaign_type: str, status: str) -> dict[str, Any]:
    """A fresh campaign brought to `status` through the API only."""
    campaign = create(client, campaign_type)
    if status in ("Active", "Stopped"):
        started = start(client, campaign)
        assert started.status_code == 200, started.text
        # Call-backs need the run's id; only the voice start answer carries it, the list view has it for both.
        campaign["instance"] = client.get(
            campaign_path(DEMO_BOT_ID, campaign["id"], DEMO_ACCOUNT_ID), headers=headers()
        ).json()["data"]["campaignInstanceId"]
    if status == "Stopped":
        assert stop(client, campaign).status_code == 200
    if status == "Scheduled":
        assert schedule(client, campaign).status_code == 200
    assert status_of(client, campaign) == status
    return campaign


ACTIONS: dict[str, Callable[[MockClient, dict[str, Any]], httpx.Response]] = {
    "start": start,
    "stop": stop,
    "update": update,
    "delete": delete,
    "schedule": schedule,
    "unschedule": unschedule,
    "callback": callback,
}
DELETED = "deleted"
# (status, action) -> the status afterwards, or the field a 409 names. Written from the decisions recorded in
# campaigns.LIFECYCLE, independently of that table.
EXPECTED: dict[tuple[str, str], str] = {
    ("Ready", "start"): "Active",
    ("Ready", "stop"): "409 campaignId",
    ("Ready", "update"): "Ready",
    ("Ready", "delete"): DELETED,
    ("Ready", "schedule"): "Scheduled",
    ("Ready", "unschedule"): "Ready",
    ("Active", "start"): "409 campaignId",
    ("Active", "stop"): "Stopped",
    ("Active", "update"): "409 campaignId",
    ("Active", "delete"): "409 campaignId",
    ("Active", "schedule"): "409 campaignName",
    ("Active", "unschedule"): "Active",
    ("Active", "callback"): "Active",
    ("Stopped", "start"): "Active",
    ("Stopped", "stop"): "409 campaignId",
    ("Stopped", "update"): "Stopped",
    ("Stopped", "delete"): DELETED,
    ("Stopped", "schedule"): "Scheduled",
    ("Stopped", "unschedule"): "Stopped",
    ("Stopped", "callback"): "409 campaignInstanceId",
    ("Scheduled", "start"): "Active",
    ("Scheduled", "stop"): "409 campaignId",
    ("Scheduled", "update"): "Scheduled",
    ("Scheduled", "delete"): DELETED,
    ("Scheduled", "schedule"): "Scheduled",
    ("Scheduled", "unschedule"): "Ready",
}


@pytest.mark.parametrize("campaign_type", ["voice", "sms"])
@pytest.mark.parametrize(("status", "action"), sorted(EXPECTED))
def test_transition(client: MockClient, campaign_type: str, status: str, action: str) -> None:
    campaign = reach(client, campaign_type, status)
    detail_path = campaign_path(DEMO_BOT_ID, campaign["id"], DEMO_ACCOUNT_ID)
    before = client.get(detail_path, headers=headers()).json()
    response = ACTIONS[action](client, campaign)
    expected = EXPECTED[(status, action)]
    if expected.startswith("409 "):
        errors = assert_error(response, 409, expected.removeprefix("409 "))
        assert status in errors[0]["msg"]
        # A refused action changes nothing.
        assert client.get(detail_path, headers=headers()).json() == before
        return
    assert response.status_code == 200, response.text
    if expected == DELETED:
        assert_error(client.get(detail_path, headers=headers()), 404, "campaignId")
        assert status_of(client, campaign) is None
    else:
        assert status_of(client, campaign) == expected


def test_start_answers_active_with_a_new_run_each_time(client: MockClient) -> None:
    campaign = create(client, "voice")
    first = start(client, campaign).json()
    assert first["status"] == "Active" and first["message"] == "Campaign Started"
    assert first["totalCallsCompleted"] == 0 and first["campaignInstanceId"].startswith("cid-")
    stopped = stop(client, campaign).json()
    assert stopped == {
        "status": "Stopped",
        "message": "Campaign Stopped",
        "updatedAt": stopped["updatedAt"],
        "campaignInstanceId": first["campaignInstanceId"],
    }
    second = start(client, campaign).json()
    assert second["campaignInstanceId"] != first["campaignInstanceId"]


def test_sms_start_and_stop_answer_in_their_pages_shapes(client: MockClient) -> None:
    campaign = create(client, "sms")
    started = start(client, campaign).json()
    assert set(started) == {"status", "message", "updatedAt"} and started["status"] == "Active"
    stopped = stop(client, campaign).json()
    assert stopped["status"] == "Stopped" and stopped["campaignExecutionType"] == "NORMAL"


def test_call_backs_belong_to_the_current_run_only(client: MockClient) -> None:
    campaign = reach(client, "voice", "Active")
    old_run = campaign["instance"]
    assert stop(client, campaign).status_code == 200
    assert start(client, campaign).status_code == 200
    response = client.post(
        callback_path(DEMO_BOT_ID, old_run),
        json=[{"campaignDialingListId": "c1", "timeToContact": FUTURE}],
        headers=headers(),
    )
    assert_error(response, 404, "campaignInstanceId")


def test_deleted_campaign_is_gone_for_every_operation(client: MockClient) -> None:
    campaign = reach(client, "voice", "Stopped")
    assert delete(client, campaign).status_code == 200
    for action in ("start", "stop", "update", "delete"):
        assert_error(ACTIONS[action](client, campaign), 404, "campaignId")
    assert_error(schedule(client, campaign), 404, "campaignName")
    assert_error(unschedule(client, campaign), 404, "campaignName")
    assert_error(callback(client, campaign), 404, "campaignInstanceId")
    # The name is free again.
    assert create(client, "voice")["name"] == campaign["name"]


def test_delete_answers_with_the_deleted_campaign(client: MockClient) -> None:
    campaign = create(client, "sms")
    body = delete(client, campaign).json()
    assert body["message"] == f"Campaign {campaign['name']} deleted successfully"
    assert body["data"]["_id"] == campaign["id"] and body["data"]["status"] == "Ready"


def test_update_keeps_status_schedule_and_creation_time(client: MockClient) -> None:
    campaign = reach(client, "voice", "Scheduled")
    before = client.get(campaign_path(DEMO_BOT_ID, campaign["id"], DEMO_ACCOUNT_ID), headers=headers()).json()["data"]
    body = update(client, campaign).json()
    assert body["id"] == campaign["id"]
    data = body["data"]
    assert data["status"] == "Scheduled" and data["schedule"] == before["schedule"]
    assert data["createdAt"] == before["createdAt"]
    assert data["description"] == samples.voice_campaign_update()["description"]
    # enableMachineDetect is not on the update page: the created value stays.
    assert data["enableMachineDetect"] is False


def test_disable_resets_the_schedule_and_is_idempotent(client: MockClient) -> None:
    campaign = reach(client, "sms", "Scheduled")
    for _ in range(2):
        response = unschedule(client, campaign)
        assert response.json() == {
            "status": "success",
            "message": f"Campaign {campaign['name']} schedule has been disabled successfully",
            "id": campaign["id"],
        }
    detail = client.get(campaign_path(DEMO_BOT_ID, campaign["id"], DEMO_ACCOUNT_ID), headers=headers()).json()
    assert detail["data"]["schedule"] == {"isSchedulingEnabled": False, "isRecurrenceEnabled": False}
    assert detail["data"]["status"] == "Ready"


def test_type_of_the_path_must_match_the_campaign(client: MockClient) -> None:
    voice, sms = create(client, "voice"), create(client, "sms")
    # SMS trigger paths refuse a voice campaign, the voice path an SMS campaign; nothing starts.
    assert_error(client.post(sms_start_path(DEMO_BOT_ID, voice["id"]), headers=headers()), 400, "campaignType")
    path = voice_trigger_path(DEMO_BOT_ID, sms["id"], DEMO_ACCOUNT_ID, "play")
    assert_error(client.post(path, headers=headers()), 400, "campaignType")
    for campaign, wrong in ((voice, "sms"), (sms, "voice")):
        path = typed_campaign_path(DEMO_BOT_ID, campaign["id"], DEMO_ACCOUNT_ID, wrong)
        assert_error(client.delete(path, headers=headers()), 400, "campaignType")
        assert status_of(client, campaign) == "Ready"


def test_update_and_delete_require_campaign_type(client: MockClient) -> None:
    # The update and delete pages mark campaignType "string, required" (openapi.yaml follows them).
    campaign = create(client, "voice")
    path = campaign_path(DEMO_BOT_ID, campaign["id"], DEMO_ACCOUNT_ID)
    body = samples.voice_campaign_update() | {"name": campaign["name"]}
    assert client.put(path, json=body, headers=headers()).status_code == 400
    assert client.delete(path, headers=headers()).status_code == 400
    assert client.put(path + "&campaignType=voice", json=body, headers=headers()).status_code == 200
    assert client.delete(path + "&campaignType=voice", headers=headers()).status_code == 200
