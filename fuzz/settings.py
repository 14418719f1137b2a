"""The schemathesis configuration of a run: `schemathesis.toml` plus what openapi.yaml decides.

`schemathesis.toml` holds only choices about fuzzing (phases, checks, warnings, budgets). Everything that is a
fact of the contract is read from openapi.yaml here, when a run starts, and added to it:

* Boundary dictionaries: for every documented limit of a request field - a string's `maxLength`, a number's
  `minimum`/`maximum`, an enum of numbers written as strings (`priority`: "1" to "5") - values at the limit and
  just past it, bound to that field. Schemathesis sorts each value by the schema under test: against
  openapi.yaml the values past a limit go out only as negative data; against a copy that lost the limit they
  become "valid", the mock (which enforces the docs) refuses them, and the run fails. Random generation alone
  rarely reaches a 49-character name or a retry period of 0.
* Expected statuses: valid data must get one of the operation's declared 2xx statuses (and 404 where a valid
  id may name a campaign the run deleted); invalid data one of its declared 4xx statuses except 409 and 429.

The in-process runner (fuzz/runner.py) builds its configuration with `config_data()`; `scripts/fuzz` writes
the same configuration to a file for the CLI (`python -m fuzz.settings PATH`, then `--config-file PATH`).
"""

from __future__ import annotations

import copy
import json
import math
import sys
import tomllib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from scripts import spec_facts
from scripts.spec_facts import ROOT, Schema, SpecFacts

CONFIG = ROOT / "schemathesis.toml"
PHASES = ("examples", "coverage", "fuzzing", "stateful")
LOCATIONS = ("query", "path", "header")
# Chance that a bound field takes a dictionary value instead of a generated one.
BOUNDARY_PROBABILITY = 0.5
# Valid data may name a campaign the run has deleted (the hooks keep deleted ids for use_after_free to read
# them), and then 404 is the right answer: on operations that name a stored campaign by one of these.
STORED_CAMPAIGN_PARAMETERS = {("path", "campaignId"), ("path", "campaignInstanceId"), ("query", "campaignName")}
# Refusals that mean invalid data passed validation: 409 (the mock validates before it looks for a duplicate
# name or a status conflict) and 429 (the rate limit is off for fuzzing, so a 429 would be a bug).
NOT_A_REJECTION = {409, 429}
# HTTP-level refusals no operation declares: a method the path does not serve, a body over the size limit.
HTTP_REJECTIONS = {405, 413}

Entry = str | int | float


# --- Boundary values ------------------------------------------------------------------------------------------


def boundary_values(schema: Schema) -> list[tuple[str, list[Entry]]]:
    """(label, values) for each documented limit of `schema`: at the limit first, then just past it."""
    found: list[tuple[str, list[Entry]]] = []
    types = schema.get("type")
    types = types if isinstance(types, list) else [types]
    max_length = schema.get("maxLength")
    if isinstance(max_length, int) and "string" in types:
        found.append((f"length-{max_length}", [_text(max_length), _text(max_length + 1)]))
    if "integer" in types or "number" in types or (types == [None] and _numeric_bounds(schema)):
        step = 1 if "number" not in types else 0.5
        for label, at, past in _numeric_bounds(schema, step):
            found.append((label, [at, past]))
    enum = schema.get("enum")
    if isinstance(enum, list) and enum and all(isinstance(value, str) and value.isdigit() for value in enum):
        numbers = sorted(int(value) for value in enum)
        low, high = numbers[0], numbers[-1]
        found.append((f"digits-{low}-{high}", [str(low), str(high), str(low - 1), str(high + 1)]))
    return found


def _numeric_bounds(schema: Schema, step: float = 1) -> list[tuple[str, Entry, Entry]]:
    bounds: list[tuple[str, Entry, Entry]] = []
    for keyword, sign in (("minimum", -1), ("maximum", 1)):
        value = schema.get(keyword)
        if isinstance(value, int | float) and math.isfinite(value):
            bounds.append((f"{keyword}-{value}", value, value + sign * step))
    for keyword, sign in (("exclusiveMinimum", 1), ("exclusiveMaximum", -1)):
        value = schema.get(keyword)
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
            # Just inside the limit, then the limit itself (which is already outside).
            bounds.append((f"{keyword}-{value}", value + sign * step, value))
    return bounds


def _text(length: int) -> str:
    """`length` readable, non-blank characters that say what they are for."""
    # No spaces: schemathesis reads `pattern: \S` with the lengths as `^\S{1,N}$` (every character not blank).
    label = f"Boundary-value-of-{length}-characters-"
    return (label + "x" * length)[:length]


def field_limits(spec: SpecFacts) -> dict[str, dict[str, list[tuple[str, list[Entry]]]]]:
    """operationId -> binding key (`body.name`, `query.limit`) -> (label, values) of each documented limit."""
    limits: dict[str, dict[str, list[tuple[str, list[Entry]]]]] = {}
    for operation_id in spec.path_operations:
        fields: dict[str, list[tuple[str, list[Entry]]]] = defaultdict(list)
        for parameter in spec.parameters(operation_id):
            if parameter["in"] in LOCATIONS:
                schema = spec.resolve(parameter.get("schema", {}))
                for found in boundary_values(schema):
                    _add(fields[f"{parameter['in']}.{parameter['name']}"], found)
        for path, schema in spec.walk_body(operation_id):
            for found in boundary_values(schema):
                _add(fields[f"body.{path}"], found)
        limits[operation_id] = {key: values for key, values in fields.items() if values}
    return limits


def _add(found: list[tuple[str, list[Entry]]], limit: tuple[str, list[Entry]]) -> None:
    if limit not in found:
        found.append(limit)


def boundary_dictionaries(spec: SpecFacts) -> tuple[dict[str, Any], dict[str, Any], dict[str, dict[str, Any]]]:
    """(`[dictionaries]`, global `[parameters]`, per-operation `parameters`) binding every documented limit.

    A field bound the same way on every operation that has it gets one global binding; a field whose limits
    differ between operations is bound per operation, so each is held to its own limits."""
    limits = field_limits(spec)
    dictionaries: dict[str, Any] = {}
    by_key: dict[str, dict[str, str]] = defaultdict(dict)  # key -> operationId -> dictionary name
    for operation_id, fields in limits.items():
        for key, found in fields.items():
            name = "+".join(label for label, _ in found)
            values: list[Entry] = []
            for _, entries in found:
                values.extend(entry for entry in entries if entry not in values)
            dictionaries.setdefault(name, {"values": values})
            by_key[key][operation_id] = name
    parameters: dict[str, Any] = {}
    per_operation: dict[str, dict[str, Any]] = defaultdict(dict)
    for key, names in sorted(by_key.items()):
        if len(set(names.values())) == 1:
            parameters[key] = _binding(next(iter(names.values())))
        else:
            for operation_id, name in names.items():
                per_operation[operation_id][key] = _binding(name)
    return dict(sorted(dictionaries.items())), parameters, dict(per_operation)


def _binding(dictionary: str) -> dict[str, Any]:
    return {"dictionary": dictionary, "probability": BOUNDARY_PROBABILITY}


# --- Expected statuses ----------------------------------------------------------------------------------------


def expected_statuses(spec: SpecFacts, operation_id: str) -> tuple[list[int], list[int]]:
    """(statuses valid data may get, statuses invalid data may get) for the operation, from what it declares."""
    declared = spec.statuses(operation_id)
    accepted = [status for status in declared if 200 <= status < 300]
    names = {(parameter["in"], parameter["name"]) for parameter in spec.parameters(operation_id)}
    if names & STORED_CAMPAIGN_PARAMETERS and 404 in declared:
        accepted.append(404)
    rejected = {status for status in declared if 400 <= status < 500} - NOT_A_REJECTION | HTTP_REJECTIONS
    return accepted, sorted(rejected)


# --- The configuration ---------------------------------------------------------------------------------------


def config_data(
    *,
    config_path: Path = CONFIG,
    spec: SpecFacts | None = None,
    operation_ids: Sequence[str] | None = None,
    max_examples: int | None = None,
    seed: int | None = None,
    phases: Sequence[str] | None = None,
    database: str | None = None,
    no_shrink: bool | None = None,
    mode: str | None = None,
    stateful_max_examples: int | None = None,
    base_url: str | None = None,
) -> dict[str, Any]:
    """`schemathesis.toml` with the spec's boundary dictionaries and expected statuses, and the given overrides
    (each as the documented configuration key it sets; `operation_ids` turns every other operation off)."""
    spec = spec if spec is not None else spec_facts.load()
    with config_path.open("rb") as handle:
        data = tomllib.load(handle)
    for key in ("dictionaries", "parameters"):
        if key in data:
            raise ValueError(f"{config_path}: [{key}] is derived from openapi.yaml (fuzz/settings.py); remove it")
    dictionaries, parameters, per_operation = boundary_dictionaries(spec)
    data["dictionaries"] = dictionaries
    data["parameters"] = parameters
    operations = data.setdefault("operations", [])
    groups: dict[tuple[tuple[int, ...], tuple[int, ...]], list[str]] = defaultdict(list)
    for operation_id in spec.path_operations:
        accepted, rejected = expected_statuses(spec, operation_id)
        groups[(tuple(accepted), tuple(rejected))].append(operation_id)
    for (valid, invalid), ids in groups.items():
        operations.append(
            {
                "include-operation-id": ids,
                "checks": {
                    "positive_data_acceptance": {"expected-statuses": list(valid)},
                    "negative_data_rejection": {"expected-statuses": list(invalid)},
                },
            }
        )
    for operation_id, bound in sorted(per_operation.items()):
        operations.append({"include-operation-id": [operation_id], "parameters": bound})
    if operation_ids is not None:
        select_operations(data, operation_ids, spec)
    if seed is not None:
        data["seed"] = seed
    if base_url is not None:
        data["base-url"] = base_url
    generation = data.setdefault("generation", {})
    for key, value in (("max-examples", max_examples), ("database", database), ("no-shrink", no_shrink)):
        if value is not None:
            generation[key] = value
    if mode is not None:
        generation["mode"] = mode
    if phases is not None:
        unknown = set(phases) - set(PHASES)
        if unknown:
            raise ValueError(f"unknown phases {sorted(unknown)}; known: {PHASES}")
        for phase in PHASES:
            data.setdefault("phases", {}).setdefault(phase, {})["enabled"] = phase in phases
    if stateful_max_examples is not None:
        stateful = data.setdefault("phases", {}).setdefault("stateful", {})
        stateful.setdefault("generation", {})["max-examples"] = stateful_max_examples
    return data


def select_operations(data: dict[str, Any], operation_ids: Sequence[str], spec: SpecFacts | None = None) -> None:
    """Turn off every operation but `operation_ids` in the configuration `data` (its links go with them)."""
    spec = spec if spec is not None else spec_facts.load()
    unknown = set(operation_ids) - set(spec.path_operations)
    if unknown:
        raise ValueError(f"not in openapi.yaml: {sorted(unknown)}")
    others = [operation_id for operation_id in spec.path_operations if operation_id not in operation_ids]
    if others:
        data.setdefault("operations", []).append({"include-operation-id": others, "enabled": False})


# --- TOML for the CLI ----------------------------------------------------------------------------------------


def to_toml(data: dict[str, Any]) -> str:
    """`data` as TOML (the subset configurations use: tables, arrays of tables, scalars and arrays of them),
    checked by reading it back."""
    lines: list[str] = []
    _emit_table(lines, [], data)
    text = "\n".join(lines) + "\n"
    if tomllib.loads(text) != data:
        raise ValueError("the TOML written does not read back as the configuration")
    return text


def _emit_table(lines: list[str], path: list[str], table: dict[str, Any]) -> None:
    scalars = {key: value for key, value in table.items() if not _is_table(value) and not _is_table_array(value)}
    for key, value in scalars.items():
        lines.append(f"{_key(key)} = {_value(value)}")
    for key, value in table.items():
        if _is_table(value):
            lines.extend(["", f"[{'.'.join(_key(part) for part in [*path, key])}]"])
            _emit_table(lines, [*path, key], value)
        elif _is_table_array(value):
            for item in value:
                lines.extend(["", f"[[{'.'.join(_key(part) for part in [*path, key])}]]"])
                _emit_table(lines, [*path, key], item)


def _is_table(value: object) -> bool:
    return isinstance(value, dict)


def _is_table_array(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, dict) for item in value)


def _key(key: str) -> str:
    return key if key and all(char.isalnum() or char in "-_" for char in key) else _string(key)


def _string(text: str) -> str:
    # JSON's string escapes are TOML's, except that TOML also wants DEL escaped.
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    if isinstance(value, dict):  # an inline table, inside an array
        return "{ " + ", ".join(f"{_key(key)} = {_value(item)}" for key, item in value.items()) + " }"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def main(argv: Iterable[str] | None = None) -> int:
    """`python -m fuzz.settings PATH`: write the configuration `schemathesis run` should use to PATH."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print("usage: python -m fuzz.settings PATH", file=sys.stderr)
        return 2
    Path(args[0]).write_text(to_toml(copy.deepcopy(config_data())), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
