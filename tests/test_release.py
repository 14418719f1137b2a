"""scripts/release: packages built and checked, the changelog entry dated, the commit tagged; nothing uploaded."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import repo_copy


def test_a_release_builds_checks_dates_and_tags_and_refuses_what_is_not_ready(tmp_path: Path) -> None:
    copy = repo_copy.copy_repository(tmp_path)
    release = str(copy / "scripts" / "release")
    current = repo_copy.version(copy)
    major, minor, patch = (int(part) for part in current.split("."))
    wanted = f"{major}.{minor}.{patch + 1}"
    # What scripts/change-report --write leaves: the version in pyproject.toml, an unreleased entry on top.
    pyproject = copy / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text(encoding="utf-8").replace(f'version = "{current}"', f'version = "{wanted}"')
    )
    changelog = copy / "CHANGELOG.md"
    text = changelog.read_text(encoding="utf-8")
    first = text.index("## [")
    entry = f"## [{wanted}] - Unreleased\n\n- maxLength raised: `CampaignName`\n\n"
    changelog.write_text(text[:first] + entry + text[first:], encoding="utf-8")

    refused = repo_copy.run(copy, release)  # not committed yet
    assert refused.returncode == 1 and "uncommitted changes" in refused.stderr
    repo_copy.git(copy, "commit", "-qam", "the next version")
    head = repo_copy.git(copy, "rev-parse", "HEAD").strip()

    result = repo_copy.run(copy, release)
    assert result.returncode == 0, result.stdout + result.stderr
    dist = copy / "dist"
    wheel = dist / f"kore_campaigns-{wanted}-py3-none-any.whl"
    assert sorted(p.name for p in dist.iterdir()) == [wheel.name, f"kore_campaigns-{wanted}.tar.gz"]
    assert "twine check --strict" in result.stdout and "nothing uploaded" in result.stdout
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    for package in ("kore_campaigns_client", "kore_campaigns", "kore_campaigns_mock"):
        assert f"{package}/__init__.py" in names and f"{package}/py.typed" in names
    # The entry is dated in one new commit, which the annotated tag names.
    dated = changelog.read_text(encoding="utf-8")
    assert re.search(rf"^## \[{re.escape(wanted)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", dated, flags=re.MULTILINE)
    assert repo_copy.git(copy, "rev-parse", "HEAD~1").strip() == head
    assert (
        repo_copy.git(copy, "rev-parse", f"v{wanted}^{{commit}}").strip()
        == repo_copy.git(copy, "rev-parse", "HEAD").strip()
    )
    assert repo_copy.git(copy, "cat-file", "-t", f"v{wanted}").strip() == "tag"
    assert not repo_copy.git(copy, "status", "--porcelain")

    again = repo_copy.run(copy, release)  # the same version twice: refused, before building anything
    assert again.returncode == 1 and f"tag v{wanted} exists already" in again.stderr
