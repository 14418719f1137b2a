"""Run schemathesis in-process against an ASGI app (the mock), judged exactly as `schemathesis run` judges.

The schema is loaded from a file with `schemathesis.openapi.from_path` and configured by fuzz/settings.py
(`schemathesis.toml` plus what openapi.yaml decides); the app is attached as the transport, so no socket is
opened. The engine's events go through the CLI's own execution context, so the verdict (`exit_code`) applies
the same checks, the same `[warnings] fail-on` and the same "nothing was tested" rule as the CLI, and through
its output handler, so a failing run prints the CLI's report. Both are schemathesis internals, used only
through fuzz/schemathesis_internals.py. A `FuzzReport` adds what the CLI does not count: cases per operation
and phase, and which links the stateful phase followed.
"""

from __future__ import annotations

import copy
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import schemathesis

import fuzz.hooks  # noqa: F401 - registers the auth provider and the hooks
from fuzz import settings
from fuzz.schemathesis_internals import (
    JudgedRun,
    LinksTotal,
    Observation,
    PhaseResult,
    RunError,
    ScenarioResult,
    attach_app,
)
from scripts import spec_facts
from scripts.spec_facts import ROOT, SPEC

CONFIG = settings.CONFIG
# Host the ASGI transport puts in URLs; the mock ignores it.
ASGI_BASE_URL = "http://kore-campaigns-mock"
PHASES = settings.PHASES
POSITIVE, NEGATIVE = "positive", "negative"
__all__ = ["ROOT", "SPEC", "FuzzReport", "fuzz_target", "load_config", "run"]


def declared_links(raw_schema: dict[str, Any]) -> set[str]:
    """Every link in the spec, as `<operationId> -> <status> <link name> -> <target operationId>`."""
    links = set()
    for operation in spec_facts.SpecFacts(raw_schema).path_operations.values():
        for status, response in operation.node.get("responses", {}).items():
            for name, link in (response.get("links") or {}).items():
                links.add(f"{operation.operation_id} -> {status} {name} -> {link['operationId']}")
    return links


def operations_to_follow(link: str, facts: spec_facts.SpecFacts | None = None) -> list[str]:
    """The operations a stateful run needs to follow `link` (`<source> -> <status> <name> -> <target>`): its two
    ends and the operations of a shortest chain of declared links into its source from an operation that needs
    nothing another response produces (its only path parameters are the bot's)."""
    facts = facts if facts is not None else spec_facts.load()
    source, target = link.split(" -> ")[0], link.split(" -> ")[2]
    incoming: dict[str, set[str]] = {}
    for declared in declared_links(facts.document):
        before, _, after = declared.split(" -> ")
        incoming.setdefault(after, set()).add(before)

    def is_start(operation_id: str) -> bool:
        path = {parameter["name"] for parameter in facts.parameters(operation_id) if parameter["in"] == "path"}
        return path <= set(facts.path_parameters_of_schema(operation_id, "BotId"))

    # Breadth first, backwards from the source: the first start reached ends the shortest chain.
    next_hop: dict[str, str | None] = {source: None}
    frontier = [source]
    while frontier and not any(is_start(operation) for operation in frontier):
        layer = []
        for operation in frontier:
            for before in sorted(incoming.get(operation, ())):
                if before not in next_hop:
                    next_hop[before] = operation
                    layer.append(before)
        frontier = layer
    starts = [operation for operation in frontier if is_start(operation)]
    needed = {source, target}
    hop: str | None = starts[0] if starts else None
    while hop is not None:
        needed.add(hop)
        hop = next_hop[hop]
    return sorted(needed)


@dataclass
class FuzzReport:
    """What one run did: the CLI's verdict plus the numbers the tests assert on."""

    exit_code: int
    elapsed: float
    # (operationId, phase, mode) -> cases generated (sent, or attempted when the app errored)
    cases: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    # check name -> operationIds it failed on
    failures: dict[str, set[str]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    phase_status: dict[str, str] = field(default_factory=dict)
    links_declared: set[str] = field(default_factory=set)
    # links the stateful phase followed, as `<operationId> -> <status> <name> -> <operationId>`
    links_followed: Counter[str] = field(default_factory=Counter)
    links_total: int = 0
    warnings: list[str] = field(default_factory=list)
    # (check name, operationId) -> times the check ran and passed or failed on that operation (skips excluded)
    checks_run: Counter[tuple[str, str]] = field(default_factory=Counter)
    # (operationId, phase, status code) -> responses
    responses: Counter[tuple[str, str, int]] = field(default_factory=Counter)

    @property
    def passed(self) -> bool:
        return self.exit_code == 0

    @property
    def total_cases(self) -> int:
        return sum(self.cases.values())

    def cases_for(self, *, operation: str | None = None, phase: str | None = None, mode: str | None = None) -> int:
        return sum(
            count
            for (op, ph, md), count in self.cases.items()
            if (operation is None or op == operation)
            and (phase is None or ph == phase)
            and (mode is None or md == mode)
        )

    def responses_for(self, *, operation: str, status: int, phase: str | None = None) -> int:
        return sum(
            count
            for (op, ph, code), count in self.responses.items()
            if op == operation and code == status and (phase is None or ph == phase)
        )

    def checks_for(self, check: str) -> int:
        return sum(count for (name, _op), count in self.checks_run.items() if name == check)

    def links_covered(self) -> set[str]:
        """Declared links the stateful phase followed at least once."""
        return {link for link in self.links_declared if self.links_followed[link]}

    def links_missed(self) -> set[str]:
        return self.links_declared - self.links_covered()

    def summary(self, title: str = "fuzz run") -> str:
        """Cases per operation and phase (positive+negative), links followed, and what failed."""
        operations = sorted({op for op, _, _ in self.cases})
        width = max([len(op) for op in operations] + [len("operation")])
        header = f"{'operation':<{width}}" + "".join(f"{phase:>13}" for phase in PHASES) + f"{'total':>8}"
        lines = [f"== {title}: exit code {self.exit_code}, {self.elapsed:.1f}s", header, "-" * len(header)]
        for op in [*operations, None]:
            cells = []
            for phase in PHASES:
                positive = self.cases_for(operation=op, phase=phase, mode=POSITIVE)
                negative = self.cases_for(operation=op, phase=phase, mode=NEGATIVE)
                cells.append(f"{positive}+{negative}")
            total = self.cases_for(operation=op)
            lines.append(f"{op or 'total':<{width}}" + "".join(f"{cell:>13}" for cell in cells) + f"{total:>8}")
        positive = self.cases_for(mode=POSITIVE)
        negative = self.cases_for(mode=NEGATIVE)
        rate = self.total_cases / self.elapsed if self.elapsed else 0.0
        lines.append(f"cases (positive+negative): {self.total_cases} ({positive}+{negative}), {rate:.0f} cases/s")
        covered = self.links_covered()
        lines.append(
            f"links: {len(covered)}/{len(self.links_declared)} declared covered; "
            f"{len(self.links_followed)} followed of {self.links_total} in the run (declared + inferred)"
        )
        for link in sorted(set(self.links_declared) | set(self.links_followed)):
            mark = "x" if self.links_followed[link] else " "
            origin = "" if link in self.links_declared else " [inferred]"
            lines.append(f"  [{mark}] {link}: {self.links_followed[link]} steps{origin}")
        lines.append("phases: " + ", ".join(f"{name}={status}" for name, status in self.phase_status.items()))
        for check, ops in sorted(self.failures.items()):
            lines.append(f"FAILED {check}: {', '.join(sorted(ops))}")
        lines.extend(f"ERROR {error}" for error in self.errors)
        lines.extend(f"WARNING {warning}" for warning in self.warnings)
        return "\n".join(lines)


def _link_id(transition_id: str, label_to_id: dict[str, str]) -> str:
    """`POST /a -> [200] Name -> GET /b` as `<operationId> -> 200 Name -> <operationId>`."""
    parts = transition_id.split(" -> ")
    if len(parts) != 3:
        return transition_id
    source, link, target = parts
    status, _, name = link.partition(" ")
    return f"{label_to_id.get(source, source)} -> {status.strip('[]')} {name} -> {label_to_id.get(target, target)}"


def fuzz_target() -> Any:
    """The mock as the fuzzer meets it: no rate limit (a run sends far more than 60 a minute) and no dialling.
    The lifecycle hooks put a campaign in the status an action needs just before sending it; a simulated run
    could finish that campaign in between (an SMS run sends a message a simulated second; a run whose every
    contact is on its DNC list completes at once) and a valid stop would rightly answer 409. The simulation
    has its own tests (tests/test_mock_simulation.py)."""
    from kore_campaigns_mock import create_app
    from kore_campaigns_mock.simulation import SimulationSettings

    return create_app(rate_limit_per_minute=0, simulation=SimulationSettings(dialling=False))


def load_config(
    *,
    config_path: Path = CONFIG,
    max_examples: int | None = None,
    seed: int | None = None,
    phases: Sequence[str] | None = None,
    database: str | None = None,
    no_shrink: bool | None = None,
    modes: Sequence[str] | None = None,
    stateful_max_examples: int | None = None,
) -> dict[str, Any]:
    """The run's configuration (fuzz/settings.py) with the overrides the CLI options of the same names make."""
    mode = None
    if modes is not None:
        mode = modes[0] if len(set(modes)) == 1 else "all"
    return settings.config_data(
        config_path=config_path,
        max_examples=max_examples,
        seed=seed,
        phases=phases,
        database=database,
        no_shrink=no_shrink,
        mode=mode,
        stateful_max_examples=stateful_max_examples,
    )


def run(
    app: Any,
    *,
    spec: Path = SPEC,
    operation_ids: Sequence[str] | None = None,
    config: dict[str, Any] | None = None,
    show_output: bool = True,
) -> FuzzReport:
    """Fuzz `spec` against the ASGI `app` in-process; the report's `exit_code` is what the CLI would return.

    `operation_ids` turns every other operation off (in the configuration, as `[[operations]] enabled = false`)."""
    data = copy.deepcopy(config) if config is not None else load_config()
    data["base-url"] = ASGI_BASE_URL
    if operation_ids is not None:
        settings.select_operations(data, operation_ids)
    schema = schemathesis.openapi.from_path(str(spec), config=schemathesis.Config.from_dict(data))
    attach_app(schema, app)

    label_to_id = {
        f"{operation.method} {operation.path}": operation.operation_id
        for operation in spec_facts.SpecFacts(schema.raw_schema).path_operations.values()
    }
    report = FuzzReport(exit_code=-1, elapsed=0.0, links_declared=_selected_links(schema.raw_schema, operation_ids))
    judged = JudgedRun(schema, location=str(spec), show_output=show_output)
    started = time.monotonic()
    for observation in judged.observations():
        _record(report, observation, label_to_id)
    report.elapsed = time.monotonic() - started
    report.exit_code = judged.exit_code
    report.warnings = judged.warnings
    return report


def _selected_links(raw_schema: dict[str, Any], operation_ids: Sequence[str] | None) -> set[str]:
    links = declared_links(raw_schema)
    if operation_ids is None:
        return links
    selected = set(operation_ids)
    return {link for link in links if link.split(" -> ")[0] in selected and link.split(" -> ")[2] in selected}


def _record(report: FuzzReport, observation: Observation, label_to_id: dict[str, str]) -> None:
    if isinstance(observation, LinksTotal):
        report.links_total = max(report.links_total, observation.count)
    elif isinstance(observation, PhaseResult):
        previous = report.phase_status.get(observation.phase)
        # A phase can run several times; a failure anywhere is what the summary keeps.
        if previous is None or previous == "skip" or observation.status in ("failure", "error"):
            report.phase_status[observation.phase] = observation.status
    elif isinstance(observation, ScenarioResult):
        for case in observation.cases:
            operation = label_to_id.get(case.label, case.label)
            report.cases[(operation, observation.phase, case.mode)] += 1
            if case.link is not None:
                report.links_followed[_link_id(case.link, label_to_id)] += 1
            if case.status_code is not None:
                report.responses[(operation, observation.phase, case.status_code)] += 1
            for check, status in case.checks:
                report.checks_run[(check, operation)] += 1
                if status == "failure":
                    report.failures.setdefault(check, set()).add(operation)
    elif isinstance(observation, RunError):
        report.errors.append(observation.text)
