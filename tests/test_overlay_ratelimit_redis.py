"""The rate limit shared through a real redis-server: one budget per account, clear failures, opt-in fallback."""

from __future__ import annotations

import logging
import uuid

import anyio
import fakes
import httpx
import kore_campaigns
import kore_campaigns.ratelimit
import pytest
from conftest import RedisServer, _free_port
from kore_campaigns import KoreClient, KoreRateLimitStorageError, KoreRateLimitTimeout, RateLimit
from limits.errors import StorageError

SECRET = fakes.TEST_SECRET
Server = fakes.Server
# Fail at once instead of waiting for the window (a full window is 61 s); the other timeouts only guard a hang.
NO_WAIT = httpx.Timeout(60.0, pool=1.0)


def worker(storage: str, account_id: str, server: Server, **options: object) -> KoreClient:
    """A client as one process of a fleet would build it (its own connection to the storage)."""
    return fakes.overlay_client(
        server,
        account_id=account_id,
        timeout=NO_WAIT,
        retry=None,
        rate_limit=RateLimit(requests=3, storage=storage, **options),  # type: ignore[arg-type]
    )


def fresh_account() -> str:
    # Each test its own account: the server lives for the whole session.
    return f"acc-{uuid.uuid4().hex[:12]}"


@pytest.mark.parametrize("via", ["port", "unix socket"])
def test_workers_of_one_account_share_its_budget(redis_server: RedisServer, via: str) -> None:
    storage = redis_server.url if via == "port" else redis_server.unix_url
    account, server = fresh_account(), Server()
    first, second = worker(storage, account, server), worker(storage, account, server)
    first.get_httpx_client().get("/c")
    second.get_httpx_client().get("/c")
    first.get_httpx_client().get("/c")
    # The account's 3 are used up by two workers together: the second worker must wait a window.
    with pytest.raises(KoreRateLimitTimeout, match=r"would wait 6[01]"):
        second.get_httpx_client().get("/c")
    assert len(server.requests) == 3


def test_two_accounts_on_one_redis_do_not_share_a_budget(redis_server: RedisServer) -> None:
    server = Server()
    busy, other = worker(redis_server.url, fresh_account(), server), worker(redis_server.url, fresh_account(), server)
    for _ in range(3):
        busy.get_httpx_client().get("/c")
    for _ in range(3):
        other.get_httpx_client().get("/c")
    assert len(server.requests) == 6
    with pytest.raises(KoreRateLimitTimeout):
        busy.get_httpx_client().get("/c")


def test_async_workers_share_the_budget_too(redis_server: RedisServer) -> None:
    account, server = fresh_account(), Server()
    sync_worker, async_worker = worker(redis_server.url, account, server), worker(redis_server.url, account, server)

    async def calls() -> None:
        for _ in range(2):
            await async_worker.get_async_httpx_client().get("/c")

    anyio.run(calls)
    sync_worker.get_httpx_client().get("/c")

    async def one_more() -> None:
        await async_worker.get_async_httpx_client().get("/c")

    with pytest.raises(KoreRateLimitTimeout):
        anyio.run(one_more)
    assert len(server.requests) == 3


def closed_port_url(redis_server: RedisServer) -> str:
    # Nothing listens there once the probe socket is closed.
    return f"redis://:{redis_server.password}@127.0.0.1:{_free_port()}/0"


@pytest.mark.parametrize("side", ["sync", "async"])
def test_unreachable_redis_fails_the_request_naming_it_without_its_password(
    redis_server: RedisServer, side: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    url, server = closed_port_url(redis_server), Server()
    client = worker(url, fresh_account(), server)

    async def call() -> None:
        await client.get_async_httpx_client().get("/c")

    with pytest.raises(KoreRateLimitStorageError) as caught:
        if side == "sync":
            client.get_httpx_client().get("/c")
        else:
            anyio.run(call)
    text = str(caught.value)
    assert text.startswith(f"rate-limit storage {url.replace(redis_server.password, '***')} failed (ConnectionError")
    assert "the request was not sent" in text
    assert server.requests == []
    for shown in (text, repr(caught.value), repr(client), caplog.text, repr(caught.value.__cause__)):
        assert redis_server.password not in shown


def test_a_wrong_password_is_a_clear_error_without_the_password(redis_server: RedisServer) -> None:
    wrong = "not-the-password-7d1e"
    url = f"redis://:{wrong}@127.0.0.1:{redis_server.port}/0"
    with pytest.raises(KoreRateLimitStorageError) as caught:
        worker(url, fresh_account(), Server()).get_httpx_client().get("/c")
    assert f"redis://:***@127.0.0.1:{redis_server.port}/0" in str(caught.value)
    assert wrong not in str(caught.value) + repr(caught.value)


def test_fallback_to_memory_is_opt_in_and_still_limits(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="kore_campaigns")
    url, server = closed_port_url(redis_server), Server()
    client = worker(url, fresh_account(), server, fallback_to_memory=True)
    for _ in range(3):
        assert client.get_httpx_client().get("/c").status_code == 200
    with pytest.raises(KoreRateLimitTimeout):  # this process's own window now applies
        client.get_httpx_client().get("/c")
    assert len(server.requests) == 3
    warnings = [record.getMessage() for record in caplog.records if record.name == "kore_campaigns"]
    shown = url.replace(redis_server.password, "***")
    assert warnings == [f"rate limit: storage {shown} failed; limiting this process alone until it is back"]
    assert redis_server.password not in caplog.text


def test_from_env_points_the_limit_at_redis(redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch) -> None:
    account, server = fresh_account(), Server()
    env = {
        "KORE_CLIENT_ID": "cs-x",
        "KORE_CLIENT_SECRET": SECRET,
        "KORE_ACCOUNT_ID": account,
        "KORE_BOT_ID": "st-bot",
        "KORE_BASE_URL": "http://kore.test",
        "KORE_RATE_LIMIT_STORAGE": redis_server.url,
        "KORE_RATE_LIMIT_PER_MINUTE": "2",
    }
    transport = httpx.MockTransport(server)
    options = {"transport": transport, "timeout": NO_WAIT, "retry": None}
    first = kore_campaigns.from_env(env, **options)  # type: ignore[arg-type]
    second = kore_campaigns.from_env(env, **options)  # type: ignore[arg-type]
    first.get_httpx_client().get("/c")
    second.get_httpx_client().get("/c")
    with pytest.raises(KoreRateLimitTimeout):
        first.get_httpx_client().get("/c")
    assert redis_server.password not in repr(first) + repr(first.get_httpx_client()._transport)


def test_fallback_goes_back_to_redis_once_it_answers(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    caplog.set_level(logging.WARNING, logger="kore_campaigns")
    limiter = RateLimit(requests=3, storage=redis_server.url, fallback_to_memory=True).new_limiter(fresh_account())
    real_try = limiter._try
    calls = []

    def down(strategy: object, key: str) -> float:
        calls.append(strategy)
        if strategy is limiter._shared:
            raise StorageError(ConnectionError("refused"))
        return real_try(strategy, key)  # type: ignore[arg-type]

    monkeypatch.setattr(limiter, "_try", down)
    assert limiter.try_acquire() == 0.0
    assert limiter.try_acquire() == 0.0  # within 5 s: straight to memory, no second timeout
    assert [c is limiter._shared for c in calls] == [True, False, False]
    monkeypatch.setattr(limiter, "_try", real_try)
    limiter._ask_storage_at = 0.0  # as if the 5 s had passed
    assert limiter.try_acquire() == 0.0
    messages = [record.getMessage() for record in caplog.records if record.name == "kore_campaigns"]
    shown = redis_server.url.replace(redis_server.password, "***")
    assert messages == [
        f"rate limit: storage {shown} failed; limiting this process alone until it is back",
        f"rate limit: storage {shown} is back",
    ]
