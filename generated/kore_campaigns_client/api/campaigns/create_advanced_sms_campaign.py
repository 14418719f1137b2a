from typing import Any

import httpx

from ... import errors
from ..._runtime.answers import http_status, read_response
from ..._runtime.paths import path_segment
from ..._runtime.switches import own_show_values
from ...client import AuthenticatedClient, Client
from ...models.campaign_response import CampaignResponse
from ...models.create_advanced_sms_campaign_campaign_type import CreateAdvancedSmsCampaignCampaignType
from ...models.error_response import ErrorResponse
from ...models.sms_advanced_campaign_request import SmsAdvancedCampaignRequest
from ...types import UNSET, Response


def _get_kwargs(
    stream_id: str,
    *,
    body: SmsAdvancedCampaignRequest,
    campaign_type: CreateAdvancedSmsCampaignCampaignType = "sms",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_campaign_type: str = campaign_type
    params["campaignType"] = json_campaign_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/public/{stream_id}/campaign".format(
            stream_id=path_segment("create_advanced_sms_campaign", "stream_id", stream_id),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CampaignResponse.from_dict(response.json())

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
) -> Response[CampaignResponse | ErrorResponse]:
    # Lenient reading (issue 21): what differs from the spec is kept, listed in `deviations`,
    # logged once, or raised as KoreResponseError in strict mode. An error status whatever its body:
    # `parsed` is None when the body is not the documented error, and the status decides the error.
    parsed, deviations = read_response("create_advanced_sms_campaign", client, response, _parse_response)
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
    body: SmsAdvancedCampaignRequest,
    campaign_type: CreateAdvancedSmsCampaignCampaignType = "sms",
) -> Response[CampaignResponse | ErrorResponse]:
    """Create an SMS campaign in the advanced format (v2)

     Creates an SMS campaign whose messages come from an experience flow (`format: advanced`,
    `experienceFlowName`) instead of a fixed text. Documented on "Create SMS Campaign
    (Advanced Format) API-v2", whose URL has no `/campaign` prefix. The campaign is `Ready`
    at once and its id is `data._id`.

    Rules the schema cannot state, enforced by the service: every name in `contactLists`
    and `dncLists.name` is an existing contact list; the experience flow exists; campaign
    names are unique within the bot (case-insensitively), a duplicate gets `409`.

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_type (CreateAdvancedSmsCampaignCampaignType):  Default: 'sms'.
        body (SmsAdvancedCampaignRequest): An SMS campaign whose conversation is an experience
            flow (`format` advanced); no message text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
        body=body,
        campaign_type=campaign_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stream_id: str,
    *,
    client: AuthenticatedClient,
    body: SmsAdvancedCampaignRequest,
    campaign_type: CreateAdvancedSmsCampaignCampaignType = "sms",
) -> CampaignResponse | ErrorResponse | None:
    """Create an SMS campaign in the advanced format (v2)

     Creates an SMS campaign whose messages come from an experience flow (`format: advanced`,
    `experienceFlowName`) instead of a fixed text. Documented on "Create SMS Campaign
    (Advanced Format) API-v2", whose URL has no `/campaign` prefix. The campaign is `Ready`
    at once and its id is `data._id`.

    Rules the schema cannot state, enforced by the service: every name in `contactLists`
    and `dncLists.name` is an existing contact list; the experience flow exists; campaign
    names are unique within the bot (case-insensitively), a duplicate gets `409`.

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_type (CreateAdvancedSmsCampaignCampaignType):  Default: 'sms'.
        body (SmsAdvancedCampaignRequest): An SMS campaign whose conversation is an experience
            flow (`format` advanced); no message text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignResponse | ErrorResponse
    """

    return sync_detailed(
        stream_id=stream_id,
        client=client,
        body=body,
        campaign_type=campaign_type,
    ).parsed


async def asyncio_detailed(
    stream_id: str,
    *,
    client: AuthenticatedClient,
    body: SmsAdvancedCampaignRequest,
    campaign_type: CreateAdvancedSmsCampaignCampaignType = "sms",
) -> Response[CampaignResponse | ErrorResponse]:
    """Create an SMS campaign in the advanced format (v2)

     Creates an SMS campaign whose messages come from an experience flow (`format: advanced`,
    `experienceFlowName`) instead of a fixed text. Documented on "Create SMS Campaign
    (Advanced Format) API-v2", whose URL has no `/campaign` prefix. The campaign is `Ready`
    at once and its id is `data._id`.

    Rules the schema cannot state, enforced by the service: every name in `contactLists`
    and `dncLists.name` is an existing contact list; the experience flow exists; campaign
    names are unique within the bot (case-insensitively), a duplicate gets `409`.

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_type (CreateAdvancedSmsCampaignCampaignType):  Default: 'sms'.
        body (SmsAdvancedCampaignRequest): An SMS campaign whose conversation is an experience
            flow (`format` advanced); no message text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
        body=body,
        campaign_type=campaign_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stream_id: str,
    *,
    client: AuthenticatedClient,
    body: SmsAdvancedCampaignRequest,
    campaign_type: CreateAdvancedSmsCampaignCampaignType = "sms",
) -> CampaignResponse | ErrorResponse | None:
    """Create an SMS campaign in the advanced format (v2)

     Creates an SMS campaign whose messages come from an experience flow (`format: advanced`,
    `experienceFlowName`) instead of a fixed text. Documented on "Create SMS Campaign
    (Advanced Format) API-v2", whose URL has no `/campaign` prefix. The campaign is `Ready`
    at once and its id is `data._id`.

    Rules the schema cannot state, enforced by the service: every name in `contactLists`
    and `dncLists.name` is an existing contact list; the experience flow exists; campaign
    names are unique within the bot (case-insensitively), a duplicate gets `409`.

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_type (CreateAdvancedSmsCampaignCampaignType):  Default: 'sms'.
        body (SmsAdvancedCampaignRequest): An SMS campaign whose conversation is an experience
            flow (`format` advanced); no message text.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            stream_id=stream_id,
            client=client,
            body=body,
            campaign_type=campaign_type,
        )
    ).parsed
