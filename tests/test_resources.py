"""The generated resource objects (client.campaigns, ...): one method per operation of openapi.yaml.

The first tests walk the spec, so an operation added to openapi.yaml is checked as soon as it is
regenerated: its sync and async methods exist, send the request the spec describes (bot id from
the client, one-value parameters filled in), return the documented success model and raise the
typed errors. The last tests run whole scenarios against the in-process mock.
"""

from __future__ import annotations

import inspect
import json
import typing
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import attrs
import httpx
import kore_campaigns
import pytest
from kore_campaigns import (
    AsyncKoreClient,
    KoreApiError,
    KoreClient,
    KoreConflictError,
    KoreForbiddenError,
    KoreNotFoundError,
    KoreValidationError,
)
from kore_campaigns_client import AuthenticatedClient
from kore_campaigns_client.models import (
    CreateContactListRequest,
    CreatedCampaign,
    DailyRecurrence,
    DailyRecurrenceDailyDetails,
    EmptyBody,
    ScheduleRequest,
    SmsCampaignRequest,
    VoiceCampaignRequest,
)
from kore_campaigns_client.types import Unset
from kore_campaigns_mock import DEMO_ACCOUNT_ID, DEMO_BOT_ID, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, samples
from kore_campaigns_mock.testing import mock_app
from openapi_python_client.strings import PythonIdentifier
from test_overlay_e2e import SyncASGITransport, future

from scripts.spec_facts import load

ROOT = Path(__file__).resolve().parent.parent
FACTS = load(ROOT / "openapi.yaml")
SPEC: dict[str, Any] = FACTS.document
resolve = FACTS.resolve  # `$ref`s followed, nothing merged
BOT_ID_PARAMETERS = {"streamId", "IId", "streamID", "botId"}
OTHER_BOT = "st-00000000-0000-0000-0000-000000000000"


@attrs.frozen
class Operation:
    path: str
    method: str
    spec: dict[str, Any]
    parameters: list[dict[str, Any]]

    @property
    def name(self) -> str:
        return str(PythonIdentifier(self.spec["operationId"], prefix=""))

    @property
    def resources(self) -> list[str]:
        return [str(PythonIdentifier(tag, prefix="tag")) for tag in self.spec.get("tags") or ["default"]]

    def __str__(self) -> str:
        return str(self.spec["operationId"])


def operations() -> list[Operation]:
    return [
        Operation(op.path, op.method.lower(), op.node, FACTS.parameters(op)) for op in FACTS.path_operations.values()
    ]


OPERATIONS = operations()


def single_value(schema: dict[str, Any]) -> tuple[bool, Any]:
    schema = resolve(schema)
    if "const" in schema:
        return True, schema["const"]
    if len(schema.get("enum", [])) == 1:
        return True, schema["enum"][0]
    return False, None


def example_of(node: dict[str, Any]) -> Any:
    if "example" in node:
        return node["example"]
    if node.get("examples"):
        return resolve(next(iter(node["examples"].values())))["value"]
    schema = resolve(node.get("schema", {}))
    if "example" in schema:
        return schema["example"]
    if schema.get("examples"):
        return schema["examples"][0]
    # A parameter without a sample: any value of its type will do for this request.
    fallback = {"integer": 1, "number": 1, "boolean": True, "string": "x"}
    if schema.get("enum"):
        return schema["enum"][0]
    if schema.get("type") in fallback:
        return fallback[schema["type"]]
    raise AssertionError(f"no example in {node}: the spec's samples drive this test")


def success_example(operation: Operation) -> tuple[int, Any]:
    for status, response in operation.spec["responses"].items():
        if str(status).startswith("2"):
            content = resolve(response).get("content", {}).get("application/json")
            return int(status), example_of(content) if content else None
    raise AssertionError(f"{operation} documents no success response")


def resource_method(client: KoreClient | AsyncKoreClient, operation: Operation, resource: str) -> Callable[..., Any]:
    method: Callable[..., Any] = getattr(getattr(client, resource), operation.name)
    return method


def arguments_from_examples(operation: Operation, method: Callable[..., Any]) -> dict[str, Any]:
    """Every required argument of the method, from the spec's examples."""
    by_python_name = {str(PythonIdentifier(p["name"], prefix="")): p for p in operation.parameters}
    hints = typing.get_type_hints(method)
    arguments: dict[str, Any] = {}
    for name, parameter in inspect.signature(method).parameters.items():
        if parameter.kind is parameter.VAR_KEYWORD or name == "bot_id":
            continue
        if name == "body":
            body = resolve(operation.spec["requestBody"])["content"]["application/json"]
            arguments["body"] = body_from_example(hints["body"], example_of(body))
        elif parameter.default is inspect.Parameter.empty:
            arguments[name] = example_of(by_python_name[name])
    return arguments


def body_from_example(annotation: Any, example: Any) -> Any:
    """The body argument, typed as the method declares it, built from the spec's example.

    A list body is built item by item; a body that is one of several models (a oneOf) is built
    as the member that reads every field of the example, so the example decides which one.
    """
    members = [t for t in typing.get_args(annotation) or (annotation,) if t not in (type(None), Unset)]
    if typing.get_origin(annotation) is list:
        members = [annotation]
    if len(members) == 1 and typing.get_origin(members[0]) is list:
        (item,) = typing.get_args(members[0])
        return [body_from_example(item, entry) for entry in example]
    for model in members:
        try:
            body = model.from_dict(example)
        except (KeyError, TypeError, ValueError):
            continue
        # Models keep unknown fields, so a member that fits leaves none over.
        if not getattr(body, "additional_properties", None):
            return body
    raise AssertionError(f"no member of {annotation} reads the example {example} without leftover fields")


def as_json(body: Any) -> Any:
    return [as_json(item) for item in body] if isinstance(body, list) else body.to_dict()


class SpecAnswers:
    """An httpx transport that answers every request with one status and body, and keeps the requests."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.status = 200
        self.body: Any = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json=self.body)


def offline_client(client_class: type[KoreClient] | type[AsyncKoreClient], answers: SpecAnswers) -> Any:
    transport = httpx.MockTransport(answers)
    arguments: kore_campaigns.ClientArguments = {
        "client_id": DEMO_CLIENT_ID,
        "client_secret": DEMO_CLIENT_SECRET,
        "account_id": DEMO_ACCOUNT_ID,
        "bot_id": DEMO_BOT_ID,
        "base_url": "http://spec.invalid",
        "transport": transport,
        "async_transport": transport,
        "retry": None,
        "rate_limit": None,
    }
    if client_class is AsyncKoreClient:
        return kore_campaigns.create_async_client(**arguments)
    return kore_campaigns.create_client(**arguments)


def test_the_spec_walk_finds_the_operations() -> None:
    # Guards the walk itself: an empty or broken walk would make the tests below vacuous.
    assert len(OPERATIONS) >= 4
    assert {"getCampaign", "scheduleCampaign"} <= {str(o) for o in OPERATIONS}


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_every_operation_has_a_sync_and_an_async_method(operation: Operation) -> None:
    answers = SpecAnswers()
    sync_client, async_client = offline_client(KoreClient, answers), offline_client(AsyncKoreClient, answers)
    for resource in operation.resources:
        sync_method = resource_method(sync_client, operation, resource)
        async_method = resource_method(async_client, operation, resource)
        assert not inspect.iscoroutinefunction(sync_method)
        assert inspect.iscoroutinefunction(async_method)
        summary = operation.spec.get("summary") or operation.name
        assert (sync_method.__doc__ or "").startswith(summary), "the docstring starts with the spec's summary"
        assert async_method.__doc__ == sync_method.__doc__


async def call(method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    result = method(*args, **kwargs)
    return await result if inspect.isawaitable(result) else result


def check_request(operation: Operation, request: httpx.Request, arguments: dict[str, Any], bot_id: str) -> None:
    assert request.method == operation.method.upper()
    expected_path = operation.path
    query = parse_qs(request.url.query.decode())
    for parameter in operation.parameters:
        python_name = str(PythonIdentifier(parameter["name"], prefix=""))
        fixed, value = single_value(parameter.get("schema", {}))
        if parameter["in"] == "path":
            if parameter["name"] in BOT_ID_PARAMETERS:
                value = bot_id
            elif not fixed:
                value = arguments[python_name]
            expected_path = expected_path.replace("{" + parameter["name"] + "}", str(value))
        elif parameter["in"] == "query" and fixed:
            assert query[parameter["name"]] == [json.dumps(value) if isinstance(value, bool) else str(value)]
    assert request.url.path == expected_path
    if "body" in arguments:
        assert json.loads(request.content) == as_json(arguments["body"])


def parsed(model: Any, body: Any) -> dict[str, Any] | None:
    """The body read as `model` and written back, or None when it is not that model."""
    try:
        return dict(model.from_dict(body).to_dict())
    except (KeyError, TypeError, ValueError):
        return None


@pytest.mark.anyio
@pytest.mark.parametrize("client_class", [KoreClient, AsyncKoreClient], ids=["sync", "async"])
@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_each_method_sends_the_spec_request_and_returns_the_model(
    operation: Operation, client_class: type[KoreClient] | type[AsyncKoreClient]
) -> None:
    answers = SpecAnswers()
    client = offline_client(client_class, answers)
    answers.status, answers.body = success_example(operation)
    for resource in operation.resources:
        method = resource_method(client, operation, resource)
        arguments = arguments_from_examples(operation, method)
        result = await call(method, **arguments)
        returned = typing.get_type_hints(method)["return"]
        if returned is type(None):
            assert result is None
        elif typing.get_origin(returned) is list:
            assert [item.to_dict() for item in result] == answers.body
        else:
            assert isinstance(result, returned)
            # A union answer (the v1 create and update: voice or SMS) is one of its members.
            assert result.to_dict() in [
                read for model in (typing.get_args(returned) or (returned,)) if (read := parsed(model, answers.body))
            ]
        check_request(operation, answers.requests[-1], arguments, DEMO_BOT_ID)

        if any(p["name"] in BOT_ID_PARAMETERS for p in operation.parameters):
            await call(method, **arguments, bot_id=OTHER_BOT)
            check_request(operation, answers.requests[-1], arguments, OTHER_BOT)


BODY_EXAMPLES = [
    pytest.param(operation, name, resolve(example)["value"], id=f"{operation}-{name}")
    for operation in OPERATIONS
    if "requestBody" in operation.spec
    for name, example in resolve(operation.spec["requestBody"])["content"]["application/json"]
    .get("examples", {})
    .items()
]


def test_the_walk_finds_oneof_and_list_body_examples() -> None:
    # Guards the parametrization below: without these shapes it would not test what it claims.
    names = {str(p.values[0]) for p in BODY_EXAMPLES}
    assert {"createCampaign", "updateCampaign", "scheduleCampaign", "scheduleCallback"} <= names


@pytest.mark.anyio
@pytest.mark.parametrize(("operation", "name", "example"), BODY_EXAMPLES)
async def test_every_body_example_of_the_spec_is_sent_as_written(operation: Operation, name: str, example: Any) -> None:
    # Every sample, so each member of a oneOf body (voice or SMS, schedule or {}) is passed as its
    # model and sent unchanged, sync and async.
    for client_class in (KoreClient, AsyncKoreClient):
        answers = SpecAnswers()
        client = offline_client(client_class, answers)
        answers.status, answers.body = success_example(operation)
        method = resource_method(client, operation, operation.resources[0])
        arguments = arguments_from_examples(operation, method)
        arguments["body"] = body_from_example(typing.get_type_hints(method)["body"], example)
        await call(method, **arguments)
        check_request(operation, answers.requests[-1], arguments, DEMO_BOT_ID)
        assert same_instants(json.loads(answers.requests[-1].content)) == same_instants(example), name


def same_instants(value: Any) -> Any:
    """The JSON value with date-time strings read as instants: `.000Z` is sent as `+00:00`."""
    if isinstance(value, dict):
        return {key: same_instants(item) for key, item in value.items()}
    if isinstance(value, list):
        return [same_instants(item) for item in value]
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


@pytest.mark.anyio
@pytest.mark.parametrize("client_class", [KoreClient, AsyncKoreClient], ids=["sync", "async"])
@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
async def test_each_method_raises_the_typed_error_of_each_documented_status(
    operation: Operation, client_class: type[KoreClient] | type[AsyncKoreClient]
) -> None:
    answers = SpecAnswers()
    client = offline_client(client_class, answers)
    method = resource_method(client, operation, operation.resources[0])
    arguments = arguments_from_examples(operation, method)
    statuses = [int(s) for s in operation.spec["responses"] if str(s)[0] in "45"]
    assert statuses, f"{operation} documents no error status"
    for status in [*statuses, 500]:  # 500: undocumented, still a KoreApiError
        answers.status = status
        answers.body = {"errors": [{"msg": f"status {status}", "code": 4000 + status % 100}]}
        with pytest.raises(KoreApiError) as raised:
            await call(method, **arguments)
        assert type(raised.value) is ERROR_CLASSES.get(status, KoreApiError)
        assert raised.value.status_code == status


ERROR_CLASSES: dict[int, type[KoreApiError]] = {
    400: KoreValidationError,
    401: kore_campaigns.KoreAuthError,
    403: KoreForbiddenError,
    404: KoreNotFoundError,
    409: KoreConflictError,
    429: kore_campaigns.KoreRateLimitError,
}


# Scenarios against the in-process mock: the same calls sync and async.


@pytest.fixture
def sync_transport() -> Iterator[SyncASGITransport]:
    transport = SyncASGITransport(APP)
    yield transport
    transport.close()


APP = mock_app(dialling=False)


def mock_client(client_class: type[KoreClient] | type[AsyncKoreClient], sync: SyncASGITransport) -> Any:
    arguments: kore_campaigns.ClientArguments = {
        "client_id": DEMO_CLIENT_ID,
        "client_secret": DEMO_CLIENT_SECRET,
        "account_id": DEMO_ACCOUNT_ID,
        "bot_id": DEMO_BOT_ID,
        "base_url": "http://kore-campaigns-mock",
        "transport": sync,
        "async_transport": httpx.ASGITransport(app=APP),
        "rate_limit": None,
    }
    if client_class is AsyncKoreClient:
        return kore_campaigns.create_async_client(**arguments)
    return kore_campaigns.create_client(**arguments)


@pytest.mark.anyio
@pytest.mark.parametrize("client_class", [KoreClient, AsyncKoreClient], ids=["sync", "async"])
async def test_campaign_lifecycle_in_the_resource_style(
    client_class: type[KoreClient] | type[AsyncKoreClient], sync_transport: SyncASGITransport
) -> None:
    client = mock_client(client_class, sync_transport)
    tag = client_class.__name__
    campaigns, scheduling = client.campaigns, client.scheduling

    # A body that is one model is passed as the model or as its fields (keywords); the v1 create
    # takes a voice or an SMS model, so it takes the model.
    voice_model = VoiceCampaignRequest.from_dict({**samples.voice_campaign(), "name": f"{tag} voice"})
    voice = (await call(campaigns.create_voice_campaign, voice_model)).data
    assert isinstance(voice, CreatedCampaign)
    assert voice.name == f"{tag} voice"

    # A body that is one of several models (voice v2 or SMS) is passed as the model.
    sms_model = SmsCampaignRequest.from_dict({**samples.sms_campaign(), "name": f"{tag} sms"})
    sms = (await call(campaigns.create_campaign, sms_model, campaign_type="sms")).data
    assert sms.name == f"{tag} sms"
    assert sms.contact_lists == sms_model.contact_lists

    # A oneOf body (a schedule, or {} to disable) is passed as the member model it is.
    schedule = ScheduleRequest(
        start_date_time=future(1),
        end_date_time=future(30),
        recurrence_object=DailyRecurrence(
            recur_type="Daily", daily_details=DailyRecurrenceDailyDetails(once_every_ndays=2)
        ),
    )
    disabled = await call(scheduling.schedule_campaign, EmptyBody(), campaign_name=sms.name, enable_schedule=False)
    assert disabled.id == sms.field_id
    scheduled = await call(scheduling.schedule_campaign, schedule, campaign_name=voice.name)
    assert scheduled.id == voice.id

    fetched = (await call(campaigns.get_campaign, voice.id)).data
    assert fetched.schedule.is_scheduling_enabled is True
    assert isinstance(fetched.schedule.recurrence_object, DailyRecurrence)
    assert fetched.schedule.recurrence_object.daily_details.once_every_ndays == 2
    assert (await call(campaigns.get_campaign, sms.field_id)).data.campaign_type == "sms"

    with pytest.raises(KoreNotFoundError):
        await call(campaigns.get_campaign, "cd-00000000-0000-0000-0000-000000000000")
    with pytest.raises(KoreConflictError) as conflict:
        await call(campaigns.create_voice_campaign, voice_model)
    assert [e.field for e in conflict.value.errors] == ["name"]
    with pytest.raises(KoreValidationError) as invalid:
        await call(
            campaigns.create_voice_campaign, VoiceCampaignRequest.from_dict({**voice_model.to_dict(), "name": " "})
        )
    assert "name" in str(invalid.value)
    # bot_id= overrides the client's: a bot of another app is refused.
    with pytest.raises(KoreForbiddenError):
        await call(campaigns.get_campaign, voice.id, bot_id=OTHER_BOT)


@pytest.mark.anyio
@pytest.mark.parametrize("client_class", [KoreClient, AsyncKoreClient], ids=["sync", "async"])
async def test_a_body_and_its_fields_together_are_refused_before_sending(
    client_class: type[KoreClient] | type[AsyncKoreClient],
) -> None:
    answers = SpecAnswers()
    client = offline_client(client_class, answers)
    model = CreateContactListRequest(name="Renewals", description="Due in July", source="passiveApi")
    with pytest.raises(TypeError, match=r"create_contact_list\(\) takes the body as a model or as keywords.*name"):
        await call(client.contact_lists.create_contact_list, model, name="Other")
    with pytest.raises(TypeError, match="required"):
        await call(client.contact_lists.create_contact_list, name="Only a name")
    assert answers.requests == []


def test_resources_are_views_of_the_client_not_copies() -> None:
    client = offline_client(KoreClient, SpecAnswers())
    assert client.campaigns.get_campaign.__self__._client is client
    assert isinstance(client, AuthenticatedClient)
