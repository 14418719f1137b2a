"""A path parameter that cannot be one segment of the URL path is refused before anything is sent (issue 29).

Every resource method with a path id, from the spec, sync and async, through httpx.MockTransport:
each hostile id raises KorePathParameterError (a ValueError and a KoreError) naming the parameter
and the rule, and the transport sees no request. `%2F` is refused too: the client would send it as
`%252F`, but a proxy or server that decodes once too often would turn it into `/` (the mock once
routed `contactList%2F<id>` to the contact-list route, issue 29). A literal `%` is allowed.
"""

from __future__ import annotations

import importlib
from typing import Any

import kore_campaigns
import pytest
from kore_campaigns import AsyncKoreClient, KoreClient, KoreError, KorePathParameterError
from kore_campaigns_client.errors import KorePathParameterError as GeneratedPathParameterError
from openapi_python_client.strings import PythonIdentifier
from test_resources import (
    BOT_ID_PARAMETERS,
    OPERATIONS,
    Operation,
    SpecAnswers,
    arguments_from_examples,
    call,
    offline_client,
    resource_method,
    single_value,
    success_example,
)

HOSTILE = ["a/b", "../x", "x?y", "x#y", "%2F", "..", "", "\n"]
RULES = {
    "a/b": "holds '/' (it would split the path)",
    "../x": "holds '/' (it would split the path)",
    "x?y": "holds '?' (it would start the query)",
    "x#y": "holds '#' (it would start a fragment)",
    "%2F": "holds a percent-escape: decoded by a server or proxy, it holds '/'",
    "..": "is '..', which a server resolves as a relative path step",
    "": "is empty",
    "\n": "holds the control character U+000A",
}


def id_parameters(operation: Operation) -> list[str]:
    """The path parameters a resource method takes as arguments: not the bot id, not a one-value one."""
    return [
        str(PythonIdentifier(p["name"], prefix=""))
        for p in operation.parameters
        if p["in"] == "path" and p["name"] not in BOT_ID_PARAMETERS and not single_value(p.get("schema", {}))[0]
    ]


WITH_IDS = [operation for operation in OPERATIONS if id_parameters(operation)]
WITH_BOT = [operation for operation in OPERATIONS if any(p["name"] in BOT_ID_PARAMETERS for p in operation.parameters)]


def test_the_walk_finds_the_methods_with_path_ids() -> None:
    # Guards the parametrization: each resource with ids in its paths is covered.
    names = {operation.name for operation in WITH_IDS}
    assert {"get_campaign", "update_contact_list", "get_campaign_v1", "delete_contact_list_v1"} <= names
    assert len(WITH_IDS) >= 12
    assert len(WITH_BOT) == len(OPERATIONS)


@pytest.mark.anyio
@pytest.mark.parametrize("client_class", [KoreClient, AsyncKoreClient], ids=["sync", "async"])
@pytest.mark.parametrize("operation", WITH_IDS, ids=str)
async def test_every_method_refuses_a_hostile_path_id_before_sending(
    operation: Operation, client_class: type[KoreClient] | type[AsyncKoreClient]
) -> None:
    answers = SpecAnswers()
    answers.status, answers.body = success_example(operation)
    client = offline_client(client_class, answers)
    for resource in operation.resources:
        method = resource_method(client, operation, resource)
        arguments = arguments_from_examples(operation, method)
        for parameter in id_parameters(operation):
            for hostile in HOSTILE:
                with pytest.raises(KorePathParameterError) as refused:
                    await call(method, **{**arguments, parameter: hostile})
                error = refused.value
                assert isinstance(error, ValueError) and isinstance(error, KoreError)
                assert (error.operation, error.parameter, error.value) == (operation.name, parameter, hostile)
                assert str(error).startswith(f"{operation.name}(): path parameter {parameter} {RULES[hostile]}")
                assert str(error).endswith("; nothing was sent")
        assert answers.requests == [], [str(request.url) for request in answers.requests]
        # The same method with the example's ids is sent: the refusal is the id's, not the method's.
        await call(method, **arguments)
        assert len(answers.requests) == 1
        answers.requests.clear()


@pytest.mark.anyio
@pytest.mark.parametrize("operation", WITH_BOT, ids=str)
async def test_a_hostile_bot_id_is_refused_too(operation: Operation) -> None:
    answers = SpecAnswers()
    client = offline_client(AsyncKoreClient, answers)
    method = resource_method(client, operation, operation.resources[0])
    arguments = arguments_from_examples(operation, method)
    for hostile in ("st-1/../../campaign", "%2e%2E"):
        with pytest.raises(KorePathParameterError, match=r"path parameter (stream_id|i_id) "):
            await call(method, **arguments, bot_id=hostile)
    assert answers.requests == []


def test_the_low_level_functions_refuse_as_well() -> None:
    answers = SpecAnswers()
    client = offline_client(KoreClient, answers)
    get_campaign: Any = importlib.import_module("kore_campaigns_client.api.campaigns.get_campaign")
    for function in (get_campaign.sync_detailed, get_campaign.sync):
        with pytest.raises(
            GeneratedPathParameterError, match="get_campaign\\(\\): path parameter campaign_id holds '/'"
        ):
            function(client.bot_id, "contactList/cl-1", client=client)
    assert answers.requests == []
    assert GeneratedPathParameterError is KorePathParameterError is kore_campaigns.KorePathParameterError


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        ("50%off", "50%25off"),  # a literal %: sent as %25, decoded once it is the id again
        ("a%41", "a%2541"),  # an escape of a harmless character: the id keeps its literal text
        ("cd-1 x", "cd-1%20x"),
        ("Ünïcode", "%C3%9Cn%C3%AFcode"),
    ],
)
def test_an_id_that_stays_one_segment_is_sent_percent_encoded(given: str, sent: str) -> None:
    answers = SpecAnswers()
    (operation,) = [operation for operation in OPERATIONS if operation.name == "get_campaign"]
    answers.status, answers.body = success_example(operation)
    client = offline_client(KoreClient, answers)
    client.campaigns.get_campaign(given)
    (request,) = answers.requests
    assert request.url.raw_path.decode().split("?")[0].endswith(f"/campaign/{sent}")
