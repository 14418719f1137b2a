"""Every non-2xx answer raises the typed error for its status, whatever its body (issue 29).

Gateways in front of the service answer with HTML, plain text, nothing, cut-off JSON or another
charset. A battery of such bodies is served through httpx.MockTransport to every resource method
(sync and async), to the low-level functions (`*_detailed`, `sync`, `asyncio`, with the overlay's
client and with a bare generated one), and through a local HTTP server to the `kore-campaigns`
executable: each gives the error of its status, carrying the status, the content type and the first
200 characters of the body, never a JSONDecodeError; the text quotes the body only when asked to.
"""

from __future__ import annotations

import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx
import kore_campaigns
import pytest
from kore_campaigns import (
    AsyncKoreClient,
    KoreApiError,
    KoreClient,
    KoreResponseError,
    unwrap,
)
from kore_campaigns_client import AuthenticatedClient
from kore_campaigns_client.api.campaigns import get_campaign
from kore_campaigns_client.models import ErrorResponse
from kore_campaigns_mock import DEMO_ACCOUNT_ID, DEMO_BOT_ID, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from test_resources import (
    ERROR_CLASSES,
    OPERATIONS,
    Operation,
    arguments_from_examples,
    call,
    resource_method,
)

# Text in every body that must not reach an exception text unless values are asked for.
CANARY = "Canary-4155550123"
HTML = (
    "<html><head><title>502 Bad Gateway</title></head>\r\n<body><center><h1>502 Bad Gateway</h1></center>"
    f"<hr><center>nginx</center><!-- {CANARY} -->" + "<p>padding</p>" * 40 + "</body></html>\r\n"
)
UTF16_JSON = '{"errors": [{"msg": "Ungültige Telefonnummer", "code": 4000, "field": "phoneNumber"}]}'


@attrs.frozen
class Body:
    name: str
    status: int
    content_type: str | None
    content: bytes
    text: str  # the body as a reader should decode it

    @property
    def error_class(self) -> type[KoreApiError]:
        return ERROR_CLASSES.get(self.status, KoreApiError)

    @property
    def api_json(self) -> bool:
        return self.name == "utf16_json_400"


def make_body(name: str, status: int, content_type: str | None, text: str, encoding: str = "utf-8") -> Body:
    return Body(name, status, content_type, text.encode(encoding), text)


BATTERY = [
    make_body("html_502", 502, "text/html; charset=utf-8", HTML),
    make_body("empty_404", 404, None, ""),
    make_body("text_503", 503, "text/plain; charset=utf-8", f"Service Unavailable {CANARY}\n"),
    make_body("truncated_json_500", 500, "application/json", f'{{"errors": [{{"msg": "{CANARY} in'),
    make_body("utf16_json_400", 400, "application/json; charset=utf-16", UTF16_JSON, "utf-16"),
    make_body("utf16_html_503", 503, "text/html", f"<p>Wartung {CANARY} läuft</p>", "utf-16"),  # charset from its BOM
    make_body("latin1_text_404", 404, "text/plain; charset=iso-8859-1", f"Nicht gefunden: {CANARY} ä", "latin-1"),
    make_body("other_json_404", 404, "application/json", f'{{"error": "Not Found", "id": "{CANARY}"}}'),
    make_body("json_list_429", 429, "application/json", f'["{CANARY}"]'),
    make_body("html_520", 520, "text/html", f"<h1>Web server is returning an unknown error {CANARY}</h1>"),
]


class Gateway:
    """An httpx transport answering every request with one raw body; keeps the requests."""

    def __init__(self, body: Body) -> None:
        self.body = body
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        headers = {"content-type": self.body.content_type} if self.body.content_type else {}
        return httpx.Response(self.body.status, content=self.body.content, headers=headers)


def client_for(gateway: Gateway, client_class: type[KoreClient] | type[AsyncKoreClient], **options: Any) -> Any:
    transport = httpx.MockTransport(gateway)
    arguments: dict[str, Any] = {
        "client_id": DEMO_CLIENT_ID,
        "client_secret": DEMO_CLIENT_SECRET,
        "account_id": DEMO_ACCOUNT_ID,
        "bot_id": DEMO_BOT_ID,
        "base_url": "http://gateway.invalid",
        "transport": transport,
        "async_transport": transport,
        "retry": None,
        "rate_limit": None,
        **options,
    }
    if client_class is AsyncKoreClient:
        return kore_campaigns.create_async_client(**arguments)
    return kore_campaigns.create_client(**arguments)


def check_error(error: KoreApiError, body: Body) -> None:
    assert type(error) is body.error_class, body.name
    assert error.status_code == body.status
    assert error.content_type == (body.content_type or "")
    assert error.body_excerpt == body.text[:200]
    assert error.response.content == body.content
    text = str(error)
    assert CANARY not in text and CANARY not in repr(error), text
    if body.api_json:
        assert error.errors[0].field == "phoneNumber" and error.message == "Ungültige Telefonnummer"
    else:
        assert "\n" not in text, text  # one line: what the CLI prints
        assert error.error is None or not error.errors
        size = len(body.content)
        assert text.endswith("(empty body)" if not size else "shows its start)"), text


def test_the_battery_holds_what_the_issue_names() -> None:
    names = {body.name for body in BATTERY}
    assert {"html_502", "empty_404", "text_503", "truncated_json_500", "utf16_json_400"} <= names
    assert len(HTML) > 200  # so the excerpt is a cut


@pytest.mark.anyio
@pytest.mark.parametrize("client_class", [KoreClient, AsyncKoreClient], ids=["sync", "async"])
@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_every_method_raises_the_error_of_the_status_whatever_the_body(
    operation: Operation, client_class: type[KoreClient] | type[AsyncKoreClient]
) -> None:
    for body in BATTERY:
        gateway = Gateway(body)
        method = resource_method(client_for(gateway, client_class), operation, operation.resources[0])
        with pytest.raises(KoreApiError) as raised:
            await call(method, **arguments_from_examples(operation, method))
        check_error(raised.value, body)
        assert len(gateway.requests) == 1


@pytest.mark.anyio
@pytest.mark.parametrize("body", BATTERY, ids=lambda body: body.name)
async def test_the_low_level_functions_return_the_answer_and_unwrap_raises_its_error(body: Body) -> None:
    gateway = Gateway(body)
    sync_client, async_client = client_for(gateway, KoreClient), client_for(gateway, AsyncKoreClient)
    bare = AuthenticatedClient(
        base_url="http://gateway.invalid", token="", httpx_args={"transport": httpx.MockTransport(gateway)}
    )
    bare.set_async_httpx_client(
        httpx.AsyncClient(base_url="http://gateway.invalid", transport=httpx.MockTransport(gateway))
    )
    for client in (sync_client, bare):
        response = get_campaign.sync_detailed(DEMO_BOT_ID, "cd-1", client=client)
        parsed = get_campaign.sync(DEMO_BOT_ID, "cd-1", client=client)
        check_response(response, parsed, body)
    for client in (async_client, bare):
        response = await get_campaign.asyncio_detailed(DEMO_BOT_ID, "cd-1", client=client)
        parsed = await get_campaign.asyncio(DEMO_BOT_ID, "cd-1", client=client)
        check_response(response, parsed, body)


def check_response(response: Any, parsed: Any, body: Body) -> None:
    assert int(response.status_code) == body.status
    assert response.content == body.content
    if body.api_json or body.name == "other_json_404":
        assert isinstance(response.parsed, ErrorResponse) and isinstance(parsed, ErrorResponse)
    else:
        assert response.parsed is None and parsed is None
    with pytest.raises(KoreApiError) as raised:
        unwrap(response)
    check_error(raised.value, body)


@pytest.mark.parametrize("body", BATTERY, ids=lambda body: body.name)
def test_asked_for_values_the_text_quotes_the_start_of_the_body_on_one_line(body: Body) -> None:
    client = client_for(Gateway(body), KoreClient, show_values=True)
    with pytest.raises(KoreApiError) as raised:
        client.campaigns.get_campaign("cd-1")
    text = str(raised.value)
    if body.content and not body.api_json:
        assert f": {body.text[:200]!r})" in text
        assert "\n" not in text
    assert raised.value.body_excerpt == body.text[:200]


def test_a_success_status_with_a_body_that_is_not_json_is_no_traceback_either() -> None:
    html = make_body("html_200", 200, "text/html", f"<html>{CANARY} login page</html>")
    with pytest.raises(KoreResponseError) as strict:  # the suite runs strict (tests/conftest.py)
        client_for(Gateway(html), KoreClient).campaigns.get_campaign("cd-1")
    assert strict.value.path == "(body)" and CANARY not in str(strict.value)
    assert strict.value.value == html.content
    lenient = client_for(Gateway(html), KoreClient, strict_responses=False)
    with pytest.raises(KoreApiError, match=r"^HTTP 200 OK \(41 bytes of text/html that are not the API's JSON"):
        lenient.campaigns.get_campaign("cd-1")
    response = get_campaign.sync_detailed(DEMO_BOT_ID, "cd-1", client=lenient)
    assert response.parsed is None
    assert [(d.path, d.kind) for d in response.deviations] == [("(body)", "type")]


# The kore-campaigns executable, in a subprocess, against a local server answering the battery.


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        name = self.path.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
        (body,) = [body for body in BATTERY if body.name == name]
        self.send_response(body.status)
        if body.content_type:
            self.send_header("Content-Type", body.content_type)
        self.send_header("Content-Length", str(len(body.content)))
        self.send_header("Retry-After", "0")  # the client retries 502/503 on GET: without waiting
        self.end_headers()
        self.wfile.write(body.content)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def gateway_url() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.mark.parametrize("body", BATTERY, ids=lambda body: body.name)
def test_the_command_line_prints_one_line_and_exits_1(body: Body, gateway_url: str) -> None:
    executable = Path(sys.executable).parent / "kore-campaigns"
    env = {
        **os.environ,
        "KORE_CLIENT_ID": DEMO_CLIENT_ID,
        "KORE_CLIENT_SECRET": DEMO_CLIENT_SECRET,
        "KORE_ACCOUNT_ID": DEMO_ACCOUNT_ID,
        "KORE_BOT_ID": DEMO_BOT_ID,
        "KORE_BASE_URL": gateway_url,
        "KORE_RATE_LIMIT_PER_MINUTE": "1000000",
    }
    env.pop("KORE_SHOW_VALUES", None)
    result = subprocess.run(  # noqa: S603 - the project's own executable
        [str(executable), "campaigns", "get", body.name],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    # Before the error, only the waits the retries made (a 5xx is retried; each wait over a second is shown).
    lines = result.stderr.splitlines()
    first = next(index for index, line in enumerate(lines) if line.startswith("error: "))
    assert all(" is retried in " in line for line in lines[:first]), lines
    status = f"HTTP {body.status} "
    if body.api_json:  # the API's one problem is the summary: its field and code on the same line
        assert lines[first:] == ["error: HTTP 400 Bad Request: Ungültige Telefonnummer (field phoneNumber, code 4000)"]
    else:
        assert first == len(lines) - 1 and lines[first].startswith(f"error: {status}"), lines
    assert CANARY not in result.stderr and result.stdout == ""
