from typing import Any

import httpx

from ... import errors
from ..._runtime.answers import http_status, read_response
from ..._runtime.paths import path_segment
from ..._runtime.switches import own_show_values
from ...client import AuthenticatedClient, Client
from ...models.contact_list_response import ContactListResponse
from ...models.create_contact_list_request import CreateContactListRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    i_id: str,
    *,
    body: CreateContactListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agentassist/api/v1/public/{i_id}/campaign/contactList/createContactList".format(
            i_id=path_segment("create_contact_list_v1", "i_id", i_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContactListResponse.from_dict(response.json())

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
) -> Response[ContactListResponse | ErrorResponse]:
    # Lenient reading (issue 21): what differs from the spec is kept, listed in `deviations`,
    # logged once, or raised as KoreResponseError in strict mode. An error status whatever its body:
    # `parsed` is None when the body is not the documented error, and the status decides the error.
    parsed, deviations = read_response("create_contact_list_v1", client, response, _parse_response)
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
    body: CreateContactListRequest,
) -> Response[ContactListResponse | ErrorResponse]:
    """Create a contact list fed through the API (v1)

     Creates an empty contact list whose contacts are added later through
    `addContactsToContactList`; campaigns name it in `contactLists` (or `dncLists.name`).
    The same list is readable and deletable through the v2 contact-list operations.

    Rules the schema cannot state, enforced by the service: list names are unique within the
    bot, compared case-insensitively; a duplicate gets `409`.

    Args:
        i_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        body (CreateContactListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        i_id=i_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    i_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateContactListRequest,
) -> ContactListResponse | ErrorResponse | None:
    """Create a contact list fed through the API (v1)

     Creates an empty contact list whose contacts are added later through
    `addContactsToContactList`; campaigns name it in `contactLists` (or `dncLists.name`).
    The same list is readable and deletable through the v2 contact-list operations.

    Rules the schema cannot state, enforced by the service: list names are unique within the
    bot, compared case-insensitively; a duplicate gets `409`.

    Args:
        i_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        body (CreateContactListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactListResponse | ErrorResponse
    """

    return sync_detailed(
        i_id=i_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    i_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateContactListRequest,
) -> Response[ContactListResponse | ErrorResponse]:
    """Create a contact list fed through the API (v1)

     Creates an empty contact list whose contacts are added later through
    `addContactsToContactList`; campaigns name it in `contactLists` (or `dncLists.name`).
    The same list is readable and deletable through the v2 contact-list operations.

    Rules the schema cannot state, enforced by the service: list names are unique within the
    bot, compared case-insensitively; a duplicate gets `409`.

    Args:
        i_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        body (CreateContactListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        i_id=i_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    i_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateContactListRequest,
) -> ContactListResponse | ErrorResponse | None:
    """Create a contact list fed through the API (v1)

     Creates an empty contact list whose contacts are added later through
    `addContactsToContactList`; campaigns name it in `contactLists` (or `dncLists.name`).
    The same list is readable and deletable through the v2 contact-list operations.

    Rules the schema cannot state, enforced by the service: list names are unique within the
    bot, compared case-insensitively; a duplicate gets `409`.

    Args:
        i_id (str): Bot (stream) id, `st-` followed by a UUID in the docs' samples.
        body (CreateContactListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            i_id=i_id,
            client=client,
            body=body,
        )
    ).parsed
