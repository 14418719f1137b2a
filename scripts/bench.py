"""Benchmarks: the generated client + overlay against raw httpx, measured side by side in one run.

    scripts/bench            # full run (about a minute)
    scripts/bench --quick    # fewer calls, for a smoke test
    scripts/bench --docs-audit   # only the docs audit of the published snapshot (budget: 2 s)
    scripts/bench --baseline REF   # the generated client of another commit for the "vs baseline" rows

Rate limits are off on both sides (client and mock), so the figures measure overhead, not
waiting. Each pair is run in alternating rounds and the median round is reported, so a
background hiccup hits both sides alike.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import copy
import importlib
import io
import json
import os
import socket
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import kore_campaigns
from kore_campaigns.auth import MAX_TOKEN_LIFETIME, sign_token
from kore_campaigns_client import AuthenticatedClient
from kore_campaigns_client.api.campaigns import get_campaign, list_campaigns
from kore_campaigns_client.models import CampaignListRequest, CampaignListResponse, CampaignResponse
from kore_campaigns_mock import samples
from kore_campaigns_mock.config import (
    DEMO_ACCOUNT_ID,
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
)

ROOT = Path(__file__).resolve().parent.parent
# The generated client as it was before responses were read leniently (issue 21): main at the time.
DEFAULT_BASELINE = "ab5d6e2"
BOT = "st-0603182c-7ffb-53c3-b307-47ca14bxxxxx"
CAMPAIGN_PATH = "/campaign/api/v2/public/{bot}/campaign/{campaign_id}"
Row = tuple[str, str, str, str]


def per_call_seconds(call: Callable[[], object], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        call()
    return (time.perf_counter() - start) / calls


def side_by_side(ours: Callable[[], object], raw: Callable[[], object], calls: int, rounds: int) -> tuple[float, float]:
    """Median per-call seconds of each, over rounds that alternate who goes first (after a warm-up)."""
    per_call_seconds(ours, calls // 10 + 1)
    per_call_seconds(raw, calls // 10 + 1)
    ours_rounds: list[float] = []
    raw_rounds: list[float] = []
    for index in range(rounds):
        pair = [(ours, ours_rounds), (raw, raw_rounds)]
        for call, times in pair if index % 2 == 0 else reversed(pair):
            times.append(per_call_seconds(call, calls))
    return statistics.median(ours_rounds), statistics.median(raw_rounds)


def paired_cpu_ratio(
    ours: Callable[[], object], baseline: Callable[[], object], calls: int, rounds: int
) -> tuple[float, float, float]:
    """Median CPU seconds per call of each and the median of the per-round ratios.

    For differences of a few percent on a shared machine: process time leaves out the time other
    processes hold the CPU, and pairing each round's two runs cancels slower and faster phases.
    """
    per_call_seconds(ours, calls // 10 + 1)
    per_call_seconds(baseline, calls // 10 + 1)
    ours_times: list[float] = []
    baseline_times: list[float] = []
    for index in range(rounds):
        pair = [(ours, ours_times), (baseline, baseline_times)]
        for call, times in pair if index % 2 == 0 else reversed(pair):
            start = time.process_time()
            for _ in range(calls):
                call()
            times.append((time.process_time() - start) / calls)
    ratios = [a / b for a, b in zip(ours_times, baseline_times, strict=True)]
    return statistics.median(ours_times), statistics.median(baseline_times), statistics.median(ratios)


def static_token() -> str:
    return sign_token(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, subject="bench", lifetime=MAX_TOKEN_LIFETIME)


def raw_headers() -> dict[str, str]:
    return {"auth": static_token(), "accountId": DEMO_ACCOUNT_ID, "iid": BOT}


def our_client(base_url: str, **transports: object) -> kore_campaigns.KoreClient:
    return kore_campaigns.create_client(
        client_id=DEMO_CLIENT_ID,
        client_secret=DEMO_CLIENT_SECRET,
        account_id=DEMO_ACCOUNT_ID,
        bot_id=BOT,
        base_url=base_url,
        rate_limit=None,
        **transports,  # type: ignore[arg-type]
    )


def campaign_json() -> bytes:
    """The docs' get-campaign sample, as the in-process transport's canned answer."""
    return json.dumps(
        {
            "status": "success",
            "message": "Campaign Product Feedback Voice Campaign-3.41 retrieved successfully",
            "data": {
                "_id": "cd-9e14b72-88cc-4544-9a98-7aee9b7xxxxx",
                "name": "Product Feedback Voice Campaign-3.41",
                "lname": "product feedback voice campaign-3.41",
                "description": "This voice campaign collects quick feedback on recent purchases.",
                "dncLists": {"id": "cl-68b802a-2b99-4245-8eea-6d322a8xxxxx", "name": "DNC CL Dec 4"},
                "priority": "5",
                "dialingMode": "Agentless",
                "dialingStrategy": {
                    "callerId": {"phoneNumber": "+148465xxxxx"},
                    "callingHours": {
                        "frequency": "WEEKLY",
                        "timezone": "Asia/Kolkata",
                        "days": [
                            {"start": "9:00 AM", "end": "6:00 PM", "day": d} for d in ("MO", "TU", "WE", "TH", "FR")
                        ],
                    },
                    "dialingOrder": "FIFO",
                    "maxAttemptsPerRecord": 3,
                    "defaultRetryPeriod": 10,
                    "maxRingTime": 30,
                    "useSystemMappings": False,
                },
                "experienceFlow": "cf-ecfa3927-eabc-52c4-8373-8a0b75dxxxxx",
                "status": "Ready",
                "createdAt": "2025-12-08T05:29:38.298Z",
                "updatedAt": "2025-12-08T05:32:10.977Z",
                "schedule": {"isSchedulingEnabled": False, "isRecurrenceEnabled": False},
                "contactLists": ["CL Only 2020 Dec 4"],
            },
        }
    ).encode()


def bench_in_process(calls: int, rounds: int) -> tuple[list[Row], tuple[int, int]]:
    body = campaign_json()
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=body, headers={"content-type": "application/json"})
    )
    campaign_id = "cd-9e14b72-88cc-4544-9a98-7aee9b7xxxxx"
    base_url = "http://in-process.test"
    # The generated client alone, with a fixed token: what the overlay adds is the difference.
    bare = AuthenticatedClient(
        base_url=base_url,
        token=raw_headers()["auth"],
        prefix="",
        auth_header_name="auth",
        headers={"accountId": DEMO_ACCOUNT_ID, "iid": BOT},
        httpx_args={"params": {"accountId": DEMO_ACCOUNT_ID}, "transport": transport},
    )
    with (
        our_client(base_url, transport=transport) as client,
        bare,
        httpx.Client(
            base_url=base_url, transport=transport, headers=raw_headers(), params={"accountId": DEMO_ACCOUNT_ID}
        ) as raw,
    ):
        path = CAMPAIGN_PATH.format(bot=BOT, campaign_id=campaign_id)

        def ours() -> object:
            parsed = get_campaign.sync(BOT, campaign_id, client=client)
            assert isinstance(parsed, CampaignResponse)
            return parsed

        def resource() -> object:
            # The generated resource method: bot id from the client, returns the model or raises.
            return client.campaigns.get_campaign(campaign_id)

        def generated_only() -> object:
            return get_campaign.sync(BOT, campaign_id, client=bare)

        def plain() -> object:
            return raw.get(path).json()

        ours_s, raw_s = side_by_side(ours, plain, calls, rounds)
        bare_s, overlay_s = side_by_side(generated_only, ours, calls, rounds)
        resource_s, function_s = side_by_side(resource, ours, calls, rounds)
        # Each pair makes `calls * rounds` calls a side plus a warm-up; all but generated_only use `client`.
        total_calls = 4 * (calls * rounds + calls // 10 + 1)
        signatures = client.jwt_auth.signatures
    rows = [
        (
            "per call, in-process transport",
            f"{ours_s * 1e6:.0f} µs",
            f"{raw_s * 1e6:.0f} µs",
            f"{ours_s / raw_s:.2f}x (goal ≤ 1.30x)",
        ),
        (
            "  of which the overlay (vs generated client alone)",
            f"{overlay_s * 1e6:.0f} µs",
            f"{bare_s * 1e6:.0f} µs (generated)",
            f"{overlay_s / bare_s:.2f}x",
        ),
        (
            "  client.campaigns.get_campaign (vs generated function)",
            f"{resource_s * 1e6:.0f} µs",
            f"{function_s * 1e6:.0f} µs (function)",
            f"{resource_s / function_s:.2f}x",
        ),
    ]
    return rows, (signatures, total_calls)


def baseline_package(ref: str, into: Path) -> str:
    """The generated package of commit `ref`, unpacked under another name so both import side by side."""
    archive = subprocess.run(  # noqa: S603
        ["git", "-C", str(ROOT), "archive", "--format=tar", ref, "generated/kore_campaigns_client"],  # noqa: S607
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    name = "kore_campaigns_client_baseline"
    # The generated modules import each other relatively, so a renamed folder is a second, independent copy.
    (into / "generated" / "kore_campaigns_client").rename(into / name)
    sys.path.insert(0, str(into))
    return name


def campaign_list_json(entries: int) -> bytes:
    """A page of `entries` campaigns: the spec's voice list example, its first entry repeated."""
    sys.path.insert(0, str(ROOT))
    from scripts.spec_facts import load

    example = copy.deepcopy(load(ROOT / "openapi.yaml").at("#/components/examples/VoiceCampaignList/value"))
    first = example["data"]["results"][0]
    example["data"]["results"] = [{**first, "_id": f"cd-{index:05d}"} for index in range(entries)]
    return json.dumps(example).encode()


def _side_by_side_on(
    body: bytes,
    new_call: Callable[[Any], object],
    old_call: Callable[[Any], object],
    old_client_class: Any,
    calls: int,
    rounds: int,
) -> tuple[float, float, float]:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, content=body, headers={"content-type": "application/json"})
    )
    arguments: dict[str, Any] = {
        "base_url": "http://in-process.test",
        "token": "",
        "httpx_args": {"transport": transport},
    }
    with AuthenticatedClient(**arguments) as new_client, old_client_class(**arguments) as baseline:
        parsed = new_call(new_client)
        assert isinstance(parsed, CampaignResponse | CampaignListResponse), parsed
        assert not kore_campaigns.deviations(parsed), "the benchmark answer must match the spec"
        assert type(old_call(baseline)).__name__ == type(parsed).__name__
        return paired_cpu_ratio(lambda: new_call(new_client), lambda: old_call(baseline), calls, rounds)


def bench_against_baseline(ref: str, calls: int, rounds: int) -> list[Row]:
    """Lenient reading against the baseline commit's strict reading: the same answers, side by side."""
    with tempfile.TemporaryDirectory(prefix="bench-baseline-") as folder:
        name = baseline_package(ref, Path(folder))
        old_client = importlib.import_module(f"{name}.client")
        old_get = importlib.import_module(f"{name}.api.campaigns.get_campaign")
        old_list = importlib.import_module(f"{name}.api.campaigns.list_campaigns")
        old_request = importlib.import_module(f"{name}.models.campaign_list_request")
        rows: list[Row] = []
        for label, body, new_call, old_call in (
            (
                "get_campaign, lenient vs strict baseline",
                campaign_json(),
                lambda client: get_campaign.sync(BOT, "cd-1", client=client),
                lambda client: old_get.sync(BOT, "cd-1", client=client),
            ),
            (
                "list_campaigns (50 per page), lenient vs baseline",
                campaign_list_json(50),
                lambda client: list_campaigns.sync(BOT, client=client, body=CampaignListRequest(type_="voice")),
                lambda client: old_list.sync(BOT, client=client, body=old_request.CampaignListRequest(type_="voice")),
            ),
        ):
            new_s, old_s, ratio = _side_by_side_on(
                body, new_call, old_call, old_client.AuthenticatedClient, calls, rounds
            )
            rows.append(
                (
                    label,
                    f"{new_s * 1e6:.0f} µs",
                    f"{old_s * 1e6:.0f} µs ({ref})",
                    f"{ratio:.3f}x (goal ≤ 1.05x)",
                )
            )
        sys.path.remove(folder)
    return rows


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def mock_server(rate_limit: int = 0, rate_window: int = 60) -> Iterator[str]:
    """The mock in its own process, so its CPU time is not charged to the client under test."""
    port = free_port()
    limits = ["--rate-limit", str(rate_limit), "--rate-window", str(rate_window)]
    process = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "kore_campaigns_mock", "--host", "127.0.0.1", "--port", str(port), *limits],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                httpx.get(base_url + "/", timeout=0.5)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the mock did not start") from None
                time.sleep(0.05)
        yield base_url
    finally:
        process.terminate()
        process.wait(10)


def create_campaign(base_url: str) -> str:
    body = {**samples.sms_campaign(), "name": "Bench campaign"}
    response = httpx.post(
        f"{base_url}/campaign/api/v2/public/{BOT}/campaign",
        params={"accountId": DEMO_ACCOUNT_ID, "campaignType": "sms"},
        headers=raw_headers(),
        json=body,
    )
    response.raise_for_status()
    return str(response.json()["data"]["_id"])


def bench_loopback(base_url: str, campaign_id: str, calls: int, rounds: int) -> list[Row]:
    with (
        our_client(base_url) as client,
        httpx.Client(base_url=base_url, headers=raw_headers(), params={"accountId": DEMO_ACCOUNT_ID}) as raw,
    ):
        path = CAMPAIGN_PATH.format(bot=BOT, campaign_id=campaign_id)
        ours_s, raw_s = side_by_side(
            lambda: get_campaign.sync(BOT, campaign_id, client=client), lambda: raw.get(path).json(), calls, rounds
        )
    return [
        (
            "per call, loopback to the mock",
            f"{ours_s * 1e6:.0f} µs",
            f"{raw_s * 1e6:.0f} µs",
            f"{ours_s / raw_s:.2f}x (goal ≤ 1.05x)",
        )
    ]


async def run_concurrently(call: Callable[[], Awaitable[object]], total: int, concurrency: int) -> float:
    remaining = iter(range(total))

    async def worker() -> None:
        for _ in remaining:
            await call()

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - start


async def bench_async(base_url: str, campaign_id: str, total: int, concurrency: int, rounds: int) -> list[Row]:
    client = our_client(base_url)
    client.get_async_httpx_client()  # built now, so the first round does not pay for it
    async with (
        client,
        httpx.AsyncClient(base_url=base_url, headers=raw_headers(), params={"accountId": DEMO_ACCOUNT_ID}) as raw,
    ):
        path = CAMPAIGN_PATH.format(bot=BOT, campaign_id=campaign_id)

        async def ours() -> object:
            return await get_campaign.asyncio(BOT, campaign_id, client=client)

        async def plain() -> object:
            return (await raw.get(path)).json()

        # One warm-up round each opens the connection pools; then alternate who goes first.
        await run_concurrently(ours, concurrency, concurrency)
        await run_concurrently(plain, concurrency, concurrency)
        ours_t: list[float] = []
        raw_t: list[float] = []
        for index in range(rounds):
            pair = [(ours, ours_t), (plain, raw_t)]
            for call, times in pair if index % 2 == 0 else reversed(pair):
                times.append(await run_concurrently(call, total, concurrency))
    ours_s, raw_s = statistics.median(ours_t), statistics.median(raw_t)
    label = f"{total} async GETs, concurrency {concurrency}"
    return [
        (
            label,
            f"{ours_s:.2f} s ({total / ours_s:.0f}/s)",
            f"{raw_s:.2f} s ({total / raw_s:.0f}/s)",
            f"{ours_s / raw_s:.2f}x",
        )
    ]


def bench_signing(signatures: int, calls: int) -> list[Row]:
    auth = kore_campaigns.KoreJwtAuth(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, enforce_jti=True)
    request = httpx.Request("GET", "http://x.test/")
    count = 2000
    start = time.perf_counter()
    for _ in range(count):
        next(auth.auth_flow(request))
    one = (time.perf_counter() - start) / count
    return [
        (
            "JWT signatures per 1,000 calls (1 h tokens)",
            f"{signatures * 1000 / calls:.2f} ({signatures} for {calls} calls)",
            "-",
            "goal: one per token lifetime",
        ),
        ("cost of one signature (JTI mode signs per call)", f"{one * 1e6:.0f} µs", "-", "-"),
    ]


def timed_command(argv: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)  # noqa: S603
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_startup(repeat: int) -> list[Row]:
    python = [sys.executable, "-c"]
    empty = timed_command([*python, "pass"], repeat)
    # A difference of medians: the lazy package's import is within the noise of an empty start, so it may come out
    # a little below zero, which would print as "-0 ms".
    ours = max(0.0, timed_command([*python, "import kore_campaigns"], repeat) - empty)
    raw = timed_command([*python, "import httpx"], repeat) - empty
    # The package loads on first use: also time what a script pays before its first call.
    settings = "client_id='a', client_secret='b', account_id='c', bot_id='d'"
    first_use = f"import kore_campaigns; kore_campaigns.create_client({settings})"
    used = timed_command([*python, first_use], repeat) - empty
    cli = timed_command([str(Path(sys.executable).parent / "kore-campaigns"), "--help"], repeat)
    regenerate = timed_command([str(ROOT / "scripts" / "regenerate"), "--check"], max(1, repeat // 3))
    return [
        (
            "import time (beyond an empty interpreter)",
            f"{ours * 1e3:.0f} ms (kore_campaigns)",
            f"{raw * 1e3:.0f} ms (httpx)",
            f"{ours / raw:.2f}x (goal: at most 1.50x)",
        ),
        (
            "import + create_client() (first use)",
            f"{used * 1e3:.0f} ms",
            f"{raw * 1e3:.0f} ms (import httpx)",
            f"{used / raw:.2f}x",
        ),
        ("kore-campaigns --help (whole process)", f"{cli * 1e3:.0f} ms", "-", "goal: well under 500 ms"),
        ("regeneration (scripts/regenerate --check)", f"{regenerate:.2f} s", "-", "-"),
    ]


DOCS_AUDIT_BUDGET = 2.0  # seconds for the whole published snapshot (issue 22)


def bench_docs_audit(repeat: int) -> list[Row]:
    """The docs audit of the whole published snapshot: as CI runs it (a fresh process) and in-process,
    per page, against reading the spec alone (the part every audit pays)."""
    sys.path.insert(0, str(ROOT))
    import yaml

    from scripts import docs_audit

    snapshot = ROOT.parent / "shared" / "docs" / "kore-pages"
    if not any(snapshot.glob("*.mdx")):
        return [("docs audit of the snapshot", f"no pages in {snapshot}", "-", "-")]
    spec_text = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    audit_times, load_times, pages = [], [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        pages = docs_audit.run([], ROOT / "openapi.yaml", snapshot).pages
        audit_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        yaml.load(spec_text, Loader=yaml.CSafeLoader)  # the safe loader the audit uses
        load_times.append(time.perf_counter() - start)
    audit, load = statistics.median(audit_times), statistics.median(load_times)
    command = timed_command([str(ROOT / "scripts" / "docs-audit"), "--docs-root", str(snapshot)], max(1, repeat // 3))
    return [
        (
            f"docs audit of the snapshot ({pages} pages, scripts/docs-audit --docs-root)",
            f"{command:.2f} s",
            f"{DOCS_AUDIT_BUDGET:.1f} s (budget)",
            f"{command / DOCS_AUDIT_BUDGET:.2f}x (of the budget)",
        ),
        (
            "docs audit per page (in-process, spec read once)",
            f"{audit / pages * 1e3:.1f} ms",
            f"{load * 1e3:.1f} ms (one YAML load of the spec)",
            f"{audit / load:.2f}x (whole audit / spec load)",
        ),
    ]


def bench_bulk_import(contacts: int, requests: int, window: int) -> list[Row]:
    """import_contacts into a mock enforcing `requests` per `window` s, with the client told the same
    limit: the share of the account's limit the import reached (goal 95 %)."""
    rows = [{"phoneNumber": f"+1303{n:07d}", "firstName": f"F{n}"} for n in range(contacts)]  # valid E.164
    with mock_server(rate_limit=requests, rate_window=window) as base_url:
        client = kore_campaigns.create_client(
            client_id=DEMO_CLIENT_ID,
            client_secret=DEMO_CLIENT_SECRET,
            account_id=DEMO_ACCOUNT_ID,
            bot_id=BOT,
            base_url=base_url,
            rate_limit=kore_campaigns.RateLimit(requests=requests, window=window),
        )
        with client:
            client.contact_lists.create_contact_list(name="bench import", description="bench")  # 1 request
            start = time.perf_counter()
            summary = client.import_contacts(rows, list_name="bench import", progress=False)
            elapsed = time.perf_counter() - start
    calls = summary.chunks_sent + 1 + 1  # the chunks, the list lookup, and the create before the clock
    # The fastest the account's limit allows: `requests` calls at once, then `requests` more each window.
    ideal = ((calls - 1) // requests) * window
    share = ideal / elapsed if ideal else 1.0
    limit_rate = requests * 1000 / window
    return [
        (
            f"bulk import of {contacts:,} contacts ({summary.chunks_sent} chunks; limit {requests} per {window} s)",
            f"{elapsed:.1f} s ({contacts / elapsed:,.0f} contacts/s)",
            f"{ideal:.0f} s at the limit ({limit_rate:,.0f} contacts/s sustained)",
            f"{share:.1%} of the account limit (goal: 95 %)",
        )
    ]


MOCK_LISTS_PATH = f"/campaign/api/v2/public/{BOT}/campaign/contactList"
MOCK_ADD_CONTACTS_PATH = f"/api/1.1/public/{BOT}/campaign/contactList/addContacts"


class InProcessMock:
    """The mock in this process with every limit off, and the two calls the mock rows fill it with."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        from kore_campaigns_mock.config import demo_app
        from kore_campaigns_mock.testing import auth_headers

        self.client = client
        self.headers = auth_headers(demo_app())

    @classmethod
    @contextlib.asynccontextmanager
    async def started(cls) -> AsyncIterator[InProcessMock]:
        from kore_campaigns_mock import create_app

        transport = httpx.ASGITransport(app=create_app(rate_limit_per_minute=0))
        async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
            yield cls(client)

    async def create_list(self, name: str) -> str:
        body = {"name": name, "description": "bench", "source": "passiveApi", "allowDuplicates": True}
        created = await self.client.post(f"{MOCK_LISTS_PATH}/createContactList?accountId={DEMO_ACCOUNT_ID}",
                                         json=body, headers=self.headers)  # fmt: skip
        created.raise_for_status()
        return str(created.json()["data"]["_id"])

    async def add_contacts(self, name: str, size: int, *, first_names: bool) -> None:
        """`size` contacts (+1 and ten digits, numbered from 0), 1,000 a call."""
        for first in range(0, size, 1000):
            data: list[dict[str, str]] = [{"phoneNumber": f"+1{n:010d}"} for n in range(first, min(size, first + 1000))]
            if first_names:
                data = [contact | {"firstName": f"F{n}"} for n, contact in enumerate(data, start=first)]
            chunk = {"contact_list_name": name, "data": data}
            added = await self.client.post(MOCK_ADD_CONTACTS_PATH, json=chunk, headers=self.headers)
            added.raise_for_status()


def bench_mock_scaling(big_list: int, read_contacts: int, rounds: int) -> list[Row]:
    """The mock at real sizes (issue 33): a page of contacts from a `big_list`-contact list against one from a
    100-contact list (in-process, one event loop, alternating rounds), and reading `read_contacts` contacts
    through the client's iter_contacts from the mock in its own process, every limit off."""

    async def page_costs() -> tuple[float, float]:
        async with InProcessMock.started() as mock:
            client, headers, lists = mock.client, mock.headers, MOCK_LISTS_PATH

            async def filled(name: str, size: int) -> str:
                list_id = await mock.create_list(name)
                await mock.add_contacts(name, size, first_names=False)
                return list_id

            small, big = await filled("bench small", 100), await filled("bench big", big_list)
            # Pages from the start, the middle and the end of the big list.
            targets = {"small": [(small, 0)], "big": [(big, skip) for skip in (0, big_list // 2, big_list - 100)]}
            times: dict[str, list[float]] = {"small": [], "big": []}
            for index in range(rounds * 2):
                order = ["small", "big"] if index % 2 == 0 else ["big", "small"]
                for side in order:
                    start = time.perf_counter()
                    for list_id, skip in targets[side] * 10:
                        url = f"{lists}/{list_id}/getAllContacts?accountId={DEMO_ACCOUNT_ID}&skip={skip}&limit=100"
                        page = await client.get(url, headers=headers)
                        assert len(page.json()["data"]["results"]) == 100
                    times[side].append((time.perf_counter() - start) / (10 * len(targets[side])))
            return statistics.median(times["big"]), statistics.median(times["small"])

    big_s, small_s = asyncio.run(page_costs())
    with mock_server() as base_url, our_client(base_url) as client:
        created = client.contact_lists.create_contact_list(name="bench read", description="bench")
        contacts = [{"phoneNumber": f"+1303{n:07d}", "firstName": f"F{n}"} for n in range(read_contacts)]  # valid E.164
        client.import_contacts(contacts, list_name="bench read", progress=False)
        start = time.perf_counter()
        read = sum(1 for _ in client.contact_lists.iter_contacts(created.data.field_id))
        read_s = time.perf_counter() - start
    assert read == read_contacts, read
    return [
        (
            f"mock: page of 100 contacts from a {big_list:,}-contact list",
            f"{big_s * 1e3:.2f} ms",
            f"{small_s * 1e3:.2f} ms (100-contact list)",
            f"{big_s / small_s:.2f}x (goal ≤ 2x)",
        ),
        (
            f"iter_contacts over {read_contacts:,} contacts (mock process, limits off)",
            f"{read_s:.2f} s ({read_contacts / read_s:,.0f} contacts/s)",
            "-",
            "-",
        ),
    ]


def resident_bytes() -> int:
    """This process's resident memory now (Linux), not its peak: the import's growth, not the start-up's."""
    pages = int(Path("/proc/self/statm").read_text(encoding="ascii").split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


def mock_import_child(size: int) -> None:
    """In a fresh process: `size` contacts into one list of the mock through addContacts, 1,000 a call,
    in-process; prints the seconds and the resident memory the filled mock holds beyond the empty one, as JSON."""

    async def run() -> tuple[float, int]:
        async with InProcessMock.started() as mock:
            await mock.create_list("bench import")
            empty = resident_bytes()
            start = time.perf_counter()
            await mock.add_contacts("bench import", size, first_names=True)
            seconds = time.perf_counter() - start
            return seconds, resident_bytes() - empty  # measured while the mock still holds every contact

    seconds, grown = asyncio.run(run())
    print(json.dumps({"seconds": seconds, "grown_bytes": grown}))


def bench_mock_import(sizes: tuple[int, int]) -> list[Row]:
    """Importing into the mock stays linear (issue 33): time and memory per contact at two sizes, 10x apart."""
    results = {}
    for size in sizes:
        argv = [sys.executable, __file__, "--mock-import-child", str(size)]
        child = subprocess.run(argv, check=True, capture_output=True, text=True, cwd=ROOT)  # noqa: S603 (our own script)
        results[size] = json.loads(child.stdout.strip().splitlines()[-1])
    small, big = sizes
    per = {size: results[size]["seconds"] / size for size in sizes}
    memory = {size: results[size]["grown_bytes"] / size for size in sizes}
    return [
        (
            f"mock: import {big:,} contacts (addContacts, 1,000 a call, in-process)",
            f"{results[big]['seconds']:.1f} s, {per[big] * 1e6:.1f} µs and {memory[big]:,.0f} B a contact "
            f"({results[big]['grown_bytes'] / 2**20:,.0f} MiB)",
            f"{per[small] * 1e6:.1f} µs and {memory[small]:,.0f} B a contact at {small:,}",
            f"{per[big] / per[small]:.2f}x time a contact (linear: ≈ 1x)",
        ),
    ]


def print_table(rows: list[Row]) -> None:
    header: Row = ("measurement", "kore-campaigns", "raw httpx", "ratio")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(4)]
    line = "  ".join("-" * w for w in widths)
    print(line)
    for index, row in enumerate([header, *rows]):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if index == 0:
            print(line)
    print(line)


def main() -> int:
    parser = argparse.ArgumentParser(description="Benchmark the client against raw httpx.")
    parser.add_argument("--quick", action="store_true", help="fewer calls: a smoke test of the script itself")
    parser.add_argument("--docs-audit", action="store_true", help="only the docs audit figures")
    parser.add_argument(
        "--baseline",
        default=DEFAULT_BASELINE,
        help=f"commit whose generated client the lenient reading is measured against (default {DEFAULT_BASELINE})",
    )
    parser.add_argument("--mock-import-child", type=int, help=argparse.SUPPRESS)  # bench_mock_import's child
    args = parser.parse_args()
    if args.mock_import_child:
        mock_import_child(args.mock_import_child)
        return 0
    if args.docs_audit:
        print_table(bench_docs_audit(3 if args.quick else 9))
        return 0
    calls, rounds, total = (50, 3, 200) if args.quick else (400, 7, 1000)

    rows, signatures = bench_in_process(calls, rounds)
    # More, shorter rounds: the ratio is a few percent, so it needs more pairs than the rows above.
    rows += bench_against_baseline(args.baseline, calls // 2, rounds * 3)
    with mock_server() as base_url:
        campaign_id = create_campaign(base_url)
        rows += bench_loopback(base_url, campaign_id, calls, rounds)
        rows += asyncio.run(bench_async(base_url, campaign_id, total, 50, max(3, rounds // 2)))
    rows += bench_signing(*signatures)
    rows += bench_startup(3 if args.quick else 9)
    rows += bench_docs_audit(3 if args.quick else 9)
    # The documented 60 a minute (about a minute for 100,000 contacts: 102 calls). A shorter window
    # would finish sooner but measure the client's 1 s safety margin (WINDOW_MARGIN) more than the import.
    rows += bench_bulk_import(*((5_000, 3, 2) if args.quick else (100_000, 60, 60)))
    rows += bench_mock_scaling(*((5_000, 1_000, 2) if args.quick else (100_000, 20_000, 5)))
    rows += bench_mock_import((1_000, 10_000) if args.quick else (100_000, 1_000_000))
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores; rate limits off; medians of alternating rounds")
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
