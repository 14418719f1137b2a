"""Decisions recorded in the spec, scoped to pages and pinned to what each page says.

An ``info.x-docs-decisions`` entry (or an operation's own ``x-docs-decision``) of the form

    pages: [slug, ...]
    covers:
      KEY_PATTERN: VALUE            # the value every page named says (`48`)
      KEY_PATTERN: [VALUE, ...]     # any of these values
      KEY_PATTERN:                  # per page, where the pages say different things
        slug: VALUE
        other-slug: [VALUE, ...]
    decision: prose

marks a finding decided when its page is named, its key matches a pattern (``*`` wildcards) and its
value (what the page says: a number, the listed enum values, `optional`, the sample's value) is one
the decision accepted for that page. A page that later says something else is a finding again, with
the decision that accepted the old value named beside it. A decision about the weekly page never
covers the daily page. An operation's own decision may leave the operation id out of its keys.

The earlier form, ``covers: [KEY_PATTERN, ...]`` without values, still covers its findings but is
itself a finding (``decision:<where>:unpinned``) until ``scripts/docs-audit --pin-decisions`` writes
the values the pages say today into it (see ``pin.py``). Entries that are plain prose cover nothing.
``info.x-docs-not-yet-covered`` lists in-scope pages no operation claims yet, each with its reason."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .spec import Spec

Json = Any


def value_text(value: Json) -> str:
    """A pinned value as the audit compares it: YAML's `48` and `'48'` alike, booleans in lower case."""
    if isinstance(value, bool):
        return str(value).lower()
    return "" if value is None else str(value)


def _values(raw: Json) -> frozenset[str]:
    return frozenset(value_text(v) for v in raw) if isinstance(raw, list) else frozenset({value_text(raw)})


@dataclass
class Pattern:
    """One key pattern of a decision and the values it accepts: per page, or `any_page` for all."""

    text: str  # as written (an operation's decision may leave the operation id out)
    key: str  # with the operation id
    pinned: bool = True
    any_page: frozenset[str] | None = None
    per_page: dict[str, frozenset[str]] = field(default_factory=dict)

    def accepted(self, page: str) -> frozenset[str] | None:
        """The values accepted on `page` (None: the pattern pins nothing there)."""
        return self.per_page.get(page, self.any_page)


@dataclass
class Decision:
    pages: list[str]
    patterns: list[Pattern]
    text: str
    where: str

    @property
    def pinned(self) -> bool:
        return all(p.pinned for p in self.patterns)

    def matching(self, pages: Iterable[str], key: str) -> Iterator[tuple[Pattern, str]]:
        for pattern in self.patterns:
            if fnmatch.fnmatchcase(key, pattern.key):
                for page in pages:
                    if page in self.pages:
                        yield pattern, page


@dataclass
class Verdict:
    """What the decisions say of one finding: who decided it, or who accepted another value."""

    decided_by: Decision | None = None
    pattern: Pattern | None = None
    page: str = ""
    pinned_by: Decision | None = None
    pinned: frozenset[str] = frozenset()


@dataclass
class NotYetCovered:
    page: str
    reason: str
    where: str


def entries(spec: Spec) -> Iterator[tuple[Json, str, str | None]]:
    """Every decision entry: its value, its bundle pointer and the operation it sits on (if any)."""
    for position, entry in enumerate(spec.doc.get("info", {}).get("x-docs-decisions", [])):
        yield entry, f"#/info/x-docs-decisions/{position}", None
    for op in spec.operations:
        yield op.node.get("x-docs-decision"), f"{op.pointer}/x-docs-decision", op.operation_id


def full_key(pattern: str, operation_id: str | None) -> str:
    return pattern if operation_id is None or pattern.count(":") >= 2 else f"{operation_id}:{pattern}"


def load_decisions(spec: Spec) -> tuple[list[Decision], list[str]]:
    """The decisions, and the locations of entries that cover keys without naming their pages."""
    decisions: list[Decision] = []
    unscoped: list[str] = []
    for entry, where, operation_id in entries(spec):
        if not isinstance(entry, dict) or not entry.get("covers"):
            continue
        covers = entry["covers"]
        pages = [str(p) for p in entry.get("pages", [])]
        patterns: list[Pattern] = []
        if isinstance(covers, dict):
            for text, raw in covers.items():
                pattern = Pattern(str(text), full_key(str(text), operation_id))
                if isinstance(raw, dict):
                    pattern.per_page = {str(page): _values(v) for page, v in raw.items()}
                    pages += [page for page in pattern.per_page if page not in pages]
                else:
                    pattern.any_page = _values(raw)
                patterns.append(pattern)
        else:
            patterns = [Pattern(str(k), full_key(str(k), operation_id), pinned=False) for k in covers]
        if not pages:
            unscoped.append(where)
            continue
        decisions.append(Decision(pages, patterns, str(entry.get("decision", "")), where))
    return decisions, unscoped


def load_not_yet_covered(spec: Spec) -> dict[str, NotYetCovered]:
    listed: dict[str, NotYetCovered] = {}
    for position, entry in enumerate(spec.doc.get("info", {}).get("x-docs-not-yet-covered", [])):
        if isinstance(entry, dict) and entry.get("page"):
            where = f"#/info/x-docs-not-yet-covered/{position}"
            listed[str(entry["page"])] = NotYetCovered(str(entry["page"]), str(entry.get("reason", "")), where)
    return listed


def verdict(decisions: list[Decision], pages: Iterable[str], key: str, value: str) -> Verdict:
    """How the decisions meet a finding of `key` saying `value` on one of `pages` (the finding's page, or
    the pages an export without its slug may be): decided by the first that accepts the value; else the
    first that covers the key there with other values, so the report can say what was accepted before."""
    pages = tuple(pages)
    found = Verdict()
    for decision in decisions:
        for pattern, page in decision.matching(pages, key):
            accepted = pattern.accepted(page)
            if not pattern.pinned or (accepted is not None and value in accepted):
                return Verdict(decision, pattern, page)
            if found.pinned_by is None and accepted is not None:
                found = Verdict(pinned_by=decision, pinned=accepted)
    return found
