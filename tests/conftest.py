"""Shared pytest configuration."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest

# The project's own tests read every answer strictly (issue 21): where the mock and the spec
# disagree, the client raises KoreResponseError instead of keeping the value and logging it.
# Set here, before any test module imports the client, and inherited by every subprocess.
os.environ["KORE_STRICT_RESPONSES"] = "1"

# CI sets KORE_REQUIRE_TOOLS=1: there, a skipped test is a failure, so a missing tool or a
# skip that hides a problem cannot pass silently.
REQUIRE_TOOLS = os.environ.get("KORE_REQUIRE_TOOLS") == "1"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if REQUIRE_TOOLS and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.longrepr = f"skipped under KORE_REQUIRE_TOOLS=1, which forbids skips: {reason}"
    return report


def pytest_assertrepr_compare(config: pytest.Config, op: str, left: object, right: object) -> list[str] | None:
    """A failed `==` between generated models holding personal data (x-personal-data): their reprs, which
    mask it, and the names of the fields that differ, instead of pytest's drill-down into their values.
    KORE_SHOW_VALUES=1 gives pytest's own explanation back."""
    if op != "==" or not any(hasattr(type(side), "_personal_fields") for side in (left, right)):
        return None
    if os.environ.get("KORE_SHOW_VALUES", "").strip().lower() in {"1", "true", "yes", "on"}:
        return None
    lines = [f"{left!r} == {right!r}"]
    if type(left) is type(right):
        mine, theirs = left.to_dict(), right.to_dict()  # type: ignore[attr-defined]
        differing = sorted(key for key in {*mine, *theirs} if mine.get(key, left) != theirs.get(key, left))
        lines.append(f"Differing fields: {', '.join(differing)} (KORE_SHOW_VALUES=1 shows their values)")
    return lines


class RedisServer:
    """A redis-server of this test session, with a password, on a loopback port and a Unix socket."""

    password = "redis-test-password-9f2c"

    def __init__(self, port: int, socket: Path) -> None:
        self.port = port
        self.socket = socket

    @property
    def url(self) -> str:
        return f"redis://:{self.password}@127.0.0.1:{self.port}/0"

    @property
    def unix_url(self) -> str:
        return f"redis+unix://:{self.password}@{self.socket}?db=0"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """Starts redis-server (Debian package redis-server; .ci/run installs it) and stops it after the session."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    folder = tmp_path_factory.mktemp("redis")
    server = RedisServer(_free_port(), folder / "redis.sock")
    process = subprocess.Popen(  # noqa: S603 - a fixed binary and arguments
        [binary, "--bind", "127.0.0.1", "--port", str(server.port), "--unixsocket", str(server.socket),
         "--requirepass", server.password, "--save", "", "--appendonly", "no", "--dir", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 10
        while not server.socket.exists():
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not start (exit code {process.poll()})")
            time.sleep(0.02)
        yield server
    finally:
        process.terminate()
        process.wait(timeout=10)
