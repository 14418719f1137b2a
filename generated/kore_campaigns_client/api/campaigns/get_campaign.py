from typing import Any

import httpx

from ... import errors
from ..._runtime.answers import http_status, read_response
from ..._runtime.paths import path_segment
from ..._runtime.switches import own_show_values
from ...client import AuthenticatedClient, Client
from ...models.campaign_response import CampaignResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    stream_id: str,
    campaign_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaign/api/v2/public/{stream_id}/campaign/{campaign_id}".format(
            stream_id=path_segment("get_campaign", "stream_id", stream_id),
            campaign_id=path_segment("get_campaign", "campaign_id", campaign_id),
        ),
    }

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
    parsed, deviations = read_response("get_campaign", client, response, _parse_response)
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
) -> Response[CampaignResponse | ErrorResponse]:
    """Get a voice or SMS campaign

     Returns one campaign of this bot, voice or SMS (documented twice, as "Get Voice Campaign
    API (v2)" and "Get SMS Campaign API (v2)"; the URL has no campaign type). After
    `scheduleCampaign`, `data.schedule` shows the schedule.

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
        campaign_id=campaign_id,
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
) -> CampaignResponse | ErrorResponse | None:
    """Get a voice or SMS campaign

     Returns one campaign of this bot, voice or SMS (documented twice, as "Get Voice Campaign
    API (v2)" and "Get SMS Campaign API (v2)"; the URL has no campaign type). After
    `scheduleCampaign`, `data.schedule` shows the schedule.

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignResponse | ErrorResponse
    """

    return sync_detailed(
        stream_id=stream_id,
        campaign_id=campaign_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    stream_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[CampaignResponse | ErrorResponse]:
    """Get a voice or SMS campaign

     Returns one campaign of this bot, voice or SMS (documented twice, as "Get Voice Campaign
    API (v2)" and "Get SMS Campaign API (v2)"; the URL has no campaign type). After
    `scheduleCampaign`, `data.schedule` shows the schedule.

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
        campaign_id=campaign_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stream_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient,
) -> CampaignResponse | ErrorResponse | None:
    """Get a voice or SMS campaign

     Returns one campaign of this bot, voice or SMS (documented twice, as "Get Voice Campaign
    API (v2)" and "Get SMS Campaign API (v2)"; the URL has no campaign type). After
    `scheduleCampaign`, `data.schedule` shows the schedule.

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            stream_id=stream_id,
            campaign_id=campaign_id,
            client=client,
        )
    ).parsed
