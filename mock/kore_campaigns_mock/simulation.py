"""The dialler: started campaigns work through their contacts on the mock's clock.

Read from the docs: a voice campaign dials the contacts of its `contactLists` minus the numbers on its
`dncLists` list, only inside `dialingStrategy.callingHours` (days, start and end, in its `timezone`), in its
`dialingOrder` (FIFO or LIFO), up to `maxAttemptsPerRecord` attempts per contact with `defaultRetryPeriod`
minutes between them; a call-back booked through callContactAt is dialed at its time; before a contact's
first dial the campaign's pre-call fetch URL, when one is configured, decides CALL or SKIP
(fetch-precall-contact). SMS campaigns send one message per contact within the same hours. When every
contact is done the campaign moves Active -> Completed (a run that has had no contact yet waits for some);
a stop halts dialling and keeps the records.

Mock decisions where the docs are silent (README, "Campaign simulation"):
- one line per campaign: an attempt takes `call_seconds` (a message `message_seconds`), then the next is due;
- call-backs go first, then contacts in dialling order, retries included; a call-back outside the calling
  hours waits for the next window; it is one extra attempt, beyond maxAttemptsPerRecord if need be;
- answered and machine detected end a contact; no answer, busy and failed are retried; with machine
  detection off a machine counts as answered;
- the pre-call fetch is asked once per contact, before its first attempt (the page: "once for each eligible
  contact"); anything but a 200 whose `contactHandling.handle` is CALL skips the contact.

Outcomes come from random.Random seeded with (seed, campaign name, contact position, attempt number), so a
run repeats with the same seed, whatever other campaigns do. Nothing runs in the background: the app calls
`run_until(now)` before each request, which performs every attempt due up to now, in time order per campaign.
"""

from __future__ import annotations

import dataclasses
import random
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from .campaigns import ACTIVE, transition
from .clock import iso_timestamp
from .contact_lists import ContactListStore
from .store import Campaign, CampaignStore, named_id


@dataclass(frozen=True)
class Outcome:
    """What one attempt ended in, as the contacts view reports it (get-all-contact-details-voice-campaigns-v2)."""

    dialer_outcome: str  # data.results[].dialerOutcome once the contact is done ("completed" in the sample)
    ends_contact: bool  # False: the contact is retried while attempts remain
    bot_status: str = ""  # botOutboundStatus, for calls the bot took
    bot_status_detail: str = ""
    dispositions: tuple[str, ...] = ()


# One row per outcome; weights below pick among them.
OUTCOMES: dict[str, Outcome] = {
    "answered": Outcome("completed", True, "userHangUp", "user_hangup", ("System Generated",)),
    "no_answer": Outcome("noAnswer", False),
    "busy": Outcome("busy", False),
    "failed": Outcome("failed", False),
    "machine_detected": Outcome("machineDetected", True, "machineDetected", "answering_machine"),
    "sent": Outcome("sent", True),
    "send_failed": Outcome("failed", True),
    "skipped": Outcome("skipped", True),  # the pre-call fetch said SKIP (or failed)
}
VOICE_OUTCOME_WEIGHTS = {"answered": 55, "no_answer": 20, "busy": 10, "failed": 5, "machine_detected": 10}
SMS_OUTCOME_WEIGHTS = {"sent": 95, "send_failed": 5}
DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # datetime.weekday() order


@dataclass(frozen=True)
class SimulationSettings:
    seed: int = 0
    voice_outcomes: Mapping[str, float] = field(default_factory=lambda: dict(VOICE_OUTCOME_WEIGHTS))
    sms_outcomes: Mapping[str, float] = field(default_factory=lambda: dict(SMS_OUTCOME_WEIGHTS))
    call_seconds: float = 60.0
    message_seconds: float = 1.0
    pre_call_timeout: float = 5.0
    # False: a started campaign dials no one and stays Active until it is stopped. For contract fuzzing,
    # whose hooks start a campaign and then stop it: a run that completes by itself in between (every
    # contact on its DNC list) would rightly refuse that stop.
    dialling: bool = True

    def __post_init__(self) -> None:
        for name, weights in (("voice_outcomes", self.voice_outcomes), ("sms_outcomes", self.sms_outcomes)):
            unknown = set(weights) - set(OUTCOMES)
            if unknown:
                raise ValueError(f"{name} names unknown outcomes {sorted(unknown)}; known: {sorted(OUTCOMES)}")
            if any(weight < 0 for weight in weights.values()) or sum(weights.values()) <= 0:
                raise ValueError(f"{name} weights must be >= 0 with a positive sum")


@dataclass(frozen=True)
class PreCallFetch:
    """A campaign's pre-call fetch configuration: the page's "API URL" and "Headers"."""

    url: str
    headers: Mapping[str, str] = field(default_factory=dict, repr=False)  # may hold API keys: never shown


@dataclass
class DialRecord:
    dialing_id: str  # campaignDialingListId: what callContactAt names
    position: int  # order the contact joined the run (FIFO dials low first, LIFO high first)
    contact: dict[str, object]
    ready_at: float
    attempts: int = 0
    outcome: str = ""  # key of OUTCOMES for the last attempt
    done: bool = False
    excluded: bool = False  # on the DNC list when its turn came: never dialled, not shown
    callback_at: float | None = None
    session_id: str = ""
    detail: str = ""  # why a pre-call fetch skipped it


@dataclass
class Run:
    campaign_id: str
    account_id: str
    bot_id: str
    instance_id: str
    campaign_type: str
    name: str  # lname: keys the random draws, so a run repeats whatever the campaign's id
    display_name: str
    list_names: tuple[str, ...]
    dnc_name: str | None
    lifo: bool
    max_attempts: int
    retry_seconds: float
    calling_hours: dict[str, Any]
    machine_detection: bool
    started_at: float
    line_free_at: float
    active: bool = True
    # Nothing can happen before wake_at unless contacts are added (contacts_version) or a call-back booked:
    # requests then skip the run instead of recomputing its calling windows.
    wake_at: float | None = None
    contacts_version: int = -1
    records: list[DialRecord] = field(default_factory=list)
    taken: dict[str, int] = field(default_factory=dict)  # contacts already read from each list


def _clock_time(text: str) -> time:
    return datetime.strptime(text, "%I:%M %p").time()


def next_calling_time(moment: float, calling_hours: Mapping[str, Any]) -> float | None:
    """The first instant at or after `moment` inside the calling hours, or None when no day has a window."""
    zone = ZoneInfo(str(calling_hours["timezone"]))
    today = datetime.fromtimestamp(moment, zone).date()
    best: float | None = None
    for offset in range(-1, 8):
        day = today + timedelta(days=offset)
        for window in calling_hours.get("days", []):
            if window["day"] != DAY_CODES[day.weekday()]:
                continue
            start = datetime.combine(day, _clock_time(window["start"]), zone).timestamp()
            end = datetime.combine(day, _clock_time(window["end"]), zone).timestamp()
            if end <= start:
                end += 86400  # "10:00 PM" to "2:00 AM" runs past midnight
            if moment < end:
                candidate = max(moment, start)
                best = candidate if best is None else min(best, candidate)
    return best


PreCallSender = Callable[[PreCallFetch, dict[str, object], float], tuple[bool, str]]


def ask_pre_call_fetch(config: PreCallFetch, payload: dict[str, object], timeout: float) -> tuple[bool, str]:
    """(call?, reason): POST the contact to the configured URL and read its contactHandling.handle."""
    try:
        response = httpx.post(config.url, json=payload, headers=dict(config.headers), timeout=timeout)
    except Exception as exc:  # any failure to get an answer skips the contact, as the page says
        return False, f"pre-call fetch failed: {type(exc).__name__}"
    if response.status_code != 200:
        return False, f"pre-call fetch answered HTTP {response.status_code}"
    try:
        answer = response.json()
    except ValueError:
        return False, "pre-call fetch answer is not JSON"
    handling = answer.get("contactHandling") if isinstance(answer, dict) else None
    handle = handling.get("handle") if isinstance(handling, dict) else None
    reason = handling.get("reason") if isinstance(handling, dict) else None
    if handle not in ("CALL", "SKIP"):
        return False, "pre-call fetch answer has no contactHandling.handle CALL or SKIP"
    return handle == "CALL", str(reason) if isinstance(reason, str) else f"pre-call fetch answered {handle}"


class Simulation:
    """Runs of started campaigns, by campaign id (the current run, or the last one after a stop)."""

    def __init__(self, store: CampaignStore, contact_lists: ContactListStore, settings: SimulationSettings) -> None:
        self._store = store
        self._contact_lists = contact_lists
        self.settings = settings
        self._runs: dict[str, Run] = {}
        self._pre_call: dict[str, PreCallFetch] = {}
        self.send_pre_call: PreCallSender = ask_pre_call_fetch
        # Re-entrant: run_until completes campaigns through the store while holding it.
        self._lock = threading.RLock()

    # --- configuration (admin routes) ---------------------------------------------------------------

    def configure_pre_call(self, campaign_id: str, config: PreCallFetch | None) -> None:
        with self._lock:
            if config is None:
                self._pre_call.pop(campaign_id, None)
            else:
                self._pre_call[campaign_id] = config

    def pre_call(self, campaign_id: str) -> PreCallFetch | None:
        with self._lock:
            return self._pre_call.get(campaign_id)

    # --- lifecycle hooks (campaigns.py) ---------------------------------------------------------------

    def start(self, account_id: str, bot_id: str, campaign: Campaign, now: float) -> None:
        document = campaign.document
        strategy = document["dialingStrategy"]
        assert isinstance(strategy, dict)
        dnc = document.get("dncLists")
        names = document.get("contactLists")
        voice = campaign.campaign_type == "voice"
        run = Run(
            campaign_id=campaign.id,
            account_id=account_id,
            bot_id=bot_id,
            instance_id=str(campaign.instance_id),
            campaign_type=campaign.campaign_type,
            name=campaign.lname,
            display_name=str(document["name"]),
            list_names=tuple(str(name) for name in names) if isinstance(names, list) else (),
            dnc_name=str(dnc["name"]) if isinstance(dnc, dict) and "name" in dnc else None,
            lifo=strategy.get("dialingOrder") == "LIFO",
            # SMS campaigns have no retry settings: one message per contact.
            max_attempts=int(strategy.get("maxAttemptsPerRecord", 1)) if voice else 1,
            retry_seconds=60.0 * int(strategy.get("defaultRetryPeriod", 0)) if voice else 0.0,
            calling_hours=dict(strategy["callingHours"]),
            machine_detection=bool(document.get("enableMachineDetect", False)),
            started_at=now,
            line_free_at=now,
        )
        if not self.settings.dialling:
            return
        with self._lock:
            self._runs[campaign.id] = run
            self._run(run, now)

    def stop(self, campaign_id: str) -> None:
        with self._lock:
            run = self._runs.get(campaign_id)
            if run is not None:
                run.active = False

    def forget(self, campaign_id: str) -> None:
        with self._lock:
            self._runs.pop(campaign_id, None)
            self._pre_call.pop(campaign_id, None)

    def book_call_back(self, campaign_id: str, dialing_id: str, at: float) -> bool:
        """Dial the contact at `at` (the next calling window if outside it); False if the run has no such contact."""
        with self._lock:
            run = self._runs.get(campaign_id)
            record = next((r for r in run.records if r.dialing_id == dialing_id), None) if run else None
            if record is None or record.excluded:
                return False
            record.callback_at = at if record.callback_at is None else min(record.callback_at, at)
            assert run is not None
            run.wake_at = None
            return True

    def dump(self) -> dict[str, object]:
        """The runs and pre-call settings as plain data (tests compare the state before and after)."""
        with self._lock:
            return {
                "runs": {campaign_id: dataclasses.asdict(run) for campaign_id, run in self._runs.items()},
                "preCall": {campaign_id: dataclasses.asdict(config) for campaign_id, config in self._pre_call.items()},
            }

    # --- views (campaigns.py) ------------------------------------------------------------------------

    def records(self, campaign_id: str) -> list[dict[str, object]]:
        """The contacts view: every contact of the run attempted or skipped so far, in the order they joined."""
        with self._lock:
            run = self._runs.get(campaign_id)
            if run is None:
                return []
            shown = [record for record in run.records if not record.excluded and (record.attempts or record.done)]
            return [self._record_view(record) for record in shown]

    def counters(self, campaign_id: str) -> dict[str, int]:
        with self._lock:
            run = self._runs.get(campaign_id)
            if run is None:
                return {}  # never started: the page's three fields only
            records = run.records
            if run.campaign_type == "sms":
                return {"totalMessagesSent": sum(1 for record in records if record.outcome == "sent")}
            return {"totalCallsCompleted": sum(record.attempts for record in records)}

    @staticmethod
    def _record_view(record: DialRecord) -> dict[str, object]:
        outcome = OUTCOMES.get(record.outcome)
        last = outcome.dialer_outcome if outcome else ""
        return {
            "phoneNumber": record.contact.get("phoneNumber", ""),
            "uniqueId": record.contact.get("uniqueId", ""),
            # "blank if in progress": a contact still to be retried has no final outcome yet.
            "dialerOutcome": last if record.done else "",
            "numberOfAttemptsSoFar": record.attempts,
            "botSessionId": record.session_id,
            "agentDispositionCodes": list(outcome.dispositions) if outcome else [],
            "botOutboundStatus": outcome.bot_status if outcome else "",
            # The last attempt's outcome while retries remain; why a pre-call fetch skipped it.
            "botOutboundStatusDetail": record.detail or (outcome.bot_status_detail or last if outcome else ""),
            "campaignDialingListId": record.dialing_id,
        }

    # --- the clock ----------------------------------------------------------------------------------

    def run_until(self, now: float) -> None:
        with self._lock:
            version = self._contact_lists.contacts_version
            for run in list(self._runs.values()):
                asleep = run.wake_at is not None and now < run.wake_at and run.contacts_version == version
                if run.active and not asleep:
                    self._run(run, now)

    def _run(self, run: Run, now: float) -> None:
        dnc_numbers: set[object] | None = None
        run.wake_at = None
        while run.active:
            run.contacts_version = self._contact_lists.contacts_version
            self._take_new_contacts(run, now)
            waiting = [record for record in run.records if not record.done or record.callback_at is not None]
            if not waiting:
                # A run whose lists are still empty waits: contact lists are the feed of "passive" campaigns,
                # filled through the API while they run (create-contact-list-v2).
                # Completed once the last call has ended (the line is free), not as it is dialled.
                if run.records and run.line_free_at <= now:
                    self._complete(run, run.line_free_at)
                elif run.records:
                    run.wake_at = run.line_free_at
                return
            earliest = min(self._due(record) for record in waiting)
            at = next_calling_time(max(run.line_free_at, earliest), run.calling_hours)
            if at is None or at > now:
                run.wake_at = at if at is not None else float("inf")
                return
            due = [record for record in waiting if self._due(record) <= at]
            # Call-backs first (earliest booked first), then the dialling order.
            record = min(
                due,
                key=lambda r: (r.callback_at is None, r.callback_at or 0.0, -r.position if run.lifo else r.position),
            )
            if dnc_numbers is None:
                dnc_numbers = self._dnc_numbers(run)
            self._attempt(run, record, at, dnc_numbers)

    @staticmethod
    def _due(record: DialRecord) -> float:
        return record.callback_at if record.callback_at is not None else record.ready_at

    def _take_new_contacts(self, run: Run, now: float) -> None:
        # Contacts added to a list while the campaign runs are dialled too (contact_lists.py).
        for name in run.list_names:
            contacts = self._contact_lists.contacts_of(run.account_id, run.bot_id, name, run.taken.get(name, 0))
            run.taken[name] = run.taken.get(name, 0) + len(contacts)
            for contact in contacts:
                position = len(run.records)
                dialing_id = named_id("cid", run.instance_id, str(position))
                fields = {key: value for key, value in contact.items() if key not in ("_id", "createdAt", "updatedAt")}
                # Ready from when it joined the list (the run may catch up later), at the earliest the start.
                ready_at = max(run.started_at, min(_added_at(contact, now), now))
                run.records.append(DialRecord(dialing_id, position, fields, ready_at=ready_at))

    def _dnc_numbers(self, run: Run) -> set[object]:
        if run.dnc_name is None:
            return set()
        contacts = self._contact_lists.contacts_of(run.account_id, run.bot_id, run.dnc_name, 0)
        return {contact.get("phoneNumber") for contact in contacts}

    def _attempt(self, run: Run, record: DialRecord, at: float, dnc_numbers: set[object]) -> None:
        call_back = record.callback_at is not None
        record.callback_at = None
        if record.contact.get("phoneNumber") in dnc_numbers:
            record.done = record.excluded = True
            return
        if run.campaign_type == "voice" and record.attempts == 0 and not record.done:
            config = self._pre_call.get(run.campaign_id)
            if config is not None:
                payload: dict[str, object] = {
                    "CampaignName": run.display_name,
                    "CampaignId": run.campaign_id,
                    "DialingId": record.dialing_id,
                    "contactData": dict(record.contact),
                }
                proceed, reason = self.send_pre_call(config, payload, self.settings.pre_call_timeout)
                if not proceed:
                    record.done, record.outcome, record.detail = True, "skipped", reason
                    return
        was_done = record.done
        record.attempts += 1
        record.outcome = self._draw(run, record)
        outcome = OUTCOMES[record.outcome]
        if record.outcome == "answered":
            record.session_id = f"{self._random(run, record, 'session').getrandbits(96):024x}"
        record.done = was_done or outcome.ends_contact or record.attempts >= run.max_attempts
        if not record.done:
            record.ready_at = at + run.retry_seconds
        elif call_back and not was_done:
            record.ready_at = at
        seconds = self.settings.call_seconds if run.campaign_type == "voice" else self.settings.message_seconds
        run.line_free_at = at + seconds

    def _random(self, run: Run, record: DialRecord, purpose: str) -> random.Random:
        # Simulated call outcomes, not secrets: a seeded, repeatable generator is the point.
        return random.Random(f"{self.settings.seed}/{run.name}/{record.position}/{record.attempts}/{purpose}")  # noqa: S311

    def _draw(self, run: Run, record: DialRecord) -> str:
        if run.campaign_type == "sms":
            weights = dict(self.settings.sms_outcomes)
        else:
            weights = dict(self.settings.voice_outcomes)
            if not run.machine_detection:
                # Without detection a machine that picks up is, to the dialler, an answered call.
                weights["answered"] = weights.get("answered", 0) + weights.pop("machine_detected", 0)
        names = [name for name, weight in sorted(weights.items()) if weight > 0]
        return self._random(run, record, "outcome").choices(names, [weights[name] for name in names])[0]

    def _complete(self, run: Run, now: float) -> None:
        run.active = False

        def apply(stored: Campaign) -> None:
            # Only the run that finished completes its campaign (a stop or a new start may have come first).
            if stored.status == ACTIVE and stored.instance_id == run.instance_id:
                stored.status = transition(stored, "complete", "campaignId")
                stored.updated_at = stored.instance_updated_at = iso_timestamp(now)

        self._store.change(run.account_id, run.bot_id, run.campaign_id, apply)


def _added_at(contact: Mapping[str, object], default: float) -> float:
    try:
        return datetime.fromisoformat(str(contact.get("createdAt")).replace("Z", "+00:00")).timestamp()
    except ValueError:
        return default
