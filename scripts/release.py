"""Release the version pyproject.toml names: build sdist and wheel, check them, date the changelog, tag.

    scripts/release              # build into dist/, twine check, date CHANGELOG.md's entry, commit, tag vX.Y.Z
    scripts/release --dry-run    # build into a temporary folder and check; no commit, no tag

Nothing is uploaded: publishing (`twine upload dist/*`) is a separate, deliberate step. The release needs a
clean working tree (everything committed), a generated client current with the spec (scripts/regenerate
--check), a CHANGELOG.md entry for the version (scripts/change-report --write makes it) and no tag of that
version yet. The packages are built and checked before anything is committed, so a failed build leaves
the repository as it was.
"""

from __future__ import annotations

import argparse
import datetime
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNRELEASED = "Unreleased"


class ReleaseError(Exception):
    """A reason not to release, meant for the person running the script."""


def _run(*command: str, cwd: Path = ROOT) -> str:
    result = subprocess.run(list(command), cwd=cwd, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()
        shown = " ".join([Path(command[0]).name, *command[1:]])
        raise ReleaseError(f"{shown} failed (exit {result.returncode}):\n{output}")
    return result.stdout


def _git(*args: str) -> str:
    return _run("git", "-C", str(ROOT), *args)


def version() -> str:
    match = re.search(r'^version\s*=\s*"([^"]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.M)
    if not match:
        raise ReleaseError("pyproject.toml states no version")
    return match.group(1)


def changelog_entry(text: str, wanted: str) -> re.Match[str]:
    entry = re.search(rf"^## \[{re.escape(wanted)}\] - (.+)$", text, flags=re.MULTILINE)
    if entry is None:
        raise ReleaseError(f"CHANGELOG.md has no entry for {wanted}; run scripts/change-report --write first")
    return entry


def check_ready(wanted: str) -> None:
    if _git("status", "--porcelain", "--untracked-files=normal").strip():
        raise ReleaseError("the working tree has uncommitted changes; commit them first")
    if _git("tag", "--list", f"v{wanted}").strip():
        raise ReleaseError(f"tag v{wanted} exists already; scripts/change-report --write proposes the next version")
    changelog_entry((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"), wanted)
    _run(str(ROOT / "scripts" / "regenerate"), "--check")


def build(outdir: Path) -> list[Path]:
    """sdist and wheel of the project into `outdir`, then `twine check --strict` on both."""
    python = sys.executable
    _run(python, "-m", "build", "--sdist", "--wheel", "--outdir", str(outdir), str(ROOT))
    built = sorted(outdir.glob("kore_campaigns-*"))
    if len(built) != 2 or not any(p.suffix == ".whl" for p in built):
        raise ReleaseError(f"expected one sdist and one wheel in {outdir}, found {[p.name for p in built]}")
    _run(python, "-m", "twine", "check", "--strict", *map(str, built))
    return built


def date_entry(wanted: str, today: datetime.date) -> bool:
    """Put today's date on the version's changelog entry if it is still unreleased; whether it changed."""
    path = ROOT / "CHANGELOG.md"
    text = path.read_text(encoding="utf-8")
    entry = changelog_entry(text, wanted)
    if entry.group(1).strip() != UNRELEASED:
        return False
    path.write_text(text[: entry.start(1)] + today.isoformat() + text[entry.end(1) :], encoding="utf-8")
    return True


def release(dry_run: bool, dist: Path) -> list[str]:
    wanted = version()
    check_ready(wanted)
    said: list[str] = []
    with tempfile.TemporaryDirectory(prefix="release-") as scratch:
        built = build(Path(scratch))
        said.append(f"built and checked (twine check --strict): {', '.join(p.name for p in built)}")
        if dry_run:
            return [*said, "dry run: no commit, no tag, nothing kept"]
        dist.mkdir(parents=True, exist_ok=True)
        for package in built:
            shutil.copy2(package, dist / package.name)
    said.append(f"packages in {dist}")
    if date_entry(wanted, datetime.date.today()):
        _git("add", "CHANGELOG.md")
        _git("commit", "-q", "-m", f"Release {wanted}: the changelog entry dated")
        said.append(f"dated the {wanted} entry of CHANGELOG.md and committed it")
    _git("tag", "-a", f"v{wanted}", "-m", f"kore-campaigns {wanted}")
    said.append(f"tagged v{wanted} at {_git('rev-parse', '--short', 'HEAD').strip()}; nothing uploaded")
    return said


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="release", description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--dry-run", action="store_true", help="build and check only; no commit, no tag")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the packages go (default: dist/)")
    args = parser.parse_args(argv)
    try:
        for line in release(args.dry_run, args.dist.resolve()):
            print(line)
    except ReleaseError as exc:
        print(f"scripts/release: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
