"""Contains endpoint functions for accessing the API, and the `scheduling` resource that calls them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...models.empty_body import EmptyBody
from ...models.schedule_request import ScheduleRequest
from ...models.schedule_response import ScheduleResponse
from . import schedule_campaign as _schedule_campaign

if TYPE_CHECKING:
    from .. import ResourceHost


class SchedulingResource:
    """The `scheduling` operations, called on a client: returns the success model or raises."""

    __slots__ = ("_client",)

    def __init__(self, client: ResourceHost) -> None:
        self._client = client

    def schedule_campaign(
        self,
        body: EmptyBody | ScheduleRequest,
        *,
        enable_schedule: bool = True,
        campaign_name: str,
        bot_id: str | None = None,
    ) -> ScheduleResponse:
        """Enable or disable a daily or weekly schedule for a campaign

        With `enableSchedule=true` (the default), enables a recurring schedule, daily or weekly,
        for the voice or SMS campaign named by `campaignName` in this bot; the body is the
        schedule. With `enableSchedule=false`, disables that campaign's schedule; the body is the
        empty object `{}`. Documented on three pages, "Enable Daily Scheduling of Voice or SMS
        Campaigns", "Enable Weekly Scheduling of Voice or SMS Campaigns" and "Disable a
        Scheduled Voice or SMS Campaign".

        Rules the schema cannot state, enforced by the service: a campaign with that name must
        exist in the bot; `endDateTime` must be later than the current time and than
        `startDateTime`; a schedule body goes with `enableSchedule=true` and `{}` with `false`; a
        running (`Active`) campaign cannot be scheduled (`409`) - stop it first.

        Args:
            enable_schedule (bool):  Default: True.
            campaign_name (str): Campaign name, at most 48 characters, not blank. Unique within the
                bot, compared case-insensitively.
            body (EmptyBody | ScheduleRequest): The request body.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            ScheduleResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = _schedule_campaign.sync_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            enable_schedule=enable_schedule,
            campaign_name=campaign_name,
            body=body,
        )
        if isinstance(response.parsed, ScheduleResponse):
            return response.parsed
        raise self._client.error_for_response(response)


class AsyncSchedulingResource:
    """The `scheduling` operations, awaited on a client: returns the success model or raises."""

    __slots__ = ("_client",)

    def __init__(self, client: ResourceHost) -> None:
        self._client = client

    async def schedule_campaign(
        self,
        body: EmptyBody | ScheduleRequest,
        *,
        enable_schedule: bool = True,
        campaign_name: str,
        bot_id: str | None = None,
    ) -> ScheduleResponse:
        """Enable or disable a daily or weekly schedule for a campaign

        With `enableSchedule=true` (the default), enables a recurring schedule, daily or weekly,
        for the voice or SMS campaign named by `campaignName` in this bot; the body is the
        schedule. With `enableSchedule=false`, disables that campaign's schedule; the body is the
        empty object `{}`. Documented on three pages, "Enable Daily Scheduling of Voice or SMS
        Campaigns", "Enable Weekly Scheduling of Voice or SMS Campaigns" and "Disable a
        Scheduled Voice or SMS Campaign".

        Rules the schema cannot state, enforced by the service: a campaign with that name must
        exist in the bot; `endDateTime` must be later than the current time and than
        `startDateTime`; a schedule body goes with `enableSchedule=true` and `{}` with `false`; a
        running (`Active`) campaign cannot be scheduled (`409`) - stop it first.

        Args:
            enable_schedule (bool):  Default: True.
            campaign_name (str): Campaign name, at most 48 characters, not blank. Unique within the
                bot, compared case-insensitively.
            body (EmptyBody | ScheduleRequest): The request body.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            ScheduleResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = await _schedule_campaign.asyncio_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            enable_schedule=enable_schedule,
            campaign_name=campaign_name,
            body=body,
        )
        if isinstance(response.parsed, ScheduleResponse):
            return response.parsed
        raise self._client.error_for_response(response)
