"""The hand-written overlay's size at a baseline commit and now, side by side.

    scripts/overlay-size                 # against 1cda67e, the overlay before issue 14
    scripts/overlay-size --baseline REV

"code" counts the lines that hold code: no blank, comment or docstring lines.
"""

from __future__ import annotations

import argparse
import ast
import io
import subprocess
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OVERLAY = "overlay/kore_campaigns"
# The last commit before issue 14 (shared rate limit) and issue 16 (async client, resources) grew it.
BEFORE_ISSUE_14 = "1cda67e"
_NOT_CODE = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER}


def measure(source: str) -> tuple[int, int]:
    """(all lines, code lines) of one Python source."""
    docstrings: set[int] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                docstrings.update(range(first.lineno, (first.end_lineno or first.lineno) + 1))
    code: set[int] = set()
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type not in _NOT_CODE:
            code.update(range(token.start[0], token.end[0] + 1))
    return len(source.splitlines()), len(code - docstrings)


def _git(*arguments: str) -> str:
    return subprocess.run(["git", *arguments], cwd=ROOT, check=True, capture_output=True, text=True).stdout  # noqa: S603, S607 - fixed git commands


def overlay_at(revision: str | None) -> dict[str, tuple[int, int]]:
    """Each overlay module's size at ``revision`` (None: the working tree)."""
    if revision is None:
        return {path.name: measure(path.read_text()) for path in sorted((ROOT / OVERLAY).glob("*.py"))}
    names = _git("ls-tree", "--name-only", f"{revision}:{OVERLAY}").split()
    return {name: measure(_git("show", f"{revision}:{OVERLAY}/{name}")) for name in names if name.endswith(".py")}


def main() -> None:
    parser = argparse.ArgumentParser(prog="overlay-size", description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", default=BEFORE_ISSUE_14, help=f"git revision (default {BEFORE_ISSUE_14})")
    baseline, now = overlay_at(parser.parse_args().baseline), overlay_at(None)
    print(f"{'module':<16}{'lines then':>12}{'lines now':>11}{'code then':>11}{'code now':>10}")
    for name in sorted(baseline.keys() | now.keys()):
        (lines_then, code_then), (lines_now, code_now) = baseline.get(name, (0, 0)), now.get(name, (0, 0))
        print(f"{name:<16}{lines_then:>12}{lines_now:>11}{code_then:>11}{code_now:>10}")
    total_then = [sum(size[i] for size in baseline.values()) for i in (0, 1)]
    total_now = [sum(size[i] for size in now.values()) for i in (0, 1)]
    print(f"{'total':<16}{total_then[0]:>12}{total_now[0]:>11}{total_then[1]:>11}{total_now[1]:>10}")
    print(f"ratio now/then: lines {total_now[0] / total_then[0]:.2f}x, code {total_now[1] / total_then[1]:.2f}x")


if __name__ == "__main__":
    main()
