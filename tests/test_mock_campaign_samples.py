"""Every sample request of the lifecycle pages succeeds against a fresh mock and answers in its page's shape."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from kore_campaigns_mock import DEMO_ACCOUNT_ID, DEMO_BOT_ID, demo_app, samples
from kore_campaigns_mock.testing import (
    MockClient,
    callback_path,
    disable_schedule_path,
    docs_curl_headers,
    list_path,
    mock_app,
    no_prefix_sms_path,
    schedule_path,
    sms_start_path,
    sms_stop_path,
    status_path,
    typed_campaign_path,
    v2_campaigns_path,
    voice_trigger_path,
)

APP = demo_app()
ISO_MILLIS_Z = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")


@pytest.fixture
def client() -> MockClient:
    return MockClient(mock_app(dialling=False))


def _headers() -> dict[str, str]:
    return docs_curl_headers(APP)


VOICE_SAMPLES: dict[str, Callable[[], dict[str, Any]]] = {
    "agentless": samples.voice_campaign_agentless_v2,
    "progressive": samples.voice_campaign_progressive_v2,
    "preview": samples.voice_campaign_preview_v2,
}


@pytest.mark.parametrize("mode", sorted(VOICE_SAMPLES))
def test_create_voice_v2_sample(client: MockClient, mode: str) -> None:
    request = VOICE_SAMPLES[mode]()
    path = v2_campaigns_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID, "voice")
    response = client.post(path, json=request, headers=_headers())
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["message"] == f"Campaign {request['name']} creation in progress"
    data = body["data"]
    assert data["status"] == "Preparing" and data["isFiltersEnabled"] is False
    assert data["dialingMode"] == request["dialingMode"]
    assert data["dncLists"]["name"] == "DNC CL Dec 4" and data["dncLists"]["id"].startswith("cl-")
    assert data["dialingStrategy"] == request["dialingStrategy"] | {"useSystemMappings": False}
    assert data["id"].startswith("cd-") and ISO_MILLIS_Z.fullmatch(data["createdAt"])
    assert data["contactLists"] == request["contactLists"]
    assert data.get("maxSkips") == request.get("maxSkips")
    assert ("experienceFlow" in data) == (mode == "agentless")
    assert data.get("enableMachineDetect") == (False if mode == "agentless" else None)


@pytest.mark.parametrize("where", ["campaign-prefix", "no-prefix"])
@pytest.mark.parametrize("variant", ["without-template", "advanced"])
def test_create_sms_v2_sample(client: MockClient, variant: str, where: str) -> None:
    request = (
        samples.sms_campaign_without_template() if variant == "without-template" else samples.sms_campaign_advanced()
    )
    if where == "no-prefix":
        path = no_prefix_sms_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID)
    else:
        path = v2_campaigns_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID, "sms")
    response = client.post(path, json=request, headers=_headers())
    assert response.status_code == 200, response.text
    data = response.json()["data"]
    assert data["_id"].startswith("cd-") and data["status"] == "Ready" and data["format"] == request["format"]
    if variant == "advanced":
        assert data["experienceFlow"].startswith("cf-") and "message" not in data
    else:
        assert data["message"] == {"message": samples.SMS_PLAIN_MESSAGE} and "experienceFlow" not in data


def _create(client: MockClient, campaign_type: str) -> str:
    body = samples.voice_campaign_agentless_v2() if campaign_type == "voice" else samples.sms_campaign_advanced()
    path = v2_campaigns_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID, campaign_type)
    data = client.post(path, json=body, headers=_headers()).json()["data"]
    return str(data.get("id") or data["_id"])


def test_update_voice_sample(client: MockClient) -> None:
    campaign_id = _create(client, "voice")
    path = typed_campaign_path(DEMO_BOT_ID, campaign_id, DEMO_ACCOUNT_ID, "voice")
    response = client.put(path, json=samples.voice_campaign_update(), headers=_headers())
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["message"] == "Campaign Product Feedback Voice Campaign-3.5 details updated successfully"
    assert body["id"] == body["data"]["_id"] == campaign_id
    assert body["data"]["lname"] == "product feedback voice campaign-3.5" and body["data"]["status"] == "Ready"
    assert body["data"]["schedule"] == {"isSchedulingEnabled": False, "isRecurrenceEnabled": False}


def test_update_sms_sample(client: MockClient) -> None:
    campaign_id = _create(client, "sms")
    path = typed_campaign_path(DEMO_BOT_ID, campaign_id, DEMO_ACCOUNT_ID, "sms")
    response = client.put(path, json=samples.sms_campaign_update(), headers=_headers())
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["message"] == "Campaign Interactive Support SMS Campaign details updated successfully"
    assert "id" not in body and body["data"]["format"] == "advanced" and "dncLists" not in body["data"]


@pytest.mark.parametrize("campaign_type", ["voice", "sms"])
def test_delete_sample(client: MockClient, campaign_type: str) -> None:
    campaign_id = _create(client, campaign_type)
    path = typed_campaign_path(DEMO_BOT_ID, campaign_id, DEMO_ACCOUNT_ID, campaign_type)
    response = client.delete(path, headers=_headers())
    assert response.status_code == 200, response.text
    assert response.json()["message"].endswith(" deleted successfully")


def test_start_and_stop_samples(client: MockClient) -> None:
    voice, sms = _create(client, "voice"), _create(client, "sms")
    calls = [
        (voice_trigger_path(DEMO_BOT_ID, voice, DEMO_ACCOUNT_ID, "play"), {"status", "message", "totalCallsCompleted",
                                                                           "updatedAt", "campaignInstanceId"}),
        (voice_trigger_path(DEMO_BOT_ID, voice, DEMO_ACCOUNT_ID, "stop"), {"status", "message", "updatedAt",
                                                                           "campaignInstanceId"}),
        (sms_start_path(DEMO_BOT_ID, sms), {"status", "message", "updatedAt"}),
        (sms_stop_path(DEMO_BOT_ID, sms, DEMO_ACCOUNT_ID), {"status", "message", "updatedAt", "campaignExecutionType"}),
    ]  # fmt: skip
    for path, fields in calls:
        # The pages' curls send the body "{}\n".
        response = client.post(path, content=b"{}\n", headers=_headers() | {"Content-Type": "application/json"})
        assert response.status_code == 200, response.text
        assert set(response.json()) == fields
        assert ISO_MILLIS_Z.fullmatch(response.json()["updatedAt"])


def test_status_and_contacts_samples(client: MockClient) -> None:
    campaign_id = _create(client, "voice")
    status = client.post(status_path(DEMO_BOT_ID, campaign_id, DEMO_ACCOUNT_ID), content=b"{}", headers=_headers())
    assert status.json()["data"]["status"] == "Ready"
    contacts_path = f"/campaign/api/v2/public/{DEMO_BOT_ID}/campaign/{campaign_id}/status?view=contacts"
    contacts = client.post(contacts_path, json=samples.contacts_page(), headers=_headers())
    assert contacts.status_code == 200, contacts.text
    assert contacts.json()["data"]["page"] == 1 and contacts.json()["data"]["limit"] == 100


@pytest.mark.parametrize("campaign_type", ["voice", "sms"])
def test_list_samples(client: MockClient, campaign_type: str) -> None:
    response = client.post(
        list_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID), json=samples.list_campaigns(campaign_type), headers=_headers()
    )
    assert response.status_code == 200, response.text
    data = response.json()["data"]
    assert (data["skip"], data["limit"], data["hasMore"]) == (0, 50, False)


def test_disable_schedule_sample(client: MockClient) -> None:
    campaign_id = _create(client, "voice")
    name = samples.voice_campaign_agentless_v2()["name"]
    schedule = samples.daily_schedule(datetime.now(UTC))
    assert client.post(schedule_path(DEMO_BOT_ID, name), json=schedule, headers=_headers()).status_code == 200
    response = client.post(disable_schedule_path(DEMO_BOT_ID, name), content=b"{}", headers=_headers())
    assert response.json() == {
        "status": "success",
        "message": f"Campaign {name} schedule has been disabled successfully",
        "id": campaign_id,
    }


def test_call_back_sample(client: MockClient) -> None:
    voice = _create(client, "voice")
    started = client.post(voice_trigger_path(DEMO_BOT_ID, voice, DEMO_ACCOUNT_ID, "play"), headers=_headers())
    response = client.post(
        callback_path(DEMO_BOT_ID, started.json()["campaignInstanceId"]), json=samples.call_backs(), headers=_headers()
    )
    assert response.status_code == 200, response.text
    # The sample's 2026-06-18 is past by now, and the page's sample answer is exactly that outcome.
    assert response.json() == {
        "status": "success",
        "data": [
            {
                "campaignDialingListId": samples.call_backs()[0]["campaignDialingListId"],
                "status": "failed",
                "reason": "time_in_past",
            }
        ],
    }
