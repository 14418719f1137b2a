"""Test doubles shared by the test modules."""

from __future__ import annotations

import time
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import httpx
import httpx_retries.retry
import kore_campaigns
import pytest

TEST_SECRET = "secret-" + "x" * 40


class FakeTime:
    """A clock that moves only when someone sleeps; records every sleep.

    Pass the instance (or `clock`) wherever a `time.time`-like callable is taken, and `sleep` /
    `async_sleep` wherever the code under test waits, so waits cost no real time.
    """

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """For the test, make ``time.time`` this clock and httpx-retries sleep here: the ``limits`` library
        reads ``time.time`` and httpx-retries calls ``time.sleep`` / ``asyncio.sleep``, with nothing to inject."""
        monkeypatch.setattr(time, "time", self.clock)
        monkeypatch.setattr(httpx_retries.retry, "time", SimpleNamespace(sleep=self.sleep))
        monkeypatch.setattr(httpx_retries.retry, "asyncio", SimpleNamespace(sleep=self.async_sleep))


class Server:
    """Answers 200 ``{}`` to everything and keeps each request."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={})


def overlay_client(handler: Callable[[httpx.Request], httpx.Response], **options: Any) -> kore_campaigns.KoreClient:
    """``create_client`` with test credentials, ``handler`` answering sync and async calls; ``options`` win."""
    transport = httpx.MockTransport(handler)
    arguments: dict[str, Any] = {
        "client_id": "cs-x",
        "client_secret": TEST_SECRET,
        "account_id": "acc",
        "bot_id": "st-bot",
        "base_url": "http://kore.test",
        "transport": transport,
        "async_transport": transport,
    }
    return kore_campaigns.create_client(**(arguments | options))
