"""Every sample request of the docs succeeds against a fresh mock, and answers in the docs' shapes."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

import pytest
from kore_campaigns_mock import DEMO_ACCOUNT_ID, DEMO_BOT_ID, demo_app, samples
from kore_campaigns_mock.testing import (
    MockClient,
    campaign_path,
    docs_curl_headers,
    mock_app,
    schedule_path,
    sms_campaigns_path,
    voice_campaigns_path,
)

ISO_MILLIS_Z = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
APP = demo_app()


@pytest.fixture
def client() -> MockClient:
    return MockClient(mock_app(dialling=False))


def _headers() -> dict[str, str]:
    return docs_curl_headers(APP)


def _create_voice(client: MockClient) -> dict[str, Any]:
    response = client.post(voice_campaigns_path(DEMO_BOT_ID), json=samples.voice_campaign(), headers=_headers())
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _create_sms(client: MockClient) -> dict[str, Any]:
    # The SMS page's curl sends no Content-Type header, so neither does this request.
    response = client.post(
        sms_campaigns_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID),
        content=_json_bytes(samples.sms_campaign()),
        headers=_headers(),
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _json_bytes(document: dict[str, Any]) -> bytes:
    return json.dumps(document).encode()


def test_create_voice_campaign_sample(client: MockClient) -> None:
    request = samples.voice_campaign()
    body = _create_voice(client)
    assert body["status"] == "success"
    assert body["message"] == "Campaign Product Feedback Voice Campaign creation in progress"
    data = body["data"]
    assert set(data) == {
        "name", "lname", "description", "priority", "dialingMode", "dialingStrategy", "experienceFlow",
        "status", "createdAt", "updatedAt", "id", "contactLists", "enableMachineDetect",
    }  # fmt: skip
    assert data["name"] == request["name"]
    assert data["lname"] == "product feedback voice campaign"
    assert data["status"] == "Preparing"
    assert data["dialingStrategy"] == request["dialingStrategy"]
    assert re.fullmatch(f"cd-{UUID}", data["id"])
    assert re.fullmatch(f"cf-{UUID}", data["experienceFlow"])
    assert ISO_MILLIS_Z.fullmatch(data["createdAt"]) and data["createdAt"] == data["updatedAt"]
    assert data["contactLists"] == ["Recent Buyers - Q2 2025"]
    assert data["enableMachineDetect"] is False


def test_create_sms_campaign_sample(client: MockClient) -> None:
    request = samples.sms_campaign()
    body = _create_sms(client)
    assert body["message"] == "Campaign Billing Alert Template Campaign-21 creation in progress"
    data = body["data"]
    assert set(data) == {
        "_id", "name", "lname", "description", "status", "dncLists", "priority", "dialingStrategy", "message",
        "isImported", "isFiltersEnabled", "createdAt", "updatedAt", "schedule", "contactLists", "format",
    }  # fmt: skip
    assert re.fullmatch(f"cd-{UUID}", data["_id"])
    assert data["status"] == "Ready"
    assert data["dncLists"]["name"] == "testdnc"
    assert re.fullmatch(f"cl-{UUID}", data["dncLists"]["id"])
    assert data["message"]["message"] == request["message"]["message"]
    assert data["message"]["template_name"] == "Welcome"
    assert re.fullmatch(f"cmt-{UUID}", data["message"]["templateId"])
    assert data["schedule"] == {"isSchedulingEnabled": False, "isRecurrenceEnabled": False}
    assert data["isImported"] is False and data["isFiltersEnabled"] is False
    assert data["format"] == "simple"
    assert data["dialingStrategy"] == request["dialingStrategy"]


def test_get_voice_campaign_sample(client: MockClient) -> None:
    created = _create_voice(client)["data"]
    response = client.get(campaign_path(DEMO_BOT_ID, created["id"], DEMO_ACCOUNT_ID), headers=_headers())
    assert response.status_code == 200
    body = response.json()
    assert body["message"] == "Campaign Product Feedback Voice Campaign retrieved successfully"
    data = body["data"]
    assert data["_id"] == created["id"]
    assert data["campaignType"] == "voice"
    assert data["dialingMode"] == "Agentless"
    assert data["experienceFlow"] == created["experienceFlow"]
    assert data["status"] == "Ready"
    assert data["schedule"] == {"isSchedulingEnabled": False, "isRecurrenceEnabled": False}
    assert data["dialingStrategy"]["useSystemMappings"] is False
    assert data["dialingStrategy"]["maxRingTime"] == 30


def test_get_sms_campaign_sample(client: MockClient) -> None:
    created = _create_sms(client)["data"]
    response = client.get(campaign_path(DEMO_BOT_ID, created["_id"], DEMO_ACCOUNT_ID), headers=_headers())
    assert response.status_code == 200
    data = response.json()["data"]
    assert data["campaignType"] == "sms"
    assert data["format"] == "simple"
    assert data["message"] == created["message"]
    assert data["dncLists"] == created["dncLists"]
    assert data["schedule"] == {"isSchedulingEnabled": False, "isRecurrenceEnabled": False}
    assert "dialingMode" not in data


@pytest.mark.parametrize("recurrence", ["daily", "weekly"])
def test_schedule_samples(client: MockClient, recurrence: str) -> None:
    created = _create_voice(client)["data"]
    now = datetime.now(UTC)
    request = samples.daily_schedule(now) if recurrence == "daily" else samples.weekly_schedule(now)
    # The docs' placeholder campaignName; names match case-insensitively.
    response = client.post(
        schedule_path(DEMO_BOT_ID, "PRODUCT FEEDBACK voice campaign"), json=request, headers=_headers()
    )
    assert response.status_code == 200, response.text
    assert response.json() == {
        "status": "success",
        "message": "Campaign Product Feedback Voice Campaign scheduled successfully",
        "id": created["id"],
    }
    detail = client.get(campaign_path(DEMO_BOT_ID, created["id"], DEMO_ACCOUNT_ID), headers=_headers()).json()
    schedule = detail["data"]["schedule"]
    assert schedule["isSchedulingEnabled"] is True and schedule["isRecurrenceEnabled"] is True
    assert schedule["startDateTime"] == request["startDateTime"]
    assert schedule["endDateTime"] == request["endDateTime"]
    assert schedule["recurrenceObject"] == request["recurrenceObject"]
    assert detail["data"]["updatedAt"] >= detail["data"]["createdAt"]


def test_scheduling_again_replaces_the_schedule(client: MockClient) -> None:
    created = _create_sms(client)["data"]
    now = datetime.now(UTC)
    path = schedule_path(DEMO_BOT_ID, created["name"])
    assert client.post(path, json=samples.daily_schedule(now), headers=_headers()).status_code == 200
    assert client.post(path, json=samples.weekly_schedule(now), headers=_headers()).status_code == 200
    detail = client.get(campaign_path(DEMO_BOT_ID, created["_id"], DEMO_ACCOUNT_ID), headers=_headers()).json()
    assert detail["data"]["schedule"]["recurrenceObject"] == samples.weekly_schedule(now)["recurrenceObject"]


def test_progressive_campaign_echoes_queue_name(client: MockClient) -> None:
    request = samples.voice_campaign() | {"dialingMode": "Progressive", "queue_name": "Billing Queue"}
    response = client.post(voice_campaigns_path(DEMO_BOT_ID), json=request, headers=_headers())
    assert response.status_code == 200, response.text
    assert response.json()["data"]["queue_name"] == "Billing Queue"
