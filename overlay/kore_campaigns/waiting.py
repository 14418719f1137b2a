"""Wait for a campaign to reach a status: poll ``client.campaign_execution.get_campaign_status``.

Each poll is an ordinary request, so it takes its place in the account's rate limit like any
other call: polling never pushes the account over it, and shares it fairly with other work.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING

import anyio

from .errors import KoreError

if TYPE_CHECKING:
    from kore_campaigns_client.models import CampaignStatusData

    from .client import AsyncKoreClient, KoreClient

_log = logging.getLogger("kore_campaigns.wait")

DEFAULT_WAIT_TIMEOUT = 300.0
# One status call a second at most by default: the account's whole budget at 60 a minute would
# starve other work; the rate limiter paces the polls further when the account is busy.
DEFAULT_POLL_INTERVAL = 2.0


class KoreWaitTimeout(KoreError, TimeoutError):
    """The campaign did not reach any of the wanted statuses in time; ``last_status`` is the last one read."""

    def __init__(self, campaign_id: str, wanted: tuple[str, ...], timeout: float, last_status: str | None) -> None:
        self.campaign_id, self.wanted, self.timeout, self.last_status = campaign_id, wanted, timeout, last_status
        super().__init__(
            f"campaign {campaign_id} did not reach {' or '.join(wanted)} within {timeout:g} s "
            f"(last status: {last_status or 'none read'})"
        )


def _wanted(statuses: str | Iterable[str]) -> tuple[str, ...]:
    wanted = (statuses,) if isinstance(statuses, str) else tuple(statuses)
    if not wanted or not all(isinstance(status, str) and status for status in wanted):
        raise ValueError(f"statuses must be a status or a non-empty list of statuses, got {statuses!r}")
    return wanted


def _check(timeout: float, poll_interval: float) -> None:
    if not timeout >= 0:
        raise ValueError(f"timeout must be 0 or more seconds, got {timeout!r}")
    if not poll_interval > 0:
        raise ValueError(f"poll_interval must be more than 0 seconds, got {poll_interval!r}")


def status_of(data: CampaignStatusData) -> str | None:
    """The status a status answer's data carries, or None when it carries none."""
    status = getattr(data, "status", None)
    return status if isinstance(status, str) else None


def wait_for_status(
    client: KoreClient,
    campaign_id: str,
    statuses: str | Iterable[str],
    *,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> CampaignStatusData:
    """Poll the campaign's status until it is one of ``statuses``; return that status data.

    Raises :class:`KoreWaitTimeout` after ``timeout`` seconds, and the usual
    :class:`KoreApiError` subclasses (e.g. 404 for an unknown campaign) at once.
    """
    wanted = _wanted(statuses)
    _check(timeout, poll_interval)
    deadline = clock() + timeout
    last: str | None = None
    while True:
        data = client.campaign_execution.get_campaign_status(campaign_id).data
        last = status_of(data)
        if last in wanted:
            return data
        left = deadline - clock()
        if left <= 0:
            raise KoreWaitTimeout(campaign_id, wanted, timeout, last)
        _log.debug("campaign %s is %s; waiting for %s", campaign_id, last, "/".join(wanted))
        sleep(min(poll_interval, left))


async def wait_for_status_async(
    client: AsyncKoreClient,
    campaign_id: str,
    statuses: str | Iterable[str],
    *,
    timeout: float = DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
) -> CampaignStatusData:
    """:func:`wait_for_status` for an :class:`AsyncKoreClient`."""
    wanted = _wanted(statuses)
    _check(timeout, poll_interval)
    deadline = clock() + timeout
    last: str | None = None
    while True:
        data = (await client.campaign_execution.get_campaign_status(campaign_id)).data
        last = status_of(data)
        if last in wanted:
            return data
        left = deadline - clock()
        if left <= 0:
            raise KoreWaitTimeout(campaign_id, wanted, timeout, last)
        _log.debug("campaign %s is %s; waiting for %s", campaign_id, last, "/".join(wanted))
        await sleep(min(poll_interval, left))
