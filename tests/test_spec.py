"""openapi.yaml is the complete, valid contract, and its examples and the docs' samples agree with it.

Pure Python: needs only the dev extras. The Node tools' proofs are in test_spec_tools.py.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# jsonschema ships no type hints; `types-jsonschema` in the dev extras would give them.
from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped,unused-ignore]
from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped,unused-ignore]
from openapi_spec_validator import validate as validate_openapi
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from scripts.spec_facts import SpecFacts, read_document

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi.yaml"
SAMPLES_PATH = Path(__file__).resolve().parent / "docs_samples.json"
# Where CI and the developers find the docs the spec is built from: shared/ beside the repo.
DOCS_NOTES = ROOT.parent / "shared" / "docs" / "campaign-api-notes.md"
SPEC_URI = "urn:kore-campaigns:openapi.yaml"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# The wave-1 operations, whose docs samples are in docs_samples.json; the lifecycle operations and their
# samples are tested in test_spec_lifecycle.py, the contact-list ones in test_spec_contact_lists.py.
WAVE1_OPERATION_IDS = {"scheduleCampaign", "createVoiceCampaign", "createCampaign", "getCampaign"}
LIFECYCLE_OPERATION_IDS = {
    "createAdvancedSmsCampaign",
    "updateCampaign",
    "deleteCampaign",
    "triggerVoiceCampaign",
    "startSmsCampaign",
    "stopSmsCampaign",
    "getCampaignStatus",
    "listCampaigns",
    "scheduleCallback",
}
CONTACT_LIST_OPERATION_IDS = {
    "createContactList",
    "listContactLists",
    "getContactList",
    "updateContactList",
    "deleteContactList",
    "listContactListContacts",
    "addContactsToContactList",
}
# The v1 URLs (issue 23); createVoiceCampaign, the v1 create, is in WAVE1_OPERATION_IDS.
V1_OPERATION_IDS = {
    "getCampaignV1",
    "updateCampaignV1",
    "deleteCampaignV1",
    "listCampaignsV1",
    "triggerCampaignV1",
    "getCampaignStatusV1",
    "createContactListV1",
    "listContactListsV1",
    "getContactListV1",
    "updateContactListV1",
    "deleteContactListV1",
    "listContactListContactsV1",
}
OPERATION_IDS = WAVE1_OPERATION_IDS | LIFECYCLE_OPERATION_IDS | CONTACT_LIST_OPERATION_IDS | V1_OPERATION_IDS
ERROR_STATUSES = ("400", "401", "403", "404", "429")
BASE_SECURITY = {"koreJwt", "accountIdHeader", "iid"}
SECURITY_BY_OPERATION = {
    "scheduleCampaign": BASE_SECURITY,
    "createVoiceCampaign": BASE_SECURITY,
    "createCampaign": BASE_SECURITY | {"accountIdQuery"},
    "getCampaign": BASE_SECURITY | {"accountIdQuery"},
    # The URLs that carry `accountId` in the query get the query scheme; start SMS and call back do not.
    "createAdvancedSmsCampaign": BASE_SECURITY | {"accountIdQuery"},
    "updateCampaign": BASE_SECURITY | {"accountIdQuery"},
    "deleteCampaign": BASE_SECURITY | {"accountIdQuery"},
    "triggerVoiceCampaign": BASE_SECURITY | {"accountIdQuery"},
    "startSmsCampaign": BASE_SECURITY,
    "stopSmsCampaign": BASE_SECURITY | {"accountIdQuery"},
    "getCampaignStatus": BASE_SECURITY | {"accountIdQuery"},
    "listCampaigns": BASE_SECURITY | {"accountIdQuery"},
    "scheduleCallback": BASE_SECURITY,
    # add-contacts is the one /api/1.1 URL, without accountId in its query.
    **{op: BASE_SECURITY | {"accountIdQuery"} for op in CONTACT_LIST_OPERATION_IDS - {"addContactsToContactList"}},
    "addContactsToContactList": BASE_SECURITY,
    # No v1 URL carries accountId in its query except the v1 contacts of a list.
    **{op: BASE_SECURITY for op in V1_OPERATION_IDS - {"listContactListContactsV1"}},
    "listContactListContactsV1": BASE_SECURITY | {"accountIdQuery"},
}

Json = Any
Problem = tuple[str, str]  # (JSON pointer of the example, what is wrong)


def _load_spec() -> dict[str, Json]:
    return read_document(SPEC_PATH)


@pytest.fixture(scope="module")
def spec() -> dict[str, Json]:
    return _load_spec()


@pytest.fixture(scope="module")
def samples() -> list[dict[str, Json]]:
    data = json.loads(SAMPLES_PATH.read_text(encoding="utf-8"))
    result = data["samples"]
    assert isinstance(result, list)
    return result


# --- helpers: pointers, $refs, validation against the whole document -----------------------


def _escape(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer(*tokens: str | int) -> str:
    return "#/" + "/".join(_escape(t) for t in tokens)


def resolve(spec: dict[str, Json], node: Json) -> Json:
    """Follow local $refs (as OpenAPI does for parameters, responses, examples...); nothing merged."""
    return SpecFacts(spec).resolve(node)


class SpecValidator:
    """Validates instances against any schema in the document, with $refs resolved against it."""

    def __init__(self, spec: dict[str, Json]) -> None:
        self._registry: Registry[Json] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(spec))

    def errors(self, instance: Json, schema_pointer: str) -> list[ValidationError]:
        """The errors, with a failed `oneOf`/`anyOf` replaced by those of the alternative the instance is closest to."""
        assert schema_pointer.startswith("#/"), schema_pointer
        validator = Draft202012Validator(
            {"$ref": SPEC_URI + schema_pointer}, registry=self._registry, format_checker=FormatChecker()
        )
        found = [leaf for error in validator.iter_errors(instance) for leaf in _closest_alternative(error)]
        return sorted(found, key=lambda e: list(e.absolute_path))


def _closest_alternative(error: ValidationError) -> list[ValidationError]:
    """For a failed oneOf/anyOf: the errors of the alternative with the fewest, then the deepest, errors.

    A body that is almost a voice campaign is reported where it breaks the voice rules, not as "matches
    none of the alternatives".
    """
    if error.validator not in ("oneOf", "anyOf") or not error.context:
        return [error]
    by_alternative: dict[int, list[ValidationError]] = {}
    for sub in error.context:
        by_alternative.setdefault(int(sub.relative_schema_path[0]), []).append(sub)

    def closeness(errors: list[ValidationError]) -> tuple[int, int]:
        return (len(errors), -min(len(e.absolute_path) for e in errors))

    best = min(by_alternative.values(), key=closeness)
    return [leaf for sub in best for leaf in _closest_alternative(sub)]


def operations(spec: dict[str, Json]) -> Iterator[tuple[str, str, dict[str, Json], dict[str, Json]]]:
    """(path, method, path item, operation) for every operation under `paths`, with an operationId or not."""
    for op in SpecFacts(spec).operation_list:
        if op.webhook is None:
            yield op.path, op.method.lower(), op.path_item, op.node


def _path_items(spec: dict[str, Json]) -> Iterator[tuple[str, str, dict[str, Json]]]:
    """("paths" or "webhooks", key, path item) for every path item of the document."""
    for root in ("paths", "webhooks"):
        for key, item in spec.get(root, {}).items():
            yield root, key, item


def operation_by_id(spec: dict[str, Json], operation_id: str) -> tuple[str, str, dict[str, Json]]:
    op = SpecFacts(spec).path_operations.get(operation_id)
    assert op is not None, f"no operation {operation_id}"
    return op.path, op.method.lower(), op.node


# --- the example walker ---------------------------------------------------------------------


def _walk_schema(schema: Json, where: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], Json]]:
    """Every schema object inside `schema` (itself included), with its location."""
    if not isinstance(schema, dict):
        return
    yield where, schema
    for key in ("properties", "patternProperties", "$defs", "dependentSchemas"):
        for name, sub in (schema.get(key) or {}).items():
            yield from _walk_schema(sub, (*where, key, name))
    for key in ("allOf", "anyOf", "oneOf", "prefixItems"):
        for index, sub in enumerate(schema.get(key) or []):
            yield from _walk_schema(sub, (*where, key, index))
    for key in (
        "items",
        "additionalProperties",
        "unevaluatedProperties",
        "unevaluatedItems",
        "contains",
        "propertyNames",
        "not",
        "if",
        "then",
        "else",
    ):
        if isinstance(schema.get(key), dict):
            yield from _walk_schema(schema[key], (*where, key))


def _schema_roots(spec: dict[str, Json]) -> Iterator[tuple[tuple[str | int, ...], Json]]:
    """Every place the document holds a schema directly (not through another schema)."""
    components = spec.get("components", {})
    for name, schema in components.get("schemas", {}).items():
        yield ("components", "schemas", name), schema

    def parameter_like(node: Json, where: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], Json]]:
        if isinstance(node, dict) and "schema" in node:
            yield (*where, "schema"), node["schema"]
        for media, content in (node.get("content") or {}).items() if isinstance(node, dict) else ():
            if "schema" in content:
                yield (*where, "content", media, "schema"), content["schema"]

    for kind in ("parameters", "headers"):
        for name, node in components.get(kind, {}).items():
            yield from parameter_like(node, ("components", kind, name))
    for name, response in components.get("responses", {}).items():
        yield from parameter_like(response, ("components", "responses", name))
        for header, node in (response.get("headers") or {}).items():
            yield from parameter_like(node, ("components", "responses", name, "headers", header))
    for name, body in components.get("requestBodies", {}).items():
        yield from parameter_like(body, ("components", "requestBodies", name))
    # Webhooks (the pre-call fetch) are path items too: their examples are checked like the operations'.
    for root, path, item in _path_items(spec):
        for index, parameter in enumerate(item.get("parameters", [])):
            yield from parameter_like(parameter, (root, path, "parameters", index))
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op = item[method]
            for index, parameter in enumerate(op.get("parameters", [])):
                yield from parameter_like(parameter, (root, path, method, "parameters", index))
            if "requestBody" in op:
                yield from parameter_like(op["requestBody"], (root, path, method, "requestBody"))
            for status, response in op.get("responses", {}).items():
                yield from parameter_like(response, (root, path, method, "responses", status))
                for header, node in (response.get("headers") or {}).items():
                    yield from parameter_like(node, (root, path, method, "responses", status, "headers", header))


def _example_holders(spec: dict[str, Json]) -> Iterator[tuple[tuple[str | int, ...], Json, tuple[str | int, ...]]]:
    """(location, node, schema location) for every media type, parameter and header in the document.

    `node` may carry `example` or `examples` (a map of Example Objects, possibly $refs);
    the schema location is where the node's schema is.
    """
    components = spec.get("components", {})

    def holders(
        node: Json, where: tuple[str | int, ...]
    ) -> Iterator[tuple[tuple[str | int, ...], Json, tuple[str | int, ...]]]:
        if not isinstance(node, dict) or "$ref" in node:
            return  # a $ref is checked where it points
        if "schema" in node:
            yield where, node, (*where, "schema")
        for media, content in (node.get("content") or {}).items():
            if "schema" in content:
                yield (*where, "content", media), content, (*where, "content", media, "schema")
        for header, header_node in (node.get("headers") or {}).items():
            yield from holders(header_node, (*where, "headers", header))

    for kind in ("parameters", "headers", "responses", "requestBodies"):
        for name, node in components.get(kind, {}).items():
            yield from holders(node, ("components", kind, name))
    for root, path, item in _path_items(spec):
        for index, parameter in enumerate(item.get("parameters", [])):
            yield from holders(parameter, (root, path, "parameters", index))
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op = item[method]
            for index, parameter in enumerate(op.get("parameters", [])):
                yield from holders(parameter, (root, path, method, "parameters", index))
            if "requestBody" in op:
                yield from holders(op["requestBody"], (root, path, method, "requestBody"))
            for status, response in op.get("responses", {}).items():
                yield from holders(response, (root, path, method, "responses", status))


def check_examples(spec: dict[str, Json]) -> tuple[int, set[str], list[Problem]]:
    """Validate every example in the document against its schema.

    Returns (how many examples were checked, the components/examples used, problems).
    """
    validator = SpecValidator(spec)
    problems: list[Problem] = []
    checked = 0
    used_components: set[str] = set()

    def check(value: Json, where: str, schema_at: tuple[str | int, ...]) -> None:
        nonlocal checked
        checked += 1
        for error in validator.errors(value, pointer(*schema_at)):
            at = "/".join(str(p) for p in error.absolute_path)
            problems.append((where, f"at /{at}: {error.message}"))

    # Media types, parameters and headers: `example`, or each of `examples`.
    for where, node, schema_at in _example_holders(spec):
        if "example" in node:
            check(node["example"], pointer(*where, "example"), schema_at)
        for name, example in (node.get("examples") or {}).items():
            ref = example.get("$ref") if isinstance(example, dict) else None
            if isinstance(ref, str) and ref.startswith("#/components/examples/"):
                used_components.add(ref.rsplit("/", 1)[1])
            resolved = resolve(spec, example)
            if "value" not in resolved:
                problems.append((pointer(*where, "examples", name), "has no inline value to check"))
                continue
            location = ref[1:] if isinstance(ref, str) else pointer(*where, "examples", name, "value")[1:]
            check(resolved["value"], "#" + location, schema_at)

    # Schemas anywhere: `examples` (a list) and the deprecated `example`.
    for root_at, root in _schema_roots(spec):
        for where, schema in _walk_schema(root, root_at):
            if "$ref" in schema and len(schema) == 1:
                continue
            for index, value in enumerate(schema.get("examples") or []):
                check(value, pointer(*where, "examples", index), where)
            if "example" in schema:
                check(schema["example"], pointer(*where, "example"), where)
    return checked, used_components, problems


# --- the document itself ---------------------------------------------------------------------


def test_openapi_spec_validator_accepts_the_document(spec: dict[str, Json]) -> None:
    assert spec["openapi"] == "3.1.0"
    validate_openapi(spec)


def test_every_example_matches_its_schema(spec: dict[str, Json]) -> None:
    checked, used_components, problems = check_examples(spec)
    assert problems == []
    # Every named example is reached from some media type, so every one was checked.
    assert used_components == set(spec["components"]["examples"])
    # Media-type, parameter and schema examples all exist in this document and were walked.
    assert checked >= 30, checked


def test_example_walker_catches_broken_examples(spec: dict[str, Json]) -> None:
    broken = copy.deepcopy(spec)
    # A named example (media type via $ref), an inline media-type example, a parameter
    # example and a schema example, each made wrong in one place.
    priority = SpecFacts.not_one_of(spec["components"]["schemas"]["Priority"]["enum"])  # no value the spec lists
    broken["components"]["examples"]["VoiceAgentlessRequest"]["value"]["priority"] = priority
    schedule = broken["paths"]["/campaign/api/v2/public/{streamId}/campaign/schedule"]["post"]
    # The spec keeps every media-type example in components (see test_media_type_examples_are_components);
    # the walker still reads inline ones, which other teams' copies may have.
    daily = copy.deepcopy(broken["components"]["examples"]["DailyScheduleRequest"])
    daily["value"]["recurrenceObject"]["dailyDetails"]["onceEveryNdays"] = 0
    schedule["requestBody"]["content"]["application/json"]["examples"]["daily"] = daily
    schedule["parameters"][0]["example"] = "yes"  # enableSchedule is a boolean
    broken["components"]["schemas"]["DateTimeText"]["examples"] = ["2026-01-27T18:29:00Z"]

    _checked, _used, problems = check_examples(broken)
    where = sorted({location for location, _ in problems})
    assert where == sorted(
        [
            "#/components/examples/VoiceAgentlessRequest",
            "#/paths/~1campaign~1api~1v2~1public~1{streamId}~1campaign~1schedule/post/requestBody/content/"
            "application~1json/examples/daily/value",
            "#/paths/~1campaign~1api~1v2~1public~1{streamId}~1campaign~1schedule/post/parameters/0/example",
            "#/components/schemas/DateTimeText/examples/0",
        ]
    ), problems
    messages = " ".join(message for _, message in problems)
    assert f"'{priority}' is not one of" in messages
    # oneOf: reported in the alternative the example is closest to (Daily), at the field itself.
    assert "at /recurrenceObject/dailyDetails/onceEveryNdays: 0 is less than the minimum of 1" in messages


def test_every_required_property_is_declared(spec: dict[str, Json]) -> None:
    """Replaces Redocly's no-required-schema-properties-undefined, which misreads if/then."""
    undeclared: list[str] = []

    def check(schema: Json, where: tuple[str | int, ...], outer: set[str]) -> None:
        if not isinstance(schema, dict):
            return
        # if/then/else (also inside an allOf entry) constrain the object their parent describes
        declared = set(schema.get("properties", {})) | outer
        for name in schema.get("required", []):
            if name not in declared:
                undeclared.append(f"{pointer(*where)} requires undeclared {name!r}")
        for key in ("if", "then", "else"):
            if isinstance(schema.get(key), dict):
                check(schema[key], (*where, key), declared)
        entries = schema.get("allOf") or []
        # allOf entries see each other's properties, a $ref'd entry's included.
        siblings = set().union(*(resolve(spec, e).get("properties", {}) for e in entries)) if entries else set()
        for index, entry in enumerate(entries):
            if isinstance(entry, dict) and "properties" not in entry and "$ref" not in entry:
                check(entry, (*where, "allOf", index), declared | siblings)

    for root_at, root in _schema_roots(spec):
        for where, schema in _walk_schema(root, root_at):
            nested = where[len(root_at) :]
            if not any(part in ("if", "then", "else") for part in nested) and not (
                len(nested) >= 2 and nested[-2] == "allOf" and "properties" not in schema
            ):
                check(schema, where, set())
    assert undeclared == []


def test_every_operation_is_complete(spec: dict[str, Json]) -> None:
    found = {op.get("operationId") for _path, _method, _item, op in operations(spec)}
    assert found == OPERATION_IDS
    tag_names = {tag["name"] for tag in spec["tags"]}
    for _path, _method, _item, op in operations(spec):
        name = op["operationId"]
        assert op.get("tags") and set(op["tags"]) <= tag_names, name
        assert op.get("summary", "").strip(), name
        assert op.get("description", "").strip(), name
        # The pages it follows, by slug, for the docs audit.
        pages = op.get("x-docs-pages")
        assert isinstance(pages, list) and pages and all(re.fullmatch(r"[a-z0-9-]+", page) for page in pages), name


def test_security_names_the_three_credentials_and_the_query_account_id(spec: dict[str, Json]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert {name: (s["type"], s["in"], s["name"]) for name, s in schemes.items()} == {
        "koreJwt": ("apiKey", "header", "auth"),
        "accountIdHeader": ("apiKey", "header", "accountId"),
        "iid": ("apiKey", "header", "iid"),
        "accountIdQuery": ("apiKey", "query", "accountId"),
    }
    for _path, _method, _item, op in operations(spec):
        requirements = op.get("security")
        assert isinstance(requirements, list) and len(requirements) == 1, op["operationId"]
        assert set(requirements[0]) == SECURITY_BY_OPERATION[op["operationId"]], op["operationId"]


def test_every_operation_answers_errors_with_the_one_error_schema(spec: dict[str, Json]) -> None:
    for _path, _method, _item, op in operations(spec):
        responses = op["responses"]
        assert set(ERROR_STATUSES) <= set(responses), op["operationId"]
        for status, response in responses.items():
            if not status.startswith("4"):
                continue
            content = resolve(spec, response)["content"]
            assert list(content) == ["application/json"], (op["operationId"], status)
            assert content["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorResponse"}, (
                op["operationId"],
                status,
            )
    assert "Retry-After" in spec["components"]["responses"]["TooManyRequests"]["headers"]


# Type names that generators refuse or rename (openapi-generator's typescript-fetch turns `Error`
# into `ModelError`), or that shadow a built-in in a client's package (java.lang.Error, Python's
# builtins, Go's `error`, C#'s System types).
LANGUAGE_TYPE_NAMES = {
    "Error", "Exception", "Object", "String", "Number", "Boolean", "Date", "Map", "Set", "List",
    "Array", "Promise", "Record", "Response", "Request", "Blob", "File", "Type", "Class", "Enum",
    "Integer", "Long", "Float", "Double", "Decimal", "Byte", "Char", "Void", "Any", "Uri", "Guid",
}  # fmt: skip


def test_no_schema_is_named_like_a_language_type(spec: dict[str, Json]) -> None:
    clashes = sorted(set(spec["components"]["schemas"]) & LANGUAGE_TYPE_NAMES)
    assert clashes == [], f"rename these schemas, generators rename or shadow them: {clashes}"


def test_generators_can_name_every_schema(spec: dict[str, Json]) -> None:
    """No nameless schema that a generator has to name for itself.

    An inline object, in a component, a body or a parameter, gets a `title` (openapi-generator
    otherwise invents `DailyRecurrence_dailyDetails` or `CreateX200Response`); a component that is
    an array names its item schema
    (openapi-generator 7.26 logs "Failed to get the schema name: null" for inline items).
    """
    unnamed = []
    for root, schema in _schema_roots(spec):
        named = root[:2] == ("components", "schemas")
        if named and schema.get("type") == "array" and "$ref" not in schema.get("items", {}):
            unnamed.append(pointer(*root, "items"))
        for where, sub in _walk_schema(schema, root):
            # Bodies, parameters and nested objects have no name of their own (a component's is its key).
            if not (named and sub is schema) and sub.get("type") == "object" and "title" not in sub:
                unnamed.append(pointer(*where))
    assert unnamed == [], "give these a title (or make them components)"


def test_media_type_examples_are_components(spec: dict[str, Json]) -> None:
    """Named media-type examples are `$ref`s to components/examples.

    openapi-generator's csharp client logs "Failed to get the schema name: null" for every inline
    Example Object in a media type (ExamplesUtils.unaliasExamples reads the missing `$ref`).
    """
    inline = [
        pointer(*where, "examples", name)
        for where, node, _schema_at in _example_holders(spec)
        for name, example in (node.get("examples") or {}).items()
        if where[-2:-1] == ("content",) and "$ref" not in example
    ]
    assert inline == [], "move these examples to components/examples and $ref them"


def test_creates_link_to_get_and_schedule(spec: dict[str, Json]) -> None:
    targets = {operation_id: operation_by_id(spec, operation_id) for operation_id in OPERATION_IDS}

    def parameter_names(operation_id: str) -> set[str]:
        return {p["name"] for p in SpecFacts(spec).parameters(operation_id)}

    for creator, id_fields in (("createVoiceCampaign", {"id"}), ("createCampaign", {"id", "_id"})):
        _path, _method, op = targets[creator]
        response = op["responses"]["200"]
        links = response["links"]
        assert {"getCampaign", "scheduleCampaign"} <= {link["operationId"] for link in links.values()}, creator
        body_schema = resolve(spec, response["content"]["application/json"]["schema"])
        # A create answers one of several bodies (voice `data.id`, SMS `data._id`): a link may read any of them.
        alternatives = [resolve(spec, s) for s in body_schema.get("anyOf", [body_schema])]
        # `data` itself may be one of several shapes (the v1 create's whole campaign or short `{campId}`).
        datas = [resolve(spec, alt["properties"]["data"]) for alt in alternatives]
        members = [
            resolve(spec, member) for data in datas for member in data.get("oneOf", data.get("anyOf", [data]))
        ]
        data_fields = {name for member in members for name in member["properties"]}
        for link in links.values():
            # Every parameter a link fills exists on its target, and it reads a documented field.
            assert set(link["parameters"]) <= parameter_names(link["operationId"]), link
            for expression in link["parameters"].values():
                if expression.startswith("$response.body#/data/"):
                    assert expression.rsplit("/", 1)[1] in data_fields, expression
        get_ids = {link["parameters"]["campaignId"] for link in links.values() if link["operationId"] == "getCampaign"}
        assert get_ids == {f"$response.body#/data/{field}" for field in id_fields}, creator


def test_servers_default_to_the_us_platform(spec: dict[str, Json]) -> None:
    (server,) = spec["servers"]
    assert server["url"] == "https://{host}"
    assert server["variables"]["host"]["default"] == "platform.kore.ai"


def test_text_date_times_are_not_rfc3339(spec: dict[str, Json]) -> None:
    validator = SpecValidator(spec)
    text = spec["components"]["schemas"]["DateTimeText"]
    assert "format" not in text
    assert validator.errors("2026-01-27 18:29:00", "#/components/schemas/DateTimeText") == []
    for wrong in ("2026-01-27T18:29:00Z", "2026-01-1 18:29:00", "2026-01-27 18:29"):
        assert validator.errors(wrong, "#/components/schemas/DateTimeText"), wrong
    # Every schedule date-time is that text type, nowhere `format: date-time`.
    for root_at, root in _schema_roots(spec):
        for where, schema in _walk_schema(root, root_at):
            if "YYYY-MM-DD HH:mm:ss" in schema.get("description", ""):
                assert "format" not in schema, pointer(*where)
            for name in ("startDateTime", "endDateTime"):
                if name in schema.get("properties", {}):
                    assert schema["properties"][name] == {"$ref": "#/components/schemas/DateTimeText"}, pointer(
                        *where, "properties", name
                    )


def test_every_docs_decision_is_kept(spec: dict[str, Json]) -> None:
    decisions = " ".join(d if isinstance(d, str) else d["decision"] for d in spec["info"]["x-docs-decisions"])
    # The two sample deviations the docs-samples test depends on are recorded decisions.
    assert "2026-01-1 18:29:00" in decisions
    assert "%xxxxx" in decisions


# --- the docs' own samples -------------------------------------------------------------------


def _sample_schema_pointer(spec: dict[str, Json], sample: dict[str, Json]) -> str:
    """Where the schema for a docs sample is: its operation's request body or response."""
    path, method, op = operation_by_id(spec, sample["operationId"])
    if sample["kind"] == "request":
        at: tuple[str, ...] = (path, method, "requestBody")
        assert "$ref" not in op["requestBody"], "request bodies are inline"
    else:
        assert sample["kind"] == "response"
        at = (path, method, "responses", sample["status"])
        assert "$ref" not in op["responses"][sample["status"]], "success responses are inline"
    return pointer("paths", *at, "content", "application/json", "schema")


def test_samples_cover_every_operation(samples: list[dict[str, Json]]) -> None:
    requests = {s["operationId"] for s in samples if s["kind"] == "request"}
    responses = {s["operationId"] for s in samples if s["kind"] == "response"}
    assert responses == WAVE1_OPERATION_IDS
    assert requests == WAVE1_OPERATION_IDS - {"getCampaign"}  # GET has no body


def test_fixture_is_a_verbatim_copy_of_the_docs(samples: list[dict[str, Json]]) -> None:
    if not DOCS_NOTES.exists():
        pytest.skip(f"{DOCS_NOTES} is not beside the repository; the fixture cannot be compared")
    text = DOCS_NOTES.read_text(encoding="utf-8")
    blocks = [json.loads(block) for block in re.findall(r"^```json\n(.*?)^```", text, flags=re.S | re.M)]
    for sample in samples:
        assert sample["value"] in blocks, f"{sample['name']} is not one of the docs' JSON samples"


@pytest.mark.parametrize(
    "name",
    [
        "weekly-schedule-request",
        "weekly-schedule-response",
        "daily-schedule-request",
        "daily-schedule-response",
        "create-voice-agentless-request",
        "create-voice-agentless-response",
        "create-sms-template-request",
        "create-sms-template-response",
        "get-voice-campaign-response-mint",
        "get-voice-campaign-response-gh",
        "get-sms-campaign-response-mint",
    ],
)
def test_docs_sample_against_its_operation(spec: dict[str, Json], samples: list[dict[str, Json]], name: str) -> None:
    (sample,) = [s for s in samples if s["name"] == name]
    errors = SpecValidator(spec).errors(sample["value"], _sample_schema_pointer(spec, sample))
    deviation = sample.get("deviation")
    if deviation is None:
        assert [e.message for e in errors] == []
        return
    # A recorded deviation: the sample fails, and only at the field the decision is about.
    assert errors, f"{name}: the docs' deviation at {deviation['field']} is no longer rejected"
    assert {tuple(e.absolute_path) for e in errors} == {tuple(deviation["field"])}, [e.message for e in errors]
    assert {e.validator for e in errors} == {deviation["keyword"]}


def _spec_example_value(spec: dict[str, Json], operation_id: str) -> Json:
    """The spec's own example request for the deviation's operation."""
    _path, _method, op = operation_by_id(spec, operation_id)
    examples = op["requestBody"]["content"]["application/json"]["examples"]
    if operation_id == "scheduleCampaign":
        return resolve(spec, examples["weekly"])["value"]
    return resolve(spec, examples["template"])["value"]


@pytest.mark.parametrize("name", ["weekly-schedule-request", "create-sms-template-request"])
def test_deviating_sample_passes_once_the_decision_is_applied(
    spec: dict[str, Json], samples: list[dict[str, Json]], name: str
) -> None:
    """Taking the decided field from the spec's example fixes the docs' sample, and nothing else is wrong."""
    (sample,) = [s for s in samples if s["name"] == name]
    repaired = copy.deepcopy(sample["value"])
    decided = _spec_example_value(spec, sample["operationId"])
    *parents, leaf = sample["deviation"]["field"]
    target, source = repaired, decided
    for key in parents:
        target, source = target[key], source[key]
    assert target[leaf] != source[leaf]
    target[leaf] = source[leaf]
    assert SpecValidator(spec).errors(repaired, _sample_schema_pointer(spec, sample)) == []
