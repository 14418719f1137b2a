from typing import Any

import httpx

from ... import errors
from ..._runtime.answers import http_status, read_response
from ..._runtime.paths import path_segment
from ..._runtime.switches import own_show_values
from ...client import AuthenticatedClient, Client
from ...models.campaign_list_request import CampaignListRequest
from ...models.campaign_list_response import CampaignListResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    stream_id: str,
    *,
    body: CampaignListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaign/api/v2/public/{stream_id}/campaign/getAllCampaignDetails".format(
            stream_id=path_segment("list_campaigns", "stream_id", stream_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CampaignListResponse.from_dict(response.json())

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
) -> Response[CampaignListResponse | ErrorResponse]:
    # Lenient reading (issue 21): what differs from the spec is kept, listed in `deviations`,
    # logged once, or raised as KoreResponseError in strict mode. An error status whatever its body:
    # `parsed` is None when the body is not the documented error, and the status decides the error.
    parsed, deviations = read_response("list_campaigns", client, response, _parse_response)
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
    body: CampaignListRequest,
) -> Response[CampaignListResponse | ErrorResponse]:
    """List the bot's voice or SMS campaigns (v2)

     Returns one page of this bot's campaigns of one `type` (voice or SMS), optionally
    filtered by creation date, status, priority and (voice) dialing mode, and sorted by
    name, creation or update time. Documented on "Get All Campaigns v2". Paging: `skip`
    records are skipped and at most `limit` returned; `hasMore` tells whether more follow.

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        body (CampaignListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stream_id: str,
    *,
    client: AuthenticatedClient,
    body: CampaignListRequest,
) -> CampaignListResponse | ErrorResponse | None:
    """List the bot's voice or SMS campaigns (v2)

     Returns one page of this bot's campaigns of one `type` (voice or SMS), optionally
    filtered by creation date, status, priority and (voice) dialing mode, and sorted by
    name, creation or update time. Documented on "Get All Campaigns v2". Paging: `skip`
    records are skipped and at most `limit` returned; `hasMore` tells whether more follow.

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        body (CampaignListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignListResponse | ErrorResponse
    """

    return sync_detailed(
        stream_id=stream_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    stream_id: str,
    *,
    client: AuthenticatedClient,
    body: CampaignListRequest,
) -> Response[CampaignListResponse | ErrorResponse]:
    """List the bot's voice or SMS campaigns (v2)

     Returns one page of this bot's campaigns of one `type` (voice or SMS), optionally
    filtered by creation date, status, priority and (voice) dialing mode, and sorted by
    name, creation or update time. Documented on "Get All Campaigns v2". Paging: `skip`
    records are skipped and at most `limit` returned; `hasMore` tells whether more follow.

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        body (CampaignListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stream_id: str,
    *,
    client: AuthenticatedClient,
    body: CampaignListRequest,
) -> CampaignListResponse | ErrorResponse | None:
    """List the bot's voice or SMS campaigns (v2)

     Returns one page of this bot's campaigns of one `type` (voice or SMS), optionally
    filtered by creation date, status, priority and (voice) dialing mode, and sorted by
    name, creation or update time. Documented on "Get All Campaigns v2". Paging: `skip`
    records are skipped and at most `limit` returned; `hasMore` tells whether more follow.

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        body (CampaignListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            stream_id=stream_id,
            client=client,
            body=body,
        )
    ).parsed
