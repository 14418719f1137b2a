"""The pre-call webhook kit (issue 34): the decision, the receiver toolkit, the trigger command and the mock.

Real loopback receivers answer CALL with fields, SKIP with a reason, 500, a malformed body, no `handle`,
a colliding field, a wrong `handle`, and one that never answers in time; `kore-campaigns webhooks
trigger` and the mock's dialler, both on those receivers, must decide alike.
"""

from __future__ import annotations

import hmac
import json
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import httpx
import kore_campaigns_precall as precall_decision
import pytest
import uvicorn
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from kore_campaigns import webhooks
from kore_campaigns.cli import main
from kore_campaigns.webhooks import Answer, NoAnswer, PreCallAnswer, PreCallRequest, decide
from kore_campaigns_client.models.pre_call_handle import PRE_CALL_HANDLE_VALUES
from kore_campaigns_mock import (
    DEMO_ACCOUNT_ID,
    DEMO_BOT_ID,
    ManualClock,
    SimulationSettings,
    demo_app,
    samples,
)
from kore_campaigns_mock.background import serve_in_background
from kore_campaigns_mock.testing import (
    MockClient,
    auth_headers,
    mock_app,
    status_path,
    v2_campaigns_path,
    voice_trigger_path,
)
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Mount, Route

from scripts.spec_facts import load

ROOT = Path(__file__).resolve().parent.parent
FACTS = load(ROOT / "openapi.yaml")
SPEC: dict[str, Any] = FACTS.document
PAGE = (ROOT.parent / "shared" / "docs" / "kore-pages" / "fetch-precall-contact.mdx").read_text(encoding="utf-8")
JSON = {"content-type": "application/json"}
API_KEY = "partner-key-7Qx"  # the campaign's configured header value: never printed
CONTACT = {"phoneNumber": "+919876500000", "firstName": "Contact 00"}
MONDAY_9AM_KOLKATA = datetime(2030, 1, 7, 3, 30, tzinfo=UTC).timestamp()  # inside the sample campaign's hours
CREATE_LIST = (
    f"/campaign/api/v2/public/{DEMO_BOT_ID}/campaign/contactList/createContactList?accountId={DEMO_ACCOUNT_ID}"
)
ADD_CONTACTS = f"/api/1.1/public/{DEMO_BOT_ID}/campaign/contactList/addContacts"


def docs_sample_answer() -> str:
    """The page's sample response, as published (not JSON: a trailing comma, a missing comma)."""
    return PAGE.split("```json expandable=true", 1)[1].split("```", 1)[0]


def docs_sample_request() -> str:
    return PAGE.split("--data '", 1)[1].split("'\n", 1)[0]


# --- the receivers ------------------------------------------------------------------------------------------

RECEIVER_ANSWERS: dict[str, tuple[int, bytes]] = {
    "call": (200, webhooks.call({"lastPaymentStatus": "Overdue", "riskScore": "Medium"}).body()),
    "skip": (200, webhooks.skip("Account closed").body()),
    "error": (500, b'{"error": "database down"}'),
    "malformed": (200, b'{"contactHandling": {"handle": "CALL",}}'),
    "no-handle": (200, b'{"contactHandling": {"reason": "forgot the handle"}}'),
    "collide": (200, webhooks.call({"firstName": "Someone else", "riskScore": "Low"}).body()),
    "lowercase": (200, b'{"contactHandling": {"handle": "call"}}'),
}


class Receivers(ThreadingHTTPServer):
    """A partner's endpoints on loopback: /<case> answers RECEIVER_ANSWERS[case]; /slow waits until released."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), ReceiverHandler)
        self.release = threading.Event()  # /slow answers only once the test is over: past any timeout
        self.received: list[tuple[str, dict[str, str], bytes]] = []

    def url(self, case: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/{case}"


class ReceiverHandler(BaseHTTPRequestHandler):
    server: Receivers

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        case = self.path.strip("/")
        self.server.received.append((case, dict(self.headers), body))
        if case == "slow":
            self.server.release.wait()  # set when the module's tests end: long after every caller gave up
            return
        status, answer = RECEIVER_ANSWERS[case]
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def receivers() -> Iterator[Receivers]:
    server = Receivers()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.release.set()
        server.shutdown()
        server.server_close()
        thread.join()


# What each receiver's answer must make the service do: handle, cause, exit status of the trigger command.
EXPECTED = {
    "call": ("CALL", "answer", 0),
    "skip": ("SKIP", "answer", 0),
    "error": ("SKIP", "status", 1),
    "malformed": ("SKIP", "malformedJson", 1),
    "no-handle": ("SKIP", "missingHandle", 1),
    "collide": ("CALL", "answer", 0),
    "lowercase": ("SKIP", "fieldMismatch", 1),
    "slow": ("SKIP", "timeout", 1),
}
SHORT_TIMEOUT = 0.5  # only /slow is given it; every other receiver gets a minute, so a busy machine cannot fail them


def trigger(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["--quiet", "webhooks", "trigger", *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def trigger_json(receivers: Receivers, case: str) -> tuple[int, dict[str, Any]]:
    timeout = SHORT_TIMEOUT if case == "slow" else 60.0
    code, out, err = trigger(
        receivers.url(case),
        "--header",
        f"X-Api-Key: {API_KEY}",
        "--contact",
        json.dumps(CONTACT),
        "--timeout",
        str(timeout),
        "--json",
    )
    assert API_KEY not in out + err
    return code, json.loads(out)


# --- the mock, on its manual clock --------------------------------------------------------------------------


class Mock:
    """The mock's dialler on a manual clock: one voice campaign of one contact per receiver."""

    def __init__(self, pre_call_timeout: float) -> None:
        settings = SimulationSettings(pre_call_timeout=pre_call_timeout, voice_outcomes={"answered": 1})
        clock = ManualClock(MONDAY_9AM_KOLKATA)
        self.client = MockClient(mock_app(dialling=True, rate_limit_per_minute=0, clock=clock, simulation=settings))
        self.contact_list("Do not call")  # the DNC list every campaign below names

    def post(self, path: str, body: Any) -> dict[str, Any]:
        response = self.client.post(path, json=body, headers=auth_headers(demo_app()))
        assert response.status_code == 200, response.text
        answer: dict[str, Any] = response.json()
        return answer

    def contact_list(self, name: str, *contacts: dict[str, str]) -> None:
        self.post(CREATE_LIST, {"name": name, "description": name, "source": "passiveApi", "allowDuplicates": True})
        if contacts:
            self.post(ADD_CONTACTS, {"contact_list_name": name, "data": list(contacts)})

    def dial(self, name: str, url: str) -> dict[str, Any]:
        """Create a campaign `name` whose one contact is CONTACT, point its pre-call fetch at `url`, run it."""
        self.contact_list(name, CONTACT)
        body = samples.voice_campaign_agentless_v2()
        body.update(name=name, contactLists=[name], dncLists={"name": "Do not call"})
        campaign_id: str = self.post(v2_campaigns_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID, "voice"), body)["data"]["id"]
        config = {"url": url, "headers": {"X-Api-Key": API_KEY}}
        answer = self.client.put(f"/_mock/campaigns/{campaign_id}/pre-call-fetch", json=config)
        assert answer.json() == {"campaignId": campaign_id, "url": url, "headerNames": ["X-Api-Key"]}
        self.post(voice_trigger_path(DEMO_BOT_ID, campaign_id, DEMO_ACCOUNT_ID, "play"), {})
        assert self.client.post("/_mock/clock/advance", json={"seconds": 3600}).status_code == 200
        contacts = self.post(status_path(DEMO_BOT_ID, campaign_id, DEMO_ACCOUNT_ID, "contacts"), {"limit": 10})
        [record] = contacts["data"]["results"]
        return dict(record)


def test_the_trigger_command_and_the_mock_decide_alike_on_real_receivers(receivers: Receivers) -> None:
    mock = Mock(pre_call_timeout=60.0)
    impatient_mock = Mock(pre_call_timeout=SHORT_TIMEOUT)
    for case, (handle, cause, exit_code) in EXPECTED.items():
        code, shown = trigger_json(receivers, case)
        assert (shown["handle"], shown["cause"], code) == (handle, cause, exit_code), (case, shown)
        assert shown["error"] is (exit_code == 1)
        record = (impatient_mock if case == "slow" else mock).dial(f"Webhook {case}", receivers.url(case))
        # The mock dials exactly when the trigger says CALL; a skip shows the same reason.
        if handle == "CALL":
            assert (record["numberOfAttemptsSoFar"], record["dialerOutcome"]) == (1, "completed"), case
        else:
            assert (record["numberOfAttemptsSoFar"], record["dialerOutcome"]) == (0, "skipped"), case
            if case == "slow":  # which phase timed out may differ: the wait does not
                prefix = f"pre-call fetch failed: no answer within {SHORT_TIMEOUT:g} s ("
                assert shown["reason"].startswith(prefix) and record["botOutboundStatusDetail"].startswith(prefix)
            else:
                assert record["botOutboundStatusDetail"] == shown["reason"], case

    # Both sent the same request shape, with the configured header; it reads with no problem.
    for case, headers, body in receivers.received:
        assert headers["X-Api-Key"] == API_KEY and headers["Content-Type"] == "application/json", case
        request = webhooks.parse_request(body)
        assert request.problems == () and dict(request.contact) == CONTACT, case
        assert request.campaign_id.startswith(("c-", "cd-")) and request.dialing_id, case
    assert sorted({case for case, _, _ in receivers.received}) == sorted(EXPECTED)


def test_the_trigger_json_names_reason_latency_fields_and_collisions(receivers: Receivers) -> None:
    code, shown = trigger_json(receivers, "collide")
    assert code == 0
    assert shown["reason"] == "pre-call fetch answered CALL" and shown["status"] == 200
    assert isinstance(shown["latencyMs"], float) and 0 <= shown["latencyMs"] < 60_000
    assert shown["fields"] == {"firstName": "Someone else", "riskScore": "Low"}
    assert shown["collisions"] == [{"field": "firstName", "contactValue": "Contact 00", "answerValue": "Someone else"}]
    assert shown["request"]["campaignId"].startswith("c-") and re.fullmatch(r"D-\d{10}", shown["request"]["dialingId"])
    assert shown["request"]["contactFields"] == ["firstName", "phoneNumber"]
    assert set(shown) == {"handle", "error", "cause", "reason", "status", "latencyMs", "fields", "collisions"} | {
        "warnings",
        "request",
    }

    code, shown = trigger_json(receivers, "skip")
    assert (code, shown["handle"], shown["reason"], shown["fields"]) == (0, "SKIP", "Account closed", {})

    code, shown = trigger_json(receivers, "slow")
    assert code == 1 and shown["status"] is None and shown["latencyMs"] >= SHORT_TIMEOUT * 1000 * 0.9


def test_the_trigger_text_output(receivers: Receivers) -> None:
    code, out, _ = trigger(receivers.url("collide"), "--contact", json.dumps(CONTACT))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "CALL: pre-call fetch answered CALL"
    assert re.fullmatch(r"  answer: HTTP 200 in \d+ ms", lines[1])
    assert "  fields for the bot: firstName='Someone else', riskScore='Low'" in lines
    assert "  collision: firstName: the contact's 'Contact 00' wins over the answer's 'Someone else'" in lines

    code, out, _ = trigger(receivers.url("error"))
    assert code == 1
    assert out.splitlines()[0] == "SKIP (an error: the service skips this contact): pre-call fetch answered HTTP 500"

    # Without --contact: the spec's example request.
    before = len(receivers.received)
    assert trigger(receivers.url("call"))[0] == 0
    [(_, _, body)] = receivers.received[before:]
    assert json.loads(body) == dict(webhooks.EXAMPLE_REQUEST)


def test_the_installed_command_exits_with_the_decision(receivers: Receivers) -> None:
    command = Path(sys.executable).parent / "kore-campaigns"
    for case, expected in (("skip", 0), ("no-handle", 1)):
        result = subprocess.run(  # noqa: S603 - our own entry point
            [str(command), "webhooks", "trigger", receivers.url(case), "--timeout", "60"],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == expected, (case, result.stdout, result.stderr)
    assert "contactHandling.handle is required" in result.stdout


def test_a_contact_from_a_csv_row(receivers: Receivers, tmp_path: Path) -> None:
    csv_file = tmp_path / "contacts.csv"
    csv_file.write_bytes("\ufeffphoneNumber,firstName,planType\n+15550001,Ada,\n+15550002,Zoë,Gold\n".encode())
    before = len(receivers.received)
    assert trigger(receivers.url("call"), "--from-csv", str(csv_file), "--row", "2")[0] == 0
    [(_, _, body)] = receivers.received[before:]
    assert json.loads(body)["contactData"] == {"phoneNumber": "+15550002", "firstName": "Zoë", "planType": "Gold"}
    assert trigger(receivers.url("call"), "--from-csv", str(csv_file), "--row", "1")[0] == 0
    assert json.loads(receivers.received[-1][2])["contactData"] == {"phoneNumber": "+15550001", "firstName": "Ada"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ftp://example.com/x"], "absolute http or https URL"),
        (["http://127.0.0.1:9/x", "--header", f"X-Api-Key={API_KEY}"], "the 1st --header must be NAME:VALUE"),
        (["http://127.0.0.1:9/x", "--header", "A: 1", "--header", f"X Key: {API_KEY}"], "the 2nd --header"),
        (["http://127.0.0.1:9/x", "--header", f"X-Api-Key: {API_KEY}\u00e9"], "printable ASCII"),
        (["http://127.0.0.1:9/x", "--contact", '{"phoneNumber": "+15550001"'], "--contact"),
        (["http://127.0.0.1:9/x", "--contact", '["+15550001"]'], "must be a JSON object"),
        (["http://127.0.0.1:9/x", "--row", "1"], "--from-csv FILE and --row N go together"),
        (["http://127.0.0.1:9/x", "--timeout", "0"], "--timeout"),
    ],
)
def test_usage_errors_exit_2_and_never_echo_values(args: list[str], message: str) -> None:
    code, out, err = trigger(*args)
    assert code == 2 and message in err, err
    assert API_KEY not in out + err and "+15550001" not in out + err


def test_csv_usage_errors(tmp_path: Path) -> None:
    csv_file = tmp_path / "contacts.csv"
    csv_file.write_text("phoneNumber\n+15550001\n", encoding="utf-8")
    code, _, err = trigger("http://127.0.0.1:9/x", "--from-csv", str(csv_file), "--row", "2")
    assert code == 2 and "row 2 is past the last one (1 rows under the header)" in err
    code, _, err = trigger("http://127.0.0.1:9/x", "--from-csv", str(csv_file), "--row", "1", "--contact", "{}")
    assert code == 2 and "not both" in err
    csv_file.write_bytes(b"phoneNumber\n\xff\xfe\n")
    code, _, err = trigger("http://127.0.0.1:9/x", "--from-csv", str(csv_file), "--row", "1")
    assert code == 2 and "not UTF-8" in err


def test_an_unreachable_url_is_an_error_skip() -> None:
    with ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler) as closed:
        port = closed.server_address[1]  # bound, then closed: nothing listens there
    code, out, _ = trigger(f"http://127.0.0.1:{port}/x", "--json", "--timeout", "60")
    shown = json.loads(out)
    assert (code, shown["cause"], shown["reason"]) == (1, "connection", "pre-call fetch failed: ConnectError")


# --- the decision, on its own -------------------------------------------------------------------------------


def answer(body: bytes | str, status: int = 200, headers: dict[str, str] = JSON) -> Answer:
    return Answer(status, headers, body.encode() if isinstance(body, str) else body)


@pytest.mark.parametrize(
    ("body", "cause", "reason"),
    [
        (docs_sample_answer(), "malformedJson", "is not JSON: Expecting property name enclosed in double quotes"),
        ("", "malformedJson", "the body is empty"),
        (b"\xff{}", "malformedJson", "not UTF-8 (byte 0)"),
        ('{"contactHandling": {"handle": "CALL"}, "score": NaN}', "malformedJson", "NaN is not JSON"),
        ('{"contactHandling": {"handle": "SKIP", "handle": "CALL"}}', "malformedJson", "repeats the key 'handle'"),
        ("[]", "fieldMismatch", "(the body) must be a JSON object; got an array"),
        ("{}", "missingHandle", "contactHandling is required"),
        ('{"contactHandling": "CALL"}', "fieldMismatch", "contactHandling must be an object; got a string"),
        ('{"contactHandling": {"handle": null}}', "fieldMismatch", "handle must be a string; got null"),
        ('{"contactHandling": {"handle": "Call"}}', "fieldMismatch", "got 'Call' (case matters)"),
        ('{"contactHandling": {"handle": "MAYBE"}}', "fieldMismatch", "must be one of CALL, SKIP; got 'MAYBE'"),
        ('{"contactHandling": {"handle": "CALL", "reason": 7}}', "fieldMismatch", "reason must be a string; got an"),
        (
            '{"contactHandling": {"handle": "CALL"}, "detailedContactData": {"riskScore": 3}}',
            "fieldMismatch",
            "detailedContactData.riskScore must be a string; got an integer",
        ),
        ('{"contactHandling": {"handle": "CALL"}, "detailedContactData": []}', "fieldMismatch", "must be an object"),
    ],
)
def test_what_makes_the_service_skip_for_an_error(body: str | bytes, cause: str, reason: str) -> None:
    decision = decide(answer(body))
    assert (decision.handle, decision.cause, decision.error) == ("SKIP", cause, True)
    assert reason in decision.reason


def test_status_and_no_answer() -> None:
    for status in (201, 204, 302, 401, 500):
        decision = decide(answer(webhooks.call().body(), status))
        assert (decision.handle, decision.cause, decision.reason) == (
            "SKIP",
            "status",
            f"pre-call fetch answered HTTP {status}",
        )
    timeout = decide(NoAnswer("timeout", "ReadTimeout", 5.01, 5.0))
    assert (timeout.cause, timeout.reason, timeout.latency) == (
        "timeout",
        "pre-call fetch failed: no answer within 5 s (ReadTimeout)",
        5.01,
    )
    refused = decide(NoAnswer("connection", "ConnectError"))
    assert (refused.handle, refused.reason, refused.error) == ("SKIP", "pre-call fetch failed: ConnectError", True)


def test_a_valid_answer_its_fields_and_collisions() -> None:
    body = {
        "contactHandling": {"handle": "CALL", "reason": "eligible", "note": "any member"},
        "detailedContactData": {"riskScore": "Medium", "planType": "Basic", "visits": 3, "PHONENUMBER": "x"},
        "campaignNote": "top-level members reach the bot too",
    }
    decision = decide(answer(json.dumps(body)), ["planType", "phoneNumber", "firstName"])
    assert (decision.handle, decision.cause, decision.reason, decision.error) == ("CALL", "answer", "eligible", False)
    assert dict(decision.fields) == {
        "riskScore": "Medium",
        "planType": "Basic",
        "visits": 3,
        "PHONENUMBER": "x",
        "campaignNote": "top-level members reach the bot too",
    }
    assert decision.collisions == ("planType",)
    assert decision.warnings == (
        "returned field 'PHONENUMBER' differs only in case from the contact field 'phoneNumber': both reach the bot",
    )
    context = decision.bot_context({"planType": "Premium", "phoneNumber": "+15550001"})
    assert context["planType"] == "Premium" and context["riskScore"] == "Medium"
    # Values stay out of the repr: partner data.
    assert "Medium" not in repr(decision) and "Basic" not in repr(decision)


def test_a_content_type_other_than_json_is_a_warning_not_a_skip() -> None:
    decision = decide(answer(webhooks.skip("no").body(), headers={"Content-Type": "text/plain; charset=utf-8"}))
    assert (decision.handle, decision.cause) == ("SKIP", "answer")
    assert decision.warnings == ("Content-Type is text/plain, not application/json",)


def test_the_decision_rules_are_the_spec_s() -> None:
    schemas = SPEC["components"]["schemas"]
    resolve = FACTS.resolve
    types: dict[tuple[str, ...], str] = {}
    required: set[tuple[str, ...]] = set()

    def walk(schema: dict[str, Any], path: tuple[str, ...]) -> None:
        schema = resolve(schema)
        required.update((*path, name) for name in schema.get("required", ()))
        for name, member in schema.get("properties", {}).items():
            types[(*path, name)] = resolve(member)["type"]
            walk(member, (*path, name))

    walk(schemas["PreCallFetchResponse"], ())
    assert dict(precall_decision.ANSWER_FIELD_TYPES) == types
    assert set(precall_decision.ANSWER_REQUIRED) == required
    assert set(precall_decision.HANDLES) == set(schemas["PreCallHandle"]["enum"]) == PRE_CALL_HANDLE_VALUES
    examples = SPEC["components"]["examples"]
    assert dict(webhooks.EXAMPLE_REQUEST) == examples["PreCallFetchContact"]["value"]
    for name, handle in (("PreCallFetchCall", "CALL"), ("PreCallFetchSkip", "SKIP")):
        decision = decide(answer(json.dumps(examples[name]["value"])))
        assert (decision.handle, decision.cause) == (handle, "answer"), name


def test_the_decision_module_imports_only_the_standard_library() -> None:
    """The mock imports it: it must not bring in the client's HTTP stack. Nor does the receiver kit, at import."""
    code = (
        "import sys\nbefore = set(sys.modules)  # the interpreter's own start-up (site, the editable install's hook)\n"
        "import kore_campaigns_precall, kore_campaigns.webhooks\n"
        "new = {name.split('.')[0] for name in set(sys.modules) - before}\n"
        "print(sorted(new - set(sys.stdlib_module_names) - {'kore_campaigns', 'kore_campaigns_precall'}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)  # noqa: S603
    assert result.stdout.strip() == "[]"
    code = (
        "import sys, kore_campaigns; print('kore_campaigns.webhooks' in sys.modules, 'webhooks' in dir(kore_campaigns))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)  # noqa: S603
    assert result.stdout.strip() == "False True"


# --- reading requests ---------------------------------------------------------------------------------------


def test_the_docs_sample_request_and_answer_read() -> None:
    request = webhooks.parse_request(docs_sample_request())
    assert request.problems == ()
    assert (request.campaign_name, request.campaign_id) == (
        "Q3 Renewal Outreach",
        "c-3f1a9b2e-7d44-4********a2b3c4d5e6f",
    )
    assert request.contact["planType"] == "Premium"
    model = request.to_model()
    assert model.contact_data.phone_number == "+91XXXXXXXXXX" and model.dialing_id == "D-0****2913"
    # The docs' answer is not JSON; a lenient reader mends its commas (the service would not: see above).
    mended = webhooks.parse_request(docs_sample_answer())
    assert mended.extra["detailedContactData"]["riskScore"] == "Medium"
    assert mended.problems[0].startswith("(the body): not valid JSON (Expecting property name")


def test_a_request_is_read_leniently_and_says_where() -> None:
    body = {
        "campaignName": "Spring",
        "campaign_id": 42,
        "contact-data": {"phoneNumber": "+15550001", "planType": "Gold"},
        "firstName": "Ada",
        "planType": "Silver",
        "Priority": "high",
    }
    request = webhooks.parse_request(json.dumps(body).encode())
    assert (request.campaign_name, request.campaign_id, request.dialing_id) == ("Spring", "42", "")
    assert dict(request.contact) == {"phoneNumber": "+15550001", "planType": "Gold", "firstName": "Ada"}
    assert dict(request.extra) == {"planType": "Silver", "Priority": "high"}
    assert request.problems == (
        "CampaignName: sent as 'campaignName'",
        "CampaignId: sent as 'campaign_id'",
        "CampaignId: an integer, read as text",
        "contactData: sent as 'contact-data'",
        "firstName: sent beside contactData; read as a contact field",
        "planType: sent beside contactData too; contactData's value kept (the other in extra)",
        "DialingId: missing (required)",
    )
    # The spec's own names win over a look-alike sent beside them.
    both = webhooks.parse_request({"campaignId": "c-other", "CampaignId": "c-1", "contactData": {}})
    assert both.campaign_id == "c-1" and both.extra == {"campaignId": "c-other"}


def test_a_request_that_is_not_a_json_object_is_refused_by_name() -> None:
    for body, message in (
        (b"", "empty"),
        (b"[1, 2]", "must be a JSON object; got an array"),
        (b"phone=+1555", "not JSON"),
    ):
        with pytest.raises(webhooks.PreCallRequestError, match=re.escape(message)):
            webhooks.parse_request(body)
    with pytest.raises(webhooks.PreCallRequestError) as raised:
        webhooks.parse_request(b'{"contactData": {"phoneNumber": "+15550001"')
    assert "+15550001" not in str(raised.value)


def test_a_request_repr_shows_no_contact_values() -> None:
    request = webhooks.parse_request(dict(webhooks.EXAMPLE_REQUEST))
    text = repr(request)
    assert "Asha" not in text and "+91" not in text and "'phoneNumber'" in text


# --- answers that cannot be malformed -----------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)
TYPED = {"lastPaymentStatus", "preferredLanguage", "riskScore"}


@settings(max_examples=150, deadline=None)
@given(
    handle=st.sampled_from(["CALL", "SKIP"]),
    reason=st.none() | st.text(),
    fields=st.dictionaries(st.text(min_size=1).filter(lambda name: name not in TYPED), JSON_VALUES, max_size=4),
    typed=st.dictionaries(st.sampled_from(sorted(TYPED)), st.text(), max_size=3),
)
def test_every_built_answer_is_one_the_service_accepts(
    handle: str, reason: str | None, fields: dict[str, Any], typed: dict[str, str]
) -> None:
    built = (
        webhooks.call({**fields, **typed}, reason=reason)
        if handle == "CALL"
        else webhooks.skip(reason, fields={**fields, **typed})
    )
    decision = decide(answer(built.body()))
    assert (decision.handle, decision.cause, decision.warnings) == (handle, "answer", ())
    assert dict(decision.fields) == {**fields, **typed}
    assert decision.reason == (reason or f"pre-call fetch answered {handle}")
    assert built.to_model().to_dict() == built.to_dict()


def test_a_bad_answer_cannot_be_built() -> None:
    with pytest.raises(
        TypeError, match=r"fields\['riskScore'\] must be a string \(the spec types it\); got an integer"
    ):
        webhooks.call({"riskScore": 3})
    with pytest.raises(TypeError, match=r"fields\['tags'\] must be JSON"):
        webhooks.call({"tags": {"a", "b"}})
    with pytest.raises(TypeError, match=r"fields\['score'\] must be JSON"):
        webhooks.call({"score": float("nan")})
    with pytest.raises(TypeError, match="every name must be a non-empty string"):
        webhooks.call({"": "x"})
    with pytest.raises(TypeError, match="reason must be a string; got an integer"):
        webhooks.skip(3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="handle must be one of CALL, SKIP"):
        PreCallAnswer("call")  # type: ignore[arg-type]
    assert (
        repr(webhooks.call({"riskScore": "High"}))
        == "PreCallAnswer(handle='CALL', reason=None, fields={'riskScore': <hidden: 4 chars>})"
    )


# --- the configured header ----------------------------------------------------------------------------------


def test_the_configured_header_is_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    assert webhooks.header_matches({"x-api-key": API_KEY}, "X-Api-Key", API_KEY)
    assert webhooks.header_matches([("X-API-KEY", API_KEY), ("Other", "1")], "X-Api-Key", API_KEY)
    assert not webhooks.header_matches({"X-Api-Key": API_KEY + "x"}, "X-Api-Key", API_KEY)
    assert not webhooks.header_matches({}, "X-Api-Key", API_KEY)
    assert not webhooks.header_matches([("X-Api-Key", API_KEY), ("x-api-key", API_KEY)], "X-Api-Key", API_KEY)
    assert len(compared) == 5  # even when the header is absent or repeated
    assert webhooks.headers_match({"A": "1", "B": "2"}, {"A": "1", "B": "2"})
    assert not webhooks.headers_match({"A": "1"}, {"A": "1", "B": "2"})
    with pytest.raises(ValueError, match="empty"):
        webhooks.header_matches({"X-Api-Key": ""}, "X-Api-Key", "")


# --- the adapters, under real servers ------------------------------------------------------------------------


def handler(request: PreCallRequest) -> PreCallAnswer:
    if request.contact.get("planType") == "Premium":
        return webhooks.call({"riskScore": "Low"})
    if request.contact.get("planType") == "Broken":
        raise RuntimeError("the partner's bug")
    if request.contact.get("planType") == "Wrong":
        return {"contactHandling": {"handle": "CALL"}}  # type: ignore[return-value]
    return webhooks.skip("not premium")


async def async_handler(request: PreCallRequest) -> PreCallAnswer:
    return handler(request)


def check_served(url: str) -> None:
    """The handler's answers through a real server, as the trigger command and the service read them."""
    headers = {"X-Api-Key": API_KEY}
    premium = webhooks.send(url, webhooks.build_request(), headers, 60)
    decision = decide(premium, webhooks.EXAMPLE_REQUEST["contactData"])
    assert (decision.handle, decision.cause, dict(decision.fields)) == ("CALL", "answer", {"riskScore": "Low"})
    basic = decide(webhooks.send(url, webhooks.build_request({"planType": "Basic"}), headers, 60))
    assert (basic.handle, basic.reason, basic.warnings) == ("SKIP", "not premium", ())
    for plan in ("Broken", "Wrong"):
        failed = webhooks.send(url, webhooks.build_request({"planType": plan}), headers, 60)
        assert isinstance(failed, Answer) and failed.status == 500, plan
        assert decide(failed).cause == "status"
    without_key = webhooks.send(url, webhooks.build_request(), {"X-Api-Key": "guess"}, 60)
    assert isinstance(without_key, Answer) and without_key.status == 401
    assert API_KEY.encode() not in without_key.body
    with httpx.Client(timeout=60) as client:
        assert client.get(url, headers=headers).status_code == 405
        not_json = client.post(url, headers=headers, content=b"phone=+15550001")
        assert not_json.status_code == 400 and "+15550001" not in not_json.text
        assert "not JSON" in not_json.json()["error"]
        huge = client.post(url, headers=headers, content=b" " * (webhooks.MAX_BODY_BYTES + 1))
        assert huge.status_code == 413


@pytest.mark.parametrize("serve", [handler, async_handler], ids=["sync", "async"])
def test_the_asgi_adapter_mounted_in_starlette_under_uvicorn(serve: Any, caplog: pytest.LogCaptureFixture) -> None:
    receiver = webhooks.asgi_app(serve, required_headers={"X-Api-Key": API_KEY})
    assert API_KEY not in repr(receiver)
    app = Starlette(
        routes=[
            Route("/", lambda request: PlainTextResponse("the partner's own app")),
            Route("/pre-call", receiver, methods=["POST"]),
            Mount("/mounted", app=receiver),
        ]
    )
    with serve_in_background(app, timeout=60) as base_url:
        check_served(base_url + "/pre-call")
        check_served(base_url + "/mounted/")
        assert httpx.get(base_url + "/", timeout=60).text == "the partner's own app"
    assert "pre-call handler raised" in caplog.text and "not a PreCallAnswer" in caplog.text
    assert API_KEY not in caplog.text


def test_the_asgi_adapter_alone_with_lifespan() -> None:
    server = uvicorn.Server(
        uvicorn.Config(
            webhooks.asgi_app(handler, required_headers={"X-Api-Key": API_KEY}),
            port=0,
            log_level="warning",
            lifespan="on",
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 60
        while not server.started:  # a lifespan the app answered wrongly would stop uvicorn here
            assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start the app"
            thread.join(0.01)
        port = server.servers[0].sockets[0].getsockname()[1]
        check_served(f"http://127.0.0.1:{port}/any/path")
    finally:
        server.should_exit = True
        thread.join(60)
    assert not thread.is_alive()


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_the_wsgi_adapter_under_wsgiref() -> None:
    app = webhooks.wsgi_app(handler, required_headers={"X-Api-Key": API_KEY})
    server: WSGIServer = make_server("127.0.0.1", 0, app, handler_class=QuietHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        check_served(f"http://127.0.0.1:{server.server_port}/pre-call")
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_an_async_handler_under_wsgi_is_a_500_not_a_hang() -> None:
    reply = webhooks.respond(async_handler, body=json.dumps(dict(webhooks.EXAMPLE_REQUEST)).encode())  # type: ignore[arg-type]
    assert reply.status == 500 and json.loads(reply.body) == {"error": "the handler is async"}
