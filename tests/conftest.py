"""Shared pytest configuration."""

from __future__ import annotations

import copy
import functools
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

# The project's own tests read every answer strictly (issue 21): where the mock and the spec
# disagree, the client raises KoreResponseError instead of keeping the value and logging it.
# Set here, before any test module imports the client, and inherited by every subprocess.
os.environ["KORE_STRICT_RESPONSES"] = "1"

# Several tests press Ctrl-C (SIGINT) at the processes they start, as a terminal would. A shell without job
# control starts a background command with SIGINT ignored, and an ignored signal stays ignored across exec:
# run that way (`scripts/test &` in a script), every such process ignored the Ctrl-C and 13 tests failed.
# A handler here instead (workers and controller alike) gives the processes the tests start the default.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

# A dozen test modules parse openapi.yaml with yaml.safe_load, most at import: about a second each, paid
# again by every xdist worker at collection. The same text gives the same document, so each process parses
# a text once and hands out deep copies (a test may change its copy).
_safe_load = yaml.safe_load


@functools.lru_cache(maxsize=8)
def _parsed(text: str) -> Any:
    return _safe_load(text)


def _safe_load_once(stream: Any) -> Any:
    if isinstance(stream, str) and len(stream) > 50_000:
        return copy.deepcopy(_parsed(stream))
    return _safe_load(stream)


yaml.safe_load = _safe_load_once

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


# The suites too slow for the inner loop: the fuzzers, other languages, external tool chains (generators,
# compilers, Chromium), fault injection, terminal sessions, the benchmarks and the property tests.
# `scripts/test --quick` leaves them out (-m "not slow"). Longest first (measured with --durations): the
# full run starts them in this order, so the longest work is not left to one worker at the end.
# tests/test_suite_policy.py fails when a listed file no longer exists.
SLOW_SUITES: tuple[str, ...] = (
    "test_fuzz.py",  # schemathesis, every phase, then the stateful runs: minutes
    "test_other_languages.py",  # openapi-generator (Java), tsc, javac, go build
    "test_import_faults.py",  # imports killed at every step and run again, each a few processes
    "test_fuzz_cli.py",
    "test_fuzz_mutations.py",
    "test_regenerate.py",  # openapi-python-client, several times
    "test_bench.py",
    "test_docs_audit.py",  # the audit over every page, once per case
    "test_spec_tools.py",  # redocly, spectral, tsc, headless Chromium
    "test_resource_generation.py",
    "test_load_test.py",
    "test_change_report.py",  # openapi-python-client on an edited spec
    "test_cli_terminal.py",  # the command line on pseudo-terminals, a server's 5-second Retry-After included
    "test_release.py",  # a release built in a copy of the repository
    "test_demo.py",
    "test_mock_properties.py",  # Hypothesis, 500 requests per route with a body, 200 without; short tests last
)
# Under xdist (scripts/test: --dist loadfile) a test module is one unit of work, given whole to one worker:
# a module-scoped fixture (fuzz runs, the other-language clients, the HTML reference) is built once, and
# one writing a fixed path (build/typescript/) never runs twice at once. The modules below have no
# module-scoped fixture worth sharing and long tests, so their tests spread over the workers one by one.
SPREAD_TESTS: frozenset[str] = frozenset(
    {
        "test_mock_properties.py",
        "test_fuzz_mutations.py",
        "test_fuzz_cli.py",
        "test_regenerate.py",
        "test_docs_audit.py",
    }
)


# xdist's workers start with COLUMNS=80 and LINES=24 in their environment, which every subprocess inherits:
# a command line drawing on a pseudo-terminal of another size would wrap at 80 columns. Workers get the
# controller's values back (none, usually).
TERMINAL_SIZE_VARIABLES = ("COLUMNS", "LINES")


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    node.workerinput["kore_terminal_size"] = {name: os.environ.get(name) for name in TERMINAL_SIZE_VARIABLES}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: a suite left out of `scripts/test --quick` (SLOW_SUITES in conftest)")
    controller: dict[str, str | None] = getattr(config, "workerinput", {}).get("kore_terminal_size", {})
    for name, value in controller.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """--dist loadfile, except that the tests of SPREAD_TESTS are units of their own."""
    if config.getoption("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class ModulesAndSpreadTests(LoadScopeScheduling):  # type: ignore[misc]
        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0]
            return nodeid if Path(module).name in SPREAD_TESTS else module

    return ModulesAndSpreadTests(config, log)


@pytest.hookimpl(tryfirst=True)  # before -m selects on the slow mark
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.name in SLOW_SUITES:
            item.add_marker(pytest.mark.slow)
    # Slow suites first, longest first; the rest keep their order (a stable sort). Every worker collects,
    # and all must agree on the order: it depends on the file names only.
    rank = {name: position for position, name in enumerate(SLOW_SUITES)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


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
    """Starts redis-server (Debian package redis-server; .ci/run installs it) and stops it after the session.

    One per xdist worker (each has its own temporary folder). A free port can be taken by another process
    before redis binds it: then redis exits at once, and another port is tried."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    folder = tmp_path_factory.mktemp("redis")
    for _attempt in range(5):
        server = RedisServer(_free_port(), folder / "redis.sock")
        server.socket.unlink(missing_ok=True)  # left by an attempt that failed after creating it
        process = subprocess.Popen(  # noqa: S603 - a fixed binary and arguments
            [binary, "--bind", "127.0.0.1", "--port", str(server.port), "--unixsocket", str(server.socket),
             "--requirepass", server.password, "--save", "", "--appendonly", "no", "--dir", str(folder)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            # Generous: only a hang reaches it, and a loaded machine may take seconds to start a process.
            deadline = time.monotonic() + 120
            while not server.socket.exists() and process.poll() is None:
                if time.monotonic() > deadline:
                    raise RuntimeError("redis-server did not create its socket within 120 s")
                time.sleep(0.02)
            if process.poll() is None:
                yield server
                return
        finally:
            process.terminate()
            process.wait(timeout=60)
    raise RuntimeError(f"redis-server did not start on any of 5 free ports (last exit code {process.returncode})")
