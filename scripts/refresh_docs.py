"""Refresh the docs snapshot (`../shared/docs/kore-pages`) and its `_manifest.tsv` from a checkout of
Kore.ai's public docs repository, Koredotcom/docs-v2 (folder ai-for-service/apis/contact-center/).

    git clone --depth 200 --filter=blob:none --sparse https://github.com/Koredotcom/docs-v2
    git -C docs-v2 sparse-checkout set ai-for-service/apis/contact-center
    scripts/refresh-docs --from docs-v2 [--to ../shared/docs/kore-pages]

Takes every page the snapshot holds now, every page the API list (`api-list.mdx`) names with the Campaign
Management scope, every page an operation of openapi.yaml claims, and the API list itself. Each is copied
verbatim; the manifest gets one row per page: slug, the last commit that touched it (so the history needs
enough depth), its length in characters, and the checkout's commit. A page the snapshot had and upstream
no longer has is removed (the audit then reports any operation that still claims it). `_notes.md` and any
other file of the snapshot's own stay as they are. Then run the docs audit (CONTRIBUTING.md).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = Path("ai-for-service") / "apis" / "contact-center"
MANIFEST = "_manifest.tsv"
COLUMNS = ("slug", "commit", "total_chars", "find_files_commit")


class RefreshError(Exception):
    """A checkout or snapshot that cannot be read, with a message for the person running the script."""


def _git(checkout: Path, *args: str) -> str:
    result = subprocess.run(["git", "-C", str(checkout), *args], capture_output=True, text=True, check=False)  # noqa: S603, S607
    if result.returncode != 0:
        raise RefreshError(f"git {' '.join(args)} in {checkout}: {result.stderr.strip()}")
    return result.stdout.strip()


def manifest_rows(snapshot: Path) -> dict[str, list[str]]:
    path = snapshot / MANIFEST
    if not path.exists():
        return {}
    rows: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            cells = line.split("\t")
            rows[cells[0]] = cells
    return rows


def claimed_pages(spec: Path) -> set[str]:
    sys.path.insert(0, str(ROOT))
    from scripts.spec_facts import load

    return {str(page) for op in load(spec).operations.values() for page in op.node.get("x-docs-pages", [])}


def refresh(checkout: Path, snapshot: Path, spec: Path) -> list[str]:
    sys.path.insert(0, str(ROOT))
    from scripts.docs_audit.pages import INDEX_SLUG, campaign_pages_listed

    source = checkout / FOLDER
    if not (source / f"{INDEX_SLUG}.mdx").is_file():
        raise RefreshError(f"{source} has no {INDEX_SLUG}.mdx: not a docs-v2 checkout of that folder")
    head = _git(checkout, "rev-parse", "HEAD")
    before = manifest_rows(snapshot)
    wanted = [*before, INDEX_SLUG, *campaign_pages_listed(source / f"{INDEX_SLUG}.mdx"), *sorted(claimed_pages(spec))]
    snapshot.mkdir(parents=True, exist_ok=True)
    said: list[str] = []
    rows: list[list[str]] = []
    for slug in dict.fromkeys(wanted):
        page = source / f"{slug}.mdx"
        target = snapshot / f"{slug}.mdx"
        if not page.is_file():
            if target.exists():
                target.unlink()
                said.append(f"removed {slug}: upstream has no such page any more")
            else:
                said.append(f"missing upstream: {slug}")
            continue
        text = page.read_text(encoding="utf-8")
        commit = _git(checkout, "log", "-1", "--format=%H", "--", (FOLDER / f"{slug}.mdx").as_posix())
        if not commit:
            raise RefreshError(f"no commit touches {slug}.mdx in {checkout}: fetch more history (--depth)")
        old = target.read_text(encoding="utf-8") if target.exists() else None
        if old != text:
            target.write_text(text, encoding="utf-8")
            said.append(f"{'new' if old is None else 'changed'}: {slug} ({len(text)} characters, {commit[:12]})")
        rows.append([slug, commit, str(len(text)), head])
    lines = ["\t".join(COLUMNS), *("\t".join(row) for row in rows)]
    (snapshot / MANIFEST).write_text("\n".join(lines) + "\n", encoding="utf-8")
    said.append(f"{MANIFEST}: {len(rows)} page(s) at {head[:12]}; now run the docs audit (CONTRIBUTING.md)")
    return said


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="refresh-docs", description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--from", dest="checkout", type=Path, required=True, help="a checkout of Koredotcom/docs-v2")
    parser.add_argument("--to", type=Path, default=ROOT.parent / "shared" / "docs" / "kore-pages")
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    args = parser.parse_args(argv)
    try:
        for line in refresh(args.checkout, args.to, args.spec):
            print(line)
    except (RefreshError, OSError) as exc:
        print(f"refresh-docs: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
