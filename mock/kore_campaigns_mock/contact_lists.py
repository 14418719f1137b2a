"""Contact lists and their contacts: per-tenant state, the field rules of the pages, and the seven routes.

Pages (Koredotcom/docs-v2, ai-for-service/apis/contact-center/): create-contact-list-v2,
get-all-contact-lists-v2, get-contact-list-details-v2, update-contact-list-v2, delete-contact-list-details-v2,
get-all-contacts-of-a-contactlist-v2 and add-contacts-to-contact-list (v1; no v2 page exists).

Lists belong to one (account, bot), like campaigns. Campaigns name their lists (`contactLists`,
`dncLists.name`; DNC lists are ordinary contact lists), so the rules that tie the two together live here:
- deleting a list a campaign names is refused (409), and so is renaming it: campaigns hold the name, and
  a campaign whose list vanished could not run. Docs silent; the list's own `isListInUse` and
  `campaignInUse` fields show the platform tracks the use. The description can change at any time.
- contacts can be added at any time, also while a campaign that names the list runs: the create page
  calls these lists the feed of "passive" campaigns, filled through the API. Docs silent on running
  campaigns; a campaign keeps naming the list and dials what it holds.
"""

from __future__ import annotations

import copy
import dataclasses
import math
import re
import threading
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .campaigns import DESCRIPTION_MAX_LENGTH, NAME_MAX_LENGTH
from .config import RegisteredApp
from .errors import ApiError, Problem
from .routing import RawPathRoute
from .store import Campaign, new_id
from .validation import Checker, Rule, validate

CREATE_LIST_PATH = "/campaign/api/v2/public/{streamId}/campaign/contactList/createContactList"
ALL_LISTS_PATH = "/campaign/api/v2/public/{streamId}/campaign/contactList/getAllListDetails"
LIST_PATH = "/campaign/api/v2/public/{streamId}/campaign/contactList/{contactListId}"
CONTACTS_PATH = "/campaign/api/v2/public/{streamId}/campaign/contactList/{contactListId}/getAllContacts"
ADD_CONTACTS_PATH = "/api/1.1/public/{IId}/campaign/contactList/addContacts"

# "Must be a valid number in international or local format": digits, an optional leading +, 7-15 digits
# (E.164's maximum), as the sample "9122333445566". [0-9], not \d, which also matches non-ASCII digits.
JsonObject = Mapping[str, object]
MAX_CONTACTS_PER_CALL = 1000  # docs silent; a bound so that one call cannot grow a list without limit
CONTACTS_PAGE_DEFAULT = 50  # the get-all-contacts sample's `limit`
CONTACTS_PAGE_MAX = 100  # as the neighbouring contact-status page's limit
SKIP_MAX = 2**31 - 1  # docs silent; what every client language's 32-bit integer holds
MAPPED_FIELDS = ("firstName", "lastName", "phoneNumber", "timeZone", "uniqueId", "contactPriority")
ADD_CONTACTS_MESSAGE = "Adding contacts to public list is in progress"


# One row per documented field, read by the shared validator (validation.validate).
CREATE_LIST_RULES = (
    Rule("name", "string", min_length=1, max_length=NAME_MAX_LENGTH, not_blank=True),  # "Max 48 characters"
    Rule("description", "string", max_length=DESCRIPTION_MAX_LENGTH),  # "Max 256 characters"
    Rule("source", "string", one_of=("passiveApi",)),  # "Must be passiveApi"
    Rule("allowDuplicates", "boolean", required=False),  # "Defaults to false"
)
# "string, optional" both; an update that names neither changes nothing and is refused.
UPDATE_LIST_RULES = (
    Rule("name", "string", required=False, min_length=1, max_length=NAME_MAX_LENGTH, not_blank=True),
    Rule("description", "string", required=False, max_length=DESCRIPTION_MAX_LENGTH),
)
# Only phoneNumber is documented per contact; the others are the fields a list's `mapping` names, kept when sent.
ADD_CONTACTS_RULES = (
    Rule("contact_list_name", "string", min_length=1),
    Rule("data", "array"),
    Rule("data[]", "object"),
    Rule("data[].phoneNumber", "string", format="phone-number"),
    *(Rule(f"data[].{key}", "string", required=False, max_length=256) for key in MAPPED_FIELDS if key != "phoneNumber"),
)


# --- State -----------------------------------------------------------------------------------------------


@dataclass
class ContactList:
    id: str
    name: str
    description: str
    allow_duplicates: bool
    created_at: str
    updated_at: str
    created_by: str
    source: str = "passiveApi"
    contacts: list[dict[str, object]] = field(default_factory=list)

    def snapshot(self) -> ContactList:
        return copy.deepcopy(self)


CampaignsOf = Callable[[str, str], Sequence[Campaign]]


def campaigns_using(campaigns: Iterable[Campaign], list_name: str) -> list[dict[str, str]]:
    """`campaignInUse`: the campaigns that name the list in `contactLists` or `dncLists`, oldest first."""
    using = []
    for campaign in campaigns:
        names = campaign.document.get("contactLists")
        dnc = campaign.document.get("dncLists")
        named = (isinstance(names, list) and list_name in names) or (
            isinstance(dnc, dict) and dnc.get("name") == list_name
        )
        if named:
            using.append({"id": campaign.id, "name": str(campaign.document["name"])})
    return using


class ContactListStore:
    """Lists per (account, bot), in creation order; names unique case-insensitively within a bot."""

    def __init__(self, campaigns_of: CampaignsOf) -> None:
        self._tenants: dict[tuple[str, str], dict[str, ContactList]] = {}
        self._campaigns_of = campaigns_of
        # One lock for every check-then-change (name taken, list in use).
        self._lock = threading.Lock()
        # Counts accepted additions of contacts: the simulation re-reads lists only when it moved.
        self.contacts_version = 0

    def _lists(self, account_id: str, bot_id: str) -> dict[str, ContactList]:
        return self._tenants.setdefault((account_id, bot_id), {})

    def seed(self, apps: Iterable[RegisteredApp], now: str) -> None:
        """The docs' sample lists for each app's bots, so the docs' sample campaigns work on a fresh mock."""
        for app in apps:
            for bot_id in app.bot_ids:
                for name in app.contact_lists:
                    seeded = ContactList(new_id("cl"), name, name, True, now, now, user_id(app.account_id))
                    self._lists(app.account_id, bot_id)[seeded.id] = seeded

    def using(self, account_id: str, bot_id: str, list_name: str) -> list[dict[str, str]]:
        return campaigns_using(self._campaigns_of(account_id, bot_id), list_name)

    def campaigns(self, account_id: str, bot_id: str) -> Sequence[Campaign]:
        return self._campaigns_of(account_id, bot_id)

    def names(self, account_id: str, bot_id: str) -> frozenset[str]:
        with self._lock:
            return frozenset(item.name for item in self._lists(account_id, bot_id).values())

    def id_of(self, account_id: str, bot_id: str, name: str) -> str | None:
        with self._lock:
            return next((item.id for item in self._lists(account_id, bot_id).values() if item.name == name), None)

    def _name_taken(self, lists: Mapping[str, ContactList], name: str, except_id: str | None = None) -> bool:
        return any(item.name.lower() == name.lower() and item.id != except_id for item in lists.values())

    def create(self, account_id: str, bot_id: str, new: ContactList) -> ContactList:
        with self._lock:
            lists = self._lists(account_id, bot_id)
            if self._name_taken(lists, new.name):
                raise ApiError(409, [Problem(_NAME_TAKEN, "name")])
            lists[new.id] = new
            return new.snapshot()

    def get(self, account_id: str, bot_id: str, list_id: str) -> ContactList | None:
        with self._lock:
            found = self._lists(account_id, bot_id).get(list_id)
            return found.snapshot() if found else None

    def all(self, account_id: str, bot_id: str) -> list[ContactList]:
        with self._lock:
            return [item.snapshot() for item in reversed(self._lists(account_id, bot_id).values())]

    def update(
        self, account_id: str, bot_id: str, list_id: str, changes: Mapping[str, object], now: str
    ) -> ContactList:
        with self._lock:
            lists = self._lists(account_id, bot_id)
            found = lists.get(list_id)
            if found is None:
                raise _no_list()
            new_name = changes.get("name")
            if isinstance(new_name, str) and new_name != found.name:
                if self._name_taken(lists, new_name, except_id=list_id):
                    raise ApiError(409, [Problem(_NAME_TAKEN, "name")])
                in_use = self.using(account_id, bot_id, found.name)
                if in_use:
                    raise ApiError(409, [Problem(_in_use_rule("name cannot change", in_use), "name")])
                found.name = new_name
            description = changes.get("description")
            if isinstance(description, str):
                found.description = description
            allow_duplicates = changes.get("allowDuplicates")  # only the v1 update sends it
            if isinstance(allow_duplicates, bool):
                found.allow_duplicates = allow_duplicates
            found.updated_at = now
            return found.snapshot()

    def delete(self, account_id: str, bot_id: str, list_id: str) -> ContactList:
        with self._lock:
            lists = self._lists(account_id, bot_id)
            found = lists.get(list_id)
            if found is None:
                raise _no_list()
            in_use = self.using(account_id, bot_id, found.name)
            if in_use:
                raise ApiError(
                    409,
                    [
                        Problem(
                            _in_use_rule("contactListId names a list that cannot be deleted", in_use), "contactListId"
                        )
                    ],
                )
            del lists[list_id]
            return found

    def contacts_of(self, account_id: str, bot_id: str, list_name: str, start: int) -> list[dict[str, object]]:
        """Copies of the named list's contacts from index `start` on ([] when no such list): what a campaign dials."""
        with self._lock:
            lists = self._tenants.get((account_id, bot_id), {})
            found = next((item for item in lists.values() if item.name == list_name), None)
            return copy.deepcopy(found.contacts[start:]) if found else []

    def add_contacts(
        self, account_id: str, bot_id: str, list_name: str, contacts: Sequence[Mapping[str, object]], now: str
    ) -> bool:
        """Append `contacts` to the list named `list_name`; False when there is none. Returns no
        snapshot: copying a list of 100,000 contacts on each call made bulk imports slow down as
        the list grew."""
        with self._lock:
            found = next((item for item in self._lists(account_id, bot_id).values() if item.name == list_name), None)
            if found is None:
                return False
            known = set() if found.allow_duplicates else {contact["phoneNumber"] for contact in found.contacts}
            for contact in contacts:
                phone = contact["phoneNumber"]
                # allowDuplicates false: a number already in the list (or earlier in this call) is skipped.
                if not found.allow_duplicates and phone in known:
                    continue
                known.add(phone)
                found.contacts.append({"_id": new_id("cc"), "createdAt": now, "updatedAt": now, **contact})
            found.updated_at = now
            self.contacts_version += 1
            return True

    def dump(self) -> dict[str, object]:
        """Every tenant's lists and contacts as plain data (tests compare the state before and after)."""
        with self._lock:
            return {
                f"{account}/{bot}": {list_id: dataclasses.asdict(item) for list_id, item in lists.items()}
                for (account, bot), lists in self._tenants.items()
            }


_NAME_TAKEN = "name is already used by another contact list of this bot (names are case-insensitive)"


def _in_use_rule(rule: str, in_use: Sequence[Mapping[str, str]]) -> str:
    names = ", ".join(f'"{campaign["name"]}"' for campaign in in_use)
    return f"{rule} while campaigns name the list ({names}); delete those campaigns first"


def _no_list() -> ApiError:
    return ApiError(404, [Problem("contactListId names no contact list of this bot", "contactListId")])


def user_id(account_id: str) -> str:
    """A stable `u-…` id for the account's API user (the docs show one user as creator and updater)."""
    return f"u-{uuid.uuid5(uuid.NAMESPACE_URL, f'kore-mock-user:{account_id}')}"


def org_id(account_id: str) -> str:
    return f"o-{uuid.uuid5(uuid.NAMESPACE_URL, f'kore-mock-org:{account_id}')}"


# --- Views, in the order of the docs' samples ---------------------------------------------------------------

CREATED_FIELDS = (
    "isActive", "name", "description", "totalRecordCount", "status", "createdBy", "updatedBy", "mapping",
    "isListInUse", "listType", "isGlobalDNC", "isDefault", "campaignInUse", "source", "apiConfigurations",
    "columns", "files", "createdAt", "updatedAt", "_id", "allowDuplicates",
)  # fmt: skip
DETAIL_FIELDS = ("_id", *(key for key in CREATED_FIELDS if key != "_id"))
SUMMARY_FIELDS = (
    "_id", "name", "description", "totalRecordCount", "status", "mapping", "isListInUse", "listType",
    "campaignInUse", "source", "apiConfigurations", "columns", "files", "updatedAt",
)  # fmt: skip


def list_view(item: ContactList, in_use: list[dict[str, str]], fields: Sequence[str]) -> dict[str, object]:
    values: dict[str, object] = {
        "_id": item.id,
        "isActive": True,
        "name": item.name,
        "description": item.description,
        "totalRecordCount": len(item.contacts),
        "status": "Ready",
        "createdBy": item.created_by,
        "updatedBy": item.created_by,
        "mapping": {key: key for key in MAPPED_FIELDS},
        "isListInUse": bool(in_use),
        "listType": "call",
        "isGlobalDNC": False,
        "isDefault": False,
        "campaignInUse": in_use,
        "source": item.source,
        "columns": [],
        "files": [],
        "createdAt": item.created_at,
        "updatedAt": item.updated_at,
        "allowDuplicates": item.allow_duplicates,
    }
    # The samples show dataSyncMode only for lists that allow duplicates; no other value is documented.
    if item.allow_duplicates:
        values["apiConfigurations"] = {"dataSyncMode": "allowDuplicates"}
    return {key: values[key] for key in fields if key in values}


# --- Routes ----------------------------------------------------------------------------------------------


class Tenant(Protocol):
    @property
    def account_id(self) -> str: ...

    @property
    def bot_id(self) -> str: ...


class Guard(Protocol):
    def __call__(self, request: Request, bot_path_param: str, *, account_in_query: bool) -> Tenant: ...


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

    def _v2_guard(self, request: Request, c: Checker) -> Tenant:
        caller = self._guard(request, "streamId", account_in_query=True)
        c.query(request.query_params.getlist("accountId"), "accountId")
        return caller

    def _view(self, caller: Tenant, item: ContactList, fields: Sequence[str]) -> dict[str, object]:
        return list_view(item, self._store.using(caller.account_id, caller.bot_id, item.name), fields)

    async def create_list(self, request: Request) -> Response:
        c = Checker()
        caller = self._v2_guard(request, c)
        body = await self._read_body(request, c)
        clean = validate(c, body, CREATE_LIST_RULES) if body is not None else {}
        c.raise_if_any()
        now = self._now()
        created = self._store.create(
            caller.account_id,
            caller.bot_id,
            ContactList(
                id=new_id("cl"),
                name=str(clean["name"]),
                description=str(clean["description"]),
                allow_duplicates=clean.get("allowDuplicates") is True,
                created_at=now,
                updated_at=now,
                created_by=user_id(caller.account_id),
            ),
        )
        return _success(
            f"Contact list {created.name} created successfully", self._view(caller, created, CREATED_FIELDS)
        )

    async def list_lists(self, request: Request) -> Response:
        c = Checker()
        caller = self._v2_guard(request, c)
        # "Value must be call"; optional. The page shows no request body, so none is read.
        _optional_query(c, request.query_params.getlist("type"), "type", one_of=("call",))
        c.raise_if_any()
        lists = self._store.all(caller.account_id, caller.bot_id)
        # One copy of the bot's campaigns for all its lists, not one per list: with hundreds of each (a fuzz
        # run makes them) a copy per list took seconds.
        campaigns = self._store.campaigns(caller.account_id, caller.bot_id)
        return _success("", [list_view(item, campaigns_using(campaigns, item.name), SUMMARY_FIELDS) for item in lists])

    async def one_list(self, request: Request) -> Response:
        if request.method == "PUT":
            return await self.update_list(request)
        if request.method == "DELETE":
            return await self.delete_list(request)
        return await self.get_list(request)

    async def get_list(self, request: Request) -> Response:
        c = Checker()
        caller = self._v2_guard(request, c)
        c.raise_if_any()
        found = self._store.get(caller.account_id, caller.bot_id, request.path_params["contactListId"])
        if found is None:
            raise _no_list()
        return _success("", self._view(caller, found, DETAIL_FIELDS))

    async def update_list(self, request: Request) -> Response:
        c = Checker()
        caller = self._v2_guard(request, c)
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
        caller = self._v2_guard(request, c)
        c.raise_if_any()
        deleted = self._store.delete(caller.account_id, caller.bot_id, request.path_params["contactListId"])
        view = list_view(deleted, [], DETAIL_FIELDS)
        return _success(f"Contact list {deleted.name} deleted successfully", view)

    async def list_contacts(self, request: Request) -> Response:
        c = Checker()
        caller = self._v2_guard(request, c)
        skip = _query_integer(c, request.query_params.getlist("skip"), "skip", 0, 0, SKIP_MAX)
        limit = _query_integer(
            c, request.query_params.getlist("limit"), "limit", CONTACTS_PAGE_DEFAULT, 1, CONTACTS_PAGE_MAX
        )
        c.raise_if_any()
        found = self._store.get(caller.account_id, caller.bot_id, request.path_params["contactListId"])
        if found is None:
            raise _no_list()
        total = len(found.contacts)
        page = {
            "results": found.contacts[skip : skip + limit],
            "skip": skip,
            "limit": limit,
            "hasMore": skip + limit < total,
            "totalPages": math.ceil(total / limit),
            "totalResults": total,
        }
        return _success("Contacts retrieved successfully", page)

    async def add_contacts(self, request: Request) -> Response:
        caller = self._guard(request, "IId", account_in_query=False)
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
