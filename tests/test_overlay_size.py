"""scripts/overlay-size: what it counts as code, and its side-by-side table."""

from __future__ import annotations

import subprocess
from pathlib import Path

from scripts import overlay_size

ROOT = Path(__file__).resolve().parent.parent

SOURCE = '''"""Module docstring,
on two lines."""

import os  # a comment after code counts as code


def f() -> str:
    """Docstring."""
    # a comment line
    text = """a string that is
    not a docstring"""
    return text + os.sep
'''


def test_code_lines_leave_out_blank_comment_and_docstring_lines() -> None:
    # 12 lines; code: the import, the def, the 2-line string assignment, the return.
    assert overlay_size.measure(SOURCE) == (12, 5)


def test_table_sets_a_revision_beside_the_working_tree() -> None:
    # HEAD, not the default baseline: a shallow clone may not hold 1cda67e.
    result = subprocess.run(  # noqa: S603 - our own script
        [str(ROOT / "scripts" / "overlay-size"), "--baseline", "HEAD"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    rows = {line.split()[0]: [int(n) for n in line.split()[1:]] for line in result.stdout.splitlines()[1:-1]}
    then, now = overlay_size.overlay_at("HEAD"), overlay_size.overlay_at(None)
    assert rows["client.py"] == [then["client.py"][0], now["client.py"][0], then["client.py"][1], now["client.py"][1]]
    assert rows["total"][1::2] == [sum(lines for lines, _ in now.values()), sum(code for _, code in now.values())]
    assert result.stdout.splitlines()[-1].startswith("ratio now/then: lines ")
