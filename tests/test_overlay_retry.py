"""Retry transports: which failures are retried for GET and for POST, backoff, Retry-After, off."""

from __future__ import annotations

import email.utils
import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
import httpx
import jwt
import kore_campaigns
import pytest
from kore_campaigns import AsyncRetryTransport, RetryPolicy, RetryTransport, parse_retry_after

URL = "http://kore.test/campaign"
NOW = 1_900_000_000.0

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


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.calls.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.calls.append(seconds)


def policy(sleeps: Sleeps, jitter: float = 1.0, **options: Any) -> RetryPolicy:
    # jitter 1.0 makes "full jitter" take its upper bound, so the sleeps are exact.
    return RetryPolicy(
        sleep=sleeps.sleep,
        async_sleep=sleeps.async_sleep,
        jitter=lambda: jitter,
        clock=lambda: NOW,
        **options,
    )


def send(mode: str, server: Server, retry: RetryPolicy, method: str = "GET") -> httpx.Response | Exception:
    """One request through a retry transport; returns the final response or the raised error."""
    body = b'{"name": "x"}' if method == "POST" else None
    if mode == "sync":
        with httpx.Client(transport=RetryTransport(httpx.MockTransport(server), retry)) as client:
            try:
                return client.request(method, URL, content=body)
            except httpx.TransportError as error:
                return error

    async def go() -> httpx.Response | Exception:
        transport = AsyncRetryTransport(httpx.MockTransport(server), retry)
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
def test_status_once_then_success(mode: str, method: str, status: int, retried: bool) -> None:
    server, sleeps = Server(status), Sleeps()
    result = send(mode, server, policy(sleeps), method)
    assert isinstance(result, httpx.Response)
    if retried:
        assert server.attempts == [method, method]
        assert sleeps.calls == [0.5]
        assert result.status_code == 200
    else:
        assert server.attempts == [method]
        assert sleeps.calls == []
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
    mode: str, method: str, error: type[httpx.TransportError], retried: bool
) -> None:
    server, sleeps = Server(error), Sleeps()
    result = send(mode, server, policy(sleeps), method)
    if retried:
        assert server.attempts == [method, method]
        assert sleeps.calls == [0.5]
        assert isinstance(result, httpx.Response)
        assert result.status_code == 200
    else:
        assert server.attempts == [method]
        assert sleeps.calls == []
        assert type(result) is error


@MODES
@pytest.mark.parametrize(("method", "status"), [("GET", 503), ("POST", 429)])
def test_gives_up_after_max_attempts_with_exponential_backoff(mode: str, method: str, status: int) -> None:
    server, sleeps = Server(*[status] * 10), Sleeps()
    result = send(mode, server, policy(sleeps), method)
    assert server.attempts == [method] * 4
    assert sleeps.calls == [0.5, 1.0, 2.0]
    assert isinstance(result, httpx.Response)
    assert result.status_code == status


@MODES
def test_mixed_get_sequence(mode: str) -> None:
    server, sleeps = Server(httpx.ConnectError, 502, httpx.ReadTimeout), Sleeps()
    result = send(mode, server, policy(sleeps))
    assert server.attempts == ["GET"] * 4
    assert sleeps.calls == [0.5, 1.0, 2.0]
    assert isinstance(result, httpx.Response)
    assert result.status_code == 200


@MODES
def test_mixed_post_sequence_stops_at_the_first_5xx(mode: str) -> None:
    rate_limited = httpx.Response(429, headers={"Retry-After": "3"})
    server, sleeps = Server(httpx.ConnectError, rate_limited, 503), Sleeps()
    result = send(mode, server, policy(sleeps), "POST")
    assert server.attempts == ["POST"] * 3
    assert sleeps.calls == [0.5, 3.0]
    assert isinstance(result, httpx.Response)
    assert result.status_code == 503


@MODES
def test_backoff_is_capped(mode: str) -> None:
    server, sleeps = Server(503, 503, 503), Sleeps()
    send(mode, server, policy(sleeps, backoff_base=10, backoff_cap=15))
    assert sleeps.calls == [10.0, 15.0, 15.0]


@MODES
def test_full_jitter_scales_the_backoff(mode: str) -> None:
    server, sleeps = Server(503, 503, 503), Sleeps()
    send(mode, server, policy(sleeps, jitter=0.5))
    assert sleeps.calls == [0.25, 0.5, 1.0]


def test_default_jitter_stays_within_bounds() -> None:
    sleeps = Sleeps()
    retry = RetryPolicy(sleep=sleeps.sleep, max_attempts=6)
    send("sync", Server(*[503] * 6), retry)
    bounds = [0.5, 1.0, 2.0, 4.0, 8.0]
    assert len(sleeps.calls) == 5
    assert all(0 <= slept <= bound for slept, bound in zip(sleeps.calls, bounds, strict=True))


@MODES
@pytest.mark.parametrize(
    ("retry_after", "expected"),
    [
        ("7", 7.0),
        ("0", 0.0),
        ("120", 60.0),  # capped at retry_after_cap
        (email.utils.formatdate(NOW + 30, usegmt=True), 30.0),
        (email.utils.formatdate(NOW + 3600, usegmt=True), 60.0),
        (email.utils.formatdate(NOW - 30, usegmt=True), 0.0),
        ("soon", 0.5),  # unusable: plain backoff
    ],
)
def test_retry_after_is_obeyed_up_to_the_cap(mode: str, retry_after: str, expected: float) -> None:
    server, sleeps = Server(httpx.Response(429, headers={"Retry-After": retry_after})), Sleeps()
    for method in ("GET", "POST"):
        sleeps.calls.clear()
        server.outcomes = [httpx.Response(429, headers={"Retry-After": retry_after})]
        result = send(mode, server, policy(sleeps), method)
        assert isinstance(result, httpx.Response)
        assert result.status_code == 200
        assert sleeps.calls == [expected]


@MODES
def test_retry_after_on_a_post_5xx_does_not_make_it_retried(mode: str) -> None:
    server, sleeps = Server(httpx.Response(503, headers={"Retry-After": "1"})), Sleeps()
    result = send(mode, server, policy(sleeps), "POST")
    assert server.attempts == ["POST"]
    assert isinstance(result, httpx.Response)
    assert result.status_code == 503


@MODES
def test_retry_after_cap_is_configurable(mode: str) -> None:
    server, sleeps = Server(httpx.Response(503, headers={"Retry-After": "120"})), Sleeps()
    send(mode, server, policy(sleeps, retry_after_cap=5))
    assert sleeps.calls == [5.0]


@MODES
def test_statuses_are_configurable(mode: str) -> None:
    server, sleeps = Server(500), Sleeps()
    retry = RetryPolicy(
        idempotent_statuses=frozenset({500}), sleep=sleeps.sleep, async_sleep=sleeps.async_sleep, jitter=lambda: 1
    )
    result = send(mode, server, retry)
    assert server.attempts == ["GET", "GET"]
    assert isinstance(result, httpx.Response)
    assert result.status_code == 200


@MODES
def test_one_attempt_means_no_retry(mode: str) -> None:
    server, sleeps = Server(429), Sleeps()
    result = send(mode, server, policy(sleeps, max_attempts=1))
    assert server.attempts == ["GET"]
    assert sleeps.calls == []
    assert isinstance(result, httpx.Response)
    assert result.status_code == 429


def test_invalid_policy_is_refused() -> None:
    with pytest.raises(ValueError, match="max_attempts"):
        RetryPolicy(max_attempts=0)
    with pytest.raises(ValueError, match="backoff_cap"):
        RetryPolicy(backoff_cap=-1)


def test_retry_none_turns_retries_off_in_create_client() -> None:
    server = Server(429, 503)
    client = kore_campaigns.create_client(
        client_id="cs-x",
        client_secret="secret-" + "x" * 40,
        account_id="acc",
        bot_id="st-bot",
        base_url="http://kore.test",
        transport=httpx.MockTransport(server),
        retry=None,
        rate_limit=None,
    )
    response = client.get_httpx_client().get("/campaign")
    assert response.status_code == 429
    assert server.attempts == ["GET"]


def test_every_retry_gets_a_fresh_jti_when_jti_is_enforced() -> None:
    # An enforced jti may not be reused, and the httpx client applied auth only once.
    sleeps = Sleeps()
    server = Server(429, 503)
    client = kore_campaigns.create_client(
        client_id="cs-x",
        client_secret="secret-" + "x" * 40,
        account_id="acc",
        bot_id="st-bot",
        base_url="http://kore.test",
        transport=httpx.MockTransport(server),
        retry=policy(sleeps),
        rate_limit=None,
        enforce_jti=True,
    )
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


def test_discarded_responses_are_closed_sync() -> None:
    first, last = TrackedStream(), TrackedStream()
    server = Server(httpx.Response(503, stream=first), httpx.Response(200, stream=last))
    transport = RetryTransport(httpx.MockTransport(server), policy(Sleeps()))
    response = transport.handle_request(httpx.Request("GET", URL))
    assert response.status_code == 200
    assert first.closed
    assert not last.closed


@pytest.mark.anyio
async def test_discarded_responses_are_closed_async() -> None:
    first, last = TrackedStream(), TrackedStream()
    server = Server(httpx.Response(503, stream=first), httpx.Response(200, stream=last))
    transport = AsyncRetryTransport(httpx.MockTransport(server), policy(Sleeps()))
    response = await transport.handle_async_request(httpx.Request("GET", URL))
    assert response.status_code == 200
    assert first.closed
    assert not last.closed


def test_a_streamed_body_is_not_replayed() -> None:
    # Only byte bodies (what the generated client sends) can be sent again.
    def body() -> Iterator[bytes]:
        yield b"{}"

    server, sleeps = Server(429), Sleeps()
    transport = RetryTransport(httpx.MockTransport(server), policy(sleeps))
    response = transport.handle_request(httpx.Request("POST", URL, content=body()))
    assert response.status_code == 429
    assert server.attempts == ["POST"]
    assert sleeps.calls == []


def test_prepare_retry_runs_before_each_retry() -> None:
    prepared: list[str] = []
    server = Server(503, 503)
    transport = RetryTransport(
        httpx.MockTransport(server), policy(Sleeps()), prepare_retry=lambda r: prepared.append(r.method)
    )
    transport.handle_request(httpx.Request("GET", URL))
    assert prepared == ["GET", "GET"]


def test_retries_are_logged_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="kore_campaigns")
    send("sync", Server(httpx.Response(429, headers={"Retry-After": "2"}), httpx.ConnectError), policy(Sleeps()))
    messages = [r.getMessage() for r in caplog.records if r.name == "kore_campaigns"]
    assert messages == [
        "retrying GET /campaign after 429 in 2.00 s (attempt 2 of 4)",
        "retrying GET /campaign after ConnectError in 1.00 s (attempt 3 of 4)",
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("5", 5.0),
        (" 5 ", 5.0),
        ("-1", None),
        ("1.5", None),
        ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),
        (email.utils.formatdate(NOW + 90, usegmt=True), 90.0),
        ("not a date", None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, NOW) == expected
