from typing import Any

import httpx

from ... import errors
from ..._runtime.answers import http_status, read_response
from ..._runtime.paths import path_segment
from ..._runtime.switches import own_show_values
from ...client import AuthenticatedClient, Client
from ...models.campaign_created_v1_response import CampaignCreatedV1Response
from ...models.create_voice_campaign_campaign_type import CreateVoiceCampaignCampaignType
from ...models.error_response import ErrorResponse
from ...models.sms_advanced_campaign_request import SmsAdvancedCampaignRequest
from ...models.sms_campaign_v1_request import SmsCampaignV1Request
from ...models.voice_campaign_request import VoiceCampaignRequest
from ...types import UNSET, Response


def _get_kwargs(
    i_id: str,
    *,
    body: SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest,
    campaign_type: CreateVoiceCampaignCampaignType = "voice",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_campaign_type: str = campaign_type
    params["campaignType"] = json_campaign_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agentassist/api/v1/public/{i_id}/campaign".format(
            i_id=path_segment("create_voice_campaign", "i_id", i_id),
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
) -> CampaignCreatedV1Response | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CampaignCreatedV1Response.from_dict(response.json())

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
) -> Response[CampaignCreatedV1Response | ErrorResponse]:
    # Lenient reading (issue 21): what differs from the spec is kept, listed in `deviations`,
    # logged once, or raised as KoreResponseError in strict mode. An error status whatever its body:
    # `parsed` is None when the body is not the documented error, and the status decides the error.
    parsed, deviations = read_response("create_voice_campaign", client, response, _parse_response)
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
    *,
    client: AuthenticatedClient,
    body: SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest,
    campaign_type: CreateVoiceCampaignCampaignType = "voice",
) -> Response[CampaignCreatedV1Response | ErrorResponse]:
    """Create a voice or SMS campaign (v1)

     Creates a voice campaign. One endpoint serves the three dialing modes, documented on the
    pages "Create Voice Campaign API - Agentless Mode", "- Progressive Mode" and
    "- Preview Mode". `queue_name` is required when `dialingMode` is `Progressive`.

    With `campaignType=sms` the same URL creates an SMS campaign, documented on "Create SMS
    Campaign (Using Template) API" and "... (Without SMS Template)" (body
    `SmsCampaignV1Request`) and "... Advanced Format" (body `SmsAdvancedCampaignRequest`); the answer is
    then a `CampaignResponse` (id in `data._id`,
    status `Ready`). The operation keeps its first name, `createVoiceCampaign`, so that
    existing callers keep working.

    Rules the schema cannot state, enforced by the service: every name in `contactLists`
    must be an existing contact list; campaign names are unique within the bot
    (case-insensitively), a duplicate gets `409`.

    Args:
        i_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_type (CreateVoiceCampaignCampaignType):  Default: 'voice'.
        body (SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignCreatedV1Response | ErrorResponse]
    """

    kwargs = _get_kwargs(
        i_id=i_id,
        body=body,
        campaign_type=campaign_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    i_id: str,
    *,
    client: AuthenticatedClient,
    body: SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest,
    campaign_type: CreateVoiceCampaignCampaignType = "voice",
) -> CampaignCreatedV1Response | ErrorResponse | None:
    """Create a voice or SMS campaign (v1)

     Creates a voice campaign. One endpoint serves the three dialing modes, documented on the
    pages "Create Voice Campaign API - Agentless Mode", "- Progressive Mode" and
    "- Preview Mode". `queue_name` is required when `dialingMode` is `Progressive`.

    With `campaignType=sms` the same URL creates an SMS campaign, documented on "Create SMS
    Campaign (Using Template) API" and "... (Without SMS Template)" (body
    `SmsCampaignV1Request`) and "... Advanced Format" (body `SmsAdvancedCampaignRequest`); the answer is
    then a `CampaignResponse` (id in `data._id`,
    status `Ready`). The operation keeps its first name, `createVoiceCampaign`, so that
    existing callers keep working.

    Rules the schema cannot state, enforced by the service: every name in `contactLists`
    must be an existing contact list; campaign names are unique within the bot
    (case-insensitively), a duplicate gets `409`.

    Args:
        i_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_type (CreateVoiceCampaignCampaignType):  Default: 'voice'.
        body (SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignCreatedV1Response | ErrorResponse
    """

    return sync_detailed(
        i_id=i_id,
        client=client,
        body=body,
        campaign_type=campaign_type,
    ).parsed


async def asyncio_detailed(
    i_id: str,
    *,
    client: AuthenticatedClient,
    body: SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest,
    campaign_type: CreateVoiceCampaignCampaignType = "voice",
) -> Response[CampaignCreatedV1Response | ErrorResponse]:
    """Create a voice or SMS campaign (v1)

     Creates a voice campaign. One endpoint serves the three dialing modes, documented on the
    pages "Create Voice Campaign API - Agentless Mode", "- Progressive Mode" and
    "- Preview Mode". `queue_name` is required when `dialingMode` is `Progressive`.

    With `campaignType=sms` the same URL creates an SMS campaign, documented on "Create SMS
    Campaign (Using Template) API" and "... (Without SMS Template)" (body
    `SmsCampaignV1Request`) and "... Advanced Format" (body `SmsAdvancedCampaignRequest`); the answer is
    then a `CampaignResponse` (id in `data._id`,
    status `Ready`). The operation keeps its first name, `createVoiceCampaign`, so that
    existing callers keep working.

    Rules the schema cannot state, enforced by the service: every name in `contactLists`
    must be an existing contact list; campaign names are unique within the bot
    (case-insensitively), a duplicate gets `409`.

    Args:
        i_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_type (CreateVoiceCampaignCampaignType):  Default: 'voice'.
        body (SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignCreatedV1Response | ErrorResponse]
    """

    kwargs = _get_kwargs(
        i_id=i_id,
        body=body,
        campaign_type=campaign_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    i_id: str,
    *,
    client: AuthenticatedClient,
    body: SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest,
    campaign_type: CreateVoiceCampaignCampaignType = "voice",
) -> CampaignCreatedV1Response | ErrorResponse | None:
    """Create a voice or SMS campaign (v1)

     Creates a voice campaign. One endpoint serves the three dialing modes, documented on the
    pages "Create Voice Campaign API - Agentless Mode", "- Progressive Mode" and
    "- Preview Mode". `queue_name` is required when `dialingMode` is `Progressive`.

    With `campaignType=sms` the same URL creates an SMS campaign, documented on "Create SMS
    Campaign (Using Template) API" and "... (Without SMS Template)" (body
    `SmsCampaignV1Request`) and "... Advanced Format" (body `SmsAdvancedCampaignRequest`); the answer is
    then a `CampaignResponse` (id in `data._id`,
    status `Ready`). The operation keeps its first name, `createVoiceCampaign`, so that
    existing callers keep working.

    Rules the schema cannot state, enforced by the service: every name in `contactLists`
    must be an existing contact list; campaign names are unique within the bot
    (case-insensitively), a duplicate gets `409`.

    Args:
        i_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_type (CreateVoiceCampaignCampaignType):  Default: 'voice'.
        body (SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignCreatedV1Response | ErrorResponse
    """

    return (
        await asyncio_detailed(
            i_id=i_id,
            client=client,
            body=body,
            campaign_type=campaign_type,
        )
    ).parsed
