"""The README's code runs: its Python examples against the mock, and each shell command has a test or CI step."""

from __future__ import annotations

import json
import os
import re
import shlex
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from kore_campaigns_mock.config import DEMO_ACCOUNT_ID, DEMO_BOT_ID, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from kore_campaigns_mock.testing import mock_argv

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")

# The quick start's variables (the mock's published demo app) and command-line calls, run below.
QUICK_START_EXPORTS = (
    "export KORE_BASE_URL=http://127.0.0.1:8080",
    f"export KORE_CLIENT_ID={DEMO_CLIENT_ID}",
    f"export KORE_CLIENT_SECRET={DEMO_CLIENT_SECRET}",
    f"export KORE_ACCOUNT_ID={DEMO_ACCOUNT_ID}",
    f"export KORE_BOT_ID={DEMO_BOT_ID}",
)
QUICK_START_CLI = (
    'kore-campaigns contact-lists import contacts.csv --list "Spring customers" --create',
    "kore-campaigns contact-lists list",
    "kore-campaigns campaigns list --json",
)
# "Receiving the pre-call webhook": the receiver's server and the trigger command against it, run below.
PRE_CALL_COMMANDS = (
    "export PRE_CALL_API_KEY=a-long-random-value",
    "uvicorn receiver:app --port 8000",
    'kore-campaigns webhooks trigger http://127.0.0.1:8000/ --header "X-Api-Key: $PRE_CALL_API_KEY"',
    'kore-campaigns webhooks trigger http://127.0.0.1:8000/ --header "X-Api-Key: $PRE_CALL_API_KEY" '
    """--contact '{"phoneNumber": "+15105550100", "planType": "Closed"}' --json""",
)
OTHER_LANGUAGES = ("typescript-fetch", "hey-api", "python", "go", "java", "csharp")
OPENAPI_GENERATOR_CONFIGS = ("typescript-fetch", "python", "go", "java", "csharp")  # generators/<name>.yaml
# Every shell command the README shows, and the file that runs it. A command added to the
# README without a test (or a test renamed away from its command) fails here.
COMMANDS_RUN_BY = {
    "scripts/demo": "tests/test_demo.py",
    "scripts/test": ".ci/run",
    "scripts/test --quick": "tests/test_suite_policy.py",
    "npm ci": "scripts/setup",
    "scripts/regenerate": "tests/test_regenerate.py",
    "scripts/regenerate --check": "scripts/test",
    ".venv/bin/python -m kore_campaigns_mock --host 127.0.0.1 --port 8080": "tests/test_mock_server.py",
    "scripts/fuzz": "tests/test_fuzz_cli.py",
    "scripts/fuzz --url http://127.0.0.1:8080": "tests/test_fuzz_cli.py",
    "REDOCLY_TELEMETRY=off npx redocly lint openapi.yaml": "tests/test_spec_tools.py",
    "npx spectral lint openapi.yaml --fail-severity=warn": "tests/test_spec_tools.py",
    "scripts/typescript-check": "tests/test_spec_tools.py",
    "scripts/build-docs": "tests/test_spec_tools.py",
    "scripts/bench": "tests/test_bench.py",
    "scripts/load-test": "tests/test_load_test.py",
    "scripts/overlay-size": "tests/test_overlay_size.py",
    "pip install 'kore-campaigns[redis]'": "tests/test_packaging.py",
    "export KORE_RATE_LIMIT_STORAGE=redis://:password@redis.internal:6379/0": "tests/test_overlay_ratelimit_redis.py",
    "export KORE_RATE_LIMIT_PER_MINUTE=60": "tests/test_overlay_ratelimit_redis.py",
    **{f"scripts/other-languages {generator}": "tests/test_other_languages.py" for generator in OTHER_LANGUAGES},
    "scripts/other-languages": "tests/test_other_languages.py",
    **{
        f"openapi-generator-cli generate -i openapi.yaml -c generators/{name}.yaml -o out/{name}": (
            "tests/test_other_languages.py"
        )
        for name in OPENAPI_GENERATOR_CONFIGS
    },
    "scripts/openapi-3.0": "tests/test_openapi_30.py",
    "scripts/openapi-3.0 --check": "tests/test_openapi_30.py",
    "scripts/other_languages.py": "tests/test_other_languages.py",
    "scripts/docs-audit --docs-root ../shared/docs/kore-pages": "scripts/test",
    "scripts/docs-audit --only-unexplained --docs-root ../shared/docs/kore-pages": "tests/test_docs_audit.py",
    "scripts/docs-audit --pin-decisions": "tests/test_docs_audit.py",
    "scripts/refresh-docs": "tests/test_refresh_docs.py",
    "scripts/change-report --write": "tests/test_change_report.py",
    "scripts/release": "tests/test_release.py",
    "scripts/bundle-spec": "tests/test_spec_bundle.py",
    "pip install 'PATH[mock]'": "tests/test_packaging.py",
    "kore-campaigns-mock --port 8080": "tests/test_readme.py",
    **{command: "tests/test_readme.py" for command in QUICK_START_EXPORTS},
    **{command: "tests/test_readme.py" for command in QUICK_START_CLI},
    **{command: "tests/test_readme.py" for command in PRE_CALL_COMMANDS},
}
# What each runner must contain to count as running the command.
EVIDENCE = {
    "scripts/demo": '"demo"',
    "scripts/test": "scripts/test",
    "scripts/test --quick": '"--quick"',
    "npm ci": "npm ci",
    "scripts/regenerate": '"regenerate"',
    "scripts/regenerate --check": "scripts/regenerate --check",
    ".venv/bin/python -m kore_campaigns_mock --host 127.0.0.1 --port 8080": "kore_campaigns_mock",
    "scripts/fuzz": "fuzz",
    "scripts/fuzz --url http://127.0.0.1:8080": "--url",
    "REDOCLY_TELEMETRY=off npx redocly lint openapi.yaml": "lint",
    "npx spectral lint openapi.yaml --fail-severity=warn": "--fail-severity=warn",
    "scripts/typescript-check": "typescript-check",
    "scripts/build-docs": "build-docs",
    "scripts/bench": '"bench"',
    "scripts/load-test": '"load-test"',
    "scripts/overlay-size": '"overlay-size"',
    "pip install 'kore-campaigns[redis]'": "redis",
    "export KORE_RATE_LIMIT_STORAGE=redis://:password@redis.internal:6379/0": "KORE_RATE_LIMIT_STORAGE",
    "export KORE_RATE_LIMIT_PER_MINUTE=60": "KORE_RATE_LIMIT_PER_MINUTE",
    **{f"scripts/other-languages {generator}": f'"{generator}"' for generator in OTHER_LANGUAGES},
    "scripts/other-languages": '"other-languages"',
    **{
        f"openapi-generator-cli generate -i openapi.yaml -c generators/{name}.yaml -o out/{name}": "README_GENERATE"
        for name in OPENAPI_GENERATOR_CONFIGS
    },
    "scripts/openapi-3.0": '"openapi-3.0"',
    "scripts/openapi-3.0 --check": '"--check"',
    "scripts/other_languages.py": "scripts.other_languages",
    "scripts/docs-audit --docs-root ../shared/docs/kore-pages": 'scripts/docs-audit --docs-root "$docs/kore-pages"',
    "scripts/docs-audit --only-unexplained --docs-root ../shared/docs/kore-pages": '"--only-unexplained"',
    "scripts/docs-audit --pin-decisions": '"--pin-decisions"',
    "scripts/refresh-docs": '"refresh-docs"',
    "scripts/change-report --write": '"--write"',
    "scripts/release": '"release"',
    "scripts/bundle-spec": "bundle_spec",
    "pip install 'PATH[mock]'": "mock_extra",
    "kore-campaigns-mock --port 8080": 'mock_argv("--port"',
    **{command: "readme_exports" for command in QUICK_START_EXPORTS},
    **{command: "readme_cli_commands" for command in QUICK_START_CLI},
    **{command: "PRE_CALL_COMMANDS" for command in PRE_CALL_COMMANDS},
}


def code_blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.DOTALL)


def shell_commands() -> set[str]:
    """Commands in bash blocks, and inline ones such as `scripts/regenerate --check` in the prose."""
    commands = set(re.findall(r"`(scripts/[^`]+)`", README))
    for block in code_blocks("bash"):
        for line in block.splitlines():
            command = line.split("  #")[0].strip()
            if command:
                commands.add(command)
    return commands


def test_every_readme_command_is_run_by_a_test_or_ci() -> None:
    commands = shell_commands()
    assert commands == set(COMMANDS_RUN_BY), "README commands and their runners disagree"
    for command, runner in COMMANDS_RUN_BY.items():
        path = ROOT / runner
        assert path.exists(), f"{command!r} is said to be run by {runner}, which does not exist"
        assert EVIDENCE[command] in path.read_text(encoding="utf-8"), f"{runner} does not run {command!r}"


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "exec scripts/test\n" in ci
    assert "scripts/test    #" in README


@pytest.fixture(scope="module")
def fresh_mock() -> Iterator[str]:
    """The README's `kore-campaigns-mock`, freshly started on a free port (rate limit off: no waits in CI)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    # Not dialling: the examples print statuses, not outcomes, and the README's SMS campaign, started by a
    # dialling mock inside its calling hours (Mondays 9-18 in Los Angeles), completes in ~3 s, so "Active"
    # would hold only on a fast enough machine.
    command = mock_argv("--port", str(port), "--rate-limit", "0", dialling=False)
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # noqa: S603
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60  # a hang guard: a loaded machine may start Python slowly
        while True:
            try:
                httpx.get(base_url + "/", timeout=60)
                break
            except httpx.TransportError:
                assert process.poll() is None and time.monotonic() < deadline, "kore-campaigns-mock did not start"
                time.sleep(0.05)
        yield base_url
    finally:
        process.terminate()
        process.wait(60)


def readme_exports(base_url: str) -> dict[str, str]:
    """The environment the quick start's export lines set, pointed at the test's port."""
    exports = [line for block in code_blocks("bash") for line in block.splitlines() if line.startswith("export KORE_")]
    assert tuple(line for line in exports if "RATE_LIMIT" not in line) == QUICK_START_EXPORTS
    env = {**os.environ}
    for line in QUICK_START_EXPORTS:
        name, value = line.removeprefix("export ").split("=", 1)
        env[name] = value
    env["KORE_BASE_URL"] = base_url
    return env


def readme_cli_commands() -> list[str]:
    return [
        line.split("  #")[0].strip()
        for block in code_blocks("bash")
        for line in block.splitlines()
        if line.startswith("kore-campaigns ") and not line.startswith("kore-campaigns webhooks ")
    ]


def test_readme_quick_start_and_python_examples_run_against_a_fresh_mock(fresh_mock: str, tmp_path: Path) -> None:
    env = readme_exports(fresh_mock)
    assert tuple(readme_cli_commands()) == QUICK_START_CLI
    (tmp_path / "contacts.csv").write_text("phoneNumber,firstName\n+15105550142,Grace\n", encoding="utf-8")
    bin_dir = Path(sys.executable).parent
    for command in QUICK_START_CLI:
        argv = shlex.split(command)
        result = subprocess.run(  # noqa: S603 - the README's own command
            [str(bin_dir / argv[0]), *argv[1:]], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60
        )
        assert result.returncode == 0, (command, result.stdout, result.stderr)
    blocks = [block for block in code_blocks("python") if block != pre_call_receiver()]
    assert len(blocks) == 4
    outputs = []
    for block in blocks:
        result = subprocess.run(  # noqa: S603 - runs the README's own example
            [sys.executable, "-c", block], capture_output=True, text=True, env=env, timeout=60, check=False
        )
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout)
    assert outputs[0].splitlines() == [
        "2 sent, 0 refused",
        "+15105550142 Grace",  # added by the command line's import
        "+15105550100 Ada",
        "+15105550101 Alan",
        "Active",
        "Billing Alert Template Campaign-21 Active",
    ]
    assert outputs[1] == "Billing Alert Template Campaign-21 True\n"
    assert outputs[2].startswith("not found: ")
    assert "campaignId" in outputs[2]
    assert outputs[3] == "404 application/json\n4004\n"


def test_readme_lists_every_operation_with_its_generated_function() -> None:
    """The operations table names every operationId of openapi.yaml once, with the function that calls it."""
    import importlib

    from scripts.spec_facts import load

    expected = {}
    for operation_id, operation in load(ROOT / "openapi.yaml").path_operations.items():
        module = operation.node["tags"][0].lower().replace(" ", "_")
        function = re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()
        expected[operation_id] = (f"{module}.{function}", f"{operation.method} {operation.path}")
    rows = re.findall(r"^\| `(\w+)` \| `([\w.]+)` \| .*? \| `([A-Z]+ [^`]+)` \|", README, flags=re.MULTILINE)
    listed = {operation_id: (function, route) for operation_id, function, route in rows}
    assert len(rows) == len(listed), "an operation is listed twice"
    assert listed == expected
    for function, _route in listed.values():
        module = importlib.import_module(f"kore_campaigns_client.api.{function}")
        assert callable(module.sync_detailed) and callable(module.asyncio_detailed), function


def pre_call_receiver() -> str:
    [receiver] = [block for block in code_blocks("python") if "webhooks.asgi_app(" in block]
    return receiver


def test_readme_pre_call_receiver_answers_the_trigger_command(tmp_path: Path) -> None:
    """The README's receiver, served by its uvicorn command; its trigger commands print what it shows."""
    commands = [line for block in code_blocks("bash") for line in block.splitlines() if line in PRE_CALL_COMMANDS]
    assert commands == list(PRE_CALL_COMMANDS)
    export, serve, *triggers = PRE_CALL_COMMANDS
    (tmp_path / "receiver.py").write_text(pre_call_receiver(), encoding="utf-8")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = str(sock.getsockname()[1])
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}

    def bash(command: str) -> list[str]:
        return ["bash", "-c", f"{export}\n{command.replace('8000', port)}"]

    log = (tmp_path / "uvicorn.log").open("wb")
    server = subprocess.Popen(bash(f"exec {serve}"), cwd=tmp_path, env=env, stdout=log, stderr=log)  # noqa: S603
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/", timeout=1)  # any answer (405) means it is up
                break
            except httpx.TransportError:
                started = server.poll() is None and time.monotonic() < deadline
                assert started, (tmp_path / "uvicorn.log").read_text(encoding="utf-8", errors="replace")
                time.sleep(0.05)
        results = [
            subprocess.run(bash(command), capture_output=True, text=True, env=env, timeout=120, check=False)  # noqa: S603
            for command in triggers
        ]
    finally:
        server.terminate()
        server.wait(30)
        log.close()
    assert [result.returncode for result in results] == [0, 0], [result.stderr for result in results]
    shown = re.search(r"```text\n(CALL: .*?)```", README, flags=re.DOTALL)
    assert shown is not None
    expected = re.escape(shown.group(1)).replace(r"in\ 4\ ms", r"in\ \d+\ ms")
    assert re.fullmatch(expected, results[0].stdout), results[0].stdout
    answer = json.loads(results[1].stdout)
    assert (answer["handle"], answer["reason"], answer["error"]) == ("SKIP", "plan Closed", False)
