"""The mock refuses what the lifecycle pages' tables require and fuzzing found it accepting.

Each rule is one the spec states (required query values, closed value sets, the `{}` trigger body, the
contacts paging and the list's dialing-mode filter); a request that breaks only that rule gets a 400 naming
the field, and the same request without the break is served.
"""

from __future__ import annotations

from typing import Any

import pytest
from kore_campaigns_mock import DEMO_ACCOUNT_ID, DEMO_BOT_ID, demo_app, samples
from kore_campaigns_mock.testing import (
    MockClient,
    assert_error,
    auth_headers,
    list_path,
    mock_app,
    sms_start_path,
    status_path,
    v2_campaigns_path,
    voice_trigger_path,
)

from scripts.spec_facts import SpecFacts, load

APP = demo_app()
BASE = f"/campaign/api/v2/public/{DEMO_BOT_ID}/campaign"
# A trigger no list of the spec's holds (never a guess at the next one, such as `pause`).
NOT_A_TRIGGER = SpecFacts.not_one_of(load().enum("triggerVoiceCampaign", "trigger"))


@pytest.fixture
def client() -> MockClient:
    return MockClient(mock_app(dialling=False))


def _create(client: MockClient, campaign_type: str) -> str:
    body = samples.voice_campaign_agentless_v2() if campaign_type == "voice" else samples.sms_campaign()
    response = client.post(
        v2_campaigns_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID, campaign_type), json=body, headers=auth_headers(APP)
    )
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return str(data.get("id") or data["_id"])


@pytest.mark.parametrize("method", ["PUT", "DELETE"])
def test_update_and_delete_require_campaign_type(client: MockClient, method: str) -> None:
    campaign_id = _create(client, "sms")
    url = f"{BASE}/{campaign_id}?accountId={DEMO_ACCOUNT_ID}"
    body = samples.sms_campaign() if method == "PUT" else None
    refused = client.request(method, url, json=body, headers=auth_headers(APP))
    assert_error(refused, 400, "campaignType")
    served = client.request(method, url + "&campaignType=sms", json=body, headers=auth_headers(APP))
    assert served.status_code == 200, served.text


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("accountId={account}&trigger=play", "campaignType"),
        ("accountId={account}&campaignType=voice", "trigger"),
        ("accountId={account}&campaignType=voice&trigger=", "trigger"),
        (f"accountId={{account}}&campaignType=voice&trigger={NOT_A_TRIGGER}", "trigger"),
    ],
)
def test_voice_trigger_requires_type_and_trigger(client: MockClient, query: str, field: str) -> None:
    campaign_id = _create(client, "voice")
    url = f"/api/v2/public/{DEMO_BOT_ID}/campaign/trigger/{campaign_id}?" + query.format(account=DEMO_ACCOUNT_ID)
    assert_error(client.post(url, json={}, headers=auth_headers(APP)), 400, field)
    served = client.post(
        voice_trigger_path(DEMO_BOT_ID, campaign_id, DEMO_ACCOUNT_ID, "play"), json={}, headers=auth_headers(APP)
    )
    assert served.status_code == 200, served.text


def test_sms_start_url_only_starts(client: MockClient) -> None:
    campaign_id = _create(client, "sms")
    stop_here = f"{BASE}/{campaign_id}?campaignType=sms&trigger=stop"
    assert_error(client.post(stop_here, json={}, headers=auth_headers(APP)), 400, "trigger")
    assert client.post(sms_start_path(DEMO_BOT_ID, campaign_id), headers=auth_headers(APP)).status_code == 200


def test_trigger_body_is_empty(client: MockClient) -> None:
    campaign_id = _create(client, "sms")
    refused = client.post(sms_start_path(DEMO_BOT_ID, campaign_id), json={"force": True}, headers=auth_headers(APP))
    assert_error(refused, 400, "force")
    served = client.post(sms_start_path(DEMO_BOT_ID, campaign_id), json={}, headers=auth_headers(APP))
    assert served.status_code == 200, served.text


@pytest.mark.parametrize("view", ["status", "contacts"])
def test_contacts_paging_is_checked_in_both_views(client: MockClient, view: str) -> None:
    campaign_id = _create(client, "voice")
    url = status_path(DEMO_BOT_ID, campaign_id, DEMO_ACCOUNT_ID, view)
    assert_error(client.post(url, json={"limit": 101}, headers=auth_headers(APP)), 400, "limit")
    assert client.post(url, json={"limit": 100}, headers=auth_headers(APP)).status_code == 200


def test_list_dialing_mode_filter_is_the_pages_two_modes(client: MockClient) -> None:
    body: dict[str, Any] = {"type": "voice", "filters": {"dialingMode": ["Agentless"]}}
    refused = client.post(list_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID), json=body, headers=auth_headers(APP))
    assert_error(refused, 400, "filters.dialingMode[0]")
    body["filters"]["dialingMode"] = ["Progressive", "Preview"]
    assert client.post(list_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID), json=body, headers=auth_headers(APP)).status_code == 200
