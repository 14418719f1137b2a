"""Limits, enums and paths as openapi.yaml states them, for the code that must not restate them.

Tests, the demo and tools read a fact here instead of writing it down again (one fact, one place): a
campaign name's `maxLength`, the values of `trigger`, the path of `createCampaign`. Values built from
the facts (a name one character too long, a value no enum lists) stay right when the docs change.

    facts = SpecFacts()
    facts.field("VoiceCampaignV2Request", "name")["maxLength"]
    facts.parameter("triggerVoiceCampaign", "trigger")["enum"]
    facts.operation("createCampaign").path
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
# libyaml's loader when PyYAML has it: the pure-Python one takes a second on the spec.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Json = Any


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str  # as the spec writes it, placeholders included (a webhook's is "")
    node: dict[str, Json]


class SpecFacts:
    def __init__(self, path: Path = SPEC) -> None:
        self.path = path
        self.document: dict[str, Json] = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506

    def at(self, ref: str) -> Json:
        """The node a local `$ref` (`#/components/schemas/CampaignName`) points at."""
        node: Json = self.document
        for part in ref.lstrip("#/").split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            node = node[int(part)] if isinstance(node, list) else node[part]
        return node

    def resolve(self, node: Json) -> Json:
        """A schema with its `$ref` followed and its `allOf` members merged into one mapping (later
        keywords win, the node's own last): what a field's constraints are, wherever they are written."""
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 50:
            rest = {k: v for k, v in node.items() if k != "$ref"}
            node = {**self.at(node["$ref"]), **rest}
            seen += 1
        if isinstance(node, dict) and "allOf" in node:
            merged: dict[str, Json] = {}
            for member in node["allOf"]:
                merged.update(self.resolve(member))
            merged.update({k: v for k, v in node.items() if k != "allOf"})
            return merged
        return node

    def schema(self, name: str) -> dict[str, Json]:
        """A component schema, resolved."""
        resolved: dict[str, Json] = self.resolve(self.document["components"]["schemas"][name])
        return resolved

    def _holders(self, node: Json) -> Iterator[dict[str, Json]]:
        """The schemas a value of `node` may match that can hold properties: oneOf/anyOf members, if/then."""
        node = self.resolve(node)
        if not isinstance(node, dict):
            return
        yield node
        for keyword in ("oneOf", "anyOf"):
            for member in node.get(keyword, []):
                yield from self._holders(member)
        for keyword in ("then", "else"):
            if isinstance(node.get(keyword), dict):
                yield from self._holders(node[keyword])

    def field(self, schema_name: str, dotted: str) -> dict[str, Json]:
        """The resolved schema of a field (`dialingStrategy.maxRingTime`, `data[].phoneNumber`) of a
        component schema: the first place a member of a oneOf, an if/then or an allOf declares it."""
        current: Json = self.document["components"]["schemas"][schema_name]
        for segment in dotted.split("."):
            name, many = segment.removesuffix("[]"), segment.endswith("[]")
            found = next(
                (h["properties"][name] for h in self._holders(current) if name in h.get("properties", {})), None
            )
            if found is None:
                raise KeyError(f"{schema_name} has no field {dotted!r} (at {segment!r})")
            current = self.resolve(found)
            if many:
                current = self.resolve(current["items"])
        resolved: dict[str, Json] = self.resolve(current)
        return resolved

    @functools.cached_property
    def operations(self) -> dict[str, Operation]:
        found: dict[str, Operation] = {}
        items = [(path, item) for path, item in self.document.get("paths", {}).items()]
        items += [("", item) for item in self.document.get("webhooks", {}).values()]
        for path, item in items:
            for method in HTTP_METHODS:
                if method in item and "operationId" in item[method]:
                    found[item[method]["operationId"]] = Operation(
                        item[method]["operationId"], method.upper(), path, item[method]
                    )
        return found

    def operation(self, operation_id: str) -> Operation:
        return self.operations[operation_id]

    def parameter(self, operation_id: str, name: str) -> dict[str, Json]:
        """The resolved schema of an operation's parameter (path, query or header), by name."""
        operation = self.operation(operation_id)
        item = self.document["paths"][operation.path] if operation.path else {}
        for raw in [*item.get("parameters", []), *operation.node.get("parameters", [])]:
            parameter = self.resolve(raw)
            if parameter["name"] == name:
                schema: dict[str, Json] = self.resolve(parameter.get("schema", {}))
                return schema
        raise KeyError(f"{operation_id} has no parameter {name!r}")

    def url(self, operation_id: str, **values: str) -> str:
        """The operation's path with its placeholders filled in (`streamId="st-1", campaignId="cd-1"`)."""
        path = self.operation(operation_id).path
        for name, value in values.items():
            path = path.replace("{" + name + "}", value)
        if "{" in path:
            raise KeyError(f"{operation_id}: no value for a placeholder of {path}")
        return path

    @staticmethod
    def too_long(schema: dict[str, Json], fill: str = "x") -> str:
        """A string one character longer than the schema's maxLength allows."""
        return fill * (int(schema["maxLength"]) + 1)

    @staticmethod
    def longest(schema: dict[str, Json], fill: str = "x") -> str:
        """A string exactly as long as the schema's maxLength allows."""
        return fill * int(schema["maxLength"])

    @staticmethod
    def not_one_of(values: Iterable[object]) -> str:
        """A value no list of `values` holds, made from them, so it stays invalid whatever the docs add
        next (never a guess at the vendor's next value, such as `pause`)."""
        listed = sorted(str(v) for v in values)
        # One word (`notPlayStop`), so that prose that quotes a value reads it whole.
        candidate = "not" + "".join(value[:1].upper() + value[1:] for value in listed)
        while candidate in listed:
            candidate += "X"
        return candidate
