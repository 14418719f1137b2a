"""scripts/docs-audit: audit Kore.ai documentation pages against openapi.yaml.

    scripts/docs-audit [PAGE...] [--docs-root DIR] [--spec openapi.yaml] [--json | --only-unexplained]
    scripts/docs-audit --pin-decisions [PAGE...] [--docs-root DIR]

--docs-root reads every page under DIR (searched recursively) and lists each as audited (against the
operation or webhook that claims it in x-docs-pages), not yet covered, or out of scope, with the
reason; it reports every page whose API Scope is Campaign Management that no operation claims (naming
the operation whose method and URL it documents, if any), every claimed page DIR lacks, and every
Campaign Management page the API list names that DIR lacks. PAGE names single files (``SLUG=FILE``
gives a plain-text export its slug). --only-unexplained prints a summary line, then only what needs a
decision. --pin-decisions writes into spec/*.yaml the values the pages say today for every decision
still in the unpinned form (``covers: [KEY, ...]``); run it with the pages the audit reads.
Exit 0 when nothing is unexplained, 1 otherwise, 2 when a page or the spec cannot be read.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .audit import ROOT, default_source_dir, run
from .pin import PinError, pin_decisions
from .report import render, render_unexplained, to_json
from .spec import SpecReadError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="docs-audit", description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("pages", nargs="*", metavar="PAGE", help="page file, or SLUG=FILE")
    parser.add_argument("--docs-root", type=Path, help="audit every page under this folder")
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--spec-source", type=Path, help="the spec's hand-written files (default: spec/ beside it)")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the result as JSON")
    output.add_argument(
        "--only-unexplained", action="store_true", help="a summary line, then only the findings that need a decision"
    )
    output.add_argument(
        "--pin-decisions",
        action="store_true",
        help="write the values the pages say today into every unpinned decision (covers: [KEY, ...]) in spec/",
    )
    args = parser.parse_args(argv)
    if not args.pages and args.docs_root is None:
        parser.error("name PAGE files or --docs-root DIR")
    if args.docs_root is not None and not args.docs_root.is_dir():
        print(f"docs-audit: --docs-root {args.docs_root}: not a folder", file=sys.stderr)
        return 2
    if args.pin_decisions:
        try:
            source = args.spec_source or default_source_dir(args.spec)
            for line in pin_decisions(args.pages, args.spec, args.docs_root, source):
                print(line)
        except (SpecReadError, PinError) as exc:
            print(f"docs-audit: {exc}", file=sys.stderr)
            return 2
        return 0
    try:
        result = run(args.pages, args.spec, args.docs_root, args.spec_source)
    except SpecReadError as exc:
        print(f"docs-audit: {exc}", file=sys.stderr)
        return 2
    try:
        print(to_json(result) if args.json else render_unexplained(result) if args.only_unexplained else render(result))
    except BrokenPipeError:  # `| head`: the reader has what it wanted; the exit code still tells the rest
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    for message in result.unreadable:
        print(f"docs-audit: {message}", file=sys.stderr)
    if result.unreadable:
        return 2
    return 1 if result.unexplained else 0
