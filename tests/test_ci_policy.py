"""CI forbids skips: the conftest hook turns a skip into a failure under KORE_REQUIRE_TOOLS=1."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_skipping_test(tmp_path: Path, require_tools: str | None) -> subprocess.CompletedProcess[str]:
    (tmp_path / "conftest.py").write_text((ROOT / "tests" / "conftest.py").read_text(encoding="utf-8"))
    (tmp_path / "test_skips.py").write_text("import pytest\n\ndef test_needs_a_tool():\n    pytest.skip('no tool')\n")
    env = {"PATH": "/usr/bin:/bin"}
    if require_tools is not None:
        env["KORE_REQUIRE_TOOLS"] = require_tools
    return subprocess.run(  # noqa: S603 - fixed argv
        [sys.executable, "-m", "pytest", "-q", "-rfs", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )


def test_a_skip_fails_when_tools_are_required(tmp_path: Path) -> None:
    result = run_skipping_test(tmp_path, "1")
    assert result.returncode == 1
    assert "1 failed" in result.stdout
    assert "skipped under KORE_REQUIRE_TOOLS=1" in result.stdout


def test_a_skip_stays_a_skip_on_a_developer_machine(tmp_path: Path) -> None:
    result = run_skipping_test(tmp_path, None)
    assert result.returncode == 0
    assert "1 skipped" in result.stdout
