"""An operation added to openapi.yaml gets its resource method on regeneration, whatever its shape.

The spec is extended with operations of shapes it does not have yet (a new tag, a `streamID`
path, a 204 without content, an array response, a query default, a one-value path enum, an
optional body), regenerated into a temporary folder, and the generated package is then checked
with mypy --strict and introspected in a fresh interpreter.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.spec_facts import read_document

ROOT = Path(__file__).resolve().parent.parent
SECURITY: list[dict[str, list[str]]] = [{"koreJwt": [], "accountIdHeader": [], "iid": []}]
NOT_FOUND = {"$ref": "#/components/responses/NotFound"}


def extended_spec() -> dict[str, Any]:
    spec: dict[str, Any] = read_document(ROOT / "openapi.yaml")
    spec["tags"].append({"name": "Sample imports", "description": "A tag no real operation has."})
    spec["paths"]["/api/1.1/public/{streamID}/sampleimports/{kind}"] = {
        "parameters": [
            {"name": "streamID", "in": "path", "required": True, "schema": {"type": "string"}},
            {"name": "kind", "in": "path", "required": True, "schema": {"type": "string", "enum": ["static"]}},
        ],
        "get": {
            "operationId": "listSampleImports",
            "tags": ["Sample imports"],
            "summary": "List the sample imports of a bot",
            "security": SECURITY,
            "parameters": [
                {"name": "limit", "in": "query", "schema": {"type": "integer", "default": 10}},
                {
                    "name": "sort",
                    "in": "query",
                    "required": True,
                    "schema": {"type": "string", "enum": ["asc", "desc"]},
                },
            ],
            "responses": {
                "200": {
                    "description": "The lists.",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "array",
                                "items": {"type": "object", "properties": {"name": {"type": "string"}}},
                            }
                        }
                    },
                },
                "404": NOT_FOUND,
            },
        },
    }
    imports = spec["paths"]["/api/1.1/public/{streamID}/sampleimports/{kind}"]
    sample_import = {
        "type": "object",
        "required": ["name"],
        "properties": {"name": {"type": "string"}, "startsAt": {"type": "string", "format": "date-time"}},
    }
    by_url = {"type": "object", "required": ["url"], "properties": {"url": {"type": "string"}}}
    for method, operation_id, schema in [
        # One model (with a date-time field the keyword form must import), a list, a oneOf.
        ("post", "createSampleImport", sample_import),
        ("put", "replaceSampleImports", {"type": "array", "items": sample_import}),
        ("patch", "startSampleImport", {"oneOf": [sample_import, by_url]}),
    ]:
        imports[method] = {
            "operationId": operation_id,
            "tags": ["Sample imports"],
            "summary": operation_id,
            "security": SECURITY,
            "requestBody": {"required": True, "content": {"application/json": {"schema": schema}}},
            "responses": {"204": {"description": "Done."}, "404": NOT_FOUND},
        }
    campaign = spec["paths"]["/campaign/api/v2/public/{streamId}/campaign/{campaignId}"]
    campaign["delete"] = {
        "operationId": "deleteCampaign",
        "tags": ["Campaigns"],
        "summary": "Delete a campaign",
        "security": SECURITY,
        "responses": {"204": {"description": "Deleted."}, "404": NOT_FOUND},
    }
    campaign["patch"] = {
        "operationId": "pauseCampaign",
        "tags": ["Campaigns"],
        "summary": "Pause a campaign",
        "security": SECURITY,
        "requestBody": {
            "required": False,
            "content": {
                "application/json": {"schema": {"type": "object", "properties": {"reason": {"type": "string"}}}}
            },
        },
        "responses": {
            "200": {
                "description": "Paused.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ScheduleResponse"}}},
            },
            "404": NOT_FOUND,
        },
    }
    return spec


INTROSPECT = """
import inspect, json, typing
from kore_campaigns_client.api import AsyncResources, Resources
from kore_campaigns_client.api.campaigns import AsyncCampaignsResource, CampaignsResource
from kore_campaigns_client.api.sample_imports import AsyncSampleImportsResource, SampleImportsResource

def describe(cls, name):
    method = getattr(cls, name)
    signature = inspect.signature(method)
    return {
        "async": inspect.iscoroutinefunction(method),
        "parameters": {n: str(p.annotation) for n, p in signature.parameters.items() if n != "self"},
        "returns": str(signature.return_annotation),
        "doc": (method.__doc__ or "").splitlines()[0],
    }

print(json.dumps({
    "resources": sorted(n for n, v in vars(Resources).items() if isinstance(v, property)),
    "async_resources": sorted(n for n, v in vars(AsyncResources).items() if isinstance(v, property)),
    "list": describe(SampleImportsResource, "list_sample_imports"),
    "list_async": describe(AsyncSampleImportsResource, "list_sample_imports"),
    "delete": describe(CampaignsResource, "delete_campaign"),
    "pause": describe(CampaignsResource, "pause_campaign"),
    "delete_async": describe(AsyncCampaignsResource, "delete_campaign"),
    "create": describe(SampleImportsResource, "create_sample_import"),
    "create_overloads": [
        {n: str(p.annotation) for n, p in inspect.signature(o).parameters.items() if n != "self"}
        for o in typing.get_overloads(SampleImportsResource.create_sample_import)
    ],
    "replace": describe(SampleImportsResource, "replace_sample_imports"),
    "start": describe(AsyncSampleImportsResource, "start_sample_import"),
}))
"""


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("extended")
    spec = folder / "openapi.yaml"
    spec.write_text(yaml.safe_dump(extended_spec(), sort_keys=False), encoding="utf-8")
    result = subprocess.run(  # noqa: S603 - our own script
        [str(ROOT / "scripts" / "regenerate"), "--spec", str(spec), "--output", str(folder / "generated")],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return folder / "generated"


def test_new_operations_get_typed_methods(generated: Path) -> None:
    result = subprocess.run(  # noqa: S603 - a fixed script in a fresh interpreter
        [sys.executable, "-c", INTROSPECT],
        cwd=generated,
        env={"PYTHONPATH": str(generated), "PYTHONSAFEPATH": "1"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["resources"] == found["async_resources"]
    assert "sample_imports" in found["resources"]

    listing = found["list"]
    # streamID is the bot id (from the client); the one-value path enum is filled in; the query
    # default stays a keyword with its default; the required enum stays required.
    assert listing["parameters"] == {
        "limit": "int | Unset",
        "sort": "ListSampleImportsSort",
        "bot_id": "str | None",
    }
    assert listing["returns"] == "list[ListSampleImportsResponse200Item]"
    assert listing["doc"] == "List the sample imports of a bot"
    assert not listing["async"]
    assert found["list_async"]["async"] and found["list_async"]["parameters"] == listing["parameters"]

    assert found["delete"]["returns"] == "None"
    assert found["delete"]["parameters"] == {"campaign_id": "str", "bot_id": "str | None"}
    assert found["delete_async"]["async"]
    # An optional body stays one optional argument (no keyword form).
    assert found["pause"]["parameters"] == {
        "campaign_id": "str",
        "body": "PauseCampaignBody | Unset",
        "bot_id": "str | None",
    }
    assert found["pause"]["returns"] == "ScheduleResponse"


def test_the_generated_package_passes_mypy_strict(generated: Path) -> None:
    # Run from the temporary folder, so that mypy finds this package before the installed one.
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--config-file=", "--no-incremental", "-p", "kore_campaigns_client"],
        cwd=generated,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout


def test_each_body_shape_gets_its_signature(generated: Path) -> None:
    result = subprocess.run(  # noqa: S603 - a fixed script in a fresh interpreter
        [sys.executable, "-c", INTROSPECT],
        cwd=generated,
        env={"PYTHONPATH": str(generated), "PYTHONSAFEPATH": "1"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    # One model: the model, or its fields as typed keywords (date-time included).
    assert found["create_overloads"] == [
        {"body": "CreateSampleImportBody", "bot_id": "str | None"},
        {"name": "str", "starts_at": "datetime.datetime | Unset", "bot_id": "str | None"},
    ]
    # A list: a list of models; a oneOf: one of its member models, no keyword form.
    assert found["replace"]["parameters"] == {"body": "list[ReplaceSampleImportsBodyItem]", "bot_id": "str | None"}
    start = found["start"]["parameters"]
    assert list(start) == ["body", "bot_id"]
    assert sorted(start["body"].split(" | ")) == ["StartSampleImportBodyType0", "StartSampleImportBodyType1"]
    assert found["start"]["async"]
