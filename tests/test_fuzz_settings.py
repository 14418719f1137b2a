"""The fuzzing's facts come from openapi.yaml, and its schemathesis internals from one checked module.

Fast (no fuzzing run): the configuration a run gets, the hooks' keys, and the wall around schemathesis's
internals. The runs themselves are in test_fuzz.py, test_fuzz_mutations.py and test_fuzz_cli.py.
"""

from __future__ import annotations

import ast
import copy
import importlib
import tomllib
from pathlib import Path
from typing import Any

import pytest
import schemathesis

from fuzz import schemathesis_internals as internals
from fuzz import settings
from scripts.spec_facts import ROOT, SpecFacts, ecma_regex, load

FUZZ = ROOT / "fuzz"
WALL = FUZZ / "schemathesis_internals.py"


def _spec_with(change: Any) -> SpecFacts:
    document = copy.deepcopy(load().document)
    change(document)
    return SpecFacts(document)


def _bound_values(data: dict[str, Any], operation_id: str, key: str) -> list[Any]:
    """The boundary values the configuration binds to `key` (`body.name`) on `operation_id`."""
    for entry in data["operations"]:
        if entry.get("include-operation-id") == [operation_id] and key in entry.get("parameters", {}):
            return list(data["dictionaries"][entry["parameters"][key]["dictionary"]]["values"])
    return list(data["dictionaries"][data["parameters"][key]["dictionary"]]["values"])


def test_schemathesis_toml_holds_no_fact_of_the_spec() -> None:
    with settings.CONFIG.open("rb") as handle:
        toml = tomllib.load(handle)
    assert "dictionaries" not in toml and "parameters" not in toml
    checks = toml.get("checks", {})
    assert "expected-statuses" not in checks.get("positive_data_acceptance", {})
    assert "expected-statuses" not in checks.get("negative_data_rejection", {})
    assert "operations" not in toml


def test_a_toml_that_holds_boundary_values_is_refused(tmp_path: Path) -> None:
    stale = tmp_path / "schemathesis.toml"
    stale.write_text('[dictionaries.names]\nvalues = ["x"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"\[dictionaries\] is derived from openapi.yaml"):
        settings.config_data(config_path=stale)


def test_every_documented_limit_gets_values_at_and_past_it() -> None:
    spec = load()
    data = settings.config_data(spec=spec)
    name = spec.schema("CampaignName")["maxLength"]
    for operation_id, key in (("createCampaign", "body.name"), ("scheduleCampaign", "query.campaignName")):
        lengths = sorted(len(value) for value in _bound_values(data, operation_id, key))
        assert lengths == [name, name + 1], (operation_id, key)
    ring = spec.schema("VoiceDialingStrategy")["properties"]["maxRingTime"]
    assert sorted(_bound_values(data, "createVoiceCampaign", "body.dialingStrategy.maxRingTime")) == sorted(
        [ring["minimum"] - 1, ring["minimum"], ring["maximum"], ring["maximum"] + 1]
    )
    priorities = sorted(int(value) for value in spec.schema("Priority")["enum"])
    assert {priorities[0] - 1, priorities[-1] + 1} <= {
        int(value) for value in _bound_values(data, "createCampaign", "body.priority")
    }


def test_a_changed_limit_reaches_the_fuzzing_with_nothing_else_to_edit() -> None:
    """The 48 -> 64 change of the issue: only the spec changes, and the run's boundary values follow."""

    def raise_name_limit(document: dict[str, Any]) -> None:
        document["components"]["schemas"]["CampaignName"]["maxLength"] += 16

    spec = _spec_with(raise_name_limit)
    limit = spec.schema("CampaignName")["maxLength"]
    data = settings.config_data(spec=spec)
    # Campaign names now differ from contact-list names: each operation is held to its own limit.
    assert sorted(len(value) for value in _bound_values(data, "createCampaign", "body.name")) == [limit, limit + 1]
    list_limit = spec.schema("ContactListName")["maxLength"]
    assert sorted(len(value) for value in _bound_values(data, "createContactList", "body.name")) == [
        list_limit,
        list_limit + 1,
    ]
    schemathesis.Config.from_dict(data)


def test_expected_statuses_are_the_declared_ones() -> None:
    def add_statuses(document: dict[str, Any]) -> None:
        responses = SpecFacts(document).operation("createCampaign").node["responses"]
        responses["201"] = copy.deepcopy(responses["200"])
        responses["422"] = copy.deepcopy(responses["400"])

    spec = _spec_with(add_statuses)
    accepted, rejected = settings.expected_statuses(spec, "createCampaign")
    assert accepted == [200, 201]
    assert 422 in rejected and 400 in rejected
    assert not {409, 429} & set(rejected), "409 and 429 mean invalid data got past validation"
    # A valid id may name a campaign the run deleted: 404 is then right, and only there.
    assert settings.expected_statuses(load(), "getCampaign")[0] == [200, 404]
    assert settings.expected_statuses(load(), "getContactList")[0] == [200]


def test_the_configuration_reads_back_from_toml_as_schemathesis_takes_it() -> None:
    data = settings.config_data(operation_ids=["createCampaign"], seed=3, max_examples=7, phases=["coverage"])
    text = settings.to_toml(data)
    assert tomllib.loads(text) == data
    config = schemathesis.Config.from_str(text)
    assert config.seed == 3


def test_ecma_whitespace_in_spec_patterns() -> None:
    not_blank = ecma_regex(r"\S")
    assert not_blank.search("\ufeff \u3000") is None  # ECMA-262 counts the BOM as whitespace
    assert not_blank.search("\x1c") is not None  # Python's \s would call this blank
    with pytest.raises(ValueError, match="inside"):
        ecma_regex(r"[\S]")


def _string_constants(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def test_the_hooks_name_operations_by_operation_id_not_by_url() -> None:
    spec = load()
    paths = {operation.path for operation in spec.path_operations.values()}
    for module in ("hooks.py", "mutations.py", "settings.py", "runner.py"):
        literals = _string_constants(FUZZ / module)
        assert not [text for text in literals if text in paths or "/public/" in text], module
    hooks = importlib.import_module("fuzz.hooks")
    assert set(hooks.OPERATIONS_USED) <= set(spec.path_operations)


def _schemathesis_imports(path: Path) -> list[str]:
    """Every schemathesis name the module imports, as `module` or `module:name`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if alias.name.split(".")[0] == "schemathesis"]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "schemathesis":
            found += [f"{node.module}:{alias.name}" for alias in node.names]
    return found


def test_only_the_wall_imports_schemathesis_internals() -> None:
    public = set(schemathesis.__all__)
    modules = [*sorted(FUZZ.glob("*.py")), *sorted((ROOT / "tests").glob("test_fuzz*.py"))]
    for module in modules:
        if module == WALL:
            continue
        for imported in _schemathesis_imports(module):
            module_name, _, name = imported.partition(":")
            assert module_name == "schemathesis" and (not name or name in public), f"{module.name}: {imported}"
    # ...and it reaches them only through importlib, after checking each: no import statement of an internal.
    assert all(imported.partition(":")[0] == "schemathesis" for imported in _schemathesis_imports(WALL))


def test_a_missing_internal_stops_the_import_with_the_pinned_version() -> None:
    pinned = internals.pinned_version()
    assert pinned == schemathesis.__version__, "pyproject.toml pins the schemathesis that scripts/setup installs"
    with pytest.raises(internals.SchemathesisInternalsChanged) as gone:
        internals._lookup("schemathesis.specs.openapi.stateful", "no_such_function")
    assert f"pyproject.toml pins {pinned}" in str(gone.value)
    assert "no_such_function does not exist" in str(gone.value)
    with pytest.raises(internals.SchemathesisInternalsChanged, match=r"takes \(operation, node, produced_anywhere\)"):
        internals._function("schemathesis.specs.openapi.stateful", "is_likely_root_transition", ("operation",))
    with pytest.raises(internals.SchemathesisInternalsChanged, match="has no not_a_field"):
        internals._fields("schemathesis.engine.events", "ScenarioFinished", ("recorder", "not_a_field"))


def test_stateful_scenarios_start_from_the_creates() -> None:
    importlib.import_module("fuzz.hooks")  # counts the credentials (bot id, accountId) as produced
    spec = load()
    schema = schemathesis.openapi.from_path(str(ROOT / "openapi.yaml"))
    roots = internals.root_operations(schema)
    for operation_id in ("createCampaign", "createVoiceCampaign", "createAdvancedSmsCampaign", "createContactList"):
        operation = spec.operation(operation_id)
        assert f"{operation.method} {operation.path}" in roots, operation_id
