from typing import Any

import httpx

from ... import errors
from ..._runtime.answers import http_status, read_response
from ..._runtime.paths import path_segment
from ..._runtime.switches import own_show_values
from ...client import AuthenticatedClient, Client
from ...models.campaign_status_response import CampaignStatusResponse
from ...models.contacts_page_request import ContactsPageRequest
from ...models.error_response import ErrorResponse
from ...models.get_campaign_status_v1_view import GetCampaignStatusV1View
from ...types import UNSET, Response, Unset


def _get_kwargs(
    i_id: str,
    campaign_id: str,
    *,
    body: ContactsPageRequest | Unset = UNSET,
    view: GetCampaignStatusV1View | Unset = "status",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_view: str | Unset = UNSET
    if not isinstance(view, Unset):
        json_view = view

    params["view"] = json_view

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agentassist/api/v1/public/{i_id}/campaign/{campaign_id}/status".format(
            i_id=path_segment("get_campaign_status_v1", "i_id", i_id),
            campaign_id=path_segment("get_campaign_status_v1", "campaign_id", campaign_id),
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
) -> CampaignStatusResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CampaignStatusResponse.from_dict(response.json())

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
) -> Response[CampaignStatusResponse | ErrorResponse]:
    # Lenient reading (issue 21): what differs from the spec is kept, listed in `deviations`,
    # logged once, or raised as KoreResponseError in strict mode. An error status whatever its body:
    # `parsed` is None when the body is not the documented error, and the status decides the error.
    parsed, deviations = read_response("get_campaign_status_v1", client, response, _parse_response)
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
    body: ContactsPageRequest | Unset = UNSET,
    view: GetCampaignStatusV1View | Unset = "status",
) -> Response[CampaignStatusResponse | ErrorResponse]:
    """Get a campaign's status, or the contacts of a voice campaign (v1)

     With `view=status` (the default), returns the campaign's id, name and status; the body
    is `{}` or nothing. With `view=contacts`, returns a page of the voice campaign's contacts
    and their call outcomes; the body may give `page` (from 1) and `limit` (1 to 100).
    Documented on "Get Campaign Status" and "Get All Contact Details Of Voice Campaigns",
    which share this URL and method; the answers are those of `getCampaignStatus` (v2).

    Rules the schema cannot state, enforced by the service: the campaign exists in this bot
    (else `404`).

    Args:
        i_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_id (str):
        view (GetCampaignStatusV1View | Unset):  Default: 'status'.
        body (ContactsPageRequest | Unset): Paging for `view=contacts`; `view=status` sends `{}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignStatusResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        i_id=i_id,
        campaign_id=campaign_id,
        body=body,
        view=view,
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
    body: ContactsPageRequest | Unset = UNSET,
    view: GetCampaignStatusV1View | Unset = "status",
) -> CampaignStatusResponse | ErrorResponse | None:
    """Get a campaign's status, or the contacts of a voice campaign (v1)

     With `view=status` (the default), returns the campaign's id, name and status; the body
    is `{}` or nothing. With `view=contacts`, returns a page of the voice campaign's contacts
    and their call outcomes; the body may give `page` (from 1) and `limit` (1 to 100).
    Documented on "Get Campaign Status" and "Get All Contact Details Of Voice Campaigns",
    which share this URL and method; the answers are those of `getCampaignStatus` (v2).

    Rules the schema cannot state, enforced by the service: the campaign exists in this bot
    (else `404`).

    Args:
        i_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_id (str):
        view (GetCampaignStatusV1View | Unset):  Default: 'status'.
        body (ContactsPageRequest | Unset): Paging for `view=contacts`; `view=status` sends `{}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignStatusResponse | ErrorResponse
    """

    return sync_detailed(
        i_id=i_id,
        campaign_id=campaign_id,
        client=client,
        body=body,
        view=view,
    ).parsed


async def asyncio_detailed(
    i_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: ContactsPageRequest | Unset = UNSET,
    view: GetCampaignStatusV1View | Unset = "status",
) -> Response[CampaignStatusResponse | ErrorResponse]:
    """Get a campaign's status, or the contacts of a voice campaign (v1)

     With `view=status` (the default), returns the campaign's id, name and status; the body
    is `{}` or nothing. With `view=contacts`, returns a page of the voice campaign's contacts
    and their call outcomes; the body may give `page` (from 1) and `limit` (1 to 100).
    Documented on "Get Campaign Status" and "Get All Contact Details Of Voice Campaigns",
    which share this URL and method; the answers are those of `getCampaignStatus` (v2).

    Rules the schema cannot state, enforced by the service: the campaign exists in this bot
    (else `404`).

    Args:
        i_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_id (str):
        view (GetCampaignStatusV1View | Unset):  Default: 'status'.
        body (ContactsPageRequest | Unset): Paging for `view=contacts`; `view=status` sends `{}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignStatusResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        i_id=i_id,
        campaign_id=campaign_id,
        body=body,
        view=view,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    i_id: str,
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: ContactsPageRequest | Unset = UNSET,
    view: GetCampaignStatusV1View | Unset = "status",
) -> CampaignStatusResponse | ErrorResponse | None:
    """Get a campaign's status, or the contacts of a voice campaign (v1)

     With `view=status` (the default), returns the campaign's id, name and status; the body
    is `{}` or nothing. With `view=contacts`, returns a page of the voice campaign's contacts
    and their call outcomes; the body may give `page` (from 1) and `limit` (1 to 100).
    Documented on "Get Campaign Status" and "Get All Contact Details Of Voice Campaigns",
    which share this URL and method; the answers are those of `getCampaignStatus` (v2).

    Rules the schema cannot state, enforced by the service: the campaign exists in this bot
    (else `404`).

    Args:
        i_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        campaign_id (str):
        view (GetCampaignStatusV1View | Unset):  Default: 'status'.
        body (ContactsPageRequest | Unset): Paging for `view=contacts`; `view=status` sends `{}`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignStatusResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            i_id=i_id,
            campaign_id=campaign_id,
            client=client,
            body=body,
            view=view,
        )
    ).parsed
