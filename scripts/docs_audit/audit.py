"""One audit run: which pages to read (named files, or every page under a docs root), which operation
claims each, what is decided, and what is not covered yet."""

from __future__ import annotations

import fnmatch
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .compare import Auditor, Finding
from .decisions import decision_for, load_decisions, load_not_yet_covered
from .pages import Page, PageReadError, read_page
from .rules import Normalizer
from .spec import Spec

ROOT = Path(__file__).resolve().parent.parent.parent
PAGE_SUFFIXES = (".mdx", ".md")


@dataclass
class Result:
    findings: list[Finding] = field(default_factory=list)
    pages: int = 0
    normalized: Counter[str] = field(default_factory=Counter)
    normalizer: Normalizer = field(default_factory=Normalizer)
    not_yet_covered: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    out_of_scope: list[str] = field(default_factory=list)
    # Decision keys that covered no finding of a whole-folder run: candidates for removal.
    unused_decisions: list[str] = field(default_factory=list)

    @property
    def unexplained(self) -> list[Finding]:
        return [f for f in self.findings if not f.decided]


def default_source_dir(spec_path: Path) -> Path:
    beside = spec_path.resolve().parent / "spec"
    return beside if beside.is_dir() else ROOT / "spec"


def _page_files(docs_root: Path) -> dict[str, Path]:
    files: dict[str, Path] = {}
    for file in sorted(docs_root.rglob("*")):
        if file.suffix in PAGE_SUFFIXES and file.is_file():
            files.setdefault(file.stem, file)
    return files


def run(
    page_args: list[str],
    spec_path: Path,
    docs_root: Path | None = None,
    source_dir: Path | None = None,
) -> Result:
    spec = Spec(spec_path, source_dir or default_source_dir(spec_path))
    result = Result()
    auditor = Auditor(spec, result.normalizer)
    decisions, unscoped = load_decisions(spec)
    waiting = load_not_yet_covered(spec)

    def unclaimed(page: Page, kind: str, message: str, line: int = 0, where: str = "paths") -> None:
        result.findings.append(
            Finding(page.label, f"page:{page.name}:{kind}", kind, "", message, where, line, spec.source(where))
        )

    def audit(page: Page) -> None:
        op = auditor.claimant(page)
        result.pages += int(op is not None or page.in_scope)
        if op is not None:
            result.findings.extend(auditor.audit(page, op))
        elif page.name in waiting:
            result.not_yet_covered.append(page.name)
        elif not page.in_scope:
            result.out_of_scope.append(page.name)  # another API scope (rate limits, the API list, webhooks)
        else:
            unclaimed(page, "unclaimed", "no operation lists this page in x-docs-pages", page.endpoint_line)

    for argument in page_args:
        slug, _, file = argument.rpartition("=") if "=" in argument else ("", "", argument)
        try:
            audit(read_page(Path(file), slug or None))
        except PageReadError as exc:
            result.unreadable.append(str(exc))

    if docs_root is not None:
        files = _page_files(docs_root)
        for slug, page_file in files.items():
            try:
                page = read_page(page_file, slug)
            except PageReadError as exc:
                result.unreadable.append(str(exc))
                continue
            if auditor.claimant(page) is not None or page.in_scope:
                audit(page)
        for op in spec.operations:
            for slug in op.pages:
                if slug not in files:
                    missing = Page(docs_root / f"{slug}.mdx", slug, "")
                    unclaimed(
                        missing,
                        "missing-page",
                        f"{op.operation_id} claims it; {docs_root} has no such page",
                        where=f"{op.pointer}/x-docs-pages",
                    )
        for slug, entry in waiting.items():
            if slug in auditor.claims:
                stale = Page(docs_root / f"{slug}.mdx", slug, "")
                unclaimed(
                    stale,
                    "covered-now",
                    f"{auditor.claims[slug].operation_id} claims it; remove it from info.x-docs-not-yet-covered",
                    where=entry.where,
                )

    for where in unscoped:
        result.findings.append(
            Finding(
                "spec",
                f"decision:{where}:unscoped",
                "unscoped",
                "",
                "the decision covers keys but names no pages",
                where,
                0,
                spec.source(where),
            )
        )
    for finding in result.findings:
        decision = decision_for(decisions, finding.decision_pages or (finding.slug,), finding.key)
        finding.decided_by = decision.where if decision else None
    if docs_root is not None:
        result.unused_decisions = [
            f"{d.where} {pattern}"
            for d in decisions
            for pattern in d.covers
            if not any(f.decided_by == d.where and fnmatch.fnmatchcase(f.key, pattern) for f in result.findings)
        ]
    result.normalized = result.normalizer.counts
    return result


def audit_files(pages: list[str], spec_path: Path) -> list[Finding]:
    """The findings of the named page files (``SLUG=FILE`` names a plain-text export's slug)."""
    return run(pages, spec_path).findings
