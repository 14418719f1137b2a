"""The Starlette app: routes, the request guard (auth, tenant, rate limit) and the four operations.

Order of checks: route and method (404/405), credentials (401), tenant (403), rate limit (429),
validation (400/413/415), existence (404), conflict (409).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .auth import Authenticator
from .config import RegisteredApp, demo_app
from .contact_lists import ContactListApi, ContactListStore
from .errors import INVALID_CREDENTIALS, RATE_LIMITED, ApiError, Problem, error_body, error_response
from .ratelimit import RateLimiter
from .store import Campaign, CampaignStore, new_id
from .validation import (
    MAX_REPORTED_SURROGATES,
    NAME_MAX_LENGTH,
    Checker,
    JsonObject,
    RepeatedKeyError,
    object_without_repeats,
    unpaired_surrogates,
    validate_schedule,
    validate_sms_campaign,
    validate_voice_campaign,
)

MAX_BODY_BYTES = 1024 * 1024

VOICE_CREATE_PATH = "/agentassist/api/v1/public/{IId}/campaign"
SMS_CREATE_PATH = "/campaign/api/v2/public/{streamId}/campaign"
SCHEDULE_PATH = "/campaign/api/v2/public/{streamId}/campaign/schedule"
GET_CAMPAIGN_PATH = "/campaign/api/v2/public/{streamId}/campaign/{campaignId}"

# Response fields in the order of the docs' samples; a view shows those its campaign has.
VOICE_CREATED_FIELDS = (
    "name", "lname", "description", "priority", "dialingMode", "dialingStrategy", "experienceFlow", "queue_name",
    "status", "createdAt", "updatedAt", "id", "contactLists", "enableMachineDetect",
)  # fmt: skip
SMS_CREATED_FIELDS = (
    "_id", "name", "lname", "description", "status", "dncLists", "priority", "dialingStrategy", "message",
    "isImported", "isFiltersEnabled", "createdAt", "updatedAt", "schedule", "contactLists", "format",
)  # fmt: skip
DETAIL_FIELDS = (
    "_id", "name", "lname", "description", "dncLists", "status", "priority", "dialingMode", "dialingStrategy",
    "experienceFlow", "queue_name", "enableMachineDetect", "message", "isImported", "isFiltersEnabled",
    "createdAt", "updatedAt", "schedule", "contactLists", "format", "campaignType",
)  # fmt: skip


@dataclass(frozen=True)
class Caller:
    app: RegisteredApp
    account_id: str
    bot_id: str


def iso_timestamp(epoch_seconds: float) -> str:
    """ISO 8601 in UTC with milliseconds and Z, like the docs' createdAt values."""
    moment = datetime.fromtimestamp(epoch_seconds, tz=UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not valid JSON")


def _view(campaign: Campaign, fields: Sequence[str], **overrides: object) -> dict[str, object]:
    values: dict[str, object] = {
        **campaign.document,
        "_id": campaign.id,
        "id": campaign.id,
        "createdAt": campaign.created_at,
        "updatedAt": campaign.updated_at,
        "schedule": campaign.schedule,
        "campaignType": campaign.campaign_type,
        **overrides,
    }
    return {key: values[key] for key in fields if key in values}


def _detail_view(campaign: Campaign) -> dict[str, object]:
    if campaign.campaign_type == "voice":
        strategy = campaign.document["dialingStrategy"]
        assert isinstance(strategy, dict)
        # The get-voice sample shows useSystemMappings, which no create request can set.
        return _view(campaign, DETAIL_FIELDS, status="Ready", dialingStrategy={**strategy, "useSystemMappings": False})
    return _view(campaign, DETAIL_FIELDS, status="Ready", isImported=False, isFiltersEnabled=False)


class CampaignApi:
    def __init__(
        self,
        apps: Sequence[RegisteredApp],
        rate_limit_per_minute: int,
        clock: Callable[[], float],
        rate_limit_window: int = 60,
    ) -> None:
        self._authenticator = Authenticator(apps)
        self._limiter = RateLimiter(rate_limit_per_minute, rate_limit_window)
        self._store = CampaignStore()
        self._clock = clock
        # Lists are state created through the API; each app's bots start with the docs' sample lists.
        self._contact_lists = ContactListStore(self._store.all)
        self._contact_lists.seed(apps, self._timestamp())

    def routes(self) -> list[Route]:
        return [
            Route(VOICE_CREATE_PATH, self.create_voice_campaign, methods=["POST"]),
            Route(SMS_CREATE_PATH, self.create_sms_campaign, methods=["POST"]),
            Route(SCHEDULE_PATH, self.schedule_campaign, methods=["POST"]),
            Route(GET_CAMPAIGN_PATH, self.get_campaign, methods=["GET"]),
            *ContactListApi(self._contact_lists, self._guard, self._read_body, self._timestamp).routes(),
        ]

    def _guard(self, request: Request, bot_path_param: str, *, account_in_query: bool) -> Caller:
        app = self._authenticator.authenticate(request.headers.get("auth"))
        account_id = request.headers.get("accountid", "")
        bot_id = request.headers.get("iid", "")
        for header, value in (("accountId", account_id), ("iid", bot_id)):
            if not value:
                summary = f"{INVALID_CREDENTIALS}: the {header} header is required"
                raise ApiError(401, [Problem(INVALID_CREDENTIALS, header)], summary)
        forbidden: list[Problem] = []
        if account_id != app.account_id:
            forbidden.append(Problem("accountId header must be the account of the token's app", "accountId"))
        if bot_id not in app.bot_ids:
            forbidden.append(Problem("iid header must name a bot of the token's app", "iid"))
        if request.path_params[bot_path_param] != bot_id:
            forbidden.append(Problem(f"{bot_path_param} in the path must equal the iid header", bot_path_param))
        query_accounts = request.query_params.getlist("accountId") if account_in_query else []
        if any(value and value != account_id for value in query_accounts):
            forbidden.append(Problem("query parameter accountId must equal the accountId header", "accountId"))
        if forbidden:
            raise ApiError(403, forbidden)
        retry_after = self._limiter.acquire(app.account_id)
        if retry_after is not None:
            raise ApiError(429, [Problem(RATE_LIMITED)], headers={"Retry-After": str(retry_after)})
        return Caller(app, account_id, bot_id)

    async def _read_body(self, request: Request, c: Checker) -> JsonObject | None:
        content_type = request.headers.get("content-type")
        # Project decision: the SMS page's curl sends no Content-Type, so a body without one is read as JSON.
        # Only HTTP's own whitespace (RFC 9110 OWS): str.strip() would also drop U+0085 or U+00A0.
        if content_type is not None and content_type.split(";", 1)[0].strip(" \t").lower() != "application/json":
            raise ApiError(415, [Problem("Content-Type must be application/json", "Content-Type")])
        too_large = ApiError(413, [Problem(f"the request body must be at most {MAX_BODY_BYTES} bytes", "body")])
        # ASCII digits only ("²".isdigit() is true), and no int() of thousands of digits (Python refuses those).
        declared = request.headers.get("content-length", "").lstrip("0")
        if declared.isascii() and declared.isdigit() and (len(declared) > 9 or int(declared) > MAX_BODY_BYTES):
            raise too_large
        # Own cap rather than Starlette's max_body_size, whose 413 is plain text and precedes auth.
        raw = bytearray()
        async for chunk in request.stream():
            raw += chunk
            if len(raw) > MAX_BODY_BYTES:
                raise too_large
        if not raw.strip():
            c.fail("body", "is required: a JSON object")
            return None
        try:
            # RFC 8259 §8.1: JSON between systems is UTF-8; json.loads(bytes) would also take UTF-16 or UTF-32.
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            c.fail("body", "must be encoded as UTF-8")
            return None
        try:
            document = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=object_without_repeats)
        except RepeatedKeyError as exc:
            c.fail("body", f"must not repeat a key within one object: {exc.key} appears twice")
            return None
        except (ValueError, RecursionError) as exc:
            # Valid JSON, but Python refuses to read an integer literal of over 4300 digits.
            if isinstance(exc, ValueError) and str(exc).startswith("Exceeds the limit"):
                c.fail("body", f"holds an integer of more than {sys.get_int_max_str_digits()} digits")
            else:
                c.fail("body", "is not valid JSON")
            return None
        if not isinstance(document, dict):
            c.fail("body", "must be a JSON object")
            return None
        # Such a string cannot be stored or echoed as UTF-8 (it used to become a 500 after the campaign was stored).
        not_unicode = unpaired_surrogates(document)
        for field, rule in not_unicode[:MAX_REPORTED_SURROGATES]:
            c.fail(field, rule)
        return None if not_unicode else document

    def _timestamp(self) -> str:
        return iso_timestamp(self._clock())

    def _add(self, caller: Caller, campaign_type: str, document: dict[str, object], scheduling: object) -> Campaign:
        now = self._timestamp()
        campaign = Campaign(
            id=new_id("cd"),
            campaign_type=campaign_type,
            document=document,
            created_at=now,
            updated_at=now,
            schedule={"isSchedulingEnabled": bool(scheduling), "isRecurrenceEnabled": False},
        )
        return self._store.add(caller.account_id, caller.bot_id, campaign)

    async def create_voice_campaign(self, request: Request) -> Response:
        caller = self._guard(request, "IId", account_in_query=False)
        c = Checker()
        # The page's query table says "Use sms"; its endpoint and sample say voice, which wins.
        c.query(request.query_params.getlist("campaignType"), "campaignType", one_of=("voice",))
        body = await self._read_body(request, c)
        known_lists = self._contact_lists.names(caller.account_id, caller.bot_id)
        clean = validate_voice_campaign(c, body, known_lists) if body is not None else {}
        c.raise_if_any()
        name = str(clean["name"])
        document: dict[str, object] = {
            "name": name,
            "lname": name.lower(),
            "description": clean["description"],
            "priority": clean["priority"],
            "dialingMode": clean["dialingMode"],
            "dialingStrategy": clean["dialingStrategy"],
        }
        if "experienceFlowName" in clean:
            flow_name = str(clean["experienceFlowName"])
            document["experienceFlow"] = self._store.flow_id(caller.account_id, caller.bot_id, flow_name)
        if "queue_name" in clean:
            document["queue_name"] = clean["queue_name"]
        document["enableMachineDetect"] = clean["enableMachineDetect"]
        document["contactLists"] = clean["contactLists"]
        campaign = self._add(caller, "voice", document, clean["isSchedulingEnabled"])
        return JSONResponse(
            {
                "status": "success",
                "message": f"Campaign {name} creation in progress",
                "data": _view(campaign, VOICE_CREATED_FIELDS, status="Preparing"),
            }
        )

    async def create_sms_campaign(self, request: Request) -> Response:
        caller = self._guard(request, "streamId", account_in_query=True)
        c = Checker()
        c.query(request.query_params.getlist("accountId"), "accountId")
        c.query(request.query_params.getlist("campaignType"), "campaignType", one_of=("sms",))
        body = await self._read_body(request, c)
        known_lists = self._contact_lists.names(caller.account_id, caller.bot_id)
        clean = validate_sms_campaign(c, body, known_lists) if body is not None else {}
        c.raise_if_any()
        name = str(clean["name"])
        document: dict[str, object] = {"name": name, "lname": name.lower(), "description": clean["description"]}
        if "dncListName" in clean:
            dnc_name = str(clean["dncListName"])
            dnc_id = self._contact_lists.id_of(caller.account_id, caller.bot_id, dnc_name)
            document["dncLists"] = {"id": dnc_id, "name": dnc_name} if dnc_id else {"name": dnc_name}
        message = clean["message"]
        assert isinstance(message, dict)
        template_id = self._store.template_id(caller.account_id, caller.bot_id, str(message["template_name"]))
        document.update(
            priority=clean["priority"],
            dialingStrategy=clean["dialingStrategy"],
            message={**message, "templateId": template_id},
            contactLists=clean["contactLists"],
            format=clean["format"],
        )
        campaign = self._add(caller, "sms", document, clean["isSchedulingEnabled"])
        return JSONResponse(
            {
                "status": "success",
                "message": f"Campaign {name} creation in progress",
                "data": _view(campaign, SMS_CREATED_FIELDS, status="Ready", isImported=False, isFiltersEnabled=False),
            }
        )

    async def get_campaign(self, request: Request) -> Response:
        caller = self._guard(request, "streamId", account_in_query=True)
        c = Checker()
        c.query(request.query_params.getlist("accountId"), "accountId")
        c.raise_if_any()
        campaign = self._store.get(caller.account_id, caller.bot_id, request.path_params["campaignId"])
        if campaign is None:
            raise ApiError(404, [Problem("campaignId names no campaign of this bot", "campaignId")])
        return JSONResponse(
            {
                "status": "success",
                "message": f"Campaign {campaign.document['name']} retrieved successfully",
                "data": _detail_view(campaign),
            }
        )

    async def schedule_campaign(self, request: Request) -> Response:
        caller = self._guard(request, "streamId", account_in_query=False)
        c = Checker()
        # enableSchedule=false (disable) is a neighbouring operation, outside this mock's four.
        c.query(request.query_params.getlist("enableSchedule"), "enableSchedule", one_of=("true",))
        campaign_name = c.query(
            request.query_params.getlist("campaignName"), "campaignName", max_length=NAME_MAX_LENGTH
        )
        body = await self._read_body(request, c)
        now = datetime.fromtimestamp(self._clock(), tz=UTC)
        schedule = validate_schedule(c, body, now) if body is not None else {}
        c.raise_if_any()
        assert campaign_name is not None
        stored = {"isSchedulingEnabled": True, "isRecurrenceEnabled": True, **schedule}
        campaign = self._store.set_schedule(caller.account_id, caller.bot_id, campaign_name, stored, self._timestamp())
        if campaign is None:
            raise ApiError(404, [Problem("campaignName names no campaign of this bot", "campaignName")])
        return JSONResponse(
            {
                "status": "success",
                "message": f"Campaign {campaign.document['name']} scheduled successfully",
                "id": campaign.id,
            }
        )


async def _on_api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(exc)


async def _on_http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        problem = Problem(f"no endpoint at {request.url.path}")
    elif exc.status_code == 405:
        # Starlette keeps a route's methods in a set; sorting makes the Allow header stable.
        allowed = ", ".join(sorted((exc.headers or {}).get("Allow", "").split(", ")))
        problem = Problem(f"method {request.method} is not allowed here; use {allowed}")
        return error_response(ApiError(405, [problem], headers={"Allow": allowed}))
    else:
        problem = Problem(exc.detail)
    return error_response(ApiError(exc.status_code, [problem], headers=exc.headers))


async def _on_unexpected(request: Request, exc: Exception) -> Response:
    # Starlette re-raises after sending this, so the server logs the traceback and tests see the bug.
    body = error_body(500, [Problem("internal error in the mock (a bug: please report it)")], "Internal error")
    return JSONResponse(body, status_code=500)


def create_app(
    apps: Sequence[RegisteredApp] | None = None,
    rate_limit_per_minute: int = 60,
    clock: Callable[[], float] | None = None,
    rate_limit_window: int = 60,
) -> Starlette:
    """The mock as an ASGI app; `clock` (epoch seconds) drives timestamps and "now".

    The rate limit allows `rate_limit_per_minute` requests per account in any `rate_limit_window`
    seconds (60, as documented; shorter only for demonstrations); it runs on wall time (time.time)."""
    registered = list(apps) if apps is not None else [demo_app()]
    if not registered:
        raise ValueError("register at least one app")
    client_ids = [app.client_id for app in registered]
    if len(set(client_ids)) != len(client_ids):
        raise ValueError("two registered apps share a client id")
    api = CampaignApi(registered, rate_limit_per_minute, clock or time.time, rate_limit_window)
    starlette = Starlette(
        routes=api.routes(),
        exception_handlers={ApiError: _on_api_error, HTTPException: _on_http_exception, Exception: _on_unexpected},
    )
    # Unknown paths get a 404 in the error shape, not a redirect to a slash-less twin.
    starlette.router.redirect_slashes = False
    return starlette
