"""The dialler: started campaigns work through their contacts on the mock's clock.

Read from the docs: a voice campaign dials the contacts of its `contactLists` minus the numbers on its
`dncLists` list, only inside `dialingStrategy.callingHours` (days, start and end, in its `timezone`), in its
`dialingOrder` (FIFO or LIFO), up to `maxAttemptsPerRecord` attempts per contact with `defaultRetryPeriod`
minutes between them; a call-back booked through callContactAt is dialed at its time; before a contact's
first dial the campaign's pre-call fetch URL, when one is configured, decides CALL or SKIP
(fetch-precall-contact). SMS campaigns send one message per contact within the same hours. When every
contact is done the campaign moves Active -> Completed (a run that has had no contact yet waits for some);
a stop halts dialling and keeps the run's records and counters until the campaign starts again.

Mock decisions where the docs are silent (README, "Campaign simulation"):
- one line per campaign: an attempt takes `call_seconds` (a message `message_seconds`), then the next is due;
- call-backs go first, then contacts in dialling order, retries included; a call-back outside the calling
  hours waits for the next window; it is one extra attempt, beyond maxAttemptsPerRecord if need be;
- answered and machine detected end a contact; no answer, busy and failed are retried; with machine
  detection off a machine counts as answered;
- the pre-call fetch is asked once per contact, before its first attempt (the page: "once for each eligible
  contact"); anything but a 200 whose `contactHandling.handle` is CALL skips the contact. A stop that comes
  while the partner has not answered yet leaves that contact undialled.

Outcomes come from random.Random seeded with (seed, campaign name, contact position, attempt number), so a
run repeats with the same seed, whatever other campaigns do. Nothing runs in the background: the app calls
`run_until(now)` before each request, which performs every attempt due up to now, in time order per campaign.

This module does no I/O. A contact that needs the pre-call fetch pauses its run and is handed back by
`run_until` as a PreCallRequest; whoever sends it (service.MockService, off the request path's lock) gives
the decision to `answer`, and the next `run_until` goes on from there. Other runs, and other requests, do not
wait for the partner. Each run keeps its contacts in priority queues, so an attempt costs O(log contacts)
and a page of its contacts view costs the page.
"""

from __future__ import annotations

import bisect
import dataclasses
import heapq
import random
import threading
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from .clock import iso_timestamp
from .contact_list_store import ContactListStore, Row, phone_of, unpack
from .lifecycle import ACTIVE, transition
from .store import Campaign, CampaignStore, series_head


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


@dataclass(slots=True)
class DialRecord:
    position: int  # order the contact joined the run (FIFO dials low first, LIFO high first)
    contact: Row
    ready_at: float
    attempts: int = 0
    outcome: str = ""  # key of OUTCOMES for the last attempt
    done: bool = False
    excluded: bool = False  # on the DNC list when its turn came: never dialled, not shown
    callback_at: float | None = None
    session_id: str = ""
    detail: str = ""  # why a pre-call fetch skipped it
    shown: bool = False  # in the contacts view (attempted or skipped)
    # Which queue entry is current: a change of the record makes its older entries stale.
    ticket: int = 0


# (configuration, the page's request body, timeout in seconds) -> (call the contact?, reason); see pre_call.py.
PreCallSender = Callable[[PreCallFetch, dict[str, object], float], Awaitable[tuple[bool, str]]]


@dataclass(frozen=True)
class PreCallRequest:
    """A contact waiting for the partner's CALL or SKIP: what to POST where, and which run asks."""

    run_key: tuple[str, str]  # (campaign id, instance id)
    config: PreCallFetch
    payload: dict[str, object]


@dataclass
class _Pending:
    request: PreCallRequest
    record: DialRecord
    at: float
    call_back: bool
    answer: tuple[bool, str] | None = None


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
    # The queues: contacts waiting for their ready time (ready_at, order, ticket, index); contacts due, by
    # dialling order (order, ticket, index); call-backs by their time (callback_at, order, ticket, index).
    waiting: list[tuple[float, int, int, int]] = field(default_factory=list)
    due: list[tuple[int, int, int]] = field(default_factory=list)
    call_backs: list[tuple[float, int, int, int]] = field(default_factory=list)
    last_at: float = 0.0  # when the last contact was taken up
    shown: list[int] = field(default_factory=list)  # positions in the contacts view, in joining order
    calls: int = 0  # attempts made
    messages_sent: int = 0
    pending: _Pending | None = None
    by_dialing_id: dict[str, int] | None = None  # built on the first call-back booking
    dialing_id_head: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        self.dialing_id_head = series_head("cid", self.instance_id)

    def dialing_id(self, position: int) -> str:
        # campaignDialingListId: what callContactAt names; derived, so a run of a million contacts stores none.
        return f"{self.dialing_id_head}{position:012x}"

    def order(self, record: DialRecord) -> int:
        return -record.position if self.lifo else record.position

    def dump(self) -> dict[str, object]:
        """What the run's views show and its next steps depend on (not its queues, which only index it)."""
        records = [
            {key: value for key, value in dataclasses.asdict(record).items() if key != "ticket"}
            for record in self.records
        ]
        return {
            "instanceId": self.instance_id,
            "active": self.active,
            "lineFreeAt": self.line_free_at,
            "taken": dict(self.taken),
            "records": records,
            "calls": self.calls,
            "messagesSent": self.messages_sent,
            "awaitingPreCall": self.pending is not None,
        }


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


@dataclass(frozen=True)
class RunContacts:
    """One page of a run's contacts view and how many it shows in all."""

    results: list[dict[str, object]]
    total: int


class Simulation:
    """Runs of started campaigns, by campaign id (the current run, or the last one after a stop)."""

    def __init__(self, store: CampaignStore, contact_lists: ContactListStore, settings: SimulationSettings) -> None:
        self._store = store
        self._contact_lists = contact_lists
        self.settings = settings
        self._runs: dict[str, Run] = {}
        self._pre_call: dict[str, PreCallFetch] = {}
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

    # --- lifecycle hooks (campaign_service.py) ------------------------------------------------------

    def start(self, account_id: str, bot_id: str, campaign: Campaign, now: float) -> None:
        """A new run of the campaign from `now`; it dials at the next run_until (the service's catch-up)."""
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

    def stop(self, campaign_id: str) -> None:
        """Halts the run; its records and counters stay, shown by the contacts view until the next start."""
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
            if run is None:
                return False
            if run.by_dialing_id is None:
                run.by_dialing_id = {run.dialing_id(record.position): record.position for record in run.records}
            position = run.by_dialing_id.get(dialing_id)
            record = run.records[position] if position is not None else None
            if record is None or record.excluded:
                return False
            record.callback_at = at if record.callback_at is None else min(record.callback_at, at)
            self._queue(run, record)
            run.wake_at = None
            return True

    # --- views (campaigns.py) ------------------------------------------------------------------------

    def contacts(self, campaign_id: str, offset: int, limit: int) -> RunContacts:
        """The contacts view: the run's contacts attempted or skipped so far, in the order they joined."""
        with self._lock:
            run = self._runs.get(campaign_id)
            if run is None:
                return RunContacts([], 0)
            page = run.shown[offset : offset + limit]
            return RunContacts([self._record_view(run, run.records[position]) for position in page], len(run.shown))

    def messages_sent(self, campaign_id: str) -> int:
        """`totalMessagesSent` of get-all-campaigns-v2: the SMS messages the last run sent."""
        with self._lock:
            run = self._runs.get(campaign_id)
            return run.messages_sent if run is not None else 0

    def dump(self) -> dict[str, object]:
        """The runs and pre-call settings as plain data (tests compare the state before and after)."""
        with self._lock:
            return {
                "runs": {campaign_id: run.dump() for campaign_id, run in self._runs.items()},
                "preCall": {campaign_id: dataclasses.asdict(config) for campaign_id, config in self._pre_call.items()},
            }

    @staticmethod
    def _record_view(run: Run, record: DialRecord) -> dict[str, object]:
        outcome = OUTCOMES.get(record.outcome)
        last = outcome.dialer_outcome if outcome else ""
        contact = unpack(record.contact)
        return {
            "phoneNumber": contact.get("phoneNumber", ""),
            "uniqueId": contact.get("uniqueId", ""),
            # "blank if in progress": a contact still to be retried has no final outcome yet.
            "dialerOutcome": last if record.done else "",
            "numberOfAttemptsSoFar": record.attempts,
            "botSessionId": record.session_id,
            "agentDispositionCodes": list(outcome.dispositions) if outcome else [],
            "botOutboundStatus": outcome.bot_status if outcome else "",
            # The last attempt's outcome while retries remain; why a pre-call fetch skipped it.
            "botOutboundStatusDetail": record.detail or (outcome.bot_status_detail or last if outcome else ""),
            "campaignDialingListId": run.dialing_id(record.position),
        }

    # --- the clock ----------------------------------------------------------------------------------

    def run_until(self, now: float) -> list[PreCallRequest]:
        """Every attempt due up to `now`, per run in time order; the pre-call fetches that runs now wait for."""
        asks: list[PreCallRequest] = []
        with self._lock:
            version = self._contact_lists.contacts_version
            for run in list(self._runs.values()):
                if run.pending is not None and run.pending.answer is None:
                    continue  # its partner has not answered yet: the run waits, other runs go on
                asleep = run.wake_at is not None and now < run.wake_at and run.contacts_version == version
                if (run.active or run.pending is not None) and not asleep:
                    ask = self._run(run, now)
                    if ask is not None:
                        asks.append(ask)
        return asks

    def answer(self, request: PreCallRequest, call: bool, reason: str) -> None:
        """The partner's decision for a PreCallRequest (or the failure to get one); the run goes on at the
        next run_until. A run stopped or replaced meanwhile ignores it."""
        with self._lock:
            run = self._runs.get(request.run_key[0])
            if run is not None and run.pending is not None and run.pending.request is request:
                run.pending.answer = (call, reason)
                run.wake_at = None

    def _run(self, run: Run, now: float) -> PreCallRequest | None:
        run.wake_at = None
        if run.pending is not None:
            pending, run.pending = run.pending, None
            # A stop while the partner thought: that contact is not dialled (it stays out of the view).
            if run.active and pending.answer is not None:
                self._after_pre_call(run, pending)
        while run.active:
            if run.contacts_version != self._contact_lists.contacts_version:
                run.contacts_version = self._contact_lists.contacts_version
                self._take_new_contacts(run, now)
            if not self._has_waiting(run):
                # A run whose lists are still empty waits: contact lists are the feed of "passive" campaigns,
                # filled through the API while they run (create-contact-list-v2).
                # Completed once the last call has ended (the line is free), not as it is dialled.
                if run.records and run.line_free_at <= now:
                    self._complete(run, run.line_free_at)
                elif run.records:
                    run.wake_at = run.line_free_at
                return None
            at = self._next_time(run)
            if at is None or at > now:
                run.wake_at = at if at is not None else float("inf")
                return None
            record, call_back = self._take_up(run, at)
            ask = self._attempt(run, record, at, call_back)
            if ask is not None:
                return ask
        return None

    # --- the queues ---------------------------------------------------------------------------------

    def _queue(self, run: Run, record: DialRecord) -> None:
        """(Re)file the record where it now belongs; its earlier entries become stale."""
        record.ticket += 1
        index = record.position
        if record.callback_at is not None:
            heapq.heappush(run.call_backs, (record.callback_at, run.order(record), record.ticket, index))
        elif not record.done:
            heapq.heappush(run.waiting, (record.ready_at, run.order(record), record.ticket, index))

    @staticmethod
    def _drop_stale(run: Run) -> None:
        records = run.records
        while run.call_backs and records[run.call_backs[0][3]].ticket != run.call_backs[0][2]:
            heapq.heappop(run.call_backs)
        while run.waiting and records[run.waiting[0][3]].ticket != run.waiting[0][2]:
            heapq.heappop(run.waiting)
        while run.due and records[run.due[0][2]].ticket != run.due[0][1]:
            heapq.heappop(run.due)

    def _has_waiting(self, run: Run) -> bool:
        self._drop_stale(run)
        return bool(run.call_backs or run.waiting or run.due)

    @staticmethod
    def _next_time(run: Run) -> float | None:
        """When the next attempt can be made: the first calling time at or after both the free line and the
        earliest due contact. Contacts already due were due by the last attempt's time (last_at)."""
        if run.due:
            earliest = run.last_at
        else:
            times = [queue[0][0] for queue in (run.call_backs, run.waiting) if queue]
            earliest = min(times)
        return next_calling_time(max(run.line_free_at, earliest), run.calling_hours)

    def _take_up(self, run: Run, at: float) -> tuple[DialRecord, bool]:
        """The contact to attempt at `at`: the earliest call-back due, else the first due in dialling order."""
        records = run.records
        while run.waiting and run.waiting[0][0] <= at:
            _, order, ticket, index = heapq.heappop(run.waiting)
            if records[index].ticket == ticket:
                heapq.heappush(run.due, (order, ticket, index))
        self._drop_stale(run)
        run.last_at = at
        if run.call_backs and run.call_backs[0][0] <= at:
            return records[heapq.heappop(run.call_backs)[3]], True
        return records[heapq.heappop(run.due)[2]], False

    # --- contacts and attempts ----------------------------------------------------------------------

    def _take_new_contacts(self, run: Run, now: float) -> None:
        # Contacts added to a list while the campaign runs are dialled too (contact_list_store.py).
        for name in run.list_names:
            new = self._contact_lists.contacts_from(run.account_id, run.bot_id, name, run.taken.get(name, 0))
            run.taken[name] = run.taken.get(name, 0) + len(new.rows)
            for row, added in zip(new.rows, new.added_at, strict=True):
                # Ready from when it joined the list (the run may catch up later), at the earliest the start.
                ready_at = max(run.started_at, min(_added_at(added, now), now))
                record = DialRecord(len(run.records), row, ready_at=ready_at)
                run.records.append(record)
                if run.by_dialing_id is not None:
                    run.by_dialing_id[run.dialing_id(record.position)] = record.position
                self._queue(run, record)

    def _attempt(self, run: Run, record: DialRecord, at: float, call_back: bool) -> PreCallRequest | None:
        record.callback_at = None
        record.ticket += 1  # taken up: no older entry of it stays valid
        if run.dnc_name is not None and self._contact_lists.has_phone(
            run.account_id, run.bot_id, run.dnc_name, phone_of(record.contact)
        ):
            record.done = record.excluded = True
            return None
        if run.campaign_type == "voice" and record.attempts == 0 and not record.done:
            config = self._pre_call.get(run.campaign_id)
            if config is not None:
                payload: dict[str, object] = {
                    "CampaignName": run.display_name,
                    "CampaignId": run.campaign_id,
                    "DialingId": run.dialing_id(record.position),
                    "contactData": unpack(record.contact),
                }
                request = PreCallRequest((run.campaign_id, run.instance_id), config, payload)
                run.pending = _Pending(request, record, at, call_back)
                return request
        self._dial(run, record, at, call_back)
        return None

    def _after_pre_call(self, run: Run, pending: _Pending) -> None:
        assert pending.answer is not None
        call, reason = pending.answer
        record = pending.record
        if call:
            self._dial(run, record, pending.at, pending.call_back)
        else:
            record.done, record.outcome, record.detail = True, "skipped", reason
            self._show(run, record)
            self._queue(run, record)  # a call-back booked while the partner thought stays booked

    def _dial(self, run: Run, record: DialRecord, at: float, call_back: bool) -> None:
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
        run.calls += 1
        if record.outcome == "sent":
            run.messages_sent += 1
        self._show(run, record)
        self._queue(run, record)

    @staticmethod
    def _show(run: Run, record: DialRecord) -> None:
        if not record.shown:
            record.shown = True
            bisect.insort(run.shown, record.position)

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
                stored.status = transition(stored.status, "complete", "campaignId")
                stored.updated_at = stored.instance_updated_at = iso_timestamp(now)

        self._store.change(run.account_id, run.bot_id, run.campaign_id, apply)


def _added_at(created_at: str, default: float) -> float:
    try:
        return datetime.fromisoformat(created_at.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return default
