"""Audit Kore.ai documentation pages against openapi.yaml: what the spec lacks, and what was decided.

    scripts/docs-audit PAGE... [--spec openapi.yaml] [--json]

PAGE is a Mintlify MDX page (``<slug>.mdx``) or a plain-text table export; ``SLUG=FILE`` names a
page's slug explicitly. A page is compared with the operation whose ``x-docs-pages`` lists its slug
(else the one with its method and path). Every finding has a stable key ``operationId:where:kind``;
a decision recorded under ``info.x-docs-decisions`` as ``{covers: [key, ...], decision: prose}``
(keys may use ``*`` wildcards) marks it decided. Exit 0 when nothing is unexplained, 1 otherwise,
2 when a page or the spec cannot be read.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from referencing import Registry
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parent.parent
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
# Every name the pages use for the bot id in a URL; the spec's are StreamId / IId.
BOT_PLACEHOLDERS = {"streamid", "iid", "botid"}
SECTIONS = {
    "path parameters": "path",
    "path parameter": "path",
    "query parameters": "query",
    "query parameter": "query",
    "headers": "header",
    "request headers": "header",
    "body parameters": "body",
    "request body parameters": "body",
    "sample request": "sample.request",
    "sample response": "sample.response",
    "response parameters": "response",
    "response body parameters": "response",
}
# Quote marks the pages put around listed values, typographic ones included.
QUOTES = "`\"' .\u2018\u2019\u201c\u201d"
TYPES = ("string", "integer", "number", "boolean", "object", "array")

Json = Any


class AuditInputError(Exception):
    """A page or spec that cannot be read; the message names the file and line."""


@dataclass
class Finding:
    page: str
    key: str
    kind: str
    field: str
    message: str
    spec_location: str
    line: int
    decided_by: str | None = None

    @property
    def decided(self) -> bool:
        return self.decided_by is not None


@dataclass
class Row:
    name: str
    description: str
    type_cell: str
    line: int


@dataclass
class Page:
    path: Path
    slug: str | None
    title: str
    method: str | None = None
    endpoint: str | None = None
    endpoint_line: int = 0
    tables: dict[str, list[Row]] = field(default_factory=dict)
    samples: dict[str, tuple[Json, int]] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"{self.slug} ({self.path.name})" if self.slug else self.path.name


# --- reading pages --------------------------------------------------------------------------------


def _clean(cell: str) -> str:
    return cell.strip().strip("*").strip("`").strip()


def _heading(line: str) -> str | None:
    text = line.strip().lstrip("#").strip().strip("*").strip().lower()
    return SECTIONS.get(text)


def _curl_data(block: str) -> str | None:
    match = re.search(r"--data(?:-raw)?\s+'(.*)'\s*$", block, flags=re.DOTALL)
    return match.group(1) if match else None


def read_page(path: Path, slug: str | None = None) -> Page:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise AuditInputError(f"{path}: cannot read: {exc}") from exc
    if slug is None and path.suffix in (".mdx", ".md"):
        slug = path.stem
    title = next((ln.lstrip("#").strip() for ln in text.splitlines() if ln.startswith("# ")), "")
    front = re.search(r"^title:\s*(.+)$", text, flags=re.MULTILINE)
    page = Page(path=path, slug=slug, title=title or (front.group(1).strip() if front else ""))
    lines = text.splitlines()
    section: str | None = None
    index = 0
    while index < len(lines):
        line, number = lines[index], index + 1
        index += 1
        if line.strip().startswith("```"):
            start = number
            body: list[str] = []
            while index < len(lines) and not lines[index].strip().startswith("```"):
                body.append(lines[index])
                index += 1
            if index >= len(lines):
                raise AuditInputError(f"{path}:{start}: code fence is never closed")
            index += 1
            _read_sample(page, section, "\n".join(body), start)
            continue
        method = re.search(r"\|\s*\**Method\**\s*\|\s*\**([A-Za-z]+)", line)
        if method and page.method is None:
            page.method = method.group(1).upper()
        endpoint = re.search(r"\|\s*\**Endpoint\**\s*\|\s*`?(https?://[^`|\s]+)", line)
        if endpoint and page.endpoint is None:
            page.endpoint, page.endpoint_line = endpoint.group(1).replace("\\&", "&"), number
        heading = _heading(line)
        if heading:
            section = heading
            continue
        if section in ("path", "query", "header", "body", "response") and "|" in line:
            cells = [_clean(c) for c in line.strip().strip("|").split("|")]
            if len(cells) < 3 or set(cells[0]) <= {"-", ":", " "} or cells[0].lower() in ("parameter", "header"):
                continue
            page.tables.setdefault(section, []).append(Row(cells[0], cells[1], cells[-1], number))
    return page


def _read_sample(page: Page, section: str | None, block: str, line: int) -> None:
    if section == "sample.request":
        data = _curl_data(block)
        if data is None:
            return
        text = data
    elif section == "sample.response":
        text = block
    else:
        return
    try:
        page.samples[section] = (json.loads(text), line)
    except json.JSONDecodeError as exc:
        raise AuditInputError(f"{page.path}:{line + exc.lineno}: sample JSON does not parse: {exc.msg}") from exc


# --- the spec -------------------------------------------------------------------------------------


@dataclass
class Operation:
    operation_id: str
    method: str
    path: str
    node: dict[str, Json]
    pointer: str
    pages: list[str]
    parameters: dict[tuple[str, str], tuple[dict[str, Json], str]]


@dataclass
class Decision:
    covers: list[str]
    text: str
    where: str


class Spec:
    def __init__(self, path: Path) -> None:
        try:
            self.doc: dict[str, Json] = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise AuditInputError(f"{path}: cannot read the spec: {exc}") from exc
        self.name = path.name
        self.operations = list(self._operations())
        self.decisions = list(self._decisions())
        self.registry: Registry[Json] = Registry().with_resource("spec", DRAFT202012.create_resource(self.doc))

    def deref(self, node: Json, where: str) -> tuple[Json, str]:
        while isinstance(node, dict) and "$ref" in node:
            where = node["$ref"]
            node = self.doc
            for part in where.lstrip("#/").split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
        return node, where

    def _operations(self) -> Iterator[Operation]:
        for path, item in self.doc.get("paths", {}).items():
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                op = item[method]
                pointer = f"#/paths/{path.replace('/', '~1')}/{method}"
                params: dict[tuple[str, str], tuple[dict[str, Json], str]] = {}
                for base, raw_list in (
                    (f"#/paths/{path.replace('/', '~1')}/parameters", item.get("parameters", [])),
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
                )

    def _decisions(self) -> Iterator[Decision]:
        for position, entry in enumerate(self.doc.get("info", {}).get("x-docs-decisions", [])):
            where = f"#/info/x-docs-decisions/{position}"
            if isinstance(entry, dict):
                yield Decision([str(k) for k in entry.get("covers", [])], str(entry.get("decision", "")), where)
        for op in self.operations:
            entry = op.node.get("x-docs-decision")
            if isinstance(entry, dict):
                covers = [k if k.count(":") >= 2 else f"{op.operation_id}:{k}" for k in entry.get("covers", [])]
                yield Decision(covers, str(entry.get("decision", "")), f"{op.pointer}/x-docs-decision")

    def decision_for(self, key: str) -> Decision | None:
        return next((d for d in self.decisions if any(fnmatch.fnmatchcase(key, p) for p in d.covers)), None)

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
        return found

    def lookup(self, schema: Json, where: str, dotted: str) -> tuple[dict[str, Json], str, bool] | None:
        """The schema of a dotted field (`a.b[].c`), its location and whether its parent requires it."""
        current = [(schema, where)]
        result: tuple[dict[str, Json], str, bool] | None = None
        for segment in [s.replace("[]", "") for s in dotted.split(".") if s]:
            nxt: list[tuple[dict[str, Json], str]] = []
            result = None
            for candidate, loc in current:
                for node, node_loc in self.expand(candidate, loc):
                    if "items" in node and "properties" not in node:
                        for item, item_loc in self.expand(node["items"], f"{node_loc}/items"):
                            if segment in item.get("properties", {}):
                                nxt.append((item["properties"][segment], f"{item_loc}/properties/{segment}"))
                                result = result or ({}, "", segment in item.get("required", []))
                    elif segment in node.get("properties", {}):
                        nxt.append((node["properties"][segment], f"{node_loc}/properties/{segment}"))
                        result = result or ({}, "", segment in node.get("required", []))
            if not nxt:
                return None
            current = nxt
        if result is None:
            return None
        target, target_where = self.deref(current[0][0], current[0][1])
        return target, target_where, result[2]

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
        # Local refs ("#/components/...") point into the spec, also from an inline schema (a oneOf body).
        return Draft202012Validator({"$id": "urn:sample", **_refs_into_spec(schema)}, registry=self.registry)


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


# --- comparing ------------------------------------------------------------------------------------


def _normalise_path(url: str) -> tuple[str, dict[str, str]]:
    without_host = re.sub(r"^https?://[^/]+", "", url)
    path, _, query = without_host.partition("?")

    def placeholder(match: re.Match[str]) -> str:
        name = match.group(1).strip()
        return "{bot}" if name.lower() in BOT_PLACEHOLDERS else "{" + name + "}"

    path = re.sub(r"\{\{?\s*([^}]+?)\s*\}?\}", placeholder, path)
    pairs = dict(part.split("=", 1) for part in query.split("&") if "=" in part)
    return path.rstrip("/"), pairs


def _spec_path(op: Operation) -> str:
    def placeholder(match: re.Match[str]) -> str:
        return "{bot}" if match.group(1).lower() in BOT_PLACEHOLDERS else "{" + match.group(1) + "}"

    return re.sub(r"\{([^}]+)\}", placeholder, op.path)


def _type_cell(cell: str) -> tuple[str | None, bool | None]:
    lowered = cell.lower()
    kind = next((t for t in TYPES if re.match(rf"\s*{t}\b", lowered)), None)
    required = False if "optional" in lowered else True if "required" in lowered else None
    return kind, required


def _listed_values(text: str) -> list[str] | None:
    patterns = (
        r"(?:must be )?one of(?: the following)?:?\s*(.+)",
        r"valid values are:?\s*(.+)",
        r"allowed values:?\s*(.+)",
        r"must be either\s*(.+)",
        r"\buse\s+[`\"']*(\w+)[`\"']*\s*\.?$",
    )
    for pattern in patterns:
        match = re.search(pattern, text, flags=re.IGNORECASE)
        if match:
            listed = re.split(r",\s*(?:or\s+)?|\s+or\s+", match.group(1).split(". ")[0].rstrip(". "))
            values = [v.strip().strip(QUOTES) for v in listed]
            return [v for v in values if v and len(v) < 40]
    return None


class Auditor:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec

    def claimant(self, page: Page) -> Operation | None:
        if page.slug:
            for op in self.spec.operations:
                if page.slug in op.pages:
                    return op
            return None  # a named page that no operation lists is unclaimed, even if a path matches
        if page.endpoint and page.method:
            path, _ = _normalise_path(page.endpoint)
            matches = [op for op in self.spec.operations if op.method == page.method and _spec_path(op) == path]
            if len(matches) == 1 and matches[0].pages:
                op = matches[0]
                if page.slug is None:
                    page.slug = self._guess_slug(page, op.pages)
                return op
        return None

    @staticmethod
    def _guess_slug(page: Page, slugs: list[str]) -> str | None:
        # An export without its slug: name it only when it is unambiguous (one page, or a title naming one).
        if len(slugs) == 1:
            return slugs[0]
        common = set.intersection(*(set(s.split("-")) for s in slugs))
        named = [
            s
            for s in slugs
            if page.title
            and all(
                re.search(rf"\b{re.escape(word)}\b", page.title, re.IGNORECASE) for word in set(s.split("-")) - common
            )
        ]
        return named[0] if len(named) == 1 else None

    def audit(self, page: Page) -> list[Finding]:
        op = self.claimant(page)
        if op is None:
            name = page.slug or page.path.stem
            return [
                Finding(
                    page.label,
                    f"page:{name}:unclaimed",
                    "unclaimed",
                    "",
                    "no operation lists this page in x-docs-pages, and none has its method and path",
                    "paths",
                    page.endpoint_line,
                )
            ]
        findings: list[Finding] = []
        add = self._adder(page, op, findings)
        self._endpoint(page, op, add)
        self._parameters(page, op, add)
        for section, target in (("body", self.spec.body_schema(op)), ("response", self.spec.response_schema(op))):
            if target is not None:
                for row in page.tables.get(section, []):
                    self._field(section, row, target, add, required_matters=section == "body")
        for section, target in (
            ("sample.request", self.spec.body_schema(op)),
            ("sample.response", self.spec.response_schema(op)),
        ):
            if section in page.samples and target is not None:
                self._sample(page, section, target, add)
        for finding in findings:
            decision = self.spec.decision_for(finding.key)
            finding.decided_by = decision.where if decision else None
        return findings

    @staticmethod
    def _adder(page: Page, op: Operation, findings: list[Finding]) -> Any:
        def add(where: str, kind: str, message: str, location: str, line: int) -> None:
            key = f"{op.operation_id}:{where}:{kind}"
            if all(f.key != key for f in findings):
                findings.append(Finding(page.label, key, kind, where, message, location, line))

        return add

    def _endpoint(self, page: Page, op: Operation, add: Any) -> None:
        if page.method and page.method != op.method:
            add("endpoint", "method", f"page says {page.method}, spec {op.method}", op.pointer, page.endpoint_line)
        if page.endpoint:
            path, _ = _normalise_path(page.endpoint)
            if path != _spec_path(op):
                add("endpoint", "path", f"page path {path} differs from {op.path}", op.pointer, page.endpoint_line)

    def _parameters(self, page: Page, op: Operation, add: Any) -> None:
        literals = _normalise_path(page.endpoint)[1] if page.endpoint else {}
        for section in ("path", "query", "header"):
            rows = page.tables.get(section, [])
            for row in rows:
                name = row.name
                if section == "path" and name.lower() == "host":
                    continue  # the server variable
                if section == "header" and name.lower() == "content-type":
                    continue  # the request body's media type
                lookup = "path" if section == "path" else section
                key_name = name.lower()
                if section == "path" and key_name in BOT_PLACEHOLDERS:
                    found = next(
                        (
                            (p, w)
                            for (where, n), (p, w) in op.parameters.items()
                            if where == "path" and n in BOT_PLACEHOLDERS
                        ),
                        None,
                    )
                else:
                    found = op.parameters.get((lookup, key_name))
                where = f"{section}.{name}"
                if found is None:
                    add(
                        where,
                        "missing",
                        f"the page lists {section} parameter {name!r}; the operation has none",
                        op.pointer,
                        row.line,
                    )
                    continue
                param, location = found
                kind, required = _type_cell(row.type_cell)
                if required is not None and bool(param.get("required")) != required:
                    add(
                        where,
                        "required",
                        f"page says {'required' if required else 'optional'}, spec "
                        f"{'required' if param.get('required') else 'optional'}",
                        location,
                        row.line,
                    )
                schema = param.get("schema", {})
                if kind and kind not in self.spec.types_of(schema, f"{location}/schema"):
                    add(
                        where,
                        "type",
                        f"page says {kind}, spec {sorted(self.spec.types_of(schema, location))}",
                        location,
                        row.line,
                    )
                values = _listed_values(row.description)
                literal = literals.get(name)
                if values and literal and "{" not in literal and literal not in values:
                    add(
                        where,
                        "contradiction",
                        f"the endpoint sends {name}={literal}, the table says {', '.join(values)}",
                        location,
                        row.line,
                    )
                elif values:
                    self._enum(where, values, schema, f"{location}/schema", add, row.line)
            if not rows:
                continue  # a page without this table says nothing about these parameters
            listed = {r.name.lower() for r in rows}
            for (where_in, name), (param, location) in op.parameters.items():
                if where_in != section or not param.get("required"):
                    continue
                if section == "path" and name in BOT_PLACEHOLDERS and listed & BOT_PLACEHOLDERS:
                    continue
                if section == "query" and name in {k.lower() for k in literals}:
                    continue  # named in the endpoint's query string
                if name not in listed:
                    add(
                        f"{section}.{param['name']}",
                        "not-on-page",
                        f"the spec requires {section} {param['name']!r}; the page does not list it",
                        location,
                        rows[0].line,
                    )

    def _enum(self, where: str, values: list[str], schema: Json, location: str, add: Any, line: int) -> None:
        allowed = self.spec.values_of(schema, location)
        if allowed is not None and set(values) != allowed:
            extra, lacking = sorted(set(values) - allowed), sorted(allowed - set(values))
            add(where, "enum", f"page values {values}; spec adds {lacking}, lacks {extra}", location, line)

    def _field(self, section: str, row: Row, target: tuple[Json, str], add: Any, required_matters: bool) -> None:
        schema, root = target
        name = row.name
        where = f"{section}.{name}"
        found = self.spec.lookup(schema, root, name)
        if found is None:
            alternative = name[5:] if name.startswith("data.") else f"data.{name}"
            if self.spec.lookup(schema, root, alternative) is not None:
                add(where, "wrapper", f"documented as {name}, the spec has it as {alternative}", root, row.line)
            else:
                add(where, "missing", f"the page documents {name}; the schema has no such field", root, row.line)
            return
        node, location, required = found
        kind, page_required = _type_cell(row.type_cell)
        types = self.spec.types_of(node, location)
        if kind and types and kind not in types:
            add(where, "type", f"page says {kind}, spec {sorted(types)}", location, row.line)
        if required_matters and page_required is not None and page_required != required:
            add(
                where,
                "required",
                f"page says {'required' if page_required else 'optional'}, spec "
                f"{'required' if required else 'optional'}",
                location,
                row.line,
            )
        text = row.description
        nodes = [n for n, _ in self.spec.expand(node, location)]
        maximum = re.search(r"(?:maximum of|max)\s+(\d+)\s+characters", text, flags=re.IGNORECASE)
        if maximum and not any(n.get("maxLength") == int(maximum.group(1)) for n in nodes):
            spec_max = next((n["maxLength"] for n in nodes if "maxLength" in n), None)
            add(
                where,
                "maxLength",
                f"page says at most {maximum.group(1)} characters, spec maxLength {spec_max}",
                location,
                row.line,
            )
        bounds = re.search(r"(?:between|minimum is)\s+(\d+)\s+and\s+(?:maximum is\s+)?(\d+)", text, re.IGNORECASE)
        if bounds:
            low, high = int(bounds.group(1)), int(bounds.group(2))
            if not any(n.get("minimum") == low and n.get("maximum") == high for n in nodes):
                add(where, "range", f"page says {low}..{high}", location, row.line)
        values = _listed_values(text)
        if values:
            self._enum(where, values, node, location, add, row.line)
        if re.search(r"must (?:already )?exist", text, re.IGNORECASE):
            described = " ".join(str(n.get("description", "")) for n in nodes)
            if "exist" not in described.lower():
                add(where, "must-exist", "page says it must exist; the spec does not say so", location, row.line)
        if (
            "base64" in (text + row.type_cell).lower()
            and section == "body"
            and not any(n.get("contentEncoding") == "base64" for n in nodes)
        ):
            add(where, "base64", "page says Base64; the schema has no contentEncoding: base64", location, row.line)

    def _sample(self, page: Page, section: str, target: tuple[Json, str], add: Any) -> None:
        sample, line = page.samples[section]
        schema, root = target
        problems: list[tuple[str, str, str]] = []
        for error in _meant_errors(self.spec.validator(schema).iter_errors(sample)):
            path = ".".join("[]" if isinstance(p, int) else str(p) for p in error.absolute_path).replace(".[]", "[]")
            if error.validator == "required" and isinstance(error.instance, dict):
                missing = re.findall(r"'([^']+)' is a required property", error.message)
                path = ".".join(filter(None, [path, *missing]))
            problems.append((path, str(error.validator), error.message[:160]))
        table = {
            r.name.replace("[]", "") for r in page.tables.get("body" if section.endswith("request") else "response", [])
        }
        # A table row documents its field, and the fields under it when no row goes deeper.
        leaves = {t for t in table if not any(other.startswith(t + ".") for other in table)}
        unknown = [
            dotted
            for dotted in _leaf_paths(sample)
            if table
            and self.spec.lookup(schema, root, dotted) is None
            and not any(dotted.replace("[]", "") == t or dotted.replace("[]", "").startswith(t + ".") for t in leaves)
        ]
        for dotted in unknown:
            parent = dotted.rpartition(".")[0]
            renamed = next((p for p in problems if p[1] == "required" and p[0].rpartition(".")[0] == parent), None)
            if renamed:
                problems.remove(renamed)
                add(
                    f"{section}.{renamed[0]}",
                    "renamed",
                    f"the sample sends {dotted.rpartition('.')[2]!r} where "
                    f"the table and the spec have {renamed[0].rpartition('.')[2]!r}",
                    root,
                    line,
                )
            else:
                add(
                    f"{section}.{dotted}",
                    "unknown-field",
                    "the sample sends a field that neither its table nor the spec names",
                    root,
                    line,
                )
        for path, validator, message in problems:
            add(
                f"{section}.{path}" if path else section,
                validator,
                f"the page's sample fails the schema: {message}",
                root,
                line,
            )


def _meant_errors(errors: Iterator[ValidationError] | list[ValidationError]) -> Iterator[ValidationError]:
    """For a oneOf/anyOf the sample matches no branch of, the errors of the branch it meant: the one
    whose constants (`recurType: Daily`) it satisfies, with the fewest errors."""
    for error in errors:
        if error.validator not in ("oneOf", "anyOf") or not error.context:
            yield error
            continue
        branches: dict[object, list[ValidationError]] = {}
        for inner in error.context:
            branches.setdefault(inner.relative_schema_path[0], []).append(inner)
        meant = min(
            branches.values(), key=lambda errs: (any(e.validator in ("const", "enum") for e in errs), len(errs))
        )
        yield from _meant_errors(meant)


def _leaf_paths(value: Json, prefix: str = "") -> Iterator[str]:
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _leaf_paths(inner, f"{prefix}.{key}" if prefix else key)
    elif isinstance(value, list) and value and isinstance(value[0], dict):
        yield from _leaf_paths(value[0], f"{prefix}[]")
    elif prefix:
        yield prefix


# --- command line ---------------------------------------------------------------------------------


def audit_files(pages: list[str], spec_path: Path) -> list[Finding]:
    spec = Spec(spec_path)
    auditor = Auditor(spec)
    findings: list[Finding] = []
    for argument in pages:
        slug, _, file = argument.rpartition("=") if "=" in argument else (None, "", argument)
        findings.extend(auditor.audit(read_page(Path(file), slug or None)))
    return findings


def render(findings: list[Finding], pages: int) -> str:
    lines: list[str] = []
    for page in dict.fromkeys(f.page for f in findings):
        lines.append(page)
        for f in (f for f in findings if f.page == page):
            state = f"decided ({f.decided_by})" if f.decided else "UNEXPLAINED"
            lines.append(f"  {state}: {f.key}")
            lines.append(f"      line {f.line}: {f.message}; spec: {f.spec_location}")
    unexplained = sum(not f.decided for f in findings)
    lines.append(f"{pages} page(s): {len(findings) - unexplained} decided, {unexplained} unexplained finding(s)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("pages", nargs="+", metavar="PAGE", help="page file, or SLUG=FILE")
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--json", action="store_true", help="print the findings as a JSON list")
    args = parser.parse_args(argv)
    try:
        findings = audit_files(args.pages, args.spec)
    except AuditInputError as exc:
        print(f"docs-audit: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps([{**asdict(f), "decided": f.decided} for f in findings], indent=2))
    else:
        print(render(findings, len(args.pages)))
    return 1 if any(not f.decided for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main())
