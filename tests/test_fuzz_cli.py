"""scripts/fuzz: the schemathesis CLI, with the configuration of fuzz/settings.py and fuzz/hooks.py, over real HTTP.

Small runs (a few examples per operation) keep these fast; the in-process suite does the heavy fuzzing.
Every mock these tests fuzz does not dial (fuzz_target(), `--no-dialling`): the hooks start a campaign and
then stop it, and a simulated run that completed in between would rightly refuse the stop.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from kore_campaigns_mock.background import serve_in_background

from fuzz.runner import fuzz_target

pytestmark = pytest.mark.fuzz

ROOT = Path(__file__).resolve().parent.parent


def run_fuzz_script(*args: str) -> str:
    env = {name: value for name, value in os.environ.items() if not name.startswith("KORE_")}
    result = subprocess.run(  # noqa: S603 - our own script
        [str(ROOT / "scripts" / "fuzz"), *args, "--no-color"],
        capture_output=True,
        text=True,
        env=env,
        timeout=1800,  # a hang guard only: a loaded machine takes what it takes
        check=False,
        cwd=ROOT,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    return output


def assert_clean_run(output: str) -> None:
    # The configuration scripts/fuzz wrote (schemathesis.toml plus the spec's facts), and every phase ran and passed.
    assert "Configuration:" in output and "schemathesis.toml" in output
    for phase in ("Examples", "Coverage", "Fuzzing", "Stateful"):
        assert f"✅ {phase}" in output, output
    assert "No issues found" in output


def test_script_serves_the_mock_on_loopback_and_fuzzes_it() -> None:
    assert_clean_run(run_fuzz_script("--max-examples", "5"))


def test_script_fuzzes_an_already_running_server_given_by_url() -> None:
    """The `--url` path of the script, on a create and the read its links lead to (the test above fuzzes every
    operation over HTTP): the server is the one given, and every phase runs and passes against it."""
    operations = ("createCampaign", "getCampaign")
    # A generous start deadline: it only guards against a server that never starts.
    with serve_in_background(fuzz_target(), timeout=600) as base_url:
        selection = [argument for operation in operations for argument in ("--include-operation-id", operation)]
        output = run_fuzz_script("--url", base_url, "--max-examples", "3", *selection)
    assert_clean_run(output)
    assert f"Base URL:         {base_url}" in output
    assert f"Selected: {len(operations)}/" in output, output
