"""Contains endpoint functions for accessing the API, and the `scheduling` resource that calls them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...models.daily_recurrence import DailyRecurrence
from ...models.schedule_request import ScheduleRequest
from ...models.schedule_response import ScheduleResponse
from ...models.weekly_recurrence import WeeklyRecurrence
from . import schedule_campaign as _schedule_campaign

if TYPE_CHECKING:
    from .. import ResourceHost


class SchedulingResource:
    """The `scheduling` operations, called on a client: returns the success model or raises."""

    __slots__ = ("_client",)

    def __init__(self, client: ResourceHost) -> None:
        self._client = client

    @overload
    def schedule_campaign(
        self,
        body: ScheduleRequest,
        *,
        campaign_name: str,
        bot_id: str | None = None,
    ) -> ScheduleResponse: ...

    @overload
    def schedule_campaign(
        self,
        *,
        campaign_name: str,
        start_date_time: str,
        end_date_time: str,
        recurrence_object: DailyRecurrence | WeeklyRecurrence,
        bot_id: str | None = None,
    ) -> ScheduleResponse: ...

    def schedule_campaign(
        self, body: ScheduleRequest | None = None, *, campaign_name: str, bot_id: str | None = None, **fields: Any
    ) -> ScheduleResponse:
        """Enable a daily or weekly schedule for a campaign

        Enables a recurring schedule, daily or weekly, for the voice or SMS campaign named by
        `campaignName` in this bot. Documented on two pages, "Enable Daily Scheduling of Voice or
        SMS Campaigns" and "Enable Weekly Scheduling of Voice or SMS Campaigns".

        Rules the schema cannot state, enforced by the service: a campaign with that name must
        exist in the bot; `endDateTime` must be later than the current time and than
        `startDateTime`.

        Args:
            campaign_name (str): Campaign name, at most 48 characters, not blank. Unique within the
                bot, compared case-insensitively.
            body (ScheduleRequest): `endDateTime` must be later than the current time (UTC) and than `startDateTime`; the
                service enforces this.
                Or pass its fields as keywords instead.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Sends `enableSchedule=True`, the only value the spec allows.

        Returns:
            ScheduleResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        if body is None:
            body = ScheduleRequest(**fields)
        elif fields:
            raise TypeError(
                f"schedule_campaign() takes the body as a model or as keywords, not both; got body and {', '.join(fields)}"
            )
        response = _schedule_campaign.sync_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_name=campaign_name,
            enable_schedule=True,
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

    @overload
    async def schedule_campaign(
        self,
        body: ScheduleRequest,
        *,
        campaign_name: str,
        bot_id: str | None = None,
    ) -> ScheduleResponse: ...

    @overload
    async def schedule_campaign(
        self,
        *,
        campaign_name: str,
        start_date_time: str,
        end_date_time: str,
        recurrence_object: DailyRecurrence | WeeklyRecurrence,
        bot_id: str | None = None,
    ) -> ScheduleResponse: ...

    async def schedule_campaign(
        self, body: ScheduleRequest | None = None, *, campaign_name: str, bot_id: str | None = None, **fields: Any
    ) -> ScheduleResponse:
        """Enable a daily or weekly schedule for a campaign

        Enables a recurring schedule, daily or weekly, for the voice or SMS campaign named by
        `campaignName` in this bot. Documented on two pages, "Enable Daily Scheduling of Voice or
        SMS Campaigns" and "Enable Weekly Scheduling of Voice or SMS Campaigns".

        Rules the schema cannot state, enforced by the service: a campaign with that name must
        exist in the bot; `endDateTime` must be later than the current time and than
        `startDateTime`.

        Args:
            campaign_name (str): Campaign name, at most 48 characters, not blank. Unique within the
                bot, compared case-insensitively.
            body (ScheduleRequest): `endDateTime` must be later than the current time (UTC) and than `startDateTime`; the
                service enforces this.
                Or pass its fields as keywords instead.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Sends `enableSchedule=True`, the only value the spec allows.

        Returns:
            ScheduleResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        if body is None:
            body = ScheduleRequest(**fields)
        elif fields:
            raise TypeError(
                f"schedule_campaign() takes the body as a model or as keywords, not both; got body and {', '.join(fields)}"
            )
        response = await _schedule_campaign.asyncio_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_name=campaign_name,
            enable_schedule=True,
            body=body,
        )
        if isinstance(response.parsed, ScheduleResponse):
            return response.parsed
        raise self._client.error_for_response(response)
