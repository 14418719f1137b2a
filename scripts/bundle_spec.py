"""Bundle the hand-written spec (spec/*.yaml, one file per resource) into openapi.yaml, or check it is current.

    scripts/bundle-spec            # write openapi.yaml from spec/openapi.yaml
    scripts/bundle-spec --check    # exit 1 if openapi.yaml differs from a fresh bundle

openapi.yaml stays the single file that the generator, the fuzzer and other teams read; the pinned
Redocly CLI (package-lock.json) does the bundling, so the bytes are the same on every machine.
"""

from __future__ import annotations

import argparse
import difflib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "spec" / "openapi.yaml"
TARGET = ROOT / "openapi.yaml"
HEADER = (
    "# Bundled from spec/ by scripts/bundle-spec; do not edit: change the files in spec/ and run\n"
    "# scripts/bundle-spec (scripts/regenerate runs it too).\n"
)


class BundleError(Exception):
    """A failure with a message meant for the person running the script."""


def bundle(source: Path = SOURCE) -> str:
    """The bundled document's text, header included."""
    redocly = ROOT / "node_modules" / ".bin" / "redocly"
    if not redocly.exists():
        raise BundleError("the pinned Redocly CLI is missing; run scripts/setup (npm ci)")
    env = dict(os.environ, REDOCLY_TELEMETRY="off", REDOCLY_SUPPRESS_UPDATE_NOTICE="true")
    with tempfile.TemporaryDirectory(prefix="bundle-spec-") as scratch:
        out = Path(scratch) / "openapi.yaml"
        result = subprocess.run(  # noqa: S603
            [str(redocly), "bundle", str(source), "--output", str(out)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not out.exists():
            raise BundleError(
                f"redocly bundle failed (exit {result.returncode}):\n{(result.stdout + result.stderr).strip()}"
            )
        return HEADER + out.read_text(encoding="utf-8")


def lint(spec: Path = TARGET) -> None:
    """The bundle linted by the stricter of the two pinned validators (openapi-typescript's Redocly core,
    under redocly.yaml; scripts/lint-spec.mjs), so that what it rejects fails here, in seconds, rather
    than in the TypeScript suite."""
    result = subprocess.run(  # noqa: S603
        ["node", str(ROOT / "scripts" / "lint-spec.mjs"), str(spec), str(ROOT / "redocly.yaml")],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise BundleError(
            f"{spec.name} fails openapi-typescript's Redocly lint:\n{(result.stdout + result.stderr).strip()}"
        )


def sync(check: bool) -> tuple[str, str]:
    """openapi.yaml's text and the fresh bundle of spec/; unless `check`, openapi.yaml is rewritten to it
    and linted (a --check run leaves that to the test suite, which runs openapi-typescript itself)."""
    fresh = bundle(SOURCE)
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
    if current != fresh and not check:
        TARGET.write_text(fresh, encoding="utf-8")
    if not check:
        lint(TARGET)
    return current, fresh


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="fail if openapi.yaml is not the bundle of spec/")
    args = parser.parse_args(argv)
    try:
        current, fresh = sync(args.check)
    except BundleError as exc:
        print(f"scripts/bundle-spec: {exc}", file=sys.stderr)
        return 2
    if current == fresh:
        print("openapi.yaml is up to date with spec/")
        return 0
    if not args.check:
        print("bundled spec/ into openapi.yaml")
        return 0
    diff = difflib.unified_diff(
        current.splitlines(), fresh.splitlines(), "openapi.yaml", "bundle of spec/", lineterm="", n=1
    )
    print("openapi.yaml is stale: it differs from the bundle of spec/")
    print("\n".join(list(diff)[:40]))
    print("Run scripts/bundle-spec (or scripts/regenerate) and commit the result.")
    return 1


if __name__ == "__main__":
    sys.exit(main())
