"""create_client / from_env: settings from the environment and what every request carries."""

from __future__ import annotations

from typing import Any

import httpx
import jwt
import kore_campaigns
import pytest
from kore_campaigns import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, KoreClient, KoreSettings, KoreSettingsError
from kore_campaigns_client.api.campaigns import create_campaign, get_campaign
from kore_campaigns_client.api.scheduling import schedule_campaign
from kore_campaigns_client.client import AuthenticatedClient
from kore_campaigns_client.models.schedule_request import ScheduleRequest
from kore_campaigns_client.models.sms_campaign_request import SmsCampaignRequest
from kore_campaigns_mock import samples

SECRET = "overlay-test-secret-0123456789abcdef0123456789"
ENV = {
    "KORE_CLIENT_ID": "cs-overlay-client",
    "KORE_CLIENT_SECRET": SECRET,
    "KORE_ACCOUNT_ID": "acct-0001",
    "KORE_BOT_ID": "st-overlay-bot",
}
ERROR_BODY = {"status": "failure", "message": "nope", "errors": [{"msg": "nope", "code": 4004}]}

SMS_BODY: dict[str, Any] = {**samples.sms_campaign(), "name": "Billing Alert"}
SCHEDULE_BODY = {
    "startDateTime": "2099-01-01 10:00:00",
    "endDateTime": "2099-02-01 10:00:00",
    "recurrenceObject": {"recurType": "Daily", "dailyDetails": {"onceEveryNdays": 1}},
}


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(404, json=ERROR_BODY)


def client_for(recorder: Recorder, **options: Any) -> KoreClient:
    transport = httpx.MockTransport(recorder)
    return kore_campaigns.from_env(ENV, transport=transport, async_transport=transport, **options)


def test_settings_from_env() -> None:
    settings = KoreSettings.from_env(ENV)
    assert settings == KoreSettings(
        client_id="cs-overlay-client",
        client_secret=SECRET,
        account_id="acct-0001",
        bot_id="st-overlay-bot",
        base_url=DEFAULT_BASE_URL,
    )
    assert DEFAULT_BASE_URL == "https://platform.kore.ai"
    assert KoreSettings.from_env({**ENV, "KORE_BASE_URL": "https://de-platform.kore.ai"}).base_url == (
        "https://de-platform.kore.ai"
    )
    assert KoreSettings.from_env({**ENV, "KORE_BASE_URL": ""}).base_url == DEFAULT_BASE_URL


def test_every_missing_or_empty_variable_is_named_at_once() -> None:
    with pytest.raises(KoreSettingsError) as caught:
        KoreSettings.from_env({"KORE_CLIENT_ID": "  ", "KORE_ACCOUNT_ID": "acct"})
    assert caught.value.missing == ("KORE_CLIENT_ID", "KORE_CLIENT_SECRET", "KORE_BOT_ID")
    assert str(caught.value) == (
        "missing or empty environment variable(s): KORE_CLIENT_ID, KORE_CLIENT_SECRET, KORE_BOT_ID"
    )
    assert isinstance(caught.value, ValueError)


def test_from_env_reads_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("KORE_BASE_URL", "https://jp-platform.kore.ai")
    client = kore_campaigns.from_env()
    assert isinstance(client, AuthenticatedClient)
    assert client.bot_id == "st-overlay-bot"
    assert client.account_id == "acct-0001"
    assert str(client.get_httpx_client().base_url) == "https://jp-platform.kore.ai"
    monkeypatch.delenv("KORE_BOT_ID")
    with pytest.raises(KoreSettingsError, match="KORE_BOT_ID"):
        kore_campaigns.from_env()


def test_create_client_refuses_empty_arguments_by_name() -> None:
    with pytest.raises(ValueError, match="account_id"):
        kore_campaigns.create_client(client_id="a", client_secret="b", account_id="", bot_id="st")
    with pytest.raises(ValueError, match="token_lifetime"):
        kore_campaigns.create_client(client_id="a", client_secret="b", account_id="c", bot_id="st", token_lifetime=7200)


def test_generated_client_is_configured_without_a_static_token() -> None:
    client = client_for(Recorder())
    assert client.token == ""
    assert client.prefix == ""
    assert client.auth_header_name == "auth"
    assert client.get_httpx_client().timeout == DEFAULT_TIMEOUT
    assert client.get_async_httpx_client().timeout == DEFAULT_TIMEOUT


def assert_credentials(request: httpx.Request) -> None:
    token = request.headers["auth"]
    claims = jwt.decode(token, SECRET, algorithms=["HS256"])
    assert claims["appId"] == "cs-overlay-client"
    assert "authorization" not in request.headers
    assert request.headers["accountId"] == "acct-0001"
    assert request.headers["iid"] == "st-overlay-bot"
    assert request.url.params.get_list("accountId") == ["acct-0001"]


def test_every_generated_operation_sends_the_credentials_and_account_query() -> None:
    recorder = Recorder()
    client = client_for(recorder)
    get_campaign.sync_detailed(client.bot_id, "cd-1", client=client)
    create_campaign.sync_detailed(
        client.bot_id,
        client=client,
        body=SmsCampaignRequest.from_dict(SMS_BODY),
        campaign_type="sms",
    )
    schedule_campaign.sync_detailed(
        client.bot_id,
        client=client,
        body=ScheduleRequest.from_dict(SCHEDULE_BODY),
        enable_schedule=True,
        campaign_name="Billing Alert",
    )
    get, create, schedule = recorder.requests
    for request in recorder.requests:
        assert_credentials(request)
    assert get.url.path == "/campaign/api/v2/public/st-overlay-bot/campaign/cd-1"
    # The operation's own query parameters are merged with the client's accountId.
    assert dict(create.url.params) == {"accountId": "acct-0001", "campaignType": "sms"}
    assert dict(schedule.url.params) == {
        "accountId": "acct-0001",
        "enableSchedule": "true",
        "campaignName": "Billing Alert",
    }
    assert create.headers["content-type"] == "application/json"


@pytest.mark.anyio
async def test_async_operations_send_the_same_credentials() -> None:
    recorder = Recorder()
    client = client_for(recorder)
    response = await get_campaign.asyncio_detailed(client.bot_id, "cd-1", client=client)
    assert response.status_code == 404
    (request,) = recorder.requests
    assert_credentials(request)


def test_copies_made_by_with_headers_keep_auth_and_layers() -> None:
    # The generated with_headers/with_timeout return a fresh copy that builds its own httpx client.
    recorder = Recorder()
    client = client_for(recorder, enforce_jti=True)
    copy = client.with_headers({"X-Trace": "1"}).with_timeout(httpx.Timeout(5.0))
    assert isinstance(copy, KoreClient)
    get_campaign.sync_detailed(copy.bot_id, "cd-1", client=copy)
    (request,) = recorder.requests
    assert_credentials(request)
    assert request.headers["x-trace"] == "1"
    assert copy.jwt_auth is client.jwt_auth
    assert client.jwt_auth.signatures == 1


def test_options_pass_through_from_env() -> None:
    recorder = Recorder()
    client = client_for(recorder, enforce_jti=True, token_lifetime=600, subject="svc")
    get_campaign.sync_detailed(client.bot_id, "cd-1", client=client)
    get_campaign.sync_detailed(client.bot_id, "cd-1", client=client)
    claims = [jwt.decode(r.headers["auth"], SECRET, algorithms=["HS256"]) for r in recorder.requests]
    assert [c["sub"] for c in claims] == ["svc", "svc"]
    assert all(c["exp"] - c["iat"] == 600 for c in claims)
    assert claims[0]["jti"] != claims[1]["jti"]


def test_context_managers_close_the_clients() -> None:
    client = client_for(Recorder())
    with client as entered:
        assert entered is client
    assert client.get_httpx_client().is_closed
