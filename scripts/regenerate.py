"""Regenerate generated/kore_campaigns_client from openapi.yaml, or check that it is current.

    scripts/regenerate            # bundle spec/ into openapi.yaml, validate it, generate, swap the new client in
    scripts/regenerate --check    # the same into a temporary folder and compare; exit 1 if anything is stale

The generator and ruff are the pinned ones from the project's virtual environment, so the
output is the same bytes on every machine. Nothing under generated/ changes unless generation
and its post-hooks succeeded. The generator runs in this process with the filters of
scripts/generator_adapter.py; the runtime the templates call (scripts/codegen_runtime) is copied
into the package as `_runtime`. With --check, the bundling of spec/ runs beside the generation.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import difflib
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "kore_campaigns_client"
GENERATOR_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"
CONFIG = ROOT / "scripts" / "openapi-python-client.yaml"
# Custom templates add the resource objects (client.campaigns, ...) beside the generated functions.
TEMPLATES = ROOT / "scripts" / "templates"
# The runtime the templates call: plain Python, copied as is into the package as `_runtime`.
RUNTIME = ROOT / "scripts" / "codegen_runtime"
RUNTIME_PACKAGE = "_runtime"


class RegenerateError(Exception):
    """A failure with a message meant for the person running the script."""


def _tool_env() -> dict[str, str]:
    # Post-hooks call `ruff` by name: put this interpreter's bin first so it is the pinned one.
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def _check_tool_versions(env: dict[str, str]) -> None:
    try:
        from importlib.metadata import version

        generator = version("openapi-python-client")
    except Exception as exc:  # any lookup failure means "not installed"
        raise RegenerateError("openapi-python-client is not installed; run: python -m pip install -e '.[dev]'") from exc
    if generator != GENERATOR_VERSION:
        raise RegenerateError(f"openapi-python-client {generator} found, {GENERATOR_VERSION} is pinned")
    ruff = subprocess.run(["ruff", "--version"], env=env, capture_output=True, text=True, check=False)  # noqa: S607
    if ruff.returncode != 0 or ruff.stdout.split()[-1:] != [RUFF_VERSION]:
        raise RegenerateError(f"ruff {RUFF_VERSION} is pinned; found: {ruff.stdout.strip() or 'none'}")


def load_spec(spec: Path) -> dict[str, Any]:
    """The document, parsed once per process (scripts/spec_facts.py) for the validator, the generator, the
    filters and the change report; none of them changes it."""
    sys.path.insert(0, str(ROOT))
    from scripts.spec_facts import SpecReadError, load

    try:
        return load(spec).document
    except SpecReadError as exc:
        raise RegenerateError(str(exc)) from exc


def validate_spec(spec: Path, document: dict[str, Any]) -> None:
    """Fail with the validator's own message and the place in the document it points at."""
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(document)
    except OpenAPIValidationError as exc:
        where = "/".join(str(part) for part in exc.absolute_path) or "(document root)"
        raise RegenerateError(f"{spec.name} is not a valid OpenAPI document\n  at: {where}\n  {exc.message}") from exc


def generator_input(spec: Path, document: dict[str, Any], scratch: Path) -> Path:
    """What the generator reads: the document as JSON, which it parses with `json` rather than its
    pure-Python YAML reader (half its run time); the spec itself if the document holds a value JSON lacks.
    (tests/test_regenerate.py checks that both readers see the same document.)"""
    try:
        text = json.dumps(document, ensure_ascii=False)
    except TypeError:  # e.g. an unquoted date, which YAML reads as a date
        return spec
    path = scratch / "openapi.json"
    path.write_text(text, encoding="utf-8")
    return path


def generate_into(
    spec: Path, destination: Path, env: dict[str, str] | None = None, document: dict[str, Any] | None = None
) -> None:
    """Run the generator (in this process, through scripts/generator_adapter.py); `destination` must not exist.

    `document` is the spec's content if the caller has read it already; `env` supplies PATH for the post-hooks.
    """
    sys.path.insert(0, str(ROOT))
    from scripts import generator_adapter

    # The generator's post-hooks call `ruff` by name: the pinned one, first on PATH.
    os.environ["PATH"] = (env or _tool_env())["PATH"]
    if document is None:
        document = load_spec(spec)
    with tempfile.TemporaryDirectory(prefix="regenerate-input-") as scratch:
        try:
            generator_adapter.generate(
                document, generator_input(spec, document, Path(scratch)), CONFIG, TEMPLATES, destination
            )
        except generator_adapter.GenerationError as exc:
            raise RegenerateError(f"openapi-python-client failed:\n{exc}") from exc
    if not (destination / "__init__.py").exists():
        raise RegenerateError("openapi-python-client wrote no package")
    # The runtime the generated modules import (`from .._runtime.reading import ...`).
    shutil.copytree(RUNTIME, destination / RUNTIME_PACKAGE, ignore=shutil.ignore_patterns("__pycache__"))
    # PEP 561 marker, so users' type checkers read the generated annotations.
    (destination / "py.typed").write_text("")


def _tree(root: Path) -> dict[str, Path]:
    return {
        str(path.relative_to(root)): path
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def compare(current: Path, fresh: Path) -> list[str]:
    """Describe how `current` differs from `fresh`: one line per file, plus the first changed lines."""
    have, want = _tree(current) if current.exists() else {}, _tree(fresh)
    report: list[str] = []
    for name in sorted(want.keys() - have.keys()):
        report.append(f"missing: {name}")
    for name in sorted(have.keys() - want.keys()):
        report.append(f"not generated from the spec: {name}")
    for name in sorted(have.keys() & want.keys()):
        if filecmp.cmp(have[name], want[name], shallow=False):
            continue
        diff = difflib.unified_diff(
            have[name].read_text(encoding="utf-8").splitlines(),
            want[name].read_text(encoding="utf-8").splitlines(),
            lineterm="",
            n=0,
        )
        changed = [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]
        report.append(f"differs: {name} ({len(changed)} changed lines)")
        report.extend(f"    {line}" for line in changed[:4])
    return report


def write_operation_table(spec: Path, package: Path, document: dict[str, Any]) -> None:
    """The operations as data (`operations.json`), from which the command line builds its commands."""
    sys.path.insert(0, str(ROOT))
    from scripts.operation_table import write_operation_table as write

    write(spec, package, document)


def api_changes(current: Path, fresh: Path, spec: Path | None = None) -> str:
    """The change report (scripts/change_report.py): the spec and the fresh client against the last commit,
    so that running twice reports the same; outside a git checkout, the client against `current`."""
    sys.path.insert(0, str(ROOT))
    from scripts.change_report import describe_changes, describe_since_last_commit

    if current.resolve() != (ROOT / "generated" / PACKAGE).resolve():
        return describe_changes(current, fresh)
    return describe_since_last_commit(fresh, spec or ROOT / "openapi.yaml", ROOT) or describe_changes(current, fresh)


def bundle_source(spec: Path, check: bool) -> None:
    """openapi.yaml is bundled from spec/: bring it up to date first (or, with --check, fail when stale)."""
    sys.path.insert(0, str(ROOT))
    from scripts.bundle_spec import SOURCE, TARGET, BundleError, sync

    if spec != TARGET or not SOURCE.exists():
        return
    try:
        current, fresh = sync(check)
    except BundleError as exc:
        raise RegenerateError(str(exc)) from exc
    if current == fresh:
        return
    if check:
        raise RegenerateError("openapi.yaml is stale against spec/; run scripts/bundle-spec (or scripts/regenerate)")
    print("bundled spec/ into openapi.yaml")


def run(spec: Path, output_root: Path, check: bool) -> int:
    target = output_root / PACKAGE
    env = _tool_env()
    _check_tool_versions(env)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as background:
        bundled: Callable[[], None] = lambda: None  # noqa: E731
        if check:
            # Bundling (Redocly, a Node process) only has to agree with openapi.yaml: it runs beside the generation.
            bundled = background.submit(bundle_source, spec, check).result
        else:
            bundle_source(spec, check)
        document = load_spec(spec)
        validate_spec(spec, document)
        output_root.mkdir(parents=True, exist_ok=True)
        # Same filesystem as the target, so the final swap is two renames.
        with tempfile.TemporaryDirectory(prefix=".regenerate-", dir=output_root) as scratch:
            fresh = Path(scratch) / PACKAGE
            generate_into(spec, fresh, env, document)
            write_operation_table(spec, fresh, document)
            bundled()
            if check:
                report = compare(target, fresh)
                if report:
                    files = sum(1 for line in report if not line.startswith(" "))
                    print(f"{os.path.relpath(target, ROOT)} is stale: {files} difference(s) from {spec.name}")
                    print(api_changes(target, fresh, spec))
                    print("\n".join(report[:40]))
                    print("Run scripts/regenerate and commit the result.")
                    return 1
                print(f"{os.path.relpath(target, ROOT)} is up to date with {spec.name}")
                return 0
            print(api_changes(target, fresh, spec))
            previous = Path(scratch) / "previous"
            if target.exists():
                target.rename(previous)
            fresh.rename(target)
    print(f"regenerated {os.path.relpath(target, ROOT)} from {spec.name}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="fail if generated/ differs from a fresh generation")
    parser.add_argument(
        "--spec", type=Path, default=ROOT / "openapi.yaml", help="OpenAPI document (default: openapi.yaml)"
    )
    parser.add_argument("--output", type=Path, default=ROOT / "generated", help="folder holding the package")
    args = parser.parse_args(argv)
    try:
        return run(args.spec.resolve(), args.output.resolve(), args.check)
    except RegenerateError as exc:
        print(f"scripts/regenerate: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
