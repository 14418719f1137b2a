"""openapi-3.0.yaml: current with openapi.yaml, valid OpenAPI 3.0, complete, and honest about what 3.0 loses.

The drift check needs the pinned converter (`npm ci`); the rest reads the committed file.
"""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation import OpenAPIV30SpecValidator

from scripts.openapi_30 import HEADER, _drop_conditionals, losses, schemas
from scripts.spec_facts import SpecFacts

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "openapi.yaml"
RENDITION = ROOT / "openapi-3.0.yaml"
SCRIPT = ROOT / "scripts" / "openapi-3.0"
REQUIRE_TOOLS = os.environ.get("KORE_REQUIRE_TOOLS") == "1"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")

Json = Any


@pytest.fixture(scope="module")
def source() -> Json:
    return yaml.safe_load(SOURCE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rendition() -> Json:
    return yaml.safe_load(RENDITION.read_text(encoding="utf-8"))


def _operations(document: Json) -> dict[tuple[str, str], str]:
    return {(op.path, op.method.lower()): op.operation_id for op in SpecFacts(document).path_operations.values()}


@pytest.mark.node
def test_rendition_is_current_with_openapi_yaml() -> None:
    if shutil.which("node") is None or not (ROOT / "node_modules" / ".bin" / "openapi-down-convert").exists():
        message = "node and the pinned openapi-down-convert (npm ci) are needed"
        if REQUIRE_TOOLS:
            pytest.fail(f"{message}, and KORE_REQUIRE_TOOLS=1 requires them")
        pytest.skip(message)
    result = subprocess.run(  # noqa: S603 - our own script
        [str(SCRIPT), "--check"], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout


def test_rendition_is_valid_openapi_30_and_marked_generated(rendition: Json) -> None:
    assert rendition["openapi"] == "3.0.3"
    validate(rendition, cls=OpenAPIV30SpecValidator)
    assert RENDITION.read_text(encoding="utf-8").startswith(HEADER)


def test_rendition_keeps_every_operation_schema_and_credential(source: Json, rendition: Json) -> None:
    assert _operations(rendition) == _operations(source)
    for kind in ("schemas", "responses", "parameters", "examples", "securitySchemes"):
        assert set(rendition["components"].get(kind, {})) == set(source["components"].get(kind, {})), kind
    for key, item in source["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                assert rendition["paths"][key][method]["security"] == item[method]["security"]
                assert set(rendition["paths"][key][method]["responses"]) == set(item[method]["responses"])


def test_no_31_keyword_is_left_in_the_rendition(rendition: Json) -> None:
    left = [
        (where, key)
        for where, schema in schemas(rendition)
        for key in ("if", "then", "else", "const", "contentEncoding", "examples", "prefixItems", "$defs")
        if key in schema
    ]
    assert left == []
    assert "summary" not in rendition["info"]


def test_rendition_lists_what_it_loses(source: Json, rendition: Json) -> None:
    description = rendition["info"]["description"]
    assert description.startswith(source["info"]["summary"])
    assert rendition["info"]["license"]["url"] == "https://spdx.org/licenses/Apache-2.0.html"
    assert source["info"]["description"].strip() in description
    section = description.split("## OpenAPI 3.0.3 rendition", 1)[1]
    assert '`then {"required": ["queue_name"]}`' in section
    assert "`#/components/schemas/VoiceCampaignRequest/allOf/0`" in section
    for where, schema in schemas(source):
        if "const" in schema and not {"if", "then", "else"} & set(map(str, where)):
            assert "/".join(map(str, where[-2:])) in section, where
        if "contentEncoding" in schema:
            assert "/".join(map(str, where[-2:])) in section, where


def test_losses_name_a_rule_added_to_the_contract(source: Json) -> None:
    changed = copy.deepcopy(source)
    sms = changed["components"]["schemas"]["SmsCampaignRequest"]
    sms["if"] = {"required": ["dncLists"]}
    sms["then"] = {"properties": {"dncLists": {"minItems": 2}}}
    sms["properties"]["name"] = {"$ref": "#/components/schemas/CampaignName", "description": "beside a $ref"}
    sms["properties"]["format"]["examples"] = ["simple", "advanced"]
    bullets = "\n".join(losses(changed))
    assert '`#/components/schemas/SmsCampaignRequest`: `if {"required": ["dncLists"]}`' in bullets
    assert "`#/components/schemas/SmsCampaignRequest/properties/name` (description)" in bullets
    assert "`#/components/schemas/SmsCampaignRequest/properties/format`" in bullets
    assert "SmsCampaignRequest" not in "\n".join(losses(source))


@pytest.mark.node
def test_an_allof_member_that_was_only_a_conditional_goes() -> None:
    condition = {"if": {"required": ["a"]}, "then": {"required": ["b"]}}
    document = {
        "components": {
            "schemas": {
                "Both": {"allOf": [{"$ref": "#/components/schemas/Base"}, copy.deepcopy(condition)]},
                "Only": {"type": "object", "allOf": [copy.deepcopy(condition), copy.deepcopy(condition)]},
                "Base": {"type": "object"},
            }
        }
    }
    _drop_conditionals(document)
    found = document["components"]["schemas"]
    assert found["Both"] == {"allOf": [{"$ref": "#/components/schemas/Base"}]}
    assert found["Only"] == {"type": "object"}


def test_rendition_lints_clean_with_redocly() -> None:
    """The same recommended-strict rules as openapi.yaml (redocly.yaml), as a 3.0 team would run them."""
    redocly = ROOT / "node_modules" / ".bin" / "redocly"
    if shutil.which("node") is None or not redocly.exists():
        message = "node and the pinned redocly (npm ci) are needed"
        if REQUIRE_TOOLS:
            pytest.fail(f"{message}, and KORE_REQUIRE_TOOLS=1 requires them")
        pytest.skip(message)
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "NO_COLOR": "1"}
    result = subprocess.run(  # noqa: S603 - the pinned tool, fixed arguments
        [str(redocly), "lint", str(RENDITION), "--format=stylish"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_webhooks_become_an_extension_and_keep_their_models(source: Json, rendition: Json) -> None:
    # 3.0 has no `webhooks`: a 3.0 validator would refuse the key, so it is carried as `x-webhooks`.
    assert "webhooks" not in rendition
    assert rendition["x-webhooks"] == source["webhooks"]
    for name in ("PreCallFetchRequest", "PreCallFetchResponse", "PreCallContactHandling", "PreCallHandle"):
        assert name in rendition["components"]["schemas"], name
    assert any("x-webhooks" in bullet for bullet in losses(source))
