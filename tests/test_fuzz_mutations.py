"""Each weakened copy of openapi.yaml must fail against the mock: a survivor means something is blind.

Runs are small and reproducible: only the operations a mutation touches, only the phases that reach it,
positive data only (a weakened spec shows itself by calling invalid data valid), a fixed seed and no
Hypothesis database, so a catch never depends on an earlier run's saved example.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis

from fuzz import runner
from fuzz.mutations import MUTATIONS, Mutation, load_spec, write_spec
from fuzz.runner import fuzz_target

pytestmark = pytest.mark.fuzz

SEED = 1


@pytest.fixture(autouse=True)
def _demo_credentials(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in list(os.environ):
        if name.startswith("KORE_"):
            monkeypatch.delenv(name)
    yield


def test_at_least_six_distinct_mutations() -> None:
    assert len(MUTATIONS) >= 6
    assert len({mutation.id for mutation in MUTATIONS}) == len(MUTATIONS)
    base = load_spec()
    for mutation in MUTATIONS:
        assert mutation.mutated(base) != base, mutation.id
    assert load_spec() == base, "mutating a copy must leave openapi.yaml alone"


@pytest.mark.parametrize("mutation", MUTATIONS, ids=[mutation.id for mutation in MUTATIONS])
def test_fuzzing_catches_the_weakened_spec(
    mutation: Mutation, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = write_spec(mutation.mutated(), tmp_path / "openapi.json")
    # Still a valid OpenAPI document: the run must fail on the API's answers, not on loading.
    schemathesis.openapi.from_path(str(spec)).validate()
    config = runner.load_config(
        max_examples=mutation.max_examples,
        phases=mutation.phases,
        seed=SEED,
        database="none",
        no_shrink=True,
        modes=["positive"],
    )
    report = runner.run(fuzz_target(), spec=spec, operation_ids=mutation.operations, config=config)
    with capsys.disabled():
        caught = ", ".join(f"{check} on {', '.join(sorted(ops))}" for check, ops in sorted(report.failures.items()))
        verdict = f"caught by {caught}" if caught else "NOT CAUGHT"
        print(f"\n  {mutation.id}: {mutation.description} -> {verdict} ({report.total_cases} cases)")
    assert not report.passed, f"{mutation.id} survived:\n{report.summary()}"
    assert mutation.caught_by in report.failures, report.summary()
    assert not report.errors, report.summary()
