"""The mock's dialler on a manual clock: started campaigns work through their contacts, retry, call back, stop,
ask the pre-call fetch URL, complete, and repeat exactly with the same seed.

Time moves only through POST /_mock/clock/advance, so every assertion is about a known instant. The clock
starts on Monday 2030-01-07 at 00:00 UTC; the docs' sample calling hours (Mon-Fri 9:00 AM - 6:00 PM,
Asia/Kolkata) are 03:30-12:30 UTC.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from kore_campaigns_client.models import (
    PreCallContactHandling,
    PreCallDetailedContactData,
    PreCallFetchRequest,
    PreCallFetchResponse,
    PreCallHandle,
)
from kore_campaigns_mock import (
    DEMO_ACCOUNT_ID,
    DEMO_BOT_ID,
    ManualClock,
    RealClock,
    SimulationSettings,
    demo_app,
    samples,
)
from kore_campaigns_mock.__main__ import build_parser
from kore_campaigns_mock.testing import (
    MockClient,
    assert_error,
    auth_headers,
    callback_path,
    list_path,
    mock_app,
    sms_start_path,
    status_path,
    v2_campaigns_path,
    voice_trigger_path,
)

APP = demo_app()
MONDAY = datetime(2030, 1, 7, tzinfo=UTC).timestamp()
WINDOW_OPENS = MONDAY + 3.5 * 3600  # 9:00 AM in Asia/Kolkata
CONTACT_LISTS = "/campaign/api/v2/public/{bot}/campaign/contactList/createContactList?accountId={account}"
ADD_CONTACTS = f"/api/1.1/public/{DEMO_BOT_ID}/campaign/contactList/addContacts"


def phones(count: int, first: int = 0) -> list[str]:
    return [f"+9198765{index:05d}" for index in range(first, first + count)]


class Mock:
    """A mock on a manual clock, driven through its API and its /_mock/ routes."""

    def __init__(
        self,
        seed: int = 0,
        start: float = MONDAY,
        dialling: bool = True,
        sms_outcomes: dict[str, float] | None = None,
        **weights: float,
    ) -> None:
        settings = SimulationSettings(seed=seed, dialling=dialling)
        if weights:
            settings = SimulationSettings(seed=seed, dialling=dialling, voice_outcomes=weights)
        if sms_outcomes:
            settings = SimulationSettings(seed=seed, dialling=dialling, sms_outcomes=sms_outcomes)
        self.client = MockClient(
            mock_app(dialling=dialling, rate_limit_per_minute=0, clock=ManualClock(start), simulation=settings)
        )

    def post(self, path: str, body: Any) -> dict[str, Any]:
        response = self.client.post(path, json=body, headers=auth_headers(APP))
        assert response.status_code == 200, response.text
        answer: dict[str, Any] = response.json()
        return answer

    def contact_list(self, name: str, numbers: list[str]) -> None:
        path = CONTACT_LISTS.format(bot=DEMO_BOT_ID, account=DEMO_ACCOUNT_ID)
        self.post(path, {"name": name, "description": name, "source": "passiveApi", "allowDuplicates": True})
        if numbers:
            data = [{"phoneNumber": number, "firstName": f"Contact {number[-2:]}"} for number in numbers]
            self.post(ADD_CONTACTS, {"contact_list_name": name, "data": data})

    def voice_campaign(self, numbers: list[str], dnc: list[str] = (), **strategy: Any) -> str:  # type: ignore[assignment]
        self.contact_list("Dial list", numbers)
        self.contact_list("Do not call", list(dnc))
        body = samples.voice_campaign_agentless_v2()
        body.update(name="Simulated", contactLists=["Dial list"], dncLists={"name": "Do not call"})
        body["dialingStrategy"].update(strategy)
        campaign_id: str = self.post(v2_campaigns_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID, "voice"), body)["data"]["id"]
        return campaign_id

    def trigger(self, campaign_id: str, trigger: str) -> dict[str, Any]:
        return self.post(voice_trigger_path(DEMO_BOT_ID, campaign_id, DEMO_ACCOUNT_ID, trigger), {})

    def advance(self, seconds: float) -> None:
        response = self.client.post("/_mock/clock/advance", json={"seconds": seconds})
        assert response.status_code == 200, response.text

    def advance_to(self, moment: float) -> None:
        self.advance(int(moment - self.now()))

    def now(self) -> float:
        seconds: float = self.client.get("/_mock/clock").json()["epochSeconds"]
        return seconds

    def status(self, campaign_id: str) -> dict[str, Any]:
        data: dict[str, Any] = self.post(status_path(DEMO_BOT_ID, campaign_id, DEMO_ACCOUNT_ID), {})["data"]
        return data

    def contacts(self, campaign_id: str, page: int = 1, limit: int = 100) -> dict[str, Any]:
        path = status_path(DEMO_BOT_ID, campaign_id, DEMO_ACCOUNT_ID, "contacts")
        data: dict[str, Any] = self.post(path, {"page": page, "limit": limit})["data"]
        return data

    def attempts(self, campaign_id: str) -> dict[str, int]:
        return {r["phoneNumber"]: r["numberOfAttemptsSoFar"] for r in self.contacts(campaign_id)["results"]}


def test_twenty_contacts_are_dialled_inside_their_window_and_the_campaign_completes() -> None:
    mock = Mock()
    campaign_id = mock.voice_campaign(phones(20))
    assert mock.trigger(campaign_id, "play")["status"] == "Active"
    # Started before the window: nobody is called until 9:00 AM in the campaign's zone.
    mock.advance_to(WINDOW_OPENS - 1)
    assert mock.contacts(campaign_id)["totalResults"] == 0
    # The status page's three fields, and no more: the run's counters are documented elsewhere.
    assert mock.status(campaign_id) == {"id": campaign_id, "status": "Active", "name": "Simulated"}
    mock.advance(1)
    assert mock.attempts(campaign_id) == {phones(1)[0]: 1}  # FIFO: the first contact, at the opening
    mock.advance(24 * 3600)
    status = mock.status(campaign_id)
    assert status["status"] == "Completed"

    pages = [mock.contacts(campaign_id, page, limit=7) for page in (1, 2, 3, 4)]
    assert [len(page["results"]) for page in pages] == [7, 7, 6, 0]
    assert all(page["totalResults"] == 20 and page["totalPages"] == 3 and page["limit"] == 7 for page in pages)
    records = [record for page in pages for record in page["results"]]
    assert sorted(record["phoneNumber"] for record in records) == phones(20)
    for record in records:
        assert record["dialerOutcome"] in {"completed", "noAnswer", "busy", "failed"}, record
        assert 1 <= record["numberOfAttemptsSoFar"] <= 3
        # Only a contact that was never answered used every attempt.
        if record["dialerOutcome"] != "completed":
            assert record["numberOfAttemptsSoFar"] == 3, record
        assert (record["botSessionId"] != "") == (record["dialerOutcome"] == "completed")
    assert set(status) == {"id", "status", "name"}
    # Machine detection is "no" in this campaign: no record says a machine was detected.
    assert {"completed", "noAnswer"} <= {record["dialerOutcome"] for record in records}


def test_without_dialling_a_started_campaign_stays_active_until_stopped() -> None:
    # What the contract fuzzer runs against: its hooks start a campaign and then stop it.
    mock = Mock(start=WINDOW_OPENS, dialling=False)
    campaign_id = mock.voice_campaign(phones(3), dnc=phones(3))  # dialling would exclude all three at once
    mock.trigger(campaign_id, "play")
    mock.advance(7 * 24 * 3600)
    assert mock.status(campaign_id)["status"] == "Active"
    assert mock.contacts(campaign_id)["totalResults"] == 0
    assert mock.trigger(campaign_id, "stop")["status"] == "Stopped"


def test_retries_are_spaced_by_the_retry_period_up_to_max_attempts() -> None:
    mock = Mock(start=WINDOW_OPENS, no_answer=1)
    campaign_id = mock.voice_campaign(phones(1), maxAttemptsPerRecord=3, defaultRetryPeriod=10)
    mock.trigger(campaign_id, "play")
    assert mock.attempts(campaign_id) == {phones(1)[0]: 1}
    assert mock.contacts(campaign_id)["results"][0]["dialerOutcome"] == ""  # in progress: blank
    for attempts in (2, 3):
        mock.advance(599)
        assert mock.attempts(campaign_id) == {phones(1)[0]: attempts - 1}
        mock.advance(1)
        assert mock.attempts(campaign_id) == {phones(1)[0]: attempts}
    mock.advance(7 * 24 * 3600)
    [record] = mock.contacts(campaign_id)["results"]
    assert (record["numberOfAttemptsSoFar"], record["dialerOutcome"]) == (3, "noAnswer")
    assert mock.status(campaign_id)["status"] == "Completed"


def test_a_retry_due_after_the_window_closes_waits_for_the_next_one() -> None:
    # Window closes at 12:30 UTC; the first attempt at 12:25, its retry due at 12:35, made at 03:30 Tuesday.
    mock = Mock(start=MONDAY + 12 * 3600 + 25 * 60, no_answer=1)
    campaign_id = mock.voice_campaign(phones(1), maxAttemptsPerRecord=2, defaultRetryPeriod=10)
    mock.trigger(campaign_id, "play")
    mock.advance_to(MONDAY + 86400 + 3.5 * 3600 - 1)
    assert mock.attempts(campaign_id) == {phones(1)[0]: 1}
    mock.advance(1)
    assert mock.attempts(campaign_id) == {phones(1)[0]: 2}


def test_stop_halts_dialling_and_keeps_the_records() -> None:
    mock = Mock(start=WINDOW_OPENS)
    campaign_id = mock.voice_campaign(phones(20))
    mock.trigger(campaign_id, "play")
    mock.advance(5 * 60)
    before = mock.attempts(campaign_id)
    assert sum(before.values()) == 6  # one call a minute: at 0, 1, ... 5 minutes
    assert mock.trigger(campaign_id, "stop")["status"] == "Stopped"
    mock.advance(3 * 24 * 3600)
    assert mock.attempts(campaign_id) == before
    assert mock.status(campaign_id)["status"] == "Stopped"


def test_a_call_back_is_dialled_at_its_time() -> None:
    mock = Mock(start=WINDOW_OPENS, answered=1)
    campaign_id = mock.voice_campaign(phones(2))
    instance_id = mock.trigger(campaign_id, "play")["campaignInstanceId"]
    [first] = mock.contacts(campaign_id)["results"]
    assert first["dialerOutcome"] == "completed"
    at = WINDOW_OPENS + 2 * 3600
    booking = [{"campaignDialingListId": first["campaignDialingListId"],
                "timeToContact": datetime.fromtimestamp(at, UTC).isoformat().replace("+00:00", "Z")}]  # fmt: skip
    assert mock.post(callback_path(DEMO_BOT_ID, instance_id), booking)["data"][0]["status"] == "success"
    mock.advance_to(at - 1)
    assert mock.attempts(campaign_id) == {phones(2)[0]: 1, phones(2)[1]: 1}
    assert mock.status(campaign_id)["status"] == "Active"  # the call-back is still to come
    mock.advance(1)
    assert mock.attempts(campaign_id) == {phones(2)[0]: 2, phones(2)[1]: 1}
    assert mock.status(campaign_id)["status"] == "Active"  # on the call
    mock.advance(60)  # a call takes a minute: the campaign completes when the last one ends
    assert mock.status(campaign_id)["status"] == "Completed"


def test_dnc_numbers_are_never_dialled_and_lifo_dials_the_last_contact_first() -> None:
    mock = Mock(start=WINDOW_OPENS, answered=1)
    numbers = phones(4)
    campaign_id = mock.voice_campaign(numbers, dnc=[numbers[1]], dialingOrder="LIFO")
    mock.trigger(campaign_id, "play")
    assert mock.attempts(campaign_id) == {numbers[3]: 1}
    mock.advance(3600)
    assert mock.attempts(campaign_id) == {numbers[0]: 1, numbers[2]: 1, numbers[3]: 1}
    assert mock.status(campaign_id)["status"] == "Completed"


def test_contacts_added_while_running_are_dialled_and_an_empty_run_waits_for_them() -> None:
    mock = Mock(start=WINDOW_OPENS, answered=1)
    campaign_id = mock.voice_campaign([])
    mock.trigger(campaign_id, "play")
    mock.advance(3600)
    assert mock.status(campaign_id)["status"] == "Active"
    mock.post(ADD_CONTACTS, {"contact_list_name": "Dial list", "data": [{"phoneNumber": phones(1)[0]}]})
    mock.advance(120)
    assert mock.attempts(campaign_id) == {phones(1)[0]: 1}
    assert mock.status(campaign_id)["status"] == "Completed"


def test_machine_detection_reports_machines_only_where_it_is_on() -> None:
    mock = Mock(start=WINDOW_OPENS, machine_detected=1)
    campaign_id = mock.voice_campaign(phones(1))
    mock.trigger(campaign_id, "play")
    assert mock.contacts(campaign_id)["results"][0]["dialerOutcome"] == "completed"  # "no": answered

    detecting = Mock(start=WINDOW_OPENS, machine_detected=1)
    detecting.contact_list("Dial list", phones(1))
    body = samples.voice_campaign_agentless_v2()
    body.update(name="Detects", contactLists=["Dial list"], enableMachineDetect="detect")
    campaign_id = detecting.post(v2_campaigns_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID, "voice"), body)["data"]["id"]
    detecting.trigger(campaign_id, "play")
    assert detecting.contacts(campaign_id)["results"][0]["dialerOutcome"] == "machineDetected"


def run_to_completion(seed: int) -> list[tuple[str, str, int, str]]:
    mock = Mock(seed=seed, start=WINDOW_OPENS)
    campaign_id = mock.voice_campaign(phones(20))
    mock.trigger(campaign_id, "play")
    mock.advance(7 * 24 * 3600)
    assert mock.status(campaign_id)["status"] == "Completed"
    records = mock.contacts(campaign_id)["results"]
    fields = ("phoneNumber", "dialerOutcome", "numberOfAttemptsSoFar", "botSessionId")
    return [tuple(record[key] for key in fields) for record in records]


def test_the_same_seed_gives_the_same_outcomes() -> None:
    first, again, other = run_to_completion(7), run_to_completion(7), run_to_completion(8)
    assert first == again
    assert first != other
    assert len({outcome for _, outcome, _, _ in first}) > 1  # not one outcome for everyone


def test_an_sms_campaign_sends_its_messages_and_counts_them() -> None:
    mock = Mock(start=WINDOW_OPENS, sms_outcomes={"sent": 1})
    mock.contact_list("Texts", phones(5))
    body = {**samples.sms_campaign_without_template(), "name": "Texts", "contactLists": ["Texts"]}
    body.pop("dncLists", None)
    campaign_id = mock.post(v2_campaigns_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID, "sms"), body)["data"]["_id"]
    mock.post(sms_start_path(DEMO_BOT_ID, campaign_id), {})
    listed = mock.post(list_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID), {"type": "sms"})["data"]["results"]
    assert [item["totalMessagesSent"] for item in listed] == [1]  # the first message, at the window's opening
    mock.advance(60)
    assert mock.status(campaign_id) == {"id": campaign_id, "status": "Completed", "name": "Texts"}
    # The count of an SMS run is get-all-campaigns-v2's totalMessagesSent...
    listed = mock.post(list_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID), {"type": "sms"})["data"]["results"]
    assert [item["totalMessagesSent"] for item in listed] == [5]
    # ...and the contacts view, documented for voice campaigns only, shows no invented SMS records.
    assert mock.contacts(campaign_id) == {"results": [], "page": 1, "limit": 100, "totalPages": 0, "totalResults": 0}


# --- the pre-call fetch, with a real receiver on loopback -----------------------------------------------------


class Receiver(ThreadingHTTPServer):
    """A partner endpoint: answers SKIP for the numbers in `skip`, CALL otherwise, and keeps what it got."""

    def __init__(self, skip: set[str]) -> None:
        super().__init__(("127.0.0.1", 0), ReceiverHandler)
        self.skip = skip
        self.received: list[tuple[dict[str, str], dict[str, Any]]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/validate-contact"


class ReceiverHandler(BaseHTTPRequestHandler):
    server: Receiver

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.received.append((dict(self.headers), body))
        # A receiver written with the client's typed webhook models (openapi.yaml webhooks.preCallContactFetch).
        contact = PreCallFetchRequest.from_dict(body)
        handle: PreCallHandle = "SKIP" if contact.contact_data.phone_number in self.server.skip else "CALL"
        answer = PreCallFetchResponse(
            contact_handling=PreCallContactHandling(handle=handle, reason="partner said so"),
            detailed_contact_data=PreCallDetailedContactData(risk_score="Medium"),
        )
        encoded = json.dumps(answer.to_dict()).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(encoded)))
        self.end_headers()
        self.wfile.write(encoded)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver(skip={phones(3)[1]})
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


def test_a_pre_call_answer_to_skip_skips_that_contact(receiver: Receiver) -> None:
    mock = Mock(start=WINDOW_OPENS, answered=1)
    numbers = phones(3)
    campaign_id = mock.voice_campaign(numbers)
    config = {"url": receiver.url, "headers": {"X-Api-Key": "partner-key"}}
    answer = mock.client.put(f"/_mock/campaigns/{campaign_id}/pre-call-fetch", json=config)
    assert answer.json() == {"campaignId": campaign_id, "url": receiver.url, "headerNames": ["X-Api-Key"]}
    mock.trigger(campaign_id, "play")
    mock.advance(3600)

    assert mock.status(campaign_id)["status"] == "Completed"
    records = {record["phoneNumber"]: record for record in mock.contacts(campaign_id)["results"]}
    assert records[numbers[1]]["numberOfAttemptsSoFar"] == 0
    assert records[numbers[1]]["dialerOutcome"] == "skipped"
    assert records[numbers[1]]["botOutboundStatusDetail"] == "partner said so"
    assert [records[number]["numberOfAttemptsSoFar"] for number in (numbers[0], numbers[2])] == [1, 1]
    # Once per contact, before its dial, with the page's body and the configured header.
    assert [body["contactData"]["phoneNumber"] for _, body in receiver.received] == numbers
    headers, body = receiver.received[0]
    assert headers["X-Api-Key"] == "partner-key" and headers["Content-Type"] == "application/json"
    assert body == {
        "CampaignName": "Simulated",
        "CampaignId": campaign_id,
        "DialingId": records[numbers[0]]["campaignDialingListId"],
        "contactData": {"phoneNumber": numbers[0], "firstName": "Contact 00"},
    }


def test_an_unreachable_pre_call_url_skips_the_contact() -> None:
    mock = Mock(start=WINDOW_OPENS, answered=1)
    campaign_id = mock.voice_campaign(phones(1))
    with ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler) as closed:
        port = closed.server_address[1]  # bound, then closed: nothing listens there
    config = {"url": f"http://127.0.0.1:{port}/validate"}
    assert mock.client.put(f"/_mock/campaigns/{campaign_id}/pre-call-fetch", json=config).status_code == 200
    mock.trigger(campaign_id, "play")
    [record] = mock.contacts(campaign_id)["results"]
    assert (record["dialerOutcome"], record["numberOfAttemptsSoFar"]) == ("skipped", 0)
    assert record["botOutboundStatusDetail"].startswith("pre-call fetch failed")


# --- the /_mock/ routes -------------------------------------------------------------------------------------


def test_the_clock_routes_refuse_what_they_cannot_do() -> None:
    mock = Mock()
    assert_error(mock.client.post("/_mock/clock/advance", json={"seconds": -1}), 400, "seconds")
    assert_error(mock.client.post("/_mock/clock/advance", json={"seconds": "60"}), 400, "seconds")
    assert mock.now() == MONDAY
    fixed = MockClient(mock_app(dialling=False, clock=lambda: MONDAY))
    assert_error(fixed.post("/_mock/clock/advance", json={"seconds": 60}), 409, "seconds")
    assert fixed.get("/_mock/clock").json()["mode"] == "fixed"
    bad_url = {"url": "ftp://example.com/x"}
    assert_error(mock.client.put("/_mock/campaigns/cd-none/pre-call-fetch", json=bad_url), 400, "url")
    assert_error(mock.client.get("/_mock/campaigns/cd-none/pre-call-fetch"), 404, "campaignId")


def test_the_mock_routes_answer_only_loopback_callers() -> None:
    app = mock_app(dialling=False, clock=ManualClock(MONDAY))

    async def from_elsewhere() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, client=("203.0.113.7", 40000))
        async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
            return await client.post("/_mock/clock/advance", json={"seconds": 60})

    assert_error(asyncio.run(from_elsewhere()), 403)
    assert MockClient(app).get("/_mock/clock").json()["epochSeconds"] == MONDAY


def test_a_real_clock_runs_time_scale_simulated_seconds_per_real_second() -> None:
    wall = [1_000.0]
    clock = RealClock(time_scale=60, wall=lambda: wall[0])
    wall[0] += 2.5
    assert clock.now() == 1_000.0 + 150.0
    with pytest.raises(ValueError, match="time_scale"):
        RealClock(time_scale=0)


def test_the_command_line_chooses_the_clock_and_the_seed() -> None:
    args = build_parser().parse_args(["--clock", "manual", "--random-seed", "7"])
    assert (args.clock, args.random_seed, args.time_scale) == ("manual", 7, 1.0)
    assert build_parser().parse_args(["--time-scale", "60"]).time_scale == 60.0
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--time-scale", "0"])


def test_the_clock_cannot_be_moved_past_what_dates_can_show() -> None:
    mock = Mock(start=datetime(8995, 1, 1, tzinfo=UTC).timestamp())
    assert_error(mock.client.post("/_mock/clock/advance", json={"seconds": 10 * 366 * 86400}), 400, "seconds")
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--time-scale", "1e300"])
