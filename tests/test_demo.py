"""The README's main job, `scripts/demo`, runs start to finish and shows the whole flow."""

from __future__ import annotations

import os
import subprocess
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_demo_walks_the_flow_and_shows_a_refused_request() -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("KORE_")}
    result = subprocess.run(  # noqa: S603 - our own script
        [str(ROOT / "scripts" / "demo")], capture_output=True, text=True, env=env, timeout=300, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    # The demo's own lists, created first and named by both campaigns.
    assert "Contact list Renewal Due - July 2025 created successfully" in out
    assert "Contact list Renewal Opt-outs created successfully" in out
    assert "Adding contacts to public list is in progress; the list holds 3 contacts" in out
    assert "Renewal Due - July 2025: 3 contacts, used by Billing Alert Template Campaign, Product Feedback" in out
    assert "Campaign Billing Alert Template Campaign creation in progress" in out
    assert "Campaign Product Feedback Voice Campaign creation in progress" in out
    assert out.count("scheduled successfully") == 3  # two in the schedule step, one in the lifecycle
    assert "schedule: weekly, every 1 week(s) on Mon, Wed, Fri" in out
    assert "schedule: daily, every 2 day(s)" in out
    assert "KoreValidationError: HTTP 400" in out
    for field in ("field name,", "field priority,", "field queue_name,"):
        assert field in out
    # The lifecycle, in order: create, schedule, start, status, list, stop, delete, then a read gives 404.
    lifecycle = out[out.index("Lifecycle of a v2 voice campaign") :]
    steps = [
        "created: Campaign Service Renewal Reminder creation in progress",
        "scheduled: Campaign Service Renewal Reminder scheduled successfully",
        "started: Campaign Started, status Active, run cid-",
        "status: Service Renewal Reminder is Active",
        "listed: 1 active voice campaign(s): ['Service Renewal Reminder']",
        "stopped: Campaign Stopped, status Stopped",
        "deleted: Campaign Service Renewal Reminder deleted successfully",
        "read after delete: KoreNotFoundError: HTTP 404",
    ]
    positions = [lifecycle.index(step) for step in steps]
    assert positions == sorted(positions), positions
    # Last, a campaign dialled to the end on the mock's manual clock, its contacts paged through.
    run = out[out.index("A campaign run to completion on the mock's manual clock") :]
    assert ": Active, 0 calls made" in run and ": Completed, " in run
    # Whatever the hour of the run: the run starts on a Monday at 00:00 UTC, before Kolkata's calling hours.
    first = next(line for line in run.splitlines() if " UTC: " in line)
    assert first.endswith(" 01:00 UTC: Active, 0 calls made"), first
    assert datetime.strptime(first.split()[0], "%Y-%m-%d").weekday() == 0, first
    assert "contacts page 3 of 3: 1 of 11 records" in run
    records = [line for line in run.splitlines() if line.startswith("  +1510555")]
    assert len(records) == 11 and all(" after " in line for line in records)
    assert not any(line.startswith("  +15105550011") for line in records)  # the number on the DNC list
    # The demo secret is public, but the overlay must still never print it.
    assert "demo-client-secret" not in out + result.stderr
    assert "Tokens signed for the whole demo: 1" in out
