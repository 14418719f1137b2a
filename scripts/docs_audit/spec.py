"""The spec model: operations with the pages they claim, their parameters and schemas, read from the
bundle (openapi.yaml) through `scripts.spec_facts`, with every location also traced to its hand-written
source in spec/*.yaml."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from scripts import spec_facts
from scripts.spec_facts import SAFE_LOADER, Json, SpecReadError, pointer_parts

__all__ = ["Json", "Operation", "SourceMap", "Spec", "SpecReadError"]


@dataclass(frozen=True)
class Operation(spec_facts.Operation):
    """An operation as the audit compares it: with the pages it claims, and its parameters keyed by location
    and lower-case name (HTTP header names ignore case), its apiKey security schemes among them."""

    pages: list[str] = field(default_factory=list)
    parameters: dict[tuple[str, str], tuple[dict[str, Json], str]] = field(default_factory=dict)


class SourceMap:
    """Where a bundle location (a JSON pointer into openapi.yaml) was written: file and line in spec/.

    Follows the source's cross-file `$ref`s (the root's `paths` point into the resource files) and
    finds `#/components/<kind>/<name>` in whichever file declares it, as Redocly's bundle does."""

    def __init__(self, source_dir: Path) -> None:
        self.dir = source_dir
        self.trees: dict[str, yaml.Node] = {}
        for file in sorted(source_dir.glob("*.yaml")):
            try:
                self.trees[file.name] = yaml.compose(file.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
            except (OSError, yaml.YAMLError):
                continue  # an unreadable source only costs its line numbers

    @staticmethod
    def _entry(node: yaml.Node, key: str) -> tuple[yaml.Node, yaml.Node] | None:
        """A mapping's key and value nodes (or a sequence item twice)."""
        if isinstance(node, yaml.MappingNode):
            return next(((k, v) for k, v in node.value if k.value == key), None)
        if isinstance(node, yaml.SequenceNode) and key.isdigit() and int(key) < len(node.value):
            return node.value[int(key)], node.value[int(key)]
        return None

    def _child(self, node: yaml.Node, key: str) -> yaml.Node | None:
        entry = self._entry(node, key)
        return entry[1] if entry else None

    def _resolve(self, file: str, parts: list[str]) -> tuple[str, yaml.Node] | None:
        """The file and node (the key's node, whose line is where the thing is named) for a pointer."""
        node = self.trees.get(file)
        if node is None:
            return None
        marker: yaml.Node = node
        for part in parts:
            file, node = self._followed(file, node)
            entry = self._entry(node, part)
            if entry is None:
                return file, marker  # the deepest place written down
            marker, node = entry
        return file, marker

    def _resolve_value(self, file: str, parts: list[str]) -> tuple[str, yaml.Node] | None:
        node = self.trees.get(file)
        for part in parts:
            if node is None:
                return None
            file, node = self._followed(file, node)
            node = self._child(node, part)
        return (file, node) if node is not None else None

    def _followed(self, file: str, node: yaml.Node) -> tuple[str, yaml.Node]:
        """Where the node's `$ref` (to this file or another) leads, or the node itself."""
        ref = self._child(node, "$ref")
        if isinstance(ref, yaml.ScalarNode) and "#" in ref.value:
            target, _, pointer = ref.value.partition("#")
            followed = self._resolve_value(target or file, pointer_parts(pointer))
            if followed is not None:
                return followed
        return file, node

    def _home(self, parts: list[str]) -> str:
        """The source file a bundle location starts in: a component's declaring file, else the root."""
        if parts[:1] == ["components"] and len(parts) >= 3:
            return next((f for f in self.trees if self._declares(f, parts[:3])), "openapi.yaml")
        return "openapi.yaml"

    def entry(self, pointer: str) -> tuple[str, yaml.Node, yaml.Node] | None:
        """The file, key node and value node where a bundle location is written, when it is written out
        in full (not only its nearest parent): what a tool that rewrites a value in place needs."""
        parts = pointer_parts(pointer)
        found = self._resolve_value(self._home(parts), parts[:-1])
        if found is None:
            return None
        file, parent = self._followed(*found)
        entry = self._entry(parent, parts[-1])
        return (file, *entry) if entry is not None else None

    def locate(self, pointer: str) -> str:
        parts = pointer_parts(pointer)
        found = self._resolve(self._home(parts), parts)
        if found is None:
            return ""
        file, node = found
        return f"spec/{file}:{node.start_mark.line + 1}"

    def _declares(self, file: str, parts: list[str]) -> bool:
        node: yaml.Node | None = self.trees.get(file)
        for part in parts:
            node = self._child(node, part) if node is not None else None
        return node is not None


class Spec:
    def __init__(self, path: Path, source_dir: Path | None = None) -> None:
        self.facts = spec_facts.load(path)  # SpecReadError names the file when it cannot be read
        self.doc = self.facts.document
        self.name = path.name
        self.sources = SourceMap(source_dir) if source_dir and source_dir.is_dir() else None
        self.operations = list(self._operations())
        self.registry: Registry[Json] = Registry().with_resource("spec", DRAFT202012.create_resource(self.doc))
        self._validators: dict[int, Draft202012Validator] = {}

    def source(self, pointer: str) -> str:
        return self.sources.locate(pointer) if self.sources and pointer.startswith("#") else ""

    def _operations(self) -> Iterator[Operation]:
        for op in self.facts.operation_list:
            params = {
                (param["in"], param["name"].lower()): (param, where)
                for param, where in self.facts.located_parameters(op).values()
            }
            for requirement in op.node.get("security", []):
                for scheme_name in requirement:
                    scheme = self.doc["components"]["securitySchemes"][scheme_name]
                    if scheme.get("type") == "apiKey":
                        fake = {
                            "name": scheme["name"],
                            "in": scheme["in"],
                            "required": True,
                            "schema": {"type": "string"},
                        }
                        params.setdefault(
                            (scheme["in"], scheme["name"].lower()),
                            (fake, f"#/components/securitySchemes/{scheme_name}"),
                        )
            common = {f.name: getattr(op, f.name) for f in dataclasses.fields(spec_facts.Operation)}
            yield Operation(**common, pages=list(op.node.get("x-docs-pages", [])), parameters=params)

    def branches(self, schema: Json, where: str) -> list[tuple[Json, str]]:
        """The members of a top-level oneOf/anyOf (a merged operation's per-page bodies), else the schema."""
        node, node_where = self.facts.follow(schema, where)
        for keyword in ("oneOf", "anyOf"):
            if isinstance(node, dict) and keyword in node:
                return [(b, f"{node_where}/{keyword}/{i}") for i, b in enumerate(node[keyword])]
        return [(schema, where)]

    def lookup(self, schema: Json, where: str, dotted: str) -> tuple[dict[str, Json], str, bool] | None:
        """The schema of a dotted field (`a.b[].c`), its location and whether its parent requires it."""
        current = [(schema, where)]
        required = False
        for segment in [s for s in dotted.replace("[]", "").split(".") if s]:
            nxt: list[tuple[dict[str, Json], str]] = []
            required = False
            for candidate, loc in current:
                for node, node_loc in self.facts.holders(candidate, loc):
                    holders = [(node, node_loc)]
                    if "items" in node and "properties" not in node:
                        holders = self.facts.holders(node["items"], f"{node_loc}/items")
                    for holder, holder_loc in holders:
                        if segment in holder.get("properties", {}):
                            nxt.append((holder["properties"][segment], f"{holder_loc}/properties/{segment}"))
                        if segment in holder.get("required", []):
                            required = True
            if not nxt:
                return None
            current = nxt
        target, target_where = self.facts.follow(current[0][0], current[0][1])
        return target, target_where, required

    def types_of(self, schema: Json, where: str) -> set[str]:
        types: set[str] = set()
        for node, _ in self.facts.holders(schema, where):
            declared = node.get("type")
            if isinstance(declared, str):
                types.add(declared)
            elif isinstance(declared, list):
                types.update(declared)
            elif "const" in node or "enum" in node:
                values = node.get("enum", [node.get("const")])
                types.update(
                    "boolean" if isinstance(v, bool) else "string" if isinstance(v, str) else "number" for v in values
                )
        return types

    def values_of(self, schema: Json, where: str) -> set[str] | None:
        values: set[str] = set()
        for node, _ in self.facts.holders(schema, where):
            if "enum" in node:
                values.update(str(v) for v in node["enum"])
            elif "const" in node:
                values.add(str(node["const"]).lower() if isinstance(node["const"], bool) else str(node["const"]))
        return values or None

    def validator(self, schema: Json) -> Draft202012Validator:
        key = id(schema)
        if key not in self._validators:
            # Local refs ("#/components/...") point into the spec, also from an inline schema (a oneOf body).
            self._validators[key] = Draft202012Validator(
                {"$id": "urn:sample", **_refs_into_spec(schema)}, registry=self.registry
            )
        return self._validators[key]


def _refs_into_spec(node: Json) -> Json:
    if isinstance(node, dict):
        return {
            key: "spec" + value
            if key == "$ref" and isinstance(value, str) and value.startswith("#")
            else _refs_into_spec(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_refs_into_spec(item) for item in node]
    return node
