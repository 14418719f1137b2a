"""scripts/fuzz: the schemathesis CLI, with schemathesis.toml and fuzz/hooks.py, over real HTTP.

Small runs (a few examples per operation) keep these fast; the in-process suite does the heavy fuzzing.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from kore_campaigns_mock import create_app
from kore_campaigns_mock.background import serve_in_background

pytestmark = pytest.mark.fuzz

ROOT = Path(__file__).resolve().parent.parent


def run_fuzz_script(*args: str) -> str:
    env = {name: value for name, value in os.environ.items() if not name.startswith("KORE_")}
    result = subprocess.run(  # noqa: S603 - our own script
        [str(ROOT / "scripts" / "fuzz"), *args, "--no-color"],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
        cwd=ROOT,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    return output


def assert_clean_run(output: str) -> None:
    # The repository's configuration, found from the root, and every phase ran and passed.
    assert f"Configuration:    {ROOT / 'schemathesis.toml'}" in output
    for phase in ("Examples", "Coverage", "Fuzzing", "Stateful"):
        assert f"✅ {phase}" in output, output
    assert "No issues found" in output


def test_script_serves_the_mock_on_loopback_and_fuzzes_it() -> None:
    assert_clean_run(run_fuzz_script("--max-examples", "5"))


def test_script_fuzzes_an_already_running_server_given_by_url() -> None:
    with serve_in_background(create_app(rate_limit_per_minute=0)) as base_url:
        output = run_fuzz_script("--url", base_url, "--max-examples", "3")
    assert_clean_run(output)
    assert f"Base URL:         {base_url}" in output
