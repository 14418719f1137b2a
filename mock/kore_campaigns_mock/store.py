"""In-memory campaigns, kept per (account, bot) so no tenant ever sees another's."""

from __future__ import annotations

import copy
import dataclasses
import json
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from .errors import ApiError, Problem


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4()}"


def named_id(prefix: str, *names: str) -> str:
    # Derived, not stored: resolving a name, even for a request then refused (409), changes no state.
    return f"{prefix}-{uuid.uuid5(uuid.NAMESPACE_URL, json.dumps(names))}"


@dataclass
class Campaign:
    id: str
    campaign_type: str  # "voice" or "sms"
    # The documented fields, in the order the docs' samples show them; replaced whole by an update.
    document: dict[str, object]
    created_at: str
    updated_at: str
    schedule: dict[str, object]
    # One of the lifecycle statuses in campaigns.py.
    status: str = "Ready"
    # The run started last ("cid-..."), kept after a stop as the list sample shows for a Stopped campaign.
    instance_id: str | None = None
    instance_updated_at: str | None = None
    # Call-backs booked on the current run: (campaignDialingListId, timeToContact).
    callbacks: list[tuple[str, str]] = field(default_factory=list)

    @property
    def lname(self) -> str:
        return str(self.document["lname"])

    def snapshot(self) -> Campaign:
        return copy.deepcopy(self)


@dataclass
class _Tenant:
    campaigns: dict[str, Campaign] = field(default_factory=dict)
    ids_by_lname: dict[str, str] = field(default_factory=dict)


class CampaignStore:
    def __init__(self) -> None:
        self._tenants: dict[tuple[str, str], _Tenant] = {}
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

    def add(self, account_id: str, bot_id: str, campaign: Campaign) -> Campaign:
        with self._lock:
            tenant = self._tenant(account_id, bot_id)
            if campaign.lname in tenant.ids_by_lname:
                rule = "name is already used by another campaign of this bot (names are case-insensitive)"
                raise ApiError(409, [Problem(rule, "name")])
            tenant.campaigns[campaign.id] = campaign
            tenant.ids_by_lname[campaign.lname] = campaign.id
            return campaign.snapshot()

    def get(self, account_id: str, bot_id: str, campaign_id: str) -> Campaign | None:
        with self._lock:
            # .get, not _tenant(): a read must not create a tenant.
            tenant = self._tenants.get((account_id, bot_id))
            campaign = tenant.campaigns.get(campaign_id) if tenant else None
            return campaign.snapshot() if campaign else None

    def all(self, account_id: str, bot_id: str) -> list[Campaign]:
        """The tenant's campaigns, oldest first (contact lists show which of them name a list)."""
        with self._lock:
            return [campaign.snapshot() for campaign in self._existing(account_id, bot_id).campaigns.values()]

    def tenant_of(self, campaign_id: str) -> tuple[str, str] | None:
        """(account, bot) holding the campaign: the loopback-only /_mock/ routes name campaigns by id alone."""
        with self._lock:
            for key, tenant in self._tenants.items():
                if campaign_id in tenant.campaigns:
                    return key
            return None

    def id_for_name(self, account_id: str, bot_id: str, campaign_name: str) -> str | None:
        with self._lock:
            return self._existing(account_id, bot_id).ids_by_lname.get(campaign_name.lower())

    def id_for_instance(self, account_id: str, bot_id: str, instance_id: str) -> str | None:
        with self._lock:
            for campaign in self._existing(account_id, bot_id).campaigns.values():
                if campaign.instance_id == instance_id:
                    return campaign.id
            return None

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
                    rule = "name is already used by another campaign of this bot (names are case-insensitive)"
                    raise ApiError(409, [Problem(rule, "name")])
                del tenant.ids_by_lname[current.lname]
                tenant.ids_by_lname[changed.lname] = campaign_id
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
            return campaign

    def dump(self) -> dict[str, object]:
        """Every tenant's campaigns as plain data: tests compare the whole state before and after a request."""
        with self._lock:
            return {
                f"{account}/{bot}": {cid: dataclasses.asdict(c) for cid, c in tenant.campaigns.items()}
                for (account, bot), tenant in self._tenants.items()
            }
