"""One audit run: which pages to read (named files, or every page under a docs root), which operation
claims each, what is decided, what is not covered yet, and what became of every page of the root."""

from __future__ import annotations

import fnmatch
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .compare import Auditor, Finding, path_shape, spec_path
from .decisions import Decision, load_decisions, load_not_yet_covered, verdict
from .pages import INDEX_SLUG, Page, PageReadError, campaign_pages_listed, endpoint_path, read_page
from .rules import Normalizer
from .spec import Operation, Spec

ROOT = Path(__file__).resolve().parent.parent.parent
PAGE_SUFFIXES = (".mdx", ".md")

# What became of a page: each page read is listed with one of these and why.
AUDITED, NOT_YET_COVERED, OUT_OF_SCOPE, UNCLAIMED, UNREADABLE = (
    "audited",
    "not yet covered",
    "out of scope",
    "unclaimed",
    "unreadable",
)


@dataclass
class PageEntry:
    slug: str
    file: str
    status: str
    detail: str  # the operation that claims it, or the reason it is not audited


@dataclass
class Result:
    findings: list[Finding] = field(default_factory=list)
    normalized: Counter[str] = field(default_factory=Counter)
    normalizer: Normalizer = field(default_factory=Normalizer)
    # Every page read, in order: audited, not yet covered, out of scope (with the reason), unclaimed, unreadable.
    inventory: list[PageEntry] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    # Decision keys that covered no finding of a whole-folder run: candidates for removal.
    unused_decisions: list[str] = field(default_factory=list)

    @property
    def unexplained(self) -> list[Finding]:
        return [f for f in self.findings if not f.decided]

    def with_status(self, status: str) -> list[PageEntry]:
        return [entry for entry in self.inventory if entry.status == status]

    @property
    def pages(self) -> int:
        """The pages audited against an operation (or read and found unclaimed in scope)."""
        return len(self.with_status(AUDITED)) + len(self.with_status(UNCLAIMED))

    @property
    def not_yet_covered(self) -> list[str]:
        return [entry.slug for entry in self.with_status(NOT_YET_COVERED)]

    @property
    def out_of_scope(self) -> list[str]:
        return [entry.slug for entry in self.with_status(OUT_OF_SCOPE)]


def default_source_dir(spec_path: Path) -> Path:
    beside = spec_path.resolve().parent / "spec"
    return beside if beside.is_dir() else ROOT / "spec"


def _page_files(docs_root: Path) -> dict[str, Path]:
    files: dict[str, Path] = {}
    for file in sorted(docs_root.rglob("*")):
        # `_manifest.tsv`, `_notes.md`: the snapshot's own files, not pages.
        if file.suffix in PAGE_SUFFIXES and file.is_file() and not file.name.startswith("_"):
            files.setdefault(file.stem, file)
    return files


def out_of_scope_reason(page: Page) -> str:
    if page.scope is not None:
        return f'API Scope is "{page.scope}", not Campaign Management'
    if page.endpoint is None:
        return f'no endpoint and no API Scope: not an API page ("{page.title}")'
    return "no API Scope row"


def claim_hint(spec: Spec, page: Page) -> tuple[str, str]:
    """For a page no operation claims: the operation whose method and URL it documents (after placeholder
    normalisation: `{{IId}}`, `{streamID}`, `{contactList}` alike) and how to claim it; else what to add.
    Returns the message and the operation id it names ("" when none)."""
    if not page.endpoint:
        return "it has no endpoint row to match an operation by", ""
    written = endpoint_path(page.endpoint)[0]
    shape = path_shape(spec_path(written))
    same_url = [op for op in spec.operations if not op.webhook and path_shape(op.path) == shape]
    # A page without a method row may be any of the URL's operations; named only when there is one.
    same = [op for op in same_url if op.method == page.method or (page.method is None and len(same_url) == 1)]
    if len(same) == 1:
        op = same[0]
        where = spec.source(f"{op.pointer}/x-docs-pages") or spec.source(op.pointer) or op.pointer
        serves = f" (it serves {', '.join(op.pages)})" if op.pages else ""
        return (
            f"{op.method} {op.path} is {op.operation_id}'s{serves}; if the page documents it, claim it: add "
            f"`{page.name}` to {op.operation_id}'s x-docs-pages ({where}), and the next audit compares them",
            op.operation_id,
        )
    if same_url:
        others = ", ".join(f"{op.method} {op.operation_id}" for op in same_url)
        return (
            f"its URL is that of {others}, with another method ({page.method}): a new operation on an existing "
            "path; add it with x-docs-pages naming this page",
            "",
        )
    return (
        f"no operation has {page.method} {written}: a new endpoint; add an operation whose x-docs-pages names "
        "this page, or list the page in info.x-docs-not-yet-covered with the reason",
        "",
    )


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

    def page_finding(
        page: Page, kind: str, message: str, line: int = 0, where: str = "paths", value: str = ""
    ) -> Finding:
        finding = Finding(
            page.label,
            f"page:{page.name}:{kind}",
            kind,
            "",
            message,
            where,
            line,
            spec.source(where),
            slug=page.name,
            value=value,
        )
        result.findings.append(finding)
        return finding

    def audit(page: Page) -> None:
        op: Operation | None = auditor.claimant(page)
        file = str(page.path)
        if op is not None:
            result.inventory.append(PageEntry(page.name, file, AUDITED, op.label))
            result.findings.extend(auditor.audit(page, op))
        elif page.name in waiting:
            result.inventory.append(PageEntry(page.name, file, NOT_YET_COVERED, waiting[page.name].reason))
        elif not page.in_scope:
            result.inventory.append(PageEntry(page.name, file, OUT_OF_SCOPE, out_of_scope_reason(page)))
        else:
            hint, operation_id = claim_hint(spec, page)
            result.inventory.append(PageEntry(page.name, file, UNCLAIMED, hint))
            written = endpoint_path(page.endpoint)[0] if page.endpoint else ""
            finding = page_finding(
                page,
                "unclaimed",
                f"no operation lists this page in x-docs-pages; {hint}",
                page.endpoint_line,
                value=f"{page.method} {written}".strip(),
            )
            finding.hint = operation_id

    for argument in page_args:
        slug, _, file = argument.rpartition("=") if "=" in argument else ("", "", argument)
        try:
            audit(read_page(Path(file), slug or None))
        except PageReadError as exc:
            result.unreadable.append(str(exc))
            result.inventory.append(PageEntry(slug or Path(file).stem, file, UNREADABLE, str(exc)))

    if docs_root is not None:
        files = _page_files(docs_root)
        for slug, page_file in files.items():
            try:
                page = read_page(page_file, slug)
            except PageReadError as exc:
                result.unreadable.append(str(exc))
                result.inventory.append(PageEntry(slug, str(page_file), UNREADABLE, str(exc)))
                continue
            audit(page)
        for op in spec.operations:
            for slug in op.pages:
                if slug not in files:
                    missing = Page(docs_root / f"{slug}.mdx", slug, "")
                    page_finding(
                        missing,
                        "missing-page",
                        f"{op.label} claims it; {docs_root} has no such page",
                        where=f"{op.pointer}/x-docs-pages",
                        value="absent",
                    )
        for slug, entry in waiting.items():
            if slug in auditor.claims:
                stale = Page(docs_root / f"{slug}.mdx", slug, "")
                page_finding(
                    stale,
                    "covered-now",
                    f"{auditor.claims[slug].label} claims it; remove it from info.x-docs-not-yet-covered",
                    where=entry.where,
                    value=auditor.claims[slug].operation_id,
                )
        if INDEX_SLUG in files:
            for slug in campaign_pages_listed(files[INDEX_SLUG]):
                if slug not in files:
                    absent = Page(docs_root / f"{slug}.mdx", slug, "")
                    page_finding(
                        absent,
                        "not-in-folder",
                        f"the API list ({INDEX_SLUG}) names it as a Campaign Management page; the folder lacks it: "
                        "refresh the snapshot (CONTRIBUTING.md)",
                        value="absent",
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
    used: set[tuple[str, str, str]] = set()  # (decision, pattern, page)
    for finding in result.findings:
        found = verdict(decisions, finding.decision_pages or (finding.slug,), finding.key, finding.value)
        if found.decided_by is not None and found.pattern is not None:
            finding.decided_by = found.decided_by.where
            used.add((found.decided_by.where, found.pattern.key, found.page))
        elif found.pinned_by is not None:
            finding.pinned_by = found.pinned_by.where
            finding.pinned = tuple(sorted(found.pinned))
            finding.message += (
                f"; {found.pinned_by.where} accepted {' or '.join(repr(v) for v in finding.pinned)} here, "
                f"the page now says {finding.value!r}: change the spec, or pin the new value"
            )
    for decision in decisions:
        if not decision.pinned:
            result.findings.append(_unpinned(spec, decision))
    if docs_root is not None:
        result.unused_decisions = _unused(decisions, used, result.findings)
    result.normalized = result.normalizer.counts
    return result


def _unpinned(spec: Spec, decision: Decision) -> Finding:
    return Finding(
        "spec",
        f"decision:{decision.where}:unpinned",
        "unpinned",
        "",
        "the decision covers keys without the values it accepts; run scripts/docs-audit --pin-decisions "
        "(with the same pages) to write them in",
        decision.where,
        0,
        spec.source(decision.where),
    )


def _unused(decisions: list[Decision], used: set[tuple[str, str, str]], findings: list[Finding]) -> list[str]:
    unused: list[str] = []
    for decision in decisions:
        for pattern in decision.patterns:
            pages = sorted(pattern.per_page) if pattern.per_page else decision.pages
            if not pattern.pinned:
                if not any(
                    f.decided_by == decision.where and fnmatch.fnmatchcase(f.key, pattern.key) for f in findings
                ):
                    unused.append(f"{decision.where} {pattern.key}")
                continue
            idle = [page for page in pages if (decision.where, pattern.key, page) not in used]
            if len(idle) == len(pages):
                unused.append(f"{decision.where} {pattern.key}")
            elif pattern.per_page:
                unused.extend(f"{decision.where} {pattern.key} on {page}" for page in idle)
    return unused


def audit_files(pages: list[str], spec_path: Path) -> list[Finding]:
    """The findings of the named page files (``SLUG=FILE`` names a plain-text export's slug)."""
    return run(pages, spec_path).findings
