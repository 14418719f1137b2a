"""Rules for the tests themselves, checked over their source.

Every test that starts a mock says whether it dials: a dialling mock on the wall clock moves campaigns on
while the test runs, so whether a start-then-stop sequence holds would depend on the machine's speed.
In-process mocks come from `kore_campaigns_mock.testing.mock_app(dialling=...)`, subprocess ones from
`mock_argv(..., dialling=...)`; neither has a default.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import SLOW_SUITES, SPREAD_TESTS
from kore_campaigns_mock import DEMO_ACCOUNT_ID, DEMO_BOT_ID, ManualClock, demo_app, samples
from kore_campaigns_mock.__main__ import build_parser
from kore_campaigns_mock.testing import (
    MockClient,
    auth_headers,
    mock_app,
    mock_argv,
    status_path,
    v2_campaigns_path,
    voice_trigger_path,
)

TESTS = Path(__file__).resolve().parent

# Files still starting mocks without saying whether they dial, and how many places: none left. Any unsaid start
# fails the check below, and an entry here must match what is found, so it cannot hide one.
NOT_YET_SAID: dict[str, int] = {}


def _is_mock_command(elements: list[ast.expr]) -> bool:
    """An argv running the mock: `python -m kore_campaigns_mock ...` or a path ending in kore-campaigns-mock."""
    constants = {part.value for element in elements for part in ast.walk(element) if isinstance(part, ast.Constant)}
    return "kore-campaigns-mock" in constants or {"-m", "kore_campaigns_mock"} <= constants


def unsaid_mock_starts(source: str) -> list[int]:
    """Lines that build the mock with `create_app` or spell its command by hand (argv lists, not prose)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            called = node.func
            name = called.attr if isinstance(called, ast.Attribute) else getattr(called, "id", "")
            if name == "create_app":
                lines.append(node.lineno)
        elif isinstance(node, ast.List | ast.Tuple) and _is_mock_command(node.elts):
            lines.append(node.lineno)
    return lines


def test_every_mock_a_test_starts_says_whether_it_dials() -> None:
    found = Counter[str]()
    where: dict[str, list[int]] = {}
    for path in sorted(TESTS.glob("*.py")):
        lines = unsaid_mock_starts(path.read_text(encoding="utf-8"))
        if lines:
            found[path.name] = len(lines)
            where[path.name] = lines
    new = {name: where[name] for name, count in found.items() if count > NOT_YET_SAID.get(name, 0)}
    assert not new, f"start the mock with mock_app(dialling=...) or mock_argv(..., dialling=...): {new}"
    moved = {name: (count, found[name]) for name, count in NOT_YET_SAID.items() if found[name] != count}
    assert not moved, f"NOT_YET_SAID is out of date (listed, found); lower or remove the entries: {moved}"


@pytest.mark.parametrize(
    ("source", "lines"),
    [
        ("from kore_campaigns_mock import create_app\napp = create_app()\n", [2]),
        ("import kore_campaigns_mock\n\n\napp = kore_campaigns_mock.create_app(rate_limit_per_minute=0)\n", [4]),
        ('import sys\nargv = [sys.executable, "-m", "kore_campaigns_mock", "--port", "1"]\n', [2]),
        ('from pathlib import Path\nargv = (str(Path("bin") / "kore-campaigns-mock"), "--port", "1")\n', [2]),
        ("app = mock_app(dialling=False)\nargv = mock_argv('--port', '1', dialling=True)\n", []),
        ('README = "kore-campaigns-mock --port 8080"\nentry = points["kore-campaigns-mock"]\n', []),
        ('packages = ("kore_campaigns", "kore_campaigns_mock")\n', []),
    ],
)
def test_the_check_finds_unsaid_starts_and_only_them(source: str, lines: list[int]) -> None:
    assert unsaid_mock_starts(source) == lines


MONDAY_9AM_KOLKATA = datetime(2030, 1, 7, 3, 30, tzinfo=UTC).timestamp()  # inside the sample's calling hours


def run_a_week(dialling: bool) -> str:
    """Start a one-contact voice campaign on a manual clock, let a week pass; the campaign's status."""
    client = MockClient(mock_app(dialling=dialling, rate_limit_per_minute=0, clock=ManualClock(MONDAY_9AM_KOLKATA)))
    headers = auth_headers(demo_app())

    def post(path: str, body: dict[str, Any]) -> dict[str, Any]:
        response = client.post(path, json=body, headers=headers)
        assert response.status_code == 200, response.text
        answer: dict[str, Any] = response.json()
        return answer

    lists = f"/campaign/api/v2/public/{DEMO_BOT_ID}/campaign/contactList/createContactList?accountId={DEMO_ACCOUNT_ID}"
    for name in ("Dial list", "Do not call"):
        post(lists, {"name": name, "description": name, "source": "passiveApi", "allowDuplicates": True})
    contact = {"phoneNumber": "+919000000001", "firstName": "Contact"}
    add_contacts = f"/api/1.1/public/{DEMO_BOT_ID}/campaign/contactList/addContacts"
    post(add_contacts, {"contact_list_name": "Dial list", "data": [contact]})
    body = samples.voice_campaign_agentless_v2()
    body.update(name="Dials or not", contactLists=["Dial list"], dncLists={"name": "Do not call"})
    campaign_id = post(v2_campaigns_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID, "voice"), body)["data"]["id"]
    post(voice_trigger_path(DEMO_BOT_ID, campaign_id, DEMO_ACCOUNT_ID, "play"), {})
    assert client.post("/_mock/clock/advance", json={"seconds": 7 * 24 * 3600}).status_code == 200
    status: str = post(status_path(DEMO_BOT_ID, campaign_id, DEMO_ACCOUNT_ID), {})["data"]["status"]
    return status


def test_mock_app_dials_only_when_told() -> None:
    assert run_a_week(dialling=True) == "Completed"
    assert run_a_week(dialling=False) == "Active"


def test_mock_argv_says_no_dialling_only_when_not_dialling() -> None:
    assert mock_argv("--port", "1", dialling=False)[1:] == ["--port", "1", "--no-dialling"]
    assert mock_argv("--port", "1", dialling=True)[1:] == ["--port", "1"]
    assert Path(mock_argv(dialling=True)[0]).name == "kore-campaigns-mock"
    as_module = mock_argv("--port", "1", dialling=False, module=True)
    assert as_module[1:3] == ["-m", build_parser.__module__.split(".")[0]]
    assert as_module[3:] == ["--port", "1", "--no-dialling"]


def test_the_mock_command_takes_what_mock_argv_gives() -> None:
    parser = build_parser()
    for dialling in (True, False):
        for module in (True, False):
            argv = mock_argv("--port", "1", dialling=dialling, module=module)
            options = argv[3:] if module else argv[1:]
            assert parser.parse_args(options).no_dialling is not dialling


def test_the_suite_lists_in_conftest_name_existing_files() -> None:
    for name in (*SLOW_SUITES, *SPREAD_TESTS):
        assert (TESTS / name).is_file(), f"tests/conftest.py names {name}, which does not exist"


# --- scripts/test, run in a copy of the repository whose tools are stubs that record their arguments -------

STUB = """#!/usr/bin/env bash
printf '%s\\n' "$(basename "$0") $*" >> "$CALLS"
[ "$(basename "$0")" = docs-audit ] && echo "60 page(s): 77 decided, 0 unexplained finding(s), 0 unreadable"
[ "${FAIL:-}" = "$(basename "$0")" ] && { echo "$(basename "$0") found a problem"; exit 1; }
exit 0
"""


def run_test_script(tmp_path: Path, *args: str, fail: str = "") -> tuple[subprocess.CompletedProcess[str], list[str]]:
    (tmp_path / "scripts").mkdir()
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    shutil.copy(TESTS.parent / "scripts" / "test", tmp_path / "scripts" / "test")
    for stub in ("scripts/setup", "scripts/regenerate", "scripts/docs-audit", *(f".venv/bin/{t}" for t in TOOLS)):
        (tmp_path / stub).write_text(STUB, encoding="utf-8")
        (tmp_path / stub).chmod(0o755)
    calls = tmp_path / "calls"
    env = {"PATH": os.environ["PATH"], "CALLS": str(calls), "FAIL": fail}
    result = subprocess.run(  # noqa: S603 - the project's own script, in a scratch copy
        [str(tmp_path / "scripts" / "test"), *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    return result, calls.read_text(encoding="utf-8").splitlines()


TOOLS = ("ruff", "mypy", "python")


def test_scripts_test_runs_every_check_and_gives_pytest_the_extra_arguments(tmp_path: Path) -> None:
    result, calls = run_test_script(tmp_path, "-k", "some name")
    assert result.returncode == 0, result.stdout + result.stderr
    assert calls[0] == "setup "
    assert {"ruff check .", "mypy ", "regenerate --check"} <= set(calls)
    [pytest_call] = [call for call in calls if call.startswith("python ")]
    workers = len(os.sched_getaffinity(0))
    assert pytest_call == f"python -m pytest -n {workers + 2} --dist loadfile --no-loadscope-reorder -k some name"
    headings = [line for line in result.stdout.splitlines() if line.startswith("== ")]
    assert len(headings) == 5 and headings[-1] == "== mypy --strict (hand-written code)", headings


def test_scripts_test_quick_leaves_out_the_slow_suites(tmp_path: Path) -> None:
    result, calls = run_test_script(tmp_path, "--quick", "-x")
    assert result.returncode == 0, result.stdout + result.stderr
    [pytest_call] = [call for call in calls if call.startswith("python ")]
    workers = len(os.sched_getaffinity(0))
    assert pytest_call == f"python -m pytest -n {workers} --dist loadfile --no-loadscope-reorder -m not slow -x"


@pytest.mark.parametrize("tool", ["ruff", "mypy", "regenerate", "docs-audit", "python"])
def test_scripts_test_fails_when_any_check_fails_and_says_which(tmp_path: Path, tool: str) -> None:
    result, calls = run_test_script(tmp_path, fail=tool)
    assert result.returncode == 1
    assert any(call.startswith("python -m pytest") for call in calls), "pytest runs even after a failed check"
    assert f"{tool} found a problem" in result.stdout
    name = {"python": "pytest", "docs-audit": "audit"}.get(tool, tool)
    assert f"scripts/test: failed: {name}" in result.stderr


def test_on_xdist_workers_a_skip_still_fails_and_subprocesses_get_the_terminal_size(tmp_path: Path) -> None:
    """CI runs pytest on xdist workers (scripts/test): the skip-to-failure hook must act there too, and a
    worker's subprocesses must not inherit the COLUMNS=80 and LINES=24 xdist puts in a worker's environment
    (a command line on a wider pty would wrap)."""
    shutil.copy(TESTS / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_skips.py").write_text("import pytest\n\ndef test_needs_a_tool():\n    pytest.skip('no tool')\n")
    size = "import os\n\ndef test_size():\n    assert 'COLUMNS' not in os.environ and 'LINES' not in os.environ\n"
    (tmp_path / "test_size.py").write_text(size, encoding="utf-8")
    result = subprocess.run(  # noqa: S603 - fixed argv
        [sys.executable, "-m", "pytest", "-q", "-rf", "-p", "no:cacheprovider", "-n", "1", str(tmp_path)],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "KORE_REQUIRE_TOOLS": "1"},
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 failed, 1 passed" in result.stdout, result.stdout
    assert "skipped under KORE_REQUIRE_TOOLS=1" in result.stdout
