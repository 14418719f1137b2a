"""The mock's own controls under /_mock/: the clock and each campaign's pre-call fetch URL.

Not part of Kore.ai's API (nor of openapi.yaml); they answer only callers on loopback, need no token, and
are documented in the README ("Mock controls"). Errors keep the API's one error shape.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .clock import ManualClock, RealClock, iso_timestamp
from .errors import ApiError, Problem
from .http_api import CampaignApi
from .simulation import PreCallFetch
from .validation import Checker, Rule, validate

CLOCK_PATH = "/_mock/clock"
ADVANCE_PATH = "/_mock/clock/advance"
PRE_CALL_PATH = "/_mock/campaigns/{campaignId}/pre-call-fetch"

# Far from datetime's year 9999, so calling windows a week ahead and timestamps can always be computed.
LATEST_EPOCH_SECONDS = 221845392000  # 9000-01-01T00:00:00Z
MAX_ADVANCE_SECONDS = 10 * 366 * 86400  # ten years at once: past that, dates leave what datetime can show
ADVANCE = (Rule("seconds", "integer", minimum=0, maximum=MAX_ADVANCE_SECONDS),)
PRE_CALL = (
    # fetch-precall-contact: "API URL ... must support the POST method"; "Headers: optional name/value pairs".
    Rule("url", "string", min_length=1, max_length=2048),
    Rule("headers", "object", required=False),
)
HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")  # RFC 9110 token
HEADER_VALUE = re.compile(r"[\x20-\x7e]*")  # visible ASCII and space: what every HTTP stack sends as is
MAX_HEADERS = 20
LOOPBACK = ("127.", "::1", "localhost")


def _loopback_only(request: Request) -> None:
    host = request.client.host if request.client else ""
    if not host.startswith(LOOPBACK):
        raise ApiError(403, [Problem("/_mock/ routes answer only callers on loopback")])


def _clock_view(api: CampaignApi) -> dict[str, object]:
    now = api.now()
    mode = "manual" if isinstance(api.clock, ManualClock) else "real" if isinstance(api.clock, RealClock) else "fixed"
    view: dict[str, object] = {"mode": mode, "now": iso_timestamp(now), "epochSeconds": now}
    if isinstance(api.clock, RealClock):
        view["timeScale"] = api.clock.time_scale
    return view


async def read_clock(api: CampaignApi, request: Request) -> Response:
    _loopback_only(request)
    await api.catch_up()
    return JSONResponse(_clock_view(api))


async def advance_clock(api: CampaignApi, request: Request) -> Response:
    _loopback_only(request)
    c = Checker()
    body = await api.read_body(request, c)
    clean = validate(c, body, ADVANCE) if body is not None else {}
    c.raise_if_any()
    if not isinstance(api.clock, ManualClock):
        rule = "seconds can move only a manual clock: start the mock with --clock manual"
        raise ApiError(409, [Problem(rule, "seconds")])
    if api.clock.now() + int(clean["seconds"]) > LATEST_EPOCH_SECONDS:
        raise ApiError(400, [Problem("seconds would move the clock past the year 9000", "seconds")])
    # One catch-up covers the whole span: the dialler performs every attempt due in it, in time order.
    api.clock.advance(int(clean["seconds"]))
    await api.catch_up()
    return JSONResponse(_clock_view(api))


def _campaign_id(api: CampaignApi, request: Request) -> str:
    campaign_id = str(request.path_params["campaignId"])
    if api.store.tenant_of(campaign_id) is None:
        raise ApiError(404, [Problem("campaignId names no campaign", "campaignId")])
    return campaign_id


def _pre_call_view(campaign_id: str, config: PreCallFetch | None) -> dict[str, object]:
    # Header values may be API keys: only their names are shown.
    if config is None:
        return {"campaignId": campaign_id, "url": None, "headerNames": []}
    return {"campaignId": campaign_id, "url": config.url, "headerNames": sorted(config.headers)}


def _url_problem(url: str) -> str | None:
    if not url.isascii() or any(ch.isspace() or not ch.isprintable() for ch in url):
        return "must be an ASCII URL without spaces or control characters"
    try:
        parts = urlsplit(url)
        port_ok = parts.port is None or parts.port > 0
    except ValueError:
        return "must be an absolute http or https URL"
    if parts.scheme not in ("http", "https") or not parts.hostname or not port_ok:
        return "must be an absolute http or https URL"
    return None


async def pre_call_fetch(api: CampaignApi, request: Request) -> Response:
    """GET shows, PUT sets ({"url", "headers"?}), DELETE removes a campaign's pre-call fetch."""
    _loopback_only(request)
    if request.method == "PUT":
        c = Checker()
        body = await api.read_body(request, c)
        clean = validate(c, body, PRE_CALL) if body is not None else {}
        problem = _url_problem(str(clean["url"])) if "url" in clean else None
        if problem:
            c.fail("url", problem)
        # The validator keeps only the fields its table names; the header names are the caller's own.
        headers = body["headers"] if "headers" in clean and isinstance(body.get("headers"), dict) else {}
        if len(headers) > MAX_HEADERS:
            c.fail("headers", f"must have at most {MAX_HEADERS} members")
        for name, value in headers.items():
            if not HEADER_NAME.fullmatch(name):
                c.fail(f"headers.{name}", "is not a valid header name (RFC 9110 token characters)")
            elif not isinstance(value, str) or not HEADER_VALUE.fullmatch(value) or len(value) > 4096:
                c.fail(f"headers.{name}", "must be a string of printable ASCII of at most 4096 characters")
        c.raise_if_any()
        campaign_id = _campaign_id(api, request)
        config = PreCallFetch(str(clean["url"]), {str(name): str(value) for name, value in headers.items()})
        api.simulation.configure_pre_call(campaign_id, config)
        return JSONResponse(_pre_call_view(campaign_id, config))
    campaign_id = _campaign_id(api, request)
    if request.method == "DELETE":
        api.simulation.configure_pre_call(campaign_id, None)
    return JSONResponse(_pre_call_view(campaign_id, api.simulation.pre_call(campaign_id)))


ROUTES = (
    ("GET", CLOCK_PATH, read_clock),
    ("POST", ADVANCE_PATH, advance_clock),
    ("GET", PRE_CALL_PATH, pre_call_fetch),
    ("PUT", PRE_CALL_PATH, pre_call_fetch),
    ("DELETE", PRE_CALL_PATH, pre_call_fetch),
)
