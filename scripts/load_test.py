"""Load test: worker processes of one account share its rate limit through Redis, against the mock.

    scripts/load-test                                   # 4 workers x 15 calls, mock at 30 per 30 s (~70 s)
    scripts/load-test --limit 60 --window 60 --calls 30 # the documented 60 a minute (~2.5 min)

The same load runs twice, side by side: every worker's limit in one redis-server
(KORE_RATE_LIMIT_STORAGE=redis://...), then each worker limiting only itself (memory://). Each
worker sends its calls (POST create SMS campaign, the non-idempotent one) as fast as its limit
lets it. Reported: calls that succeeded, 429s in the mock's access log, and the sustained rate:
the calls after the first window's burst, per window, against the limit. The default shortens the
window (the mock's --rate-window) so that two runs take about a minute; the client's one-second
margin then costs more (30 per 31 s = 96.8 %) than at the documented 60 per minute (98.4 %).
Exits 1 when the shared run lets a 429 through, fails a call or stays under --min-share of the limit.
"""

from __future__ import annotations

import argparse
import multiprocessing
import multiprocessing.synchronize
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from queue import Queue

import httpx
import kore_campaigns
from kore_campaigns_client.api.campaigns import create_campaign
from kore_campaigns_client.models import SmsCampaignRequest
from kore_campaigns_mock import samples
from kore_campaigns_mock.config import DEMO_ACCOUNT_ID, DEMO_BOT_ID, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET


@dataclass(frozen=True)
class Load:
    workers: int
    calls: int
    limit: int
    window: int


@dataclass
class Outcome:
    succeeded: int
    failures: list[str]
    sent_at: list[float]  # when the rate limit let each attempt through to the network
    elapsed: float  # a worker reports the time it finished; the run, its duration
    rejected_by_mock: int = 0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until(ready: object, what: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60  # a hang guard: a loaded machine may start a process slowly
    while not ready():  # type: ignore[operator]
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not start")
        time.sleep(0.05)


def _answers(url: str) -> bool:
    try:
        httpx.get(url, timeout=0.5)  # an unknown path: a 404, which the mock's limit does not count
    except httpx.TransportError:
        return False
    return True


@contextmanager
def mock_server(load: Load, log: Path) -> Iterator[str]:
    """The mock in its own process with its limit on; its access log goes to ``log``."""
    port = free_port()
    argv = [sys.executable, "-m", "kore_campaigns_mock", "--host", "127.0.0.1", "--port", str(port)]
    argv += ["--rate-limit", str(load.limit), "--rate-window", str(load.window)]
    with log.open("wb") as out:
        # Unbuffered: every access-log line is in the file when it is counted.
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        process = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, env=env)  # noqa: S603
        base_url = f"http://127.0.0.1:{port}"
        try:
            wait_until(lambda: _answers(base_url + "/"), "the mock", process)
            yield base_url
        finally:
            process.terminate()
            process.wait(10)


@contextmanager
def redis_server(folder: Path) -> Iterator[str]:
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("load-test: redis-server is not installed (apt-get install redis-server), or pass --redis URL")
    sock = folder / "redis.sock"
    argv = [binary, "--port", "0", "--unixsocket", str(sock), "--save", "", "--appendonly", "no", "--dir", str(folder)]
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # noqa: S603
    try:
        wait_until(sock.exists, "redis-server", process)
        yield f"redis+unix://{sock}"
    finally:
        process.terminate()
        process.wait(10)


class StampingTransport(httpx.HTTPTransport):
    """The innermost transport: notes when the rate limit let each attempt go."""

    def __init__(self) -> None:
        super().__init__()
        self.sent_at: list[float] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent_at.append(time.time())
        return super().handle_request(request)


def worker(
    base_url: str,
    storage: str,
    load: Load,
    label: str,
    ready: Queue[str],
    start: multiprocessing.synchronize.Event,
    results: Queue[Outcome],
) -> None:
    stamps = StampingTransport()
    client = kore_campaigns.create_client(
        client_id=DEMO_CLIENT_ID,
        client_secret=DEMO_CLIENT_SECRET,
        account_id=DEMO_ACCOUNT_ID,
        bot_id=DEMO_BOT_ID,
        base_url=base_url,
        transport=stamps,
        rate_limit=kore_campaigns.RateLimit(requests=load.limit, window=load.window, storage=storage),
    )
    ready.put(label)
    start.wait()
    succeeded, failures = 0, []
    for index in range(load.calls):
        body = SmsCampaignRequest.from_dict({**samples.sms_campaign(), "name": f"Load {label} {index}"})
        try:
            response = create_campaign.sync_detailed(client.bot_id, client=client, body=body, campaign_type="sms")
        except Exception as error:  # a failed call is a result to report
            failures.append(type(error).__name__)
            continue
        if 200 <= response.status_code < 300:
            succeeded += 1
        else:
            failures.append(f"HTTP {int(response.status_code)}")
    results.put(Outcome(succeeded, failures, stamps.sent_at, time.time()))


def run(load: Load, storage: str, tag: str, folder: Path) -> Outcome:
    log = folder / f"mock-{tag}.log"
    context = multiprocessing.get_context("spawn")
    with mock_server(load, log) as base_url:
        ready, start, results = context.Queue(), context.Event(), context.Queue()
        processes = [
            context.Process(target=worker, args=(base_url, storage, load, f"{tag} {n}", ready, start, results))
            for n in range(load.workers)
        ]
        for process in processes:
            process.start()
        for _ in processes:  # every worker has imported and built its client: they start together
            ready.get(timeout=60)
        began = time.time()
        start.set()
        outcomes = [results.get(timeout=20 * load.window + 120) for _ in processes]
        for process in processes:
            process.join(30)
    total = Outcome(
        succeeded=sum(o.succeeded for o in outcomes),
        failures=[f for o in outcomes for f in o.failures],
        sent_at=sorted(t for o in outcomes for t in o.sent_at),
        elapsed=max(o.elapsed for o in outcomes) - began,
    )
    total.rejected_by_mock = sum('" 429' in line for line in log.read_text(errors="replace").splitlines())
    return total


def sustained_per_window(outcome: Outcome, load: Load) -> float | None:
    """Calls sent after the first window's burst, per window (None when the run fits in one window)."""
    sent = outcome.sent_at
    if len(sent) <= load.limit or sent[-1] <= sent[0]:
        return None
    return (len(sent) - load.limit) / (sent[-1] - sent[0]) * load.window


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="load-test", description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=4, help="worker processes (default 4)")
    parser.add_argument("--calls", type=int, default=15, help="calls per worker (default 15)")
    parser.add_argument("--limit", type=int, default=30, help="requests per window, mock and client (default 30)")
    parser.add_argument("--window", type=int, default=30, help="window in seconds, mock and client (default 30)")
    parser.add_argument("--redis", metavar="URL", help="use this Redis instead of starting a redis-server")
    parser.add_argument("--min-share", type=float, default=0.95, help="least sustained rate / limit (default 0.95)")
    args = parser.parse_args(argv)
    load = Load(args.workers, args.calls, args.limit, args.window)
    print(
        f"load test: {load.workers} worker processes x {load.calls} calls (POST create SMS campaign), one account,"
        f" mock limit {load.limit} per {load.window} s",
        flush=True,
    )
    with tempfile.TemporaryDirectory(prefix="kore-load-") as tmp:
        folder = Path(tmp)
        with redis_server(folder) if args.redis is None else _given(args.redis) as storage:
            shared = run(load, storage, "shared", folder)
        alone = run(load, kore_campaigns.MEMORY_STORAGE, "alone", folder)

    rows: list[tuple[str, str, str]] = [("", "shared (Redis)", "not shared (memory://)")]
    total = load.workers * load.calls
    rows.append(("calls that succeeded", f"{shared.succeeded} / {total}", f"{alone.succeeded} / {total}"))
    rows.append(("calls that failed", _failures(shared), _failures(alone)))
    rows.append(("429s in the mock's log", str(shared.rejected_by_mock), str(alone.rejected_by_mock)))
    rows.append(("attempts sent", str(len(shared.sent_at)), str(len(alone.sent_at))))
    rows.append(("elapsed", f"{shared.elapsed:.1f} s", f"{alone.elapsed:.1f} s"))
    rates = [sustained_per_window(outcome, load) for outcome in (shared, alone)]
    rows.append(("sustained rate after the 1st window", _rate(rates[0], load), _rate(rates[1], load)))
    rows.append(("  share of the limit", _share(rates[0], load), _share(rates[1], load)))
    width = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        print(f"  {row[0]:<{width[0]}}   {row[1]:>{width[1]}}   {row[2]:>{width[2]}}")

    problems = []
    if shared.rejected_by_mock:
        problems.append(f"{shared.rejected_by_mock} 429s reached the mock")
    if shared.failures or shared.succeeded != total:
        problems.append("not every call succeeded")
    if rates[0] is not None and rates[0] < args.min_share * load.limit:
        problems.append(f"sustained rate under {args.min_share:.0%} of the limit")
    print(f"shared limit: {'; '.join(problems) if problems else 'no 429, every call succeeded, rate held'}")
    return 1 if problems else 0


@contextmanager
def _given(url: str) -> Iterator[str]:
    yield url


def _failures(outcome: Outcome) -> str:
    if not outcome.failures:
        return "0"
    kinds = sorted(set(outcome.failures))
    return f"{len(outcome.failures)} ({', '.join(kinds)})"


def _rate(rate: float | None, load: Load) -> str:
    return "n/a (one window)" if rate is None else f"{rate:.1f} per {load.window} s"


def _share(rate: float | None, load: Load) -> str:
    return "n/a" if rate is None else f"{rate / load.limit:.1%}"


if __name__ == "__main__":
    sys.exit(main())
