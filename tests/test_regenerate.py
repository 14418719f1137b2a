"""scripts/regenerate: validation before generation, atomic swap, and drift detection."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "regenerate"
SPEC = ROOT / "openapi.yaml"
PACKAGE = ROOT / "generated" / "kore_campaigns_client"


def run_script(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - fixed argv, our own script
        [str(SCRIPT), *args], capture_output=True, text=True, timeout=120, check=False
    )


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture
def generated_copy(tmp_path: Path) -> Path:
    """A throw-away copy of generated/, so a failing test cannot damage the real one."""
    output = tmp_path / "generated"
    shutil.copytree(PACKAGE, output / PACKAGE.name, ignore=shutil.ignore_patterns("__pycache__"))
    return output


def test_check_passes_on_the_committed_client() -> None:
    result = run_script("--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout


def test_regenerating_twice_gives_the_same_bytes(generated_copy: Path) -> None:
    before = snapshot(generated_copy)
    for _ in range(2):
        result = run_script("--output", str(generated_copy))
        assert result.returncode == 0, result.stderr
        assert snapshot(generated_copy) == before
    # Nothing left behind by the temporary folders.
    assert sorted(p.name for p in generated_copy.iterdir()) == [PACKAGE.name]


def test_invalid_spec_fails_with_the_place_and_leaves_the_client_untouched(
    tmp_path: Path, generated_copy: Path
) -> None:
    broken = tmp_path / "openapi.yaml"
    text = SPEC.read_text(encoding="utf-8")
    # A parameter with an `in` the standard does not allow: valid YAML, invalid OpenAPI.
    needle = "        - name: campaignType\n          in: query\n"
    assert needle in text
    broken.write_text(text.replace(needle, "        - name: campaignType\n          in: body\n", 1), encoding="utf-8")
    before = snapshot(generated_copy)

    result = run_script("--spec", str(broken), "--output", str(generated_copy))

    assert result.returncode != 0
    assert "not a valid OpenAPI document" in result.stderr
    assert "paths/" in result.stderr  # names the spot
    assert "'body' is not one of" in result.stderr or "body" in result.stderr
    assert snapshot(generated_copy) == before


def test_unparseable_yaml_fails_clearly(tmp_path: Path, generated_copy: Path) -> None:
    broken = tmp_path / "openapi.yaml"
    broken.write_text("openapi: 3.1.0\ninfo: [unclosed\n", encoding="utf-8")
    before = snapshot(generated_copy)
    result = run_script("--spec", str(broken), "--output", str(generated_copy))
    assert result.returncode != 0
    assert "not valid YAML" in result.stderr
    assert "line" in result.stderr
    assert snapshot(generated_copy) == before


def test_check_reports_a_stale_client(generated_copy: Path) -> None:
    types_py = generated_copy / PACKAGE.name / "types.py"
    types_py.write_text(types_py.read_text(encoding="utf-8") + "# edited by hand\n", encoding="utf-8")
    (generated_copy / PACKAGE.name / "models" / "hand_written.py").write_text("x = 1\n", encoding="utf-8")
    (generated_copy / PACKAGE.name / "errors.py").unlink()

    result = run_script("--check", "--output", str(generated_copy))

    assert result.returncode == 1
    assert "is stale: 3 difference(s)" in result.stdout
    assert "differs: types.py" in result.stdout
    assert "+# edited by hand" not in result.stdout  # the fresh side lacks it...
    assert "-# edited by hand" in result.stdout  # ...so the committed side shows it removed
    assert "not generated from the spec: models/hand_written.py" in result.stdout
    assert "missing: errors.py" in result.stdout


def test_spec_change_shows_up_as_drift(tmp_path: Path, generated_copy: Path) -> None:
    changed = tmp_path / "openapi.yaml"
    changed.write_text(
        SPEC.read_text(encoding="utf-8").replace(
            "operationId: getCampaign\n      tags", "operationId: getCampaignDetails\n      tags", 1
        ),
        encoding="utf-8",
    )
    result = run_script("--check", "--spec", str(changed), "--output", str(generated_copy))
    assert result.returncode == 1
    assert "missing: api/campaigns/get_campaign_details.py" in result.stdout
    assert "not generated from the spec: api/campaigns/get_campaign.py" in result.stdout
    # The change report comes with the failure, in terms of the client's API.
    assert "BREAKING  operation removed: campaigns.get_campaign" in result.stdout
    assert "ok        operation added: campaigns.get_campaign_details" in result.stdout


def test_the_generator_reads_the_same_document_from_our_json(tmp_path: Path) -> None:
    # regenerate hands the generator the spec as JSON (read once by libyaml) instead of letting it
    # read the YAML with its own reader; the two readings must be the same document.
    from ruamel.yaml import YAML

    from scripts import regenerate

    document = regenerate.load_spec(SPEC)
    given = regenerate.generator_input(SPEC, document, tmp_path)
    assert given.suffix == ".json"
    assert json.loads(given.read_text(encoding="utf-8")) == YAML(typ="safe").load(SPEC.read_bytes())
    # A value JSON cannot hold (YAML reads an unquoted date as a date): the generator reads the YAML itself.
    dated = tmp_path / "dated.yaml"
    dated.write_text("openapi: 3.1.0\ninfo: {title: t, version: 2025-01-01}\npaths: {}\n", encoding="utf-8")
    assert regenerate.generator_input(dated, regenerate.load_spec(dated), tmp_path) == dated
