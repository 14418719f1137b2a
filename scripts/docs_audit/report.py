"""The audit's output: a human report (findings by page, every page's fate, then counts) or JSON."""

from __future__ import annotations

import json
from dataclasses import asdict

from .audit import AUDITED, NOT_YET_COVERED, OUT_OF_SCOPE, UNCLAIMED, UNREADABLE, Result
from .compare import Finding

STATUSES = (AUDITED, UNCLAIMED, NOT_YET_COVERED, OUT_OF_SCOPE, UNREADABLE)


def summary(result: Result) -> str:
    """One line: every page read by its fate, then the findings (the last line of the full report)."""
    counts = ", ".join(f"{len(result.with_status(s))} {s}" for s in STATUSES if result.with_status(s) or s == AUDITED)
    unexplained = len(result.unexplained)
    return (
        f"{len(result.inventory)} page(s): {counts}; {len(result.findings) - unexplained} decided, "
        f"{unexplained} unexplained finding(s), {len(result.unreadable)} unreadable"
    )


def _finding_lines(f: Finding) -> list[str]:
    state = f"decided ({f.decided_by})" if f.decided else "UNEXPLAINED"
    where = f"{f.spec_source} ({f.spec_location})" if f.spec_source else f.spec_location
    said = f" [page says {f.value!r}]" if f.value and not f.decided else ""
    return [f"  {state}: {f.key}{said}", f"      page line {f.line}: {f.message}; spec: {where}"]


def _findings_by_page(findings: list[Finding]) -> list[str]:
    lines: list[str] = []
    for page in dict.fromkeys(f.page for f in findings):
        lines.append(page)
        for finding in (f for f in findings if f.page == page):
            lines.extend(_finding_lines(finding))
    return lines


def render(result: Result) -> str:
    lines = _findings_by_page(result.findings)
    for message in result.unreadable:
        lines.append(f"UNREADABLE: {message}")
    for unused in result.unused_decisions:
        lines.append(f"note: decision key covers nothing here: {unused}")
    lines.append(result.normalizer.summary())
    lines.append("pages:")
    for status in STATUSES:
        for entry in result.with_status(status):
            lines.append(f"  {status}: {entry.slug} ({entry.file}): {entry.detail}")
    if result.not_yet_covered:
        lines.append(f"not yet covered: {len(result.not_yet_covered)} page(s) listed in info.x-docs-not-yet-covered")
    lines.append(summary(result))
    return "\n".join(lines)


def render_unexplained(result: Result) -> str:
    """The summary line first, then only what needs a decision, and the pages that were not audited."""
    lines = [summary(result)]
    lines.extend(_findings_by_page(result.unexplained))
    for message in result.unreadable:
        lines.append(f"UNREADABLE: {message}")
    for status in (UNCLAIMED, NOT_YET_COVERED, OUT_OF_SCOPE):
        for entry in result.with_status(status):
            lines.append(f"{status}: {entry.slug}: {entry.detail}")
    return "\n".join(lines)


def to_json(result: Result) -> str:
    return json.dumps(
        {
            "summary": summary(result),
            "pages": result.pages,
            "inventory": [asdict(entry) for entry in result.inventory],
            "findings": [{**asdict(f), "decided": f.decided} for f in result.findings],
            "normalized": dict(result.normalized),
            "not_yet_covered": result.not_yet_covered,
            "unreadable": result.unreadable,
            "out_of_scope": result.out_of_scope,
            "unused_decisions": result.unused_decisions,
        },
        indent=2,
    )
