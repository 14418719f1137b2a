"""What a regeneration changes for code that imports the client, read from the generated package's public API.

The two package trees are parsed with `ast` (nothing is imported or executed): the `sync_detailed`
signature of every operation module under `api/`, the fields of every attrs model and the values of
every `Literal` enum under `models/`. Each change is marked breaking when code written against the
old client can fail against the new one: something it calls or reads is gone, a call it makes now
lacks a required argument, a value it reads may now be `UNSET`, a type changed, or an enum lost a value.
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path


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


if __name__ == "__main__":
    print(describe_changes(Path(sys.argv[1]), Path(sys.argv[2])))
