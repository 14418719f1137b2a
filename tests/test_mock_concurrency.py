"""Concurrent clients neither lose writes nor create two campaigns with one name."""

from __future__ import annotations

import asyncio
import copy
from concurrent.futures import ThreadPoolExecutor

import httpx
from kore_campaigns_mock import DEMO_ACCOUNT_ID, DEMO_BOT_ID, demo_app, samples
from kore_campaigns_mock.testing import (
    BASE_URL,
    MockClient,
    auth_headers,
    campaign_path,
    mock_app,
    voice_campaigns_path,
)
from starlette.applications import Starlette

APP = demo_app()
CLIENTS = 50
CAMPAIGNS_PER_CLIENT = 20


def _client(app: Starlette) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL, headers=auth_headers(APP))


async def _create_many(app: Starlette, client_number: int) -> list[str]:
    ids: list[str] = []
    async with _client(app) as client:
        for index in range(CAMPAIGNS_PER_CLIENT):
            body = copy.deepcopy(samples.voice_campaign())
            body["name"] = f"Campaign {client_number}-{index}"
            response = await client.post(voice_campaigns_path(DEMO_BOT_ID), json=body)
            assert response.status_code == 200, response.text
            ids.append(response.json()["data"]["id"])
    return ids


async def _read_all(app: Starlette, ids: list[str]) -> list[str]:
    async with _client(app) as client:
        responses = await asyncio.gather(*(client.get(campaign_path(DEMO_BOT_ID, id_, DEMO_ACCOUNT_ID)) for id_ in ids))
    assert all(response.status_code == 200 for response in responses)
    return [response.json()["data"]["name"] for response in responses]


def test_fifty_clients_create_a_thousand_campaigns() -> None:
    app = mock_app(dialling=False, rate_limit_per_minute=0)

    async def scenario() -> tuple[list[str], list[str]]:
        batches = await asyncio.gather(*(_create_many(app, number) for number in range(CLIENTS)))
        ids = [id_ for batch in batches for id_ in batch]
        return ids, await _read_all(app, ids)

    ids, names = asyncio.run(scenario())
    assert len(ids) == len(set(ids)) == CLIENTS * CAMPAIGNS_PER_CLIENT
    assert len(set(names)) == CLIENTS * CAMPAIGNS_PER_CLIENT


def test_concurrent_creates_of_one_name_yield_one_campaign() -> None:
    app = mock_app(dialling=False, rate_limit_per_minute=0)
    attempts = 40

    async def attempt(client: httpx.AsyncClient, number: int) -> int:
        body = samples.voice_campaign()
        # Different spellings of one name: the check is case-insensitive.
        body["name"] = "Race Campaign" if number % 2 else "RACE campaign"
        response = await client.post(voice_campaigns_path(DEMO_BOT_ID), json=body)
        return response.status_code

    async def scenario() -> list[int]:
        clients = [_client(app) for _ in range(attempts)]
        try:
            return await asyncio.gather(*(attempt(client, number) for number, client in enumerate(clients)))
        finally:
            await asyncio.gather(*(client.aclose() for client in clients))

    statuses = asyncio.run(scenario())
    assert sorted(statuses) == [200] + [409] * (attempts - 1)


def test_threads_sharing_one_app_yield_one_campaign_per_name() -> None:
    # Each thread runs its own event loop, so the store's lock is contended for real.
    app = mock_app(dialling=False, rate_limit_per_minute=0)
    client = MockClient(app)

    def attempt(number: int) -> int:
        body = samples.voice_campaign()
        body["name"] = f"Threaded {number % 4}"
        return client.post(voice_campaigns_path(DEMO_BOT_ID), json=body, headers=auth_headers(APP)).status_code

    with ThreadPoolExecutor(max_workers=16) as pool:
        statuses = list(pool.map(attempt, range(64)))
    assert statuses.count(200) == 4
    assert statuses.count(409) == 60
