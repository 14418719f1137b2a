"""HTTP-level behaviour: unknown routes, methods, media types, bodies, rate limits; no input gives a 5xx."""

from __future__ import annotations

import asyncio
import json
import random
import time
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from kore_campaigns_mock import DEMO_ACCOUNT_ID, DEMO_BOT_ID, RegisteredApp, demo_app, samples
from kore_campaigns_mock.store import CampaignStore
from kore_campaigns_mock.testing import (
    MockClient,
    assert_error,
    auth_headers,
    campaign_path,
    mock_app,
    schedule_path,
    sign_token,
    sms_campaigns_path,
    voice_campaigns_path,
)

APP = demo_app()
RATE_LIMIT_TEXT = "You've exceeded the per-minute rate limit. Please wait for sometime before retrying."


@pytest.fixture
def client() -> MockClient:
    return MockClient(mock_app(dialling=False, rate_limit_per_minute=0))


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/campaign",
        f"/campaign/api/v2/public/{DEMO_BOT_ID}/campaigns",
        f"/agentassist/api/v1/public/{DEMO_BOT_ID}/campaign/",
    ],
)
def test_unknown_path_is_404(client: MockClient, path: str) -> None:
    assert_error(client.post(path, json={}, headers=auth_headers(APP)), 404)


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("PATCH", campaign_path(DEMO_BOT_ID, "cd-1", DEMO_ACCOUNT_ID), "DELETE, GET, HEAD, POST, PUT"),
        ("GET", f"/campaign/api/v2/public/{DEMO_BOT_ID}/campaign/cd-1/status", "POST"),
        ("GET", voice_campaigns_path(DEMO_BOT_ID), "POST"),
        ("PATCH", schedule_path(DEMO_BOT_ID, "x"), "POST"),
    ],
)
def test_wrong_method_is_405_with_allow(client: MockClient, method: str, path: str, allow: str) -> None:
    response = client.request(method, path, headers=auth_headers(APP))
    assert_error(response, 405)
    assert response.headers["allow"] == allow


@pytest.mark.parametrize(
    "content_type",
    ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonp"],
)
def test_wrong_content_type_is_415(client: MockClient, content_type: str) -> None:
    headers = auth_headers(APP) | {"content-type": content_type}
    body = json.dumps(samples.voice_campaign())
    assert_error(client.post(voice_campaigns_path(DEMO_BOT_ID), content=body, headers=headers), 415, "Content-Type")


@pytest.mark.parametrize("content_type", ["application/json; charset=utf-8", "Application/JSON", None])
def test_json_content_types_are_accepted(client: MockClient, content_type: str | None) -> None:
    headers = auth_headers(APP)
    if content_type is not None:
        headers["content-type"] = content_type
    body = json.dumps(samples.voice_campaign())
    assert client.post(voice_campaigns_path(DEMO_BOT_ID), content=body, headers=headers).status_code == 200


@pytest.mark.parametrize(
    "raw",
    [b"", b"  ", b"{", b"[]", b"null", b'"text"', b"42", b'{"name": NaN}', b'{"a": Infinity}', b"\xff\xfe\x00",
     b"[" * 100_000, b'{"a":' * 50_000, b'{"n": ' + b"9" * 5000 + b"}"],
)  # fmt: skip
def test_malformed_or_non_object_body_is_400(client: MockClient, raw: bytes) -> None:
    headers = auth_headers(APP) | {"content-type": "application/json"}
    assert_error(client.post(voice_campaigns_path(DEMO_BOT_ID), content=raw, headers=headers), 400, "body")


def test_body_over_one_mebibyte_is_413(client: MockClient) -> None:
    body = samples.voice_campaign() | {"padding": "x" * (1024 * 1024)}
    assert_error(client.post(voice_campaigns_path(DEMO_BOT_ID), json=body, headers=auth_headers(APP)), 413, "body")


def test_error_responses_are_json(client: MockClient) -> None:
    response = client.get("/nowhere")
    assert response.headers["content-type"] == "application/json"


# ---- rate limit ------------------------------------------------------------------------------


class FakeClock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _get(client: MockClient, app: RegisteredApp, token: str | None = None) -> Any:
    bot_id = app.bot_ids[0]
    return client.get(campaign_path(bot_id, "cd-none", app.account_id), headers=auth_headers(app, token=token))


def test_61st_request_in_a_minute_is_429_until_the_window_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    # One token signed at the real time: the mock checks its iat against the real clock.
    token = sign_token(APP)
    start = 1_900_000_000.0
    clock = FakeClock(start)
    monkeypatch.setattr(time, "time", clock)  # the limiter (the limits library) reads time.time
    client = MockClient(mock_app(dialling=False, clock=clock))
    for _ in range(60):
        assert _get(client, APP, token).status_code == 404
        clock.now += 0.5
    limited = _get(client, APP, token)
    errors = assert_error(limited, 429)
    assert errors[0]["msg"] == RATE_LIMIT_TEXT
    # The first request leaves the 60-second window just after start + 60, 30 s from now:
    # Retry-After rounds past that boundary.
    assert limited.headers["retry-after"] == "31"
    clock.now = start + 59.9
    almost = _get(client, APP, token)
    assert_error(almost, 429)
    assert almost.headers["retry-after"] == "1"
    clock.now = start + 59.999
    assert_error(_get(client, APP, token), 429)
    # Not exactly start + 60: there limits' MemoryStorage still counts the first request
    # (acquire_entry: atime >= now - window) but its expiry thread, woken 10 ms after each hit
    # and reading the same patched time.time, drops it (expiry <= now); which runs first is a race.
    clock.now = start + 60.01
    assert _get(client, APP, token).status_code == 404


def test_rate_limit_window_is_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    token = sign_token(APP)
    clock = FakeClock(1_900_000_000.0)
    monkeypatch.setattr(time, "time", clock)
    client = MockClient(mock_app(dialling=False, rate_limit_per_minute=2, rate_limit_window=10, clock=clock))
    assert [_get(client, APP, token).status_code for _ in range(3)] == [404, 404, 429]
    clock.now += 10.5
    assert _get(client, APP, token).status_code == 404


def test_rate_limit_is_per_account() -> None:
    other = RegisteredApp(
        client_id="cs-other", client_secret=APP.client_secret, account_id="other-account", bot_ids=("st-other",)
    )
    client = MockClient(mock_app(dialling=False, apps=[APP, other], rate_limit_per_minute=2, clock=FakeClock(0.0)))
    assert [_get(client, APP).status_code for _ in range(3)] == [404, 404, 429]
    assert _get(client, other).status_code == 404


def test_refused_credentials_are_not_counted() -> None:
    client = MockClient(mock_app(dialling=False, rate_limit_per_minute=1, clock=FakeClock(0.0)))
    path = campaign_path(DEMO_BOT_ID, "cd-none", DEMO_ACCOUNT_ID)
    for _ in range(3):
        assert_error(client.get(path, headers=auth_headers(APP, token="garbage")), 401)
    assert _get(client, APP).status_code == 404
    assert_error(_get(client, APP), 429)
    # Credentials are checked before the limit: a bad token still gets 401, not 429.
    assert_error(client.get(path, headers=auth_headers(APP, token="garbage")), 401)


def test_rate_limit_zero_disables_it() -> None:
    client = MockClient(mock_app(dialling=False, rate_limit_per_minute=0, clock=FakeClock(0.0)))
    assert {_get(client, APP).status_code for _ in range(150)} == {404}


# ---- no input produces a 5xx -----------------------------------------------------------------


def _odd_value(rng: random.Random, depth: int = 0) -> object:
    choices: list[object] = [
        None, True, False, 0, -1, 2**63, -(2**70), 1.5, 1e308, -0.0, "", " ", "\u0000", "é🙂", "x" * 300,
        "9:00 AM", "MO", "2027-01-01 00:00:00", "Recent Buyers - Q2 2025", "Asia/Kolkata", "../../etc/passwd",
    ]  # fmt: skip
    if depth < 3:
        choices += [[_odd_value(rng, depth + 1)], {"k": _odd_value(rng, depth + 1)}, {}, []]
    return rng.choice(choices)


def _paths(document: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found: list[tuple[object, ...]] = [prefix] if prefix else []
    if isinstance(document, dict):
        for key, value in document.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found += _paths(value, (*prefix, index))
    return found


def _mutated(document: dict[str, Any], rng: random.Random) -> object:
    if rng.random() < 0.1:
        return _odd_value(rng)
    result: Any = json.loads(json.dumps(document))
    for _ in range(rng.randint(1, 3)):
        paths = _paths(result)
        if not paths:
            break
        path = rng.choice(paths)
        target = result
        for step in path[:-1]:
            target = target[step]
        if rng.random() < 0.3 and isinstance(target, dict):
            del target[path[-1]]
        else:
            target[path[-1]] = _odd_value(rng)
    return result


def test_odd_inputs_never_produce_a_server_error() -> None:
    rng = random.Random(20250626)
    client = MockClient(mock_app(dialling=False, rate_limit_per_minute=0))
    headers = auth_headers(APP)
    assert (
        client.post(voice_campaigns_path(DEMO_BOT_ID), json=samples.voice_campaign(), headers=headers).status_code
        == 200
    )
    now = datetime.now(UTC)
    targets: list[tuple[str, dict[str, Any]]] = [
        (voice_campaigns_path(DEMO_BOT_ID), samples.voice_campaign()),
        (sms_campaigns_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID), samples.sms_campaign()),
        (schedule_path(DEMO_BOT_ID, "Product Feedback Voice Campaign"), samples.daily_schedule(now)),
        (schedule_path(DEMO_BOT_ID, "Product Feedback Voice Campaign"), samples.weekly_schedule(now)),
    ]
    odd_queries = [
        "?campaignType=%00",
        "?campaignType=voice&campaignType=sms",
        "?enableSchedule=true&campaignName=%FF",
        "?accountId=&campaignType=sms",
        "?" + "a=1&" * 200,
        "?campaignName=" + "é" * 60,
    ]
    odd_headers: list[dict[str, str | bytes]] = [
        {"auth": "é".encode("latin-1") * 10},
        {"iid": b"\xff"},
        {"iid": ""},
        {"accountId": " "},
        {"content-type": ";;;"},
        {"content-type": "application/json; charset=latin-1"},
        {"auth": "a.b"},
        {"auth": "e30.e30.e30"},
    ]
    statuses: set[int] = set()
    for _ in range(400):
        path, sample = rng.choice(targets)
        request_headers: dict[str, str | bytes] = dict(headers)
        if rng.random() < 0.15:
            path = path.split("?")[0] + rng.choice(odd_queries)
        if rng.random() < 0.15:
            request_headers |= rng.choice(odd_headers)
        body = json.dumps(_mutated(sample, rng)).encode()
        if rng.random() < 0.05:
            body = bytes(rng.randrange(256) for _ in range(rng.randint(0, 64)))
        response = client.post(path, content=body, headers=request_headers)
        assert response.status_code < 500, (path, body[:200], response.text)
        statuses.add(response.status_code)
    for odd_id in ["%20", "cd-" + "x" * 5000, "é", "..", "cd-1;DROP"]:
        response = client.get(campaign_path(DEMO_BOT_ID, odd_id, DEMO_ACCOUNT_ID), headers=headers)
        assert response.status_code < 500
    # The walk reached past validation, not only the front door.
    assert {200, 400} <= statuses


def test_an_unexpected_exception_is_a_500_in_the_error_shape_and_still_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(CampaignStore, "get", broken)
    app = mock_app(dialling=False)
    path = campaign_path(DEMO_BOT_ID, "cd-1", DEMO_ACCOUNT_ID)

    async def call(raise_app_exceptions: bool) -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=raise_app_exceptions)
        async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
            return await client.get(path, headers=auth_headers(APP))

    # Tests (and the server's log) see the bug itself...
    with pytest.raises(RuntimeError, match="simulated bug"):
        asyncio.run(call(raise_app_exceptions=True))
    # ...while the client still gets the one error shape.
    response = asyncio.run(call(raise_app_exceptions=False))
    assert response.status_code == 500
    assert response.json()["errors"][0]["code"] == 5000
