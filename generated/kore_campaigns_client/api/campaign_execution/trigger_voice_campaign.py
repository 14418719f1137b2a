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
from ...models.trigger_voice_campaign_campaign_type import TriggerVoiceCampaignCampaignType
from ...models.trigger_voice_campaign_trigger import TriggerVoiceCampaignTrigger
from ...types import UNSET, Response, Unset


def _get_kwargs(
    stream_id: str,
    campaign_id: str,
    *,
    body: EmptyBody | Unset = UNSET,
    trigger: TriggerVoiceCampaignTrigger,
    campaign_type: TriggerVoiceCampaignCampaignType = "voice",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_trigger: str = trigger
    params["trigger"] = json_trigger

    json_campaign_type: str = campaign_type
    params["campaignType"] = json_campaign_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/public/{stream_id}/campaign/trigger/{campaign_id}".format(
            stream_id=path_segment("trigger_voice_campaign", "stream_id", stream_id),
            campaign_id=path_segment("trigger_voice_campaign", "campaign_id", campaign_id),
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
    parsed, deviations = read_response("trigger_voice_campaign", client, response, _parse_response)
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
    trigger: TriggerVoiceCampaignTrigger,
    campaign_type: TriggerVoiceCampaignCampaignType = "voice",
) -> Response[CampaignTriggerResponse | ErrorResponse]:
    """Start or stop a voice campaign (v2)

     `trigger=play` starts dialing a voice campaign of this bot (status `Active`, with a new
    `campaignInstanceId`); `trigger=stop` stops it (status `Stopped`). Documented on "Start
    Voice Campaign v2" and "Stop Voice Campaign v2", which share this URL and method.

    Rules the schema cannot state, enforced by the service: the campaign exists in this bot
    and is a voice campaign (else `404`); starting an `Active` campaign, or stopping one that
    is not `Active`, is refused (`409`).

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_id (str):
        trigger (TriggerVoiceCampaignTrigger):
        campaign_type (TriggerVoiceCampaignCampaignType):  Default: 'voice'.
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
        trigger=trigger,
        campaign_type=campaign_type,
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
    trigger: TriggerVoiceCampaignTrigger,
    campaign_type: TriggerVoiceCampaignCampaignType = "voice",
) -> CampaignTriggerResponse | ErrorResponse | None:
    """Start or stop a voice campaign (v2)

     `trigger=play` starts dialing a voice campaign of this bot (status `Active`, with a new
    `campaignInstanceId`); `trigger=stop` stops it (status `Stopped`). Documented on "Start
    Voice Campaign v2" and "Stop Voice Campaign v2", which share this URL and method.

    Rules the schema cannot state, enforced by the service: the campaign exists in this bot
    and is a voice campaign (else `404`); starting an `Active` campaign, or stopping one that
    is not `Active`, is refused (`409`).

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_id (str):
        trigger (TriggerVoiceCampaignTrigger):
        campaign_type (TriggerVoiceCampaignCampaignType):  Default: 'voice'.
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
        trigger=trigger,
        campaign_type=campaign_type,
    ).parsed


async def asyncio_detailed(
    stream_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyBody | Unset = UNSET,
    trigger: TriggerVoiceCampaignTrigger,
    campaign_type: TriggerVoiceCampaignCampaignType = "voice",
) -> Response[CampaignTriggerResponse | ErrorResponse]:
    """Start or stop a voice campaign (v2)

     `trigger=play` starts dialing a voice campaign of this bot (status `Active`, with a new
    `campaignInstanceId`); `trigger=stop` stops it (status `Stopped`). Documented on "Start
    Voice Campaign v2" and "Stop Voice Campaign v2", which share this URL and method.

    Rules the schema cannot state, enforced by the service: the campaign exists in this bot
    and is a voice campaign (else `404`); starting an `Active` campaign, or stopping one that
    is not `Active`, is refused (`409`).

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_id (str):
        trigger (TriggerVoiceCampaignTrigger):
        campaign_type (TriggerVoiceCampaignCampaignType):  Default: 'voice'.
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
        trigger=trigger,
        campaign_type=campaign_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stream_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: EmptyBody | Unset = UNSET,
    trigger: TriggerVoiceCampaignTrigger,
    campaign_type: TriggerVoiceCampaignCampaignType = "voice",
) -> CampaignTriggerResponse | ErrorResponse | None:
    """Start or stop a voice campaign (v2)

     `trigger=play` starts dialing a voice campaign of this bot (status `Active`, with a new
    `campaignInstanceId`); `trigger=stop` stops it (status `Stopped`). Documented on "Start
    Voice Campaign v2" and "Stop Voice Campaign v2", which share this URL and method.

    Rules the schema cannot state, enforced by the service: the campaign exists in this bot
    and is a voice campaign (else `404`); starting an `Active` campaign, or stopping one that
    is not `Active`, is refused (`409`).

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_id (str):
        trigger (TriggerVoiceCampaignTrigger):
        campaign_type (TriggerVoiceCampaignCampaignType):  Default: 'voice'.
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
            trigger=trigger,
            campaign_type=campaign_type,
        )
    ).parsed
