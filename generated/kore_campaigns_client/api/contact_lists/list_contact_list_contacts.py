from typing import Any

import httpx

from ... import errors
from ..._runtime.answers import http_status, read_response
from ..._runtime.paths import path_segment
from ..._runtime.switches import own_show_values
from ...client import AuthenticatedClient, Client
from ...models.contacts_page_response import ContactsPageResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    stream_id: str,
    contact_list_id: str,
    *,
    skip: int | Unset = 0,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["skip"] = skip

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaign/api/v2/public/{stream_id}/campaign/contactList/{contact_list_id}/getAllContacts".format(
            stream_id=path_segment("list_contact_list_contacts", "stream_id", stream_id),
            contact_list_id=path_segment("list_contact_list_contacts", "contact_list_id", contact_list_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactsPageResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContactsPageResponse.from_dict(response.json())

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
) -> Response[ContactsPageResponse | ErrorResponse]:
    # Lenient reading (issue 21): what differs from the spec is kept, listed in `deviations`,
    # logged once, or raised as KoreResponseError in strict mode. An error status whatever its body:
    # `parsed` is None when the body is not the documented error, and the status decides the error.
    parsed, deviations = read_response("list_contact_list_contacts", client, response, _parse_response)
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
    contact_list_id: str,
    *,
    client: AuthenticatedClient,
    skip: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[ContactsPageResponse | ErrorResponse]:
    """Get the contacts of a contact list, a page at a time

     Returns the list's contacts in the order they were added, `limit` at a time from `skip`
    (50 from the start by default). `hasMore` says whether another page follows.

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        contact_list_id (str):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactsPageResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
        contact_list_id=contact_list_id,
        skip=skip,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    stream_id: str,
    contact_list_id: str,
    *,
    client: AuthenticatedClient,
    skip: int | Unset = 0,
    limit: int | Unset = 50,
) -> ContactsPageResponse | ErrorResponse | None:
    """Get the contacts of a contact list, a page at a time

     Returns the list's contacts in the order they were added, `limit` at a time from `skip`
    (50 from the start by default). `hasMore` says whether another page follows.

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        contact_list_id (str):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactsPageResponse | ErrorResponse
    """

    return sync_detailed(
        stream_id=stream_id,
        contact_list_id=contact_list_id,
        client=client,
        skip=skip,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    stream_id: str,
    contact_list_id: str,
    *,
    client: AuthenticatedClient,
    skip: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[ContactsPageResponse | ErrorResponse]:
    """Get the contacts of a contact list, a page at a time

     Returns the list's contacts in the order they were added, `limit` at a time from `skip`
    (50 from the start by default). `hasMore` says whether another page follows.

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        contact_list_id (str):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactsPageResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        stream_id=stream_id,
        contact_list_id=contact_list_id,
        skip=skip,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    stream_id: str,
    contact_list_id: str,
    *,
    client: AuthenticatedClient,
    skip: int | Unset = 0,
    limit: int | Unset = 50,
) -> ContactsPageResponse | ErrorResponse | None:
    """Get the contacts of a contact list, a page at a time

     Returns the list's contacts in the order they were added, `limit` at a time from `skip`
    (50 from the start by default). `hasMore` says whether another page follows.

    Args:
        stream_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        contact_list_id (str):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactsPageResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            stream_id=stream_id,
            contact_list_id=contact_list_id,
            client=client,
            skip=skip,
            limit=limit,
        )
    ).parsed
