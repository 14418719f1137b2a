"""Credentials (401), tenancy (403) and isolation between tenants."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import jwt
import pytest
from kore_campaigns_mock import (
    DEMO_ACCOUNT_ID,
    DEMO_BOT_ID,
    DEMO_CLIENT_ID,
    demo_app,
    samples,
)
from kore_campaigns_mock.testing import (
    MockClient,
    assert_error,
    auth_headers,
    campaign_path,
    mock_app,
    schedule_path,
    sign_token,
    sms_campaigns_path,
    two_tenants,
    voice_campaigns_path,
)

APP = demo_app()
SECRET = APP.client_secret


@pytest.fixture
def client() -> MockClient:
    return MockClient(mock_app(dialling=False))


def _create(client: MockClient, headers: dict[str, str]) -> Any:
    return client.post(voice_campaigns_path(DEMO_BOT_ID), json=samples.voice_campaign(), headers=headers)


def _claims(**extra: Any) -> dict[str, Any]:
    now = int(time.time())
    return {"sub": "1234567890", "appId": DEMO_CLIENT_ID, "iat": now, "exp": now + 300} | extra


REFUSED_TOKENS: dict[str, Callable[[], str]] = {
    "alg none": lambda: jwt.encode(_claims(), "", algorithm="none"),
    "alg none with signature": lambda: jwt.encode(_claims(), "", algorithm="none") + "c2ln",
    "HS512": lambda: jwt.encode(_claims(), SECRET, algorithm="HS512"),
    "HS384": lambda: jwt.encode(_claims(), SECRET, algorithm="HS384"),
    "bad signature": lambda: jwt.encode(_claims(), "another-secret-of-at-least-32-bytes!!", algorithm="HS256"),
    "tampered payload": lambda: _tampered(),
    "unknown app": lambda: jwt.encode(_claims(appId="cs-unknown"), SECRET, algorithm="HS256"),
    "missing appId": lambda: jwt.encode(_claims(appId=None) | {"appId": None}, SECRET, algorithm="HS256"),
    "no appId claim": lambda: jwt.encode({"sub": "1234567890"}, SECRET, algorithm="HS256"),
    "appid misspelt": lambda: jwt.encode({"sub": "1", "appid": DEMO_CLIENT_ID}, SECRET, algorithm="HS256"),
    "appId not a string": lambda: jwt.encode(_claims(appId=["x"]), SECRET, algorithm="HS256"),
    "expired": lambda: jwt.encode(_claims(exp=int(time.time()) - 60), SECRET, algorithm="HS256"),
    "issued in the future": lambda: jwt.encode(_claims(iat=int(time.time()) + 600), SECRET, algorithm="HS256"),
    "not yet valid": lambda: jwt.encode(_claims(nbf=int(time.time()) + 600), SECRET, algorithm="HS256"),
    "exp not a number": lambda: jwt.encode(_claims(exp="soon"), SECRET, algorithm="HS256"),
    "jti without exp": lambda: jwt.encode({"appId": DEMO_CLIENT_ID, "jti": "j-1"}, SECRET, algorithm="HS256"),
    "jti living over an hour": lambda: jwt.encode(
        _claims(jti="j-2", exp=int(time.time()) + 3601), SECRET, algorithm="HS256"
    ),
    "garbage": lambda: "not-a-jwt",
    "three garbage parts": lambda: "a.b.c",
    "bearer prefix": lambda: "Bearer " + sign_token(APP),
    "empty": lambda: "",
}


def _tampered() -> str:
    header, _, signature = sign_token(APP).split(".")
    other_payload = jwt.encode(_claims(sub="someone-else"), "x" * 32, algorithm="HS256").split(".")[1]
    return f"{header}.{other_payload}.{signature}"


# Signing the HS384/HS512 cases with the 45-byte demo secret warns; those tokens are meant to be refused.
@pytest.mark.filterwarnings("ignore::jwt.warnings.InsecureKeyLengthWarning")
@pytest.mark.parametrize("kind", sorted(REFUSED_TOKENS))
def test_refused_token(client: MockClient, kind: str) -> None:
    headers = auth_headers(APP, token=REFUSED_TOKENS[kind]())
    errors = assert_error(_create(client, headers), 401, "auth")
    assert errors[0]["msg"] == "Invalid SDK credentials" and errors[0]["code"] == 4002


def test_missing_auth_header(client: MockClient) -> None:
    headers = auth_headers(APP)
    del headers["auth"]
    assert_error(_create(client, headers), 401, "auth")


@pytest.mark.parametrize("header", ["accountId", "iid"])
def test_missing_tenant_header_is_401_naming_it(client: MockClient, header: str) -> None:
    headers = auth_headers(APP)
    del headers[header]
    errors = assert_error(_create(client, headers), 401, header)
    assert errors[0]["msg"] == "Invalid SDK credentials"


def test_docs_exact_payload_without_exp_is_accepted(client: MockClient) -> None:
    # The docs' recipe signs only {"sub", "appId"}; exp is checked only when present.
    token = jwt.encode({"sub": "1234567890", "appId": DEMO_CLIENT_ID}, SECRET, algorithm="HS256")
    assert _create(client, auth_headers(APP, token=token)).status_code == 200


def test_audience_claim_is_ignored(client: MockClient) -> None:
    token = sign_token(APP, aud="https://idproxy.kore.ai/authorize")
    assert _create(client, auth_headers(APP, token=token)).status_code == 200


def test_jti_is_single_use(client: MockClient) -> None:
    token = sign_token(APP, with_jti=True)
    assert _create(client, auth_headers(APP, token=token)).status_code == 200
    errors = assert_error(
        client.get(campaign_path(DEMO_BOT_ID, "cd-x", DEMO_ACCOUNT_ID), headers=auth_headers(APP, token=token)), 401
    )
    assert errors[0]["msg"] == "Invalid SDK credentials"
    # A fresh jti is fine.
    fresh = auth_headers(APP, token=sign_token(APP, with_jti=True))
    assert client.get(campaign_path(DEMO_BOT_ID, "cd-x", DEMO_ACCOUNT_ID), headers=fresh).status_code == 404


def test_jti_with_an_hour_lifetime_is_accepted(client: MockClient) -> None:
    token = sign_token(APP, lifetime=3600, with_jti=True)
    assert _create(client, auth_headers(APP, token=token)).status_code == 200


def test_header_names_are_case_insensitive(client: MockClient) -> None:
    headers = {"AUTH": sign_token(APP), "accountid": DEMO_ACCOUNT_ID, "IID": DEMO_BOT_ID}
    assert _create(client, headers).status_code == 200


@pytest.mark.parametrize(
    ("header", "value"),
    [("accountId", "67777ce93e25326494eyyyyy"), ("iid", "st-someone-elses-bot")],
)
def test_tenant_header_not_matching_the_app_is_403(client: MockClient, header: str, value: str) -> None:
    headers = auth_headers(APP) | {header: value}
    assert_error(_create(client, headers), 403, header)


def test_bot_in_path_must_equal_iid(client: MockClient) -> None:
    voice = client.post(voice_campaigns_path("st-other"), json=samples.voice_campaign(), headers=auth_headers(APP))
    assert_error(voice, 403, "IId")
    get = client.get(campaign_path("st-other", "cd-x", DEMO_ACCOUNT_ID), headers=auth_headers(APP))
    assert_error(get, 403, "streamId")


@pytest.mark.parametrize("operation", ["create_sms", "get"])
def test_query_account_id_must_equal_header(client: MockClient, operation: str) -> None:
    if operation == "create_sms":
        path = sms_campaigns_path(DEMO_BOT_ID, "67777ce93e25326494eyyyyy")
        response = client.post(path, json=samples.sms_campaign(), headers=auth_headers(APP))
    else:
        response = client.get(campaign_path(DEMO_BOT_ID, "cd-x", "67777ce93e25326494eyyyyy"), headers=auth_headers(APP))
    assert_error(response, 403, "accountId")


def test_query_account_id_is_ignored_where_undocumented(client: MockClient) -> None:
    path = voice_campaigns_path(DEMO_BOT_ID) + "&accountId=whatever"
    assert client.post(path, json=samples.voice_campaign(), headers=auth_headers(APP)).status_code == 200
    schedule = schedule_path(DEMO_BOT_ID, "Product Feedback Voice Campaign") + "&accountId=whatever"
    body = samples.daily_schedule(datetime.now(UTC))
    assert client.post(schedule, json=body, headers=auth_headers(APP)).status_code == 200


def test_auth_is_checked_before_validation(client: MockClient) -> None:
    headers = auth_headers(APP, token="garbage")
    path = voice_campaigns_path(DEMO_BOT_ID, "sms")
    assert_error(client.post(path, content=b"{not json", headers=headers), 401)


def test_tenant_is_checked_before_validation(client: MockClient) -> None:
    headers = auth_headers(APP) | {"iid": "st-other"}
    assert_error(client.post(voice_campaigns_path(DEMO_BOT_ID), json={}, headers=headers), 403, "iid")


# ---- two tenants -----------------------------------------------------------------------------


def test_one_tenant_cannot_read_or_change_anothers_campaigns() -> None:
    tenant_a, tenant_b = two_tenants(b_contact_lists=["CL Only 2020 Dec 4", "Recent Buyers - Q2 2025"])
    client = MockClient(mock_app(dialling=False, apps=[tenant_a, tenant_b]))
    created = client.post(
        voice_campaigns_path("st-bot-a"), json=samples.voice_campaign(), headers=auth_headers(tenant_a)
    )
    assert created.status_code == 200
    campaign_id = created.json()["data"]["id"]
    name = samples.voice_campaign()["name"]
    schedule = samples.daily_schedule(datetime.now(UTC))

    # B's token with A's bot and account: refused before anything is looked up.
    as_a = auth_headers(tenant_b, bot_id="st-bot-a") | {"accountId": tenant_a.account_id}
    assert_error(client.get(campaign_path("st-bot-a", campaign_id, tenant_a.account_id), headers=as_a), 403)
    assert_error(client.post(schedule_path("st-bot-a", name), json=schedule, headers=as_a), 403)

    # B's own bot knows nothing of A's campaign, by id or by name.
    own = auth_headers(tenant_b)
    assert_error(
        client.get(campaign_path("st-bot-b", campaign_id, tenant_b.account_id), headers=own), 404, "campaignId"
    )
    assert_error(client.post(schedule_path("st-bot-b", name), json=schedule, headers=own), 404, "campaignName")

    # A's token signed with B's secret: the signature does not verify.
    forged = jwt.encode({"appId": tenant_a.client_id}, tenant_b.client_secret, algorithm="HS256")
    forged_headers = auth_headers(tenant_a, token=forged)
    assert_error(client.get(campaign_path("st-bot-a", campaign_id, tenant_a.account_id), headers=forged_headers), 401)

    # Names are per bot: B may use the same name, and A's campaign is untouched.
    mine = client.post(voice_campaigns_path("st-bot-b"), json=samples.voice_campaign(), headers=own)
    assert mine.status_code == 200
    detail = client.get(campaign_path("st-bot-a", campaign_id, tenant_a.account_id), headers=auth_headers(tenant_a))
    assert detail.json()["data"]["schedule"]["isSchedulingEnabled"] is False


def test_contact_lists_are_per_app() -> None:
    tenant_a, tenant_b = two_tenants(b_contact_lists=["CL Only 2020 Dec 4", "Recent Buyers - Q2 2025"])
    client = MockClient(mock_app(dialling=False, apps=[tenant_a, tenant_b]))
    # "testdnc" exists for A (demo lists by default) but not in B's seeded lists.
    path_b = sms_campaigns_path("st-bot-b", tenant_b.account_id)
    assert_error(client.post(path_b, json=samples.sms_campaign(), headers=auth_headers(tenant_b)), 400, "dncLists.name")
    path_a = sms_campaigns_path("st-bot-a", tenant_a.account_id)
    assert client.post(path_a, json=samples.sms_campaign(), headers=auth_headers(tenant_a)).status_code == 200
