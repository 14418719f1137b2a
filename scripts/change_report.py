"""What a change to the spec does: to the API as documented, and to code that imports the client.

Two readings, each change marked breaking or not:

* the spec (openapi.yaml): operations added or removed (and moved), the pages each operation follows,
  and every schema's and parameter's constraints (maxLength/minLength, maximum/minimum, items,
  pattern, type, format), enum values and required fields. A constraint that refuses what it used to
  accept (a lower maxLength, an enum value gone, a field now required) is breaking for callers.
* the generated package's public API, parsed with `ast` (nothing is imported or executed): the
  `sync_detailed` signature of every operation module under `api/`, the fields of every attrs model
  and the values of every `Literal` enum under `models/`. A change is breaking when code written
  against the old client can fail against the new one: something it calls or reads is gone, a call it
  makes now lacks a required argument, a value it reads may now be `UNSET`, a type changed, or an enum
  lost a value.

`scripts/change-report` (and `scripts/regenerate`) compare the working tree with the last commit, or
with `--since REF`: the same report however often it runs, since the baseline does not move. It
proposes the version (a breaking change bumps the minor version while the package is 0.x, the major
one after; any other change the patch version) and, with `--write`, puts the entry into CHANGELOG.md
and the version into pyproject.toml.
"""

from __future__ import annotations

import argparse
import ast
import io
import re
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scripts.spec_facts import SpecFacts, load, parse_document


@dataclass(frozen=True)
class Member:
    """A parameter or a model field: its annotation and whether a caller must give it."""

    annotation: str
    required: bool


@dataclass
class PublicApi:
    operations: dict[str, dict[str, Member]] = field(default_factory=dict)
    returns: dict[str, str] = field(default_factory=dict)
    models: dict[str, dict[str, Member]] = field(default_factory=dict)
    enums: dict[str, set[str]] = field(default_factory=dict)
    # Resource methods (`client.<tag>.<method>`): every keyword a call may use, across the
    # method's overloads (the body as a model, or its fields as keywords).
    resource_keywords: dict[str, set[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Change:
    breaking: bool
    kind: str
    subject: str
    detail: str = ""

    def __str__(self) -> str:
        marker = "BREAKING" if self.breaking else "ok      "
        return f"{marker}  {self.kind}: {self.subject}" + (f" ({self.detail})" if self.detail else "")


def _signature(function: ast.FunctionDef) -> dict[str, Member]:
    args = function.args
    positional = args.posonlyargs + args.args
    first_default = len(positional) - len(args.defaults)
    members: dict[str, Member] = {}
    for index, arg in enumerate(positional):
        members[arg.arg] = Member(ast.unparse(arg.annotation) if arg.annotation else "", index < first_default)
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        members[arg.arg] = Member(ast.unparse(arg.annotation) if arg.annotation else "", default is None)
    members.pop("client", None)  # the client object, not an API parameter
    return members


def read_public_api(package: Path) -> PublicApi:
    api = PublicApi()
    for module in sorted((package / "api").glob("*/*.py")):
        if module.name == "__init__.py":
            continue
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == "sync_detailed":
                name = f"{module.parent.name}.{module.stem}"
                api.operations[name] = _signature(node)
                api.returns[name] = ast.unparse(node.returns) if node.returns else ""
    for module in sorted((package / "api").glob("*/__init__.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and node.name.endswith("Resource") and not node.name.startswith("Async"):
                for method in node.body:
                    if isinstance(method, ast.FunctionDef) and not method.name.startswith("_"):
                        keywords = api.resource_keywords.setdefault(f"{module.parent.name}.{method.name}", set())
                        keywords.update(name for name in _signature(method) if name not in ("self", "fields"))
    for module in sorted((package / "models").glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Subscript):
                if isinstance(node.value.value, ast.Name) and node.value.value.id == "Literal":
                    elements = node.value.slice.elts if isinstance(node.value.slice, ast.Tuple) else [node.value.slice]
                    name = node.targets[0].id if isinstance(node.targets[0], ast.Name) else module.stem
                    api.enums[name] = {repr(e.value) for e in elements if isinstance(e, ast.Constant)}
            elif isinstance(node, ast.ClassDef):
                if any("Enum" in ast.unparse(base) for base in node.bases):
                    api.enums[node.name] = {
                        ast.unparse(item.value) for item in node.body if isinstance(item, ast.Assign)
                    }
                elif any("attrs_define" in ast.unparse(d) for d in node.decorator_list):
                    api.models[node.name] = {
                        item.target.id: Member(ast.unparse(item.annotation), item.value is None)
                        for item in node.body
                        if isinstance(item, ast.AnnAssign)
                        and isinstance(item.target, ast.Name)
                        and item.target.id != "additional_properties"
                        # Private bookkeeping (deviations, JSON names) is not part of a model's API.
                        and not item.target.id.startswith("_")
                    }
    return api


def _without_unset(annotation: str) -> str:
    return re.sub(r"\s*\|\s*Unset\b|\bUnset\s*\|\s*", "", annotation)


def _union_members(annotation: str) -> set[str]:
    """The members of a top-level `A | B` annotation (a `|` inside brackets belongs to its member)."""
    members, depth, start = set(), 0, 0
    for index, char in enumerate(annotation):
        if char in "[(":
            depth += 1
        elif char in "])":
            depth -= 1
        elif char == "|" and depth == 0:
            members.add(annotation[start:index].strip())
            start = index + 1
    members.add(annotation[start:].strip())
    return members


def _compare_members(where: str, what: str, old: dict[str, Member], new: dict[str, Member]) -> list[Change]:
    changes: list[Change] = []
    for name in sorted(new.keys() - old.keys()):
        required = new[name].required
        changes.append(
            Change(
                required,
                f"{what} added",
                f"{where}.{name}",
                "required: existing calls lack it" if required else "optional",
            )
        )
    for name in sorted(old.keys() - new.keys()):
        changes.append(Change(True, f"{what} removed", f"{where}.{name}"))
    for name in sorted(old.keys() & new.keys()):
        before, after = old[name], new[name]
        if before.required and not after.required:
            breaking = what == "field"  # a field read back may now be UNSET; an argument may simply be left out
            changes.append(
                Change(
                    breaking,
                    f"{what} made optional",
                    f"{where}.{name}",
                    "readers must handle UNSET" if breaking else "",
                )
            )
        elif after.required and not before.required:
            changes.append(Change(True, f"{what} made required", f"{where}.{name}"))
        if _without_unset(before.annotation) != _without_unset(after.annotation):
            # An argument that now also takes other types still takes what callers pass today; a
            # field that may now hold other types is another matter for the code reading it.
            widened = what == "parameter" and _union_members(_without_unset(before.annotation)) < _union_members(
                _without_unset(after.annotation)
            )
            changes.append(
                Change(
                    not widened,
                    f"{what} widened" if widened else f"{what} retyped",
                    f"{where}.{name}",
                    f"{_without_unset(before.annotation)} -> {_without_unset(after.annotation)}",
                )
            )
    return changes


def compare_public_api(old: PublicApi, new: PublicApi) -> list[Change]:
    changes: list[Change] = []
    for name in sorted(new.operations.keys() - old.operations.keys()):
        changes.append(Change(False, "operation added", name))
    for name in sorted(old.operations.keys() - new.operations.keys()):
        changes.append(Change(True, "operation removed", name))
    for name in sorted(old.operations.keys() & new.operations.keys()):
        changes.extend(_compare_members(name, "parameter", old.operations[name], new.operations[name]))
        if old.returns[name] != new.returns[name]:
            changes.append(Change(True, "response type changed", name, f"{old.returns[name]} -> {new.returns[name]}"))
    for name in sorted(old.resource_keywords.keys() & new.resource_keywords.keys()):
        for keyword in sorted(old.resource_keywords[name] - new.resource_keywords[name]):
            changes.append(Change(True, "resource keyword removed", f"client.{name}({keyword}=...)"))
    for name in sorted(new.models.keys() - old.models.keys()):
        changes.append(Change(False, "model added", name))
    for name in sorted(old.models.keys() - new.models.keys()):
        changes.append(Change(True, "model removed", name))
    for name in sorted(old.models.keys() & new.models.keys()):
        changes.extend(_compare_members(name, "field", old.models[name], new.models[name]))
    for name in sorted(new.enums.keys() - old.enums.keys()):
        changes.append(Change(False, "enum added", name))
    for name in sorted(old.enums.keys() - new.enums.keys()):
        changes.append(Change(True, "enum removed", name))
    for name in sorted(old.enums.keys() & new.enums.keys()):
        added, lost = sorted(new.enums[name] - old.enums[name]), sorted(old.enums[name] - new.enums[name])
        if lost:
            changes.append(Change(True, "enum narrowed", name, "lost " + ", ".join(lost)))
        if added:
            changes.append(Change(False, "enum widened", name, "gained " + ", ".join(added)))
    return sorted(changes, key=lambda c: (not c.breaking, c.kind, c.subject))


def describe_changes(old_package: Path, new_package: Path) -> str:
    """The report printed by scripts/regenerate: one line per change, breaking ones first."""
    if not old_package.exists():
        return "Client API changes: first generation, nothing to compare"
    changes = compare_public_api(read_public_api(old_package), read_public_api(new_package))
    if not changes:
        return "Client API changes: none (same operations, parameters, models, fields and enums)"
    breaking = sum(c.breaking for c in changes)
    lines = [f"Client API changes for code importing the client: {breaking} breaking, {len(changes) - breaking} not"]
    lines.extend(f"  {change}" for change in changes)
    return "\n".join(lines)


# --- the spec as documented ----------------------------------------------------------------------------

Json = Any
# Bounds and which way is stricter: an upper bound lowered (or a lower one raised) refuses what it accepted.
UPPER_BOUNDS = ("maxLength", "maxItems", "maxProperties", "maximum", "exclusiveMaximum")
LOWER_BOUNDS = ("minLength", "minItems", "minProperties", "minimum", "exclusiveMinimum")
# Keywords whose change cannot be told stricter or looser: breaking, to be read by a person.
EXACT = ("type", "format", "pattern", "const", "contentEncoding")


@dataclass(frozen=True)
class SpecOperation:
    method: str
    path: str
    pages: tuple[str, ...]


def spec_operations(document: Json) -> dict[str, SpecOperation]:
    return {
        op.operation_id: SpecOperation(op.method, op.label if op.webhook else op.path, _pages(op.node))
        for op in SpecFacts(document).operation_list
    }


def _pages(operation: Json) -> tuple[str, ...]:
    return tuple(str(page) for page in operation.get("x-docs-pages", []))


def schema_nodes(document: Json) -> dict[str, dict[str, Json]]:
    """Every schema written in the spec, by a label that names where (`CampaignName`,
    `VoiceDialingStrategy.maxRingTime`, `listContactLists(query.limit)`, `VoiceCampaignRequest/then`: a
    `.name` is a property, `[]` the items, `/oneOf[1]` a combinator's member); a `$ref` is not followed
    (its target is walked under its own name), so each constraint is read once, where it is written; a
    `$ref` is kept as a node of its own, so that a field changing from one schema to another is a retype,
    not a removal and an addition."""
    found: dict[str, dict[str, Json]] = {}

    def walk(label: str, node: Json) -> None:
        if not isinstance(node, dict):
            return
        found[label] = node
        if "$ref" in node and set(node) <= {"$ref", "description"}:
            return
        for name, inner in (node.get("properties") or {}).items():
            walk(f"{label}.{name}", inner)
        if isinstance(node.get("items"), dict):
            walk(f"{label}[]", node["items"])
        if isinstance(node.get("additionalProperties"), dict):
            walk(f"{label}.*", node["additionalProperties"])
        for keyword in ("allOf", "oneOf", "anyOf"):
            for index, inner in enumerate(node.get(keyword) or []):
                walk(f"{label}/{keyword}[{index}]", inner)
        for keyword in ("if", "then", "else", "not"):
            if isinstance(node.get(keyword), dict):
                walk(f"{label}/{keyword}", node[keyword])

    for name, schema in ((document.get("components") or {}).get("schemas") or {}).items():
        walk(str(name), schema)
    facts = SpecFacts(document)
    for op in facts.operation_list:
        for parameter in facts.parameters(op):
            walk(f"{op.operation_id}({parameter.get('in')}.{parameter.get('name')})", parameter.get("schema"))
        body = facts.resolve(op.node.get("requestBody"))
        if isinstance(body, dict):
            for media, content in (body.get("content") or {}).items():
                walk(f"{op.operation_id}(body {media})", (content or {}).get("schema"))
    return found


def _shown(value: Json) -> str:
    return repr(value) if isinstance(value, str) else str(value)


def _stricter(before: Json, after: Json, upper: bool) -> bool:
    """Whether a bound now refuses something it accepted: added, or moved inwards."""
    if before is None or after is None:
        return after is not None
    return bool(after < before if upper else after > before)


def _schema_named(node: dict[str, Json]) -> str:
    reference = node.get("$ref")
    return str(reference).rsplit("/", 1)[-1] if reference else f"an inline {node.get('type') or 'schema'}"


def _compare_node(label: str, old: dict[str, Json], new: dict[str, Json]) -> list[Change]:
    if old.get("$ref") != new.get("$ref"):
        # Another schema: what it allows is reported under that schema's own name.
        return [Change(True, "schema replaced", label, f"{_schema_named(old)} -> {_schema_named(new)}")]
    changes: list[Change] = []
    for keyword in UPPER_BOUNDS + LOWER_BOUNDS:
        before, after = old.get(keyword), new.get(keyword)
        if before == after:
            continue
        upper = keyword in UPPER_BOUNDS
        stricter = _stricter(before, after, upper)
        verb = ("lowered" if upper else "raised") if stricter else ("raised" if upper else "lowered")
        if before is None:
            verb = "added"
        elif after is None:
            verb = "removed"
        changes.append(Change(stricter, f"{keyword} {verb}", label, f"{before} -> {after}"))
    for keyword in EXACT:
        before, after = old.get(keyword), new.get(keyword)
        if before != after:
            changes.append(Change(True, f"{keyword} changed", label, f"{_shown(before)} -> {_shown(after)}"))
    if "enum" in old or "enum" in new:
        before_values, after_values = old.get("enum") or [], new.get("enum") or []
        lost = [v for v in before_values if v not in after_values]
        gained = [v for v in after_values if v not in before_values]
        if "enum" not in new:
            changes.append(Change(False, "enum lifted", label, "any value now"))
        elif "enum" not in old:
            changes.append(Change(True, "enum added", label, ", ".join(map(_shown, after_values))))
        else:
            if lost:
                changes.append(Change(True, "enum value removed", label, ", ".join(map(_shown, lost))))
            if gained:
                changes.append(Change(False, "enum value added", label, ", ".join(map(_shown, gained))))
    old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
    for name in sorted(new_required - old_required):
        changes.append(Change(True, "field now required", f"{label}.{name}"))
    for name in sorted(old_required - new_required):
        changes.append(Change(False, "field now optional", f"{label}.{name}"))
    if old.get("default") != new.get("default"):
        changes.append(
            Change(False, "default changed", label, f"{_shown(old.get('default'))} -> {_shown(new.get('default'))}")
        )
    return changes


def _parent_field(label: str) -> str | None:
    """The label of the schema holding a property's label (`A.b` -> `A`); None when it is no property."""
    match = re.search(r"\.[^./\[\]()*]+$", label)
    return label[: match.start()] if match else None


def compare_specs(old: Json, new: Json) -> list[Change]:
    """The changes between two OpenAPI documents, as the API's callers (and the docs' readers) see them."""
    changes: list[Change] = []
    old_ops, new_ops = spec_operations(old), spec_operations(new)
    for name in sorted(new_ops.keys() - old_ops.keys()):
        op = new_ops[name]
        pages = f"; follows {', '.join(op.pages)}" if op.pages else ""
        changes.append(Change(False, "operation added", name, f"{op.method} {op.path}{pages}"))
    for name in sorted(old_ops.keys() - new_ops.keys()):
        op = old_ops[name]
        changes.append(Change(True, "operation removed", name, f"{op.method} {op.path}"))
    for name in sorted(old_ops.keys() & new_ops.keys()):
        before, after = old_ops[name], new_ops[name]
        if (before.method, before.path) != (after.method, after.path):
            # The generated client follows the spec: its callers see no difference.
            detail = f"{before.method} {before.path} -> {after.method} {after.path}"
            changes.append(Change(False, "operation moved", name, detail))
        for page in sorted(set(after.pages) - set(before.pages)):
            changes.append(Change(False, "page added", page, f"followed by {name}"))
        for page in sorted(set(before.pages) - set(after.pages)):
            changes.append(Change(False, "page removed", page, f"no longer followed by {name}"))
    old_nodes, new_nodes = schema_nodes(old), schema_nodes(new)
    for label in sorted(new_nodes.keys() - old_nodes.keys()):
        if re.fullmatch(r"[\w.-]+", label) and "." not in label:
            changes.append(Change(False, "schema added", label))
        elif _parent_field(label) in old_nodes:
            changes.append(Change(False, "field added", label))
    for label in sorted(old_nodes.keys() - new_nodes.keys()):
        if re.fullmatch(r"[\w.-]+", label) and "." not in label:
            changes.append(Change(True, "schema removed", label))
        elif _parent_field(label) in new_nodes:
            changes.append(Change(True, "field removed", label))
    for label in sorted(old_nodes.keys() & new_nodes.keys()):
        changes.extend(_compare_node(label, old_nodes[label], new_nodes[label]))
    return sorted(changes, key=lambda c: (not c.breaking, c.kind, c.subject))


# --- against a commit: the report, the version, the changelog -----------------------------------------

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = Path("generated") / "kore_campaigns_client"
CHANGELOG = "CHANGELOG.md"
UNRELEASED = "Unreleased"


class ChangeReportError(Exception):
    """A baseline that cannot be read (not a git checkout, an unknown ref, a file the ref lacks)."""


def _git(root: Path, *args: str) -> bytes:
    result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False)  # noqa: S603, S607
    if result.returncode != 0:
        raise ChangeReportError(f"git {' '.join(args)}: {result.stderr.decode(errors='replace').strip()}")
    return result.stdout


def _version_of(pyproject_text: str) -> str:
    match = re.search(r'^version\s*=\s*"([^"]+)"', pyproject_text, flags=re.MULTILINE)
    if not match:
        raise ChangeReportError("pyproject.toml states no version")
    return match.group(1)


def propose_version(version: str, spec: list[Change], api: list[Change]) -> tuple[str, str]:
    """The next version and why: breaking -> minor while 0.x (major from 1.0), anything else -> patch."""
    if not spec and not api:
        return version, "no change"
    major, minor, patch = (int(part) for part in re.findall(r"\d+", version)[:3])
    if any(c.breaking for c in spec + api):
        if major == 0:
            return f"0.{minor + 1}.0", "breaking changes: the minor version while 0.x"
        return f"{major + 1}.0.0", "breaking changes: the major version"
    return f"{major}.{minor}.{patch + 1}", "no breaking change: the patch version"


@dataclass
class Report:
    ref: str
    commit: str
    spec: list[Change]
    api: list[Change]
    version: str  # the ref's
    proposed: str
    why: str

    def _section(self, title: str, changes: list[Change]) -> list[str]:
        breaking = sum(c.breaking for c in changes)
        if not changes:
            return [f"{title}: none"]
        return [f"{title}: {breaking} breaking, {len(changes) - breaking} not", *(f"  {c}" for c in changes)]

    def text(self) -> str:
        lines = [f"Changes since {self.ref} ({self.commit[:12]}):"]
        lines += self._section("The API as documented (openapi.yaml)", self.spec)
        lines += self._section("The client, for code importing it", self.api)
        if self.proposed == self.version:
            lines.append(f"Version: {self.version}, unchanged ({self.why})")
        else:
            lines.append(f"Proposed version: {self.version} -> {self.proposed} ({self.why})")
        return "\n".join(lines)

    def changelog_entry(self) -> str:
        def bullets(changes: list[Change]) -> list[str]:
            return [
                f"- {'**Breaking:** ' if c.breaking else ''}{c.kind}: `{c.subject}`"
                + (f" ({c.detail})" if c.detail else "")
                for c in changes
            ]

        lines = [f"## [{self.proposed}] - {UNRELEASED}", "", f"Compared with {self.commit[:12]}; {self.why}.", ""]
        if self.spec:
            lines += ["### The API as documented", "", *bullets(self.spec), ""]
        if self.api:
            lines += ["### The Python client", "", *bullets(self.api), ""]
        return "\n".join(lines)


def report_since(
    ref: str = "HEAD", root: Path = ROOT, new_package: Path | None = None, new_spec: Path | None = None
) -> Report:
    """The working tree (or the given package and spec) against `ref`: the same however often it runs."""
    commit = _git(root, "rev-parse", "--verify", f"{ref}^{{commit}}").decode().strip()
    old_spec = parse_document(_git(root, "show", f"{commit}:openapi.yaml"), f"{commit[:12]}:openapi.yaml")
    new_document = load(new_spec or root / "openapi.yaml").document
    version = _version_of(_git(root, "show", f"{commit}:pyproject.toml").decode())
    with tempfile.TemporaryDirectory(prefix="change-report-") as scratch:
        archive = _git(root, "archive", "--format=tar", commit, PACKAGE_DIR.as_posix())
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(scratch, filter="data")
        old_api = read_public_api(Path(scratch) / PACKAGE_DIR)
    api = compare_public_api(old_api, read_public_api(new_package or root / PACKAGE_DIR))
    spec = compare_specs(old_spec, new_document)
    proposed, why = propose_version(version, spec, api)
    return Report(ref, commit, spec, api, version, proposed, why)


GENERATED_SECTIONS = ("### The API as documented", "### The Python client")


def _top_entry(text: str) -> tuple[str, str, str]:
    """CHANGELOG.md as (what precedes the entries, the top entry, the entries after it)."""
    entries = [m.start() for m in re.finditer(r"^## \[", text, flags=re.MULTILINE)]
    if not entries:
        return text.rstrip("\n") + "\n\n", "", ""
    end = entries[1] if len(entries) > 1 else len(text)
    return text[: entries[0]], text[entries[0] : end], text[end:]


def unreleased_baseline(root: Path = ROOT) -> str | None:
    """The commit the unreleased entry at the top of CHANGELOG.md was compared with, if there is one: the
    baseline of every change until the release, so that the entry sums them up rather than the last one."""
    changelog = root / CHANGELOG
    if not changelog.exists():
        return None
    _, top, _ = _top_entry(changelog.read_text(encoding="utf-8"))
    if not re.match(rf"## \[[^\]]*\] - {UNRELEASED}\s*$", top.split("\n", 1)[0]):
        return None
    compared = re.search(r"^Compared with ([0-9a-f]{7,40});", top, flags=re.MULTILINE)
    return compared.group(1) if compared else None


def _hand_written(entry: str) -> str:
    """The sections of an entry that the report does not write (a maintainer's own), to be kept."""
    sections = re.split(r"^(?=### )", entry, flags=re.MULTILINE)[1:]
    return "".join(section for section in sections if not section.startswith(GENERATED_SECTIONS))


def write_changelog(report: Report, root: Path = ROOT) -> Path:
    """Put the report's entry at the top of CHANGELOG.md (in place of an earlier unreleased entry, keeping the
    sections a maintainer wrote into it) and its version into pyproject.toml; writing twice gives the same
    files."""
    changelog = root / CHANGELOG
    text = changelog.read_text(encoding="utf-8") if changelog.exists() else "# Changelog\n"
    head, top, rest = _top_entry(text)
    kept = ""
    if re.match(rf"## \[[^\]]*\] - {UNRELEASED}\s*$", top.split("\n", 1)[0]):
        kept = _hand_written(top)
    else:
        rest = top + rest
    if report.spec or report.api:
        entry = report.changelog_entry()
        rest = entry + "\n" + (kept.rstrip("\n") + "\n\n" if kept else "") + rest
    changelog.write_text(head + rest, encoding="utf-8")
    pyproject = root / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(
        re.sub(r'^version\s*=\s*"[^"]+"', f'version = "{report.proposed}"', text, count=1, flags=re.MULTILINE),
        encoding="utf-8",
    )
    return changelog


def describe_since_last_commit(new_package: Path, new_spec: Path, root: Path = ROOT) -> str | None:
    """scripts/regenerate's report: against HEAD, or None outside a git checkout with a generated client."""
    try:
        return report_since("HEAD", root, new_package, new_spec).text()
    except ChangeReportError:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="change-report", description="What the working tree changes since a commit: the API and the client."
    )
    parser.add_argument(
        "--since",
        metavar="REF",
        help="the baseline commit (default: HEAD; with --write, the unreleased entry's own baseline if there is one)",
    )
    parser.add_argument(
        "--write", action="store_true", help="put the entry into CHANGELOG.md and the version into pyproject.toml"
    )
    args = parser.parse_args(argv)
    since = args.since or "HEAD"
    if args.write and args.since is None:
        # Until a release, every change goes into the one unreleased entry, against the same baseline.
        since = unreleased_baseline() or since
    try:
        report = report_since(since)
    except ChangeReportError as exc:
        if since != (args.since or "HEAD"):
            exc = ChangeReportError(
                f"{exc}\n(the unreleased entry of {CHANGELOG} was compared with {since}; give the commit of the "
                "last release with --since)"
            )
        print(f"change-report: {exc}", file=sys.stderr)
        return 2
    print(report.text())
    if args.write:
        if report.spec or report.api:
            print(f"wrote the {report.proposed} entry into {write_changelog(report).name} and pyproject.toml")
        else:
            print("nothing changed: CHANGELOG.md and pyproject.toml left as they are")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and not sys.argv[1].startswith("-"):
        print(describe_changes(Path(sys.argv[1]), Path(sys.argv[2])))  # two package folders, as before
    else:
        sys.exit(main())
