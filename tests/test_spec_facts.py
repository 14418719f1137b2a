"""scripts/spec_facts.py, the one reader of openapi.yaml: on a small document whose every answer is known,
and on openapi.yaml itself for what the other readers rely on."""

from __future__ import annotations

import ast
import copy
import os
import threading
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.spec_facts import (
    ROOT,
    SPEC,
    Operation,
    SpecFacts,
    SpecReadError,
    ecma_regex,
    load,
    pointer_parts,
    read_document,
)

THINGS = "#/paths/~1bots~1{streamId}~1things"  # the path item's pointer
BOT = {"name": "streamId", "in": "path", "required": True, "schema": {"$ref": "#/components/schemas/BotId"}}
DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "paths": {
        "/bots/{streamId}/things": {
            "parameters": [
                {"$ref": "#/components/parameters/Bot"},
                {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 10}},
            ],
            "get": {
                "operationId": "listThings",
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 50, "default": 5}},
                    {"name": "mode", "in": "query", "schema": {"enum": ["play", "stop"], "default": "play"}},
                ],
                "responses": {
                    "200": {"$ref": "#/components/responses/Things"},
                    "4XX": {"description": "Refused."},
                    "404": {"description": "No bot."},
                    "default": {"description": "Else."},
                },
            },
            "post": {
                "operationId": "createThing",
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/Thing"},
                            "example": {"name": "first"},
                            "examples": {"named": {"$ref": "#/components/examples/Named"}, "inline": {"value": 2}},
                        }
                    }
                },
                "responses": {"201": {"description": "Made."}},
            },
            "delete": {"responses": {"204": {"description": "Gone, with no operationId."}}},
        },
        "/shared": {"$ref": "#/components/pathItems/Shared"},
    },
    "webhooks": {"thingMade": {"post": {"operationId": "thingMade", "responses": {"200": {"description": "Ok."}}}}},
    "components": {
        "parameters": {"Bot": BOT},
        "pathItems": {"Shared": {"get": {"operationId": "getShared", "responses": {}}}},
        "responses": {
            "Things": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingList"}}}}
        },
        "examples": {"Named": {"value": {"name": "named"}}},
        "schemas": {
            "BotId": {"type": "string", "minLength": 1},
            "Name": {"type": "string", "maxLength": 8, "pattern": r"\S"},
            "Alias": {"$ref": "#/components/schemas/Name", "description": "beside the $ref", "maxLength": 4},
            "AliasOfAlias": {"$ref": "#/components/schemas/Alias", "minLength": 2},
            "Bounded": {"allOf": [{"$ref": "#/components/schemas/Name"}, {"maxLength": 6}], "description": "own"},
            "Thing": {
                "type": "object",
                "properties": {
                    "name": {"$ref": "#/components/schemas/Bounded"},
                    "tags": {"type": "array", "items": {"properties": {"label": {"maxLength": 3}}}},
                },
                "oneOf": [{"properties": {"voice": {"properties": {"ring": {"maximum": 60}}}}}],
                "anyOf": [{"properties": {"sms": {"type": "boolean"}}}],
                "allOf": [{"if": {"required": ["voice"]}, "then": {"properties": {"later": {"minimum": 1}}}}],
                "else": {"properties": {"otherwise": {"const": 0}}},
            },
            "ThingList": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
            "Tree": {"properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}}}},
            "Loop": {"$ref": "#/components/schemas/Loop"},
            "Elsewhere": {"$ref": "other.yaml#/components/schemas/Name"},
            "a/b~c": {"type": "null"},
        },
    },
}


@pytest.fixture
def facts() -> SpecFacts:
    return SpecFacts(copy.deepcopy(DOCUMENT))


# --- reading a file, once ------------------------------------------------------------------------------------


def test_a_document_is_parsed_once_while_its_bytes_stay_the_same(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(DOCUMENT), encoding="utf-8")
    first = load(spec)
    assert load(spec) is first
    assert first.document == DOCUMENT
    # Rewritten with a value of the same length, and the modification time set back: still read anew.
    stamp = spec.stat()
    spec.write_text(yaml.safe_dump(DOCUMENT).replace("maxLength: 8", "maxLength: 9"), encoding="utf-8")
    os.utime(spec, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    second = load(spec)
    assert second is not first and second.schema("Name")["maxLength"] == 9
    assert first.schema("Name")["maxLength"] == 8  # what a reader already holds does not change under it


def test_threads_loading_at_once_share_one_parse() -> None:
    found: list[SpecFacts] = []
    threads = [threading.Thread(target=lambda: found.append(load())) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(found) == 6 and all(one is load() for one in found)


def test_read_document_gives_a_copy_free_to_change() -> None:
    mine = read_document()
    assert mine == load().document and mine is not load().document
    mine["components"]["schemas"]["CampaignName"]["maxLength"] = -1
    assert load().schema("CampaignName")["maxLength"] != -1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("openapi: 3.1.0\ninfo: [unclosed\n", "is not valid YAML: .*line 3"),
        ("- a list\n", r"is not an OpenAPI document \(its top level is not a mapping\)"),
    ],
)
def test_a_document_that_cannot_be_read_is_refused_naming_the_file(tmp_path: Path, text: str, message: str) -> None:
    spec = tmp_path / "broken.yaml"
    spec.write_text(text, encoding="utf-8")
    with pytest.raises(SpecReadError, match=rf"(?s)broken\.yaml {message}"):
        load(spec)


def test_a_missing_file_is_refused_naming_it(tmp_path: Path) -> None:
    with pytest.raises(SpecReadError, match=r"cannot read .*missing\.yaml: No such file"):
        load(tmp_path / "missing.yaml")


def test_a_path_given_for_a_document_is_refused() -> None:
    with pytest.raises(TypeError, match=r"not PosixPath: load\(path\) reads files"):
        SpecFacts(SPEC)  # type: ignore[arg-type]


# --- references ----------------------------------------------------------------------------------------------


def test_pointers_unescape_their_tokens_and_index_lists(facts: SpecFacts) -> None:
    assert pointer_parts("#/paths/~1x~1{id}/get") == ["paths", "/x/{id}", "get"]
    assert facts.at("#/components/schemas/a~1b~0c") == {"type": "null"}
    assert facts.at("#/paths/~1bots~1{streamId}~1things/parameters/1/name") == "limit"


def test_follow_says_where_the_chain_ends(facts: SpecFacts) -> None:
    node, where = facts.follow({"$ref": "#/components/schemas/AliasOfAlias"}, "#/here")
    assert node == DOCUMENT["components"]["schemas"]["Name"] and where == "#/components/schemas/Name"
    assert facts.follow({"type": "string"}, "#/here") == ({"type": "string"}, "#/here")


def test_a_cycle_or_a_reference_outside_the_document_is_refused(facts: SpecFacts) -> None:
    with pytest.raises(ValueError, match=r"'#/components/schemas/Loop' .*a cycle"):
        facts.resolve({"$ref": "#/components/schemas/Loop"})
    with pytest.raises(ValueError, match=r"'#/components/schemas/Loop' .*a cycle"):
        facts.merged({"$ref": "#/components/schemas/Loop"})
    with pytest.raises(ValueError, match=r"'other.yaml#/components/schemas/Name' .*not a local reference"):
        facts.resolve(DOCUMENT["components"]["schemas"]["Elsewhere"])


def test_resolve_follows_refs_only_and_merged_also_keeps_siblings_and_merges_all_of(facts: SpecFacts) -> None:
    name = DOCUMENT["components"]["schemas"]["Name"]
    bounded = DOCUMENT["components"]["schemas"]["Bounded"]
    # resolve: the node where the chain ends, as written.
    assert facts.resolve({"$ref": "#/components/schemas/AliasOfAlias"}) == name
    assert facts.resolve({"$ref": "#/components/schemas/Bounded"}) == bounded
    # merged: the keywords beside each $ref of the chain kept (the nearer one wins)...
    assert facts.merged({"$ref": "#/components/schemas/AliasOfAlias"}) == {
        **name,
        "description": "beside the $ref",
        "maxLength": 4,
        "minLength": 2,
    }
    # ...and allOf members merged, later ones winning, the node's own keywords last.
    assert facts.schema("Bounded") == {**name, "maxLength": 6, "description": "own"}
    assert "allOf" not in facts.schema("Bounded")
    assert facts.document == DOCUMENT, "reading changes nothing"


def test_ref_name() -> None:
    assert SpecFacts.ref_name({"$ref": "#/components/schemas/Thing"}) == "Thing"
    assert SpecFacts.ref_name({"type": "string"}) is None


# --- operations and parameters -------------------------------------------------------------------------------


def test_operations_by_operation_id_with_their_path_item_and_place(facts: SpecFacts) -> None:
    listed = [(op.operation_id, op.method, op.path, op.pointer, op.webhook) for op in facts.operation_list]
    assert listed == [
        ("listThings", "GET", "/bots/{streamId}/things", f"{THINGS}/get", None),
        ("createThing", "POST", "/bots/{streamId}/things", f"{THINGS}/post", None),
        ("DELETE /bots/{streamId}/things", "DELETE", "/bots/{streamId}/things", f"{THINGS}/delete", None),
        ("getShared", "GET", "/shared", "#/components/pathItems/Shared/get", None),
        ("thingMade", "POST", "", "#/webhooks/thingMade/post", "thingMade"),
    ]
    # By operationId: only those that declare one; path_operations leaves the webhooks out.
    assert list(facts.operations) == ["listThings", "createThing", "getShared", "thingMade"]
    assert list(facts.path_operations) == ["listThings", "createThing", "getShared"]
    webhook = facts.operation("thingMade")
    assert webhook.label == "webhook thingMade" and facts.operation("listThings").label == "listThings"
    assert facts.operation("getShared").path_item == DOCUMENT["components"]["pathItems"]["Shared"]
    assert facts.operation(webhook) is webhook
    with pytest.raises(KeyError, match="no operation 'pauseThing'"):
        facts.operation("pauseThing")


def test_url_fills_the_placeholders(facts: SpecFacts) -> None:
    assert facts.url("listThings", streamId="st-1") == "/bots/st-1/things"
    with pytest.raises(KeyError, match="no value for a placeholder"):
        facts.url("listThings")


def test_parameters_merge_the_path_items_and_the_operations_own(facts: SpecFacts) -> None:
    located = facts.located_parameters("listThings")
    assert list(located) == [("path", "streamId"), ("query", "limit"), ("query", "mode")]
    assert located[("path", "streamId")] == (BOT, "#/components/parameters/Bot")
    # The operation's own `limit` replaces the path item's.
    assert located[("query", "limit")][1] == f"{THINGS}/get/parameters/0"
    assert facts.parameter_schema("listThings", "limit")["maximum"] == 50
    assert facts.parameter("listThings", "limit", "query")["in"] == "query"
    assert facts.enum("listThings", "mode") == ["play", "stop"]
    assert facts.default("listThings", "mode", "query") == "play"
    assert facts.path_parameters_of_schema("listThings", "BotId") == ["streamId"]
    with pytest.raises(KeyError, match="listThings has no header parameter 'limit'"):
        facts.parameter("listThings", "limit", "header")
    with pytest.raises(KeyError, match="listThings's 'limit' has no enum"):
        facts.enum("listThings", "limit")
    with pytest.raises(KeyError, match="listThings's 'streamId' has no default"):
        facts.default("listThings", "streamId")


def test_bodies_examples_responses_and_statuses(facts: SpecFacts) -> None:
    assert facts.located_body("createThing") == (
        {"$ref": "#/components/schemas/Thing"},
        f"{THINGS}/post/requestBody/content/application~1json/schema",
    )
    assert facts.body_schema("createThing") == DOCUMENT["components"]["schemas"]["Thing"]
    assert facts.body_schema("listThings") is None and facts.located_body("listThings") is None
    assert facts.body_examples("createThing") == [{"name": "first"}, {"name": "named"}, 2]
    assert facts.located_response("listThings") == (
        {"$ref": "#/components/schemas/ThingList"},
        "#/components/responses/Things/content/application~1json/schema",
    )
    assert facts.located_response("createThing") is None  # its 201 has no content
    assert facts.statuses("listThings") == [200, 404]


# --- schemas and their fields --------------------------------------------------------------------------------


def test_holders_are_the_schema_then_its_branches_depth_first(facts: SpecFacts) -> None:
    where = [w for _, w in facts.holders({"$ref": "#/components/schemas/Thing"}, "#/start")]
    thing = "#/components/schemas/Thing"
    assert where == [thing, *(f"{thing}/{b}" for b in ("oneOf/0", "anyOf/0", "allOf/0", "allOf/0/then", "else"))]


def test_a_field_is_found_through_every_kind_of_branch_and_merged(facts: SpecFacts) -> None:
    assert facts.field("Thing", "name") == {**facts.schema("Name"), "maxLength": 6, "description": "own"}
    assert facts.field("Thing", "voice.ring") == {"maximum": 60}  # a oneOf member
    assert facts.field("Thing", "sms") == {"type": "boolean"}  # an anyOf member
    assert facts.field("Thing", "later") == {"minimum": 1}  # an allOf member's then
    assert facts.field("Thing", "otherwise") == {"const": 0}  # else
    assert facts.field("Thing", "tags[].label") == {"maxLength": 3}  # array items
    with pytest.raises(KeyError, match=r"Thing has no field 'voice.volume' \(at 'volume'\)"):
        facts.field("Thing", "voice.volume")


def test_the_walk_names_fields_as_schemathesis_binds_them(facts: SpecFacts) -> None:
    walked = [(path, schema) for path, schema in facts.walk_body("createThing")]
    # allOf, oneOf and anyOf members, then and else, then the properties (a field's own branches below it).
    assert [path for path, _ in walked] == [
        *("later", "voice", "voice.ring", "sms", "otherwise"),
        *("name", "name", "name", "tags", "tags[*]", "tags[*].label"),
    ]
    # Resolved, not merged: `name` comes as Bounded and as each of its allOf members.
    assert [schema for path, schema in walked if path == "name"] == [
        DOCUMENT["components"]["schemas"]["Bounded"],
        DOCUMENT["components"]["schemas"]["Name"],
        {"maxLength": 6},
    ]
    # A recursive schema's fields come once: the walk stops where the schema refers back to itself.
    assert [path for path, _ in facts.walk({"$ref": "#/components/schemas/Tree"})] == ["children"]


# --- values built from the facts -----------------------------------------------------------------------------


def test_values_built_from_the_facts(facts: SpecFacts) -> None:
    name = facts.schema("Name")
    assert SpecFacts.too_long(name) == "x" * 9 and SpecFacts.longest(name, "n") == "n" * 8
    assert SpecFacts.not_one_of(["stop", "play"]) == "notPlayStop"
    assert SpecFacts.not_one_of([1, 2, 3]) == "not123"


def test_ecma_patterns_mean_what_ecma_262_means() -> None:
    not_blank = ecma_regex(r"\S")
    assert not_blank.search("\ufeff x") and not not_blank.search("\ufeff\u3000 ")
    assert ecma_regex(r"^\S+$").search("\x1c\x85")  # Python's \s would call these blank
    with pytest.raises(ValueError, match=r"\\S inside \[...\] is not translated"):
        ecma_regex(r"[\S]")


# --- openapi.yaml, through the one reader --------------------------------------------------------------------


def test_openapi_yaml_reads_as_the_tools_rely_on() -> None:
    facts = load()
    assert load(ROOT / "openapi.yaml") is facts
    assert all(isinstance(op, Operation) for op in facts.operation_list)
    assert len(facts.operations) == len(facts.operation_list), "every operation declares its operationId"
    assert [op.webhook for op in facts.operations.values() if op.webhook] == list(facts.document["webhooks"])
    trigger = facts.enum("triggerVoiceCampaign", "trigger", "query")
    assert SpecFacts.not_one_of(trigger) not in trigger
    assert facts.field("VoiceCampaignRequest", "name")["maxLength"] == facts.schema("CampaignName")["maxLength"]


def _ref_walks(source: str) -> list[int]:
    """Lines that split a `$ref` on "/" to walk to its target (`node["$ref"][2:].split("/")`): a JSON pointer walk."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "split"
            and [arg.value for arg in node.args if isinstance(arg, ast.Constant)] == ["/"]
            and any(isinstance(c, ast.Constant) and c.value == "$ref" for c in ast.walk(node.func.value))
        ):
            found.append(node.lineno)
    return found


def test_no_other_module_follows_references_on_its_own() -> None:
    """The fuzzing, the scripts and the tests follow `$ref`s through spec_facts (resolve, follow, merged)."""
    modules = [path for folder in ("fuzz", "scripts", "tests") for path in sorted((ROOT / folder).rglob("*.py"))]
    walkers = {
        str(module.relative_to(ROOT)): lines
        for module in modules
        if module.name != "spec_facts.py" and (lines := _ref_walks(module.read_text(encoding="utf-8")))
    }
    assert walkers == {}
    assert not (ROOT / "fuzz" / "spec.py").exists()


def test_the_check_for_reference_walks_sees_one() -> None:
    walker = 'node = spec\nfor part in schema["$ref"].removeprefix("#/").split("/"):\n    node = node[part]\n'
    assert _ref_walks(walker) == [2]
    assert _ref_walks('target = item["$ref"].split("#", 1)[0]\n') == []  # a file's name, not a pointer walk
