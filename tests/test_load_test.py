"""scripts/load-test runs in a small configuration: shared through Redis, no 429 reaches the mock.

A smoke test of the benchmark, not a timing: the rate floor is off (--min-share 0), since the rate a
loaded machine sustains is a measurement (the script's own run reports it), not a result to assert.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_load_test_shares_the_limit_and_shows_what_it_avoids() -> None:
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    result = subprocess.run(  # noqa: S603 - our own script
        [str(ROOT / "scripts" / "load-test"), "--workers", "2", "--calls", "4", "--limit", "4", "--window", "3",
         "--min-share", "0"],
        capture_output=True,
        text=True,
        timeout=900,  # a hang guard: two runs of a few 3-second windows, however loaded the machine
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert re.search(r"calls that succeeded\s+8 / 8\s+", out), out
    counts = re.search(r"429s in the mock's log\s+(\d+)\s+(\d+)", out)
    assert counts is not None, out
    shared_429, alone_429 = map(int, counts.groups())
    assert shared_429 == 0, out
    assert alone_429 > 0, out  # each worker limiting only itself sends more than the account may
    assert "shared limit: no 429, every call succeeded, rate held" in out
