"""Contact lists and their contacts, per (account, bot): state and rules, no HTTP.

Campaigns name their lists (`contactLists`, `dncLists.name`; DNC lists are ordinary contact lists), so the
rules that tie the two together live here:
- deleting a list a campaign names is refused (409), and so is renaming it: campaigns hold the name, and
  a campaign whose list vanished could not run. Docs silent; the list's own `isListInUse` and
  `campaignInUse` fields show the platform tracks the use. The description can change at any time.
- contacts can be added at any time, also while a campaign that names the list runs: the create page
  calls these lists the feed of "passive" campaigns, filled through the API. Docs silent on running
  campaigns; a campaign keeps naming the list and dials what it holds.

Sized for real lists: every read is indexed (by id, by name), a page of contacts costs the page, and a
contact is stored as its phone number alone (or a tuple when it has other fields) with its id and
timestamps derived: a million phone-only contacts take about 70 MB.
"""

from __future__ import annotations

import bisect
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .config import RegisteredApp
from .errors import ApiError, Problem
from .rules import MAPPED_FIELDS
from .store import new_id, series_head

# A contact's fields in the order the add-contacts body's rows validate them (and the views show them).
CONTACT_FIELDS = ("phoneNumber", *(key for key in MAPPED_FIELDS if key != "phoneNumber"))
# One stored contact: its phone number when that is all it has, else a value (or None) per CONTACT_FIELDS, up
# to its last field present.
Row = str | tuple[str | None, ...]
InUse = list[dict[str, str]]
CampaignsNaming = Callable[[str, str, str], InUse]


def pack(contact: Mapping[str, object]) -> Row:
    phone = str(contact["phoneNumber"])
    if len(contact) == 1:
        return phone
    values = [contact.get(key) for key in CONTACT_FIELDS]
    while values[-1] is None:
        values.pop()
    return tuple(None if value is None else str(value) for value in values)


def unpack(row: Row) -> dict[str, object]:
    """A stored contact's fields, in CONTACT_FIELDS order."""
    if isinstance(row, str):
        return {"phoneNumber": row}
    return {key: value for key, value in zip(CONTACT_FIELDS, row, strict=False) if value is not None}


def phone_of(row: Row) -> str:
    return row if isinstance(row, str) else str(row[0])


@dataclass(frozen=True)
class ListSummary:
    """A list as its views show it, without its contacts (which a copy per read would make O(list))."""

    id: str
    name: str
    description: str
    allow_duplicates: bool
    created_at: str
    updated_at: str
    created_by: str
    source: str
    size: int


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
    rows: list[Row] = field(default_factory=list)
    # Contacts added by one call share a timestamp: the index of each call's first contact, and its time.
    batch_starts: list[int] = field(default_factory=list)
    batch_times: list[str] = field(default_factory=list)
    # The list's phone numbers, built on first need (allowDuplicates false, a DNC check), then kept current.
    phones: set[str] | None = field(default=None, repr=False)
    contact_id_head: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        self.contact_id_head = series_head("cc", self.id)

    def summary(self) -> ListSummary:
        return ListSummary(
            self.id,
            self.name,
            self.description,
            self.allow_duplicates,
            self.created_at,
            self.updated_at,
            self.created_by,
            self.source,
            len(self.rows),
        )

    def added_at(self, index: int) -> str:
        return self.batch_times[bisect.bisect_right(self.batch_starts, index) - 1]

    def contact_view(self, index: int) -> dict[str, object]:
        # Derived, not stored: a contact's id is stable because contacts are never removed from a list.
        added = self.added_at(index)
        return {
            "_id": f"{self.contact_id_head}{index:012x}",
            "createdAt": added,
            "updatedAt": added,
            **unpack(self.rows[index]),
        }

    def phone_index(self) -> set[str]:
        if self.phones is None:
            self.phones = {phone_of(row) for row in self.rows}
        return self.phones


@dataclass
class _Lists:
    by_id: dict[str, ContactList] = field(default_factory=dict)  # creation order
    id_by_name: dict[str, str] = field(default_factory=dict)
    id_by_lname: dict[str, str] = field(default_factory=dict)  # names are unique case-insensitively

    def named(self, name: str) -> ContactList | None:
        list_id = self.id_by_name.get(name)
        return self.by_id[list_id] if list_id is not None else None


@dataclass(frozen=True)
class ContactsPage:
    summary: ListSummary
    results: list[dict[str, object]]


@dataclass(frozen=True)
class NewContacts:
    """Contacts a running campaign has not read yet: each stored row and when it joined the list."""

    rows: list[Row]
    added_at: list[str]


class ListNames:
    """The bot's list names as a container, for the validator's "must name an existing contact list"."""

    def __init__(self, store: ContactListStore, account_id: str, bot_id: str) -> None:
        self._store, self._account_id, self._bot_id = store, account_id, bot_id

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self._store.id_of(self._account_id, self._bot_id, name) is not None


NAME_TAKEN = "name is already used by another contact list of this bot (names are case-insensitive)"


def no_list() -> ApiError:
    return ApiError(404, [Problem("contactListId names no contact list of this bot", "contactListId")])


def _in_use_rule(rule: str, in_use: Sequence[Mapping[str, str]]) -> str:
    names = ", ".join(f'"{campaign["name"]}"' for campaign in in_use)
    return f"{rule} while campaigns name the list ({names}); delete those campaigns first"


def user_id(account_id: str) -> str:
    """A stable `u-…` id for the account's API user (the docs show one user as creator and updater)."""
    return f"u-{uuid.uuid5(uuid.NAMESPACE_URL, f'kore-mock-user:{account_id}')}"


def org_id(account_id: str) -> str:
    return f"o-{uuid.uuid5(uuid.NAMESPACE_URL, f'kore-mock-org:{account_id}')}"


class ContactListStore:
    """Lists per (account, bot), in creation order; names unique case-insensitively within a bot."""

    def __init__(self, campaigns_naming: CampaignsNaming) -> None:
        self._tenants: dict[tuple[str, str], _Lists] = {}
        self._campaigns_naming = campaigns_naming
        # One lock for every check-then-change (name taken, list in use).
        self._lock = threading.Lock()
        # Counts accepted additions of contacts: the simulation re-reads lists only when it moved.
        self.contacts_version = 0

    def _lists(self, account_id: str, bot_id: str) -> _Lists:
        return self._tenants.setdefault((account_id, bot_id), _Lists())

    def _existing(self, account_id: str, bot_id: str) -> _Lists:
        # Reads and refusals must not create a tenant.
        return self._tenants.get((account_id, bot_id)) or _Lists()

    def seed(self, apps: Iterable[RegisteredApp], now: str) -> None:
        """The docs' sample lists for each app's bots, so the docs' sample campaigns work on a fresh mock."""
        for app in apps:
            for bot_id in app.bot_ids:
                for name in app.contact_lists:
                    self.create(app.account_id, bot_id, name, name, True, now, user_id(app.account_id))

    def using(self, account_id: str, bot_id: str, list_name: str) -> InUse:
        """`campaignInUse`: the campaigns that name the list in `contactLists` or `dncLists`, oldest first."""
        return self._campaigns_naming(account_id, bot_id, list_name)

    def names(self, account_id: str, bot_id: str) -> ListNames:
        return ListNames(self, account_id, bot_id)

    def id_of(self, account_id: str, bot_id: str, name: str) -> str | None:
        with self._lock:
            return self._existing(account_id, bot_id).id_by_name.get(name)

    def create(
        self,
        account_id: str,
        bot_id: str,
        name: str,
        description: str,
        allow_duplicates: bool,
        now: str,
        created_by: str,
    ) -> ListSummary:
        with self._lock:
            lists = self._lists(account_id, bot_id)
            if name.lower() in lists.id_by_lname:
                raise ApiError(409, [Problem(NAME_TAKEN, "name")])
            new = ContactList(new_id("cl"), name, description, allow_duplicates, now, now, created_by)
            lists.by_id[new.id] = new
            lists.id_by_name[name] = new.id
            lists.id_by_lname[name.lower()] = new.id
            return new.summary()

    def get(self, account_id: str, bot_id: str, list_id: str) -> ListSummary | None:
        with self._lock:
            found = self._existing(account_id, bot_id).by_id.get(list_id)
            return found.summary() if found else None

    def all(self, account_id: str, bot_id: str) -> list[ListSummary]:
        """Newest first, as the get-all-contact-lists samples show them."""
        with self._lock:
            return [item.summary() for item in reversed(self._existing(account_id, bot_id).by_id.values())]

    def update(
        self, account_id: str, bot_id: str, list_id: str, changes: Mapping[str, object], now: str
    ) -> ListSummary:
        with self._lock:
            lists = self._existing(account_id, bot_id)
            found = lists.by_id.get(list_id)
            if found is None:
                raise no_list()
            new_name = changes.get("name")
            if isinstance(new_name, str) and new_name != found.name:
                taken = lists.id_by_lname.get(new_name.lower())
                if taken is not None and taken != list_id:
                    raise ApiError(409, [Problem(NAME_TAKEN, "name")])
                in_use = self.using(account_id, bot_id, found.name)
                if in_use:
                    raise ApiError(409, [Problem(_in_use_rule("name cannot change", in_use), "name")])
                del lists.id_by_name[found.name]
                del lists.id_by_lname[found.name.lower()]
                found.name = new_name
                lists.id_by_name[new_name] = list_id
                lists.id_by_lname[new_name.lower()] = list_id
            description = changes.get("description")
            if isinstance(description, str):
                found.description = description
            allow_duplicates = changes.get("allowDuplicates")  # only the v1 update sends it
            if isinstance(allow_duplicates, bool):
                found.allow_duplicates = allow_duplicates
            found.updated_at = now
            return found.summary()

    def delete(self, account_id: str, bot_id: str, list_id: str) -> ListSummary:
        with self._lock:
            lists = self._existing(account_id, bot_id)
            found = lists.by_id.get(list_id)
            if found is None:
                raise no_list()
            in_use = self.using(account_id, bot_id, found.name)
            if in_use:
                rule = _in_use_rule("contactListId names a list that cannot be deleted", in_use)
                raise ApiError(409, [Problem(rule, "contactListId")])
            del lists.by_id[list_id]
            del lists.id_by_name[found.name]
            del lists.id_by_lname[found.name.lower()]
            return found.summary()

    def contacts_page(self, account_id: str, bot_id: str, list_id: str, skip: int, limit: int) -> ContactsPage | None:
        """The list and its contacts from `skip`, `limit` at most: costs the page, whatever the list's size."""
        with self._lock:
            found = self._existing(account_id, bot_id).by_id.get(list_id)
            if found is None:
                return None
            end = min(len(found.rows), skip + limit)
            return ContactsPage(found.summary(), [found.contact_view(index) for index in range(skip, end)])

    def contacts_from(self, account_id: str, bot_id: str, list_name: str, start: int) -> NewContacts:
        """The named list's contacts from index `start` on (none when there is no such list): what a campaign dials."""
        with self._lock:
            found = self._existing(account_id, bot_id).named(list_name)
            if found is None or start >= len(found.rows):
                return NewContacts([], [])
            rows = found.rows[start:]
            return NewContacts(rows, [found.added_at(index) for index in range(start, start + len(rows))])

    def has_phone(self, account_id: str, bot_id: str, list_name: str, phone: object) -> bool:
        """Whether the named list holds the number (a DNC check); False when there is no such list."""
        with self._lock:
            found = self._existing(account_id, bot_id).named(list_name)
            return found is not None and isinstance(phone, str) and phone in found.phone_index()

    def add_contacts(
        self, account_id: str, bot_id: str, list_name: str, contacts: Sequence[Mapping[str, object]], now: str
    ) -> bool:
        """Append `contacts` to the list named `list_name`; False when there is none. Costs the contacts added,
        not the list: the phone numbers a list without duplicates holds are indexed once and kept."""
        with self._lock:
            found = self._existing(account_id, bot_id).named(list_name)
            if found is None:
                return False
            known = found.phone_index() if not found.allow_duplicates else found.phones
            first = len(found.rows)
            for contact in contacts:
                row = pack(contact)
                phone = phone_of(row)
                # allowDuplicates false: a number already in the list (or earlier in this call) is skipped.
                if not found.allow_duplicates and known is not None and phone in known:
                    continue
                if known is not None:
                    known.add(phone)
                found.rows.append(row)
            if len(found.rows) > first:
                found.batch_starts.append(first)
                found.batch_times.append(now)
            found.updated_at = now
            self.contacts_version += 1
            return True

    def dump(self) -> dict[str, object]:
        """Every tenant's lists and contacts as plain data (tests compare the state before and after)."""
        with self._lock:
            return {
                f"{account}/{bot}": {list_id: _dump(item) for list_id, item in lists.by_id.items()}
                for (account, bot), lists in self._tenants.items()
            }


def _dump(item: ContactList) -> dict[str, object]:
    # Copies of the growing lists; the phone index is derived, so building it is no change of state.
    values = {key: value for key, value in vars(item).items() if key != "phones"}
    return {**values, "rows": list(item.rows), "batch_starts": list(item.batch_starts),
            "batch_times": list(item.batch_times)}  # fmt: skip
