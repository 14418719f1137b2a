"""Routing on the raw path (issue 29): an id holding `%2F`, `..` or `.` reaches its own route's 404 (403 for a
bot id), never another route, and changes or reveals nothing else.

The reported case: `campaigns delete "contactList/<list id>"` sent `contactList%2Fcl-…` as the campaign id;
the mock routed on the server's decoded path, the request landed on the contact-list route and the list was
deleted. Every route of the app with a path parameter is tried with every hostile value below, in-process
(an ASGI scope built the way uvicorn builds it) and through uvicorn with a raw HTTP client that sends the
target byte for byte (httpx would resolve `..` before sending). The whole state of the mock (campaigns,
lists and their contacts, simulated runs, pre-call settings) must be the same before and after each request.
"""

from __future__ import annotations

import asyncio
import http.client
import json
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote, urlencode, urlsplit

import pytest
from kore_campaigns_mock import DEMO_ACCOUNT_ID, DEMO_BOT_ID, ManualClock, demo_app, samples
from kore_campaigns_mock.background import serve_in_background
from kore_campaigns_mock.testing import MockClient, auth_headers, mock_app, mock_state
from starlette.applications import Starlette
from starlette.routing import Route

APP = demo_app()
BOT = DEMO_BOT_ID
ACCOUNT = DEMO_ACCOUNT_ID
# Monday 2030-01-07, 9:00 AM in Asia/Kolkata: inside the samples' calling hours.
WINDOW_OPENS = datetime(2030, 1, 7, 3, 30, tzinfo=UTC).timestamp()
BOT_PARAMETERS = ("streamId", "IId")
VICTIM_LIST = "Victim list"  # in no campaign, so a misrouted delete or rename would succeed
DIAL_LIST = "Dial list"  # the campaigns' list


@dataclass(frozen=True)
class World:
    """The resources a misrouted request could reach: a list with contacts that no campaign uses (so deleting
    it would succeed), a running voice and SMS campaign, a Ready campaign with a pre-call URL, and the running
    voice campaign's instance."""

    list_id: str
    running_id: str
    running_sms_id: str
    ready_id: str
    instance_id: str


def ok(response: Any) -> dict[str, Any]:
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    return answer


def build_world() -> tuple[Starlette, World]:
    app = mock_app(dialling=False, rate_limit_per_minute=0, clock=ManualClock(WINDOW_OPENS))
    client = MockClient(app)
    headers = auth_headers(APP)
    lists = f"/campaign/api/v2/public/{BOT}/campaign/contactList"
    list_ids = {}
    for name in (VICTIM_LIST, DIAL_LIST):
        created = ok(
            client.post(
                f"{lists}/createContactList?accountId={ACCOUNT}",
                json={"name": name, "description": "must survive", "source": "passiveApi", "allowDuplicates": True},
                headers=headers,
            )
        )
        list_ids[name] = created["data"]["_id"]
        data = [{"phoneNumber": f"+1555000{n:04d}", "firstName": f"Person {n}"} for n in range(5)]
        ok(
            client.post(
                f"/api/1.1/public/{BOT}/campaign/contactList/addContacts",
                json={"contact_list_name": name, "data": data},
                headers=headers,
            )
        )
    create = f"/campaign/api/v2/public/{BOT}/campaign?accountId={ACCOUNT}&campaignType="

    def campaign(name: str, campaign_type: str) -> str:
        body = samples.voice_campaign_agentless_v2() if campaign_type == "voice" else samples.sms_campaign()
        body.update(name=name, contactLists=[DIAL_LIST])
        answer = ok(client.post(create + campaign_type, json=body, headers=headers))
        return str(answer["data"].get("id") or answer["data"]["_id"])

    running_id, running_sms_id, ready_id = (
        campaign("Running", "voice"),
        campaign("Sending", "sms"),
        campaign("Ready", "voice"),
    )
    started = ok(
        client.post(
            f"/api/v2/public/{BOT}/campaign/trigger/{running_id}?accountId={ACCOUNT}&campaignType=voice&trigger=play",
            json={},
            headers=headers,
        )
    )
    ok(
        client.post(
            f"/campaign/api/v2/public/{BOT}/campaign/{running_sms_id}?campaignType=sms&trigger=play",
            json={},
            headers=headers,
        )
    )
    ok(client.put(f"/_mock/campaigns/{ready_id}/pre-call-fetch", json={"url": "http://127.0.0.1:9/never-called"}))
    world = World(list_ids[VICTIM_LIST], running_id, running_sms_id, ready_id, started["campaignInstanceId"])
    return app, world


def request_table(world: World) -> dict[tuple[str, str], tuple[dict[str, str], Any]]:
    """(query, body) per route that the route serves when its ids are right: only the hostile id can then be
    refused."""
    voice, voice_v1 = samples.voice_campaign_update(), samples.voice_campaign()
    voice["contactLists"] = voice_v1["contactLists"] = [DIAL_LIST]
    v2_campaign = "/campaign/api/v2/public/{streamId}/campaign/{campaignId}"
    v1_campaign = "/agentassist/api/v1/public/{IId}/campaign/{campaignId}"
    later = datetime.fromtimestamp(WINDOW_OPENS + 86400, UTC).isoformat().replace("+00:00", "Z")
    account = {"accountId": ACCOUNT}
    table: dict[tuple[str, str], tuple[dict[str, str], Any]] = {
        # v2 campaigns
        ("POST", "/campaign/api/v2/public/{streamId}/campaign"): (
            {**account, "campaignType": "voice"},
            samples.voice_campaign_agentless_v2(),
        ),
        ("POST", "/api/v2/public/{streamId}/campaign"): ({**account, "campaignType": "sms"}, samples.sms_campaign()),
        ("POST", "/campaign/api/v2/public/{streamId}/campaign/getAllCampaignDetails"): (account, {"type": "voice"}),
        ("POST", "/api/v2/public/{streamId}/campaign/trigger/{campaignId}"): (
            {**account, "campaignType": "voice", "trigger": "stop"},
            {},
        ),
        ("POST", "/campaign/api/v2/public/{streamId}/campaign/trigger/{campaignId}"): (
            {**account, "campaignType": "sms", "trigger": "stop"},
            {},
        ),
        ("POST", "/campaign/api/v2/public/{streamId}/campaign//trigger/{campaignId}"): (
            {**account, "campaignType": "sms", "trigger": "stop"},
            {},
        ),
        ("POST", "/campaign/api/v2/public/{streamId}/campaign/{campaignId}/status"): (
            {**account, "view": "contacts"},
            {"page": 1, "limit": 100},
        ),
        ("GET", v2_campaign): (account, None),
        ("PUT", v2_campaign): ({**account, "campaignType": "voice"}, voice),
        ("DELETE", v2_campaign): ({**account, "campaignType": "voice"}, None),
        ("POST", v2_campaign): ({"campaignType": "sms", "trigger": "play"}, {}),
        # schedules
        ("POST", "/campaign/api/v2/public/{streamId}/campaign/schedule"): (
            {"enableSchedule": "false", "campaignName": "Ready"},
            {},
        ),
        ("POST", "/campaign/api/v2/public/{streamId}/campaign/{campaignInstanceId}/callContactAt"): (
            {},
            [{"campaignDialingListId": "cid-any", "timeToContact": later}],
        ),
        # the mock's own controls
        ("GET", "/_mock/campaigns/{campaignId}/pre-call-fetch"): ({}, None),
        ("PUT", "/_mock/campaigns/{campaignId}/pre-call-fetch"): ({}, {"url": "http://127.0.0.1:9/x"}),
        ("DELETE", "/_mock/campaigns/{campaignId}/pre-call-fetch"): ({}, None),
        # v2 contact lists
        ("POST", "/campaign/api/v2/public/{streamId}/campaign/contactList/createContactList"): (
            account,
            {"name": "New list", "description": "d", "source": "passiveApi"},
        ),
        ("POST", "/campaign/api/v2/public/{streamId}/campaign/contactList/getAllListDetails"): (account, None),
        ("GET", "/campaign/api/v2/public/{streamId}/campaign/contactList/{contactListId}/getAllContacts"): (
            account,
            None,
        ),
        ("GET", "/campaign/api/v2/public/{streamId}/campaign/contactList/{contactListId}"): (account, None),
        ("PUT", "/campaign/api/v2/public/{streamId}/campaign/contactList/{contactListId}"): (
            account,
            {"description": "changed"},
        ),
        ("DELETE", "/campaign/api/v2/public/{streamId}/campaign/contactList/{contactListId}"): (account, None),
        ("POST", "/api/1.1/public/{IId}/campaign/contactList/addContacts"): (
            {},
            {"contact_list_name": VICTIM_LIST, "data": [{"phoneNumber": "+15559999999"}]},
        ),
        # v1 campaigns
        ("POST", "/agentassist/api/v1/public/{IId}/campaign"): ({"campaignType": "voice"}, samples.voice_campaign()),
        ("POST", "/agentassist/api/v1/public/{IId}/campaign/getAllCampaignDetails"): ({}, {"type": "voice"}),
        ("GET", v1_campaign): ({}, None),
        ("PUT", v1_campaign): ({"campaignType": "voice"}, voice_v1),
        ("DELETE", v1_campaign): ({"campaignType": "voice"}, None),
        ("POST", "/campaign/api/v1/public/{IId}/campaign/{campaignId}"): (
            {"campaignType": "voice", "trigger": "stop"},
            {},
        ),
        ("POST", "/agentassist/api/v1/public/{IId}/campaign/{campaignId}/status"): ({}, {}),
        # v1 contact lists
        ("POST", "/agentassist/api/v1/public/{IId}/campaign/contactList/createContactList"): (
            {},
            {"name": "New list", "description": "d", "source": "passiveApi"},
        ),
        ("POST", "/agentassist/api/v1/public/{IId}/campaign/contactList/getAllListDetails"): ({}, None),
        ("GET", "/agentassist/api/v1/public/{IId}/campaign/contactList/{contactListId}"): ({}, None),
        ("PUT", "/agentassist/api/v1/public/{IId}/campaign/contactList/{contactListId}"): ({}, {"description": "x"}),
        ("DELETE", "/agentassist/api/v1/public/{IId}/campaign/contactList/{contactListId}"): ({}, None),
        ("GET", "/agentassist/api/v1/public/{IId}/campaign/contactList/{contactListId}/getAllContacts"): (
            account,
            None,
        ),
    }
    return table


def hostile_values(parameter: str, world: World) -> list[str]:
    """Raw path segments (sent as written) that decode to another resource's path, or are dot segments."""
    if parameter in BOT_PARAMETERS:
        return [f"{BOT}%2Fcampaign", f"..%2F{BOT}", f"{BOT}%2F..", "..", ".", "%2E%2E", "%2e", f"../{BOT}"]
    return [
        f"contactList%2F{world.list_id}",
        f"contactList%2F{world.list_id}%2FgetAllContacts",
        f"{world.running_id}%2Fstatus",
        f"trigger%2F{world.running_id}",
        f"trigger%2f{world.running_sms_id}",
        f"..%2F{world.ready_id}",
        f"%2E%2E%2Fcampaign%2F{world.ready_id}",
        f"{world.ready_id}%2F..",
        f"{world.ready_id}%2F",
        "..",
        ".",
        "%2E%2E",
        "%2e",
        # Unencoded: a traversal the mock must not resolve (a client or proxy may; the mock answers as sent).
        f"../contactList/{world.list_id}",
        f"../{world.ready_id}",
    ]


@dataclass(frozen=True)
class Case:
    method: str
    path: str
    parameter: str
    value: str
    target: str
    body: Any


def cases(app: Starlette, world: World) -> Iterator[Case]:
    real = {
        "streamId": BOT,
        "IId": BOT,
        "campaignId": world.ready_id,
        "contactListId": world.list_id,
        "campaignInstanceId": world.instance_id,
    }
    for route in app.routes:
        assert isinstance(route, Route)
        for method in sorted((route.methods or set()) - {"HEAD"}):
            if not route.param_convertors:
                continue
            query, body = request_table(world)[method, route.path]
            for parameter in route.param_convertors:
                for value in hostile_values(parameter, world):
                    path = route.path
                    for name, real_value in real.items():
                        path = path.replace("{" + name + "}", value if name == parameter else real_value)
                    target = f"{path}?{urlencode(query)}" if query else path
                    yield Case(method, route.path, parameter, value, target, body)


def test_every_route_with_a_path_parameter_is_covered() -> None:
    app, world = build_world()
    routes = {(m, r.path) for r in app.routes if isinstance(r, Route) and r.param_convertors for m in r.methods or ()}
    # Every door: v1 and v2 campaigns, schedules, v2 and v1 contact lists, the mock's controls.
    assert {(m, p) for m, p in routes if m != "HEAD"} == set(request_table(world))


Send = Callable[[str, str, dict[str, str], bytes | None], tuple[int, dict[str, Any]]]


def in_process(app: Starlette) -> Send:
    """An ASGI request built as uvicorn builds it: `path` percent-decoded, `raw_path` the bytes as sent."""

    def send(method: str, target: str, headers: dict[str, str], body: bytes | None) -> tuple[int, dict[str, Any]]:
        raw_path, _, query = target.partition("?")
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": method,
            "scheme": "http",
            "path": unquote(raw_path),
            "raw_path": raw_path.encode("latin-1"),
            "query_string": query.encode("latin-1"),
            "root_path": "",
            "headers": [(key.lower().encode(), value.encode()) for key, value in headers.items()],
            "client": ("127.0.0.1", 50000),
            "server": ("mock", 80),
        }
        sent: dict[str, Any] = {"body": b""}
        chunks = [{"type": "http.request", "body": body or b"", "more_body": False}]

        async def receive() -> dict[str, Any]:
            return chunks.pop(0) if chunks else {"type": "http.disconnect"}

        async def reply(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                sent["status"] = message["status"]
            elif message["type"] == "http.response.body":
                sent["body"] += message.get("body", b"")

        asyncio.run(app(scope, receive, reply))
        return int(sent["status"]), json.loads(sent["body"])

    return send


def over_a_socket(base_url: str) -> Send:
    """http.client sends the request target exactly as given: no normalisation, no re-encoding."""
    location = urlsplit(base_url)
    connection = http.client.HTTPConnection(location.hostname or "", location.port, timeout=30)

    def send(method: str, target: str, headers: dict[str, str], body: bytes | None) -> tuple[int, dict[str, Any]]:
        connection.request(method, target, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, json.loads(response.read())

    return send


def check_every_case(app: Starlette, world: World, send: Send) -> list[str]:
    failures: list[str] = []
    for case in cases(app, world):
        headers = auth_headers(APP)
        body = None
        if case.body is not None:
            body = json.dumps(case.body).encode()
            headers["Content-Type"] = "application/json"
        before = mock_state(app)
        status, answer = send(case.method, case.target, headers, body)
        after = mock_state(app)
        where = f"{case.method} {case.path} with {case.parameter}={case.value!r}"
        if before != after:
            failures.append(f"{where}: changed the state")
        if answer.get("status") != "failure":
            failures.append(f"{where}: answered {status} {str(answer)[:120]}")
            continue
        fields = {error.get("field") for error in answer["errors"]}
        if "/" in case.value:
            # A raw "/" splits the segment: at most some other path, which the mock has no route for.
            expected = {404}
        elif case.parameter in BOT_PARAMETERS:
            # The route's own refusal: the path's bot is not the iid header's.
            expected = {403} if case.parameter in fields else set()
        else:
            expected = {404} if case.parameter in fields else set()
        if status not in expected:
            failures.append(f"{where}: answered {status} naming {sorted(map(str, fields))}")
    return failures


@pytest.fixture
def world() -> tuple[Starlette, World]:
    return build_world()


def test_hostile_ids_reach_only_their_own_route_in_process(world: tuple[Starlette, World]) -> None:
    app, resources = world
    failures = check_every_case(app, resources, in_process(app))
    assert not failures, f"{len(failures)} requests escaped their route:\n" + "\n".join(failures[:40])


def test_hostile_ids_reach_only_their_own_route_under_uvicorn(world: tuple[Starlette, World]) -> None:
    app, resources = world
    with serve_in_background(app) as base_url:
        failures = check_every_case(app, resources, over_a_socket(base_url))
    assert not failures, f"{len(failures)} requests escaped their route:\n" + "\n".join(failures[:40])


def test_the_reported_case_a_campaign_delete_does_not_delete_the_list(world: tuple[Starlette, World]) -> None:
    app, resources = world
    client = MockClient(app)
    query = f"accountId={ACCOUNT}&campaignType=voice"
    target = f"/campaign/api/v2/public/{BOT}/campaign/contactList%2F{resources.list_id}?{query}"
    status, answer = in_process(app)("DELETE", target, auth_headers(APP), None)
    assert status == 404 and answer["errors"][0]["field"] == "campaignId"
    listed = client.get(
        f"/campaign/api/v2/public/{BOT}/campaign/contactList/{resources.list_id}?accountId={ACCOUNT}",
        headers=auth_headers(APP),
    )
    assert ok(listed)["data"]["name"] == VICTIM_LIST
    # A legitimate id holding an encoded character is still found: decoding follows the match.
    encoded_list = resources.list_id.replace("-", "%2D")
    status, answer = in_process(app)(
        "GET",
        f"/campaign/api/v2/public/{BOT}/campaign/contactList/{encoded_list}?accountId={ACCOUNT}",
        auth_headers(APP),
        None,
    )
    assert status == 200 and answer["data"]["_id"] == resources.list_id
