from typing import Any

import httpx

from ... import errors
from ..._runtime.answers import http_status, read_response
from ..._runtime.paths import path_segment
from ..._runtime.switches import own_show_values
from ...client import AuthenticatedClient, Client
from ...models.empty_body import EmptyBody
from ...models.error_response import ErrorResponse
from ...models.schedule_request import ScheduleRequest
from ...models.schedule_response import ScheduleResponse
from ...types import UNSET, Response


def _get_kwargs(
    stream_id: str,
    *,
    body: EmptyBody | ScheduleRequest,
    enable_schedule: bool = True,
    campaign_name: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["enableSchedule"] = enable_schedule

    params["campaignName"] = campaign_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaign/api/v2/public/{stream_id}/campaign/schedule".format(
            stream_id=path_segment("schedule_campaign", "stream_id", stream_id),
        ),
        "params": params,
    }

    if isinstance(body, ScheduleRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ScheduleResponse | None:
    if response.status_code == 200:
        response_200 = ScheduleResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ScheduleResponse]:
    # Lenient reading (issue 21): what differs from the spec is kept, listed in `deviations`,
    # logged once, or raised as KoreResponseError in strict mode. An error status whatever its body:
    # `parsed` is None when the body is not the documented error, and the status decides the error.
    parsed, deviations = read_response("schedule_campaign", client, response, _parse_response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        deviations=deviations,
        show_values=own_show_values(client),
    )


def sync_detailed(
    stream_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyBody | ScheduleRequest,
    enable_schedule: bool = True,
    campaign_name: str,
) -> Response[ErrorResponse | ScheduleResponse]:
    """Enable or disable a daily or weekly schedule for a campaign

     With `enableSchedule=true` (the default), enables a recurring schedule, daily or weekly,
    for the voice or SMS campaign named by `campaignName` in this bot; the body is the
    schedule. With `enableSchedule=false`, disables that campaign's schedule; the body is the
    empty object `{}`. Documented on three pages, "Enable Daily Scheduling of Voice or SMS
    Campaigns", "Enable Weekly Scheduling of Voice or SMS Campaigns" and "Disable a
    Scheduled Voice or SMS Campaign".

    Rules the schema cannot state, enforced by the service: a campaign with that name must
    exist in the bot; `endDateTime` must be later than the current time and than
    `startDateTime`; a schedule body goes with `enableSchedule=true` and `{}` with `false`; a
    running (`Active`) campaign cannot be scheduled (`409`) - stop it first.

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        enable_schedule (bool):  Default: True.
        campaign_name (str): Campaign name, at most 48 characters, not blank. Unique within the
            bot, compared case-insensitively.
        body (EmptyBody | ScheduleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScheduleResponse]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
        body=body,
        enable_schedule=enable_schedule,
        campaign_name=campaign_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stream_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyBody | ScheduleRequest,
    enable_schedule: bool = True,
    campaign_name: str,
) -> ErrorResponse | ScheduleResponse | None:
    """Enable or disable a daily or weekly schedule for a campaign

     With `enableSchedule=true` (the default), enables a recurring schedule, daily or weekly,
    for the voice or SMS campaign named by `campaignName` in this bot; the body is the
    schedule. With `enableSchedule=false`, disables that campaign's schedule; the body is the
    empty object `{}`. Documented on three pages, "Enable Daily Scheduling of Voice or SMS
    Campaigns", "Enable Weekly Scheduling of Voice or SMS Campaigns" and "Disable a
    Scheduled Voice or SMS Campaign".

    Rules the schema cannot state, enforced by the service: a campaign with that name must
    exist in the bot; `endDateTime` must be later than the current time and than
    `startDateTime`; a schedule body goes with `enableSchedule=true` and `{}` with `false`; a
    running (`Active`) campaign cannot be scheduled (`409`) - stop it first.

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        enable_schedule (bool):  Default: True.
        campaign_name (str): Campaign name, at most 48 characters, not blank. Unique within the
            bot, compared case-insensitively.
        body (EmptyBody | ScheduleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScheduleResponse
    """

    return sync_detailed(
        stream_id=stream_id,
        client=client,
        body=body,
        enable_schedule=enable_schedule,
        campaign_name=campaign_name,
    ).parsed


async def asyncio_detailed(
    stream_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyBody | ScheduleRequest,
    enable_schedule: bool = True,
    campaign_name: str,
) -> Response[ErrorResponse | ScheduleResponse]:
    """Enable or disable a daily or weekly schedule for a campaign

     With `enableSchedule=true` (the default), enables a recurring schedule, daily or weekly,
    for the voice or SMS campaign named by `campaignName` in this bot; the body is the
    schedule. With `enableSchedule=false`, disables that campaign's schedule; the body is the
    empty object `{}`. Documented on three pages, "Enable Daily Scheduling of Voice or SMS
    Campaigns", "Enable Weekly Scheduling of Voice or SMS Campaigns" and "Disable a
    Scheduled Voice or SMS Campaign".

    Rules the schema cannot state, enforced by the service: a campaign with that name must
    exist in the bot; `endDateTime` must be later than the current time and than
    `startDateTime`; a schedule body goes with `enableSchedule=true` and `{}` with `false`; a
    running (`Active`) campaign cannot be scheduled (`409`) - stop it first.

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        enable_schedule (bool):  Default: True.
        campaign_name (str): Campaign name, at most 48 characters, not blank. Unique within the
            bot, compared case-insensitively.
        body (EmptyBody | ScheduleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ScheduleResponse]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
        body=body,
        enable_schedule=enable_schedule,
        campaign_name=campaign_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stream_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyBody | ScheduleRequest,
    enable_schedule: bool = True,
    campaign_name: str,
) -> ErrorResponse | ScheduleResponse | None:
    """Enable or disable a daily or weekly schedule for a campaign

     With `enableSchedule=true` (the default), enables a recurring schedule, daily or weekly,
    for the voice or SMS campaign named by `campaignName` in this bot; the body is the
    schedule. With `enableSchedule=false`, disables that campaign's schedule; the body is the
    empty object `{}`. Documented on three pages, "Enable Daily Scheduling of Voice or SMS
    Campaigns", "Enable Weekly Scheduling of Voice or SMS Campaigns" and "Disable a
    Scheduled Voice or SMS Campaign".

    Rules the schema cannot state, enforced by the service: a campaign with that name must
    exist in the bot; `endDateTime` must be later than the current time and than
    `startDateTime`; a schedule body goes with `enableSchedule=true` and `{}` with `false`; a
    running (`Active`) campaign cannot be scheduled (`409`) - stop it first.

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        enable_schedule (bool):  Default: True.
        campaign_name (str): Campaign name, at most 48 characters, not blank. Unique within the
            bot, compared case-insensitively.
        body (EmptyBody | ScheduleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ScheduleResponse
    """

    return (
        await asyncio_detailed(
            stream_id=stream_id,
            client=client,
            body=body,
            enable_schedule=enable_schedule,
            campaign_name=campaign_name,
        )
    ).parsed
