"""Disagreements schemathesis found between openapi.yaml and the mock, each decided for the spec.

1. `null` for an optional field (`"experienceFlowName": null`, `"queue_name": null`): no documented field is
   nullable and the spec types them as strings, but the mock read null as "absent" and created the campaign.
2. `30.0` for an integer field: JSON has one number type and JSON Schema's "integer" includes 30.0 (the docs
   say "number" for these fields), but the mock refused every float.
3. A name made only of U+001C..U+001F or U+0085: the spec's `pattern: \\S` is an ECMA-262 regex, for which
   those are not whitespace, but the mock judged blankness with Python's `str.strip()`.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from kore_campaigns_mock import DEMO_ACCOUNT_ID, DEMO_BOT_ID, demo_app, samples
from kore_campaigns_mock.testing import (
    MockClient,
    assert_error,
    auth_headers,
    mock_app,
    schedule_path,
    sms_campaigns_path,
    voice_campaigns_path,
)

APP = demo_app()
NOW = datetime(2030, 6, 15, 12, 0, 0, tzinfo=UTC)


@pytest.fixture
def client() -> MockClient:
    return MockClient(mock_app(dialling=False, clock=NOW.timestamp))


def post_voice(client: MockClient, body: dict[str, Any]) -> Any:
    return client.post(voice_campaigns_path(DEMO_BOT_ID), json=body, headers=auth_headers(APP))


def post_sms(client: MockClient, body: dict[str, Any]) -> Any:
    return client.post(sms_campaigns_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID), json=body, headers=auth_headers(APP))


@pytest.mark.parametrize("field", ["experienceFlowName", "queue_name", "schedule"])
def test_null_for_an_optional_voice_field_is_refused(client: MockClient, field: str) -> None:
    body = samples.voice_campaign()
    body[field] = None
    assert_error(post_voice(client, body), 400, field)


def test_null_for_an_optional_sms_field_is_refused(client: MockClient) -> None:
    body = samples.sms_campaign()
    body["dncLists"] = None
    assert_error(post_sms(client, body), 400, "dncLists")


def test_null_for_a_required_field_is_still_reported_as_missing(client: MockClient) -> None:
    body = samples.voice_campaign()
    body["name"] = None
    errors = assert_error(post_voice(client, body), 400, "name")
    assert errors[0]["msg"] == "name is required"


@pytest.mark.parametrize(
    ("field", "value", "stored"),
    [("maxRingTime", 30.0, 30), ("defaultRetryPeriod", 1440.0, 1440), ("maxAttemptsPerRecord", 1.0, 1)],
)
def test_an_integral_float_is_an_integer(client: MockClient, field: str, value: float, stored: int) -> None:
    body = samples.voice_campaign()
    body["dialingStrategy"][field] = value
    response = post_voice(client, body)
    assert response.status_code == 200, response.text
    returned = response.json()["data"]["dialingStrategy"][field]
    assert returned == stored and isinstance(returned, int)


@pytest.mark.parametrize("value", [30.5, 121.0, 4.0])
def test_a_fraction_or_an_out_of_range_float_is_still_refused(client: MockClient, value: float) -> None:
    body = samples.voice_campaign()
    body["dialingStrategy"]["maxRingTime"] = value
    assert_error(post_voice(client, body), 400, "dialingStrategy.maxRingTime")


def test_an_integral_float_in_a_schedule(client: MockClient) -> None:
    post_voice(client, samples.voice_campaign())
    body = samples.daily_schedule(NOW)
    body["recurrenceObject"]["dailyDetails"]["onceEveryNdays"] = 2.0
    response = client.post(
        schedule_path(DEMO_BOT_ID, "Product Feedback Voice Campaign"), json=body, headers=auth_headers(APP)
    )
    assert response.status_code == 200, response.text


@pytest.mark.parametrize("name", ["\x1f", "\x1c\x1d\x1e", "\x85", " \x1f "])
def test_a_name_with_a_character_ecma_regexes_call_non_blank_is_accepted(client: MockClient, name: str) -> None:
    body = samples.sms_campaign()
    body["name"] = name
    response = post_sms(client, body)
    assert response.status_code == 200, response.text


@pytest.mark.parametrize("name", [" ", "\t\n", "\u3000\u00a0", "\ufeff", "\u2028 \u2029"])
def test_a_name_of_ecma_whitespace_only_is_refused(client: MockClient, name: str) -> None:
    body = samples.sms_campaign()
    body["name"] = name
    assert_error(post_sms(client, body), 400, "name")
