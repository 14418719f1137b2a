"""CONTRIBUTING.md, the maintainer's guide: linked from the README, and every command and test it names exists."""

from __future__ import annotations

import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")


def test_the_readme_links_the_guide() -> None:
    assert "[CONTRIBUTING.md](CONTRIBUTING.md)" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_script_and_option_the_guide_names_exists() -> None:
    uses = re.findall(r"scripts/([\w.-]+)((?:[ \t]+--[\w-]+)*)", GUIDE)
    named = {name for name, _ in uses}
    assert {"refresh-docs", "docs-audit", "regenerate", "openapi-3.0", "change-report", "release", "test"} <= named
    for name, options in uses:
        script = ROOT / "scripts" / name
        assert script.is_file(), name
        if "." not in name:
            assert os.access(script, os.X_OK), f"scripts/{name} is not executable"
        # The option is parsed by the script or the Python module it runs.
        sources = script.read_text(encoding="utf-8")
        module = ROOT / "scripts" / (name.replace("-", "_") + ".py")
        package = ROOT / "scripts" / name.replace("-", "_")
        sources += module.read_text(encoding="utf-8") if module.is_file() else ""
        sources += "".join(p.read_text(encoding="utf-8") for p in package.glob("*.py")) if package.is_dir() else ""
        for option in options.split():
            assert f'"{option}"' in sources or option in sources.split(), f"scripts/{name} takes no {option}"


def test_every_test_the_inner_loop_names_exists() -> None:
    named = set(re.findall(r"tests/(test_[\w]+\.py)", GUIDE))
    assert len(named) >= 10
    missing = sorted(name for name in named if not (ROOT / "tests" / name).is_file())
    assert not missing
