"""openapi.yaml, read in one place: operations by operationId, parameters, schemas, limits, examples.

Every reader of the contract in this repository reads it through this module - tests, the demo, the fuzz
hooks and settings, the docs audit, the change report, the CLI's operation table, the generator's adapter -
so that following a `$ref`, finding an operation or merging its parameters is written once, and a limit, an
enum or a path is read where the spec states it (one fact, one place). Values built from the facts (a name
one character too long, a value no enum lists) stay right when the docs change.

    facts = load()                                    # openapi.yaml, parsed once per process
    facts.field("VoiceCampaignV2Request", "name")["maxLength"]
    facts.enum("triggerVoiceCampaign", "trigger")
    facts.operation("createCampaign").path
    SpecFacts.too_long(facts.schema("CampaignName"))

Two ways to resolve a node, on purpose (callers depend on the difference):

* `resolve(node)` follows the `$ref` chain and nothing else: the node as written where the chain ends, its
  `allOf` members untouched, keywords written beside a `$ref` dropped. For readers of a schema's structure:
  the fuzz walk binds the limits of each `allOf` member where it is written, the docs audit points at the
  place each keyword is written, the CLI table spells a one-member `allOf` itself.
* `merged(node)` also keeps keywords written beside a `$ref` (the node's own win) and merges the `allOf`
  members into one mapping (later members win, the node's own keywords last): the constraints a value must
  meet, wherever they are written. `schema()` and `field()` answer with it.

The document `load()` returns is shared by every reader in the process: read it, never change it; a copy to
change comes from `read_document()` (or `copy.deepcopy`). `SpecFacts(document)` reads any document, such as a
weakened copy, without copying it.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
# The operation fields of a Path Item, in the order every reader here lists a path's operations.
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
JSON_MEDIA = "application/json"
# JSON Schema patterns are ECMA-262 regular expressions; Python's `\s` also matches \x1c-\x1f and \x85 and
# misses \ufeff. The whitespace ECMA-262 means by `\s`:
ECMA_WHITESPACE = "\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
# libyaml's safe loader when PyYAML has it: the pure-Python one takes seven times as long on the spec.
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Documents kept parsed (openapi.yaml and the copies tests audit); the oldest goes first beyond this.
_CACHED_DOCUMENTS = 16

Json = Any
Schema = dict[str, Any]


class SpecReadError(Exception):
    """A spec that cannot be read; the message names the file (and, for YAML, the line)."""


def escape(part: str) -> str:
    """A key as one JSON pointer token."""
    return part.replace("~", "~0").replace("/", "~1")


def pointer_parts(pointer: str) -> list[str]:
    """The keys of a local JSON pointer (`#/paths/~1x/get` -> `["paths", "/x", "get"]`)."""
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("#").strip("/").split("/") if p]


def parse_document(text: str | bytes, source: Path | str) -> dict[str, Json]:
    """An OpenAPI document from its YAML (or JSON) text; `source` names it in errors."""
    try:
        document = yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader, libyaml's when there is one
    except yaml.YAMLError as exc:
        raise SpecReadError(f"{source} is not valid YAML: {exc}") from exc
    if not isinstance(document, dict):
        raise SpecReadError(f"{source} is not an OpenAPI document (its top level is not a mapping)")
    return document


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SpecReadError(f"cannot read {path}: {exc.strerror or exc}") from exc


def read_document(path: Path = SPEC) -> dict[str, Json]:
    """A fresh parse of the document at `path`, free to change (`load` shares one)."""
    return parse_document(_read_bytes(path), path)


_cache: dict[Path, tuple[bytes, SpecFacts]] = {}
_cache_lock = threading.Lock()


def load(path: Path = SPEC) -> SpecFacts:
    """The document at `path`, parsed once per process and content: while its bytes stay the same, every call
    returns the same object (the file is re-read, not re-parsed, so a rewritten file is never answered stale,
    however coarse the file system's clock). Read it; never change it."""
    data = _read_bytes(path)
    key = path.resolve()
    with _cache_lock:  # held while parsing, so that threads loading at once share one parse
        cached = _cache.pop(key, None)
        facts = cached[1] if cached is not None and cached[0] == data else SpecFacts(parse_document(data, path))
        _cache[key] = (data, facts)  # the most recently used last
        while len(_cache) > _CACHED_DOCUMENTS:
            del _cache[next(iter(_cache))]
    return facts


@dataclass(frozen=True)
class Operation:
    # The declared operationId; for an operation without one, `METHOD path` (`METHOD webhook name`).
    operation_id: str
    method: str  # upper case
    path: str  # as the spec writes it, placeholders included; a webhook's is ""
    node: dict[str, Json]  # the Operation Object
    path_item: dict[str, Json]  # its Path Item Object, `$ref` followed
    pointer: str  # where the operation is written: `#/paths/~1x/get`, `#/webhooks/name/post`
    # A webhook (`webhooks.<name>`): a call Kore.ai makes to a partner's URL, so it has no path of the API.
    webhook: str | None = None

    @property
    def label(self) -> str:
        return f"webhook {self.webhook}" if self.webhook else self.operation_id

    @property
    def path_item_pointer(self) -> str:
        return self.pointer.rsplit("/", 1)[0]


class SpecFacts:
    """An OpenAPI document (bundled: every `$ref` is local), read by operationId and component name."""

    def __init__(self, document: dict[str, Json]) -> None:
        if not isinstance(document, dict):
            raise TypeError(f"SpecFacts takes a parsed document, not {type(document).__name__}: load(path) reads files")
        self.document = document

    # --- pointers and references -------------------------------------------------------------------------

    def at(self, pointer: str) -> Json:
        """The node a local JSON pointer (`#/components/schemas/CampaignName`) names."""
        node: Json = self.document
        for part in pointer_parts(pointer):
            node = node[int(part)] if isinstance(node, list) else node[part]
        return node

    def follow(self, node: Json, where: str = "") -> tuple[Json, str]:
        """`node` with its `$ref` chain followed, and the pointer of where it ends (`where` if no `$ref`)."""
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            node, where = self._target(node["$ref"], seen, where), node["$ref"]
        return node, where

    def _target(self, reference: Json, seen: set[str], where: str = "") -> Json:
        """The node a `$ref` names; a reference outside the document, or back into the chain, is refused."""
        if not isinstance(reference, str) or not reference.startswith("#"):
            raise ValueError(f"cannot resolve $ref {reference!r} at {where or 'a node'}: not a local reference")
        if reference in seen:
            raise ValueError(f"cannot resolve $ref {reference!r} at {where or 'a node'}: a cycle")
        seen.add(reference)
        return self.at(reference)

    def resolve(self, node: Json) -> Json:
        """`node` with its `$ref` chain followed, and nothing else (see the module's docstring)."""
        return self.follow(node)[0]

    def merged(self, node: Json) -> Json:
        """`node` with its `$ref` chain followed keeping the keywords beside each `$ref` (the node's own win),
        and its `allOf` members merged into one mapping (later members win, the node's own keywords last)."""
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            rest = {k: v for k, v in node.items() if k != "$ref"}
            node = {**self._target(node["$ref"], seen), **rest}
        if isinstance(node, dict) and "allOf" in node:
            merged: dict[str, Json] = {}
            for member in node["allOf"]:
                merged.update(self.merged(member))
            merged.update({k: v for k, v in node.items() if k != "allOf"})
            return merged
        return node

    @staticmethod
    def ref_name(node: Json) -> str | None:
        """The name a `$ref` points at (`#/components/schemas/Campaign` -> `Campaign`), or None."""
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            return str(node["$ref"]).rsplit("/", 1)[-1]
        return None

    # --- operations ----------------------------------------------------------------------------------------

    @functools.cached_property
    def operation_list(self) -> list[Operation]:
        """Every operation, in the spec's order: those under `paths`, then the webhooks (also one that declares
        no operationId, which the spec's linting refuses but a reader of any document may meet)."""
        found: list[Operation] = []
        items: list[tuple[str, str, Json, str | None]] = [
            (path, f"#/paths/{escape(path)}", item, None) for path, item in (self.document.get("paths") or {}).items()
        ]
        webhooks = self.document.get("webhooks") or {}
        items += [("", f"#/webhooks/{escape(name)}", item, name) for name, item in webhooks.items()]
        for path, item_pointer, raw_item, webhook in items:
            item, item_pointer = self.follow(raw_item, item_pointer)
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                node = item.get(method)
                if not isinstance(node, dict):
                    continue
                where = f"webhook {webhook}" if webhook is not None else path
                operation_id = str(node.get("operationId", f"{method.upper()} {where}"))
                found.append(
                    Operation(operation_id, method.upper(), path, node, item, f"{item_pointer}/{method}", webhook)
                )
        return found

    @functools.cached_property
    def operations(self) -> dict[str, Operation]:
        """Every operation that declares an operationId (webhooks included), by it."""
        return {op.operation_id: op for op in self.operation_list if "operationId" in op.node}

    @functools.cached_property
    def path_operations(self) -> dict[str, Operation]:
        """The operations under `paths` by operationId: the API's own (a webhook is a call Kore.ai makes)."""
        return {operation_id: op for operation_id, op in self.operations.items() if op.webhook is None}

    def operation(self, operation: Operation | str) -> Operation:
        if isinstance(operation, Operation):
            return operation
        try:
            return self.operations[operation]
        except KeyError:
            raise KeyError(f"openapi.yaml has no operation {operation!r}") from None

    def url(self, operation_id: str, **values: str) -> str:
        """The operation's path with its placeholders filled in (`streamId="st-1", campaignId="cd-1"`)."""
        path = self.operation(operation_id).path
        for name, value in values.items():
            path = path.replace("{" + name + "}", value)
        if "{" in path:
            raise KeyError(f"{operation_id}: no value for a placeholder of {path}")
        return path

    # --- parameters ----------------------------------------------------------------------------------------

    def located_parameters(self, operation: Operation | str) -> dict[tuple[str, str], tuple[dict[str, Json], str]]:
        """(in, name) -> (the parameter, where it is written): the path item's and the operation's, an
        operation-level one replacing a path-level one of the same location and name."""
        op = self.operation(operation)
        merged: dict[tuple[str, str], tuple[dict[str, Json], str]] = {}
        for base, entries in (
            (f"{op.path_item_pointer}/parameters", op.path_item.get("parameters") or []),
            (f"{op.pointer}/parameters", op.node.get("parameters") or []),
        ):
            for position, entry in enumerate(entries):
                parameter, where = self.follow(entry, f"{base}/{position}")
                merged[(parameter["in"], parameter["name"])] = (parameter, where)
        return merged

    def parameters(self, operation: Operation | str) -> list[dict[str, Json]]:
        """The operation's parameters, path-level ones included (an operation-level one of the same name wins)."""
        return [parameter for parameter, _ in self.located_parameters(operation).values()]

    def parameter(self, operation: Operation | str, name: str, location: str | None = None) -> dict[str, Json]:
        """The Parameter Object `name` (in `location`: path, query, header, cookie; any, if not given)."""
        for parameter in self.parameters(operation):
            if parameter["name"] == name and location in (None, parameter["in"]):
                return parameter
        where = f"{location} parameter" if location else "parameter"
        raise KeyError(f"openapi.yaml: {self.operation(operation).operation_id} has no {where} {name!r}")

    def parameter_schema(self, operation: Operation | str, name: str, location: str | None = None) -> Schema:
        """The schema of a parameter, its `$ref` followed."""
        schema = self.resolve(self.parameter(operation, name, location).get("schema", {}))
        assert isinstance(schema, dict)
        return schema

    def enum(self, operation: Operation | str, name: str, location: str | None = None) -> list[Json]:
        values = self.parameter_schema(operation, name, location).get("enum")
        if not isinstance(values, list):
            raise KeyError(f"openapi.yaml: {self.operation(operation).operation_id}'s {name!r} has no enum")
        return values

    def default(self, operation: Operation | str, name: str, location: str | None = None) -> Json:
        schema = self.parameter_schema(operation, name, location)
        if "default" not in schema:
            raise KeyError(f"openapi.yaml: {self.operation(operation).operation_id}'s {name!r} has no default")
        return schema["default"]

    def path_parameters_of_schema(self, operation: Operation | str, schema_name: str) -> list[str]:
        """Names of the operation's path parameters whose schema is the component `schema_name`."""
        reference = f"#/components/schemas/{schema_name}"
        return [
            parameter["name"]
            for parameter in self.parameters(operation)
            if parameter["in"] == "path" and parameter.get("schema", {}).get("$ref") == reference
        ]

    # --- bodies, responses, statuses -----------------------------------------------------------------------

    def located_body(self, operation: Operation | str, media: str = JSON_MEDIA) -> tuple[Json, str] | None:
        """The request body's schema for `media` as written (a `$ref` is not followed) and where, or None."""
        op = self.operation(operation)
        body, where = self.follow(op.node.get("requestBody"), f"{op.pointer}/requestBody")
        content = body.get("content") if isinstance(body, dict) else None
        found = content.get(media) if isinstance(content, dict) else None
        if not isinstance(found, dict) or "schema" not in found:
            return None
        return found["schema"], f"{where}/content/{escape(media)}/schema"

    def body_schema(self, operation: Operation | str) -> Schema | None:
        """The JSON request body's schema, its `$ref` followed; None without one."""
        located = self.located_body(operation)
        schema = self.resolve(located[0]) if located else None
        return schema if isinstance(schema, dict) else None

    def body_examples(self, operation: Operation | str) -> list[Json]:
        """The JSON request body's examples, in the spec's order (`example` first), their `$ref`s followed."""
        body = self.resolve(self.operation(operation).node.get("requestBody")) or {}
        media = body.get("content", {}).get(JSON_MEDIA) or {}
        examples = [self.resolve(example).get("value") for example in (media.get("examples") or {}).values()]
        if "example" in media:
            examples.insert(0, media["example"])
        return examples

    def located_response(
        self, operation: Operation | str, statuses: Iterable[str] = ("200", "201")
    ) -> tuple[Json, str] | None:
        """The JSON schema (as written) and where, of the first of `statuses` the operation answers with one."""
        op = self.operation(operation)
        for status in statuses:
            if status in op.node.get("responses", {}):
                response, where = self.follow(op.node["responses"][status], f"{op.pointer}/responses/{status}")
                media = response.get("content", {}).get(JSON_MEDIA)
                if media:
                    return media["schema"], f"{where}/content/{escape(JSON_MEDIA)}/schema"
        return None

    def statuses(self, operation: Operation | str) -> list[int]:
        """Every response status the operation declares (`default` and ranges such as `4XX` left out)."""
        responses = self.operation(operation).node.get("responses", {})
        return sorted(int(code) for code in responses if str(code).isdigit())

    # --- schemas and their fields --------------------------------------------------------------------------

    def schema(self, name: str) -> Schema:
        """A component schema, merged (see the module's docstring)."""
        merged: Schema = self.merged(self.document["components"]["schemas"][name])
        return merged

    def holders(self, schema: Json, where: str = "") -> list[tuple[dict[str, Json], str]]:
        """The schemas a value of `schema` must or may match, each with where it is written: the schema itself
        (`$ref` followed), then, depth first, the members of its oneOf, anyOf and allOf and its then and else."""
        schema, where = self.follow(schema, where)
        if not isinstance(schema, dict):
            return []
        found = [(schema, where)]
        for keyword in ("oneOf", "anyOf", "allOf"):
            for position, branch in enumerate(schema.get(keyword, [])):
                found.extend(self.holders(branch, f"{where}/{keyword}/{position}"))
        for keyword in ("then", "else"):
            if isinstance(schema.get(keyword), dict):
                found.extend(self.holders(schema[keyword], f"{where}/{keyword}"))
        return found

    def field(self, schema_name: str, dotted: str) -> Schema:
        """The merged schema of a field (`dialingStrategy.maxRingTime`, `data[].phoneNumber`) of a component
        schema: as the first of its holders (see `holders`) that declares it writes it."""
        current: Json = self.document["components"]["schemas"][schema_name]
        for segment in dotted.split("."):
            name, many = segment.removesuffix("[]"), segment.endswith("[]")
            found = next(
                (h["properties"][name] for h, _ in self.holders(current) if name in h.get("properties", {})), None
            )
            if found is None:
                raise KeyError(f"{schema_name} has no field {dotted!r} (at {segment!r})")
            current = self.merged(found)["items"] if many else found
        resolved: Schema = self.merged(current)
        return resolved

    def walk_body(self, operation: Operation | str) -> Iterator[tuple[str, Schema]]:
        """Every (field path, schema) of the JSON request body: see `walk`."""
        schema = self.body_schema(operation)
        if schema is not None:
            yield from self.walk(schema)

    def walk(self, schema: Json, path: str = "") -> Iterator[tuple[str, Schema]]:
        """Every (field path, schema) below `schema`, through `$ref`, `allOf`/`oneOf`/`anyOf`, `if`/`then`/`else`,
        properties and array items, each schema resolved (not merged); paths as schemathesis binds them (`name`,
        `dialingStrategy.maxRingTime`, `contacts[*].phoneNumber`). A field several branches define comes once
        per branch; a recursive schema's fields once."""
        yield from self._walk(schema, path, frozenset())

    def _walk(self, node: Json, path: str, active: frozenset[str]) -> Iterator[tuple[str, Schema]]:
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

    # --- values built from the facts -----------------------------------------------------------------------

    @staticmethod
    def too_long(schema: Schema, fill: str = "x") -> str:
        """A string one character longer than the schema's maxLength allows."""
        return fill * (int(schema["maxLength"]) + 1)

    @staticmethod
    def longest(schema: Schema, fill: str = "x") -> str:
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


def ecma_regex(pattern: str) -> re.Pattern[str]:
    """A JSON Schema `pattern` (ECMA-262) as a Python regex, with `\\s` and `\\S` meaning what ECMA-262 means.

    Only the forms the spec uses are translated; a class escape inside `[...]` is refused rather than misread."""
    translated = []
    index = 0
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            letter = pattern[index + 1]
            if letter in "sS":
                if in_class:
                    raise ValueError(f"pattern {pattern!r}: \\{letter} inside [...] is not translated")
                translated.append(f"[{'^' if letter == 'S' else ''}{ECMA_WHITESPACE}]")
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
