"""In-memory campaigns, kept per (account, bot) so no tenant ever sees another's."""

from __future__ import annotations

import copy
import json
import threading
import uuid
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
    # The documented fields, in the order the docs' samples show them; never mutated after creation.
    document: dict[str, object]
    created_at: str
    updated_at: str
    schedule: dict[str, object]

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
            return [campaign.snapshot() for campaign in self._tenant(account_id, bot_id).campaigns.values()]

    def set_schedule(
        self, account_id: str, bot_id: str, campaign_name: str, schedule: dict[str, object], now: str
    ) -> Campaign | None:
        with self._lock:
            tenant = self._tenants.get((account_id, bot_id))
            campaign_id = tenant.ids_by_lname.get(campaign_name.lower()) if tenant else None
            if tenant is None or campaign_id is None:
                return None
            campaign = tenant.campaigns[campaign_id]
            campaign.schedule = copy.deepcopy(schedule)
            campaign.updated_at = now
            return campaign.snapshot()
