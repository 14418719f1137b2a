"""Client-side rate limit: 60 a minute wait instead of failing, sync and async, one shared bucket."""

from __future__ import annotations

import threading
import time

import fakes
import httpx
import kore_campaigns
import pytest
from kore_campaigns import KoreClient, RateLimit, RetryPolicy, TokenBucket


class FakeTime(fakes.FakeTime):
    def rate_limit(self, **options: int) -> RateLimit:
        return RateLimit(clock=self.clock, sleep=self.sleep, async_sleep=self.async_sleep, **options)


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={})


def make_client(
    rate_limit: RateLimit | None, handler: httpx.MockTransport | None = None, retry: RetryPolicy | None = None
) -> KoreClient:
    transport = handler or httpx.MockTransport(ok)
    return kore_campaigns.create_client(
        client_id="cs-x",
        client_secret="secret-" + "x" * 40,
        account_id="acc",
        bot_id="st-bot",
        base_url="http://kore.test",
        transport=transport,
        async_transport=transport,
        retry=retry,
        rate_limit=rate_limit,
    )


def test_bucket_allows_a_burst_of_capacity_then_one_per_interval() -> None:
    now = [0.0]
    bucket = TokenBucket(60, 1.0, lambda: now[0])
    assert [bucket.reserve() for _ in range(60)] == [0.0] * 60
    assert bucket.reserve() == 1.0
    assert bucket.reserve() == 2.0  # queued behind the previous reservation
    now[0] = 2.0
    assert bucket.reserve() == 1.0
    now[0] = 500.0  # refills, but never above capacity
    assert [bucket.reserve() for _ in range(60)] == [0.0] * 60
    assert bucket.reserve() == 1.0


def test_61_sync_requests_in_a_minute_wait_instead_of_failing() -> None:
    fake = FakeTime()
    http = make_client(fake.rate_limit()).get_httpx_client()
    statuses = [http.get("/c").status_code for _ in range(61)]
    assert statuses == [200] * 61
    assert fake.sleeps == [1.0]  # only the 61st waits, one second
    assert fake.now == 1001.0


@pytest.mark.anyio
async def test_61_async_requests_in_a_minute_wait_instead_of_failing() -> None:
    fake = FakeTime()
    http = make_client(fake.rate_limit()).get_async_httpx_client()
    statuses = [(await http.get("/c")).status_code for _ in range(61)]
    assert statuses == [200] * 61
    assert fake.sleeps == [1.0]


@pytest.mark.anyio
async def test_sync_and_async_sides_of_one_client_share_the_bucket() -> None:
    fake = FakeTime()
    client = make_client(fake.rate_limit())
    for _ in range(30):
        client.get_httpx_client().get("/c")
    for _ in range(30):
        await client.get_async_httpx_client().get("/c")
    assert fake.sleeps == []
    await client.get_async_httpx_client().get("/c")
    client.get_httpx_client().get("/c")
    assert fake.sleeps == [1.0, 1.0]


def test_each_retry_attempt_takes_a_token() -> None:
    # Rate limit sits inside retry: a retried request is counted once per attempt.
    fake = FakeTime()
    attempts: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(fake.now)
        return httpx.Response(429 if len(attempts) < 3 else 200, headers={"Retry-After": "0"})

    retry = RetryPolicy(sleep=lambda s: None, jitter=lambda: 0.0)
    http = make_client(fake.rate_limit(burst=1), httpx.MockTransport(handler), retry).get_httpx_client()
    assert http.get("/c").status_code == 200
    assert fake.sleeps == [1.0, 1.0]  # the 2nd and 3rd attempts each waited for a token
    assert attempts == [1000.0, 1001.0, 1002.0]


def test_rate_limit_none_never_waits() -> None:
    fake = FakeTime()
    http = make_client(None).get_httpx_client()
    for _ in range(200):
        http.get("/c")
    assert fake.sleeps == []


def test_configurable_rate() -> None:
    fake = FakeTime()
    http = make_client(fake.rate_limit(requests=10, per=5)).get_httpx_client()
    for _ in range(12):
        http.get("/c")
    assert fake.sleeps == [0.5, 0.5]


def test_burst_one_spaces_requests_evenly() -> None:
    fake = FakeTime()
    http = make_client(fake.rate_limit(burst=1)).get_httpx_client()
    for _ in range(4):
        http.get("/c")
    assert fake.sleeps == [1.0, 1.0, 1.0]


@pytest.mark.parametrize("options", [{"requests": 0}, {"per": 0}, {"burst": 0}])
def test_invalid_rate_limit_is_refused(options: dict[str, int]) -> None:
    with pytest.raises(ValueError, match=next(iter(options))):
        RateLimit(**options)  # type: ignore[arg-type]


def test_threads_queue_behind_each_other() -> None:
    now = [0.0]
    bucket = TokenBucket(5, 1.0, lambda: now[0])
    waits: list[float] = []
    lock = threading.Lock()

    def work() -> None:
        for _ in range(5):
            wait = bucket.reserve()
            with lock:
                waits.append(wait)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # 5 free tokens, then each of the other 15 reservations waits one second longer than the last.
    assert sorted(waits) == [0.0] * 5 + [float(n) for n in range(1, 16)]


def test_default_clock_and_sleep_really_wait() -> None:
    # Kept short: 20 a second, no burst, so three requests take at least 0.1 s.
    http = make_client(RateLimit(requests=20, per=1.0, burst=1)).get_httpx_client()
    began = time.monotonic()
    for _ in range(3):
        http.get("/c")
    assert time.monotonic() - began >= 0.09
