"""What a campaign operation does, whichever door (v1 or v2 URL) it came through: no HTTP here.

The route modules parse and validate a request, call one of these functions and shape the answer; the rules
both doors share live here once: the lifecycle (lifecycle.py), the one update rule, what a start and a stop
do to a run and its outcomes, paging and the listing's order.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, Protocol

from .clock import Clock, iso_timestamp
from .contact_list_store import ContactListStore
from .errors import ApiError, Problem
from .lifecycle import transition
from .limits import CAMPAIGN_LIST_DEFAULT_LIMIT, DIALING_MODES
from .simulation import RunContacts, Simulation
from .store import Campaign, CampaignStore, Window, new_id
from .validation import parse_iso_datetime

# The stored document's keys that a body field of another name sets.
_BODY_FIELD = {"experienceFlow": "experienceFlowName", "lname": "name"}

NO_CAMPAIGN = "campaignId names no campaign of this bot"


class Tenant(Protocol):
    @property
    def account_id(self) -> str: ...

    @property
    def bot_id(self) -> str: ...


def scheduling_enabled(clean: Mapping[str, Any]) -> bool:
    return bool(clean.get("schedule", {}).get("isSchedulingEnabled", False))


def check_type(campaign: Campaign, campaign_type: str | None) -> None:
    # Left out, the type is the campaign's own (the path names the campaign).
    if campaign_type is not None and campaign_type != campaign.campaign_type:
        own = campaign.campaign_type
        rule = f"query parameter campaignType must be {own}: the campaign is a {own} campaign"
        raise ApiError(400, [Problem(rule, "campaignType")])


def _sort_key(field: str) -> Callable[[Campaign], str]:
    def key(campaign: Campaign) -> str:
        if field == "name":
            return campaign.lname
        return campaign.created_at if field == "createdAt" else campaign.updated_at

    return key


class CampaignService:
    def __init__(
        self, store: CampaignStore, contact_lists: ContactListStore, simulation: Simulation, clock: Clock
    ) -> None:
        self.store = store
        self.contact_lists = contact_lists
        self.simulation = simulation
        self._clock = clock

    def timestamp(self) -> str:
        return iso_timestamp(self._clock.now())

    def context(self, caller: Tenant) -> dict[str, object]:
        # Lists are the tenant's state (created through the contact-list API), checked at create and update.
        return {"contact_lists": self.contact_lists.names(caller.account_id, caller.bot_id)}

    def document(self, caller: Tenant, campaign_type: str, clean: Mapping[str, Any]) -> dict[str, object]:
        """The documented fields of a campaign, in the docs' order, from a validated request body."""
        account_id, bot_id = caller.account_id, caller.bot_id
        name = str(clean["name"])
        document: dict[str, object] = {"name": name, "lname": name.lower(), "description": clean["description"]}
        if "dncLists" in clean:
            dnc_name = str(clean["dncLists"]["name"])
            dnc_id = self.contact_lists.id_of(account_id, bot_id, dnc_name)
            document["dncLists"] = {"id": dnc_id, "name": dnc_name} if dnc_id else {"name": dnc_name}
        document["priority"] = clean["priority"]
        if campaign_type == "voice":
            document["dialingMode"] = clean["dialingMode"]
        document["dialingStrategy"] = clean["dialingStrategy"]
        if "experienceFlowName" in clean:
            document["experienceFlow"] = self.store.flow_id(account_id, bot_id, clean["experienceFlowName"])
        for key in ("queue_name", "maxSkips"):
            if key in clean:
                document[key] = clean[key]
        if "message" in clean:
            message = dict(clean["message"])
            if "template_name" in message:
                message["templateId"] = self.store.template_id(account_id, bot_id, message["template_name"])
            document["message"] = message
        if "enableMachineDetect" in clean:
            detect = clean["enableMachineDetect"]
            # v2 sends "no" | "detect" | "disconnect"; its response (and v1) shows a boolean: on unless "no".
            document["enableMachineDetect"] = detect if isinstance(detect, bool) else detect != "no"
        document["contactLists"] = clean["contactLists"]
        if "format" in clean:
            document["format"] = clean["format"]
        return document

    # ---- one campaign -------------------------------------------------------------------------------------

    def create(self, caller: Tenant, campaign_type: str, clean: Mapping[str, Any]) -> Campaign:
        now = self.timestamp()
        campaign = Campaign(
            id=new_id("cd"),
            campaign_type=campaign_type,
            document=self.document(caller, campaign_type, clean),
            created_at=now,
            updated_at=now,
            schedule={"isSchedulingEnabled": scheduling_enabled(clean), "isRecurrenceEnabled": False},
        )
        return self.store.add(caller.account_id, caller.bot_id, campaign)

    def find(self, caller: Tenant, campaign_id: str) -> Campaign:
        campaign = self.store.get(caller.account_id, caller.bot_id, campaign_id)
        if campaign is None:
            raise ApiError(404, [Problem(NO_CAMPAIGN, "campaignId")])
        return campaign

    def type_of(self, caller: Tenant, campaign_id: str) -> str | None:
        return self.store.type_of(caller.account_id, caller.bot_id, campaign_id)

    def update(
        self,
        caller: Tenant,
        campaign_id: str,
        campaign_type: str | None,
        clean: Mapping[str, Any],
        page_fields: Callable[[str], frozenset[str]],
    ) -> Campaign:
        """The one update rule, for both doors: the body replaces the fields the door's update body carries for
        the campaign's type (`page_fields(type)`, rules.*_UPDATE_FIELDS), also those it leaves out, and every
        other stored field keeps its value; the schedule has its own endpoint and stays. So a v1 voice update
        keeps a DNC list set through v2, and a v2 voice update keeps enableMachineDetect unless it sends one."""
        campaign = self.find(caller, campaign_id)
        check_type(campaign, campaign_type)
        document = self.document(caller, campaign.campaign_type, clean)
        documented = page_fields(campaign.campaign_type)
        now = self.timestamp()

        def apply(stored: Campaign) -> None:
            check_type(stored, campaign_type)
            transition(stored.status, "update", "campaignId")
            for key, value in stored.document.items():
                if key not in document and _BODY_FIELD.get(key, key) not in documented:
                    document[key] = value
            stored.document = document
            stored.updated_at = now

        updated = self.store.change(caller.account_id, caller.bot_id, campaign_id, apply)
        if updated is None:
            raise ApiError(404, [Problem(NO_CAMPAIGN, "campaignId")])
        return updated

    def delete(self, caller: Tenant, campaign_id: str, campaign_type: str | None) -> Campaign:
        def check(stored: Campaign) -> None:
            check_type(stored, campaign_type)
            transition(stored.status, "delete", "campaignId")

        deleted = self.store.delete(caller.account_id, caller.bot_id, campaign_id, check)
        if deleted is None:
            raise ApiError(404, [Problem(NO_CAMPAIGN, "campaignId")])
        self.simulation.forget(deleted.id)
        return deleted

    def start(self, caller: Tenant, campaign_id: str, campaign_type: str | None) -> tuple[Campaign, str]:
        """A new run (a new campaignInstanceId); its first contacts are dialled at the service's next catch-up,
        which the trigger route awaits before answering."""
        campaign, now = self._trigger(caller, campaign_id, campaign_type, "start")
        self.simulation.start(caller.account_id, caller.bot_id, campaign, self._clock.now())
        return campaign, now

    def stop(self, caller: Tenant, campaign_id: str, campaign_type: str | None) -> tuple[Campaign, str]:
        """Halts the run; what it did (each contact's outcome, the counters) stays readable until a new start."""
        campaign, now = self._trigger(caller, campaign_id, campaign_type, "stop")
        self.simulation.stop(campaign.id)
        return campaign, now

    def _trigger(
        self, caller: Tenant, campaign_id: str, campaign_type: str | None, action: str
    ) -> tuple[Campaign, str]:
        now = self.timestamp()

        def apply(stored: Campaign) -> None:
            check_type(stored, campaign_type)
            stored.status = transition(stored.status, action, "campaignId")
            if action == "start":
                stored.instance_id = new_id("cid")
                stored.callbacks = []
            stored.instance_updated_at = now
            stored.updated_at = now

        campaign = self.store.change(caller.account_id, caller.bot_id, campaign_id, apply)
        if campaign is None:
            raise ApiError(404, [Problem(NO_CAMPAIGN, "campaignId")])
        return campaign, now

    def run_contacts(self, caller: Tenant, campaign_id: str, page: int, limit: int) -> tuple[Campaign, RunContacts]:
        """A page of the last run's contacts and their outcomes (kept after a stop)."""
        campaign = self.find(caller, campaign_id)
        if campaign.campaign_type != "voice":
            # get-all-contact-details-voice-campaigns-v2 (and its v1 page) document this view for voice
            # campaigns only, and no page describes an SMS record. So the mock answers an SMS campaign with an
            # empty page in the documented shape rather than invent records (or a refusal the page does not
            # name); an SMS run's progress is `totalMessagesSent` in get-all-campaigns-v2.
            return campaign, RunContacts([], 0)
        return campaign, self.simulation.contacts(campaign.id, (page - 1) * limit, limit)

    def messages_sent(self, campaign_id: str) -> int:
        return self.simulation.messages_sent(campaign_id)

    # ---- the listing --------------------------------------------------------------------------------------

    def listing(self, caller: Tenant, clean: Mapping[str, Any]) -> tuple[Window, int, int]:
        """get-all-campaigns-v2 over a validated body: (the page, its offset, its limit). The default order
        (newest first) without filters costs the page; filters and other orders scan the bot's campaigns."""
        campaign_type = str(clean["type"])
        limit = int(clean.get("limit", CAMPAIGN_LIST_DEFAULT_LIMIT))
        # Both skip and page move the window: page p starts (p - 1) * limit records after skip.
        offset = int(clean.get("skip", 0)) + (int(clean.get("page", 1)) - 1) * limit
        filters: dict[str, list[Any]] = {key: value for key, value in clean.get("filters", {}).items() if value}
        start = parse_iso_datetime(clean["startDate"]) if "startDate" in clean else None
        end = parse_iso_datetime(clean["endDate"]) if "endDate" in clean else None
        # Newest first unless sortBy says otherwise (both samples list newest first); the first key sorts first.
        order = list(clean.get("sortBy", {}).items()) or [("createdAt", "desc")]
        account_id, bot_id = caller.account_id, caller.bot_id
        if not filters and start is None and end is None and len(order) == 1 and order[0][0] == "createdAt":
            return (
                self.store.newest(account_id, bot_id, campaign_type, order[0][1] == "desc", offset, limit),
                offset,
                limit,
            )

        def keep(campaign: Campaign) -> bool:
            created = parse_iso_datetime(campaign.created_at)
            return (
                ("status" not in filters or campaign.status in filters["status"])
                and ("priority" not in filters or int(str(campaign.document["priority"])) in filters["priority"])
                # "This parameter applies only to voice campaigns": an SMS listing ignores it.
                and (
                    campaign_type == "sms"
                    or campaign.document["dialingMode"] in filters.get("dialingMode", DIALING_MODES)
                )
                and (start is None or (created is not None and created >= start))
                and (end is None or (created is not None and created <= end))
            )

        sort = [(_sort_key(field), direction == "desc") for field, direction in order]
        return self.store.select(account_id, bot_id, campaign_type, keep, sort, offset, limit), offset, limit

    # ---- schedules and call-backs -------------------------------------------------------------------------

    def set_schedule(self, caller: Tenant, campaign_name: str, schedule: Mapping[str, object] | None) -> Campaign:
        """Enable a validated schedule (None disables it) on the campaign named `campaign_name`."""
        not_found = ApiError(404, [Problem("campaignName names no campaign of this bot", "campaignName")])
        campaign_id = self.store.id_for_name(caller.account_id, caller.bot_id, campaign_name)
        if campaign_id is None:
            raise not_found
        now = self.timestamp()

        def apply(stored: Campaign) -> None:
            if schedule is None:
                stored.status = transition(stored.status, "unschedule", "campaignName")
                stored.schedule = {"isSchedulingEnabled": False, "isRecurrenceEnabled": False}
            else:
                stored.status = transition(stored.status, "schedule", "campaignName")
                stored.schedule = {"isSchedulingEnabled": True, "isRecurrenceEnabled": True, **schedule}
            stored.updated_at = now

        campaign = self.store.change(caller.account_id, caller.bot_id, campaign_id, apply)
        if campaign is None:
            raise not_found
        return campaign

    def book_call_backs(
        self, caller: Tenant, instance_id: str, items: list[Mapping[str, Any]]
    ) -> list[dict[str, object]]:
        """create-call-back-schedule-v2 over validated items: the per-item outcomes."""
        rule = "campaignInstanceId names no run of a campaign of this bot"
        not_found = ApiError(404, [Problem(rule, "campaignInstanceId")])
        campaign_id = self.store.id_for_instance(caller.account_id, caller.bot_id, instance_id)
        if campaign_id is None:
            raise not_found
        now = datetime.fromtimestamp(self._clock.now(), tz=UTC)
        outcomes: list[dict[str, object]] = []
        booked: dict[str, datetime] = {}

        def apply(stored: Campaign) -> None:
            if stored.instance_id != instance_id:
                raise not_found
            transition(stored.status, "callback", "campaignInstanceId")
            outcomes.clear()
            booked.clear()
            for item in items:
                contact, when = str(item["campaignDialingListId"]), str(item["timeToContact"])
                moment = parse_iso_datetime(when)
                assert moment is not None
                # The page's sample answers a past time per item (status failed, reason time_in_past), not a 4xx.
                if moment <= now:
                    outcomes.append({"campaignDialingListId": contact, "status": "failed", "reason": "time_in_past"})
                else:
                    stored.callbacks.append((contact, when))
                    booked[contact] = moment
                    outcomes.append({"campaignDialingListId": contact, "status": "success"})

        if self.store.change(caller.account_id, caller.bot_id, campaign_id, apply) is None:
            raise not_found
        for contact, moment in booked.items():
            # The simulation dials it then; an id the run does not know stays booked and is never dialled.
            self.simulation.book_call_back(campaign_id, contact, moment.timestamp())
        return outcomes
