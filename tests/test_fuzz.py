"""Schemathesis holds openapi.yaml against the mock: in-process, every phase and check, no silent pass.

The run goes through the CLI's own verdict (fuzz/runner.py), so `[warnings] fail-on` in schemathesis.toml
applies: a run whose requests all got 401, or whose valid data all got 404, fails here as it would there.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from kore_campaigns_mock import create_app
from kore_campaigns_mock.config import DEMO_CLIENT_SECRET, ENV_CLIENT_SECRET

from fuzz import runner
from fuzz.runner import PHASES, FuzzReport

pytestmark = pytest.mark.fuzz

CAMPAIGN_OPERATIONS = ("createSmsCampaign", "createVoiceCampaign", "getCampaign", "scheduleCampaign")
OPERATIONS = (
    *CAMPAIGN_OPERATIONS,
    "createContactList",
    "listContactLists",
    "getContactList",
    "updateContactList",
    "deleteContactList",
    "listContactListContacts",
    "addContactsToContactList",
)
# 60 examples per operation and phase come to about 2,100 cases in roughly 30 s on two cores (measured
# 27-31 s alone; 14 s for the four campaign operations before contact lists).
MAX_EXAMPLES = 60
MIN_CASES = 2_000
# Only path parameters, whose one constraint (minLength 1) random fuzzing can rarely break in a URL: a random
# seed may give them no negative fuzzing case; the coverage phase always gives them some.
PATH_ONLY_OPERATIONS = ("getCampaign", "getContactList", "deleteContactList")


def show(capsys: pytest.CaptureFixture[str], text: str) -> None:
    with capsys.disabled():
        print(f"\n{text}")


@pytest.fixture(scope="module")
def real_run() -> FuzzReport:
    config = runner.load_config(max_examples=MAX_EXAMPLES, database="none")
    return runner.run(create_app(rate_limit_per_minute=0), config=config)


@pytest.fixture(autouse=True)
def _demo_credentials(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # The hooks sign as the KORE_* app; the in-process mock registers the demo app.
    for name in list(os.environ):
        if name.startswith("KORE_"):
            monkeypatch.delenv(name)
    yield


def test_real_spec_passes_with_every_check(real_run: FuzzReport, capsys: pytest.CaptureFixture[str]) -> None:
    show(capsys, real_run.summary("openapi.yaml against the mock"))
    assert real_run.passed, real_run.summary()
    assert not real_run.failures
    assert not real_run.errors
    assert not real_run.warnings
    for phase in PHASES:
        assert real_run.phase_status[phase] == "success", real_run.phase_status


def test_cases_per_operation_and_phase(real_run: FuzzReport) -> None:
    assert real_run.total_cases >= MIN_CASES
    assert {op for op, _, _ in real_run.cases} == set(OPERATIONS)
    for operation in OPERATIONS:
        for phase in PHASES:
            assert real_run.cases_for(operation=operation, phase=phase, mode="positive") > 0, (operation, phase)
        # Invalid data in every phase that generates it for this operation.
        assert real_run.cases_for(operation=operation, phase="coverage", mode="negative") > 0, operation
        if operation in CAMPAIGN_OPERATIONS and operation not in PATH_ONLY_OPERATIONS:
            assert real_run.cases_for(operation=operation, phase="fuzzing", mode="negative") > 0, operation
        # addContacts' nested contact array makes Hypothesis drop many draws: 12 to 27 fuzzing cases measured.
        minimum = MAX_EXAMPLES // 10 if operation == "addContactsToContactList" else MAX_EXAMPLES
        assert real_run.cases_for(operation=operation, phase="fuzzing") >= minimum, operation
    # The contact-list operations: a whole run once gave createContactList no negative fuzzing case (its
    # coverage phase had 44), so the fuzzing phase is held to negative cases across them, not per operation.
    negative_list_fuzzing = sum(
        real_run.cases_for(operation=operation, phase="fuzzing", mode="negative")
        for operation in OPERATIONS
        if operation not in CAMPAIGN_OPERATIONS
    )
    assert negative_list_fuzzing > 0


def test_stateful_phase_follows_every_link(real_run: FuzzReport) -> None:
    assert len(real_run.links_declared) == 14, real_run.links_declared
    assert not real_run.links_missed(), real_run.summary()
    # Links the run inferred on top of the declared ones are followed too.
    assert len(real_run.links_followed) == real_run.links_total


def test_a_wrong_jwt_secret_fails_the_run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(ENV_CLIENT_SECRET, "not-the-" + DEMO_CLIENT_SECRET)
    config = runner.load_config(max_examples=5, phases=["examples", "fuzzing"], database="none")
    report = runner.run(create_app(rate_limit_per_minute=0), config=config)
    show(capsys, report.summary("wrong JWT secret"))
    assert not report.passed
    assert any(warning.startswith("missing_auth") for warning in report.warnings), report.warnings
