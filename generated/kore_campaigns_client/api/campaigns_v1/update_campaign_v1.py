from typing import Any

import httpx

from ... import errors
from ..._runtime.answers import http_status, read_response
from ..._runtime.paths import path_segment
from ..._runtime.switches import own_show_values
from ...client import AuthenticatedClient, Client
from ...models.campaign_created_response import CampaignCreatedResponse
from ...models.campaign_type import CampaignType
from ...models.error_response import ErrorResponse
from ...models.sms_advanced_campaign_request import SmsAdvancedCampaignRequest
from ...models.sms_campaign_v1_request import SmsCampaignV1Request
from ...models.voice_campaign_request import VoiceCampaignRequest
from ...types import UNSET, Response


def _get_kwargs(
    i_id: str,
    campaign_id: str,
    *,
    body: SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest,
    campaign_type: CampaignType,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_campaign_type: str = campaign_type
    params["campaignType"] = json_campaign_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/agentassist/api/v1/public/{i_id}/campaign/{campaign_id}".format(
            i_id=path_segment("update_campaign_v1", "i_id", i_id),
            campaign_id=path_segment("update_campaign_v1", "campaign_id", campaign_id),
        ),
        "params": params,
    }

    if isinstance(body, VoiceCampaignRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SmsCampaignV1Request):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignCreatedResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CampaignCreatedResponse.from_dict(response.json())

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
) -> Response[CampaignCreatedResponse | ErrorResponse]:
    # Lenient reading (issue 21): what differs from the spec is kept, listed in `deviations`,
    # logged once, or raised as KoreResponseError in strict mode. An error status whatever its body:
    # `parsed` is None when the body is not the documented error, and the status decides the error.
    parsed, deviations = read_response("update_campaign_v1", client, response, _parse_response)
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        deviations=deviations,
        show_values=own_show_values(client),
    )


def sync_detailed(
    i_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest,
    campaign_type: CampaignType,
) -> Response[CampaignCreatedResponse | ErrorResponse]:
    """Update a voice or SMS campaign (v1)

     Replaces the configuration of a campaign of this bot. Two pages document this one URL
    and method, "Update Voice Campaign by ID" (body `VoiceCampaignRequest`, the v1 create
    body: `enableMachineDetect` is a boolean and there is no Do-Not-Call list) and "Update
    SMS Campaign API" (body `SmsCampaignV1Request` or, as in its sample,
    `SmsAdvancedCampaignRequest`); `campaignType` tells them apart.

    Rules the schema cannot state, enforced by the service: the campaign exists in this bot
    (else `404`) and is of the `campaignType` given; the query's and the body's
    `campaignType` agree; a new name is not taken by another campaign of the bot (`409`); a
    running (`Active`) campaign cannot be edited (`409`).

    Args:
        i_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_id (str):
        campaign_type (CampaignType): Kind of campaign.
        body (SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignCreatedResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        i_id=i_id,
        campaign_id=campaign_id,
        body=body,
        campaign_type=campaign_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    i_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest,
    campaign_type: CampaignType,
) -> CampaignCreatedResponse | ErrorResponse | None:
    """Update a voice or SMS campaign (v1)

     Replaces the configuration of a campaign of this bot. Two pages document this one URL
    and method, "Update Voice Campaign by ID" (body `VoiceCampaignRequest`, the v1 create
    body: `enableMachineDetect` is a boolean and there is no Do-Not-Call list) and "Update
    SMS Campaign API" (body `SmsCampaignV1Request` or, as in its sample,
    `SmsAdvancedCampaignRequest`); `campaignType` tells them apart.

    Rules the schema cannot state, enforced by the service: the campaign exists in this bot
    (else `404`) and is of the `campaignType` given; the query's and the body's
    `campaignType` agree; a new name is not taken by another campaign of the bot (`409`); a
    running (`Active`) campaign cannot be edited (`409`).

    Args:
        i_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_id (str):
        campaign_type (CampaignType): Kind of campaign.
        body (SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignCreatedResponse | ErrorResponse
    """

    return sync_detailed(
        i_id=i_id,
        campaign_id=campaign_id,
        client=client,
        body=body,
        campaign_type=campaign_type,
    ).parsed


async def asyncio_detailed(
    i_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest,
    campaign_type: CampaignType,
) -> Response[CampaignCreatedResponse | ErrorResponse]:
    """Update a voice or SMS campaign (v1)

     Replaces the configuration of a campaign of this bot. Two pages document this one URL
    and method, "Update Voice Campaign by ID" (body `VoiceCampaignRequest`, the v1 create
    body: `enableMachineDetect` is a boolean and there is no Do-Not-Call list) and "Update
    SMS Campaign API" (body `SmsCampaignV1Request` or, as in its sample,
    `SmsAdvancedCampaignRequest`); `campaignType` tells them apart.

    Rules the schema cannot state, enforced by the service: the campaign exists in this bot
    (else `404`) and is of the `campaignType` given; the query's and the body's
    `campaignType` agree; a new name is not taken by another campaign of the bot (`409`); a
    running (`Active`) campaign cannot be edited (`409`).

    Args:
        i_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_id (str):
        campaign_type (CampaignType): Kind of campaign.
        body (SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignCreatedResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        i_id=i_id,
        campaign_id=campaign_id,
        body=body,
        campaign_type=campaign_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    i_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest,
    campaign_type: CampaignType,
) -> CampaignCreatedResponse | ErrorResponse | None:
    """Update a voice or SMS campaign (v1)

     Replaces the configuration of a campaign of this bot. Two pages document this one URL
    and method, "Update Voice Campaign by ID" (body `VoiceCampaignRequest`, the v1 create
    body: `enableMachineDetect` is a boolean and there is no Do-Not-Call list) and "Update
    SMS Campaign API" (body `SmsCampaignV1Request` or, as in its sample,
    `SmsAdvancedCampaignRequest`); `campaignType` tells them apart.

    Rules the schema cannot state, enforced by the service: the campaign exists in this bot
    (else `404`) and is of the `campaignType` given; the query's and the body's
    `campaignType` agree; a new name is not taken by another campaign of the bot (`409`); a
    running (`Active`) campaign cannot be edited (`409`).

    Args:
        i_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_id (str):
        campaign_type (CampaignType): Kind of campaign.
        body (SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignCreatedResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            i_id=i_id,
            campaign_id=campaign_id,
            client=client,
            body=body,
            campaign_type=campaign_type,
        )
    ).parsed
