"""Helpers for calling the mock in-process: token signing and a synchronous client over httpx.ASGITransport."""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import hashlib
import hmac
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
from kore_campaigns.auth import sign_token as sign_platform_token
from starlette.applications import Starlette
from starlette.types import ASGIApp

from .app import create_app
from .clock import Clock
from .config import RegisteredApp, parse_seed
from .errors import ERROR_CODES
from .simulation import SimulationSettings

BASE_URL = "http://kore-campaigns-mock"


def mock_app(
    *,
    dialling: bool,
    apps: Sequence[RegisteredApp] | None = None,
    rate_limit_per_minute: int = 60,
    clock: Clock | Callable[[], float] | None = None,
    rate_limit_window: int = 60,
    simulation: SimulationSettings | None = None,
) -> Starlette:
    """:func:`create_app` for tests, which must say whether started campaigns dial.

    A dialling mock on the wall clock moves its campaigns on while a test runs (a slow machine lets an SMS
    campaign complete between a start and a stop), so every test states it; `dialling` wins over
    `simulation.dialling`."""
    settings = dataclasses.replace(simulation or SimulationSettings(), dialling=dialling)
    return create_app(apps, rate_limit_per_minute, clock, rate_limit_window, settings)


def mock_argv(*options: str, dialling: bool, module: bool = False) -> list[str]:
    """The `kore-campaigns-mock` command of this environment with `options`, saying whether it dials;
    `module` spells it `python -m kore_campaigns_mock`."""
    if module:
        command = [sys.executable, "-m", "kore_campaigns_mock"]
    else:
        command = [str(Path(sys.executable).with_name("kore-campaigns-mock"))]
    return [*command, *options, *([] if dialling else ["--no-dialling"])]


def sign_token(app: RegisteredApp, *, lifetime: int | None = 300, with_jti: bool = False, **claims: Any) -> str:
    """An HS256 token for `app` like the docs' recipe ({"sub", "appId"}), plus iat/exp and an optional jti.

    Signed by the project's one signer (the overlay's): these test tools import the client, the server never."""
    return sign_platform_token(
        app.client_id, app.client_secret, subject="1234567890", lifetime=lifetime, with_jti=with_jti, claims=claims
    )


def two_tenants(
    a_bot_ids: Sequence[str] = ("st-bot-a",), b_contact_lists: Sequence[str] | None = None
) -> tuple[RegisteredApp, RegisteredApp]:
    """Two registered apps of two accounts (A: `st-bot-a`, B: `st-bot-b`), for tenant-isolation tests.

    B's contact lists are the docs' sample lists unless given (an empty list gives B none)."""
    tenant_b: dict[str, Any] = {
        "clientId": "cs-tenant-b",
        "clientSecret": "tenant-b-secret-0123456789abcdef0123",
        "accountId": "bbbbbbbbbbbbbbbbbbbbbbbb",
        "botIds": ["st-bot-b"],
    }
    if b_contact_lists is not None:
        tenant_b["contactLists"] = list(b_contact_lists)
    tenant_a = {
        "clientId": "cs-tenant-a",
        "clientSecret": "tenant-a-secret-0123456789abcdef0123",
        "accountId": "aaaaaaaaaaaaaaaaaaaaaaaa",
        "botIds": list(a_bot_ids),
    }
    first, second = parse_seed({"apps": [tenant_a, tenant_b]})
    return first, second


def auth_headers(app: RegisteredApp, bot_id: str | None = None, token: str | None = None) -> dict[str, str]:
    """The three credential headers every operation needs; the token is fresh unless given."""
    return {
        "auth": token if token is not None else sign_token(app),
        "accountId": app.account_id,
        "iid": bot_id if bot_id is not None else app.bot_ids[0],
    }


def docs_curl_headers(app: RegisteredApp) -> dict[str, str]:
    """:func:`auth_headers` spelled as the docs' curls send them: lower-case ``accountid``."""
    headers = auth_headers(app)
    return {"auth": headers["auth"], "accountid": headers["accountId"], "iid": headers["iid"]}


def voice_campaigns_path(bot_id: str, campaign_type: str = "voice") -> str:
    return f"/agentassist/api/v1/public/{bot_id}/campaign?campaignType={campaign_type}"


def sms_campaigns_path(bot_id: str, account_id: str, campaign_type: str = "sms") -> str:
    return f"/campaign/api/v2/public/{bot_id}/campaign?accountId={account_id}&campaignType={campaign_type}"


def campaign_path(bot_id: str, campaign_id: str, account_id: str) -> str:
    return f"/campaign/api/v2/public/{bot_id}/campaign/{campaign_id}?accountId={account_id}"


def schedule_path(bot_id: str, campaign_name: str) -> str:
    query = urlencode({"enableSchedule": "true", "campaignName": campaign_name})
    return f"/campaign/api/v2/public/{bot_id}/campaign/schedule?{query}"


def disable_schedule_path(bot_id: str, campaign_name: str) -> str:
    query = urlencode({"enableSchedule": "false", "campaignName": campaign_name})
    return f"/campaign/api/v2/public/{bot_id}/campaign/schedule?{query}"


def v2_campaigns_path(bot_id: str, account_id: str, campaign_type: str) -> str:
    """Create v2 (voice or SMS); SMS advanced format also at the docs' /api/v2 path (`no_prefix_sms_path`)."""
    return f"/campaign/api/v2/public/{bot_id}/campaign?accountId={account_id}&campaignType={campaign_type}"


def no_prefix_sms_path(bot_id: str, account_id: str) -> str:
    return f"/api/v2/public/{bot_id}/campaign?accountId={account_id}&campaignType=sms"


def typed_campaign_path(bot_id: str, campaign_id: str, account_id: str, campaign_type: str) -> str:
    """Update and delete v2."""
    return f"{campaign_path(bot_id, campaign_id, account_id)}&campaignType={campaign_type}"


def voice_trigger_path(bot_id: str, campaign_id: str, account_id: str, trigger: str) -> str:
    query = urlencode({"accountId": account_id, "campaignType": "voice", "trigger": trigger})
    return f"/api/v2/public/{bot_id}/campaign/trigger/{campaign_id}?{query}"


def sms_start_path(bot_id: str, campaign_id: str) -> str:
    return f"/campaign/api/v2/public/{bot_id}/campaign/{campaign_id}?campaignType=sms&trigger=play"


def sms_stop_path(bot_id: str, campaign_id: str, account_id: str, *, double_slash: bool = True) -> str:
    slash = "//" if double_slash else "/"
    query = urlencode({"accountId": account_id, "campaignType": "sms", "trigger": "stop"})
    return f"/campaign/api/v2/public/{bot_id}/campaign{slash}trigger/{campaign_id}?{query}"


def status_path(bot_id: str, campaign_id: str, account_id: str, view: str = "status") -> str:
    return f"/campaign/api/v2/public/{bot_id}/campaign/{campaign_id}/status?accountId={account_id}&view={view}"


def list_path(bot_id: str, account_id: str) -> str:
    return f"/campaign/api/v2/public/{bot_id}/campaign/getAllCampaignDetails?accountId={account_id}"


def callback_path(bot_id: str, campaign_instance_id: str) -> str:
    return f"/campaign/api/v2/public/{bot_id}/campaign/{campaign_instance_id}/callContactAt"


class MockClient:
    """Synchronous requests to an ASGI app; each call runs its own event loop (tests, scripts)."""

    def __init__(self, app: ASGIApp, base_url: str = BASE_URL) -> None:
        self._app = app
        self._base_url = base_url

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return asyncio.run(self._request(method, url, **kwargs))

    async def _request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        transport = httpx.ASGITransport(app=self._app)
        async with httpx.AsyncClient(transport=transport, base_url=self._base_url) as client:
            return await client.request(method, url, **kwargs)

    def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("POST", url, **kwargs)

    def put(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("PUT", url, **kwargs)

    def delete(self, url: str, **kwargs: Any) -> httpx.Response:
        return self.request("DELETE", url, **kwargs)


def assert_error(response: httpx.Response, status: int, field: str | None = None) -> list[dict[str, Any]]:
    """Assert the one error shape, the status, and (when given) that an error names `field`; returns the errors."""
    assert response.status_code == status, f"{response.status_code} != {status}: {response.text}"
    body = response.json()
    assert body["status"] == "failure"
    assert isinstance(body["message"], str) and body["message"]
    errors: list[dict[str, Any]] = body["errors"]
    assert errors, "an error response lists at least one error"
    for error in errors:
        assert set(error) <= {"msg", "code", "field"} and isinstance(error["msg"], str)
        assert error["code"] == ERROR_CODES[status]
        assert error.get("field", "") is not None
    if field is not None:
        named = [error for error in errors if error.get("field") == field]
        assert named, f"no error names {field!r}: {errors}"
        if status != 401:  # 401 keeps the platform's exact text, "Invalid SDK credentials"
            assert any(field in error["msg"] for error in named), named
    return errors


def sign_raw_token(app: RegisteredApp, payload: bytes) -> str:
    """An HS256 token over payload bytes as given: JSON PyJWT would refuse to write ("exp": "1", 1e400, "iss": 7)."""

    def part(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    header = part(b'{"alg":"HS256","typ":"JWT"}')
    signing_input = f"{header}.{part(payload)}"
    signature = hmac.new(app.client_secret.encode(), signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{part(signature)}"


def mock_state(app: ASGIApp) -> dict[str, object]:
    """The whole state of a mock made by create_app, as plain data: equal before and after a request that
    changed nothing (campaigns, contact lists with their contacts, simulated runs, pre-call settings, clock)."""
    state: dict[str, object] = app.state.service.state()  # type: ignore[attr-defined]
    return state
