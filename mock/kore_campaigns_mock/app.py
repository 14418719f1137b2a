"""The Starlette app: the route table of every resource module and the error handlers.

State, clock and rules live in the domain (service.MockService and the modules it owns); the request guard
and body reading in http_api.CampaignApi, which the resource modules depend on; this module only assembles
them. Every route matches the raw path (routing.py).

Order of checks: route and method (404/405), credentials (401), tenant (403), rate limit (429),
validation (400/413/415), existence (404), a campaignType that is not the campaign's own (400),
lifecycle or name conflict (409). Resources: campaigns.py, schedules.py, contact_lists.py; the loopback-only
/_mock/ routes (clock, pre-call webhook) are admin.py.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from . import admin, campaigns, schedules, v1
from .clock import Clock, as_clock, iso_timestamp
from .config import RegisteredApp, demo_app
from .contact_lists import ContactListApi
from .errors import ApiError, Problem, error_body
from .http_api import Caller, CampaignApi, error_response
from .pre_call import send_pre_call
from .routing import RawPathRoute
from .service import MockService
from .simulation import SimulationSettings

__all__ = ["Caller", "CampaignApi", "create_app", "iso_timestamp"]

Handler = Callable[[CampaignApi, Request], Awaitable[Response]]

# Each resource module's (method, path, handler) rows; a new module adds its table on its own line here.
ROUTE_TABLES: tuple[Sequence[tuple[str, str, Handler]], ...] = (
    campaigns.ROUTES,
    schedules.ROUTES,
    admin.ROUTES,
    v1.ROUTES,
)


def routes(api: CampaignApi) -> list[RawPathRoute]:
    # One Route per path serving all its methods, so a wrong method gets a 405 whose Allow lists them all.
    by_path: dict[str, dict[str, Handler]] = {}
    for table in ROUTE_TABLES:
        for method, path, handler in table:
            by_path.setdefault(path, {})[method] = handler
    # Fewer placeholders first, so a literal segment (".../campaign/schedule") wins over "{campaignId}".
    paths = sorted(by_path, key=lambda path: path.count("{"))
    contact_lists = ContactListApi(api.contact_lists, api.guard, api.read_body, api.timestamp)
    contact_lists_v1 = v1.ContactListV1Api(api.contact_lists, api.guard, api.read_body, api.timestamp)
    return [
        *(RawPathRoute(path, _dispatcher(api, by_path[path]), methods=list(by_path[path])) for path in paths),
        *contact_lists.routes(),
        *contact_lists_v1.routes(),
    ]


def _dispatcher(api: CampaignApi, handlers: dict[str, Handler]) -> Callable[[Request], Awaitable[Response]]:
    async def dispatch(request: Request) -> Response:
        # HEAD is served as GET (Starlette adds it to every GET route).
        return await handlers["GET" if request.method == "HEAD" else request.method](api, request)

    return dispatch


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
    clock: Clock | Callable[[], float] | None = None,
    rate_limit_window: int = 60,
    simulation: SimulationSettings | None = None,
) -> Starlette:
    """The mock as an ASGI app; `clock` (a Clock, or a function of epoch seconds) drives timestamps and "now".

    The rate limit allows `rate_limit_per_minute` requests per account in any `rate_limit_window`
    seconds (60, as documented; shorter only for demonstrations); it runs on wall time (time.time).
    `simulation` sets the random seed and outcome weights of started campaigns (simulation.py)."""
    registered = list(apps) if apps is not None else [demo_app()]
    if not registered:
        raise ValueError("register at least one app")
    client_ids = [app.client_id for app in registered]
    if len(set(client_ids)) != len(client_ids):
        raise ValueError("two registered apps share a client id")
    service = MockService(
        registered, rate_limit_per_minute, as_clock(clock), send_pre_call, rate_limit_window, simulation
    )
    api = CampaignApi(service)
    starlette = Starlette(
        routes=routes(api),
        exception_handlers={ApiError: _on_api_error, HTTPException: _on_http_exception, Exception: _on_unexpected},
    )
    # Unknown paths get a 404 in the error shape, not a redirect to a slash-less twin.
    starlette.router.redirect_slashes = False
    # For tests and tools in the same process (kore_campaigns_mock.testing.mock_state).
    starlette.state.service = api.service
    return starlette
