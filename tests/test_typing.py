"""A user's script in the resource style type-checks under mypy --strict and pyright (strict), and
each mistake in tests/typing/resource_mistakes.py is reported by both, on its own call.

The resource methods are generated, so this checks the generation: typed parameters, keyword
body fields, one-value enums as Literals, sync vs async return types.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from mypy import api as mypy_api
from test_spec_tools import _missing

ROOT = Path(__file__).resolve().parent.parent
USAGE = ROOT / "tests" / "typing" / "resource_usage.py"
MISTAKES = ROOT / "tests" / "typing" / "resource_mistakes.py"
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"


def mistake_spans() -> dict[int, range]:
    """Each `# expected error` line, and the lines of its statement (up to the next mistake)."""
    lines = MISTAKES.read_text(encoding="utf-8").splitlines()
    marked = [number for number, line in enumerate(lines, 1) if "# expected error:" in line]
    assert len(marked) >= 5
    ends = [*marked[1:], len(lines) + 1]
    return {start: range(start, end) for start, end in zip(marked, ends, strict=True)}


def check_reports(checker: str, error_lines: list[int]) -> None:
    spans = mistake_spans()
    stray = [line for line in error_lines if not any(line in span for span in spans.values())]
    assert not stray, f"{checker} reported errors outside the marked mistakes, at lines {stray}"
    missed = [start for start, span in spans.items() if not any(line in span for line in error_lines)]
    assert not missed, f"{checker} missed the mistakes on lines {missed}"


def test_mypy_strict_accepts_the_usage_and_reports_each_mistake() -> None:
    stdout, stderr, _ = mypy_api.run(["--strict", "--no-error-summary", str(USAGE), str(MISTAKES)])
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    usage_errors = [line for line in errors if line.startswith(str(USAGE.relative_to(ROOT)))]
    assert not usage_errors, "\n".join(usage_errors) + stderr
    lines = [int(m.group(1)) for line in errors if (m := re.match(r".*resource_mistakes\.py:(\d+): error", line))]
    assert lines, stdout + stderr
    check_reports("mypy", lines)


def test_pyright_accepts_the_usage_and_reports_each_mistake() -> None:
    if shutil.which("node") is None or not PYRIGHT.exists():
        _missing(f"pyright ({PYRIGHT}; run `npm ci`)")
    result = subprocess.run(  # noqa: S603 - fixed tool path and arguments
        [str(PYRIGHT), "--outputjson", str(USAGE), str(MISTAKES)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    report = json.loads(result.stdout)
    errors = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    usage_errors = [d for d in errors if Path(d["file"]) == USAGE]
    assert not usage_errors, json.dumps(usage_errors, indent=1)
    # pyright counts lines from 0.
    lines = [d["range"]["start"]["line"] + 1 for d in errors if Path(d["file"]) == MISTAKES]
    assert report["summary"]["filesAnalyzed"] == 2
    check_reports("pyright", lines)


@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_the_span_check_fails_on_a_missed_mistake(checker: str) -> None:
    # The check itself can fail: with one marked mistake unreported, it names the line.
    spans = mistake_spans()
    first, *rest = spans
    with pytest.raises(AssertionError, match=f"{checker} missed the mistakes on lines \\[{first}\\]"):
        check_reports(checker, [spans[start][0] for start in rest])
