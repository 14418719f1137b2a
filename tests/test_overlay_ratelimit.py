"""Client-side rate limit (limits' moving window): calls wait for room instead of failing, sync and async."""

from __future__ import annotations

import time
from typing import Any

import fakes
import httpx
import jwt
import kore_campaigns
import pytest
from kore_campaigns import DEFAULT_RETRY, KoreClient, KoreRateLimitTimeout, RateLimit, Retry
from kore_campaigns.ratelimit import WINDOW_MARGIN, AccountLimiter, redact_uri

ENV = {
    "KORE_CLIENT_ID": "cs-x",
    "KORE_CLIENT_SECRET": "secret-" + "x" * 40,
    "KORE_ACCOUNT_ID": "acc",
    "KORE_BOT_ID": "st-bot",
    "KORE_BASE_URL": "http://kore.test",
}
# A full window's wait: the window, the client's margin, and the step past the boundary.
FULL_WAIT = pytest.approx(60 + WINDOW_MARGIN, abs=0.02)


class FakeTime(fakes.FakeTime):
    def rate_limit(self, requests: int = 60, window: int = 60) -> RateLimit:
        return RateLimit(requests, window, clock=self.clock, sleep=self.sleep, async_sleep=self.async_sleep)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeTime:
    fake = FakeTime()
    fake.install(monkeypatch)
    return fake


Server = fakes.Server


def make_client(
    rate_limit: RateLimit | None,
    handler: httpx.MockTransport | None = None,
    retry: Retry | None = None,
    account_id: str = "acc",
    **options: Any,
) -> KoreClient:
    if handler is not None:
        options["transport"] = options["async_transport"] = handler
    return fakes.overlay_client(Server(), account_id=account_id, retry=retry, rate_limit=rate_limit, **options)


def test_61_sync_requests_in_a_minute_wait_instead_of_failing(fake: FakeTime) -> None:
    http = make_client(fake.rate_limit()).get_httpx_client()
    statuses = [http.get("/c").status_code for _ in range(61)]
    assert statuses == [200] * 61
    # A moving window: 60 go at once, the 61st waits until the first leaves the window.
    assert fake.sleeps == [FULL_WAIT]


@pytest.mark.anyio
async def test_61_async_requests_in_a_minute_wait_instead_of_failing(fake: FakeTime) -> None:
    http = make_client(fake.rate_limit()).get_async_httpx_client()
    statuses = [(await http.get("/c")).status_code for _ in range(61)]
    assert statuses == [200] * 61
    assert fake.sleeps == [FULL_WAIT]


@pytest.mark.anyio
async def test_sync_and_async_sides_of_one_client_share_the_window(fake: FakeTime) -> None:
    client = make_client(fake.rate_limit())
    for _ in range(30):
        client.get_httpx_client().get("/c")
    for _ in range(30):
        await client.get_async_httpx_client().get("/c")
    assert fake.sleeps == []
    await client.get_async_httpx_client().get("/c")
    assert fake.sleeps == [FULL_WAIT]


def test_two_accounts_do_not_share_a_window(fake: FakeTime) -> None:
    limit = fake.rate_limit(requests=2)
    first, second = make_client(limit).get_httpx_client(), make_client(limit, account_id="other").get_httpx_client()
    for _ in range(2):
        first.get("/c")
        second.get("/c")
    assert fake.sleeps == []


def test_each_retry_attempt_takes_a_place(fake: FakeTime) -> None:
    # Rate limit sits inside retry: a retried request is counted once per attempt.
    attempts: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(fake.now)
        return httpx.Response(429 if len(attempts) < 3 else 200, headers={"Retry-After": "0"})

    retry = DEFAULT_RETRY.copy_with(backoff_jitter=0.0)
    http = make_client(fake.rate_limit(requests=1), httpx.MockTransport(handler), retry).get_httpx_client()
    assert http.get("/c").status_code == 200
    # Backoff (no Retry-After to obey), then the 2nd and 3rd attempts each wait for room.
    assert fake.sleeps == [0.5, pytest.approx(60.51, abs=0.02), 1.0, pytest.approx(60.01, abs=0.02)]
    assert attempts == [1000.0, pytest.approx(1061.01), pytest.approx(1122.02)]


def test_a_request_is_signed_after_its_wait(fake: FakeTime) -> None:
    # A token signed before a long wait would reach the server that much older.
    server = Server()
    client = make_client(
        fake.rate_limit(requests=1), httpx.MockTransport(server), jwt_clock=fake.clock, enforce_jti=True
    )
    for _ in range(2):
        client.get_httpx_client().get("/c")
    claims = [jwt.decode(r.headers["auth"], options={"verify_signature": False}) for r in server.requests]
    assert [c["iat"] for c in claims] == [1000, 1061]


def test_rate_limit_none_never_waits(fake: FakeTime) -> None:
    http = make_client(None).get_httpx_client()
    for _ in range(200):
        http.get("/c")
    assert fake.sleeps == []


def test_configurable_requests_and_window(fake: FakeTime) -> None:
    http = make_client(fake.rate_limit(requests=10, window=5)).get_httpx_client()
    for _ in range(12):
        http.get("/c")
    assert fake.sleeps == [pytest.approx(5 + WINDOW_MARGIN, abs=0.02)]


def test_a_wait_longer_than_the_pool_timeout_is_an_error_and_sends_nothing(fake: FakeTime) -> None:
    server = Server()
    client = make_client(fake.rate_limit(requests=1), httpx.MockTransport(server))
    http = client.with_timeout(httpx.Timeout(30.0, pool=10.0)).get_httpx_client()
    http.get("/c")
    with pytest.raises(KoreRateLimitTimeout) as caught:
        http.get("/c/second")
    assert str(caught.value).startswith("GET /c/second would wait 61.0 s for room in the account's rate limit")
    assert "pool timeout of 10.0 s" in str(caught.value)
    assert len(server.requests) == 1
    assert fake.sleeps == []


def test_the_default_timeout_lets_a_full_window_pass(fake: FakeTime) -> None:
    # DEFAULT_TIMEOUT's pool timeout covers the longest single wait of the default limit.
    http = make_client(fake.rate_limit()).with_timeout(kore_campaigns.DEFAULT_TIMEOUT).get_httpx_client()
    for _ in range(121):
        http.get("/c")
    assert fake.sleeps == [FULL_WAIT, FULL_WAIT]


@pytest.mark.parametrize(
    ("options", "field"), [({"requests": 0}, "requests"), ({"window": 0}, "window"), ({"storage": "x"}, "storage")]
)
def test_invalid_rate_limit_is_refused(options: dict[str, object], field: str) -> None:
    with pytest.raises(ValueError, match=f"RateLimit.{field}"):
        RateLimit(**options)  # type: ignore[arg-type]


def test_a_storage_limits_cannot_use_is_refused_without_its_password() -> None:
    with pytest.raises(ValueError) as caught:
        RateLimit(storage="nosuch://:hunter2-secret@host:1").new_limiter("acc")
    assert str(caught.value) == "rate-limit storage nosuch://:***@host:1 is not usable: use memory:// or redis://..."


@pytest.mark.parametrize(
    ("uri", "shown"),
    [
        ("memory://", "memory://"),
        ("redis://127.0.0.1:6379/0", "redis://127.0.0.1:6379/0"),
        ("redis://:hunter2@127.0.0.1:6379/0", "redis://:***@127.0.0.1:6379/0"),
        ("rediss://user:hunter2@cache.example:6380", "rediss://user:***@cache.example:6380"),
        ("redis+unix:///run/redis.sock?password=hunter2&db=1", "redis+unix:///run/redis.sock?password=***&db=1"),
        ("redis://:hunter2@[::1]:6379", "redis://:***@[::1]:6379"),
        ("redis://:p%40ss%3Ahunter2@h:6379", "redis://:***@h:6379"),
    ],
)
def test_redact_uri(uri: str, shown: str) -> None:
    assert redact_uri(uri) == shown
    assert "hunter2" not in repr(RateLimit(storage=uri))


def test_from_env_reads_the_rate_limit_variables() -> None:
    variables = {"KORE_RATE_LIMIT_PER_MINUTE": "7", "KORE_RATE_LIMIT_STORAGE": "memory://"}
    client = kore_campaigns.from_env({**ENV, **variables, "KORE_RATE_LIMIT_FALLBACK": "memory"})
    limiter = _limiter(client)
    assert (limiter.limit.requests, limiter.limit.storage, limiter.limit.fallback_to_memory) == (7, "memory://", True)
    defaults = _limiter(kore_campaigns.from_env(ENV)).limit
    assert (defaults.requests, defaults.window, defaults.storage, defaults.fallback_to_memory) == (
        60,
        60,
        "memory://",
        False,
    )
    # An explicit argument wins over the environment.
    explicit = kore_campaigns.from_env({**ENV, "KORE_RATE_LIMIT_PER_MINUTE": "7"}, rate_limit_per_minute=3)
    assert _limiter(explicit).limit.requests == 3


@pytest.mark.parametrize("value", ["0", "-1", "sixty", "1.5"])
def test_a_bad_per_minute_variable_names_the_variable(value: str) -> None:
    with pytest.raises(ValueError, match="KORE_RATE_LIMIT_PER_MINUTE must be a whole number of at least 1"):
        kore_campaigns.from_env({**ENV, "KORE_RATE_LIMIT_PER_MINUTE": value})


def test_a_bad_fallback_variable_names_the_variable() -> None:
    with pytest.raises(ValueError, match="KORE_RATE_LIMIT_FALLBACK must be 'memory' or 'off'"):
        kore_campaigns.from_env({**ENV, "KORE_RATE_LIMIT_FALLBACK": "yes"})


def test_rate_limit_arguments_without_a_rate_limit_are_refused() -> None:
    with pytest.raises(ValueError, match="rate_limit=None turns the rate limit off"):
        kore_campaigns.from_env(ENV, rate_limit=None, rate_limit_per_minute=5)


def test_default_clock_and_sleep_really_wait() -> None:
    # Real time, kept short: 2 per 1-second window (held 2 s with the margin), so the 3rd call waits. The upper
    # bound is no speed limit: it only tells this 1-second window from the default 60-second one (a 61 s wait).
    http = make_client(RateLimit(requests=2, window=1)).get_httpx_client()
    began = time.monotonic()
    for _ in range(3):
        http.get("/c")
    assert 1.9 <= time.monotonic() - began < 30


def _limiter(client: KoreClient) -> AccountLimiter:
    under_retries = client.get_httpx_client()._transport._sync_transport  # type: ignore[attr-defined]
    limiter = under_retries.limiter
    assert isinstance(limiter, AccountLimiter)
    return limiter
