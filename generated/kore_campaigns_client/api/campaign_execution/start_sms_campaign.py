from typing import Any

import httpx

from ... import errors
from ..._runtime.answers import http_status, read_response
from ..._runtime.paths import path_segment
from ..._runtime.switches import own_show_values
from ...client import AuthenticatedClient, Client
from ...models.campaign_trigger_response import CampaignTriggerResponse
from ...models.empty_body import EmptyBody
from ...models.error_response import ErrorResponse
from ...models.start_sms_campaign_campaign_type import StartSmsCampaignCampaignType
from ...models.start_sms_campaign_trigger import StartSmsCampaignTrigger
from ...types import UNSET, Response, Unset


def _get_kwargs(
    stream_id: str,
    campaign_id: str,
    *,
    body: EmptyBody | Unset = UNSET,
    campaign_type: StartSmsCampaignCampaignType = "sms",
    trigger: StartSmsCampaignTrigger = "play",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_campaign_type: str = campaign_type
    params["campaignType"] = json_campaign_type

    json_trigger: str = trigger
    params["trigger"] = json_trigger

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaign/api/v2/public/{stream_id}/campaign/{campaign_id}".format(
            stream_id=path_segment("start_sms_campaign", "stream_id", stream_id),
            campaign_id=path_segment("start_sms_campaign", "campaign_id", campaign_id),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignTriggerResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CampaignTriggerResponse.from_dict(response.json())

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
) -> Response[CampaignTriggerResponse | ErrorResponse]:
    # Lenient reading (issue 21): what differs from the spec is kept, listed in `deviations`,
    # logged once, or raised as KoreResponseError in strict mode. An error status whatever its body:
    # `parsed` is None when the body is not the documented error, and the status decides the error.
    parsed, deviations = read_response("start_sms_campaign", client, response, _parse_response)
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
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyBody | Unset = UNSET,
    campaign_type: StartSmsCampaignCampaignType = "sms",
    trigger: StartSmsCampaignTrigger = "play",
) -> Response[CampaignTriggerResponse | ErrorResponse]:
    """Start an SMS campaign (v2)

     Starts sending an SMS campaign of this bot; its status becomes `Active`. Documented on
    "Start SMS Campaign v2". Unlike the other v2 campaign URLs, this one carries no
    `accountId` in the query, and the body is empty (`{}` or nothing).

    Rules the schema cannot state, enforced by the service: the campaign exists in this bot
    and is an SMS campaign (else `404`); a campaign that is already `Active` cannot be
    started again (`409`).

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_id (str):
        campaign_type (StartSmsCampaignCampaignType):  Default: 'sms'.
        trigger (StartSmsCampaignTrigger):  Default: 'play'.
        body (EmptyBody | Unset): The empty JSON object `{}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignTriggerResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
        campaign_id=campaign_id,
        body=body,
        campaign_type=campaign_type,
        trigger=trigger,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stream_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyBody | Unset = UNSET,
    campaign_type: StartSmsCampaignCampaignType = "sms",
    trigger: StartSmsCampaignTrigger = "play",
) -> CampaignTriggerResponse | ErrorResponse | None:
    """Start an SMS campaign (v2)

     Starts sending an SMS campaign of this bot; its status becomes `Active`. Documented on
    "Start SMS Campaign v2". Unlike the other v2 campaign URLs, this one carries no
    `accountId` in the query, and the body is empty (`{}` or nothing).

    Rules the schema cannot state, enforced by the service: the campaign exists in this bot
    and is an SMS campaign (else `404`); a campaign that is already `Active` cannot be
    started again (`409`).

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_id (str):
        campaign_type (StartSmsCampaignCampaignType):  Default: 'sms'.
        trigger (StartSmsCampaignTrigger):  Default: 'play'.
        body (EmptyBody | Unset): The empty JSON object `{}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignTriggerResponse | ErrorResponse
    """

    return sync_detailed(
        stream_id=stream_id,
        campaign_id=campaign_id,
        client=client,
        body=body,
        campaign_type=campaign_type,
        trigger=trigger,
    ).parsed


async def asyncio_detailed(
    stream_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyBody | Unset = UNSET,
    campaign_type: StartSmsCampaignCampaignType = "sms",
    trigger: StartSmsCampaignTrigger = "play",
) -> Response[CampaignTriggerResponse | ErrorResponse]:
    """Start an SMS campaign (v2)

     Starts sending an SMS campaign of this bot; its status becomes `Active`. Documented on
    "Start SMS Campaign v2". Unlike the other v2 campaign URLs, this one carries no
    `accountId` in the query, and the body is empty (`{}` or nothing).

    Rules the schema cannot state, enforced by the service: the campaign exists in this bot
    and is an SMS campaign (else `404`); a campaign that is already `Active` cannot be
    started again (`409`).

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_id (str):
        campaign_type (StartSmsCampaignCampaignType):  Default: 'sms'.
        trigger (StartSmsCampaignTrigger):  Default: 'play'.
        body (EmptyBody | Unset): The empty JSON object `{}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignTriggerResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
        campaign_id=campaign_id,
        body=body,
        campaign_type=campaign_type,
        trigger=trigger,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stream_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyBody | Unset = UNSET,
    campaign_type: StartSmsCampaignCampaignType = "sms",
    trigger: StartSmsCampaignTrigger = "play",
) -> CampaignTriggerResponse | ErrorResponse | None:
    """Start an SMS campaign (v2)

     Starts sending an SMS campaign of this bot; its status becomes `Active`. Documented on
    "Start SMS Campaign v2". Unlike the other v2 campaign URLs, this one carries no
    `accountId` in the query, and the body is empty (`{}` or nothing).

    Rules the schema cannot state, enforced by the service: the campaign exists in this bot
    and is an SMS campaign (else `404`); a campaign that is already `Active` cannot be
    started again (`409`).

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_id (str):
        campaign_type (StartSmsCampaignCampaignType):  Default: 'sms'.
        trigger (StartSmsCampaignTrigger):  Default: 'play'.
        body (EmptyBody | Unset): The empty JSON object `{}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignTriggerResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            stream_id=stream_id,
            campaign_id=campaign_id,
            client=client,
            body=body,
            campaign_type=campaign_type,
            trigger=trigger,
        )
    ).parsed
