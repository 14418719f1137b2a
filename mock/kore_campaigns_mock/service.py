"""What every operation shares: the stores, the clock, the simulation, the request guard and body reading.

The one owner of the mock's state. Resource modules (campaigns.py, schedules.py, contact_lists.py, admin.py)
take a CampaignApi and depend on this module, never on app.py, which only assembles the routes.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request

from .auth import Authenticator
from .clock import Clock, iso_timestamp
from .config import RegisteredApp
from .contact_lists import ContactListStore
from .errors import INVALID_CREDENTIALS, RATE_LIMITED, ApiError, Problem
from .ratelimit import RateLimiter
from .simulation import Simulation, SimulationSettings
from .store import Campaign, CampaignStore, new_id
from .validation import (
    MAX_REPORTED_SURROGATES,
    Checker,
    RepeatedKeyError,
    object_without_repeats,
    unpaired_surrogates,
)

MAX_BODY_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Caller:
    app: RegisteredApp
    account_id: str
    bot_id: str


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not valid JSON")


class CampaignApi:
    """What every operation shares: the request guard, body reading, the stores and the clock."""

    def __init__(
        self,
        apps: Sequence[RegisteredApp],
        rate_limit_per_minute: int,
        clock: Clock,
        rate_limit_window: int = 60,
        simulation: SimulationSettings | None = None,
    ) -> None:
        self._authenticator = Authenticator(apps)
        self._limiter = RateLimiter(rate_limit_per_minute, rate_limit_window)
        self.store = CampaignStore()
        self.clock = clock
        # Lists are state created through the API; each app's bots start with the docs' sample lists.
        self.contact_lists = ContactListStore(self.store.all)
        self.contact_lists.seed(apps, self.timestamp())
        # Started campaigns dial (or send) on the clock; the simulation catches up whenever a request arrives.
        self.simulation = Simulation(self.store, self.contact_lists, simulation or SimulationSettings())

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
        # Lazily: whatever the dialler did up to now happens before the request looks at the state.
        self.catch_up()
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

    def now(self) -> float:
        return self.clock.now()

    def state(self) -> dict[str, object]:
        """The whole state as plain data: campaigns, contact lists with their contacts, runs, the clock."""
        return {
            "campaigns": self.store.dump(),
            "contactLists": self.contact_lists.dump(),
            "simulation": self.simulation.dump(),
            "now": self.now(),
        }

    def timestamp(self) -> str:
        return iso_timestamp(self.now())

    def catch_up(self) -> None:
        self.simulation.run_until(self.now())

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
