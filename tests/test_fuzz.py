"""Schemathesis holds openapi.yaml against the mock: in-process, every phase and check, no silent pass.

The run goes through the CLI's own verdict (fuzz/runner.py), so `[warnings] fail-on` in schemathesis.toml
applies: a run whose requests all got 401, or whose valid data all got 404, fails here as it would there.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from kore_campaigns_mock.config import DEMO_CLIENT_SECRET, ENV_CLIENT_SECRET

from fuzz import runner
from fuzz.runner import PHASES, FuzzReport, declared_links, fuzz_target, operations_to_follow
from scripts.spec_facts import load

pytestmark = pytest.mark.fuzz

SPEC = load()
# Every operation of the spec, in the contract's two groups (by tag: the contact-list ones and the rest).
OPERATIONS: tuple[str, ...] = tuple(SPEC.path_operations)
CONTACT_LIST_OPERATIONS = tuple(
    operation
    for operation in OPERATIONS
    if any(tag.startswith("Contact lists") for tag in SPEC.operation(operation).node.get("tags", []))
)
CAMPAIGN_OPERATIONS = tuple(operation for operation in OPERATIONS if operation not in CONTACT_LIST_OPERATIONS)


def _query(operation: str) -> list[dict[str, Any]]:
    return [parameter for parameter in SPEC.parameters(operation) if parameter["in"] == "query"]


def _has_own_id(operation: str) -> bool:
    path = {parameter["name"] for parameter in SPEC.parameters(operation) if parameter["in"] == "path"}
    return bool(path - set(SPEC.path_parameters_of_schema(operation, "BotId")))


# Operations whose only inputs are path parameters (an id): random fuzzing can rarely break their one constraint
# (minLength 1) in a URL, so a seed may give them no negative fuzzing case; the coverage phase always gives them some.
PATH_ONLY = tuple(op for op in OPERATIONS if not _query(op) and SPEC.body_schema(op) is None)
# Operations with few distinct inputs (an id and at most one enum), which Hypothesis exhausts before MAX_EXAMPLES.
SMALL_INPUT = tuple(
    op
    for op in OPERATIONS
    if _has_own_id(op)
    and SPEC.body_schema(op) is None
    and len(_query(op)) <= 1
    and all("enum" in SPEC.resolve(parameter.get("schema", {})) for parameter in _query(op))
)
# Examples per operation in the fuzzing phase (the examples and coverage phases are sized by the spec itself).
# Measured in fuzzing-only runs with seeds 11, 12 and 13: at 20, every operation had positive cases and 200s
# (the fewest: deleteContactList, 2 and 3, which Hypothesis exhausts at any budget) and every campaign
# operation with inputs beyond its id had negative cases; 25 leaves a margin.
MAX_EXAMPLES = 25
# Stateful scenarios of the run over every operation: the broad exploration, steps of every kind interleaved.
# Measured over 4 seeds (stateful-only runs of up to 600 scenarios): 41-52 of the 60 links by scenario 100,
# 52-57 by 300, one run ending early at 192; the rest are left to the focused runs below, a few seconds each.
STATEFUL_SCENARIOS = 100
# Each declared link that run did not follow gets a stateful run of its own, over only the operations a chain of
# links needs to reach it (fuzz.runner.operations_to_follow). Measured for all 60 links, 2 seeds each, 8
# scenarios: every link followed, in scenario 1 (106 runs), 2 (11), 3, 5 or 6; 12 is twice the worst.
FOCUSED_SCENARIOS = 12
# A run can end early (schemathesis ends a stateful suite when Hypothesis finds a replay inconsistent, which a
# stateful server makes likely): then another seed, up to this many runs per link.
FOCUSED_ATTEMPTS = 3
# A fixed seed: the same cases every run, so which links the stateful phase follows does not vary.
SEED = 11


def show(capsys: pytest.CaptureFixture[str], text: str) -> None:
    with capsys.disabled():
        print(f"\n{text}")


@pytest.fixture(scope="module")
def real_run() -> FuzzReport:
    config = runner.load_config(
        max_examples=MAX_EXAMPLES, stateful_max_examples=STATEFUL_SCENARIOS, database="none", seed=SEED
    )
    return runner.run(fuzz_target(), config=config)


@pytest.fixture(autouse=True)
def _demo_credentials(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # The hooks sign as the KORE_* app; the in-process mock registers the demo app.
    for name in list(os.environ):
        if name.startswith("KORE_"):
            monkeypatch.delenv(name)
    yield


@pytest.fixture(scope="module")
def stateful_runs(real_run: FuzzReport) -> list[FuzzReport]:
    """The run over every operation, then for each declared link it did not follow a stateful run focused on the
    operations that lead to that link. Every run has every check and must pass on its own."""
    runs = [real_run]
    followed = set(real_run.links_covered())
    for link in sorted(real_run.links_declared - followed):
        for _ in range(FOCUSED_ATTEMPTS):
            if link in followed:
                break
            config = runner.load_config(
                stateful_max_examples=FOCUSED_SCENARIOS, phases=["stateful"], database="none", seed=SEED + len(runs)
            )
            runs.append(
                runner.run(fuzz_target(), operation_ids=operations_to_follow(link), config=config, show_output=False)
            )
            followed |= runs[-1].links_covered()
    return runs


def test_real_spec_passes_with_every_check(real_run: FuzzReport, capsys: pytest.CaptureFixture[str]) -> None:
    show(capsys, real_run.summary("openapi.yaml against the mock"))
    assert real_run.passed, real_run.summary()
    assert not real_run.failures
    assert not real_run.errors
    assert not real_run.warnings
    for phase in PHASES:
        assert real_run.phase_status[phase] == "success", real_run.phase_status


def test_cases_per_operation_and_phase(real_run: FuzzReport) -> None:
    assert real_run.total_cases >= len(OPERATIONS) * MAX_EXAMPLES
    assert {op for op, _, _ in real_run.cases} == set(OPERATIONS)
    for operation in OPERATIONS:
        for phase in PHASES[:-1]:  # the stateful phase: test_stateful_runs_cover_every_operation
            assert real_run.cases_for(operation=operation, phase=phase, mode="positive") > 0, (operation, phase)
        # Invalid data from the coverage phase for every operation (its negative cases are systematic).
        assert real_run.cases_for(operation=operation, phase="coverage", mode="negative") > 0, operation
        # Hypothesis stops early once an operation's inputs are exhausted: a delete has little more than an id
        # (deleteCampaign: 29 fuzzing cases in one whole run, 5 in another, with 32 operations);
        # addContacts' nested contact array makes it drop many draws (12 to 27 fuzzing cases measured).
        least = MAX_EXAMPLES if operation not in SMALL_INPUT else MAX_EXAMPLES // 20
        if operation == "addContactsToContactList":
            least = MAX_EXAMPLES // 10
        assert real_run.cases_for(operation=operation, phase="fuzzing") >= least, operation

    # Random negative draws are few and vary between whole runs with one seed (32 operations share a run):
    # createContactList once got none (its coverage phase had 44); updateCampaign 6 in one run and 0 in the
    # next (15 when run alone); deleteCampaign 10, then 0. So the fuzzing phase is held to negative cases
    # across each group of operations, not per operation, and to a share of the campaign operations.
    negative_list_fuzzing = sum(
        real_run.cases_for(operation=operation, phase="fuzzing", mode="negative")
        for operation in CONTACT_LIST_OPERATIONS
    )
    assert negative_list_fuzzing > 0
    fuzzed_negative = [
        operation
        for operation in CAMPAIGN_OPERATIONS
        if operation not in PATH_ONLY and real_run.cases_for(operation=operation, phase="fuzzing", mode="negative")
    ]
    assert len(fuzzed_negative) >= len([op for op in CAMPAIGN_OPERATIONS if op not in PATH_ONLY]) // 2, fuzzed_negative


def test_valid_data_is_served_by_every_operation_in_every_phase(real_run: FuzzReport) -> None:
    """200s from each operation in each phase: 404 (a deleted campaign) is accepted for valid ids, never all."""
    for operation in OPERATIONS:
        for phase in PHASES[:-1]:  # the stateful phase: test_stateful_runs_cover_every_operation
            assert real_run.responses_for(operation=operation, status=200, phase=phase) > 0, (operation, phase)


def test_stateful_runs_pass_and_serve_every_operation(stateful_runs: list[FuzzReport]) -> None:
    for run in stateful_runs:
        assert run.passed, run.summary("stateful run")
        assert not run.errors and not run.warnings, run.summary("stateful run")
    for operation in OPERATIONS:
        assert any(run.responses_for(operation=operation, status=200, phase="stateful") for run in stateful_runs), (
            operation
        )


def test_delete_checks_are_exercised(stateful_runs: list[FuzzReport]) -> None:
    """With DELETE in the spec, use_after_free and ensure_resource_availability have something to check."""
    assert any(run.responses_for(operation="deleteCampaign", status=200, phase="stateful") for run in stateful_runs)
    # Reads of a deleted campaign (the GetDeletedCampaign link) answered 404, and use_after_free judged them.
    assert any(run.responses_for(operation="getCampaign", status=404, phase="stateful") for run in stateful_runs)
    assert any(run.links_followed["deleteCampaign -> 200 GetDeletedCampaign -> getCampaign"] for run in stateful_runs)
    for check in ("use_after_free", "ensure_resource_availability"):
        for operation in ("getCampaign", "createCampaign"):
            assert any(run.checks_run[(check, operation)] for run in stateful_runs), (check, operation)
        assert all(check not in run.failures for run in stateful_runs), check


def test_stateful_phase_follows_every_link(
    real_run: FuzzReport, stateful_runs: list[FuzzReport], capsys: pytest.CaptureFixture[str]
) -> None:
    """Every declared link is followed by the stateful runs (see `stateful_runs`), and no link was inferred."""
    assert real_run.links_declared == declared_links(SPEC.document) and real_run.links_declared
    assert real_run.links_total == len(real_run.links_declared)
    followed = set().union(*(run.links_covered() for run in stateful_runs))
    show(
        capsys,
        f"links followed: {len(real_run.links_covered())}/{len(real_run.links_declared)} by the run over every "
        f"operation, {len(followed)} with {len(stateful_runs) - 1} focused stateful run(s)",
    )
    assert followed == real_run.links_declared, sorted(real_run.links_declared - followed)


def test_a_wrong_jwt_secret_fails_the_run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(ENV_CLIENT_SECRET, "not-the-" + DEMO_CLIENT_SECRET)
    config = runner.load_config(max_examples=5, phases=["examples", "fuzzing"], database="none")
    report = runner.run(fuzz_target(), config=config)
    show(capsys, report.summary("wrong JWT secret"))
    assert not report.passed
    assert any(warning.startswith("missing_auth") for warning in report.warnings), report.warnings
