"""Hostile input the mock once crashed on or wrongly accepted, and the other instances of each class (issue 10).

1. A client-supplied string reaching a response, a comparison or an int(): a JSON string holding an unpaired
   UTF-16 surrogate was stored and then broke the UTF-8 response (500); a Content-Length of "²" or of 5000
   digits reached int() (500); a body in UTF-16 or with a repeated key was silently read; a Content-Type padded
   with U+0085 passed str.strip().
2. A JWT claim of the wrong JSON type: PyJWT reads exp, iat and nbf with int(), so "9999999999" and true passed.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from typing import Any

import httpx
import jwt
import pytest
from kore_campaigns_mock import DEMO_ACCOUNT_ID, DEMO_BOT_ID, DEMO_CLIENT_ID, demo_app, samples
from kore_campaigns_mock.testing import (
    MockClient,
    assert_error,
    auth_headers,
    campaign_path,
    mock_app,
    schedule_path,
    sign_raw_token,
    sms_campaigns_path,
    voice_campaigns_path,
)

APP = demo_app()
VOICE = voice_campaigns_path(DEMO_BOT_ID)
SMS = sms_campaigns_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID)


@pytest.fixture
def client() -> MockClient:
    return MockClient(mock_app(dialling=False))


def post_raw(client: MockClient, path: str, raw: bytes, **headers: str) -> httpx.Response:
    return client.post(path, content=raw, headers=auth_headers(APP) | headers)


def set_path(document: dict[str, Any], path: tuple[str | int, ...], value: object) -> dict[str, Any]:
    target: Any = document
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return document


def assert_nothing_stored(client: MockClient) -> None:
    # The docs' sample name is still free: a refused request stored nothing.
    response = client.post(VOICE, json=samples.voice_campaign(), headers=auth_headers(APP))
    assert response.status_code == 200, response.text


# --- 1. unpaired surrogates -------------------------------------------------------------------------------


def test_the_reported_case_a_name_with_an_unpaired_surrogate_is_400_not_500(client: MockClient) -> None:
    body = samples.voice_campaign()
    body["name"] = "a\ud800b"
    # json.dumps escapes the surrogate as \ud800, exactly what a client sends.
    response = post_raw(client, VOICE, json.dumps(body).encode())
    errors = assert_error(response, 400, "name")
    assert "unpaired UTF-16 surrogate" in errors[0]["msg"]
    assert_nothing_stored(client)


VOICE_STRINGS: list[tuple[str | int, ...]] = [
    ("description",),
    ("dialingStrategy", "callerId", "phoneNumber"),
    ("dialingStrategy", "callingHours", "timezone"),
    ("dialingStrategy", "callingHours", "days", 0, "start"),
    ("experienceFlowName",),
    ("contactLists", 0),
    ("priority",),
]


def _field(path: tuple[str | int, ...]) -> str:
    return "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path).lstrip(".")


@pytest.mark.parametrize("path", VOICE_STRINGS, ids=_field)
@pytest.mark.parametrize("surrogate", ["\ud800", "\udfff", "x\udc00", "\ude00\ud83d"])
def test_any_voice_string_with_an_unpaired_surrogate_is_refused_naming_it(
    client: MockClient, path: tuple[str | int, ...], surrogate: str
) -> None:
    body = set_path(samples.voice_campaign(), path, surrogate)
    assert_error(post_raw(client, VOICE, json.dumps(body).encode()), 400, _field(path))
    assert_nothing_stored(client)


@pytest.mark.parametrize("path", [("message", "template_name"), ("dncLists", "name"), ("name",)], ids=_field)
def test_any_sms_string_with_an_unpaired_surrogate_is_refused(client: MockClient, path: tuple[str, ...]) -> None:
    body = set_path(samples.sms_campaign(), path, "\ud800")
    assert_error(post_raw(client, SMS, json.dumps(body).encode()), 400, _field(path))


def test_a_key_with_an_unpaired_surrogate_is_refused_naming_its_object(client: MockClient) -> None:
    body = samples.voice_campaign()
    body["dialingStrategy"]["extra\ud800"] = 1
    errors = assert_error(post_raw(client, VOICE, json.dumps(body).encode()), 400, "dialingStrategy")
    assert "key" in errors[0]["msg"]


def test_a_surrogate_pair_is_one_character_and_accepted(client: MockClient) -> None:
    body = samples.voice_campaign()
    body["name"] = "smile \ud83d\ude00"  # the JSON escape pair for U+1F600
    response = post_raw(client, VOICE, json.dumps(body).encode())
    assert response.status_code == 200, response.text
    assert response.json()["data"]["name"] == "smile \U0001f600"


def test_many_surrogates_are_reported_ten_at_most(client: MockClient) -> None:
    body = samples.voice_campaign()
    body["contactLists"] = ["\ud800"] * 1000
    errors = assert_error(post_raw(client, VOICE, json.dumps(body).encode()), 400, "contactLists[0]")
    assert len(errors) == 10


def test_a_surrogate_in_a_schedule_body_is_refused(client: MockClient) -> None:
    client.post(VOICE, json=samples.voice_campaign(), headers=auth_headers(APP))
    body = samples.daily_schedule(datetime.now(UTC))
    body["recurrenceObject"]["recurType"] = "Daily\ud800"
    path = schedule_path(DEMO_BOT_ID, "Product Feedback Voice Campaign")
    assert_error(post_raw(client, path, json.dumps(body).encode()), 400, "recurrenceObject.recurType")


# --- 1. bytes that are not UTF-8 JSON, repeated keys -------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "rule"),
    [
        # A surrogate encoded as UTF-8 bytes (CESU-8); json.loads(bytes) decoded it with surrogatepass.
        (b'{"name": "a\xed\xa0\x80b"}', "must be encoded as UTF-8"),
        (json.dumps(samples.voice_campaign()).encode("utf-16"), "must be encoded as UTF-8"),
        (b'{"name": "\xff"}', "must be encoded as UTF-8"),
        # Valid UTF-8 (NUL bytes), so it fails as JSON; json.loads(bytes) used to detect UTF-32 and accept it.
        (json.dumps(samples.voice_campaign()).encode("utf-32-le"), "is not valid JSON"),
    ],
    ids=["cesu-8 surrogate", "utf-16", "invalid byte", "utf-32"],
)
def test_a_body_not_in_utf8_is_refused(client: MockClient, raw: bytes, rule: str) -> None:
    errors = assert_error(post_raw(client, VOICE, raw), 400, "body")
    assert errors[0]["msg"] == f"body {rule}"
    assert_nothing_stored(client)


def test_a_repeated_key_is_refused_not_silently_dropped(client: MockClient) -> None:
    sample = json.dumps(samples.voice_campaign())
    raw = sample.replace('"name":', '"name": "Decoy", "name":', 1).encode()
    errors = assert_error(post_raw(client, VOICE, raw), 400, "body")
    assert errors[0]["msg"] == 'body must not repeat a key within one object: "name" appears twice'
    assert_nothing_stored(client)


def test_a_repeated_nested_key_with_a_surrogate_is_echoed_escaped(client: MockClient) -> None:
    raw = b'{"dialingStrategy": {"\\ud800\\u0000": 1, "\\ud800\\u0000": 2}}'
    response = post_raw(client, VOICE, raw)
    errors = assert_error(response, 400, "body")
    assert errors[0]["msg"].endswith('"\\ud800\\u0000" appears twice')
    assert response.content.isascii()


@pytest.mark.parametrize(
    ("raw", "rule"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "is not valid JSON"),
        (b'{"a":' * 5_000 + b"1" + b"}" * 5_000, "is not valid JSON"),
        (b"[" * 500 + b"]" * 500, "must be a JSON object"),
        (b'{"name": ' + b"1" * 5000 + b"}", "holds an integer of more than 4300 digits"),
        (b'{"name": NaN}', "is not valid JSON"),
    ],
    ids=["deep array", "deep object", "nested array", "5000-digit integer", "NaN"],
)
def test_deep_or_odd_json_is_a_400(client: MockClient, raw: bytes, rule: str) -> None:
    errors = assert_error(post_raw(client, VOICE, raw), 400, "body")
    assert errors[0]["msg"] == f"body {rule}"


@pytest.mark.parametrize("number", ["1e400", "-1e400", "1e308", "-1e-308", "1" + "0" * 400, "3e1"])
def test_huge_and_tiny_numbers_for_an_integer_field(client: MockClient, number: str) -> None:
    sample = json.dumps(samples.voice_campaign())
    raw = sample.replace('"maxRingTime": 30', f'"maxRingTime": {number}').encode()
    response = post_raw(client, VOICE, raw)
    if number == "3e1":
        assert response.status_code == 200, response.text
    else:
        assert_error(response, 400, "dialingStrategy.maxRingTime")


# --- 1. header strings reaching int() and comparisons ------------------------------------------------------


@pytest.mark.parametrize(
    ("length", "status"),
    [(b"\xb2", 400), (b"9" * 5000, 413), (b"1" + b"0" * 30, 413), (b"0" * 40 + b"2", 400)],
    ids=["superscript two", "5000 digits", "31 digits", "leading zeros"],
)
def test_an_odd_content_length_is_not_a_500(client: MockClient, length: bytes, status: int) -> None:
    headers = [(name.encode(), value.encode()) for name, value in auth_headers(APP).items()]
    response = client.post(VOICE, content=b"{}", headers=[*headers, (b"content-length", length)])
    assert_error(response, status, "body" if status == 413 else None)


@pytest.mark.parametrize("padding", ["\x85", "\xa0", "\x1f"])
def test_content_type_padded_with_non_http_whitespace_is_refused(client: MockClient, padding: str) -> None:
    headers = [(name.encode(), value.encode()) for name, value in auth_headers(APP).items()]
    content_type = f"application/json{padding}".encode("latin-1")
    response = client.post(VOICE, content=b"{}", headers=[*headers, (b"content-type", content_type)])
    assert_error(response, 415, "Content-Type")


def test_content_type_padded_with_http_whitespace_is_json(client: MockClient) -> None:
    response = post_raw(
        client,
        VOICE,
        json.dumps(samples.voice_campaign()).encode(),
        **{"content-type": " application/json\t; charset=utf-8"},
    )
    assert response.status_code == 200, response.text


# --- 2. JWT claims of the wrong JSON type ------------------------------------------------------------------


def sign_raw(payload: bytes) -> str:
    return sign_raw_token(APP, payload)


def claims_json(**overrides: str) -> bytes:
    """The payload as JSON text, each override a raw JSON literal."""
    now = int(time.time())
    members = {"sub": '"1234567890"', "appId": json.dumps(DEMO_CLIENT_ID), "iat": str(now), "exp": str(now + 300)}
    members.update(overrides)
    return ("{" + ", ".join(f'"{name}": {value}' for name, value in members.items()) + "}").encode()


WRONG_CLAIM_TYPES = {
    "exp a string of digits (the reported case)": ("exp", '"9999999999"'),
    "iat a string of digits": ("iat", '"1"'),
    "nbf a string of digits": ("nbf", '"0"'),
    "iat true": ("iat", "true"),
    "nbf false": ("nbf", "false"),
    "exp null": ("exp", "null"),
    "exp an array": ("exp", "[9999999999]"),
    "exp an object": ("exp", '{"seconds": 9999999999}'),
    "exp NaN": ("exp", "NaN"),
    "exp Infinity": ("exp", "Infinity"),
    "exp 1e400": ("exp", "1e400"),
    "iat -Infinity": ("iat", "-Infinity"),
    "sub a number": ("sub", "1234567890"),
    "iss a number": ("iss", "7"),
    "jti a number": ("jti", "7"),
    "appId an object": ("appId", json.dumps({"id": DEMO_CLIENT_ID})),
    "aud a number": ("aud", "7"),
    "aud an array with a number": ("aud", '["https://idproxy.kore.ai/authorize", 7]'),
}


@pytest.mark.parametrize("case", sorted(WRONG_CLAIM_TYPES))
def test_a_claim_of_the_wrong_type_is_refused_without_echoing_the_token(client: MockClient, case: str) -> None:
    claim, literal = WRONG_CLAIM_TYPES[case]
    token = sign_raw(claims_json(**{claim: literal}))
    response = client.post(VOICE, json=samples.voice_campaign(), headers=auth_headers(APP, token=token))
    errors = assert_error(response, 401, "auth")
    assert errors == [{"msg": "Invalid SDK credentials", "code": 4002, "field": "auth"}]
    assert f"the {claim} claim" in response.json()["message"]
    for piece in token.split("."):
        assert piece not in response.text
    assert_nothing_stored(client)


@pytest.mark.parametrize(
    "overrides",
    [
        # Times relative to the test's own run ("now+" / "now-"), not to collection: the suite can run longer
        # than a token lives before it reaches this test.
        {"exp": "now+300.5"},
        {"iat": "now-0.25"},
        {"nbf": "0"},
        {"exp": "1" + "0" * 400},
        {"iss": '"kore"', "aud": '["https://idproxy.kore.ai/authorize"]'},
    ],
    ids=["fractional exp", "fractional iat", "nbf zero", "400-digit exp", "string iss and aud array"],
)
def test_claims_of_the_right_type_are_accepted(client: MockClient, overrides: dict[str, str]) -> None:
    now = time.time()
    resolved = {
        claim: str(now + float(value[3:])) if value.startswith(("now+", "now-")) else value
        for claim, value in overrides.items()
    }
    token = sign_raw(claims_json(**resolved))
    response = client.post(VOICE, json=samples.voice_campaign(), headers=auth_headers(APP, token=token))
    assert response.status_code == 200, response.text


def test_a_jti_token_living_half_a_second_over_an_hour_is_refused(client: MockClient) -> None:
    now = time.time()
    token = sign_raw(claims_json(iat=str(now), exp=str(now + 3600.5), jti='"j-frac"'))
    response = client.get(campaign_path(DEMO_BOT_ID, "cd-x", DEMO_ACCOUNT_ID), headers=auth_headers(APP, token=token))
    assert_error(response, 401, "auth")
    assert "at most 3600 seconds" in response.json()["message"]


def test_the_reported_token_signed_by_pyjwt_is_refused(client: MockClient) -> None:
    token = jwt.encode({"sub": "1", "appId": DEMO_CLIENT_ID, "exp": "9999999999"}, APP.client_secret, "HS256")
    response = client.get(campaign_path(DEMO_BOT_ID, "cd-x", DEMO_ACCOUNT_ID), headers=auth_headers(APP, token=token))
    assert_error(response, 401, "auth")
    assert token not in response.text


@pytest.mark.parametrize("exp", ["1" + "0" * 400, "1e308"])
def test_a_jti_token_with_a_huge_exp_is_refused_not_a_500(client: MockClient, exp: str) -> None:
    token = sign_raw(claims_json(exp=exp, jti='"j-huge"'))
    response = client.get(campaign_path(DEMO_BOT_ID, "cd-x", DEMO_ACCOUNT_ID), headers=auth_headers(APP, token=token))
    assert_error(response, 401, "auth")
    assert "at most 3600 seconds" in response.json()["message"]
