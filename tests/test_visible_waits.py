"""Every pause longer than a second is told to the wait listeners: the client's rate limit, a
server's Retry-After and a retry's backoff (the command line counts them down)."""

from __future__ import annotations

import logging

import anyio
import httpx
import kore_campaigns
import pytest
from fakes import FakeTime
from httpx_retries import Retry
from kore_campaigns import RateLimit, RetryTransport, Wait
from kore_campaigns.retry import DEFAULT_RETRY


def answers(*responses: httpx.Response) -> httpx.MockTransport:
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        return queue.pop(0)

    return httpx.MockTransport(handler)


@pytest.fixture
def fake_time(monkeypatch: pytest.MonkeyPatch) -> FakeTime:
    fake = FakeTime()
    fake.install(monkeypatch)
    return fake


def test_a_retry_after_is_told_with_its_request_and_account(
    fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    transport = RetryTransport(
        answers(httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200)),
        DEFAULT_RETRY.copy_with(backoff_jitter=0.0),
    )
    told: list[Wait] = []
    pairs: list[tuple[str, float]] = []
    with (
        caplog.at_level(logging.INFO, logger="kore_campaigns"),
        kore_campaigns.visible_waits(told.append),
        kore_campaigns.rate_limit_waits(lambda account, seconds: pairs.append((account, seconds))),
        httpx.Client(transport=transport) as client,
    ):
        assert client.get("http://kore.test/lists", headers={"accountId": "acc-1"}).status_code == 200
    assert told == [Wait(3.0, "Retry-After", "GET /lists", "acc-1", "Retry-After: 3")]
    assert pairs == [("acc-1", 3.0)]
    assert fake_time.sleeps == [3.0]  # slept once, for the time it told
    (record,) = [record for record in caplog.records if "Retry-After" in record.getMessage()]
    assert record.getMessage() == "server: GET /lists is retried in 3.0 s, as its Retry-After says"
    assert record.kore_wait == 3.0  # type: ignore[attr-defined]


def test_a_backoff_over_a_second_is_told_but_not_as_a_rate_limit(fake_time: FakeTime) -> None:
    retry = DEFAULT_RETRY.copy_with(backoff_jitter=0.0, backoff_factor=0.5)  # 1, 2, 4 s
    transport = RetryTransport(
        answers(httpx.Response(503), httpx.Response(503), httpx.Response(200)),
        retry,
    )
    told: list[Wait] = []
    pairs: list[tuple[str, float]] = []
    with (
        kore_campaigns.visible_waits(told.append),
        kore_campaigns.rate_limit_waits(lambda account, seconds: pairs.append((account, seconds))),
        httpx.Client(transport=transport) as client,
    ):
        assert client.get("http://kore.test/x").status_code == 200
    # The first pause (1 s) is not over a second; the second (2 s) is.
    assert fake_time.sleeps == [1.0, 2.0]
    assert [(wait.seconds, wait.cause) for wait in told] == [(2.0, "backoff")]
    assert pairs == []


def test_async_retries_are_told_too(fake_time: FakeTime) -> None:
    transport = RetryTransport(
        answers(httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(200)),
        DEFAULT_RETRY.copy_with(backoff_jitter=0.0),
    )
    told: list[Wait] = []

    async def call() -> int:
        async with httpx.AsyncClient(transport=transport) as client:
            return (await client.post("http://kore.test/y", content=b"{}")).status_code

    with kore_campaigns.visible_waits(told.append):
        assert anyio.run(call) == 200
    assert [(wait.seconds, wait.cause, wait.request) for wait in told] == [(2.0, "Retry-After", "POST /y")]


def test_a_custom_retry_class_keeps_its_own_backoff(fake_time: FakeTime) -> None:
    class Slow(Retry):
        def backoff_strategy(self) -> float:
            return 5.0

    transport = RetryTransport(answers(httpx.Response(503), httpx.Response(200)), Slow(total=2))
    told: list[Wait] = []
    with kore_campaigns.visible_waits(told.append), httpx.Client(transport=transport) as client:
        assert client.get("http://kore.test/z").status_code == 200
    assert fake_time.sleeps == [5.0] and [wait.seconds for wait in told] == [5.0]


def test_the_client_rate_limit_is_told_as_a_wait() -> None:
    fake = FakeTime()
    limiter = RateLimit(requests=1, window=1, clock=fake.clock, sleep=fake.sleep).new_limiter("acct")
    told: list[Wait] = []
    request = httpx.Request("GET", "https://example.invalid/x")
    with kore_campaigns.visible_waits(told.append):
        limiter.wait(request)
        limiter.wait(request)
    (wait,) = told
    assert wait.cause == "rate limit" and wait.account_id == "acct" and wait.seconds > 1
    assert wait.describe() == "rate limit (1 requests per 1 s) before GET /x"
    long = Wait(
        2.0, "Retry-After", "POST /campaign/api/v2/public/st-1/campaign/getAllCampaignDetails", None, "Retry-After: 2"
    )
    assert long.describe() == "the server asked to wait (Retry-After: 2) before POST …/campaign/getAllCampaignDetails"
