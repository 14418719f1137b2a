"""A throwaway copy of the repository, committed, for tests that edit the spec and run the project's tools.

Never the working tree: a test that regenerates, writes CHANGELOG.md or runs the suite on a changed spec
does it here. The copy holds every file git knows (committed or not yet, ignored ones aside) in a fresh
git repository with one commit, so "the last commit" is the copy's own. It borrows the project's .venv
(without letting scripts/setup reinstall into it) and node_modules, and sits beside a link to shared/,
so `../shared` resolves as in the repository. `env()` puts the copy's packages ahead of the editable
install's, so Python code run there imports the copy's client, overlay and mock.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GIT_IDENTITY = ("-c", "user.name=kore-campaigns tests", "-c", "user.email=tests@kore-campaigns.invalid")


def git(copy: Path, *args: str) -> str:
    result = subprocess.run(  # noqa: S603
        ["git", "-C", str(copy), *GIT_IDENTITY, *args],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def _borrow_venv(copy: Path) -> None:
    # Every entry of .venv is a link, but `.installed` is the copy's own stamp of its pyproject.toml (as
    # scripts/setup computes it), so that a script running `scripts/setup` there never reinstalls the
    # project into the shared .venv from the copy.
    venv = copy / ".venv"
    venv.mkdir()
    for entry in (ROOT / ".venv").iterdir():
        if entry.name != ".installed":
            (venv / entry.name).symlink_to(entry)
    (venv / ".installed").write_text(setup_stamp(copy / "pyproject.toml") + "\n", encoding="utf-8")


def setup_stamp(pyproject: Path) -> str:
    """scripts/setup's `stamp pyproject.toml`: sha256sum's line for the file, hashed again, 16 hex digits."""
    line = f"{hashlib.sha256(pyproject.read_bytes()).hexdigest()}  pyproject.toml\n"
    return hashlib.sha256(line.encode()).hexdigest()[:16]


def copy_repository(parent: Path, name: str = "kore-campaigns") -> Path:
    """`parent/name`: the repository's files in a new git repository with one commit."""
    copy = parent / name
    listed = subprocess.run(  # noqa: S603
        ["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],  # noqa: S607
        capture_output=True,
        check=True,
    ).stdout.decode()
    for relative in filter(None, listed.split("\0")):
        source = ROOT / relative
        if source.is_file():
            target = copy / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    (parent / "shared").symlink_to(ROOT.parent / "shared")
    (copy / "node_modules").symlink_to(ROOT / "node_modules")
    _borrow_venv(copy)
    git(copy, "init", "-q")
    git(copy, "add", "-A")
    git(copy, "commit", "-q", "-m", "the repository as the test found it")
    return copy


def env(copy: Path) -> dict[str, str]:
    """The environment for running the copy's code: its packages first, no KORE_* settings of the caller."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith("KORE_")}
    paths = [copy / "generated", copy / "overlay", copy / "mock", copy]
    environment["PYTHONPATH"] = os.pathsep.join(str(p) for p in paths)
    environment["PYTHONDONTWRITEBYTECODE"] = "1"
    return environment


def run(copy: Path, *command: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603
        list(command), cwd=copy, env=env(copy), capture_output=True, text=True, timeout=timeout, check=False
    )


def version(copy: Path) -> str:
    """pyproject.toml's version in the copy's working tree."""
    return _version((copy / "pyproject.toml").read_text(encoding="utf-8"))


def version_at_head(copy: Path) -> str:
    return _version(git(copy, "show", "HEAD:pyproject.toml"))


def _version(pyproject: str) -> str:
    return next(line.split('"')[1] for line in pyproject.splitlines() if line.startswith("version = "))
