"""In-memory campaigns, kept per (account, bot) so no tenant ever sees another's."""

from __future__ import annotations

import copy
import threading
import uuid
from dataclasses import dataclass, field

from .errors import ApiError, Problem


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4()}"


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
    # Stable ids for experience flows and templates, as the platform resolves names to its objects.
    flow_ids: dict[str, str] = field(default_factory=dict)
    template_ids: dict[str, str] = field(default_factory=dict)


class CampaignStore:
    def __init__(self) -> None:
        self._tenants: dict[tuple[str, str], _Tenant] = {}
        # One lock for check-then-insert, so two concurrent creates can never both claim a name.
        self._lock = threading.Lock()

    def _tenant(self, account_id: str, bot_id: str) -> _Tenant:
        return self._tenants.setdefault((account_id, bot_id), _Tenant())

    def flow_id(self, account_id: str, bot_id: str, flow_name: str) -> str:
        with self._lock:
            return self._tenant(account_id, bot_id).flow_ids.setdefault(flow_name, new_id("cf"))

    def template_id(self, account_id: str, bot_id: str, template_name: str) -> str:
        with self._lock:
            return self._tenant(account_id, bot_id).template_ids.setdefault(template_name, new_id("cmt"))

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
            campaign = self._tenant(account_id, bot_id).campaigns.get(campaign_id)
            return campaign.snapshot() if campaign else None

    def all(self, account_id: str, bot_id: str) -> list[Campaign]:
        """The tenant's campaigns, oldest first (contact lists show which of them name a list)."""
        with self._lock:
            return [campaign.snapshot() for campaign in self._tenant(account_id, bot_id).campaigns.values()]

    def set_schedule(
        self, account_id: str, bot_id: str, campaign_name: str, schedule: dict[str, object], now: str
    ) -> Campaign | None:
        with self._lock:
            tenant = self._tenant(account_id, bot_id)
            campaign_id = tenant.ids_by_lname.get(campaign_name.lower())
            if campaign_id is None:
                return None
            campaign = tenant.campaigns[campaign_id]
            campaign.schedule = copy.deepcopy(schedule)
            campaign.updated_at = now
            return campaign.snapshot()
