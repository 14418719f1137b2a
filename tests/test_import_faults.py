"""Issue 28's proof: the real `kore-campaigns contact-lists import` in subprocesses, killed with SIGINT,
SIGTERM and SIGKILL at many points, against the real mock (`kore-campaigns-mock`, restartable) through a
proxy that can hold a request before the mock sees it, or hold the mock's answer after it acted. Each
scenario then runs the same command until it exits 0 and compares the list with the file: every row
exactly once, on a list that keeps duplicates (so a chunk sent twice would show).

Synchronised on events only: the proxy tells when it holds the call a scenario waits for; the test then
signals the process and waits for it to end. Nothing waits a time tuned to the machine's speed.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import re
import signal
import socket
import socketserver
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import kore_campaigns
import pytest
from kore_campaigns import KoreClient
from kore_campaigns_mock import DEMO_ACCOUNT_ID, DEMO_BOT_ID, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

COMMAND = str(Path(sys.executable).with_name("kore-campaigns"))
MOCK = str(Path(sys.executable).with_name("kore-campaigns-mock"))
# A bound on a wait that only ends early on failure (a process or server that never answers); a
# passing run never waits for it, however loaded the machine.
GIVE_UP = 180.0
CHUNK_SIZE = 3
# 10 rows, 4 chunks (3, 3, 3, 1). Rows 2 and 5 repeat a number across chunks, rows 7 and 8 within one:
# the list keeps duplicates, so it must end with each row once, the repeated numbers twice.
NUMBERS = [
    "(510) 555-0100",
    "+1 510-555-0101",
    "510.555.0102",
    "+15105550103",
    "(510) 555-0101",
    "5105550105",
    "+1 (510) 555-0106",
    "510-555-0107",
    "+15105550107",
    "510 555 0109",
]
EXPECTED = Counter("+1" + re.sub(r"[^0-9]", "", number)[-10:] for number in NUMBERS)
STOP_LINE = re.compile(
    r"stopped after (\d) of 4 chunks \(([0-9,]+) contacts"
    r"(; chunk \d was on its way: the next run checks the list for it)?\); "
    r"run the same command again to send the rest"
)
ENV = {
    "KORE_CLIENT_ID": DEMO_CLIENT_ID,
    "KORE_CLIENT_SECRET": DEMO_CLIENT_SECRET,
    "KORE_ACCOUNT_ID": DEMO_ACCOUNT_ID,
    "KORE_BOT_ID": DEMO_BOT_ID,
}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_until(condition: Any, what: str) -> None:
    deadline = time.monotonic() + GIVE_UP
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.02)


class MockServer:
    """`kore-campaigns-mock` in its own process, rate limit off; restart() loses its state, as a
    service that lost its data would."""

    def __init__(self) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(  # noqa: S603
            [MOCK, "--host", "127.0.0.1", "--port", str(self.port), "--rate-limit", "0"],
            env={**os.environ, **ENV},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

        def answers() -> bool:
            assert self.process is not None and self.process.poll() is None, "the mock exited"
            try:
                httpx.get(self.url + "/", timeout=2)
            except httpx.TransportError:
                return False
            return True

        _wait_until(answers, "the mock to answer")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(GIVE_UP)
            self.process = None


@dataclass
class Trap:
    """Hold the `nth` call of `kind` in this run, at `phase` "request" (the mock has not seen it) or
    "response" (the mock acted; its answer waits). When released, a held call is dropped (the
    client is dead by then) unless `deliver`."""

    kind: str
    nth: int
    phase: str
    deliver: bool = False
    hit: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)


def _kind(method: str, target: str) -> str:
    path = target.split("?", 1)[0]
    if path.endswith("/addContacts"):
        return "add"
    if "/getAllListDetails" in path:
        return "lists"
    if "/getAllContacts" in path:
        return "page"
    if "/createContactList" in path:
        return "create"
    return f"{method.lower()}"


class Proxy(socketserver.ThreadingTCPServer):
    """An HTTP/1.1 proxy in front of the mock that counts calls by kind and springs a Trap."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, upstream: MockServer) -> None:
        self.upstream = upstream
        self.trap: Trap | None = None
        self.counts: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.closing = False  # answer with Connection: close (the proxy is going down)
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        self._thread: threading.Thread | None = None

    def serve(self) -> None:
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()

    def go_down(self) -> None:
        """Stop accepting connections (a new one is refused) and close kept-alive ones after their answer."""
        self.closing = True
        self.shutdown()
        self.socket.close()

    def go_up(self) -> None:
        self.closing = False
        self.socket = socket.socket(self.address_family, self.socket_type)
        self.server_bind()
        self.server_activate()
        self.serve()

    def arm(self, trap: Trap | None) -> None:
        with self.lock:
            self.trap = trap
            self.counts = Counter()

    def spring(self, kind: str, phase: str, count: int) -> bool:
        """True when this call is to be delivered; holds it first if the trap is set on it."""
        trap = self.trap
        if trap is None or (trap.kind, trap.nth, trap.phase) != (kind, count, phase):
            return True
        trap.hit.set()
        trap.release.wait(GIVE_UP)
        return trap.deliver


class _ProxyHandler(socketserver.StreamRequestHandler):
    server: Proxy

    def handle(self) -> None:
        with contextlib.suppress(OSError):
            while self._one_request():
                pass

    def _one_request(self) -> bool:
        request_line = self.rfile.readline()
        if not request_line.strip():
            return False
        method, target, _ = request_line.decode("latin-1").split(" ", 2)
        headers: list[tuple[str, str]] = []
        while (line := self.rfile.readline()) not in (b"\r\n", b"\n", b""):
            name, value = line.decode("latin-1").split(":", 1)
            headers.append((name.strip(), value.strip()))
        length = next((int(value) for name, value in headers if name.lower() == "content-length"), 0)
        body = self.rfile.read(length) if length else b""
        kind = _kind(method, target)
        with self.server.lock:
            self.server.counts[kind] += 1
            count = self.server.counts[kind]
        if not self.server.spring(kind, "request", count):
            return False  # dropped: the mock never sees it
        upstream = http.client.HTTPConnection("127.0.0.1", self.server.upstream.port, timeout=GIVE_UP)
        try:
            forwarded = {name: value for name, value in headers if name.lower() not in ("connection", "keep-alive")}
            upstream.request(method, target, body=body or None, headers=forwarded)
            answer = upstream.getresponse()
            content = answer.read()
        except OSError:
            return False  # the mock is gone: the client sees the connection end without an answer
        finally:
            upstream.close()
        if not self.server.spring(kind, "response", count):
            return False
        closing = self.server.closing
        head = [f"HTTP/1.1 {answer.status} {answer.reason}"]
        head += [f"{name}: {value}" for name, value in answer.getheaders() if name.lower() not in ("connection",)]
        head.append("Connection: close" if closing else "Connection: keep-alive")
        self.wfile.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + content)
        self.wfile.flush()
        return not closing


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    server = MockServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def proxy(mock: MockServer) -> Iterator[Proxy]:
    server = Proxy(mock)
    server.serve()
    try:
        yield server
    finally:
        server.arm(None)
        with contextlib.suppress(OSError):
            server.shutdown()
        server.server_close()


def direct_client(mock: MockServer) -> KoreClient:
    return kore_campaigns.create_client(
        client_id=DEMO_CLIENT_ID,
        client_secret=DEMO_CLIENT_SECRET,
        account_id=DEMO_ACCOUNT_ID,
        bot_id=DEMO_BOT_ID,
        base_url=mock.url,
        rate_limit=None,
    )


class Scenario:
    """One list (keeping duplicates), one file, one checkpoint; runs of the real command line."""

    def __init__(self, mock: MockServer, proxy: Proxy, tmp_path: Path, name: str) -> None:
        self.mock, self.proxy, self.name = mock, proxy, name
        self.file = tmp_path / "contacts.csv"
        lines = ["Phone Number,First Name"] + [f'"{number}",Row {n}' for n, number in enumerate(NUMBERS, start=1)]
        self.file.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
        self.checkpoint = tmp_path / "contacts.csv.checkpoint.json"
        self.list_id = self.make_list()
        self.runs = 0

    def make_list(self) -> str:
        with direct_client(self.mock) as client:
            made = client.contact_lists.create_contact_list(name=self.name, description="d", allow_duplicates=True)
            return str(made.data.field_id)

    def delete_list(self) -> None:
        with direct_client(self.mock) as client:
            client.contact_lists.delete_contact_list(self.list_id)

    def start(self, *extra: str) -> subprocess.Popen[str]:
        self.runs += 1
        args = [COMMAND, "contact-lists", "import", str(self.file), "--list", self.name, "--region", "US"]
        args += ["--chunk-size", str(CHUNK_SIZE), "--no-progress", *extra]
        env = {**os.environ, **ENV, "KORE_BASE_URL": self.proxy.url, "KORE_RATE_LIMIT_PER_MINUTE": "1000000"}
        return subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # noqa: S603

    def run(self, *extra: str) -> tuple[int, str, str]:
        self.proxy.arm(None)
        process = self.start(*extra)
        out, err = process.communicate(timeout=GIVE_UP)
        return process.returncode, out, err

    def kill_at(self, trap: Trap, kill: signal.Signals) -> tuple[int, str]:
        """Run until the proxy holds the trapped call, send `kill`, wait for the process to end."""
        self.proxy.arm(trap)
        process = self.start()
        try:
            _wait_until(lambda: trap.hit.is_set() or process.poll() is not None, f"{trap.kind} #{trap.nth}")
            assert trap.hit.is_set(), f"ended (exit {process.returncode}) before {trap}: {process.communicate()}"
            process.send_signal(kill)
            _, err = process.communicate(timeout=GIVE_UP)
        finally:
            trap.release.set()
            if process.poll() is None:
                process.kill()
                process.wait()
        return process.returncode, err

    def run_until_done(self) -> list[int]:
        codes = []
        for _ in range(3):  # one run suffices; more would show a run that does not converge
            code, out, err = self.run()
            codes.append(code)
            assert "Traceback" not in err, err
            if code == 0:
                return codes
        raise AssertionError(f"no run exited 0: {codes}; last: {out} {err}")

    def phones(self) -> Counter[str]:
        with direct_client(self.mock) as client:
            return Counter(str(c.phone_number) for c in client.contact_lists.iter_contacts(self.list_id))


EXIT_FOR = {signal.SIGINT: 130, signal.SIGTERM: 143, signal.SIGKILL: -signal.SIGKILL}
# Runs of one scenario, each killed where its trap holds a call; then clean runs until exit 0.
KILL_POINTS: dict[str, list[Trap]] = {
    "list lookup in flight": [Trap("lists", 1, "request")],
    "chunk 1 not yet at the service": [Trap("add", 1, "request")],
    "chunk 1 taken, answer held": [Trap("add", 1, "response")],
    "chunk 2 taken, answer held": [Trap("add", 2, "response")],
    "chunk 3 not yet at the service": [Trap("add", 3, "request")],
    "last chunk taken, answer held": [Trap("add", 4, "response")],
    "chunk 2 lost, then its resend taken, answer held": [Trap("add", 2, "request"), Trap("add", 1, "response")],
    "chunk 2 taken, then the list read back, held": [Trap("add", 2, "response"), Trap("page", 1, "request")],
    "chunk 3 taken, then the list's details, held": [Trap("add", 3, "response"), Trap("get", 1, "request")],
}


@pytest.mark.parametrize("kill", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=lambda s: s.name)
@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_killed_anywhere_the_rerun_leaves_every_row_once(
    mock: MockServer, proxy: Proxy, tmp_path: Path, point: str, kill: signal.Signals
) -> None:
    scenario = Scenario(mock, proxy, tmp_path, f"kill point {list(KILL_POINTS).index(point)} {kill.name}")
    for trap in KILL_POINTS[point]:
        trap = Trap(trap.kind, trap.nth, trap.phase)  # fresh events for each test
        code, err = scenario.kill_at(trap, kill)
        assert code == EXIT_FOR[kill], err
        assert "Traceback" not in err and "Aborted" not in err, err
        if kill != signal.SIGKILL:
            stops = [line for line in err.splitlines() if line.startswith("stopped")]
            assert len(stops) == 1 and (
                STOP_LINE.fullmatch(stops[0]) or stops[0] == "stopped before sending anything"
            ), err
    assert scenario.run_until_done() == [0]
    assert scenario.phones() == EXPECTED
    assert not scenario.checkpoint.exists()


def test_two_identical_imports_at_once(mock: MockServer, proxy: Proxy, tmp_path: Path) -> None:
    scenario = Scenario(mock, proxy, tmp_path, "two at once")
    trap = Trap("add", 1, "request", deliver=True)
    proxy.arm(trap)
    first, second = scenario.start(), scenario.start()
    try:
        # Whichever holds the lock reaches its first chunk and is held there; the other must refuse.
        _wait_until(lambda: trap.hit.is_set() and (first.poll() is not None or second.poll() is not None), "one")
        refused = first if first.poll() is not None else second
        going = second if refused is first else first
        _, err = refused.communicate(timeout=GIVE_UP)
        assert refused.returncode == 1 and "another import is running with the checkpoint" in err, err
    finally:
        trap.release.set()
    _, err = going.communicate(timeout=GIVE_UP)
    assert going.returncode == 0, err
    assert scenario.phones() == EXPECTED


def test_a_list_deleted_and_made_again_between_runs(mock: MockServer, proxy: Proxy, tmp_path: Path) -> None:
    scenario = Scenario(mock, proxy, tmp_path, "made again")
    code, _ = scenario.kill_at(Trap("add", 3, "response"), signal.SIGKILL)
    assert code == -signal.SIGKILL
    scenario.delete_list()
    scenario.list_id = scenario.make_list()
    code, out, err = scenario.run()
    assert code == 1 and "another list (deleted and made again, or lost by the service)" in err, err
    assert "Nothing was sent: run again with --restart" in err and "sent before" not in out
    assert scenario.phones() == Counter()
    code, out, err = scenario.run("--restart")
    assert code == 0, err
    assert scenario.phones() == EXPECTED


@pytest.mark.parametrize("state_lost", [False, True], ids=["service back with its data", "service restarted empty"])
def test_the_service_going_away_mid_import(mock: MockServer, proxy: Proxy, tmp_path: Path, state_lost: bool) -> None:
    scenario = Scenario(mock, proxy, tmp_path, f"service gone {state_lost}")
    trap = Trap("add", 2, "response", deliver=True)
    proxy.arm(trap)
    process = scenario.start()
    try:
        _wait_until(lambda: trap.hit.is_set() or process.poll() is not None, "chunk 2's answer")
        assert trap.hit.is_set()
        proxy.go_down()  # chunk 2's answer still arrives; then every connection is refused
        if state_lost:
            mock.stop()
    finally:
        trap.release.set()
    _, err = process.communicate(timeout=GIVE_UP)
    assert process.returncode == 1, err
    assert "the import stopped after 2 of 4 chunks (6 contacts; chunk 3 was on its way" in err, err
    assert f"the checkpoint {scenario.checkpoint} is kept: run the same command again to send the rest" in err
    assert ": cannot connect (connection refused); nothing was sent;" in err  # what became of the call
    assert "ConnectError" not in err and "Traceback" not in err
    assert scenario.checkpoint.exists()
    if state_lost:
        mock.start()
    proxy.go_up()
    if state_lost:
        code, _, err = scenario.run()
        assert code == 1 and "which no longer exists. Nothing was sent: run again with --restart" in err, err
        scenario.list_id = scenario.make_list()
        code, _, err = scenario.run("--restart")
        assert code == 0, err
    else:
        assert scenario.run_until_done() == [0]
    assert scenario.phones() == EXPECTED
