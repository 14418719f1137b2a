"""Every use of schemathesis's private and internal API in fuzz/, in one place, checked when it is imported.

The rest of fuzz/ uses schemathesis's public API (loaders, `Config`, hooks, auth, `Case`, `APIOperation`,
`BaseSchema`) and this module. What is here has no public equivalent in the pinned version:

* `count_as_produced`: the stateful phase starts scenarios only from operations whose inputs some response
  produces (`is_likely_root_transition`); there is no setting to say that a parameter is a credential.
  `root_operations` shows which operations it starts from.
* `negative_at`, `is_positive`: which parts of a case were generated as invalid data (`Case.meta`, keyed by
  the internal `ParameterLocation`); the hooks must leave those untouched.
* `attach_app`: the transport of a schema loaded from a file (`from_asgi` would fetch the schema from the app).
* `JudgedRun`: the engine run in-process (no public API runs the phases outside the CLI) and judged by the
  CLI's own execution context and report (exit code, `[warnings] fail-on`, "nothing was tested").

At import, each name used below is looked up and its signature or fields compared with what this module
calls; a mismatch raises `SchemathesisInternalsChanged`, naming the installed version and the one
pyproject.toml pins, before any run can misbehave in a way that looks like a finding.
"""

from __future__ import annotations

import importlib
import inspect
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import schemathesis
from schemathesis import BaseSchema, Case

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"
Location = Literal["path", "query", "header", "body"]


class SchemathesisInternalsChanged(ImportError):
    """An internal of schemathesis that fuzz/ relies on is gone or has changed shape."""


def pinned_version(pyproject: Path = PYPROJECT) -> str:
    """The schemathesis version pyproject.toml pins (`schemathesis==X`), or "unknown"."""
    try:
        with pyproject.open("rb") as handle:
            project = tomllib.load(handle)
    except OSError:
        return "unknown"
    declared = project.get("project", {})
    requirements = list(declared.get("dependencies", []))
    for group in declared.get("optional-dependencies", {}).values():
        requirements.extend(group)
    for requirement in requirements:
        match = re.fullmatch(r"schemathesis\s*==\s*([^\s;,]+)", requirement.strip())
        if match:
            return match.group(1)
    return "unknown"


def _changed(what: str) -> SchemathesisInternalsChanged:
    return SchemathesisInternalsChanged(
        f"fuzz/schemathesis_internals.py: schemathesis {schemathesis.__version__} is installed, pyproject.toml pins "
        f"{pinned_version()}; {what}. Install the pinned version (scripts/setup), or adapt this module, the one "
        "place fuzz/ uses schemathesis internals."
    )


def _lookup(module_name: str, name: str) -> Any:
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise _changed(f"module {module_name} cannot be imported ({error})") from None
    if not hasattr(module, name):
        raise _changed(f"{module_name}.{name} does not exist")
    return getattr(module, name)


def _function(module_name: str, name: str, parameters: tuple[str, ...]) -> Any:
    """`module.name`, which must take exactly `parameters` (in order: the call sites pass them positionally)."""
    function = _lookup(module_name, name)
    try:
        found = tuple(inspect.signature(function).parameters)
    except (TypeError, ValueError):
        raise _changed(f"{module_name}.{name} is not a function") from None
    if found != parameters:
        raise _changed(f"{module_name}.{name} takes ({', '.join(found)}), expected ({', '.join(parameters)})")
    return function


def _accepts(module_name: str, name: str, callable_: Any, keywords: tuple[str, ...]) -> None:
    """`callable_` accepts each of `keywords` as a keyword argument."""
    parameters = inspect.signature(callable_).parameters
    missing = [keyword for keyword in keywords if keyword not in parameters]
    if missing:
        raise _changed(f"{module_name}.{name} no longer accepts {', '.join(missing)}")


def _fields(module_name: str, name: str, names: tuple[str, ...]) -> Any:
    """Class `module.name`, whose instances must have each of `names` (a field, slot or property)."""
    cls = _lookup(module_name, name)
    known: set[str] = set(dir(cls))
    for klass in getattr(cls, "__mro__", ()):
        known.update(getattr(klass, "__annotations__", {}))
        slots = getattr(klass, "__slots__", ())
        known.update([slots] if isinstance(slots, str) else slots)
    missing = [item for item in names if item not in known]
    if missing:
        raise _changed(f"{module_name}.{name} has no {', '.join(missing)}")
    return cls


def _calls_global(function: Any, name: str, where: str) -> None:
    """`function` looks `name` up as a module global when called, so replacing the module attribute takes effect."""
    if name not in getattr(getattr(function, "__code__", None), "co_names", ()):
        raise _changed(f"{where} no longer calls {name} through its module, so replacing it has no effect")


# --- The checks: every internal used below, looked up once ----------------------------------------------------

_STATEFUL = "schemathesis.specs.openapi.stateful"
_ROOT_TEST = "is_likely_root_transition"
_fields(_STATEFUL, "OpenAPIStateMachine", ("_root_labels",))
_is_likely_root_transition = _function(_STATEFUL, _ROOT_TEST, ("operation", "node", "produced_anywhere"))
_calls_global(_lookup(_STATEFUL, "classify_root_transitions"), _ROOT_TEST, f"{_STATEFUL}.classify_root_transitions")

_MODELS = "schemathesis.specs.openapi.stateful.dependencies.models"
_fields(_MODELS, "OperationNode", ("inputs",))
_fields(_MODELS, "InputSlot", ("resource", "parameter_name"))
_fields(_MODELS, "ResourceDefinition", ("name",))

_ParameterLocation = _lookup("schemathesis.core.parameters", "ParameterLocation")
for _member in ("PATH", "QUERY", "HEADER", "BODY"):
    if not hasattr(_ParameterLocation, _member):
        raise _changed(f"schemathesis.core.parameters.ParameterLocation has no {_member}")
_fields("schemathesis.generation.meta", "CaseMetadata", ("generation", "is_negative_at"))
_fields("schemathesis.generation.meta", "GenerationInfo", ("mode",))
_fields("schemathesis.schemas", "BaseSchema", ("app",))

_from_schema = _function("schemathesis.engine", "from_schema", ("schema",))
_fields("schemathesis.engine.core", "Engine", ("execute",))
_Status = _lookup("schemathesis.engine", "Status")
_PhaseStarted = _fields("schemathesis.engine.events", "PhaseStarted", ("payload",))
_fields("schemathesis.engine.events", "StatefulPhasePayload", ("transitions_total",))
_PhaseFinished = _fields("schemathesis.engine.events", "PhaseFinished", ("phase", "status"))
_fields("schemathesis.engine.run", "Phase", ("name",))
_ScenarioFinished = _fields("schemathesis.engine.events", "ScenarioFinished", ("phase", "recorder", "is_test_scenario"))
_fields("schemathesis.engine.recorder", "ScenarioRecorder", ("cases", "interactions", "checks"))
_fields("schemathesis.engine.recorder", "CaseNode", ("value", "transition", "is_transition_applied"))
_fields("schemathesis.engine.recorder", "CheckNode", ("name", "status"))
_fields("schemathesis.engine.recorder", "Interaction", ("response",))
_NonFatalError = _fields("schemathesis.engine.events", "NonFatalError", ("label", "info"))
_FatalError = _fields("schemathesis.engine.events", "FatalError", ("exception",))

_LoadingStarted = _fields("schemathesis.cli.events", "LoadingStarted", ("location", "timestamp"))
_LoadingFinished = _lookup("schemathesis.cli.events", "LoadingFinished")
_accepts(
    "schemathesis.cli.events",
    "LoadingFinished.from_schema",
    _LoadingFinished.from_schema,
    ("schema", "location", "start_time", "base_url"),
)
_ExecutionContext = _fields(
    "schemathesis.cli.commands.run.context", "ExecutionContext", ("on_event", "exit_code", "warnings")
)
_accepts("schemathesis.cli.commands.run.context", "ExecutionContext", _ExecutionContext, ("config",))
_OutputHandler = _fields(
    "schemathesis.cli.commands.run.handlers.output", "OutputHandler", ("start", "handle_event", "shutdown")
)
_accepts("schemathesis.cli.commands.run.handlers.output", "OutputHandler", _OutputHandler, ("config",))
_SchemathesisWarning = _lookup("schemathesis.config", "SchemathesisWarning")


# --- Stateful entry points -------------------------------------------------------------------------------------


_credential_parameters: frozenset[str] = frozenset()


def _is_likely_root_with_credentials(operation: Any, node: Any, produced_anywhere: set[str]) -> bool:
    inputs = node.inputs if node is not None else []
    supplied = {slot.resource.name for slot in inputs if slot.parameter_name in _credential_parameters}
    return bool(_is_likely_root_transition(operation, node, produced_anywhere | supplied))


def count_as_produced(parameters: frozenset[str]) -> None:
    """Let stateful scenarios start from operations whose only unproduced inputs are these `parameters`.

    Schemathesis reads a parameter such as `streamId` as a reference to a "Stream" resource; when no response
    produces one, an operation needing it never starts a scenario. Credentials are supplied, not produced."""
    global _credential_parameters
    _credential_parameters = frozenset(parameters)
    setattr(importlib.import_module(_STATEFUL), _ROOT_TEST, _is_likely_root_with_credentials)


def root_operations(schema: BaseSchema) -> frozenset[str]:
    """Labels ("POST /path") of the operations the stateful phase may start a scenario from."""
    machine: Any = schema.as_state_machine()
    return frozenset(machine._root_labels)


# --- Generated cases -------------------------------------------------------------------------------------------


def negative_at(case: Case[Any], location: Location) -> bool:
    """Whether schemathesis generated this part of the case as invalid data."""
    meta = case.meta
    return meta is not None and bool(meta.is_negative_at(getattr(_ParameterLocation, location.upper())))


def is_positive(case: Case[Any]) -> bool:
    """Whether the case as a whole was generated as valid data (cases the hooks make count as valid)."""
    meta = case.meta
    return meta is None or bool(meta.generation.mode.is_positive)


def attach_app(schema: BaseSchema, app: Any) -> None:
    """Send the schema's requests to the ASGI `app` in-process (what `from_asgi` does after loading)."""
    schema.app = app


def target_app(schema: BaseSchema) -> Any:
    return schema.app


# --- A run judged the CLI's way ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseResult:
    """One case of a finished scenario, in plain terms."""

    label: str  # "POST /path"
    mode: str  # "positive" | "negative"
    link: str | None  # the stateful transition that produced it, as schemathesis names it
    status_code: int | None
    checks: tuple[tuple[str, str], ...]  # (check name, "success" | "failure"), skipped checks left out


@dataclass(frozen=True)
class ScenarioResult:
    phase: str  # "examples" | "coverage" | "fuzzing" | "stateful"
    cases: tuple[CaseResult, ...]


@dataclass(frozen=True)
class PhaseResult:
    phase: str
    status: str  # "success" | "failure" | "error" | "skip" | "interrupted"


@dataclass(frozen=True)
class LinksTotal:
    count: int


@dataclass(frozen=True)
class RunError:
    text: str


Observation = ScenarioResult | PhaseResult | LinksTotal | RunError


@dataclass
class JudgedRun:
    """The schemathesis engine over `schema`, each event passed to the CLI's execution context (and, with
    `show_output`, its report), observed as plain records; `exit_code` and `warnings` once it is done."""

    schema: BaseSchema
    location: str
    show_output: bool = True
    exit_code: int = -1
    warnings: list[str] = field(default_factory=list)

    def observations(self) -> Iterator[Observation]:
        context = _ExecutionContext(config=self.schema.config)
        handlers = [_OutputHandler(config=self.schema.config)] if self.show_output else []
        for handler in handlers:
            handler.start(context)
        try:
            for event in self._events():
                context.on_event(event)
                for handler in handlers:
                    handler.handle_event(context, event)
                yield from _observe(event)
        finally:
            for handler in handlers:
                handler.shutdown(context)
        self.exit_code = int(context.exit_code)
        data = context.warnings
        self.warnings = [
            f"{kind.value}: {value}" for kind in _SchemathesisWarning if (value := getattr(data, kind.value, None))
        ]

    def _events(self) -> Iterator[Any]:
        started = _LoadingStarted(location=self.location)
        yield started
        yield _LoadingFinished.from_schema(
            self.schema, location=self.location, start_time=started.timestamp, base_url=self.schema.get_base_url()
        )
        yield from _from_schema(self.schema).execute()


def _observe(event: Any) -> Iterator[Observation]:
    if isinstance(event, _PhaseStarted) and event.payload is not None:
        yield LinksTotal(event.payload.transitions_total)
    elif isinstance(event, _PhaseFinished):
        yield PhaseResult(str(event.phase.name.value), str(event.status.value))
    elif isinstance(event, _ScenarioFinished) and event.is_test_scenario:
        yield ScenarioResult(str(event.phase.value), tuple(_cases(event.recorder)))
    elif isinstance(event, _NonFatalError):
        yield RunError(f"{event.label}: {event.info.title}: {event.info.message}")
    elif isinstance(event, _FatalError):
        yield RunError(f"fatal: {event.exception!r}")


def _cases(recorder: Any) -> Iterator[CaseResult]:
    for case_id, node in recorder.cases.items():
        case = node.value
        interaction = recorder.interactions.get(case_id)
        response = interaction.response if interaction is not None else None
        checks = tuple(
            (check.name, str(check.status.value))
            for check in recorder.checks.get(case_id, [])
            if check.status != _Status.SKIP
        )
        applied = node.transition is not None and node.is_transition_applied
        yield CaseResult(
            label=case.operation.label,
            mode=case.meta.generation.mode.value if case.meta is not None else "unknown",
            link=node.transition.id if applied else None,
            status_code=response.status_code if response is not None else None,
            checks=checks,
        )


__all__ = [
    "CaseResult",
    "JudgedRun",
    "LinksTotal",
    "Observation",
    "PhaseResult",
    "RunError",
    "ScenarioResult",
    "SchemathesisInternalsChanged",
    "attach_app",
    "count_as_produced",
    "is_positive",
    "negative_at",
    "pinned_version",
    "root_operations",
    "target_app",
]
