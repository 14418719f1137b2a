from typing import Any

import httpx

from ... import errors
from ..._runtime.answers import http_status, read_response
from ..._runtime.paths import path_segment
from ..._runtime.switches import own_show_values
from ...client import AuthenticatedClient, Client
from ...models.contact_list_kind import ContactListKind
from ...models.contact_lists_response import ContactListsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    i_id: str,
    *,
    type_: ContactListKind | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agentassist/api/v1/public/{i_id}/campaign/contactList/getAllListDetails".format(
            i_id=path_segment("list_contact_lists_v1", "i_id", i_id),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactListsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContactListsResponse.from_dict(response.json())

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
) -> Response[ContactListsResponse | ErrorResponse]:
    # Lenient reading (issue 21): what differs from the spec is kept, listed in `deviations`,
    # logged once, or raised as KoreResponseError in strict mode. An error status whatever its body:
    # `parsed` is None when the body is not the documented error, and the status decides the error.
    parsed, deviations = read_response("list_contact_lists_v1", client, response, _parse_response)
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
    type_: ContactListKind | Unset = UNSET,
) -> Response[ContactListsResponse | ErrorResponse]:
    """List the bot's contact lists (v1)

     Returns every contact list of the bot, newest first, in the short form of `listContactLists` (v2). A
    POST that sends no body.

    Args:
        i_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        type_ (ContactListKind | Unset): Kind of contact list; `call` is the only documented
            value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactListsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        i_id=i_id,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    i_id: str,
    *,
    client: AuthenticatedClient,
    type_: ContactListKind | Unset = UNSET,
) -> ContactListsResponse | ErrorResponse | None:
    """List the bot's contact lists (v1)

     Returns every contact list of the bot, newest first, in the short form of `listContactLists` (v2). A
    POST that sends no body.

    Args:
        i_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        type_ (ContactListKind | Unset): Kind of contact list; `call` is the only documented
            value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactListsResponse | ErrorResponse
    """

    return sync_detailed(
        i_id=i_id,
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    i_id: str,
    *,
    client: AuthenticatedClient,
    type_: ContactListKind | Unset = UNSET,
) -> Response[ContactListsResponse | ErrorResponse]:
    """List the bot's contact lists (v1)

     Returns every contact list of the bot, newest first, in the short form of `listContactLists` (v2). A
    POST that sends no body.

    Args:
        i_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        type_ (ContactListKind | Unset): Kind of contact list; `call` is the only documented
            value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactListsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        i_id=i_id,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    i_id: str,
    *,
    client: AuthenticatedClient,
    type_: ContactListKind | Unset = UNSET,
) -> ContactListsResponse | ErrorResponse | None:
    """List the bot's contact lists (v1)

     Returns every contact list of the bot, newest first, in the short form of `listContactLists` (v2). A
    POST that sends no body.

    Args:
        i_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        type_ (ContactListKind | Unset): Kind of contact list; `call` is the only documented
            value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactListsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            i_id=i_id,
            client=client,
            type_=type_,
        )
    ).parsed
