"""The mock's state and rules, without HTTP: the one owner of the stores, the clock and the simulation.

Route modules reach it through http_api.CampaignApi, which turns a request into the plain values here
(the token, the headers, the path's bot id) and awaits `catch_up` before each operation.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from .auth import Authenticator, Caller
from .campaign_service import CampaignService
from .clock import Clock, iso_timestamp
from .config import RegisteredApp
from .contact_list_store import ContactListStore
from .errors import INVALID_CREDENTIALS, RATE_LIMITED, ApiError, Problem
from .ratelimit import RateLimiter
from .simulation import PreCallRequest, PreCallSender, Simulation, SimulationSettings
from .store import CampaignStore

__all__ = ["Caller", "MockService"]


class MockService:
    def __init__(
        self,
        apps: Sequence[RegisteredApp],
        rate_limit_per_minute: int,
        clock: Clock,
        pre_call_sender: PreCallSender,
        rate_limit_window: int = 60,
        simulation: SimulationSettings | None = None,
    ) -> None:
        """`pre_call_sender` makes a pre-call fetch (pre_call.send_pre_call): the only I/O, given from outside."""
        self._authenticator = Authenticator(apps)
        self._limiter = RateLimiter(rate_limit_per_minute, rate_limit_window)
        self.store = CampaignStore()
        self.clock = clock
        # Lists are state created through the API; each app's bots start with the docs' sample lists.
        self.contact_lists = ContactListStore(self.store.naming)
        self.contact_lists.seed(apps, self.timestamp())
        # Started campaigns dial (or send) on the clock; the simulation catches up whenever a request arrives.
        self.simulation = Simulation(self.store, self.contact_lists, simulation or SimulationSettings())
        self.campaigns = CampaignService(self.store, self.contact_lists, self.simulation, clock)
        self._send_pre_call = pre_call_sender

    def admit(
        self,
        token: str | None,
        account_id: str,
        bot_id: str,
        path_bot: tuple[str, str],
        query_accounts: Sequence[str] = (),
    ) -> Caller:
        """The caller of a request, or the refusal: 401 (credentials), 403 (tenant), 429 (rate limit).
        `path_bot` is (the path parameter's name, its decoded value)."""
        app = self._authenticator.authenticate(token)
        for header, value in (("accountId", account_id), ("iid", bot_id)):
            if not value:
                summary = f"{INVALID_CREDENTIALS}: the {header} header is required"
                raise ApiError(401, [Problem(INVALID_CREDENTIALS, header)], summary)
        forbidden: list[Problem] = []
        if account_id != app.account_id:
            forbidden.append(Problem("accountId header must be the account of the token's app", "accountId"))
        if bot_id not in app.bot_ids:
            forbidden.append(Problem("iid header must name a bot of the token's app", "iid"))
        bot_parameter, path_bot_id = path_bot
        if path_bot_id != bot_id:
            forbidden.append(Problem(f"{bot_parameter} in the path must equal the iid header", bot_parameter))
        if any(value and value != account_id for value in query_accounts):
            forbidden.append(Problem("query parameter accountId must equal the accountId header", "accountId"))
        if forbidden:
            raise ApiError(403, forbidden)
        retry_after = self._limiter.acquire(app.account_id)
        if retry_after is not None:
            raise ApiError(429, [Problem(RATE_LIMITED)], headers={"Retry-After": str(retry_after)})
        return Caller(app, account_id, bot_id)

    async def catch_up(self) -> None:
        """Whatever the dialler did up to now happens before a request looks at the state.

        The pre-call fetches that runs wait for are sent concurrently, without holding any lock: meanwhile
        other requests are served (their catch-up skips the waiting runs). The request that sent a fetch
        waits for its answer, so a caller that moved the clock sees the result."""
        while True:
            asks = self.simulation.run_until(self.now())
            if not asks:
                return
            await asyncio.gather(*(self._ask(request) for request in asks))

    async def _ask(self, request: PreCallRequest) -> None:
        # Shielded: a request cancelled mid-fetch (its client went away) still lets the answer reach the run.
        await asyncio.shield(asyncio.ensure_future(self._fetch(request)))

    async def _fetch(self, request: PreCallRequest) -> None:
        call, reason = False, "pre-call fetch interrupted"
        try:
            call, reason = await self._send_pre_call(
                request.config, request.payload, self.simulation.settings.pre_call_timeout
            )
        finally:
            # Whatever happened, the run gets a decision: a run left waiting would never dial again.
            self.simulation.answer(request, call, reason)

    def now(self) -> float:
        return self.clock.now()

    def timestamp(self) -> str:
        return iso_timestamp(self.now())

    def state(self) -> dict[str, object]:
        """The whole state as plain data: campaigns, contact lists with their contacts, runs, the clock."""
        return {
            "campaigns": self.store.dump(),
            "contactLists": self.contact_lists.dump(),
            "simulation": self.simulation.dump(),
            "now": self.now(),
        }
