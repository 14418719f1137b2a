"""What the fuzzing reads from openapi.yaml: operations by operationId, their parameters, bodies, examples,
statuses and the limits of their fields.

The hooks, the generated fuzz settings and the mutations read every limit, enum, default, status and example
from here, so that a fact changed in spec/ (and bundled into openapi.yaml) reaches the fuzzing with nothing
else to edit. This is always the repository's own contract, also when a run fuzzes a weakened copy of it
(fuzz/mutations.py): the hooks must keep sending what the real contract calls a boundary or an invalid value,
which is how a weakened copy is caught.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# JSON Schema patterns are ECMA-262 regular expressions; Python's `\s` also matches \x1c-\x1f and \x85 and
# misses \ufeff. The whitespace ECMA-262 means by `\s`:
ECMA_WHITESPACE = "\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"

Schema = dict[str, Any]
# libyaml's safe loader reads openapi.yaml in a fraction of the pure-Python one's time.
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str
    raw: dict[str, Any]
    path_item: dict[str, Any]


class Spec:
    """openapi.yaml (bundled: every `$ref` is local), read by operationId."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.operations: dict[str, Operation] = {}
        for path, item in document.get("paths", {}).items():
            for method in METHODS:
                raw = item.get(method)
                if isinstance(raw, dict) and "operationId" in raw:
                    operation_id = raw["operationId"]
                    self.operations[operation_id] = Operation(operation_id, method.upper(), path, raw, item)

    def resolve(self, node: Any) -> Any:
        """`node` with its `$ref` chain followed (only local references: openapi.yaml is bundled)."""
        seen = set()
        while isinstance(node, dict) and "$ref" in node:
            reference = node["$ref"]
            if reference in seen or not reference.startswith("#/"):
                raise ValueError(f"openapi.yaml: cannot resolve {reference!r}")
            seen.add(reference)
            node = self.document
            for part in reference[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def operation(self, operation_id: str) -> Operation:
        try:
            return self.operations[operation_id]
        except KeyError:
            raise KeyError(f"openapi.yaml has no operation {operation_id!r}") from None

    def component(self, name: str) -> Schema:
        schema = self.resolve(self.document["components"]["schemas"][name])
        assert isinstance(schema, dict)
        return schema

    def parameters(self, operation_id: str) -> list[dict[str, Any]]:
        """The operation's parameters, path-level ones included (an operation-level one of the same name wins)."""
        operation = self.operation(operation_id)
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for source in (operation.path_item.get("parameters") or [], operation.raw.get("parameters") or []):
            for entry in source:
                parameter = self.resolve(entry)
                merged[(parameter["in"], parameter["name"])] = parameter
        return list(merged.values())

    def parameter(self, operation_id: str, location: str, name: str) -> dict[str, Any]:
        for parameter in self.parameters(operation_id):
            if parameter["in"] == location and parameter["name"] == name:
                return parameter
        raise KeyError(f"openapi.yaml: {operation_id} has no {location} parameter {name!r}")

    def parameter_schema(self, operation_id: str, location: str, name: str) -> Schema:
        schema = self.resolve(self.parameter(operation_id, location, name).get("schema", {}))
        assert isinstance(schema, dict)
        return schema

    def enum(self, operation_id: str, location: str, name: str) -> list[Any]:
        values = self.parameter_schema(operation_id, location, name).get("enum")
        if not isinstance(values, list):
            raise KeyError(f"openapi.yaml: {operation_id}'s {location} parameter {name!r} has no enum")
        return values

    def default(self, operation_id: str, location: str, name: str) -> Any:
        schema = self.parameter_schema(operation_id, location, name)
        if "default" not in schema:
            raise KeyError(f"openapi.yaml: {operation_id}'s {location} parameter {name!r} has no default")
        return schema["default"]

    def body_schema(self, operation_id: str) -> Schema | None:
        body = self.resolve(self.operation(operation_id).raw.get("requestBody"))
        if not isinstance(body, dict):
            return None
        media = body.get("content", {}).get("application/json")
        schema = self.resolve(media.get("schema")) if isinstance(media, dict) else None
        return schema if isinstance(schema, dict) else None

    def body_examples(self, operation_id: str) -> list[Any]:
        """The request body examples, in the spec's order, with their `$ref`s followed."""
        body = self.resolve(self.operation(operation_id).raw.get("requestBody")) or {}
        media = body.get("content", {}).get("application/json") or {}
        examples = [self.resolve(example).get("value") for example in (media.get("examples") or {}).values()]
        if "example" in media:
            examples.insert(0, media["example"])
        return examples

    def statuses(self, operation_id: str) -> list[int]:
        """Every response status the operation declares (`default` and ranges such as `4XX` left out)."""
        return sorted(int(code) for code in self.operation(operation_id).raw.get("responses", {}) if code.isdigit())

    def path_parameters_of_schema(self, operation_id: str, schema_name: str) -> list[str]:
        """Names of the operation's path parameters whose schema is the component `schema_name`."""
        reference = f"#/components/schemas/{schema_name}"
        return [
            parameter["name"]
            for parameter in self.parameters(operation_id)
            if parameter["in"] == "path" and parameter.get("schema", {}).get("$ref") == reference
        ]

    def walk_body(self, operation_id: str) -> Iterator[tuple[str, Schema]]:
        """Every (field path, schema) of the request body, through `$ref`, `allOf`/`oneOf`/`anyOf`, `if`/`then`/
        `else`, properties and array items; paths as schemathesis binds them (`name`, `dialingStrategy.maxRingTime`,
        `contacts[*].phoneNumber`). A field that several branches define comes once per branch."""
        schema = self.body_schema(operation_id)
        if schema is not None:
            yield from self._walk(schema, "", set())

    def _walk(self, node: Any, path: str, active: set[str]) -> Iterator[tuple[str, Schema]]:
        reference = node.get("$ref") if isinstance(node, dict) else None
        if reference is not None:
            if reference in active:  # a recursive schema: its fields were walked once already
                return
            active = active | {reference}
        schema = self.resolve(node)
        if not isinstance(schema, dict):
            return
        if path:
            yield path, schema
        for keyword in ("allOf", "oneOf", "anyOf"):
            for member in schema.get(keyword) or []:
                yield from self._walk(member, path, active)
        for keyword in ("then", "else"):
            if keyword in schema:
                yield from self._walk(schema[keyword], path, active)
        for name, member in (schema.get("properties") or {}).items():
            yield from self._walk(member, f"{path}.{name}" if path else name, active)
        if "items" in schema and path:
            yield from self._walk(schema["items"], f"{path}[*]", active)


@functools.cache
def load(path: Path = SPEC) -> Spec:
    """openapi.yaml, read once per process."""
    with path.open(encoding="utf-8") as handle:
        document = yaml.load(handle, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader, libyaml's when there is one
    assert isinstance(document, dict), f"{path} is not an OpenAPI document"
    return Spec(document)


def ecma_regex(pattern: str) -> re.Pattern[str]:
    """A JSON Schema `pattern` (ECMA-262) as a Python regex, with `\\s` and `\\S` meaning what ECMA-262 means.

    Only the forms the spec uses are translated; a class escape inside `[...]` is refused rather than misread."""
    translated = []
    index = 0
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            escape = pattern[index + 1]
            if escape in "sS":
                if in_class:
                    raise ValueError(f"pattern {pattern!r}: \\{escape} inside [...] is not translated")
                translated.append(f"[{'^' if escape == 'S' else ''}{ECMA_WHITESPACE}]")
            else:
                translated.append(pattern[index : index + 2])
            index += 2
            continue
        if char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        translated.append(char)
        index += 1
    return re.compile("".join(translated))
