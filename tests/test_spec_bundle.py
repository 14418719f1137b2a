"""The hand-written spec lives in spec/ (one file per resource); openapi.yaml is its Redocly bundle."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import repo_copy
import yaml

from scripts import bundle_spec, regenerate

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"

pytestmark = pytest.mark.node


def _load(path: Path) -> dict[str, Any]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


@pytest.fixture(scope="module")
def require_redocly() -> None:
    if not (ROOT / "node_modules" / ".bin" / "redocly").exists():
        pytest.skip("the pinned npm tools are missing (scripts/setup runs npm ci)")


def test_openapi_yaml_is_the_bundle_of_spec(require_redocly: None) -> None:
    assert bundle_spec.bundle() == (ROOT / "openapi.yaml").read_text(encoding="utf-8")


def test_a_change_in_a_resource_file_reaches_the_bundle(tmp_path: Path, require_redocly: None) -> None:
    copy = tmp_path / "spec"
    shutil.copytree(SPEC_DIR, copy)
    scheduling = copy / "scheduling.yaml"
    text = scheduling.read_text(encoding="utf-8")
    assert "summary: Enable or disable a daily or weekly schedule for a campaign" in text
    scheduling.write_text(text.replace("for a campaign\n", "for a campaign (edited)\n", 1), encoding="utf-8")
    fresh = bundle_spec.bundle(copy / "openapi.yaml")
    assert "schedule for a campaign (edited)" in fresh
    assert fresh != (ROOT / "openapi.yaml").read_text(encoding="utf-8")


def test_the_root_only_points_at_resource_files() -> None:
    root = _load(SPEC_DIR / "openapi.yaml")
    for path, item in root["paths"].items():
        assert list(item) == ["$ref"], f"{path} is written in spec/openapi.yaml; it belongs in a resource file"
        target = item["$ref"].split("#", 1)[0]
        assert (SPEC_DIR / target).is_file(), f"{path} points at a missing file {target}"


def test_each_component_name_is_defined_once_and_keeps_its_name_in_the_bundle() -> None:
    # Redocly renames a clashing component (Name-2), which would silently rename a generated model.
    owners: dict[tuple[str, str], list[str]] = {}
    for source in sorted(SPEC_DIR.glob("*.yaml")):
        for section, entries in (_load(source).get("components") or {}).items():
            for name in entries:
                owners.setdefault((section, name), []).append(source.name)
    clashes = {f"{section}/{name}": files for (section, name), files in owners.items() if len(files) > 1}
    assert not clashes
    bundled = _load(ROOT / "openapi.yaml")["components"]
    in_bundle = {(section, name) for section, entries in bundled.items() for name in entries}
    assert in_bundle == set(owners), {
        "only in the bundle (renamed?)": sorted(in_bundle - set(owners)),
        "dropped (never referenced?)": sorted(set(owners) - in_bundle),
    }


def test_regenerate_check_fails_on_a_stale_bundle_and_regenerate_rewrites_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, require_redocly: None
) -> None:
    copy = tmp_path / "spec"
    shutil.copytree(SPEC_DIR, copy)
    scheduling = copy / "scheduling.yaml"
    text = scheduling.read_text(encoding="utf-8")
    scheduling.write_text(text.replace("for a campaign\n", "for a campaign (edited)\n", 1), encoding="utf-8")
    target = tmp_path / "openapi.yaml"
    target.write_text((ROOT / "openapi.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(bundle_spec, "SOURCE", copy / "openapi.yaml")
    monkeypatch.setattr(bundle_spec, "TARGET", target)
    with pytest.raises(regenerate.RegenerateError, match=r"openapi\.yaml is stale against spec/"):
        regenerate.bundle_source(target, check=True)
    assert "(edited)" not in target.read_text(encoding="utf-8")  # --check writes nothing
    regenerate.bundle_source(target, check=False)
    assert "schedule for a campaign (edited)" in target.read_text(encoding="utf-8")


def test_the_bundle_is_linted_by_openapi_typescripts_redocly_on_the_fast_path(
    tmp_path: Path, require_redocly: None
) -> None:
    # openapi-typescript lints with its own Redocly core; scripts/bundle-spec (and so scripts/regenerate)
    # runs that core on every bundle it writes, so its rejection shows in seconds, not in the slow suites.
    copy = repo_copy.copy_repository(tmp_path)
    assert repo_copy.run(copy, str(copy / "scripts" / "bundle-spec")).returncode == 0
    config = copy / "redocly.yaml"
    lines = config.read_text(encoding="utf-8").splitlines(keepends=True)
    config.write_text("".join(line for line in lines if "no-ambiguous-paths" not in line), encoding="utf-8")
    for command in ("bundle-spec", "regenerate"):
        result = repo_copy.run(copy, str(copy / "scripts" / command))
        assert result.returncode == 2, result.stdout + result.stderr
        assert "fails openapi-typescript's Redocly lint" in result.stderr
        assert "error no-ambiguous-paths" in result.stderr
    assert not repo_copy.git(copy, "status", "--porcelain", "generated")  # the client was left alone
