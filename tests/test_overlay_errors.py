"""unwrap() and the KoreApiError family."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any, assert_type

import httpx
import pytest
from kore_campaigns import (
    KoreApiError,
    KoreAuthError,
    KoreConflictError,
    KoreError,
    KoreForbiddenError,
    KoreNotFoundError,
    KoreRateLimitError,
    KoreValidationError,
    error_for,
    unwrap,
)
from kore_campaigns_client.models.campaign_response import CampaignResponse
from kore_campaigns_client.models.error_response import ErrorResponse
from kore_campaigns_client.models.schedule_response import ScheduleResponse
from kore_campaigns_client.types import Response

VALIDATION_BODY: dict[str, Any] = {
    "status": "failure",
    "message": "The request has 2 invalid fields",
    "errors": [
        {"msg": "name: must be at most 48 characters", "code": 4000, "field": "name"},
        {"msg": 'priority: must be one of "1", "2", "3", "4", "5"', "code": 4000, "field": "priority"},
    ],
}


def error_response(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(status),
        content=b"",
        headers=httpx.Headers(headers or {}),
        parsed=ErrorResponse.from_dict(body),
    )


def test_unwrap_returns_the_success_model_with_its_type() -> None:
    model = ScheduleResponse(status="success", message="scheduled", id="cd-1")
    response: Response[ErrorResponse | ScheduleResponse] = Response(HTTPStatus.OK, b"", httpx.Headers(), model)
    result = unwrap(response)
    assert_type(result, ScheduleResponse)
    assert result is model


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, KoreValidationError),
        (401, KoreAuthError),
        (403, KoreForbiddenError),
        (404, KoreNotFoundError),
        (409, KoreConflictError),
        (429, KoreRateLimitError),
        (415, KoreApiError),
    ],
)
def test_each_status_raises_its_class(status: int, cls: type[KoreApiError]) -> None:
    body = {"errors": [{"msg": "boom", "code": 4000 + status % 100}]}
    with pytest.raises(cls) as caught:
        unwrap(error_response(status, body))
    assert type(caught.value) is cls
    assert isinstance(caught.value, KoreError)
    assert caught.value.status_code == status


def test_validation_error_lists_each_field() -> None:
    response: Response[CampaignResponse | ErrorResponse] = error_response(400, VALIDATION_BODY)
    with pytest.raises(KoreValidationError) as caught:
        unwrap(response)
    error = caught.value
    assert error.code == 4000
    assert error.message == "The request has 2 invalid fields"
    assert [(e.field, e.msg) for e in error.errors] == [
        ("name", "name: must be at most 48 characters"),
        ("priority", 'priority: must be one of "1", "2", "3", "4", "5"'),
    ]
    assert str(error) == (
        "HTTP 400 Bad Request: The request has 2 invalid fields\n"
        "  - name: must be at most 48 characters (field name, code 4000)\n"
        '  - priority: must be one of "1", "2", "3", "4", "5" (field priority, code 4000)'
    )
    assert repr(error) == (
        "KoreValidationError(status_code=400, code=4000, message='The request has 2 invalid fields')"
    )
    assert error.response is response


def test_platform_envelope_without_message_uses_the_first_msg() -> None:
    error = error_for(error_response(401, {"errors": [{"msg": "Invalid SDK credentials", "code": 4002}]}))
    assert isinstance(error, KoreAuthError)
    assert error.message == "Invalid SDK credentials"
    assert error.code == 4002
    assert str(error) == "HTTP 401 Unauthorized: Invalid SDK credentials (code 4002)"  # the one entry is the summary


@pytest.mark.parametrize(
    ("header", "expected"),
    [("12", 12.0), (" 12 ", 12.0), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0), ("soon", None), ("-1", None), (None, None)],
)
def test_rate_limit_error_carries_retry_after(header: str | None, expected: float | None) -> None:
    headers = {"Retry-After": header} if header else {}
    body = {"errors": [{"msg": "You've exceeded the per-minute rate limit.", "code": 4029}]}
    error = error_for(error_response(429, body, headers))
    assert isinstance(error, KoreRateLimitError)
    assert error.retry_after == expected


def test_undocumented_status_without_parsed_body() -> None:
    response: Response[CampaignResponse | ErrorResponse] = Response(
        HTTPStatus.INTERNAL_SERVER_ERROR, b"<html>oops</html>", httpx.Headers(), None
    )
    with pytest.raises(KoreApiError) as caught:
        unwrap(response)
    assert type(caught.value) is KoreApiError
    assert caught.value.error is None
    assert caught.value.code is None
    assert caught.value.errors == []
    assert caught.value.body_excerpt == "<html>oops</html>"
    assert str(caught.value) == (
        "HTTP 500 Internal Server Error (17 bytes without a content type that are not the API's JSON;"
        " KORE_SHOW_VALUES=1 shows its start)"
    )
