"""Answers that differ from the spec (issue 21): kept as sent, reported once, or raised in strict mode.

The main test walks every 2xx response example of openapi.yaml and drifts each enum, required
field and typed scalar in it, one at a time: an undocumented enum value, the field left out,
a number for a string (and back), null. Each drifted answer is served through httpx.MockTransport
to the generated resource method. Lenient: the call returns, the value is where it came, one
warning is logged, and `to_dict()` gives back the answer as it came. Strict: KoreResponseError names
the field. The drifted values look like personal data (a phone number, a name) and each answer also
carries an undocumented custom field: neither may appear in a log line or an exception text (issue 29).
One test per response example (the drifts loop inside it), so the walk stays fast; list entries are
drifted in their first item only.
"""

from __future__ import annotations

import copy
import logging
import os
from collections.abc import Iterator
from typing import Any

import attrs
import httpx
import kore_campaigns
import pytest
from fakes import overlay_client
from kore_campaigns import KoreClient, KoreResponseError, deviations
from kore_campaigns_client import AuthenticatedClient
from kore_campaigns_client._runtime.reading import forget_logged
from kore_campaigns_client.api.campaigns import get_campaign
from kore_campaigns_client.errors import KoreResponseError as GeneratedResponseError
from kore_campaigns_client.models import (
    Campaign,
    CampaignCreatedShort,
    CampaignSchedule,
    CampaignStatusData,
    CampaignSummary,
    CreatedCampaign,
    NewContact,
    SmsCampaignRequest,
    WeeklyRecurrence,
)
from kore_campaigns_client.types import UNSET, FieldError, Unset, lenient_reading
from kore_campaigns_mock import DEMO_ACCOUNT_ID, DEMO_BOT_ID, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, samples
from test_resources import (
    OPERATIONS,
    Operation,
    arguments_from_examples,
    as_json,
    resolve,
    resource_method,
    success_example,
)

REMOVED = object()  # marks a drift that leaves the field out
# Drifted values that look like personal data: none may reach a log line or an exception text.
PHONE_AS_NUMBER = 4155550123
PHONE_AS_TEXT = "+14155550199"
NAME = "Jane Canary-Doe"
CUSTOM_FIELD = "customerNote"
CUSTOM_VALUE = "Canary custom value"
PERSONAL = ("4155550123", "4155550199", "Canary")


@attrs.frozen
class Drift:
    path: tuple[str | int, ...]
    kind: str
    value: Any
    # Where the reader reports it: the field itself, or the union (oneOf) holding it, which is kept whole.
    reported_at: tuple[str | int, ...]

    def __str__(self) -> str:
        return f"{format_path(self.path)} {self.kind}"


def format_path(path: tuple[str | int, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def schema_types(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type")
    if isinstance(declared, list):
        return set(declared)
    if declared:
        return {declared}
    if "enum" in schema:
        return {"integer" if all(isinstance(v, int) for v in schema["enum"]) else "string"}
    return set()


JSON_TYPES = {bool: "boolean", str: "string", int: "integer", float: "number"}


def union_member(members: list[dict[str, Any]], example: Any) -> dict[str, Any]:
    """The oneOf/anyOf member the example was written for: the one naming all of its keys."""
    for member in members:
        if isinstance(example, dict) and set(example) <= set(member.get("properties", {})):
            return member
    # A union of scalars (a priority as "5" or 5): the member of the example's JSON type.
    scalar = JSON_TYPES.get(type(example))
    for member in members:
        if scalar in schema_types(member):
            return member
    raise AssertionError(f"no member of {members} fits {example}")


def drifts(
    schema: Any, example: Any, path: tuple[str | int, ...], union_at: tuple[str | int, ...] | None
) -> Iterator[Drift]:
    schema = resolve(schema)
    members = schema.get("oneOf") or schema.get("anyOf")
    if members:
        resolved = [resolve(m) for m in members]
        member = union_member(resolved, example)
        # In a union of scalars, a value of another member's type is no drift ("5" or 5 are both a priority).
        readings = set() if isinstance(example, dict) else set().union(*map(schema_types, resolved))
        for drift in drifts(member, example, path, union_at if union_at is not None else path):
            if drift.kind != "type" or JSON_TYPES.get(type(drift.value)) not in readings:
                yield drift
        return
    at = union_at if union_at is not None else path
    if isinstance(example, dict):
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        for key, value in example.items():
            if key not in properties:
                continue  # not in the spec: kept in additional_properties, nothing to drift
            inner = (*path, key)
            if key in required:
                yield Drift(inner, "missing", REMOVED, union_at if union_at is not None else inner)
            yield from drifts(properties[key], value, inner, union_at)
        return
    if isinstance(example, list):
        if example and "items" in schema:
            yield from drifts(schema["items"], example[0], (*path, 0), union_at)
        return
    types = schema_types(schema)
    if "enum" in schema or "const" in schema:
        undocumented: Any = PHONE_AS_NUMBER if "integer" in types else NAME
        yield Drift(path, "unknown enum value", undocumented, at)
    if "string" in types:
        yield Drift(path, "type", PHONE_AS_NUMBER, at)
    if types & {"integer", "number"}:
        yield Drift(path, "type", PHONE_AS_TEXT, at)
    if "boolean" in types:
        yield Drift(path, "type", NAME, at)
    if types and "null" not in types:
        yield Drift(path, "null", None, at)


def apply(example: Any, drift: Drift) -> Any:
    """The example with the drift, and a custom field the spec does not name (kept, never logged)."""
    drifted = copy.deepcopy(example)
    if isinstance(drifted, dict):
        drifted[CUSTOM_FIELD] = CUSTOM_VALUE
    *parents, last = drift.path
    node = drifted
    for part in parents:
        node = node[part]
    if drift.value is REMOVED:
        del node[last]
    else:
        node[last] = drift.value
    return drifted


def reach(parsed: Any, path: tuple[str | int, ...]) -> Any:
    """The value at a JSON path of a parsed answer: model attributes by their JSON names, then dicts and lists."""
    node = parsed
    for part in path:
        if isinstance(part, int):
            node = node[part]
        elif isinstance(node, dict):
            node = node.get(part, UNSET)
        else:
            by_json_name = {key: name for name, key in type(node)._json_keys.items()}
            node = getattr(node, by_json_name[part]) if part in by_json_name else node.additional_properties[part]
    return node


def response_examples() -> list[Any]:
    found = []
    for operation in OPERATIONS:
        for status, response in operation.spec["responses"].items():
            content = resolve(response).get("content", {}).get("application/json")
            if not str(status).startswith("2") or not content:
                continue
            examples = {name: resolve(e)["value"] for name, e in content.get("examples", {}).items()}
            if "example" in content:
                examples["example"] = content["example"]
            for name, example in examples.items():
                found.append(pytest.param(operation, int(status), content["schema"], example, id=f"{operation}-{name}"))
    return found


RESPONSE_EXAMPLES = response_examples()


class Answer:
    def __init__(self) -> None:
        self.status = 200
        self.body: Any = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(self.status, json=self.body)


def client(answer: Answer, strict: bool) -> KoreClient:
    return overlay_client(answer, retry=None, rate_limit=None, strict_responses=strict)


class Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def warnings() -> Iterator[Warnings]:
    handler = Warnings()
    logger = logging.getLogger("kore_campaigns_client.responses")
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


def test_the_walk_drifts_every_kind() -> None:
    # Guards the parametrization: an empty or shallow walk would make the next test vacuous.
    assert len(RESPONSE_EXAMPLES) >= 15
    found = [d for p in RESPONSE_EXAMPLES for d in drifts(p.values[2], p.values[3], (), None)]
    kinds = {d.kind for d in found}
    assert kinds == {"missing", "unknown enum value", "type", "null"}
    assert len(found) > 300
    assert any(isinstance(part, int) for d in found for part in d.path), "no drift inside a list"


@pytest.mark.parametrize(("operation", "status", "schema", "example"), RESPONSE_EXAMPLES)
def test_every_drift_of_a_response_example_is_kept_reported_once_or_raised_in_strict_mode(
    operation: Operation, status: int, schema: Any, example: Any, warnings: Warnings
) -> None:
    answer = Answer()
    answer.status = status
    lenient, strict = client(answer, strict=False), client(answer, strict=True)
    method = resource_method(lenient, operation, operation.resources[0])
    arguments = arguments_from_examples(operation, method)
    strict_method = resource_method(strict, operation, operation.resources[0])

    answer.body = example
    assert deviations(method(**arguments)) == (), "the unchanged example must read without deviations"
    for drift in drifts(schema, example, (), None):
        forget_logged()  # "once per process": start each drift afresh
        warnings.records.clear()
        answer.body = apply(example, drift)

        parsed = method(**arguments)

        where = format_path(drift.reported_at)
        found = deviations(parsed)
        assert [d.path for d in found] == [where], drift
        value = reach(parsed, drift.path)
        if drift.value is REMOVED:
            assert value is UNSET or isinstance(value, Unset), drift
        else:
            assert value == drift.value and type(value) is type(drift.value), drift
        assert len(warnings.records) == 1, (drift, [r.getMessage() for r in warnings.records])
        assert where in warnings.records[0].getMessage()
        # What came, written back: a missing field stays missing, an undocumented value stays as sent.
        assert as_json(parsed) == answer.body, drift  # to the letter: dates as the text that came

        with pytest.raises(KoreResponseError) as raised:
            strict_method(**arguments)
        assert isinstance(raised.value, kore_campaigns.KoreError)
        assert raised.value.path == where, drift
        assert raised.value.operation == operation.name
        assert where in str(raised.value)
        if drift.reported_at == drift.path:  # else the union holding the field is kept whole
            assert raised.value.value == (UNSET if drift.value is REMOVED else drift.value)
        texts = [record.getMessage() for record in warnings.records]
        texts += [str(raised.value), repr(raised.value), repr(found), str([str(d) for d in found])]
        assert not [text for text in texts if any(personal in text for personal in PERSONAL)], drift


def test_the_same_deviation_is_logged_once_per_operation_field_and_kind(warnings: Warnings) -> None:
    forget_logged()
    answer = Answer()
    answer.body = {"status": "success", "message": "ok", "data": campaign_json(status="Archived")}
    lenient = client(answer, strict=False)
    for _ in range(3):
        # Typed as the spec's values; an unknown one arrives as the string that came.
        status: object = lenient.campaigns.get_campaign("cd-1").data.status
        assert status == "Archived"
    answer.body["data"]["name"] = 3  # a priority may be the number 3 (PriorityAsSent); a name may not
    lenient.campaigns.get_campaign("cd-1")
    messages = [r.getMessage() for r in warnings.records]
    assert len(messages) == 2, messages
    # The field, the rule and the kind of value; not the value (answers carry personal data).
    assert messages[0] == (
        "get_campaign: response field data.status: the spec says one of 'Active', 'Completed', 'Paused',"
        " 'Preparing', 'Ready', 'Rescheduled', 'Scheduled', 'Stopped'; got a string (unknown enum value)"
        " (kept as sent; strict mode would raise)"
    )
    assert "data.name" in messages[1] and "got an integer (type)" in messages[1]
    assert "Archived" not in " ".join(messages)


def test_answers_copy_deepcopy_and_pickle_with_their_deviations(warnings: Warnings) -> None:
    """Users copy answers, hand them to other processes and cache them: every model read, drifted or
    not, survives copy, deepcopy and pickle, with its deviations and its to_dict()."""
    import pickle

    answer = Answer()
    answer.body = {"status": "success", "message": "ok", "data": campaign_json()}
    lenient = client(answer, strict=False)
    plain = lenient.campaigns.get_campaign("cd-1")
    answer.body = {"status": "success", "message": "ok", "data": campaign_json(status="Archived")}
    drifted = lenient.campaigns.get_campaign("cd-1")
    contact = NewContact.from_dict({"phoneNumber": "+15105550100", "firstName": "Ada"})
    for model in (plain, drifted, contact):
        for again in (copy.copy(model), copy.deepcopy(model), pickle.loads(pickle.dumps(model))):  # noqa: S301
            assert again == model and again.to_dict() == model.to_dict()
            assert [str(d) for d in deviations(again)] == [str(d) for d in deviations(model)]
    assert [d.path for d in deviations(pickle.loads(pickle.dumps(drifted)))] == ["data.status"]  # noqa: S301


def test_the_low_level_functions_read_leniently_and_list_the_deviations_on_the_response() -> None:
    answer = Answer()
    answer.body = {"status": "success", "message": "ok", "data": campaign_json(status="Archived")}
    del answer.body["data"]["createdAt"]
    lenient = client(answer, strict=False)
    response = get_campaign.sync_detailed(DEMO_BOT_ID, "cd-1", client=lenient)
    assert [(d.path, d.kind) for d in response.deviations] == [
        ("data.status", "unknown enum value"),
        ("data.createdAt", "missing"),
    ]
    assert response.deviations[1].expected == "a date-time string"
    with pytest.raises(KoreResponseError, match=r"get_campaign: .* at data\.status: the spec says one of 'Active'"):
        get_campaign.sync(DEMO_BOT_ID, "cd-1", client=client(answer, strict=True))
    # A bare generated client raises the generated class, which the overlay's derives from.
    bare = AuthenticatedClient(
        base_url="http://spec.invalid", token="", httpx_args={"transport": httpx.MockTransport(answer)}
    )
    with pytest.raises(GeneratedResponseError) as raised:
        get_campaign.sync(DEMO_BOT_ID, "cd-1", client=bare)
    assert not isinstance(raised.value, KoreResponseError)  # strict from KORE_STRICT_RESPONSES (conftest)
    assert raised.value.path == "data.status"


@pytest.mark.anyio
async def test_async_calls_read_leniently_too() -> None:
    answer = Answer()
    answer.body = {"status": "success", "message": "ok", "data": campaign_json(priority="9")}
    transport = httpx.MockTransport(answer)
    async with kore_campaigns.create_async_client(
        client_id=DEMO_CLIENT_ID,
        client_secret=DEMO_CLIENT_SECRET,
        account_id=DEMO_ACCOUNT_ID,
        bot_id=DEMO_BOT_ID,
        base_url="http://spec.invalid",
        async_transport=transport,
        retry=None,
        rate_limit=None,
        strict_responses=False,
    ) as lenient:
        campaign = (await lenient.campaigns.get_campaign("cd-1")).data
    priority: object = campaign.priority
    assert priority == "9"
    assert [d.path for d in deviations(campaign)] == ["priority"]


def test_fields_the_spec_does_not_name_stay_available_and_are_no_deviation() -> None:
    answer = Answer()
    answer.body = {"status": "success", "message": "ok", "data": campaign_json(newField={"since": "v3"})}
    campaign = client(answer, strict=True).campaigns.get_campaign("cd-1").data
    assert campaign.additional_properties["newField"] == {"since": "v3"}
    assert deviations(campaign) == ()


def test_the_suite_runs_strict() -> None:
    # tests/conftest.py sets the variable for every test (and the mock's subprocesses): a default client is strict.
    assert os.environ[kore_campaigns.STRICT_RESPONSES_ENV] == "1"
    answer = Answer()
    answer.body = {"status": "success", "message": "ok", "data": campaign_json(status="Archived")}
    default = client(answer, strict=None)  # type: ignore[arg-type]
    with pytest.raises(KoreResponseError, match=r"data\.status"):
        default.campaigns.get_campaign("cd-1")


def test_from_env_reads_the_strict_variable() -> None:
    settings = {"KORE_CLIENT_ID": "cs-1", "KORE_CLIENT_SECRET": "s", "KORE_ACCOUNT_ID": "a", "KORE_BOT_ID": "st-1"}
    assert kore_campaigns.from_env({**settings, "KORE_STRICT_RESPONSES": "0"}).strict_responses is False
    assert kore_campaigns.from_env({**settings, "KORE_STRICT_RESPONSES": "true"}).strict_responses is True
    assert kore_campaigns.from_env(settings, strict_responses=False).strict_responses is False


def test_reprs_show_only_the_fields_that_are_set() -> None:
    campaign = Campaign.from_dict(campaign_json())
    text = repr(campaign)
    assert "Unset" not in text and "UNSET" not in text and "max_skips" not in text
    assert text.startswith("Campaign(field_id='cd-1', name='Feedback'")
    with lenient_reading():
        summary = CampaignSummary.from_dict({"name": "x", "status": "Ready", "priority": "1", "contactLists": []})
    assert repr(summary) == "CampaignSummary(name='x', status='Ready', priority='1', contact_lists=[])"


@pytest.mark.parametrize("key", ["_id", "id"])
@pytest.mark.parametrize(
    "model",
    [Campaign, CampaignSummary, CreatedCampaign, CampaignStatusData],
    ids=lambda m: m.__name__,
)
def test_one_accessor_reads_the_campaign_id_whichever_key_carries_it(model: Any, key: str) -> None:
    data = campaign_json()
    del data["_id"]
    data[key] = "cd-42"
    with lenient_reading():  # Campaign requires `_id`: an answer with `id` instead reads with a deviation
        assert model.from_dict(data).campaign_id == "cd-42"


def test_the_id_accessor_is_generated_for_every_schema_naming_the_alternatives() -> None:
    from kore_campaigns_client import models
    from test_resources import SPEC

    marked = {name for name, schema in SPEC["components"]["schemas"].items() if "x-kore-id-alternatives" in schema}
    assert marked == {"Campaign", "CampaignSummary", "CreatedCampaign", "CampaignStatusData", "CampaignCreatedShort"}
    for name in marked:
        assert isinstance(getattr(models, name).campaign_id, property), name
    assert not hasattr(models.ContactList, "campaign_id")
    # The v1 Preview create's short answer names the id `campId`; the accessor reads it too.
    assert CampaignCreatedShort.from_dict({"campId": "cd-42"}).campaign_id == "cd-42"


def test_a_union_reads_the_member_that_fits_exactly_or_keeps_the_value_whole() -> None:
    weekly = {"recurType": "Weekly", "weeklyDetails": {"onceEveryNweeks": 1, "whichDays": ["Mon"]}}
    read = CampaignSchedule.from_dict({"isSchedulingEnabled": True, "recurrenceObject": weekly})
    assert isinstance(read.recurrence_object, WeeklyRecurrence)
    assert deviations(read) == ()

    odd = {"recurType": "Weekly", "weeklyDetails": {"onceEveryNweeks": 1, "whichDays": ["Funday"]}}
    with lenient_reading():
        read = CampaignSchedule.from_dict({"isSchedulingEnabled": True, "recurrenceObject": odd})
    kept: object = read.recurrence_object
    assert kept == odd
    (only,) = deviations(read)
    assert only.path == "recurrenceObject"
    assert only.expected == "an object (DailyRecurrence) or an object (WeeklyRecurrence)"


@pytest.mark.parametrize(
    ("change", "error", "message"),
    [
        ({"priority": 3}, TypeError, "priority: the spec says one of '1', '2', '3', '4', '5'; got an integer (type)"),
        ({"name": None}, TypeError, "name: the spec says string; got null (null)"),
        ({"frequency": "HOURLY"}, TypeError, "dialingStrategy.callingHours.frequency: the spec says one of"),
        ({"name": "drop"}, KeyError, "name: the spec says string; got nothing (the field is absent) (missing)"),
    ],
)
def test_building_a_request_body_with_from_dict_stays_strict(change: dict[str, Any], error: type, message: str) -> None:
    # Leniency is for reading answers; a body built from a dict still refuses what breaks the spec.
    body = samples.sms_campaign()
    if "frequency" in change:
        body["dialingStrategy"]["callingHours"]["frequency"] = change["frequency"]
    elif change.get("name") == "drop":
        del body["name"]
    else:
        body.update(change)
    with pytest.raises(error) as raised:
        SmsCampaignRequest.from_dict(body)
    assert isinstance(raised.value, FieldError)
    assert message in str(raised.value)


def campaign_json(**changes: Any) -> dict[str, Any]:
    """The spec's getCampaign example's campaign, with `_id` cd-1 and the given fields changed."""
    (get,) = [operation for operation in OPERATIONS if operation.name == "get_campaign"]
    data: dict[str, Any] = copy.deepcopy(success_example(get)[1]["data"])
    data.update({"_id": "cd-1", "name": "Feedback", **changes})
    return data


@pytest.mark.parametrize("asked_by", ["keyword", "environment"])
def test_values_appear_in_log_lines_and_exceptions_only_when_asked_for(
    asked_by: str, warnings: Warnings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The other side of the walk's check: one switch, shared by log lines and exception texts.
    answer = Answer()
    answer.body = {"status": "success", "message": "ok", "data": campaign_json(status=NAME)}
    asked: dict[str, Any] = {"show_values": True}
    if asked_by == "environment":
        monkeypatch.setenv(kore_campaigns.SHOW_VALUES_ENV, "1")
        asked = {}
    forget_logged()
    overlay_client(answer, retry=None, rate_limit=None, strict_responses=False, **asked).campaigns.get_campaign("cd-1")
    assert f"got '{NAME}' (unknown enum value)" in warnings.records[0].getMessage()
    strict = overlay_client(answer, retry=None, rate_limit=None, strict_responses=True, **asked)
    with pytest.raises(KoreResponseError, match=f"got '{NAME}'"):
        strict.campaigns.get_campaign("cd-1")
    body = {**samples.sms_campaign(), "priority": PHONE_AS_NUMBER}
    with pytest.raises(FieldError) as refused:
        SmsCampaignRequest.from_dict(body)
    # No client here: the environment variable alone decides.
    assert (str(PHONE_AS_NUMBER) in str(refused.value)) is (asked_by == "environment")
    assert refused.value.value == PHONE_AS_NUMBER
    # A client that says no wins over the environment variable.
    forget_logged()
    warnings.records.clear()
    quiet = overlay_client(answer, retry=None, rate_limit=None, strict_responses=False, show_values=False)
    assert deviations(quiet.campaigns.get_campaign("cd-1").data)[0].value == NAME  # still there, as data
    assert NAME not in warnings.records[0].getMessage()
