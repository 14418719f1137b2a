"""scripts/refresh-docs: the snapshot and its manifest, refreshed from a docs-v2 checkout as the guide says."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import repo_copy

ROOT = Path(__file__).resolve().parent.parent
KORE_PAGES = ROOT.parent / "shared" / "docs" / "kore-pages"
FOLDER = Path("ai-for-service") / "apis" / "contact-center"


def test_refresh_copies_pages_verbatim_and_writes_the_manifest(tmp_path: Path) -> None:
    upstream = tmp_path / "docs-v2"
    pages = upstream / FOLDER
    pages.mkdir(parents=True)
    for slug in ("api-list", "create-contact-list-v2", "get-all-campaigns-v2", "fetch-precall-contact"):
        shutil.copy(KORE_PAGES / f"{slug}.mdx", pages / f"{slug}.mdx")
    repo_copy.git(upstream, "init", "-q")
    repo_copy.git(upstream, "add", "-A")
    repo_copy.git(upstream, "commit", "-qm", "pages")
    first = repo_copy.git(upstream, "rev-parse", "HEAD").strip()
    changed = (pages / "create-contact-list-v2.mdx").read_text(encoding="utf-8") + "\nA sentence added upstream.\n"
    (pages / "create-contact-list-v2.mdx").write_text(changed, encoding="utf-8")
    repo_copy.git(upstream, "commit", "-qam", "a page changed")
    head = repo_copy.git(upstream, "rev-parse", "HEAD").strip()

    snapshot = tmp_path / "kore-pages"
    snapshot.mkdir()
    (snapshot / "_notes.md").write_text("hand-written notes\n", encoding="utf-8")
    (snapshot / "retired-page.mdx").write_text("gone upstream\n", encoding="utf-8")
    (snapshot / "_manifest.tsv").write_text(
        "slug\tcommit\ttotal_chars\tfind_files_commit\nretired-page\tabc\t14\tabc\ncreate-contact-list-v2\tabc\t1\tabc\n"
    )
    result = subprocess.run(  # noqa: S603 - our own script
        [str(ROOT / "scripts" / "refresh-docs"), "--from", str(upstream), "--to", str(snapshot)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "removed retired-page" in result.stdout and not (snapshot / "retired-page.mdx").exists()
    assert (snapshot / "_notes.md").read_text(encoding="utf-8") == "hand-written notes\n"
    rows = [line.split("\t") for line in (snapshot / "_manifest.tsv").read_text(encoding="utf-8").splitlines()]
    assert rows[0] == ["slug", "commit", "total_chars", "find_files_commit"]
    by_slug = {row[0]: row for row in rows[1:]}
    assert set(by_slug) == {"create-contact-list-v2", "api-list", "get-all-campaigns-v2", "fetch-precall-contact"}
    assert by_slug["create-contact-list-v2"] == ["create-contact-list-v2", head, str(len(changed)), head]
    assert by_slug["api-list"][1] == first  # the last commit that touched that page
    for slug in by_slug:
        copied = (snapshot / f"{slug}.mdx").read_text(encoding="utf-8")
        assert copied == (pages / f"{slug}.mdx").read_text(encoding="utf-8")
        assert by_slug[slug][2] == str(len(copied))
    assert "missing upstream: create-voice-campaign-agentless" in result.stdout  # listed, not in this checkout
