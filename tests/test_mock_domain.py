"""The mock's domain layer (issue 33): rules without HTTP, one update rule for both doors, a stop that keeps
its run's outcomes, the pre-call webhook off the event loop, and indexes that answer as the scans did.
"""

from __future__ import annotations

import ast
import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from kore_campaigns_mock import (
    DEMO_ACCOUNT_ID,
    DEMO_BOT_ID,
    ManualClock,
    SimulationSettings,
    demo_app,
    lifecycle,
    samples,
)
from kore_campaigns_mock.background import serve_in_background
from kore_campaigns_mock.testing import (
    MockClient,
    auth_headers,
    list_path,
    mock_app,
    sms_start_path,
    sms_stop_path,
    status_path,
    typed_campaign_path,
    v2_campaigns_path,
    voice_trigger_path,
)

APP = demo_app()
BOT, ACCOUNT = DEMO_BOT_ID, DEMO_ACCOUNT_ID
PACKAGE = Path(lifecycle.__file__).parent
# Monday 2030-01-07, 9:00 AM in Asia/Kolkata: the samples' calling hours open.
WINDOW_OPENS = datetime(2030, 1, 7, 3, 30, tzinfo=UTC).timestamp()
LISTS = f"/campaign/api/v2/public/{BOT}/campaign/contactList"
ADD_CONTACTS = f"/api/1.1/public/{BOT}/campaign/contactList/addContacts"
V1 = f"/agentassist/api/v1/public/{BOT}/campaign"
V1_TRIGGER = f"/campaign/api/v1/public/{BOT}/campaign"

# ---- the layers ------------------------------------------------------------------------------------------

# State, rules, time and outcomes: never HTTP (Starlette, uvicorn, httpx) and never a route module.
DOMAIN = {
    "auth", "campaign_service", "clock", "config", "contact_list_store", "errors", "lifecycle", "limits",
    "ratelimit", "rules", "service", "simulation", "store", "validation", "views",
}  # fmt: skip
ROUTE_MODULES = {"admin", "campaigns", "contact_lists", "schedules", "v1"}
HTTP_LIBRARIES = ("starlette", "uvicorn", "httpx", "h11", "anyio")


def imports_of(module: str) -> set[str]:
    """The modules `module` imports, package-relative names resolved ("kore_campaigns_mock.x" -> "x")."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                found.add(node.module or "")
            elif node.module:
                found.add(node.module)
            else:  # from . import a, b
                found |= {alias.name for alias in node.names}
    return {name.removeprefix("kore_campaigns_mock.") for name in found}


def test_the_domain_imports_no_http_and_no_route_module() -> None:
    for module in sorted(DOMAIN):
        imported = imports_of(module)
        own = {name for name in imported if (PACKAGE / f"{name}.py").exists()}
        assert own <= DOMAIN, f"{module} imports {sorted(own - DOMAIN)}, outside the domain"
        http = sorted(name for name in imported if name.split(".")[0] in HTTP_LIBRARIES)
        assert not http, f"{module} imports {http}"


def test_route_modules_use_no_private_name_of_another_module() -> None:
    for module in sorted(ROUTE_MODULES | {"app", "http_api"}):
        tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level:
                private = [alias.name for alias in node.names if alias.name.startswith("_")]
                assert not private, f"{module} imports {private} from .{node.module}"
            named = isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
            if named and node.value.id in ROUTE_MODULES | DOMAIN and node.attr.startswith("_"):  # type: ignore[attr-defined]
                raise AssertionError(f"{module} uses {node.value.id}.{node.attr}")  # type: ignore[attr-defined]


# ---- a small world ---------------------------------------------------------------------------------------


def phones(count: int, first: int = 0) -> list[str]:
    return [f"+9198765{index:05d}" for index in range(first, first + count)]


class Mock:
    def __init__(self, app: Any) -> None:
        self.app = app
        self.client = MockClient(app)

    def request(self, method: str, path: str, body: Any = None) -> dict[str, Any]:
        response = self.client.request(method, path, json=body, headers=auth_headers(APP))
        assert response.status_code == 200, response.text
        answer: dict[str, Any] = response.json()
        return answer

    def contact_list(self, name: str, numbers: list[str]) -> None:
        body = {"name": name, "description": name, "source": "passiveApi", "allowDuplicates": True}
        self.request("POST", f"{LISTS}/createContactList?accountId={ACCOUNT}", body)
        data = [{"phoneNumber": number, "firstName": f"Contact {number[-2:]}"} for number in numbers]
        if data:
            self.request("POST", ADD_CONTACTS, {"contact_list_name": name, "data": data})

    def voice(self, name: str, list_name: str, **fields: Any) -> str:
        body = {**samples.voice_campaign_agentless_v2(), "name": name, "contactLists": [list_name], **fields}
        campaign_id: str = self.request("POST", v2_campaigns_path(BOT, ACCOUNT, "voice"), body)["data"]["id"]
        return campaign_id

    def sms(self, name: str, list_name: str) -> str:
        body = {**samples.sms_campaign_without_template(), "name": name, "contactLists": [list_name]}
        body.pop("dncLists", None)
        campaign_id: str = self.request("POST", v2_campaigns_path(BOT, ACCOUNT, "sms"), body)["data"]["_id"]
        return campaign_id

    def advance(self, seconds: int) -> None:
        assert self.client.post("/_mock/clock/advance", json={"seconds": seconds}).status_code == 200

    def detail(self, campaign_id: str) -> dict[str, Any]:
        data: dict[str, Any] = self.request(
            "GET", f"/campaign/api/v2/public/{BOT}/campaign/{campaign_id}?accountId={ACCOUNT}"
        )["data"]
        return data


def new_mock(**settings: Any) -> Mock:
    simulation = SimulationSettings(**settings) if settings else None
    return Mock(
        mock_app(dialling=True, rate_limit_per_minute=0, clock=ManualClock(WINDOW_OPENS), simulation=simulation)
    )


# ---- stop keeps the run's outcomes -----------------------------------------------------------------------


def voice_outcomes(mock: Mock, campaign_id: str, door: str) -> dict[str, Any]:
    path = (
        f"{V1}/{campaign_id}/status?view=contacts"
        if door == "v1"
        else status_path(BOT, campaign_id, ACCOUNT, "contacts")
    )
    data: dict[str, Any] = mock.request("POST", path, {"page": 1, "limit": 100})["data"]
    return data


def messages_sent(mock: Mock, door: str) -> list[int]:
    path = f"{V1}/getAllCampaignDetails" if door == "v1" else list_path(BOT, ACCOUNT)
    return [item["totalMessagesSent"] for item in mock.request("POST", path, {"type": "sms"})["data"]["results"]]


@pytest.mark.parametrize("door", ["v1", "v2"])
def test_stopping_a_voice_campaign_keeps_its_runs_outcomes(door: str) -> None:
    mock = new_mock(voice_outcomes={"no_answer": 1})
    mock.contact_list("Dial list", phones(20))
    campaign_id = mock.voice("Keeps its outcomes", "Dial list")
    mock.request("POST", voice_trigger_path(BOT, campaign_id, ACCOUNT, "play"), {})
    mock.advance(15 * 60)
    before = voice_outcomes(mock, campaign_id, door)
    # One call a minute from 9:00; the first ten are retried from 9:10, ten minutes (the sample's period) on.
    assert before["totalResults"] == 10 and sum(r["numberOfAttemptsSoFar"] for r in before["results"]) == 16
    if door == "v1":
        stopped = mock.request("POST", f"{V1_TRIGGER}/{campaign_id}?campaignType=voice&trigger=stop", {})
    else:
        stopped = mock.request("POST", voice_trigger_path(BOT, campaign_id, ACCOUNT, "stop"), {})
    assert stopped["status"] == "Stopped"
    assert voice_outcomes(mock, campaign_id, door) == before
    mock.advance(3 * 24 * 3600)  # nothing more is dialled, nothing is forgotten
    assert voice_outcomes(mock, campaign_id, door) == before
    assert mock.detail(campaign_id)["status"] == "Stopped"


@pytest.mark.parametrize("door", ["v1", "v2"])
def test_stopping_an_sms_campaign_keeps_its_messages_sent(door: str) -> None:
    mock = new_mock(sms_outcomes={"sent": 1}, message_seconds=60)
    mock.contact_list("Texts", phones(10))
    campaign_id = mock.sms("Keeps its count", "Texts")
    mock.request("POST", sms_start_path(BOT, campaign_id), {})
    mock.advance(4 * 60)
    assert messages_sent(mock, door) == [5]
    if door == "v1":
        mock.request("POST", f"{V1_TRIGGER}/{campaign_id}?campaignType=sms&trigger=stop", {})
    else:
        mock.request("POST", sms_stop_path(BOT, campaign_id, ACCOUNT), {})
    mock.advance(3 * 24 * 3600)
    assert messages_sent(mock, door) == [5]


# ---- one update rule -------------------------------------------------------------------------------------


def test_v1_and_v2_updates_agree_on_what_they_keep() -> None:
    mock = new_mock()
    mock.contact_list("Dial list", phones(2))
    created = {"dncLists": {"name": "DNC CL Dec 4"}, "enableMachineDetect": "detect"}
    through_v1 = mock.voice("Updated through v1", "Dial list", **created)
    through_v2 = mock.voice("Updated through v2", "Dial list", **created)
    # The same change through each door: v1 sends its required boolean and cannot name a DNC list; v2 names
    # the list (required there) and cannot set machine detection (not on its update page).
    v1_body = {**samples.voice_campaign(), "name": "Updated through v1", "contactLists": ["Dial list"]}
    v1_body.update(enableMachineDetect=True, description="Changed")
    v2_body = {**samples.voice_campaign_update(), "name": "Updated through v2", "contactLists": ["Dial list"]}
    v2_body.update(description="Changed", dncLists={"name": "DNC CL Dec 4"})
    v2_body["dialingStrategy"] = v1_body["dialingStrategy"]
    v2_body["experienceFlowName"] = v1_body["experienceFlowName"]
    mock.request("PUT", f"{V1}/{through_v1}?campaignType=voice", v1_body)
    mock.request("PUT", typed_campaign_path(BOT, through_v2, ACCOUNT, "voice"), v2_body)

    def configuration(campaign_id: str) -> dict[str, Any]:
        detail = mock.detail(campaign_id)
        return {
            key: value for key, value in detail.items() if key not in ("_id", "name", "lname", "createdAt", "updatedAt")
        }

    one, other = configuration(through_v1), configuration(through_v2)
    assert one == other
    assert one["enableMachineDetect"] is True and one["dncLists"]["name"] == "DNC CL Dec 4"
    assert one["description"] == "Changed"


def test_an_sms_update_through_either_door_replaces_the_dnc_list_alike() -> None:
    # Both SMS update bodies carry dncLists (optional): left out, the campaign has none afterwards, as the
    # update-sms-campaign-v2 sample answers; sent, it is the one named.
    mock = new_mock()
    mock.contact_list("Texts", phones(2))
    for door in ("v1", "v2"):
        body = {**samples.sms_campaign_without_template(), "name": f"Through {door}", "contactLists": ["Texts"]}
        campaign_id: str = mock.request("POST", v2_campaigns_path(BOT, ACCOUNT, "sms"), body)["data"]["_id"]
        assert mock.detail(campaign_id)["dncLists"]["name"] == body["dncLists"]["name"]
        path = (
            f"{V1}/{campaign_id}?campaignType=sms"
            if door == "v1"
            else typed_campaign_path(BOT, campaign_id, ACCOUNT, "sms")
        )
        update = {**samples.sms_campaign_update(), "name": f"Through {door}", "contactLists": ["Texts"]}
        mock.request("PUT", path, {**update, "dncLists": {"name": "testdnc"}})
        assert mock.detail(campaign_id)["dncLists"]["name"] == "testdnc"
        mock.request("PUT", path, update)
        assert "dncLists" not in mock.detail(campaign_id)


# ---- the pre-call webhook off the event loop -------------------------------------------------------------


class SlowReceiver(ThreadingHTTPServer):
    """A partner whose receiver holds each pre-call fetch until the test releases it."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), SlowHandler)
        self.asked = threading.Event()
        self.release = threading.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/validate-contact"


class SlowHandler(BaseHTTPRequestHandler):
    server: SlowReceiver

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        self.server.asked.set()
        self.server.release.wait(120)
        encoded = json.dumps({"contactHandling": {"handle": "CALL", "reason": "partner said so"}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(encoded)))
        self.end_headers()
        self.wfile.write(encoded)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def slow_receiver() -> Iterator[SlowReceiver]:
    server = SlowReceiver()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()
    thread.join()


def test_other_requests_are_answered_while_a_pre_call_receiver_thinks(slow_receiver: SlowReceiver) -> None:
    # The mock's own timeout is long, so only the receiver's release ends the wait, however loaded the machine.
    settings = SimulationSettings(voice_outcomes={"answered": 1}, pre_call_timeout=300)
    app = mock_app(dialling=True, rate_limit_per_minute=0, clock=ManualClock(WINDOW_OPENS), simulation=settings)
    mock = Mock(app)
    mock.contact_list("Dial list", phones(1))
    campaign_id = mock.voice("Waits for its partner", "Dial list")
    other_id = mock.voice("Another campaign", "Dial list")
    assert (
        mock.client.put(f"/_mock/campaigns/{campaign_id}/pre-call-fetch", json={"url": slow_receiver.url}).status_code
        == 200
    )
    with serve_in_background(app) as base_url, httpx.Client(base_url=base_url, timeout=60) as client:
        started: dict[str, Any] = {}

        def start() -> None:
            path = voice_trigger_path(BOT, campaign_id, ACCOUNT, "play")
            started["response"] = client.post(path, json={}, headers=auth_headers(APP))

        starting = threading.Thread(target=start)
        starting.start()
        assert slow_receiver.asked.wait(60), "the mock never asked the receiver"
        # The receiver is thinking and the start request waits for it; every other request is served meanwhile.
        with httpx.Client(base_url=base_url, timeout=60) as other:
            answers = [
                other.get(
                    f"/campaign/api/v2/public/{BOT}/campaign/{other_id}?accountId={ACCOUNT}", headers=auth_headers(APP)
                ),
                other.post(status_path(BOT, campaign_id, ACCOUNT, "contacts"), json={}, headers=auth_headers(APP)),
                other.get("/_mock/clock"),
            ]
            still_waiting = starting.is_alive() and not slow_receiver.release.is_set()
        assert [answer.status_code for answer in answers] == [200, 200, 200]
        assert still_waiting, "the other requests were answered only after the receiver did"
        assert answers[1].json()["data"]["totalResults"] == 0  # its contact waits for the partner's answer
        slow_receiver.release.set()
        starting.join(60)
        assert started["response"].status_code == 200
        [record] = client.post(
            status_path(BOT, campaign_id, ACCOUNT, "contacts"), json={}, headers=auth_headers(APP)
        ).json()["data"]["results"]
        assert (record["numberOfAttemptsSoFar"], record["dialerOutcome"]) == (1, "completed")


# ---- indexes answer as the scans did -------------------------------------------------------------------


def test_the_default_listing_pages_as_a_full_sort_would() -> None:
    """Newest first (ties in creation order) from the index, against the same order from the scan that a
    filter keeping every campaign takes."""
    mock = new_mock()
    mock.contact_list("Dial list", [])
    ids = []
    for index in range(23):
        ids.append(mock.voice(f"Campaign {index:02d}", "Dial list"))
        if index % 4 == 3:
            mock.advance(60)  # several campaigns share each createdAt
    for gone in (ids[2], ids[9], ids[22]):
        mock.request("DELETE", typed_campaign_path(BOT, gone, ACCOUNT, "voice"))
    every_status = {"status": list(lifecycle.STATUSES)}
    for direction in ("desc", "asc"):
        for skip, limit in ((0, 50), (0, 7), (7, 7), (14, 7), (18, 5), (25, 5)):
            query = {"type": "voice", "skip": skip, "limit": limit, "sortBy": {"createdAt": direction}}
            indexed = mock.request("POST", list_path(BOT, ACCOUNT), query)["data"]
            scanned = mock.request("POST", list_path(BOT, ACCOUNT), {**query, "filters": every_status})["data"]
            assert indexed == scanned
            assert indexed["totalResults"] == 20
    newest = mock.request("POST", list_path(BOT, ACCOUNT), {"type": "voice", "limit": 3})["data"]["results"]
    # Newest createdAt first; campaigns created at the same instant in the order they were made.
    assert [item["name"] for item in newest] == ["Campaign 20", "Campaign 21", "Campaign 16"]


def test_a_contact_keeps_its_id_and_the_time_it_was_added() -> None:
    mock = new_mock()
    mock.contact_list("Two batches", phones(3))
    mock.advance(3600)
    mock.request(
        "POST", ADD_CONTACTS, {"contact_list_name": "Two batches", "data": [{"phoneNumber": p} for p in phones(2, 3)]}
    )
    list_id = mock.request("POST", f"{LISTS}/getAllListDetails?accountId={ACCOUNT}")["data"][0]["_id"]
    page = f"{LISTS}/{list_id}/getAllContacts?accountId={ACCOUNT}&limit=100"
    first, again = mock.request("GET", page)["data"]["results"], mock.request("GET", page)["data"]["results"]
    assert first == again and len({contact["_id"] for contact in first}) == 5
    assert [contact["phoneNumber"] for contact in first] == phones(5)
    times = [contact["createdAt"] for contact in first]
    assert times[:3] == [times[0]] * 3 and times[3:] == [times[3]] * 2 and times[0] < times[3]
    assert first[0]["firstName"] == "Contact 00" and "firstName" not in first[3]
    middle = mock.request("GET", f"{LISTS}/{list_id}/getAllContacts?accountId={ACCOUNT}&skip=2&limit=2")["data"]
    assert middle["results"] == first[2:4] and middle["hasMore"] is True and middle["totalResults"] == 5


def test_which_campaigns_use_a_list_follows_their_updates_and_deletes() -> None:
    mock = new_mock()
    mock.contact_list("List A", phones(1))
    mock.contact_list("List B", phones(1, 1))
    lists = {
        item["name"]: item["_id"]
        for item in mock.request("POST", f"{LISTS}/getAllListDetails?accountId={ACCOUNT}")["data"]
    }

    def in_use(name: str) -> list[str]:
        data = mock.request("GET", f"{LISTS}/{lists[name]}?accountId={ACCOUNT}")["data"]
        return [campaign["name"] for campaign in data["campaignInUse"]]

    def rename(name: str) -> int:
        path = f"{LISTS}/{lists[name]}?accountId={ACCOUNT}"
        response = mock.client.put(path, json={"name": f"{name} renamed"}, headers=auth_headers(APP))
        if response.status_code == 200:  # put the name back for the next question
            mock.client.put(path, json={"name": name}, headers=auth_headers(APP))
        return response.status_code

    first = mock.voice("First", "List A", dncLists={"name": "List B"})
    mock.voice("Second", "List A", dncLists={"name": "DNC CL Dec 4"})
    assert (in_use("List A"), in_use("List B")) == (["First", "Second"], ["First"])
    assert (rename("List A"), rename("List B")) == (409, 409)
    update = {
        **samples.voice_campaign_update(),
        "name": "First",
        "contactLists": ["List B"],
        "dncLists": {"name": "List B"},
    }
    mock.request("PUT", typed_campaign_path(BOT, first, ACCOUNT, "voice"), update)
    assert (in_use("List A"), in_use("List B")) == (["Second"], ["First"])
    mock.request("DELETE", typed_campaign_path(BOT, first, ACCOUNT, "voice"))
    assert (in_use("List A"), in_use("List B")) == (["Second"], [])
    assert (rename("List A"), rename("List B")) == (409, 200)
