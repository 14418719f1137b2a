"""Decisions recorded in the spec, scoped to pages.

``info.x-docs-decisions`` entries of the form ``{pages: [slug, ...], covers: [key, ...], decision: prose}``
mark findings decided; a key pattern (``*`` wildcards allowed) covers only findings of the pages the
entry names, so a decision about the weekly page never silences a new field on the daily page. An
operation's own ``x-docs-decision`` may leave the operation id out of its keys. Entries that are plain
prose cover no finding. ``info.x-docs-not-yet-covered`` lists in-scope pages no operation claims yet,
each with its reason."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .spec import Spec

Json = Any


@dataclass
class Decision:
    pages: list[str]
    covers: list[str]
    text: str
    where: str

    def covers_finding(self, pages: Iterable[str], key: str) -> bool:
        return any(page in self.pages for page in pages) and any(fnmatch.fnmatchcase(key, p) for p in self.covers)


@dataclass
class NotYetCovered:
    page: str
    reason: str
    where: str


def _entries(spec: Spec) -> Iterator[tuple[Json, str, str | None]]:
    for position, entry in enumerate(spec.doc.get("info", {}).get("x-docs-decisions", [])):
        yield entry, f"#/info/x-docs-decisions/{position}", None
    for op in spec.operations:
        yield op.node.get("x-docs-decision"), f"{op.pointer}/x-docs-decision", op.operation_id


def load_decisions(spec: Spec) -> tuple[list[Decision], list[str]]:
    """The decisions, and the locations of entries that cover keys without naming their pages."""
    decisions: list[Decision] = []
    unscoped: list[str] = []
    for entry, where, operation_id in _entries(spec):
        if not isinstance(entry, dict) or not entry.get("covers"):
            continue
        covers = [str(k) for k in entry["covers"]]
        if operation_id:
            covers = [k if k.count(":") >= 2 else f"{operation_id}:{k}" for k in covers]
        pages = [str(p) for p in entry.get("pages", [])]
        if not pages:
            unscoped.append(where)
            continue
        decisions.append(Decision(pages, covers, str(entry.get("decision", "")), where))
    return decisions, unscoped


def load_not_yet_covered(spec: Spec) -> dict[str, NotYetCovered]:
    listed: dict[str, NotYetCovered] = {}
    for position, entry in enumerate(spec.doc.get("info", {}).get("x-docs-not-yet-covered", [])):
        if isinstance(entry, dict) and entry.get("page"):
            where = f"#/info/x-docs-not-yet-covered/{position}"
            listed[str(entry["page"])] = NotYetCovered(str(entry["page"]), str(entry.get("reason", "")), where)
    return listed


def decision_for(decisions: list[Decision], pages: Iterable[str], key: str) -> Decision | None:
    """The decision covering `key` on one of `pages`: the finding's page, or the pages an export without
    its slug may be (its operation's)."""
    return next((d for d in decisions if d.covers_finding(pages, key)), None)
