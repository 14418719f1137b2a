"""The Starlette app: the request guard (auth, tenant, rate limit), body reading and the routes of each resource.

Order of checks: route and method (404/405), credentials (401), tenant (403), rate limit (429),
validation (400/413/415), existence (404), a campaignType that is not the campaign's own (400),
lifecycle or name conflict (409). Resources: campaigns.py, schedules.py (contact lists join the same way).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from . import campaigns, schedules, v1
from .auth import Authenticator
from .config import RegisteredApp, demo_app
from .contact_lists import ContactListApi, ContactListStore
from .errors import INVALID_CREDENTIALS, RATE_LIMITED, ApiError, Problem, error_body, error_response
from .ratelimit import RateLimiter
from .store import Campaign, CampaignStore, new_id
from .validation import (
    MAX_REPORTED_SURROGATES,
    Checker,
    RepeatedKeyError,
    object_without_repeats,
    unpaired_surrogates,
)

MAX_BODY_BYTES = 1024 * 1024

Handler = Callable[["CampaignApi", Request], Awaitable[Response]]


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


class CampaignApi:
    """What every operation shares: the request guard, body reading, the stores and the clock."""

    def __init__(
        self,
        apps: Sequence[RegisteredApp],
        rate_limit_per_minute: int,
        clock: Callable[[], float],
        rate_limit_window: int = 60,
    ) -> None:
        self._authenticator = Authenticator(apps)
        self._limiter = RateLimiter(rate_limit_per_minute, rate_limit_window)
        self.store = CampaignStore()
        self.clock = clock
        # Lists are state created through the API; each app's bots start with the docs' sample lists.
        self.contact_lists = ContactListStore(self.store.all)
        self.contact_lists.seed(apps, self.timestamp())

    def routes(self) -> list[Route]:
        # One Route per path serving all its methods, so a wrong method gets a 405 whose Allow lists them all.
        by_path: dict[str, dict[str, Handler]] = {}
        # v1 last: its create replaces the voice-only v1 create of campaigns.ROUTES.
        for method, path, handler in (*campaigns.ROUTES, *schedules.ROUTES, *v1.ROUTES):
            by_path.setdefault(path, {})[method] = handler
        # Fewer placeholders first, so a literal segment (".../campaign/schedule") wins over "{campaignId}".
        paths = sorted(by_path, key=lambda path: path.count("{"))
        contact_lists = ContactListApi(self.contact_lists, self.guard, self.read_body, self.timestamp)
        contact_lists_v1 = v1.ContactListV1Api(self.contact_lists, self.guard, self.read_body, self.timestamp)
        return [
            *(Route(path, self._dispatcher(by_path[path]), methods=list(by_path[path])) for path in paths),
            *contact_lists.routes(),
            *contact_lists_v1.routes(),
        ]

    def _dispatcher(self, handlers: dict[str, Handler]) -> Callable[[Request], Awaitable[Response]]:
        async def dispatch(request: Request) -> Response:
            # HEAD is served as GET (Starlette adds it to every GET route).
            return await handlers["GET" if request.method == "HEAD" else request.method](self, request)

        return dispatch

    def guard(self, request: Request, bot_path_param: str, *, account_in_query: bool) -> Caller:
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

    async def read_body(self, request: Request, c: Checker, *, required: bool = True, array: bool = False) -> Any:
        """The JSON body: an object (or, with `array`, an array); None when absent or refused (problems in `c`)."""
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
            if required:
                c.fail("body", f"is required: a JSON {'array' if array else 'object'}")
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
        if not isinstance(document, list if array else dict):
            c.fail("body", f"must be a JSON {'array' if array else 'object'}")
            return None
        # Such a string cannot be stored or echoed as UTF-8 (it used to become a 500 after the campaign was stored).
        not_unicode = unpaired_surrogates(document)
        for field, rule in not_unicode[:MAX_REPORTED_SURROGATES]:
            c.fail(field, rule)
        return None if not_unicode else document

    def timestamp(self) -> str:
        return iso_timestamp(self.clock())

    def contact_list_id(self, caller: Caller, name: str) -> str | None:
        return self.contact_lists.id_of(caller.account_id, caller.bot_id, name)

    def add_campaign(
        self, caller: Caller, campaign_type: str, document: dict[str, object], scheduling: bool
    ) -> Campaign:
        now = self.timestamp()
        campaign = Campaign(
            id=new_id("cd"),
            campaign_type=campaign_type,
            document=document,
            created_at=now,
            updated_at=now,
            schedule={"isSchedulingEnabled": scheduling, "isRecurrenceEnabled": False},
        )
        return self.store.add(caller.account_id, caller.bot_id, campaign)


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
