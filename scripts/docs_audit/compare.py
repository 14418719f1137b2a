"""The comparison: one page against the operation that claims it, as findings with stable keys
(``operationId:where:kind``), the page line and the spec location (bundle pointer and source line)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from jsonschema.exceptions import ValidationError

from . import rules
from .pages import Page, Row, Sample, endpoint_path
from .rules import Normalizer
from .spec import Json, Operation, Spec

# Quote marks the pages put around listed values, typographic ones included.
QUOTES = "`\"' .\u2018\u2019\u201c\u201d"
TYPES = ("string", "integer", "number", "boolean", "object", "array")


@dataclass
class Finding:
    page: str
    key: str
    kind: str
    field: str
    message: str
    spec_location: str
    line: int
    spec_source: str = ""
    decided_by: str | None = None
    slug: str = ""
    decision_pages: tuple[str, ...] = ()  # the pages whose decisions cover it (page.decision_pages)
    # What the page says that the finding is about (`48`, `sms, voice`, `optional`), as one string:
    # a decision pins it, so that a page that later says something else is a finding again.
    value: str = ""
    # A decision that covers this key on this page but pinned another value (the page has changed).
    pinned_by: str | None = None
    pinned: tuple[str, ...] = ()
    hint: str = ""

    @property
    def decided(self) -> bool:
        return self.decided_by is not None


Add = Callable[[str, str, str, str, int, str], None]


def cell_words(text: str) -> str:
    """A table cell as a pinned value: lower case, spaces collapsed (`String, Yes` -> `string, yes`)."""
    return " ".join(text.lower().split())


def instance_value(error: ValidationError) -> str:
    """What a sample holds where it fails the schema, as a short stable string."""
    if error.validator == "required":
        return ", ".join(re.findall(r"'([^']+)' is a required property", error.message))
    instance = error.instance
    if isinstance(instance, str):
        return short(instance)
    if isinstance(instance, (int, float, bool)) or instance is None:
        return json.dumps(instance)
    return short(error.message)


def short(text: str, keep: int = 48) -> str:
    """A long value as its start and a digest of the whole, so that a pin stays one readable line."""
    if len(text) <= keep + 16:
        return text
    return f"{text[:keep]}... sha256:{hashlib.sha256(text.encode()).hexdigest()[:12]}"


def spec_path(path: str) -> str:
    return re.sub(
        r"\{([^}]+)\}", lambda m: "{bot}" if m.group(1).lower() in rules.BOT_PLACEHOLDERS else m.group(0), path
    )


def path_shape(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


def type_cell(cell: str) -> tuple[str | None, bool | None]:
    lowered = cell.lower()
    kind = next((t for t in TYPES if re.match(rf"\s*{t}\b", lowered)), None)
    required = False if "optional" in lowered else True if "required" in lowered else None
    return kind, required


def listed_values(text: str) -> list[str] | None:
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
            # "no (disable AMD), detect (detect machine …)": a value's explanation is not part of it.
            listing = re.sub(r"\s*\([^)]*\)", "", match.group(1))
            listed = re.split(r",\s*(?:or\s+)?|\s+or\s+", listing.split(". ")[0].rstrip(". "))
            values = [v.strip().strip(QUOTES) for v in listed]
            return [v for v in values if v and len(v) < 40]
    return None


class Auditor:
    def __init__(self, spec: Spec, normalizer: Normalizer | None = None) -> None:
        self.spec = spec
        self.norm = normalizer or Normalizer()
        self.claims = {page: op for op in spec.operations for page in op.pages}

    def claimant(self, page: Page) -> Operation | None:
        if page.slug:
            return self.claims.get(page.slug)  # a named page no operation lists is unclaimed, even if a path matches
        if page.endpoint and page.method:
            path = path_shape(endpoint_path(page.endpoint)[0])
            matches = [op for op in self.spec.operations if op.method == page.method and path_shape(op.path) == path]
            if len(matches) == 1 and matches[0].pages:
                page.slug = self._guess_slug(page, matches[0].pages)
                page.candidates = tuple(matches[0].pages)
                return matches[0]
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

    def audit(self, page: Page, op: Operation) -> list[Finding]:
        findings: list[Finding] = []

        def add(where: str, kind: str, message: str, location: str, line: int, value: str) -> None:
            key = f"{op.operation_id}:{where}:{kind}"
            if all(f.key != key for f in findings):
                findings.append(
                    Finding(
                        page.label,
                        key,
                        kind,
                        where,
                        message,
                        location,
                        line,
                        self.spec.source(location),
                        slug=page.name,
                        decision_pages=page.decision_pages,
                        value=value,
                    )
                )

        self._endpoint(page, op, add)
        self._parameters(page, op, add)
        body = self._page_body(page, op)
        response = self.spec.facts.located_response(op)
        for section, target in (("body", body), ("response", response)):
            if target is not None:
                for row in page.tables.get(section, []):
                    self._field(section, row, target, add, op)
        for sample in page.samples:
            target = body if sample.section == "sample.request" else response
            if target is None:
                continue
            if sample.error is not None:
                add(
                    sample.section,
                    "invalid-json",
                    f"the page's sample is not valid JSON: {sample.error}",
                    target[1],
                    sample.error_line,
                    sample.error,
                )
                continue
            self._sample(page, sample, target, add)
        return findings

    def _page_body(self, page: Page, op: Operation) -> tuple[Json, str] | None:
        """The request body this page documents: for an operation serving several pages with a oneOf
        body, the member(s) the page's own sample matches best, so that what that page requires is
        compared with what the member requires."""
        body = self.spec.facts.located_body(op)
        if body is None:
            return body
        branches = self.spec.branches(*body)
        if len(branches) == 1:
            return body
        sample = page.sample("sample.request")
        if sample is None:
            # No sample: the members whose constants agree with the endpoint's query (campaignType=sms).
            literals = endpoint_path(page.endpoint)[1] if page.endpoint else {}
            fitting = [(b, w) for b, w in branches if self._agrees(b, w, literals)]
            return self.spec.facts.follow(*fitting[0]) if len(fitting) == 1 else body
        scored = [(sum(1 for _ in self.spec.validator(b).iter_errors(sample.data)), b, w) for b, w in branches]
        best = min(score for score, _, _ in scored)
        chosen = [(b, w) for score, b, w in scored if score == best]
        return self.spec.facts.follow(*chosen[0]) if len(chosen) == 1 else body

    def _agrees(self, branch: Json, where: str, literals: dict[str, str]) -> bool:
        for name, value in literals.items():
            found = self.spec.lookup(branch, where, name)
            allowed = self.spec.values_of(found[0], found[1]) if found else None
            if allowed is not None and value not in allowed:
                return False
        return True

    def _endpoint(self, page: Page, op: Operation, add: Add) -> None:
        if page.method and page.method != op.method:
            add(
                "endpoint",
                "method",
                f"page says {page.method}, spec {op.method}",
                op.pointer,
                page.endpoint_line,
                page.method,
            )
        if page.endpoint and not op.webhook:  # a webhook page's endpoint is an example partner URL
            written = endpoint_path(page.endpoint)[0]
            if written == op.path:
                return
            if spec_path(written) == spec_path(op.path):
                self.norm.applied(rules.BOT_ID_NAMES)
                return
            path = spec_path(written)
            if path_shape(written) == path_shape(op.path):
                self.norm.applied(rules.PLACEHOLDER_NAMES)  # the path table still names each parameter
            else:
                add(
                    "endpoint", "path", f"page path {path} differs from {op.path}", op.pointer, page.endpoint_line, path
                )

    def _find_parameter(self, op: Operation, section: str, name: str) -> tuple[dict[str, Json], str] | None:
        for (where, spec_name), found in op.parameters.items():
            if where != section:
                continue
            if section == "path" and self.norm.bot_id(name, found[0]["name"]):
                return found
            if section == "header" and self.norm.header_name(name, found[0]["name"]):
                return found
            if section == "query" and spec_name == name.lower():
                return found
            if section == "path" and found[0]["name"] == name:
                return found
        return None

    def _parameters(self, page: Page, op: Operation, add: Add) -> None:
        literals = endpoint_path(page.endpoint)[1] if page.endpoint else {}
        for section in ("path", "query", "header"):
            rows = page.tables.get(section, [])
            listed: set[str] = set()
            for row in rows:
                name = row.name
                if section == "path" and name.lower() == "host":
                    continue  # the server variable
                if section == "header" and name.lower() == "content-type":
                    continue  # the request body's media type
                where = f"{section}.{name}"
                found = self._find_parameter(op, section, name)
                if found is None:
                    add(
                        where,
                        "missing",
                        f"the page lists {section} parameter {name!r}; the operation has none",
                        op.pointer,
                        row.line,
                        cell_words(row.type_cell),
                    )
                    continue
                param, location = found
                listed.add(location)
                kind, required = type_cell(row.type_cell)
                if required is not None and bool(param.get("required")) != required:
                    add(
                        where,
                        "required",
                        f"page says {'required' if required else 'optional'}, spec "
                        f"{'required' if param.get('required') else 'optional'}",
                        location,
                        row.line,
                        "required" if required else "optional",
                    )
                schema = param.get("schema", {})
                types = self.spec.types_of(schema, f"{location}/schema")
                if kind and not self.norm.type_matches(kind, types):
                    add(where, "type", f"page says {kind}, spec {sorted(types)}", location, row.line, kind)
                values = listed_values(row.description)
                literal = literals.get(name)
                if values and literal and "{" not in literal and literal not in values:
                    add(
                        where,
                        "contradiction",
                        f"the endpoint sends {name}={literal}, the table says {', '.join(values)}",
                        location,
                        row.line,
                        f"{name}={literal}; table: {', '.join(sorted(values))}",
                    )
                elif values:
                    self._enum(where, values, schema, f"{location}/schema", add, row.line, op)
            if not rows:
                continue  # a page without this table says nothing about these parameters
            for (where_in, name), (param, location) in op.parameters.items():
                if where_in != section or not param.get("required"):
                    continue
                if location in listed:
                    continue
                if section == "query" and name in {k.lower() for k in literals}:
                    continue  # named in the endpoint's query string
                add(
                    f"{section}.{param['name']}",
                    "not-on-page",
                    f"the spec requires {section} {param['name']!r}; the page does not list it",
                    location,
                    rows[0].line,
                    "not listed",
                )

    def _enum(
        self, where: str, values: list[str], schema: Json, location: str, add: Add, line: int, op: Operation
    ) -> None:
        allowed = self.spec.values_of(schema, location)
        if allowed is None or set(values) == allowed:
            return
        if where.startswith("query.") and self.norm.merged_values(set(values), allowed, len(op.pages)):
            return
        extra, lacking = sorted(set(values) - allowed), sorted(allowed - set(values))
        message = f"page values {values}; spec adds {lacking}, lacks {extra}"
        add(where, "enum", message, location, line, ", ".join(sorted(values)))

    def _field(self, section: str, row: Row, target: tuple[Json, str], add: Add, op: Operation) -> None:
        schema, root = target
        name = row.name
        where = f"{section}.{name}"
        found = self.spec.lookup(schema, root, name)
        if found is None and section == "response" and not name.startswith("data."):
            found = self.spec.lookup(schema, root, f"data.{name}")
            if found is not None:
                self.norm.applied(rules.RESPONSE_WITHOUT_DATA)
        if found is None:
            alternative = name[5:] if name.startswith("data.") else f"data.{name}"
            if self.spec.lookup(schema, root, alternative) is not None:
                add(where, "wrapper", f"documented as {name}, the spec has it as {alternative}", root, row.line, name)
            else:
                add(
                    where,
                    "missing",
                    f"the page documents {name}; the schema has no such field",
                    root,
                    row.line,
                    cell_words(row.type_cell),
                )
            return
        node, location, required = found
        kind, page_required = type_cell(row.type_cell)
        types = self.spec.types_of(node, location)
        if kind and not self.norm.type_matches(kind, types):
            add(where, "type", f"page says {kind}, spec {sorted(types)}", location, row.line, kind)
        if section == "body" and page_required is not None and page_required != required:
            add(
                where,
                "required",
                f"page says {'required' if page_required else 'optional'}, spec "
                f"{'required' if required else 'optional'}",
                location,
                row.line,
                "required" if page_required else "optional",
            )
        text = row.description
        nodes = [n for n, _ in self.spec.facts.holders(node, location)]
        maximum = re.search(r"(?:maximum of|max)\s+(\d+)\s+characters", text, flags=re.IGNORECASE)
        if maximum and not any(n.get("maxLength") == int(maximum.group(1)) for n in nodes):
            spec_max = next((n["maxLength"] for n in nodes if "maxLength" in n), None)
            add(
                where,
                "maxLength",
                f"page says at most {maximum.group(1)} characters, spec maxLength {spec_max}",
                location,
                row.line,
                maximum.group(1),
            )
        bounds = re.search(r"(?:between|minimum is)\s+(\d+)\s+and\s+(?:maximum is\s+)?(\d+)", text, re.IGNORECASE)
        if bounds:
            low, high = int(bounds.group(1)), int(bounds.group(2))
            if not any(n.get("minimum") == low and n.get("maximum") == high for n in nodes):
                add(where, "range", f"page says {low}..{high}", location, row.line, f"{low}..{high}")
        values = listed_values(text)
        if values:
            self._enum(where, values, node, location, add, row.line, op)
        if re.search(r"must (?:already )?exist", text, re.IGNORECASE):
            described = " ".join(str(n.get("description", "")) for n in nodes)
            if "exist" not in described.lower():
                add(
                    where,
                    "must-exist",
                    "page says it must exist; the spec does not say so",
                    location,
                    row.line,
                    "must exist",
                )
        if (
            "base64" in (text + row.type_cell).lower()
            and section == "body"
            and not any(n.get("contentEncoding") == "base64" for n in nodes)
        ):
            add(
                where,
                "base64",
                "page says Base64; the schema has no contentEncoding: base64",
                location,
                row.line,
                "base64",
            )

    def _sample(self, page: Page, sample: Sample, target: tuple[Json, str], add: Add) -> None:
        section, line = sample.section, sample.line
        schema, root = target
        problems: list[tuple[str, str, str, str]] = []
        for error in _meant_errors(self.spec.validator(schema).iter_errors(sample.data)):
            path = ".".join("[]" if isinstance(p, int) else str(p) for p in error.absolute_path).replace(".[]", "[]")
            if error.validator == "required" and isinstance(error.instance, dict):
                missing = re.findall(r"'([^']+)' is a required property", error.message)
                path = ".".join(filter(None, [path, *missing]))
            problems.append((path, str(error.validator), error.message[:160], instance_value(error)))
        table = {
            r.name.replace("[]", "") for r in page.tables.get("body" if section.endswith("request") else "response", [])
        }
        # A table row documents its field, and the fields under it when no row goes deeper.
        leaves = {t for t in table if not any(other.startswith(t + ".") for other in table)}
        unknown = [
            dotted
            for dotted in _leaf_paths(sample.data)
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
                    dotted.rpartition(".")[2],
                )
            else:
                add(
                    f"{section}.{dotted}",
                    "unknown-field",
                    "the sample sends a field that neither its table nor the spec names",
                    root,
                    line,
                    "sent",
                )
        for path, validator, message, value in problems:
            add(
                f"{section}.{path}" if path else section,
                validator,
                f"the page's sample fails the schema: {message}",
                root,
                line,
                value,
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
