"""The distribution's shape: the client imports without the mock's server stack, and every package is typed."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_importing_the_client_pulls_in_no_server_stack() -> None:
    probe = (
        "import sys, kore_campaigns, kore_campaigns_client.api.campaigns.get_campaign;"
        "print(sorted(m for m in ('starlette', 'uvicorn') if m in sys.modules))"
    )
    result = subprocess.run(  # noqa: S603 - fixed argv
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"


def test_server_stack_is_only_in_the_mock_extra() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = " ".join(project["dependencies"]).lower()
    assert "starlette" not in runtime and "uvicorn" not in runtime
    mock_extra = " ".join(project["optional-dependencies"]["mock"]).lower()
    assert "starlette" in mock_extra and "uvicorn" in mock_extra


def test_one_distribution_ships_client_overlay_and_mock() -> None:
    requires = metadata.requires("kore-campaigns") or []
    assert any(req.startswith("httpx") for req in requires)
    assert any("starlette" in req and 'extra == "mock"' in req for req in requires)
    for package in ("kore_campaigns_client", "kore_campaigns", "kore_campaigns_mock"):
        module = __import__(package)
        assert (Path(module.__file__ or "").parent / "py.typed").exists(), package
    entry_points = {ep.name: ep.value for ep in metadata.entry_points(group="console_scripts")}
    assert entry_points["kore-campaigns-mock"] == "kore_campaigns_mock.__main__:main"


def test_redis_is_only_in_the_redis_extra() -> None:
    # `pip install 'kore-campaigns[redis]'` (README): plain users get the limiter without a Redis client.
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "redis" not in " ".join(project["dependencies"]).lower()
    assert any(req.startswith("limits[redis]") for req in project["optional-dependencies"]["redis"])
    probe = (
        "import sys, kore_campaigns;"
        "kore_campaigns.create_client(client_id='c', client_secret='s', account_id='a', bot_id='b');"
        "print('redis' in sys.modules)"
    )
    result = subprocess.run(  # noqa: S603 - fixed argv
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "False"
