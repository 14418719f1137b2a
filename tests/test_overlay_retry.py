"""Retries (httpx-retries plus the POST rule): which failures are retried for GET and for POST,
backoff, Retry-After, off."""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
import fakes
import httpx
import jwt
import kore_campaigns
import pytest
from fakes import FakeTime
from kore_campaigns import DEFAULT_RETRY, Retry, RetryTransport

URL = "http://kore.test/campaign"

Outcome = int | type[httpx.TransportError] | httpx.Response


class Server:
    """Answers with the scripted outcomes in turn (a status, a response or an exception), then 200."""

    def __init__(self, *outcomes: Outcome) -> None:
        self.outcomes = list(outcomes)
        self.requests: list[httpx.Request] = []
        # A retry sends the same Request object again, so keep what each attempt carried.
        self.tokens: list[str | None] = []

    @property
    def attempts(self) -> list[str]:
        return [request.method for request in self.requests]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.tokens.append(request.headers.get("auth"))
        outcome = self.outcomes.pop(0) if self.outcomes else 200
        if isinstance(outcome, httpx.Response):
            return outcome
        if isinstance(outcome, int):
            return httpx.Response(outcome, json={"status": outcome})
        raise outcome("scripted failure", request=request)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The seconds httpx-retries slept, in order (without sleeping)."""
    fake, wall_time = FakeTime(), time.time
    fake.install(monkeypatch)
    monkeypatch.setattr(time, "time", wall_time)  # httpx-retries reads Retry-After dates against the real clock
    return fake.sleeps


def exact(**options: Any) -> Retry:
    """The default policy without jitter, so the sleeps are exact: 0.5, 1, 2 s."""
    return DEFAULT_RETRY.copy_with(backoff_jitter=0.0, **options)


def send(mode: str, server: Server, retry: Retry, method: str = "GET") -> httpx.Response | Exception:
    """One request through a retry transport; returns the final response or the raised error."""
    body = b'{"name": "x"}' if method == "POST" else None
    transport = RetryTransport(httpx.MockTransport(server), retry)
    if mode == "sync":
        with httpx.Client(transport=transport) as client:
            try:
                return client.request(method, URL, content=body)
            except httpx.TransportError as error:
                return error

    async def go() -> httpx.Response | Exception:
        async with httpx.AsyncClient(transport=transport) as client:
            try:
                return await client.request(method, URL, content=body)
            except httpx.TransportError as error:
                return error

    return anyio.run(go)


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


@MODES
@pytest.mark.parametrize(
    ("method", "status", "retried"),
    [
        ("GET", 429, True),
        ("GET", 500, False),
        ("GET", 502, True),
        ("GET", 503, True),
        ("GET", 504, True),
        # POST creates a campaign: only 429 says the server did not act on it.
        ("POST", 429, True),
        ("POST", 500, False),
        ("POST", 502, False),
        ("POST", 503, False),
        ("POST", 504, False),
    ],
)
def test_status_once_then_success(sleeps: list[float], mode: str, method: str, status: int, retried: bool) -> None:
    server = Server(status)
    result = send(mode, server, exact(), method)
    assert isinstance(result, httpx.Response)
    if retried:
        assert server.attempts == [method, method]
        assert sleeps == [0.5]
        assert result.status_code == 200
    else:
        assert server.attempts == [method]
        assert sleeps == []
        assert result.status_code == status


@MODES
@pytest.mark.parametrize(
    ("method", "error", "retried"),
    [
        ("GET", httpx.ConnectError, True),
        ("GET", httpx.ConnectTimeout, True),
        ("GET", httpx.ReadTimeout, True),
        ("GET", httpx.ReadError, True),
        ("GET", httpx.RemoteProtocolError, True),
        # Failed before sending: safe to repeat a POST.
        ("POST", httpx.ConnectError, True),
        ("POST", httpx.ConnectTimeout, True),
        ("POST", httpx.PoolTimeout, True),
        # The server may have created the campaign: never repeat.
        ("POST", httpx.ReadTimeout, False),
        ("POST", httpx.ReadError, False),
        ("POST", httpx.WriteTimeout, False),
        ("POST", httpx.RemoteProtocolError, False),
    ],
)
def test_transport_error_once_then_success(
    sleeps: list[float], mode: str, method: str, error: type[httpx.TransportError], retried: bool
) -> None:
    server = Server(error)
    result = send(mode, server, exact(), method)
    if retried:
        assert server.attempts == [method, method]
        assert sleeps == [0.5]
        assert isinstance(result, httpx.Response)
        assert result.status_code == 200
    else:
        assert server.attempts == [method]
        assert sleeps == []
        assert type(result) is error


@MODES
@pytest.mark.parametrize(("method", "status"), [("GET", 503), ("POST", 429)])
def test_gives_up_after_max_attempts_with_exponential_backoff(
    sleeps: list[float], mode: str, method: str, status: int
) -> None:
    server = Server(*[status] * 10)
    result = send(mode, server, exact(), method)
    assert server.attempts == [method] * 4
    assert sleeps == [0.5, 1.0, 2.0]
    assert isinstance(result, httpx.Response)
    assert result.status_code == status


@MODES
def test_mixed_get_sequence(sleeps: list[float], mode: str) -> None:
    server = Server(httpx.ConnectError, 502, httpx.ReadTimeout)
    result = send(mode, server, exact())
    assert server.attempts == ["GET"] * 4
    assert sleeps == [0.5, 1.0, 2.0]
    assert isinstance(result, httpx.Response)
    assert result.status_code == 200


@MODES
def test_mixed_post_sequence_stops_at_the_first_5xx(sleeps: list[float], mode: str) -> None:
    rate_limited = httpx.Response(429, headers={"Retry-After": "3"})
    server = Server(httpx.ConnectError, rate_limited, 503)
    result = send(mode, server, exact(), "POST")
    assert server.attempts == ["POST"] * 3
    assert sleeps == [0.5, 3.0]
    assert isinstance(result, httpx.Response)
    assert result.status_code == 503


@MODES
def test_backoff_is_capped(sleeps: list[float], mode: str) -> None:
    send(mode, Server(503, 503, 503), exact(backoff_factor=5, max_backoff_wait=15))
    assert sleeps == [10.0, 15.0, 15.0]


def test_default_jitter_stays_within_bounds(sleeps: list[float]) -> None:
    send("sync", Server(*[503] * 6), DEFAULT_RETRY.copy_with(total=5))
    bounds = [0.5, 1.0, 2.0, 4.0, 8.0]
    assert len(sleeps) == 5
    assert all(0 <= slept <= bound for slept, bound in zip(sleeps, bounds, strict=True))
    # Full jitter: five draws that all hit their bound are (almost) impossible.
    assert sleeps != bounds


@MODES
@pytest.mark.parametrize(
    ("retry_after", "expected"),
    [
        ("7", 7.0),
        ("0", 0.5),  # no wait asked: plain backoff
        ("120", 60.0),  # capped at max_backoff_wait
        ("+30", 30.0),  # an HTTP date 30 s ahead
        ("+3600", 60.0),
        ("-30", 0.5),  # a date in the past: plain backoff
        ("soon", 0.5),  # unusable: plain backoff
    ],
)
def test_retry_after_is_obeyed_up_to_the_cap(sleeps: list[float], mode: str, retry_after: str, expected: float) -> None:
    if retry_after[0] in "+-":
        retry_after = email.utils.formatdate(time.time() + int(retry_after), usegmt=True)
    for method in ("GET", "POST"):
        sleeps.clear()
        server = Server(httpx.Response(429, headers={"Retry-After": retry_after}))
        result = send(mode, server, exact(), method)
        assert isinstance(result, httpx.Response)
        assert result.status_code == 200
        assert sleeps == [pytest.approx(expected, abs=1.1)]  # an HTTP date has whole seconds


@MODES
def test_retry_after_on_a_post_5xx_does_not_make_it_retried(sleeps: list[float], mode: str) -> None:
    server = Server(httpx.Response(503, headers={"Retry-After": "1"}))
    result = send(mode, server, exact(), "POST")
    assert server.attempts == ["POST"]
    assert isinstance(result, httpx.Response)
    assert result.status_code == 503


@MODES
def test_retry_after_cap_is_configurable(sleeps: list[float], mode: str) -> None:
    send(mode, Server(httpx.Response(503, headers={"Retry-After": "120"})), exact(max_backoff_wait=5))
    assert sleeps == [5.0]


@MODES
def test_statuses_are_configurable_and_post_keeps_its_rule(sleeps: list[float], mode: str) -> None:
    retry = exact(status_forcelist=[500])
    server = Server(500)
    result = send(mode, server, retry)
    assert server.attempts == ["GET", "GET"]
    assert isinstance(result, httpx.Response)
    assert result.status_code == 200
    server = Server(500)
    assert send(mode, server, retry, "POST").status_code == 500  # type: ignore[union-attr]
    assert server.attempts == ["POST"]


@MODES
def test_total_zero_means_no_retry(sleeps: list[float], mode: str) -> None:
    for method in ("GET", "POST"):
        server = Server(429)
        result = send(mode, server, exact(total=0), method)
        assert server.attempts == [method]
        assert isinstance(result, httpx.Response)
        assert result.status_code == 429
    assert sleeps == []


def _client(server: Server, **options: Any) -> kore_campaigns.KoreClient:
    return fakes.overlay_client(server, rate_limit=None, **options)


def test_retry_none_turns_retries_off_in_create_client() -> None:
    server = Server(429, 503)
    response = _client(server, retry=None).get_httpx_client().get("/campaign")
    assert response.status_code == 429
    assert server.attempts == ["GET"]


def test_a_retry_that_is_not_an_httpx_retries_retry_is_refused_by_name() -> None:
    with pytest.raises(TypeError, match=r"retry must be an httpx_retries\.Retry or None, got int"):
        _client(Server(), retry=3)


def test_every_retry_gets_a_fresh_jti_when_jti_is_enforced(sleeps: list[float]) -> None:
    # An enforced jti may not be reused: the layer under the retries signs each attempt.
    server = Server(429, 503)
    client = _client(server, retry=exact(), enforce_jti=True)
    assert client.get_httpx_client().get("/campaign").status_code == 200
    jtis = {jwt.decode(token or "", options={"verify_signature": False})["jti"] for token in server.tokens}
    assert len(jtis) == 3
    assert client.jwt_auth.signatures == 3


class TrackedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self) -> None:
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield b"{}"

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"{}"

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def test_discarded_responses_are_closed_sync(sleeps: list[float]) -> None:
    first, last = TrackedStream(), TrackedStream()
    server = Server(httpx.Response(503, stream=first), httpx.Response(200, stream=last))
    transport = RetryTransport(httpx.MockTransport(server), exact())
    response = transport.handle_request(httpx.Request("GET", URL))
    assert response.status_code == 200
    assert first.closed
    assert not last.closed


@pytest.mark.anyio
async def test_discarded_responses_are_closed_async(sleeps: list[float]) -> None:
    first, last = TrackedStream(), TrackedStream()
    server = Server(httpx.Response(503, stream=first), httpx.Response(200, stream=last))
    transport = RetryTransport(httpx.MockTransport(server), exact())
    response = await transport.handle_async_request(httpx.Request("GET", URL))
    assert response.status_code == 200
    assert first.closed
    assert not last.closed


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_streamed_body_is_not_replayed(sleeps: list[float], method: str) -> None:
    # Only byte bodies (what the generated client sends) can be sent again.
    def body() -> Iterator[bytes]:
        yield b"{}"

    server = Server(429)
    transport = RetryTransport(httpx.MockTransport(server), exact())
    response = transport.handle_request(httpx.Request(method, URL, content=body()))
    assert response.status_code == 429
    assert server.attempts == [method]
    assert sleeps == []


def test_retries_are_logged_at_debug(sleeps: list[float], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="httpx_retries")
    send("sync", Server(httpx.Response(429, headers={"Retry-After": "2"}), httpx.ConnectError), exact())
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("_retry_operation retrying")]
    assert len(retries) == 2
    assert "429 Too Many Requests" in retries[0]
    assert "scripted failure" in retries[1]  # the ConnectError's text
