"""Shared pytest configuration."""

from __future__ import annotations

import os
from collections.abc import Generator

import pytest

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
