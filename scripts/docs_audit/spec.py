"""The spec model: operations with the pages they claim, their parameters and schemas, read from the
bundle (openapi.yaml), with every location also traced to its hand-written source in spec/*.yaml."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

Json = Any
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
# libyaml's safe loader when PyYAML has it: the pure-Python one takes seconds on the spec.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SpecReadError(Exception):
    """A spec that cannot be read; the message names the file and line."""


@dataclass
class Operation:
    operation_id: str
    method: str
    path: str
    node: dict[str, Json]
    pointer: str
    pages: list[str]
    parameters: dict[tuple[str, str], tuple[dict[str, Json], str]]
    # A webhook (`webhooks.<name>`): a call Kore.ai makes to a partner's URL, so the page's endpoint
    # is an example of the partner's and has no path to compare.
    webhook: str | None = None

    @property
    def label(self) -> str:
        return f"webhook {self.webhook}" if self.webhook else self.operation_id


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def _unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def _parts(pointer: str) -> list[str]:
    return [_unescape(p) for p in pointer.lstrip("#").strip("/").split("/") if p]


class SourceMap:
    """Where a bundle location (a JSON pointer into openapi.yaml) was written: file and line in spec/.

    Follows the source's cross-file `$ref`s (the root's `paths` point into the resource files) and
    finds `#/components/<kind>/<name>` in whichever file declares it, as Redocly's bundle does."""

    def __init__(self, source_dir: Path) -> None:
        self.dir = source_dir
        self.trees: dict[str, yaml.Node] = {}
        for file in sorted(source_dir.glob("*.yaml")):
            try:
                self.trees[file.name] = yaml.compose(file.read_text(encoding="utf-8"), Loader=_LOADER)
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
            ref = self._child(node, "$ref")
            if isinstance(ref, yaml.ScalarNode) and "#" in ref.value:
                target, _, pointer = ref.value.partition("#")
                followed = self._resolve_value(target or file, _parts(pointer))
                if followed is not None:
                    file, node = followed
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
            ref = self._child(node, "$ref")
            if isinstance(ref, yaml.ScalarNode) and "#" in ref.value:
                target, _, pointer = ref.value.partition("#")
                followed = self._resolve_value(target or file, _parts(pointer))
                if followed is not None:
                    file, node = followed
            node = self._child(node, part)
        return (file, node) if node is not None else None

    def entry(self, pointer: str) -> tuple[str, yaml.Node, yaml.Node] | None:
        """The file, key node and value node where a bundle location is written, when it is written out
        in full (not only its nearest parent): what a tool that rewrites a value in place needs."""
        parts = _parts(pointer)
        file = "openapi.yaml"
        if parts[:1] == ["components"] and len(parts) >= 3:
            file = next((f for f in self.trees if self._declares(f, parts[:3])), file)
        found = self._resolve_value(file, parts[:-1])
        if found is None:
            return None
        file, parent = found
        ref = self._child(parent, "$ref")
        if isinstance(ref, yaml.ScalarNode) and "#" in ref.value:
            target, _, inner = ref.value.partition("#")
            followed = self._resolve_value(target or file, _parts(inner))
            if followed is not None:
                file, parent = followed
        entry = self._entry(parent, parts[-1])
        return (file, *entry) if entry is not None else None

    def locate(self, pointer: str) -> str:
        parts = _parts(pointer)
        file = "openapi.yaml"
        if parts[:1] == ["components"] and len(parts) >= 3:
            file = next((f for f in self.trees if self._declares(f, parts[:3])), file)
        found = self._resolve(file, parts)
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
        try:
            self.doc: dict[str, Json] = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)  # noqa: S506
        except (OSError, yaml.YAMLError) as exc:
            raise SpecReadError(f"{path}: cannot read the spec: {exc}") from exc
        if not isinstance(self.doc, dict):
            raise SpecReadError(f"{path}: the spec is not a mapping")
        self.name = path.name
        self.sources = SourceMap(source_dir) if source_dir and source_dir.is_dir() else None
        self.operations = list(self._operations())
        self.registry: Registry[Json] = Registry().with_resource("spec", DRAFT202012.create_resource(self.doc))
        self._validators: dict[int, Draft202012Validator] = {}

    def source(self, pointer: str) -> str:
        return self.sources.locate(pointer) if self.sources and pointer.startswith("#") else ""

    def at(self, pointer: str) -> Json:
        node: Json = self.doc
        for part in _parts(pointer):
            node = node[int(part)] if isinstance(node, list) else node[part]
        return node

    def deref(self, node: Json, where: str) -> tuple[Json, str]:
        while isinstance(node, dict) and "$ref" in node:
            where = node["$ref"]
            node = self.at(where)
        return node, where

    def _operations(self) -> Iterator[Operation]:
        items: list[tuple[str, str, Json, str | None]] = [
            (path, f"#/paths/{_escape(path)}", item, None) for path, item in self.doc.get("paths", {}).items()
        ]
        webhooks = self.doc.get("webhooks", {})
        items += [("", f"#/webhooks/{_escape(name)}", item, name) for name, item in webhooks.items()]
        for path, item_pointer, item, webhook in items:
            item, item_pointer = self.deref(item, item_pointer)
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                op = item[method]
                pointer = f"{item_pointer}/{method}"
                params: dict[tuple[str, str], tuple[dict[str, Json], str]] = {}
                for base, raw_list in (
                    (f"{item_pointer}/parameters", item.get("parameters", [])),
                    (f"{pointer}/parameters", op.get("parameters", [])),
                ):
                    for position, raw in enumerate(raw_list):
                        param, where = self.deref(raw, f"{base}/{position}")
                        params[(param["in"], param["name"].lower())] = (param, where)
                for requirement in op.get("security", []):
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
                yield Operation(
                    op.get("operationId", f"{method} {path}"),
                    method.upper(),
                    path,
                    op,
                    pointer,
                    list(op.get("x-docs-pages", [])),
                    params,
                    webhook,
                )

    def body_schema(self, op: Operation) -> tuple[Json, str] | None:
        body, where = self.deref(op.node.get("requestBody"), f"{op.pointer}/requestBody")
        if not body:
            return None
        media = body.get("content", {}).get("application/json")
        return (media["schema"], f"{where}/content/application~1json/schema") if media else None

    def response_schema(self, op: Operation) -> tuple[Json, str] | None:
        for status in ("200", "201"):
            if status in op.node.get("responses", {}):
                response, where = self.deref(op.node["responses"][status], f"{op.pointer}/responses/{status}")
                media = response.get("content", {}).get("application/json")
                if media:
                    return media["schema"], f"{where}/content/application~1json/schema"
        return None

    def expand(self, schema: Json, where: str) -> list[tuple[dict[str, Json], str]]:
        """The object schemas a value may match: refs followed, oneOf/anyOf/allOf branches flattened."""
        schema, where = self.deref(schema, where)
        if not isinstance(schema, dict):
            return []
        found = [(schema, where)]
        for keyword in ("oneOf", "anyOf", "allOf"):
            for position, branch in enumerate(schema.get(keyword, [])):
                found.extend(self.expand(branch, f"{where}/{keyword}/{position}"))
        for keyword in ("then", "else"):
            if isinstance(schema.get(keyword), dict):
                found.extend(self.expand(schema[keyword], f"{where}/{keyword}"))
        return found

    def branches(self, schema: Json, where: str) -> list[tuple[Json, str]]:
        """The members of a top-level oneOf/anyOf (a merged operation's per-page bodies), else the schema."""
        node, node_where = self.deref(schema, where)
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
                for node, node_loc in self.expand(candidate, loc):
                    holders = [(node, node_loc)]
                    if "items" in node and "properties" not in node:
                        holders = self.expand(node["items"], f"{node_loc}/items")
                    for holder, holder_loc in holders:
                        if segment in holder.get("properties", {}):
                            nxt.append((holder["properties"][segment], f"{holder_loc}/properties/{segment}"))
                        if segment in holder.get("required", []):
                            required = True
            if not nxt:
                return None
            current = nxt
        target, target_where = self.deref(current[0][0], current[0][1])
        return target, target_where, required

    def types_of(self, schema: Json, where: str) -> set[str]:
        types: set[str] = set()
        for node, _ in self.expand(schema, where):
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
        for node, _ in self.expand(schema, where):
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
