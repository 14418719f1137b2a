"""The audit's output: a human report (findings by page, then counts) or JSON."""

from __future__ import annotations

import json
from dataclasses import asdict

from .audit import Result


def render(result: Result) -> str:
    lines: list[str] = []
    findings = result.findings
    for page in dict.fromkeys(f.page for f in findings):
        lines.append(page)
        for f in (f for f in findings if f.page == page):
            state = f"decided ({f.decided_by})" if f.decided else "UNEXPLAINED"
            where = f"{f.spec_source} ({f.spec_location})" if f.spec_source else f.spec_location
            lines.append(f"  {state}: {f.key}")
            lines.append(f"      page line {f.line}: {f.message}; spec: {where}")
    for message in result.unreadable:
        lines.append(f"UNREADABLE: {message}")
    for unused in result.unused_decisions:
        lines.append(f"note: decision key covers nothing here: {unused}")
    lines.append(result.normalizer.summary())
    if result.out_of_scope:
        lines.append(f"not audited: {', '.join(result.out_of_scope)} (API Scope is not Campaign Management)")
    if result.not_yet_covered:
        lines.append(f"not yet covered: {len(result.not_yet_covered)} page(s) listed in info.x-docs-not-yet-covered")
    unexplained = len(result.unexplained)
    lines.append(
        f"{result.pages} page(s): {len(findings) - unexplained} decided, {unexplained} unexplained finding(s), "
        f"{len(result.unreadable)} unreadable"
    )
    return "\n".join(lines)


def to_json(result: Result) -> str:
    return json.dumps(
        {
            "pages": result.pages,
            "findings": [{**asdict(f), "decided": f.decided} for f in result.findings],
            "normalized": dict(result.normalized),
            "not_yet_covered": result.not_yet_covered,
            "unreadable": result.unreadable,
            "out_of_scope": result.out_of_scope,
            "unused_decisions": result.unused_decisions,
        },
        indent=2,
    )
