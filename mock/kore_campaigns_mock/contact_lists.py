"""Contact-list routes (v2, and the add-contacts URL): parse and validate, call the store, shape the answer.

Pages (Koredotcom/docs-v2, ai-for-service/apis/contact-center/): create-contact-list-v2,
get-all-contact-lists-v2, get-contact-list-details-v2, update-contact-list-v2, delete-contact-list-details-v2,
get-all-contacts-of-a-contactlist-v2 and add-contacts-to-contact-list (v1; no v2 page exists). The rules
that tie lists to campaigns are the store's (contact_list_store.py).
"""

from __future__ import annotations

import math
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Protocol

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .contact_list_store import ContactListStore, ListSummary, no_list, org_id, user_id
from .errors import ApiError, Problem
from .limits import LIST_CONTACTS_PAGE_DEFAULT, LIST_CONTACTS_PAGE_MAX, MAX_CONTACTS_PER_CALL, SKIP_MAX
from .routing import RawPathRoute
from .rules import ADD_CONTACTS_RULES, CREATE_LIST_RULES, UPDATE_LIST_RULES
from .validation import Checker, Rule, validate
from .views import LIST_CREATED_FIELDS, LIST_DETAIL_FIELDS, LIST_SUMMARY_FIELDS, list_view

CREATE_LIST_PATH = "/campaign/api/v2/public/{streamId}/campaign/contactList/createContactList"
ALL_LISTS_PATH = "/campaign/api/v2/public/{streamId}/campaign/contactList/getAllListDetails"
LIST_PATH = "/campaign/api/v2/public/{streamId}/campaign/contactList/{contactListId}"
CONTACTS_PATH = "/campaign/api/v2/public/{streamId}/campaign/contactList/{contactListId}/getAllContacts"
ADD_CONTACTS_PATH = "/api/1.1/public/{IId}/campaign/contactList/addContacts"

JsonObject = Mapping[str, object]
ADD_CONTACTS_MESSAGE = "Adding contacts to public list is in progress"


class Tenant(Protocol):
    @property
    def account_id(self) -> str: ...

    @property
    def bot_id(self) -> str: ...


class Guard(Protocol):
    def __call__(self, request: Request, bot_path_param: str, *, account_in_query: bool) -> Awaitable[Tenant]: ...


ReadBody = Callable[[Request, Checker], Awaitable[JsonObject | None]]


def _query_integer(c: Checker, values: Sequence[str], name: str, default: int, minimum: int, maximum: int) -> int:
    text = _optional_query(c, values, name)
    if text is None:
        return default
    rule = f"query parameter {name} must be an integer between {minimum} and {maximum}"
    # Up to 18 digits, so that no huge digit string reaches int(); anything longer is out of range anyway.
    if not re.fullmatch(r"-?[0-9]{1,18}", text) or not minimum <= int(text) <= maximum:
        c.problems.append(Problem(rule, name))
        return default
    return int(text)


def _optional_query(c: Checker, values: Sequence[str], name: str, one_of: Sequence[str] | None = None) -> str | None:
    """An optional query parameter: absent is fine, but given empty (`?type=`) is a value that breaks its rule."""
    if values == [""]:
        c.problems.append(Problem(f"query parameter {name} must not be empty (leave it out instead)", name))
        return None
    return c.query(values, name, required=False, one_of=one_of)


class ContactListApi:
    update_rules: tuple[Rule, ...] = UPDATE_LIST_RULES  # the v1 update (v1.py) also takes allowDuplicates

    def __init__(self, store: ContactListStore, guard: Guard, read_body: ReadBody, now: Callable[[], str]) -> None:
        self._store = store
        self._guard = guard
        self._read_body_as_json = read_body
        self._now = now

    async def _read_body(self, request: Request, c: Checker) -> JsonObject | None:
        # The shared reader refuses what the mock cannot store and echo (lone surrogates, repeated keys).
        return await self._read_body_as_json(request, c)

    def routes(self) -> list[RawPathRoute]:
        return [
            RawPathRoute(CREATE_LIST_PATH, self.create_list, methods=["POST"]),
            RawPathRoute(ALL_LISTS_PATH, self.list_lists, methods=["POST"]),
            RawPathRoute(CONTACTS_PATH, self.list_contacts, methods=["GET"]),
            # One route for the three methods, so that a 405 lists them all in Allow.
            RawPathRoute(LIST_PATH, self.one_list, methods=["GET", "PUT", "DELETE"]),
            RawPathRoute(ADD_CONTACTS_PATH, self.add_contacts, methods=["POST"]),
        ]

    async def _v2_guard(self, request: Request, c: Checker) -> Tenant:
        caller = await self._guard(request, "streamId", account_in_query=True)
        c.query(request.query_params.getlist("accountId"), "accountId")
        return caller

    def _view(self, caller: Tenant, item: ListSummary, fields: Sequence[str]) -> dict[str, object]:
        return list_view(item, self._store.using(caller.account_id, caller.bot_id, item.name), fields)

    async def create_list(self, request: Request) -> Response:
        c = Checker()
        caller = await self._v2_guard(request, c)
        body = await self._read_body(request, c)
        clean = validate(c, body, CREATE_LIST_RULES) if body is not None else {}
        c.raise_if_any()
        created = self._store.create(
            caller.account_id,
            caller.bot_id,
            name=str(clean["name"]),
            description=str(clean["description"]),
            allow_duplicates=clean.get("allowDuplicates") is True,
            now=self._now(),
            created_by=user_id(caller.account_id),
        )
        return _success(
            f"Contact list {created.name} created successfully", self._view(caller, created, LIST_CREATED_FIELDS)
        )

    async def list_lists(self, request: Request) -> Response:
        c = Checker()
        caller = await self._v2_guard(request, c)
        # "Value must be call"; optional. The page shows no request body, so none is read.
        _optional_query(c, request.query_params.getlist("type"), "type", one_of=("call",))
        c.raise_if_any()
        lists = self._store.all(caller.account_id, caller.bot_id)
        return _success("", [self._view(caller, item, LIST_SUMMARY_FIELDS) for item in lists])

    async def one_list(self, request: Request) -> Response:
        if request.method == "PUT":
            return await self.update_list(request)
        if request.method == "DELETE":
            return await self.delete_list(request)
        return await self.get_list(request)

    async def get_list(self, request: Request) -> Response:
        c = Checker()
        caller = await self._v2_guard(request, c)
        c.raise_if_any()
        found = self._store.get(caller.account_id, caller.bot_id, request.path_params["contactListId"])
        if found is None:
            raise no_list()
        return _success("", self._view(caller, found, LIST_DETAIL_FIELDS))

    async def update_list(self, request: Request) -> Response:
        c = Checker()
        caller = await self._v2_guard(request, c)
        body = await self._read_body(request, c)
        clean = validate(c, body, self.update_rules) if body is not None else {}
        if body is not None and not body:
            c.fail("body", "must name at least one field to change: name or description")
        c.raise_if_any()
        list_id = request.path_params["contactListId"]
        updated = self._store.update(caller.account_id, caller.bot_id, list_id, clean, self._now())
        changes: dict[str, object] = {
            **clean,
            "scope": ["campaign_management"],
            "orgId": org_id(caller.account_id),
            "iId": caller.bot_id,
            "listType": "call",
            "accountId": caller.account_id,
            "updatedBy": user_id(caller.account_id),
        }
        return _success(
            f"Contact list {updated.name} updated successfully", {"contactListId": updated.id, "body": changes}
        )

    async def delete_list(self, request: Request) -> Response:
        c = Checker()
        caller = await self._v2_guard(request, c)
        c.raise_if_any()
        deleted = self._store.delete(caller.account_id, caller.bot_id, request.path_params["contactListId"])
        view = list_view(deleted, [], LIST_DETAIL_FIELDS)
        return _success(f"Contact list {deleted.name} deleted successfully", view)

    async def list_contacts(self, request: Request) -> Response:
        c = Checker()
        caller = await self._v2_guard(request, c)
        skip = _query_integer(c, request.query_params.getlist("skip"), "skip", 0, 0, SKIP_MAX)
        limit = _query_integer(
            c, request.query_params.getlist("limit"), "limit", LIST_CONTACTS_PAGE_DEFAULT, 1, LIST_CONTACTS_PAGE_MAX
        )
        c.raise_if_any()
        page = self._store.contacts_page(
            caller.account_id, caller.bot_id, request.path_params["contactListId"], skip, limit
        )
        if page is None:
            raise no_list()
        total = page.summary.size
        data = {
            "results": page.results,
            "skip": skip,
            "limit": limit,
            "hasMore": skip + limit < total,
            "totalPages": math.ceil(total / limit),
            "totalResults": total,
        }
        return _success("Contacts retrieved successfully", data)

    async def add_contacts(self, request: Request) -> Response:
        caller = await self._guard(request, "IId", account_in_query=False)
        c = Checker()
        body = await self._read_body(request, c)
        raw_items = body.get("data") if body is not None else None
        if isinstance(raw_items, list) and len(raw_items) > MAX_CONTACTS_PER_CALL:
            c.fail("data", f"must have at most {MAX_CONTACTS_PER_CALL} items")
            body = None
        clean = validate(c, body, ADD_CONTACTS_RULES) if body is not None else {}
        c.raise_if_any()
        contacts: list[dict[str, object]] = list(clean["data"])
        list_name = str(clean["contact_list_name"])
        if not self._store.add_contacts(caller.account_id, caller.bot_id, list_name, contacts, self._now()):
            raise ApiError(404, [Problem("contact_list_name names no contact list of this bot", "contact_list_name")])
        return JSONResponse({"message": ADD_CONTACTS_MESSAGE})


def _success(message: str, data: object) -> Response:
    return JSONResponse({"status": "success", "message": message, "data": data})
