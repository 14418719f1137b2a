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
    i_id: str,
    campaign_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agentassist/api/v1/public/{i_id}/campaign/{campaign_id}".format(
            i_id=path_segment("get_campaign_v1", "i_id", i_id),
            campaign_id=path_segment("get_campaign_v1", "campaign_id", campaign_id),
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
    parsed, deviations = read_response("get_campaign_v1", client, response, _parse_response)
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
) -> Response[CampaignResponse | ErrorResponse]:
    """Get a voice or SMS campaign (v1)

     Returns one campaign of this bot, voice or SMS, wrapped in `data` (documented twice, as
    "Get Voice Campaign API" and "Get SMS Campaign API"; the URL names no campaign type).
    The same campaign is readable through `getCampaign` (v2).

    Args:
        i_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        i_id=i_id,
        campaign_id=campaign_id,
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
) -> CampaignResponse | ErrorResponse | None:
    """Get a voice or SMS campaign (v1)

     Returns one campaign of this bot, voice or SMS, wrapped in `data` (documented twice, as
    "Get Voice Campaign API" and "Get SMS Campaign API"; the URL names no campaign type).
    The same campaign is readable through `getCampaign` (v2).

    Args:
        i_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignResponse | ErrorResponse
    """

    return sync_detailed(
        i_id=i_id,
        campaign_id=campaign_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    i_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[CampaignResponse | ErrorResponse]:
    """Get a voice or SMS campaign (v1)

     Returns one campaign of this bot, voice or SMS, wrapped in `data` (documented twice, as
    "Get Voice Campaign API" and "Get SMS Campaign API"; the URL names no campaign type).
    The same campaign is readable through `getCampaign` (v2).

    Args:
        i_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        i_id=i_id,
        campaign_id=campaign_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    i_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient,
) -> CampaignResponse | ErrorResponse | None:
    """Get a voice or SMS campaign (v1)

     Returns one campaign of this bot, voice or SMS, wrapped in `data` (documented twice, as
    "Get Voice Campaign API" and "Get SMS Campaign API"; the URL names no campaign type).
    The same campaign is readable through `getCampaign` (v2).

    Args:
        i_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            i_id=i_id,
            campaign_id=campaign_id,
            client=client,
        )
    ).parsed
