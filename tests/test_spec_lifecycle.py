"""The campaign-lifecycle operations in openapi.yaml: the pages' own samples validate, the constraints the pages
state are in the schemas, the lifecycle links exist, and the generated client asks only for what varies.

The samples are data from the pages (tests/docs_samples_lifecycle.json, one entry per request body or response
a page shows, with the query values of its URL); a sample that breaks a rule the spec decides names the one
field and keyword where it does.
"""

from __future__ import annotations

import copy
import inspect
import itertools
import json
from collections import deque
from pathlib import Path
from typing import Any

import pytest
from test_spec import (
    LIFECYCLE_OPERATION_IDS,
    SpecValidator,
    operation_by_id,
    operations,
    pointer,
    resolve,
)

from scripts.spec_facts import SpecFacts, load

Json = Any
ROOT = Path(__file__).resolve().parent.parent
SAMPLES_PATH = Path(__file__).resolve().parent / "docs_samples_lifecycle.json"
SAMPLES: list[dict[str, Json]] = json.loads(SAMPLES_PATH.read_text(encoding="utf-8"))["samples"]
FACTS = load(ROOT / "openapi.yaml")
SPEC: dict[str, Json] = FACTS.document


@pytest.fixture(scope="module")
def validator() -> SpecValidator:
    return SpecValidator(SPEC)


def _media_schema_pointer(operation_id: str, kind: str, status: str = "200") -> str:
    path, method, _op = operation_by_id(SPEC, operation_id)
    if kind == "request":
        return pointer("paths", path, method, "requestBody", "content", "application/json", "schema")
    return pointer("paths", path, method, "responses", status, "content", "application/json", "schema")


def _query_parameters(operation_id: str) -> dict[str, dict[str, Json]]:
    return {p["name"]: p for p in FACTS.parameters(operation_id) if p["in"] == "query"}


# --- the pages' samples -------------------------------------------------------------------------


@pytest.mark.parametrize("sample", SAMPLES, ids=[s["name"] for s in SAMPLES])
def test_page_sample_validates_against_its_operation(validator: SpecValidator, sample: dict[str, Json]) -> None:
    at = _media_schema_pointer(sample["operationId"], sample["kind"], sample.get("status", "200"))
    errors = validator.errors(sample["value"], at)
    deviation = sample.get("deviation")
    if deviation is None:
        assert [f"{list(e.absolute_path)}: {e.message}" for e in errors] == []
    else:
        # A recorded deviation: the sample fails at the decided field only, and for the decided rule.
        assert {tuple(e.absolute_path) for e in errors} == {tuple(deviation["field"])}, [e.message for e in errors]
        assert {e.validator for e in errors} == {deviation["keyword"]}


@pytest.mark.parametrize("sample", [s for s in SAMPLES if "query" in s], ids=lambda s: s["name"])
def test_page_url_query_values_are_accepted(sample: dict[str, Json]) -> None:
    """The query values in each page's URL (campaignType, trigger, view, enableSchedule) are valid parameters."""
    params = _query_parameters(sample["operationId"])
    for name, value in sample["query"].items():
        assert name in params, (sample["name"], name)
        assert _valid(params[name]["schema"], value), (sample["name"], name, value)


def _valid(schema: Json, value: Json) -> bool:
    # Parameter schemas are inline or $refs into components; validate through a scratch copy of the document.
    scratch = copy.deepcopy(SPEC)
    scratch.setdefault("components", {}).setdefault("schemas", {})["__Probe__"] = schema
    return SpecValidator(scratch).errors(value, "#/components/schemas/__Probe__") == []


def test_the_deviating_sample_passes_with_the_decided_value(validator: SpecValidator) -> None:
    """The without-template page masks its Base64 (`%xxxxx`); the spec's example, unmasked, is otherwise the same."""
    (sample,) = [s for s in SAMPLES if s["name"] == "create-sms-without-template-v2-request"]
    example = SPEC["components"]["examples"]["SmsSimpleRequest"]["value"]
    repaired = copy.deepcopy(sample["value"])
    assert repaired["message"]["message"] != example["message"]["message"]
    repaired["message"]["message"] = example["message"]["message"]
    assert repaired == example
    assert validator.errors(repaired, _media_schema_pointer("createCampaign", "request")) == []


def test_samples_cover_every_lifecycle_page_and_operation() -> None:
    slugs_by_operation: dict[str, set[str]] = {}
    for _path, _method, _item, op in operations(SPEC):
        slugs_by_operation[op["operationId"]] = set(op["x-docs-pages"])
    sampled_slugs = {s["slug"] for s in SAMPLES}
    lifecycle_slugs = {slug for op_id in LIFECYCLE_OPERATION_IDS for slug in slugs_by_operation[op_id]}
    # Every page of a lifecycle operation contributes samples, and every sample's page is named by its operation.
    assert lifecycle_slugs <= sampled_slugs
    for sample in SAMPLES:
        assert sample["slug"] in slugs_by_operation[sample["operationId"]], sample["name"]
    responded = {s["operationId"] for s in SAMPLES if s["kind"] == "response"}
    assert responded >= LIFECYCLE_OPERATION_IDS
    with_body = {
        op["operationId"] for _p, _m, _i, op in operations(SPEC) if "requestBody" in op
    } & LIFECYCLE_OPERATION_IDS
    assert with_body <= {s["operationId"] for s in SAMPLES if s["kind"] == "request"}


def test_every_lifecycle_sample_is_also_a_named_example() -> None:
    """The pages' responses are the operations' examples, so readers of the spec see what the docs show."""
    examples = []
    for _path, _method, _item, op in operations(SPEC):
        for response in op["responses"].values():
            media = resolve(SPEC, response).get("content", {}).get("application/json", {})
            examples += [resolve(SPEC, e)["value"] for e in media.get("examples", {}).values()]
    for sample in SAMPLES:
        if sample["kind"] == "response":
            assert sample["value"] in examples, sample["name"]


# --- the constraints the pages state, by name -----------------------------------------------------

VOICE_V2 = next(s["value"] for s in SAMPLES if s["name"] == "create-voice-preview-v2-request")
AGENTLESS_V2 = next(s["value"] for s in SAMPLES if s["name"] == "create-voice-agentless-v2-request")
ADVANCED = next(s["value"] for s in SAMPLES if s["name"] == "create-sms-advanced-v2-request")
LIST_VOICE = next(s["value"] for s in SAMPLES if s["name"] == "get-all-campaigns-v2-voice-request")


def _with(base: Json, path: tuple[str | int, ...], value: Json) -> Json:
    changed = copy.deepcopy(base)
    target = changed
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return changed


_DELETE = object()
# Limits and enums as the spec states them (scripts/spec_facts.py): each invalid value is built from the
# fact it breaks (one past a bound, a word no enum lists), never written down a second time.


def _past(schema: str, dotted: str, bound: str = "maximum") -> int:
    """One past the field's `maximum` (or below its `minimum`)."""
    value = int(FACTS.field(schema, dotted)[bound])
    return value + 1 if bound == "maximum" else value - 1


def _not_listed(schema: str, dotted: str) -> str:
    return SpecFacts.not_one_of(FACTS.field(schema, dotted)["enum"])


# (rule as the page states it, schema, invalid instance, where the error must be reported)
CONSTRAINTS = [
    (
        "voice v2: name at most maxLength characters",
        "VoiceCampaignV2Request",
        _with(VOICE_V2, ("name",), SpecFacts.too_long(FACTS.field("VoiceCampaignV2Request", "name"))),
        ("name",),
    ),
    (
        "voice v2: description at most maxLength",
        "VoiceCampaignV2Request",
        _with(VOICE_V2, ("description",), SpecFacts.too_long(FACTS.field("VoiceCampaignV2Request", "description"))),
        ("description",),
    ),
    ("voice v2: dncLists required", "VoiceCampaignV2Request", _with(VOICE_V2, ("dncLists",), _DELETE), ()),
    ("voice v2: dncLists.name required", "VoiceCampaignV2Request", _with(VOICE_V2, ("dncLists",), {}), ("dncLists",)),
    (
        "voice v2: at least one contact list",
        "VoiceCampaignV2Request",
        _with(VOICE_V2, ("contactLists",), []),
        ("contactLists",),
    ),
    (
        "voice v2: priority enum",
        "VoiceCampaignV2Request",
        _with(VOICE_V2, ("priority",), _not_listed("VoiceCampaignV2Request", "priority")),
        ("priority",),
    ),
    (
        "voice v2: dialing mode enum",
        "VoiceCampaignV2Request",
        _with(VOICE_V2, ("dialingMode",), _not_listed("VoiceCampaignV2Request", "dialingMode")),
        ("dialingMode",),
    ),
    (
        "voice v2: max attempts at most maximum",
        "VoiceCampaignV2Request",
        _with(
            VOICE_V2,
            ("dialingStrategy", "maxAttemptsPerRecord"),
            _past("VoiceCampaignV2Request", "dialingStrategy.maxAttemptsPerRecord"),
        ),
        ("dialingStrategy", "maxAttemptsPerRecord"),
    ),
    (
        "voice v2: retry period at least minimum",
        "VoiceCampaignV2Request",
        _with(
            VOICE_V2,
            ("dialingStrategy", "defaultRetryPeriod"),
            _past("VoiceCampaignV2Request", "dialingStrategy.defaultRetryPeriod", "minimum"),
        ),
        ("dialingStrategy", "defaultRetryPeriod"),
    ),
    (
        "voice v2: retry period at most maximum",
        "VoiceCampaignV2Request",
        _with(
            VOICE_V2,
            ("dialingStrategy", "defaultRetryPeriod"),
            _past("VoiceCampaignV2Request", "dialingStrategy.defaultRetryPeriod"),
        ),
        ("dialingStrategy", "defaultRetryPeriod"),
    ),
    (
        "voice v2: ring time at most maximum",
        "VoiceCampaignV2Request",
        _with(
            VOICE_V2,
            ("dialingStrategy", "maxRingTime"),
            _past("VoiceCampaignV2Request", "dialingStrategy.maxRingTime"),
        ),
        ("dialingStrategy", "maxRingTime"),
    ),
    (
        "voice v2: calling frequency enum",
        "VoiceCampaignV2Request",
        _with(
            VOICE_V2,
            ("dialingStrategy", "callingHours", "frequency"),
            _not_listed("VoiceCampaignV2Request", "dialingStrategy.callingHours.frequency"),
        ),
        ("dialingStrategy", "callingHours", "frequency"),
    ),
    ("voice v2: Preview needs maxSkips", "VoiceCampaignV2Request", _with(VOICE_V2, ("maxSkips",), _DELETE), ()),
    ("voice v2: Preview needs queue_name", "VoiceCampaignV2Request", _with(VOICE_V2, ("queue_name",), _DELETE), ()),
    (
        "voice v2: Progressive needs queue_name",
        "VoiceCampaignV2Request",
        _with(_with(VOICE_V2, ("dialingMode",), "Progressive"), ("queue_name",), _DELETE),
        (),
    ),
    (
        "voice v2: Agentless needs experienceFlowName",
        "VoiceCampaignV2Request",
        _with(AGENTLESS_V2, ("experienceFlowName",), _DELETE),
        (),
    ),
    (
        "voice v2: machine detection no/detect/disconnect",
        "VoiceCampaignV2Request",
        _with(AGENTLESS_V2, ("enableMachineDetect",), False),
        ("enableMachineDetect",),
    ),
    (
        "voice v2 create: Agentless needs machine detection",
        "VoiceCampaignV2CreateRequest",
        _with(AGENTLESS_V2, ("enableMachineDetect",), _DELETE),
        (),
    ),
    (
        "voice v2: campaignType voice",
        "VoiceCampaignV2Request",
        _with(VOICE_V2, ("campaignType",), "sms"),
        ("campaignType",),
    ),
    (
        "advanced SMS: format advanced",
        "SmsAdvancedCampaignRequest",
        _with(ADVANCED, ("format",), "simple"),
        ("format",),
    ),
    (
        "advanced SMS: experience flow required",
        "SmsAdvancedCampaignRequest",
        _with(ADVANCED, ("experienceFlowName",), _DELETE),
        (),
    ),
    (
        "advanced SMS: name at most maxLength",
        "SmsAdvancedCampaignRequest",
        _with(ADVANCED, ("name",), SpecFacts.too_long(FACTS.field("SmsAdvancedCampaignRequest", "name"), "n")),
        ("name",),
    ),
    (
        "contacts: page from minimum",
        "ContactsPageRequest",
        {"page": _past("ContactsPageRequest", "page", "minimum")},
        ("page",),
    ),
    (
        "contacts: limit at most maximum",
        "ContactsPageRequest",
        {"limit": _past("ContactsPageRequest", "limit")},
        ("limit",),
    ),
    (
        "contacts: limit at least minimum",
        "ContactsPageRequest",
        {"limit": _past("ContactsPageRequest", "limit", "minimum")},
        ("limit",),
    ),
    ("list: type required", "CampaignListRequest", _with(LIST_VOICE, ("type",), _DELETE), ()),
    (
        "list: type enum",
        "CampaignListRequest",
        _with(LIST_VOICE, ("type",), _not_listed("CampaignListRequest", "type")),
        ("type",),
    ),
    (
        "list: status filter words",
        "CampaignListRequest",
        _with(LIST_VOICE, ("filters", "status"), [_not_listed("CampaignListRequest", "filters.status[]")]),
        ("filters", "status", 0),
    ),
    (
        "list: priority filter enum",
        "CampaignListRequest",
        _with(
            LIST_VOICE,
            ("filters", "priority"),
            [max(FACTS.field("CampaignListRequest", "filters.priority[]")["enum"]) + 1],
        ),
        ("filters", "priority", 0),
    ),
    (
        "list: dialing mode filter Progressive or Preview",
        "CampaignListRequest",
        _with(LIST_VOICE, ("filters", "dialingMode"), ["Agentless"]),
        ("filters", "dialingMode", 0),
    ),
    (
        "list: sort asc or desc",
        "CampaignListRequest",
        _with(LIST_VOICE, ("sortBy", "createdAt"), _not_listed("CampaignListRequest", "sortBy.createdAt")),
        ("sortBy", "createdAt"),
    ),
    ("list: paging number or empty string", "CampaignListRequest", _with(LIST_VOICE, ("limit",), "50"), ("limit",)),
    ("list: ISO 8601 dates", "CampaignListRequest", _with(LIST_VOICE, ("startDate",), "2025-12-01"), ("startDate",)),
    ("call back: at least one entry", "CallbackRequest", [], ()),
    ("call back: time required", "CallbackRequest", [{"campaignDialingListId": "cid-1"}], (0,)),
    (
        "call back: ISO 8601 time",
        "CallbackRequest",
        [{"campaignDialingListId": "cid-1", "timeToContact": "tomorrow"}],
        (0, "timeToContact"),
    ),
    # maxProperties at the root, and each member against NoValue, EmptyBody's typed (never valid) member type.
    ("disable schedule: body is {}", "EmptyBody", {"startDateTime": "2026-01-27 18:29:00"}, ((), ("startDateTime",))),
]


@pytest.mark.parametrize(("rule", "schema", "instance", "where"), CONSTRAINTS, ids=[c[0] for c in CONSTRAINTS])
def test_documented_constraint_is_in_the_schema(
    validator: SpecValidator,
    rule: str,
    schema: str,
    instance: Json,
    where: tuple[str | int, ...] | tuple[tuple[str | int, ...], ...],
) -> None:
    """`where` is the one place the rule is reported, or a tuple of places when it is reported at several."""
    errors = validator.errors(instance, f"#/components/schemas/{schema}")
    assert errors, f"{rule}: accepted"
    expected = set(where) if where and isinstance(where[0], tuple) else {where}
    assert {tuple(e.absolute_path) for e in errors} == expected, [e.message for e in errors]


def test_schedule_enable_flag_is_a_boolean_that_defaults_to_true() -> None:
    (flag,) = [p for p in _query_parameters("scheduleCampaign").values() if p["name"] == "enableSchedule"]
    assert flag["schema"] == {"type": "boolean", "default": True}


# --- call sites name only what varies ---------------------------------------------------------------


def test_query_values_a_path_fixes_have_their_only_value_as_default() -> None:
    fixed = 0
    for _path, _method, _item, op in operations(SPEC):
        for param in _query_parameters(op["operationId"]).values():
            schema = param["schema"]
            values = resolve(SPEC, schema).get("enum")
            if values is not None and len(values) == 1:
                # Beside a $ref, OpenAPI 3.0 readers ignore a default: a referenced enum carries its own.
                holder = resolve(SPEC, schema) if "$ref" in schema else schema
                assert holder.get("default") == values[0], (op["operationId"], param["name"])
                assert "$ref" not in schema or "default" not in schema, (op["operationId"], param["name"])
                fixed += 1
    assert fixed >= 7  # campaignType on 5 operations, trigger on the two SMS ones


GENERATED_SIGNATURES: dict[str, tuple[set[str], dict[str, object]]] = {
    # module, required keyword arguments (besides client and body), defaults
    "campaigns.create_voice_campaign": (set(), {"campaign_type": "voice"}),
    "campaigns.create_campaign": ({"campaign_type"}, {}),
    "campaigns.create_advanced_sms_campaign": (set(), {"campaign_type": "sms"}),
    "campaigns.update_campaign": ({"campaign_type"}, {}),
    "campaigns.delete_campaign": ({"campaign_type"}, {}),
    "campaign_execution.trigger_voice_campaign": ({"trigger"}, {"campaign_type": "voice"}),
    "campaign_execution.start_sms_campaign": (set(), {"campaign_type": "sms", "trigger": "play"}),
    "campaign_execution.stop_sms_campaign": (set(), {"campaign_type": "sms", "trigger": "stop"}),
    "campaign_execution.get_campaign_status": (set(), {"view": "status"}),
    "scheduling.schedule_campaign": ({"campaign_name"}, {"enable_schedule": True}),
}


@pytest.mark.parametrize("module", sorted(GENERATED_SIGNATURES))
def test_generated_functions_ask_only_for_what_varies(module: str) -> None:
    import importlib

    functions = importlib.import_module(f"kore_campaigns_client.api.{module}")
    required, defaults = GENERATED_SIGNATURES[module]
    for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        parameters = inspect.signature(getattr(functions, name)).parameters
        keyword = {p.name: p.default for p in parameters.values() if p.kind is inspect.Parameter.KEYWORD_ONLY}
        keyword.pop("client")
        keyword.pop("body", None)
        assert {k for k, v in keyword.items() if v is inspect.Parameter.empty} == required, (module, name)
        assert {k: keyword[k] for k in defaults} == defaults, (module, name)


def test_empty_bodies_are_optional_in_the_generated_client() -> None:
    from kore_campaigns_client.api.campaign_execution import (
        get_campaign_status,
        start_sms_campaign,
        stop_sms_campaign,
        trigger_voice_campaign,
    )
    from kore_campaigns_client.types import UNSET

    for module in (start_sms_campaign, stop_sms_campaign, trigger_voice_campaign, get_campaign_status):
        assert inspect.signature(module.sync_detailed).parameters["body"].default is UNSET, module.__name__


# --- lifecycle links ---------------------------------------------------------------------------------


def _links() -> dict[str, list[tuple[str, dict[str, Json]]]]:
    graph: dict[str, list[tuple[str, dict[str, Json]]]] = {}
    for _path, _method, _item, op in operations(SPEC):
        for response in op["responses"].values():
            for link in resolve(SPEC, response).get("links", {}).values():
                graph.setdefault(op["operationId"], []).append((link["operationId"], link))
    return graph


def _reaches(graph: dict[str, list[tuple[str, dict[str, Json]]]], chain: list[str]) -> bool:
    """Whether links lead from each operation of `chain` to the next, directly."""
    return all(any(target == b for target, _ in graph.get(a, [])) for a, b in itertools.pairwise(chain))


@pytest.mark.parametrize(
    "chain",
    [
        ["createCampaign", "triggerVoiceCampaign", "getCampaignStatus", "triggerVoiceCampaign", "deleteCampaign"],
        ["createCampaign", "startSmsCampaign", "getCampaignStatus", "stopSmsCampaign", "deleteCampaign"],
        ["createCampaign", "updateCampaign", "getCampaign"],
        ["createAdvancedSmsCampaign", "updateCampaign", "getCampaign"],
        ["createAdvancedSmsCampaign", "startSmsCampaign", "stopSmsCampaign", "deleteCampaign", "getCampaign"],
        ["triggerVoiceCampaign", "scheduleCallback"],
    ],
    ids=lambda chain: " -> ".join(chain),
)
def test_lifecycle_chain_is_linked(chain: list[str]) -> None:
    assert _reaches(_links(), chain)


def test_every_link_fills_parameters_its_target_declares() -> None:
    for source, links in _links().items():
        for target, link in links:
            declared = {p["name"]: p for p in FACTS.parameters(target)}
            for name, value in link["parameters"].items():
                assert name in declared, (source, target, name)
                if not str(value).startswith("$"):
                    # A constant: one of the target parameter's values.
                    assert _valid(declared[name]["schema"], value), (source, target, name)
            # Every required path parameter comes from the link.
            required_path = {n for n, p in declared.items() if p["in"] == "path"}
            assert required_path <= set(link["parameters"]), (source, target)


def test_every_operation_is_reached_by_a_link_or_starts_a_chain() -> None:
    reached = {target for links in _links().values() for target, _ in links}
    # Contact lists start their own chains (create list -> contacts -> campaigns naming it).
    starts = {
        "createCampaign",
        "createVoiceCampaign",
        "createAdvancedSmsCampaign",
        "listCampaigns",
        "createContactList",
        "listContactLists",
        # Their v1 doors (issue 23); the v1 create is createVoiceCampaign.
        "createContactListV1",
    }
    all_ids = {op["operationId"] for _p, _m, _i, op in operations(SPEC)}
    assert all_ids - starts <= reached
    # And from the creates every lifecycle step is reachable.
    graph = _links()
    seen, queue = set(starts), deque(starts)
    while queue:
        for target, _ in graph.get(queue.popleft(), []):
            if target not in seen:
                seen.add(target)
                queue.append(target)
    assert all_ids - {"listCampaigns"} <= seen


# --- decisions ------------------------------------------------------------------------------------------


def test_every_lifecycle_operation_records_its_decision_in_both_places() -> None:
    decisions = " ".join(d if isinstance(d, str) else d["decision"] for d in SPEC["info"]["x-docs-decisions"])
    for operation_id in LIFECYCLE_OPERATION_IDS | {"createCampaign"}:
        _path, _method, op = operation_by_id(SPEC, operation_id)
        assert op.get("x-docs-decision", "").strip(), operation_id
        assert operation_id in decisions, operation_id


def test_shared_urls_are_one_operation_each() -> None:
    """OpenAPI allows one operation per path and method: the pages sharing a URL are listed on that operation."""
    operations = FACTS.path_operations.values()
    pages_per_operation = {(op.method.lower(), op.path): op.node["x-docs-pages"] for op in operations}
    shared = {key: pages for key, pages in pages_per_operation.items() if len(pages) > 1}
    assert (
        "post",
        "/api/v2/public/{streamId}/campaign/trigger/{campaignId}",
    ) in shared  # start and stop voice
    assert ("post", "/campaign/api/v2/public/{streamId}/campaign/{campaignId}/status") in shared
    assert set(pages_per_operation[("put", "/campaign/api/v2/public/{streamId}/campaign/{campaignId}")]) == {
        "update-voice-campaign-v2",
        "update-sms-campaign-v2",
    }
