"""Contains endpoint functions for accessing the API, and the `contact_lists` resource that calls them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, overload

from ..._runtime.resources import body_fields, keyword_signature, page_field
from ...models.add_contacts_request import AddContactsRequest
from ...models.add_contacts_response import AddContactsResponse
from ...models.contact import Contact
from ...models.contact_list_response import ContactListResponse
from ...models.contact_list_update_response import ContactListUpdateResponse
from ...models.contact_lists_response import ContactListsResponse
from ...models.contacts_page_response import ContactsPageResponse
from ...models.create_contact_list_request import CreateContactListRequest
from ...models.new_contact import NewContact
from ...models.update_contact_list_request import UpdateContactListRequest
from ...types import UNSET, Unset
from . import add_contacts_to_contact_list as _add_contacts_to_contact_list
from . import create_contact_list as _create_contact_list
from . import delete_contact_list as _delete_contact_list
from . import get_contact_list as _get_contact_list
from . import list_contact_list_contacts as _list_contact_list_contacts
from . import list_contact_lists as _list_contact_lists
from . import update_contact_list as _update_contact_list

if TYPE_CHECKING:
    from .. import ResourceHost


class ContactListsResource:
    """The `contact_lists` operations, called on a client: returns the success model or raises."""

    __slots__ = ("_client",)

    def __init__(self, client: ResourceHost) -> None:
        self._client = client

    @overload
    def create_contact_list(
        self,
        body: CreateContactListRequest,
        *,
        bot_id: str | None = None,
    ) -> ContactListResponse: ...

    @overload
    def create_contact_list(
        self,
        *,
        name: str,
        description: str,
        allow_duplicates: bool | Unset = False,
        bot_id: str | None = None,
    ) -> ContactListResponse: ...

    @keyword_signature
    def create_contact_list(
        self, body: CreateContactListRequest | None = None, *, bot_id: str | None = None, **fields: Any
    ) -> ContactListResponse:
        """Create a contact list fed through the API

        Creates an empty contact list whose contacts are added later through
        `addContactsToContactList` (a "passive API" list, `listType` `call`). Campaigns then name
        it in `contactLists`, or in `dncLists.name` to use it as a Do-Not-Call list: DNC lists are
        ordinary contact lists.

        Rules the schema cannot state, enforced by the service: list names are unique within the
        bot, compared case-insensitively (the service keeps the lower-cased `lname`); a duplicate
        gets `409`.

        Args:
            body (CreateContactListRequest): The request body.
                Or pass its fields as keywords instead.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            ContactListResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        if body is None:
            fields = body_fields(
                "create_contact_list",
                fields,
                (
                    "name",
                    "description",
                    "allow_duplicates",
                ),
                {
                    "allowDuplicates": "allow_duplicates",
                },
                {
                    "source": "passiveApi",
                },
            )
            body = CreateContactListRequest(source="passiveApi", **fields)
        elif fields:
            raise TypeError(
                f"create_contact_list() takes the body as a model or as keywords, not both; got body and {', '.join(fields)}"
            )
        response = _create_contact_list.sync_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            body=body,
        )
        if isinstance(response.parsed, ContactListResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    def list_contact_lists(
        self,
        *,
        bot_id: str | None = None,
    ) -> ContactListsResponse:
        """List the bot's contact lists

        Returns every contact list of the bot, in a shorter form than `getContactList` (no
        `isActive`, `createdAt`, creator or `allowDuplicates`). A POST that sends no body.

        Args:
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Sends `type="call"`, the only value the spec allows.

        Returns:
            ContactListsResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = _list_contact_lists.sync_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            type_="call",
        )
        if isinstance(response.parsed, ContactListsResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    def get_contact_list(
        self,
        contact_list_id: str,
        *,
        bot_id: str | None = None,
    ) -> ContactListResponse:
        """Get a contact list

        Returns one contact list of the bot, with its record count and the campaigns that name it
        (`campaignInUse`).

        Args:
            contact_list_id (str):
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            ContactListResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = _get_contact_list.sync_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            contact_list_id=contact_list_id,
        )
        if isinstance(response.parsed, ContactListResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    @overload
    def update_contact_list(
        self,
        contact_list_id: str,
        body: UpdateContactListRequest,
        *,
        bot_id: str | None = None,
    ) -> ContactListUpdateResponse: ...

    @overload
    def update_contact_list(
        self,
        contact_list_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        bot_id: str | None = None,
    ) -> ContactListUpdateResponse: ...

    @keyword_signature
    def update_contact_list(
        self,
        contact_list_id: str,
        body: UpdateContactListRequest | None = None,
        *,
        bot_id: str | None = None,
        **fields: Any,
    ) -> ContactListUpdateResponse:
        """Rename or re-describe a contact list

        Changes the name, the description or both; fields left out keep their values. The
        response echoes what changed, in `data.body`, not the whole list.

        Rules the schema cannot state, enforced by the service: the new name must be free in the
        bot (case-insensitively), else `409`; a list that a campaign names (see `campaignInUse`)
        cannot be renamed, also `409`, because campaigns refer to their lists by name. Its
        description can still change.

        Args:
            contact_list_id (str):
            body (UpdateContactListRequest): The fields to change; at least one.
                Or pass its fields as keywords instead.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            ContactListUpdateResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        if body is None:
            fields = body_fields(
                "update_contact_list",
                fields,
                (
                    "name",
                    "description",
                ),
                {},
                {},
            )
            body = UpdateContactListRequest(**fields)
        elif fields:
            raise TypeError(
                f"update_contact_list() takes the body as a model or as keywords, not both; got body and {', '.join(fields)}"
            )
        response = _update_contact_list.sync_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            contact_list_id=contact_list_id,
            body=body,
        )
        if isinstance(response.parsed, ContactListUpdateResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    def delete_contact_list(
        self,
        contact_list_id: str,
        *,
        bot_id: str | None = None,
    ) -> ContactListResponse:
        """Delete a contact list and its contacts

        Deletes the list and its contacts and returns the list as it was.

        Rules the schema cannot state, enforced by the service: a list that a campaign names in
        `contactLists` or `dncLists` (see `campaignInUse`) cannot be deleted, `409`; delete the
        campaigns first.

        Args:
            contact_list_id (str):
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            ContactListResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = _delete_contact_list.sync_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            contact_list_id=contact_list_id,
        )
        if isinstance(response.parsed, ContactListResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    def list_contact_list_contacts(
        self,
        contact_list_id: str,
        *,
        skip: int | Unset = 0,
        limit: int | Unset = 50,
        bot_id: str | None = None,
    ) -> ContactsPageResponse:
        """Get the contacts of a contact list, a page at a time

        Returns the list's contacts in the order they were added, `limit` at a time from `skip`
        (50 from the start by default). `hasMore` says whether another page follows.

        Args:
            contact_list_id (str):
            skip (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 50.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            ContactsPageResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = _list_contact_list_contacts.sync_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            contact_list_id=contact_list_id,
            skip=skip,
            limit=limit,
        )
        if isinstance(response.parsed, ContactsPageResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    def iter_contacts(
        self,
        contact_list_id: str,
        *,
        page_size: int = 100,
        bot_id: str | None = None,
    ) -> Iterator[Contact]:
        """Every item of `list_contact_list_contacts`, all pages: each page is fetched when the iteration reaches it.

        Asks for `page_size` items a page (default and largest: 100, the documented maximum) and
        stops when `data.hasMore` is false.
        The other arguments are those of `list_contact_list_contacts`; generated from the operation's `x-pagination`.
        """
        if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= 100:
            raise ValueError(f"iter_contacts(): page_size must be an int from 1 to 100, got {page_size!r}")
        for _ in (None,):
            position = 0
            while True:
                response = self.list_contact_list_contacts(
                    contact_list_id, skip=position, limit=page_size, bot_id=bot_id
                )
                items: list[Contact] = page_field(response, "data.results") or []
                yield from items
                if not items or not page_field(response, "data.has_more"):
                    break
                position += len(items)

    @overload
    def add_contacts_to_contact_list(
        self,
        body: AddContactsRequest,
        *,
        bot_id: str | None = None,
    ) -> AddContactsResponse: ...

    @overload
    def add_contacts_to_contact_list(
        self,
        *,
        contact_list_name: str,
        data: list[NewContact],
        bot_id: str | None = None,
    ) -> AddContactsResponse: ...

    @keyword_signature
    def add_contacts_to_contact_list(
        self, body: AddContactsRequest | None = None, *, bot_id: str | None = None, **fields: Any
    ) -> AddContactsResponse:
        """Add contacts to a contact list, by the list's name

        Appends contacts to an existing list named by `contact_list_name`. The platform queues the
        import and answers at once; a campaign that names the list, even one that is running,
        dials the new contacts as they arrive. With the list's `allowDuplicates` false, a phone
        number already in the list (or earlier in the same request) is skipped.

        Rules the schema cannot state, enforced by the service: `contact_list_name` must name an
        existing list of the bot (exact name), else `404`.

        Args:
            body (AddContactsRequest): The request body.
                Or pass its fields as keywords instead.
            bot_id (str | None): The bot id for the `IId` path parameter; default: the client's `bot_id`.

        Returns:
            AddContactsResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        if body is None:
            fields = body_fields(
                "add_contacts_to_contact_list",
                fields,
                (
                    "contact_list_name",
                    "data",
                ),
                {},
                {},
            )
            body = AddContactsRequest(**fields)
        elif fields:
            raise TypeError(
                f"add_contacts_to_contact_list() takes the body as a model or as keywords, not both; got body and {', '.join(fields)}"
            )
        response = _add_contacts_to_contact_list.sync_detailed(
            client=self._client,
            i_id=self._client.bot_id if bot_id is None else bot_id,
            body=body,
        )
        if isinstance(response.parsed, AddContactsResponse):
            return response.parsed
        raise self._client.error_for_response(response)


class AsyncContactListsResource:
    """The `contact_lists` operations, awaited on a client: returns the success model or raises."""

    __slots__ = ("_client",)

    def __init__(self, client: ResourceHost) -> None:
        self._client = client

    @overload
    async def create_contact_list(
        self,
        body: CreateContactListRequest,
        *,
        bot_id: str | None = None,
    ) -> ContactListResponse: ...

    @overload
    async def create_contact_list(
        self,
        *,
        name: str,
        description: str,
        allow_duplicates: bool | Unset = False,
        bot_id: str | None = None,
    ) -> ContactListResponse: ...

    @keyword_signature
    async def create_contact_list(
        self, body: CreateContactListRequest | None = None, *, bot_id: str | None = None, **fields: Any
    ) -> ContactListResponse:
        """Create a contact list fed through the API

        Creates an empty contact list whose contacts are added later through
        `addContactsToContactList` (a "passive API" list, `listType` `call`). Campaigns then name
        it in `contactLists`, or in `dncLists.name` to use it as a Do-Not-Call list: DNC lists are
        ordinary contact lists.

        Rules the schema cannot state, enforced by the service: list names are unique within the
        bot, compared case-insensitively (the service keeps the lower-cased `lname`); a duplicate
        gets `409`.

        Args:
            body (CreateContactListRequest): The request body.
                Or pass its fields as keywords instead.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            ContactListResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        if body is None:
            fields = body_fields(
                "create_contact_list",
                fields,
                (
                    "name",
                    "description",
                    "allow_duplicates",
                ),
                {
                    "allowDuplicates": "allow_duplicates",
                },
                {
                    "source": "passiveApi",
                },
            )
            body = CreateContactListRequest(source="passiveApi", **fields)
        elif fields:
            raise TypeError(
                f"create_contact_list() takes the body as a model or as keywords, not both; got body and {', '.join(fields)}"
            )
        response = await _create_contact_list.asyncio_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            body=body,
        )
        if isinstance(response.parsed, ContactListResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    async def list_contact_lists(
        self,
        *,
        bot_id: str | None = None,
    ) -> ContactListsResponse:
        """List the bot's contact lists

        Returns every contact list of the bot, in a shorter form than `getContactList` (no
        `isActive`, `createdAt`, creator or `allowDuplicates`). A POST that sends no body.

        Args:
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Sends `type="call"`, the only value the spec allows.

        Returns:
            ContactListsResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = await _list_contact_lists.asyncio_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            type_="call",
        )
        if isinstance(response.parsed, ContactListsResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    async def get_contact_list(
        self,
        contact_list_id: str,
        *,
        bot_id: str | None = None,
    ) -> ContactListResponse:
        """Get a contact list

        Returns one contact list of the bot, with its record count and the campaigns that name it
        (`campaignInUse`).

        Args:
            contact_list_id (str):
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            ContactListResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = await _get_contact_list.asyncio_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            contact_list_id=contact_list_id,
        )
        if isinstance(response.parsed, ContactListResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    @overload
    async def update_contact_list(
        self,
        contact_list_id: str,
        body: UpdateContactListRequest,
        *,
        bot_id: str | None = None,
    ) -> ContactListUpdateResponse: ...

    @overload
    async def update_contact_list(
        self,
        contact_list_id: str,
        *,
        name: str | Unset = UNSET,
        description: str | Unset = UNSET,
        bot_id: str | None = None,
    ) -> ContactListUpdateResponse: ...

    @keyword_signature
    async def update_contact_list(
        self,
        contact_list_id: str,
        body: UpdateContactListRequest | None = None,
        *,
        bot_id: str | None = None,
        **fields: Any,
    ) -> ContactListUpdateResponse:
        """Rename or re-describe a contact list

        Changes the name, the description or both; fields left out keep their values. The
        response echoes what changed, in `data.body`, not the whole list.

        Rules the schema cannot state, enforced by the service: the new name must be free in the
        bot (case-insensitively), else `409`; a list that a campaign names (see `campaignInUse`)
        cannot be renamed, also `409`, because campaigns refer to their lists by name. Its
        description can still change.

        Args:
            contact_list_id (str):
            body (UpdateContactListRequest): The fields to change; at least one.
                Or pass its fields as keywords instead.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            ContactListUpdateResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        if body is None:
            fields = body_fields(
                "update_contact_list",
                fields,
                (
                    "name",
                    "description",
                ),
                {},
                {},
            )
            body = UpdateContactListRequest(**fields)
        elif fields:
            raise TypeError(
                f"update_contact_list() takes the body as a model or as keywords, not both; got body and {', '.join(fields)}"
            )
        response = await _update_contact_list.asyncio_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            contact_list_id=contact_list_id,
            body=body,
        )
        if isinstance(response.parsed, ContactListUpdateResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    async def delete_contact_list(
        self,
        contact_list_id: str,
        *,
        bot_id: str | None = None,
    ) -> ContactListResponse:
        """Delete a contact list and its contacts

        Deletes the list and its contacts and returns the list as it was.

        Rules the schema cannot state, enforced by the service: a list that a campaign names in
        `contactLists` or `dncLists` (see `campaignInUse`) cannot be deleted, `409`; delete the
        campaigns first.

        Args:
            contact_list_id (str):
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            ContactListResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = await _delete_contact_list.asyncio_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            contact_list_id=contact_list_id,
        )
        if isinstance(response.parsed, ContactListResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    async def list_contact_list_contacts(
        self,
        contact_list_id: str,
        *,
        skip: int | Unset = 0,
        limit: int | Unset = 50,
        bot_id: str | None = None,
    ) -> ContactsPageResponse:
        """Get the contacts of a contact list, a page at a time

        Returns the list's contacts in the order they were added, `limit` at a time from `skip`
        (50 from the start by default). `hasMore` says whether another page follows.

        Args:
            contact_list_id (str):
            skip (int | Unset):  Default: 0.
            limit (int | Unset):  Default: 50.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            ContactsPageResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = await _list_contact_list_contacts.asyncio_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            contact_list_id=contact_list_id,
            skip=skip,
            limit=limit,
        )
        if isinstance(response.parsed, ContactsPageResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    async def iter_contacts(
        self,
        contact_list_id: str,
        *,
        page_size: int = 100,
        bot_id: str | None = None,
    ) -> AsyncIterator[Contact]:
        """Every item of `list_contact_list_contacts`, all pages: each page is fetched when the iteration reaches it.

        Asks for `page_size` items a page (default and largest: 100, the documented maximum) and
        stops when `data.hasMore` is false.
        The other arguments are those of `list_contact_list_contacts`; generated from the operation's `x-pagination`.
        """
        if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= 100:
            raise ValueError(f"iter_contacts(): page_size must be an int from 1 to 100, got {page_size!r}")
        for _ in (None,):
            position = 0
            while True:
                response = await self.list_contact_list_contacts(
                    contact_list_id, skip=position, limit=page_size, bot_id=bot_id
                )
                items: list[Contact] = page_field(response, "data.results") or []
                for item in items:
                    yield item
                if not items or not page_field(response, "data.has_more"):
                    break
                position += len(items)

    @overload
    async def add_contacts_to_contact_list(
        self,
        body: AddContactsRequest,
        *,
        bot_id: str | None = None,
    ) -> AddContactsResponse: ...

    @overload
    async def add_contacts_to_contact_list(
        self,
        *,
        contact_list_name: str,
        data: list[NewContact],
        bot_id: str | None = None,
    ) -> AddContactsResponse: ...

    @keyword_signature
    async def add_contacts_to_contact_list(
        self, body: AddContactsRequest | None = None, *, bot_id: str | None = None, **fields: Any
    ) -> AddContactsResponse:
        """Add contacts to a contact list, by the list's name

        Appends contacts to an existing list named by `contact_list_name`. The platform queues the
        import and answers at once; a campaign that names the list, even one that is running,
        dials the new contacts as they arrive. With the list's `allowDuplicates` false, a phone
        number already in the list (or earlier in the same request) is skipped.

        Rules the schema cannot state, enforced by the service: `contact_list_name` must name an
        existing list of the bot (exact name), else `404`.

        Args:
            body (AddContactsRequest): The request body.
                Or pass its fields as keywords instead.
            bot_id (str | None): The bot id for the `IId` path parameter; default: the client's `bot_id`.

        Returns:
            AddContactsResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        if body is None:
            fields = body_fields(
                "add_contacts_to_contact_list",
                fields,
                (
                    "contact_list_name",
                    "data",
                ),
                {},
                {},
            )
            body = AddContactsRequest(**fields)
        elif fields:
            raise TypeError(
                f"add_contacts_to_contact_list() takes the body as a model or as keywords, not both; got body and {', '.join(fields)}"
            )
        response = await _add_contacts_to_contact_list.asyncio_detailed(
            client=self._client,
            i_id=self._client.bot_id if bot_id is None else bot_id,
            body=body,
        )
        if isinstance(response.parsed, AddContactsResponse):
            return response.parsed
        raise self._client.error_for_response(response)
