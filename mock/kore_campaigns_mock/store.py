"""In-memory campaigns, kept per (account, bot) so no tenant ever sees another's.

Indexed for real sizes: by id, lower-cased name, run instance, the contact lists a campaign names, and per
campaign type in creation order, so that the default listing page costs the page, not the bot's campaigns.
"""

from __future__ import annotations

import bisect
import copy
import dataclasses
import itertools
import json
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import ApiError, Problem


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4()}"


def named_id(prefix: str, *names: str) -> str:
    # Derived, not stored: resolving a name, even for a request then refused (409), changes no state.
    return f"{prefix}-{uuid.uuid5(uuid.NAMESPACE_URL, json.dumps(names))}"


def series_head(prefix: str, *names: str) -> str:
    """The shared start of the ids of one collection's items (`series_head(...) + f"{index:012x}"`): shaped like
    the docs' ids, unique per collection and index, and derived in well under a microsecond, so a page of a
    list with millions of contacts stores no id and computes its page's cheaply."""
    return named_id(prefix, *names)[:-12]


@dataclass
class Campaign:
    id: str
    campaign_type: str  # "voice" or "sms"
    # The documented fields, in the order the docs' samples show them; replaced by an update (campaign_service).
    document: dict[str, object]
    created_at: str
    updated_at: str
    schedule: dict[str, object]
    # One of the statuses in lifecycle.py.
    status: str = "Ready"
    # The run started last ("cid-..."), kept after a stop as the list sample shows for a Stopped campaign.
    instance_id: str | None = None
    instance_updated_at: str | None = None
    # Call-backs booked on the current run: (campaignDialingListId, timeToContact).
    callbacks: list[tuple[str, str]] = field(default_factory=list)
    # Creation order within the store (ties of createdAt keep it).
    seq: int = 0

    @property
    def lname(self) -> str:
        return str(self.document["lname"])

    def list_names(self) -> set[str]:
        """The contact lists the campaign names: its contactLists and its DNC list."""
        names = self.document.get("contactLists")
        named = {str(name) for name in names} if isinstance(names, list) else set()
        dnc = self.document.get("dncLists")
        if isinstance(dnc, dict) and "name" in dnc:
            named.add(str(dnc["name"]))
        return named

    def snapshot(self) -> Campaign:
        return copy.deepcopy(self)


NAME_TAKEN = "name is already used by another campaign of this bot (names are case-insensitive)"


@dataclass
class _ByCreation:
    """One campaign type's ids in createdAt order: ascending (ties oldest first) and the key of the descending
    order a stable sort gives (newest first, ties still oldest first)."""

    ascending: list[tuple[str, int, str]] = field(default_factory=list)
    descending: list[tuple[str, int, str]] = field(default_factory=list)

    def add(self, campaign: Campaign) -> None:
        bisect.insort(self.ascending, (campaign.created_at, campaign.seq, campaign.id))
        bisect.insort(self.descending, (campaign.created_at, -campaign.seq, campaign.id))

    def remove(self, campaign: Campaign) -> None:
        for entries, key in (
            (self.ascending, (campaign.created_at, campaign.seq, campaign.id)),
            (self.descending, (campaign.created_at, -campaign.seq, campaign.id)),
        ):
            del entries[bisect.bisect_left(entries, key)]

    def window(self, newest_first: bool, offset: int, limit: int) -> list[str]:
        if not newest_first:
            return [entry[2] for entry in self.ascending[offset : offset + limit]]
        end = max(0, len(self.descending) - offset)
        return [entry[2] for entry in reversed(self.descending[max(0, end - limit) : end])]


@dataclass
class _Tenant:
    campaigns: dict[str, Campaign] = field(default_factory=dict)
    ids_by_lname: dict[str, str] = field(default_factory=dict)
    ids_by_instance: dict[str, str] = field(default_factory=dict)
    by_creation: dict[str, _ByCreation] = field(default_factory=dict)
    # list name -> the campaigns naming it (id -> seq, for oldest-first order).
    users: dict[str, dict[str, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Window:
    """One page of a listing: snapshots of its campaigns and how many matched in all."""

    campaigns: list[Campaign]
    total: int


class CampaignStore:
    def __init__(self) -> None:
        self._tenants: dict[tuple[str, str], _Tenant] = {}
        self._tenant_of: dict[str, tuple[str, str]] = {}
        self._sequence = itertools.count(1)
        # One lock for check-then-insert, so two concurrent creates can never both claim a name.
        self._lock = threading.Lock()

    def _tenant(self, account_id: str, bot_id: str) -> _Tenant:
        return self._tenants.setdefault((account_id, bot_id), _Tenant())

    def _existing(self, account_id: str, bot_id: str) -> _Tenant:
        # Reads, refused changes and 404s must not create a tenant (the no-state-change property).
        return self._tenants.get((account_id, bot_id)) or _Tenant()

    # Stable ids for experience flows and templates, as the platform resolves names to its objects.
    def flow_id(self, account_id: str, bot_id: str, flow_name: str) -> str:
        return named_id("cf", account_id, bot_id, flow_name)

    def template_id(self, account_id: str, bot_id: str, template_name: str) -> str:
        return named_id("cmt", account_id, bot_id, template_name)

    @staticmethod
    def _index_lists(tenant: _Tenant, campaign: Campaign, names: set[str], present: bool) -> None:
        for name in names:
            users = tenant.users.setdefault(name, {})
            if present:
                users[campaign.id] = campaign.seq
            else:
                users.pop(campaign.id, None)
                if not users:
                    del tenant.users[name]

    def add(self, account_id: str, bot_id: str, campaign: Campaign) -> Campaign:
        with self._lock:
            tenant = self._tenant(account_id, bot_id)
            if campaign.lname in tenant.ids_by_lname:
                raise ApiError(409, [Problem(NAME_TAKEN, "name")])
            campaign.seq = next(self._sequence)
            tenant.campaigns[campaign.id] = campaign
            tenant.ids_by_lname[campaign.lname] = campaign.id
            tenant.by_creation.setdefault(campaign.campaign_type, _ByCreation()).add(campaign)
            self._index_lists(tenant, campaign, campaign.list_names(), present=True)
            self._tenant_of[campaign.id] = (account_id, bot_id)
            return campaign.snapshot()

    def get(self, account_id: str, bot_id: str, campaign_id: str) -> Campaign | None:
        with self._lock:
            campaign = self._existing(account_id, bot_id).campaigns.get(campaign_id)
            return campaign.snapshot() if campaign else None

    def type_of(self, account_id: str, bot_id: str, campaign_id: str) -> str | None:
        with self._lock:
            campaign = self._existing(account_id, bot_id).campaigns.get(campaign_id)
            return campaign.campaign_type if campaign else None

    def naming(self, account_id: str, bot_id: str, list_name: str) -> list[dict[str, str]]:
        """The campaigns that name the list (contactLists or dncLists), oldest first: `campaignInUse`."""
        with self._lock:
            tenant = self._existing(account_id, bot_id)
            users = sorted(tenant.users.get(list_name, {}).items(), key=lambda item: item[1])
            return [{"id": cid, "name": str(tenant.campaigns[cid].document["name"])} for cid, _ in users]

    def newest(self, account_id: str, bot_id: str, campaign_type: str, newest_first: bool, offset: int,
               limit: int) -> Window:  # fmt: skip
        """A page of the type's campaigns in createdAt order, unfiltered: costs the page."""
        with self._lock:
            tenant = self._existing(account_id, bot_id)
            index = tenant.by_creation.get(campaign_type, _ByCreation())
            page = [tenant.campaigns[cid].snapshot() for cid in index.window(newest_first, offset, limit)]
            return Window(page, len(index.ascending))

    def select(
        self,
        account_id: str,
        bot_id: str,
        campaign_type: str,
        keep: Callable[[Campaign], bool],
        order: Sequence[tuple[Callable[[Campaign], Any], bool]],
        offset: int,
        limit: int,
    ) -> Window:
        """A page of the type's campaigns that `keep` keeps, sorted by `order` ((key, descending) pairs, the
        first sorting first, ties in creation order): scans the bot's campaigns, copies only the page."""
        with self._lock:
            tenant = self._existing(account_id, bot_id)
            kept = [c for c in tenant.campaigns.values() if c.campaign_type == campaign_type and keep(c)]
            for key, descending in reversed(order):
                kept.sort(key=key, reverse=descending)
            return Window([campaign.snapshot() for campaign in kept[offset : offset + limit]], len(kept))

    def tenant_of(self, campaign_id: str) -> tuple[str, str] | None:
        """(account, bot) holding the campaign: the loopback-only /_mock/ routes name campaigns by id alone."""
        with self._lock:
            return self._tenant_of.get(campaign_id)

    def id_for_name(self, account_id: str, bot_id: str, campaign_name: str) -> str | None:
        with self._lock:
            return self._existing(account_id, bot_id).ids_by_lname.get(campaign_name.lower())

    def id_for_instance(self, account_id: str, bot_id: str, instance_id: str) -> str | None:
        with self._lock:
            return self._existing(account_id, bot_id).ids_by_instance.get(instance_id)

    def change(
        self, account_id: str, bot_id: str, campaign_id: str, apply: Callable[[Campaign], None]
    ) -> Campaign | None:
        """Apply `apply` to a copy and commit it, atomically; `apply` refuses by raising ApiError (nothing changes)."""
        with self._lock:
            tenant = self._existing(account_id, bot_id)
            current = tenant.campaigns.get(campaign_id)
            if current is None:
                return None
            changed = current.snapshot()
            apply(changed)
            if changed.lname != current.lname:
                if changed.lname in tenant.ids_by_lname:
                    raise ApiError(409, [Problem(NAME_TAKEN, "name")])
                del tenant.ids_by_lname[current.lname]
                tenant.ids_by_lname[changed.lname] = campaign_id
            if changed.instance_id != current.instance_id:
                # Only the current run is found by its instance id (call-backs name it).
                if current.instance_id is not None:
                    tenant.ids_by_instance.pop(current.instance_id, None)
                if changed.instance_id is not None:
                    tenant.ids_by_instance[changed.instance_id] = campaign_id
            before, after = current.list_names(), changed.list_names()
            if before != after:
                self._index_lists(tenant, current, before - after, present=False)
                self._index_lists(tenant, changed, after - before, present=True)
            tenant.campaigns[campaign_id] = changed
            return changed.snapshot()

    def delete(
        self, account_id: str, bot_id: str, campaign_id: str, check: Callable[[Campaign], None]
    ) -> Campaign | None:
        """Remove a campaign once `check` (which may raise ApiError) lets it go; later reads give None."""
        with self._lock:
            tenant = self._existing(account_id, bot_id)
            campaign = tenant.campaigns.get(campaign_id)
            if campaign is None:
                return None
            check(campaign.snapshot())
            del tenant.campaigns[campaign_id]
            del tenant.ids_by_lname[campaign.lname]
            if campaign.instance_id is not None:
                tenant.ids_by_instance.pop(campaign.instance_id, None)
            tenant.by_creation[campaign.campaign_type].remove(campaign)
            self._index_lists(tenant, campaign, campaign.list_names(), present=False)
            del self._tenant_of[campaign_id]
            return campaign

    def dump(self) -> dict[str, object]:
        """Every tenant's campaigns as plain data: tests compare the whole state before and after a request."""
        with self._lock:
            return {
                f"{account}/{bot}": {cid: dataclasses.asdict(c) for cid, c in tenant.campaigns.items()}
                for (account, bot), tenant in self._tenants.items()
            }
