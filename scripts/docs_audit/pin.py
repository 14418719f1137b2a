"""`scripts/docs-audit --pin-decisions`: the unpinned decisions (``covers: [KEY, ...]``) rewritten in place,
in spec/*.yaml, with the values the pages say today (``covers: {KEY: 48}``).

The audit runs on the pages given (the same as CI's: ``--docs-root`` and the seed exports), so each
pattern gets the values of the findings it covers now: one value for all its pages when they agree,
else one per page. Only the ``covers`` node of each unpinned decision is rewritten (comments and the
rest of the file stay as written); a pattern that covers nothing is dropped and said so. Run
scripts/bundle-spec (or scripts/regenerate) afterwards; this does it when the spec is the repository's.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import yaml

from .audit import run
from .decisions import Decision, load_decisions, verdict
from .spec import Spec


class PinError(Exception):
    """A decision whose source cannot be found or rewritten."""


def _yaml_value(value: str) -> object:
    # `48` reads better than `'48'`; both compare equal (decisions.value_text).
    return int(value) if value.isdigit() and not value.startswith("0") else value


def pinned_covers(decision: Decision, findings: list[tuple[str, str, str, tuple[str, ...]]]) -> dict[str, object]:
    """The new ``covers`` of one decision: pattern -> value, or {page: value(s)} where pages differ.

    `findings` are (key, value, slug, decision pages) of the findings the decision decides now. A
    wildcard pattern whose findings say different things is written out as one exact key per finding
    key, so that each key keeps its own value."""
    seen: dict[str, list[tuple[str, str, str]]] = {p.text: [] for p in decision.patterns}
    for key, value, slug, pages in findings:
        found = verdict([decision], pages or (slug,), key, value)
        if found.pattern is not None:
            seen[found.pattern.text].append((key, found.page, value))
    covers: dict[str, object] = {}
    for text, hits in seen.items():
        if len({value for _, _, value in hits}) == 1:
            covers[text] = _yaml_value(hits[0][2])
            continue
        keys = sorted({key for key, _, _ in hits})
        for key in keys:
            per_page: dict[str, set[str]] = defaultdict(set)
            for hit_key, page, value in hits:
                if hit_key == key or len(keys) == 1:
                    per_page[page].add(value)
            covers[text if len(keys) == 1 else key] = _accepted(per_page)
    return covers


def _accepted(per_page: dict[str, set[str]]) -> object:
    every = set().union(*per_page.values())
    if len(every) == 1:
        return _yaml_value(next(iter(every)))
    return {
        page: _yaml_value(next(iter(values))) if len(values) == 1 else [_yaml_value(v) for v in sorted(values)]
        for page, values in sorted(per_page.items())
    }


def _block(covers: dict[str, object], indent: int) -> str:
    text = yaml.safe_dump(covers, default_flow_style=False, allow_unicode=True, sort_keys=False, width=100_000)
    pad = " " * (indent + 2)
    return "covers:\n" + "".join(pad + line + "\n" for line in text.splitlines())


def splice(text: str, start: int, end: int, replacement: str) -> str:
    """`text` with the span of a YAML node (its key's start to its value's end) replaced by whole lines:
    a block value ends where the next key's indentation does, a flow value before its newline."""
    line_start = text.rfind("\n", 0, end) + 1
    if not text[line_start:end].strip():
        end = line_start
    elif text[end : end + 1] == "\n":
        end += 1
    return text[:start] + replacement + text[end:]


def pin_decisions(page_args: list[str], spec_path: Path, docs_root: Path | None, source_dir: Path) -> list[str]:
    """Rewrite every unpinned decision's covers in `source_dir`; returns what was done, a line each."""
    spec = Spec(spec_path, source_dir)
    if spec.sources is None:
        raise PinError(f"{source_dir}: no spec sources to rewrite")
    decisions, _ = load_decisions(spec)
    unpinned = [d for d in decisions if not d.pinned]
    if not unpinned:
        return ["every decision is pinned already; nothing to do"]
    result = run(page_args, spec_path, docs_root, source_dir)
    report: list[str] = []
    edits: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for decision in unpinned:
        decided = [
            (f.key, f.value, f.slug, f.decision_pages) for f in result.findings if f.decided_by == decision.where
        ]
        covers = pinned_covers(decision, decided)
        dropped = [p.text for p in decision.patterns if p.text not in covers]
        located = spec.sources.entry(f"{decision.where}/covers")
        if located is None:
            raise PinError(f"{decision.where}/covers: not found in {source_dir}")
        file, key, value = located
        where = f"spec/{file}:{key.start_mark.line + 1}"
        if not covers:
            report.append(f"{where}: {decision.where} covers no finding now; remove its covers (or the decision)")
            continue
        edits[file].append((key.start_mark.index, value.end_mark.index, _block(covers, key.start_mark.column)))
        report.append(f"{where}: pinned {decision.where} ({len(covers)} key pattern(s))")
        report.extend(f"{where}:   dropped {text!r}: it covers no finding now" for text in dropped)
    for file, changes in edits.items():
        path = source_dir / file
        text = path.read_text(encoding="utf-8")
        for start, end, replacement in sorted(changes, reverse=True):
            text = splice(text, start, end, replacement)
        path.write_text(text, encoding="utf-8")
    report.append(_rebundle(spec_path, source_dir))
    return report


def _rebundle(spec_path: Path, source_dir: Path) -> str:
    from scripts.bundle_spec import SOURCE, TARGET, BundleError, bundle

    if (source_dir / "openapi.yaml").resolve() != SOURCE.resolve() or spec_path.resolve() != TARGET.resolve():
        return f"now bundle {source_dir / 'openapi.yaml'} into {spec_path} and re-run the audit"
    try:
        TARGET.write_text(bundle(SOURCE), encoding="utf-8")
    except BundleError as exc:
        return f"the bundle failed; run scripts/bundle-spec: {exc}"
    return "bundled spec/ into openapi.yaml; run scripts/regenerate and the audit again"
