"""scripts/bench runs and prints its side-by-side table (a smoke test: no timing is asserted)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_bench_quick_prints_every_measurement() -> None:
    result = subprocess.run(  # noqa: S603 - our own script
        [str(ROOT / "scripts" / "bench"), "--quick"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for label in (
        "per call, in-process transport",
        "of which the overlay (vs generated client alone)",
        "client.campaigns.get_campaign (vs generated function)",
        "get_campaign, lenient vs strict baseline",
        "list_campaigns (50 per page), lenient vs baseline",
        "per call, loopback to the mock",
        "200 async GETs, concurrency 50",
        "JWT signatures per 1,000 calls",
        "cost of one signature",
        "import time",
        "import + create_client() (first use)",
        "kore-campaigns --help",
        "bulk import of 5,000 contacts",
        "of the account limit",
        "regeneration",
        "docs audit per page",
        "docs audit of the snapshot",
        "mock: page of 100 contacts from a 5,000-contact list",
        "iter_contacts over 1,000 contacts",
        "mock: import 10,000 contacts",
        "at 1,000",
        "time a contact",
    ):
        assert label in out
    ratios = re.findall(r"(\d+\.\d\d)x", out)
    assert len(ratios) >= 5
    # The mock's import row reports memory at both sizes, with the ratio of time a contact.
    assert len(re.findall(r"[\d,]+ B a contact", out)) == 2
    # One token for the whole in-process run: the overlay reuses it until near expiry.
    assert re.search(r"\(1 for \d+ calls\)", out)
