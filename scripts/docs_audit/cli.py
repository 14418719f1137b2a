"""scripts/docs-audit: audit Kore.ai documentation pages against openapi.yaml.

    scripts/docs-audit [PAGE...] [--docs-root DIR] [--spec openapi.yaml] [--json]

--docs-root audits every page under DIR (searched recursively) that an operation claims in
x-docs-pages, reports every page whose API Scope is Campaign Management that no operation claims,
and every claimed page DIR lacks. PAGE names single files (``SLUG=FILE`` gives a plain-text export
its slug). Exit 0 when nothing is unexplained, 1 otherwise, 2 when a page or the spec cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .audit import ROOT, run
from .report import render, to_json
from .spec import SpecReadError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="docs-audit", description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("pages", nargs="*", metavar="PAGE", help="page file, or SLUG=FILE")
    parser.add_argument("--docs-root", type=Path, help="audit every page under this folder")
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--spec-source", type=Path, help="the spec's hand-written files (default: spec/ beside it)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    if not args.pages and args.docs_root is None:
        parser.error("name PAGE files or --docs-root DIR")
    if args.docs_root is not None and not args.docs_root.is_dir():
        print(f"docs-audit: --docs-root {args.docs_root}: not a folder", file=sys.stderr)
        return 2
    try:
        result = run(args.pages, args.spec, args.docs_root, args.spec_source)
    except SpecReadError as exc:
        print(f"docs-audit: {exc}", file=sys.stderr)
        return 2
    print(to_json(result) if args.json else render(result))
    for message in result.unreadable:
        print(f"docs-audit: {message}", file=sys.stderr)
    if result.unreadable:
        return 2
    return 1 if result.unexplained else 0
