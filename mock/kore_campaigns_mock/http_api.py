"""What every route shares on the HTTP side: admitting a request, reading its JSON body, the error response.

The state and the rules are the domain's (service.MockService); the route modules (campaigns.py, v1.py,
schedules.py, contact_lists.py, admin.py) take a CampaignApi and never import app.py, which only assembles them.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from .auth import Caller
from .campaign_service import CampaignService
from .clock import Clock
from .contact_list_store import ContactListStore
from .errors import ApiError, Problem, error_body
from .service import MockService
from .simulation import Simulation
from .store import CampaignStore
from .validation import (
    MAX_REPORTED_SURROGATES,
    Checker,
    RepeatedKeyError,
    object_without_repeats,
    unpaired_surrogates,
)

__all__ = ["Caller", "CampaignApi", "error_response"]

MAX_BODY_BYTES = 1024 * 1024


def error_response(error: ApiError) -> JSONResponse:
    return JSONResponse(
        error_body(error.status, error.problems, error.message), status_code=error.status, headers=error.headers
    )


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not valid JSON")


class CampaignApi:
    """The domain service, seen from a request."""

    def __init__(self, service: MockService) -> None:
        self.service = service

    @property
    def campaigns(self) -> CampaignService:
        return self.service.campaigns

    @property
    def contact_lists(self) -> ContactListStore:
        return self.service.contact_lists

    @property
    def store(self) -> CampaignStore:
        return self.service.store

    @property
    def simulation(self) -> Simulation:
        return self.service.simulation

    @property
    def clock(self) -> Clock:
        return self.service.clock

    async def guard(self, request: Request, bot_path_param: str, *, account_in_query: bool) -> Caller:
        """Admit the request (401, 403, 429), then bring the simulation up to now."""
        caller = self.service.admit(
            request.headers.get("auth"),
            request.headers.get("accountid", ""),
            request.headers.get("iid", ""),
            (bot_path_param, str(request.path_params[bot_path_param])),
            request.query_params.getlist("accountId") if account_in_query else (),
        )
        await self.service.catch_up()
        return caller

    async def catch_up(self) -> None:
        await self.service.catch_up()

    def now(self) -> float:
        return self.service.now()

    def timestamp(self) -> str:
        return self.service.timestamp()

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
