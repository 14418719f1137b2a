from typing import Any

import httpx

from ... import errors
from ..._runtime.answers import http_status, read_response
from ..._runtime.paths import path_segment
from ..._runtime.switches import own_show_values
from ...client import AuthenticatedClient, Client
from ...models.callback_entry import CallbackEntry
from ...models.callback_response import CallbackResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    stream_id: str,
    campaign_instance_id: str,
    *,
    body: list[CallbackEntry],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaign/api/v2/public/{stream_id}/campaign/{campaign_instance_id}/callContactAt".format(
            stream_id=path_segment("schedule_callback", "stream_id", stream_id),
            campaign_instance_id=path_segment("schedule_callback", "campaign_instance_id", campaign_instance_id),
        ),
    }

    _kwargs["json"] = []
    for componentsschemas_callback_request_item_data in body:
        componentsschemas_callback_request_item = componentsschemas_callback_request_item_data.to_dict()
        _kwargs["json"].append(componentsschemas_callback_request_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallbackResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CallbackResponse.from_dict(response.json())

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
) -> Response[CallbackResponse | ErrorResponse]:
    # Lenient reading (issue 21): what differs from the spec is kept, listed in `deviations`,
    # logged once, or raised as KoreResponseError in strict mode. An error status whatever its body:
    # `parsed` is None when the body is not the documented error, and the status decides the error.
    parsed, deviations = read_response("schedule_callback", client, response, _parse_response)
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
    campaign_instance_id: str,
    *,
    client: AuthenticatedClient,
    body: list[CallbackEntry],
) -> Response[CallbackResponse | ErrorResponse]:
    """Schedule call backs for contacts of a running campaign (v2)

     Asks a running campaign instance to call contacts back at a later time, for instance
    when a contact asked to be reached later. The body is a list; each entry names the
    contact's dialing-list record (`campaignDialingListId`) and when to call
    (`timeToContact`). The answer reports per entry whether it was scheduled, with a
    `reason` when not (such as `time_in_past`). Documented on "Create a call back schedule".

    Rules the schema cannot state, enforced by the service: the campaign instance exists in
    this bot (else `404`); an entry whose time is in the past is answered `failed` with
    reason `time_in_past`.

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_instance_id (str):
        body (list[CallbackEntry]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallbackResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
        campaign_instance_id=campaign_instance_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stream_id: str,
    campaign_instance_id: str,
    *,
    client: AuthenticatedClient,
    body: list[CallbackEntry],
) -> CallbackResponse | ErrorResponse | None:
    """Schedule call backs for contacts of a running campaign (v2)

     Asks a running campaign instance to call contacts back at a later time, for instance
    when a contact asked to be reached later. The body is a list; each entry names the
    contact's dialing-list record (`campaignDialingListId`) and when to call
    (`timeToContact`). The answer reports per entry whether it was scheduled, with a
    `reason` when not (such as `time_in_past`). Documented on "Create a call back schedule".

    Rules the schema cannot state, enforced by the service: the campaign instance exists in
    this bot (else `404`); an entry whose time is in the past is answered `failed` with
    reason `time_in_past`.

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_instance_id (str):
        body (list[CallbackEntry]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallbackResponse | ErrorResponse
    """

    return sync_detailed(
        stream_id=stream_id,
        campaign_instance_id=campaign_instance_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    stream_id: str,
    campaign_instance_id: str,
    *,
    client: AuthenticatedClient,
    body: list[CallbackEntry],
) -> Response[CallbackResponse | ErrorResponse]:
    """Schedule call backs for contacts of a running campaign (v2)

     Asks a running campaign instance to call contacts back at a later time, for instance
    when a contact asked to be reached later. The body is a list; each entry names the
    contact's dialing-list record (`campaignDialingListId`) and when to call
    (`timeToContact`). The answer reports per entry whether it was scheduled, with a
    `reason` when not (such as `time_in_past`). Documented on "Create a call back schedule".

    Rules the schema cannot state, enforced by the service: the campaign instance exists in
    this bot (else `404`); an entry whose time is in the past is answered `failed` with
    reason `time_in_past`.

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_instance_id (str):
        body (list[CallbackEntry]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallbackResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
        campaign_instance_id=campaign_instance_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stream_id: str,
    campaign_instance_id: str,
    *,
    client: AuthenticatedClient,
    body: list[CallbackEntry],
) -> CallbackResponse | ErrorResponse | None:
    """Schedule call backs for contacts of a running campaign (v2)

     Asks a running campaign instance to call contacts back at a later time, for instance
    when a contact asked to be reached later. The body is a list; each entry names the
    contact's dialing-list record (`campaignDialingListId`) and when to call
    (`timeToContact`). The answer reports per entry whether it was scheduled, with a
    `reason` when not (such as `time_in_past`). Documented on "Create a call back schedule".

    Rules the schema cannot state, enforced by the service: the campaign instance exists in
    this bot (else `404`); an entry whose time is in the past is answered `failed` with
    reason `time_in_past`.

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_instance_id (str):
        body (list[CallbackEntry]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallbackResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            stream_id=stream_id,
            campaign_instance_id=campaign_instance_id,
            client=client,
            body=body,
        )
    ).parsed
