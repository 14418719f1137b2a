"""Run schemathesis in-process against an ASGI app (the mock), judged exactly as `schemathesis run` judges.

The schema is loaded from a file with `schemathesis.openapi.from_path` and configured from the repository's
`schemathesis.toml`; the app is attached as the transport, so no socket is opened. Events from the engine go
through the CLI's own execution context, so the verdict (`exit_code`) applies the same checks, the same
`[warnings] fail-on` and the same "nothing was tested" rule as the CLI, and through its output handler, so
a failing run prints the CLI's report. A `FuzzReport` adds what the CLI does not count: cases per operation
and phase, and which links the stateful phase followed.

Schemathesis is pinned (4.32.5); the CLI classes used here are internal to it.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis import BaseSchema
from schemathesis.cli.commands.run.context import ExecutionContext
from schemathesis.cli.commands.run.handlers.output import OutputHandler
from schemathesis.cli.events import LoadingFinished, LoadingStarted
from schemathesis.config import SchemathesisConfig, SchemathesisWarning
from schemathesis.engine import Status, events, from_schema
from schemathesis.engine.run import PhaseName
from schemathesis.filters import FilterSet
from schemathesis.generation import GenerationMode

import fuzz.hooks  # noqa: F401 - registers the auth provider and the hooks

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "schemathesis.toml"
# Host the ASGI transport puts in URLs; the mock ignores it.
ASGI_BASE_URL = "http://kore-campaigns-mock"
PHASES = ("examples", "coverage", "fuzzing", "stateful")


def declared_links(raw_schema: dict[str, Any]) -> set[str]:
    """Every link in the spec, as `<operationId> -> <status> <link name> -> <target operationId>`."""
    links = set()
    for methods in raw_schema.get("paths", {}).values():
        for operation in methods.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            for status, response in operation.get("responses", {}).items():
                for name, link in (response.get("links") or {}).items():
                    links.add(f"{operation['operationId']} -> {status} {name} -> {link['operationId']}")
    return links


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
                positive = self.cases_for(operation=op, phase=phase, mode=GenerationMode.POSITIVE.value)
                negative = self.cases_for(operation=op, phase=phase, mode=GenerationMode.NEGATIVE.value)
                cells.append(f"{positive}+{negative}")
            total = self.cases_for(operation=op)
            lines.append(f"{op or 'total':<{width}}" + "".join(f"{cell:>13}" for cell in cells) + f"{total:>8}")
        positive = self.cases_for(mode=GenerationMode.POSITIVE.value)
        negative = self.cases_for(mode=GenerationMode.NEGATIVE.value)
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
) -> SchemathesisConfig:
    """`schemathesis.toml` with the overrides the CLI options of the same names would make."""
    config = SchemathesisConfig.from_path(config_path)
    config.update(seed=seed, max_failures=None)
    project = config.projects.override
    project.generation.update(
        max_examples=max_examples,
        database=database,
        no_shrink=no_shrink,
        modes=[GenerationMode(mode) for mode in modes] if modes is not None else None,
    )
    if phases is not None:
        project.phases.update(phases=list(phases))
    if stateful_max_examples is not None:
        # Scenarios of the stateful phase; an overridden `max_examples` would otherwise set them too.
        project.phases.stateful.generation.update(max_examples=stateful_max_examples)
    return config


def _operation_id(label_to_id: dict[str, str], label: str) -> str:
    return label_to_id.get(label, label)


def run(
    app: Any,
    *,
    spec: Path = SPEC,
    operation_ids: Sequence[str] | None = None,
    config: SchemathesisConfig | None = None,
    show_output: bool = True,
) -> FuzzReport:
    """Fuzz `spec` against the ASGI `app` in-process; the report's `exit_code` is what the CLI would return."""
    config = config if config is not None else load_config()
    loaded = schemathesis.openapi.from_path(str(spec), config=config)
    loaded.app = app
    loaded.config.update(base_url=ASGI_BASE_URL)
    # A fresh filter rather than `loaded.include(...)`: with `[[operations]]` entries in the config, the loaded
    # schema's filter already includes every operation, and `include` would only add alternatives to it.
    schema: BaseSchema = (
        loaded
        if operation_ids is None
        else loaded.clone(filter_set=FilterSet().with_include(operation_id=list(operation_ids)))
    )

    label_to_id = {
        f"{method.upper()} {path}": operation["operationId"]
        for path, methods in schema.raw_schema.get("paths", {}).items()
        for method, operation in methods.items()
        if isinstance(operation, dict) and "operationId" in operation
    }
    report = FuzzReport(exit_code=-1, elapsed=0.0, links_declared=_selected_links(schema.raw_schema, operation_ids))
    ctx = ExecutionContext(config=schema.config)
    handlers = [OutputHandler(config=schema.config)] if show_output else []
    for handler in handlers:
        handler.start(ctx)
    started = time.monotonic()
    try:
        for event in _events(schema, spec):
            ctx.on_event(event)
            for handler in handlers:
                handler.handle_event(ctx, event)
            _record(report, event, label_to_id)
    finally:
        for handler in handlers:
            handler.shutdown(ctx)
    report.elapsed = time.monotonic() - started
    report.exit_code = int(ctx.exit_code)
    report.warnings = _warnings(ctx)
    return report


def _selected_links(raw_schema: dict[str, Any], operation_ids: Sequence[str] | None) -> set[str]:
    links = declared_links(raw_schema)
    if operation_ids is None:
        return links
    selected = set(operation_ids)
    return {link for link in links if link.split(" -> ")[0] in selected and link.split(" -> ")[2] in selected}


def _events(schema: BaseSchema, spec: Path) -> Iterator[events.EngineEvent]:
    started = LoadingStarted(location=str(spec))
    yield started
    yield LoadingFinished.from_schema(
        schema, location=str(spec), start_time=started.timestamp, base_url=schema.get_base_url()
    )
    yield from from_schema(schema).execute()


def _record(report: FuzzReport, event: events.EngineEvent, label_to_id: dict[str, str]) -> None:
    if isinstance(event, events.PhaseStarted) and event.payload is not None:
        report.links_total = max(report.links_total, event.payload.transitions_total)
    elif isinstance(event, events.PhaseFinished):
        name = event.phase.name.value
        previous = report.phase_status.get(name)
        status = event.status.value
        # A phase can run several times; a failure anywhere is what the summary keeps.
        if previous is None or previous == Status.SKIP.value or status in (Status.FAILURE.value, Status.ERROR.value):
            report.phase_status[name] = status
    elif isinstance(event, events.ScenarioFinished) and event.is_test_scenario:
        phase = event.phase.value if event.phase != PhaseName.STATEFUL_TESTING else "stateful"
        recorder = event.recorder
        for node in recorder.cases.values():
            case = node.value
            mode = case.meta.generation.mode.value if case.meta is not None else "unknown"
            report.cases[(_operation_id(label_to_id, case.operation.label), phase, mode)] += 1
            if node.transition is not None and node.is_transition_applied:
                report.links_followed[_link_id(node.transition.id, label_to_id)] += 1
        for case_id, interaction in recorder.interactions.items():
            if interaction.response is not None and case_id in recorder.cases:
                op = _operation_id(label_to_id, recorder.cases[case_id].value.operation.label)
                report.responses[(op, phase, interaction.response.status_code)] += 1
        for case_id, checks in recorder.checks.items():
            for check in checks:
                if check.status != Status.SKIP and case_id in recorder.cases:
                    op = _operation_id(label_to_id, recorder.cases[case_id].value.operation.label)
                    report.checks_run[(check.name, op)] += 1
                if check.status == Status.FAILURE:
                    case = recorder.cases[case_id].value
                    op = _operation_id(label_to_id, case.operation.label)
                    report.failures.setdefault(check.name, set()).add(op)
    elif isinstance(event, events.NonFatalError):
        report.errors.append(f"{event.label}: {event.info.title}: {event.info.message}")
    elif isinstance(event, events.FatalError):
        report.errors.append(f"fatal: {event.exception!r}")


def _warnings(ctx: ExecutionContext) -> list[str]:
    """Every warning the run recorded (with `fail-on`, any of them fails the run)."""
    data = ctx.warnings
    found = []
    for kind in SchemathesisWarning:
        value = getattr(data, kind.value, None)
        if value:
            found.append(f"{kind.value}: {value}")
    return found
