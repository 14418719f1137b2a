"""Contains endpoint functions for accessing the API, and the `campaign_execution` resource that calls them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

from ..._runtime.resources import page_field
from ...models.callback_entry import CallbackEntry
from ...models.callback_response import CallbackResponse
from ...models.campaign_contact import CampaignContact
from ...models.campaign_status_response import CampaignStatusResponse
from ...models.campaign_trigger_response import CampaignTriggerResponse
from ...models.contacts_page_request import ContactsPageRequest
from ...models.empty_body import EmptyBody
from ...models.get_campaign_status_view import GetCampaignStatusView
from ...models.trigger_voice_campaign_trigger import TriggerVoiceCampaignTrigger
from ...types import UNSET, Unset
from . import get_campaign_status as _get_campaign_status
from . import schedule_callback as _schedule_callback
from . import start_sms_campaign as _start_sms_campaign
from . import stop_sms_campaign as _stop_sms_campaign
from . import trigger_voice_campaign as _trigger_voice_campaign

if TYPE_CHECKING:
    from .. import ResourceHost


class CampaignExecutionResource:
    """The `campaign_execution` operations, called on a client: returns the success model or raises."""

    __slots__ = ("_client",)

    def __init__(self, client: ResourceHost) -> None:
        self._client = client

    def start_sms_campaign(
        self,
        campaign_id: str,
        body: EmptyBody | Unset = UNSET,
        *,
        bot_id: str | None = None,
    ) -> CampaignTriggerResponse:
        """Start an SMS campaign (v2)

        Starts sending an SMS campaign of this bot; its status becomes `Active`. Documented on
        "Start SMS Campaign v2". Unlike the other v2 campaign URLs, this one carries no
        `accountId` in the query, and the body is empty (`{}` or nothing).

        Rules the schema cannot state, enforced by the service: the campaign exists in this bot
        and is an SMS campaign (else `404`); a campaign that is already `Active` cannot be
        started again (`409`).

        Args:
            campaign_id (str):
            body (EmptyBody | Unset): The empty JSON object `{}`.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Sends `campaignType="sms"`, `trigger="play"`, the only values the spec allows.

        Returns:
            CampaignTriggerResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = _start_sms_campaign.sync_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_id=campaign_id,
            campaign_type="sms",
            trigger="play",
            body=body,
        )
        if isinstance(response.parsed, CampaignTriggerResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    def trigger_voice_campaign(
        self,
        campaign_id: str,
        body: EmptyBody | Unset = UNSET,
        *,
        trigger: TriggerVoiceCampaignTrigger,
        bot_id: str | None = None,
    ) -> CampaignTriggerResponse:
        """Start or stop a voice campaign (v2)

        `trigger=play` starts dialing a voice campaign of this bot (status `Active`, with a new
        `campaignInstanceId`); `trigger=stop` stops it (status `Stopped`). Documented on "Start
        Voice Campaign v2" and "Stop Voice Campaign v2", which share this URL and method.

        Rules the schema cannot state, enforced by the service: the campaign exists in this bot
        and is a voice campaign (else `404`); starting an `Active` campaign, or stopping one that
        is not `Active`, is refused (`409`).

        Args:
            campaign_id (str):
            trigger (TriggerVoiceCampaignTrigger):
            body (EmptyBody | Unset): The empty JSON object `{}`.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Sends `campaignType="voice"`, the only value the spec allows.

        Returns:
            CampaignTriggerResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = _trigger_voice_campaign.sync_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_id=campaign_id,
            trigger=trigger,
            campaign_type="voice",
            body=body,
        )
        if isinstance(response.parsed, CampaignTriggerResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    def stop_sms_campaign(
        self,
        campaign_id: str,
        body: EmptyBody | Unset = UNSET,
        *,
        bot_id: str | None = None,
    ) -> CampaignTriggerResponse:
        """Stop an SMS campaign (v2)

        Stops a running SMS campaign of this bot; its status becomes `Stopped`. Documented on
        "Stop SMS Campaign v2". The body is empty (`{}` or nothing).

        Rules the schema cannot state, enforced by the service: the campaign exists in this bot
        and is an SMS campaign (else `404`); a campaign that is not `Active` cannot be stopped
        (`409`).

        Args:
            campaign_id (str):
            body (EmptyBody | Unset): The empty JSON object `{}`.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Sends `campaignType="sms"`, `trigger="stop"`, the only values the spec allows.

        Returns:
            CampaignTriggerResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = _stop_sms_campaign.sync_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_id=campaign_id,
            campaign_type="sms",
            trigger="stop",
            body=body,
        )
        if isinstance(response.parsed, CampaignTriggerResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    def get_campaign_status(
        self,
        campaign_id: str,
        body: ContactsPageRequest | Unset = UNSET,
        *,
        view: GetCampaignStatusView | Unset = "status",
        bot_id: str | None = None,
    ) -> CampaignStatusResponse:
        """Get a campaign's status, or the contacts of a voice campaign (v2)

        With `view=status` (the default), returns the campaign's id, name and current status
        (`Preparing`, `Ready`, `Active`, `Stopped`...); the body is `{}` or nothing. With
        `view=contacts`, returns a page of the voice campaign's contacts and their call outcomes;
        the body may give `page` (from 1) and `limit` (1 to 100). Documented on "Get Campaign
        Status v2" and "Get All Contact Details Of Voice Campaigns-v2", which share this URL and
        method.

        Rules the schema cannot state, enforced by the service: the campaign exists in this bot
        (else `404`).

        Args:
            campaign_id (str):
            view (GetCampaignStatusView | Unset):  Default: 'status'.
            body (ContactsPageRequest | Unset): Paging for `view=contacts`; `view=status` sends `{}`.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignStatusResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = _get_campaign_status.sync_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_id=campaign_id,
            view=view,
            body=body,
        )
        if isinstance(response.parsed, CampaignStatusResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    def iter_campaign_contacts(
        self,
        campaign_id: str,
        *,
        page_size: int = 100,
        bot_id: str | None = None,
    ) -> Iterator[CampaignContact]:
        """Every item of `get_campaign_status`, all pages: each page is fetched when the iteration reaches it.

        Asks for `page_size` items a page (default and largest: 100, the documented maximum) and
        stops after `data.totalPages` pages.
        The other arguments are those of `get_campaign_status`; generated from the operation's `x-pagination`.
        """
        if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= 100:
            raise ValueError(f"iter_campaign_contacts(): page_size must be an int from 1 to 100, got {page_size!r}")
        for _ in (None,):
            position = 1
            while True:
                response = self.get_campaign_status(
                    campaign_id,
                    body=ContactsPageRequest(page=position, limit=page_size),
                    view="contacts",
                    bot_id=bot_id,
                )
                items: list[CampaignContact] = page_field(response, "data.results") or []
                yield from items
                if not items or position >= (page_field(response, "data.total_pages") or 0):
                    break
                position += 1

    def schedule_callback(
        self,
        campaign_instance_id: str,
        body: list[CallbackEntry],
        *,
        bot_id: str | None = None,
    ) -> CallbackResponse:
        """Schedule call backs for contacts of a running campaign (v2)

        Asks a running campaign instance to call contacts back at a later time, for instance
        when a contact asked to be reached later. The body is a list; each entry names the
        contact's dialing-list record (`campaignDialingListId`) and when to call
        (`timeToContact`). The answer reports per entry whether it was scheduled, with a
        `reason` when not (such as `time_in_past`). Documented on "Create a call back schedule".

        Rules the schema cannot state, enforced by the service: the campaign instance exists in
        this bot (else `404`); an entry whose time is in the past is answered `failed` with
        reason `time_in_past`.

        Args:
            campaign_instance_id (str):
            body (list[CallbackEntry]): The request body.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            CallbackResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = _schedule_callback.sync_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_instance_id=campaign_instance_id,
            body=body,
        )
        if isinstance(response.parsed, CallbackResponse):
            return response.parsed
        raise self._client.error_for_response(response)


class AsyncCampaignExecutionResource:
    """The `campaign_execution` operations, awaited on a client: returns the success model or raises."""

    __slots__ = ("_client",)

    def __init__(self, client: ResourceHost) -> None:
        self._client = client

    async def start_sms_campaign(
        self,
        campaign_id: str,
        body: EmptyBody | Unset = UNSET,
        *,
        bot_id: str | None = None,
    ) -> CampaignTriggerResponse:
        """Start an SMS campaign (v2)

        Starts sending an SMS campaign of this bot; its status becomes `Active`. Documented on
        "Start SMS Campaign v2". Unlike the other v2 campaign URLs, this one carries no
        `accountId` in the query, and the body is empty (`{}` or nothing).

        Rules the schema cannot state, enforced by the service: the campaign exists in this bot
        and is an SMS campaign (else `404`); a campaign that is already `Active` cannot be
        started again (`409`).

        Args:
            campaign_id (str):
            body (EmptyBody | Unset): The empty JSON object `{}`.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Sends `campaignType="sms"`, `trigger="play"`, the only values the spec allows.

        Returns:
            CampaignTriggerResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = await _start_sms_campaign.asyncio_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_id=campaign_id,
            campaign_type="sms",
            trigger="play",
            body=body,
        )
        if isinstance(response.parsed, CampaignTriggerResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    async def trigger_voice_campaign(
        self,
        campaign_id: str,
        body: EmptyBody | Unset = UNSET,
        *,
        trigger: TriggerVoiceCampaignTrigger,
        bot_id: str | None = None,
    ) -> CampaignTriggerResponse:
        """Start or stop a voice campaign (v2)

        `trigger=play` starts dialing a voice campaign of this bot (status `Active`, with a new
        `campaignInstanceId`); `trigger=stop` stops it (status `Stopped`). Documented on "Start
        Voice Campaign v2" and "Stop Voice Campaign v2", which share this URL and method.

        Rules the schema cannot state, enforced by the service: the campaign exists in this bot
        and is a voice campaign (else `404`); starting an `Active` campaign, or stopping one that
        is not `Active`, is refused (`409`).

        Args:
            campaign_id (str):
            trigger (TriggerVoiceCampaignTrigger):
            body (EmptyBody | Unset): The empty JSON object `{}`.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Sends `campaignType="voice"`, the only value the spec allows.

        Returns:
            CampaignTriggerResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = await _trigger_voice_campaign.asyncio_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_id=campaign_id,
            trigger=trigger,
            campaign_type="voice",
            body=body,
        )
        if isinstance(response.parsed, CampaignTriggerResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    async def stop_sms_campaign(
        self,
        campaign_id: str,
        body: EmptyBody | Unset = UNSET,
        *,
        bot_id: str | None = None,
    ) -> CampaignTriggerResponse:
        """Stop an SMS campaign (v2)

        Stops a running SMS campaign of this bot; its status becomes `Stopped`. Documented on
        "Stop SMS Campaign v2". The body is empty (`{}` or nothing).

        Rules the schema cannot state, enforced by the service: the campaign exists in this bot
        and is an SMS campaign (else `404`); a campaign that is not `Active` cannot be stopped
        (`409`).

        Args:
            campaign_id (str):
            body (EmptyBody | Unset): The empty JSON object `{}`.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Sends `campaignType="sms"`, `trigger="stop"`, the only values the spec allows.

        Returns:
            CampaignTriggerResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = await _stop_sms_campaign.asyncio_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_id=campaign_id,
            campaign_type="sms",
            trigger="stop",
            body=body,
        )
        if isinstance(response.parsed, CampaignTriggerResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    async def get_campaign_status(
        self,
        campaign_id: str,
        body: ContactsPageRequest | Unset = UNSET,
        *,
        view: GetCampaignStatusView | Unset = "status",
        bot_id: str | None = None,
    ) -> CampaignStatusResponse:
        """Get a campaign's status, or the contacts of a voice campaign (v2)

        With `view=status` (the default), returns the campaign's id, name and current status
        (`Preparing`, `Ready`, `Active`, `Stopped`...); the body is `{}` or nothing. With
        `view=contacts`, returns a page of the voice campaign's contacts and their call outcomes;
        the body may give `page` (from 1) and `limit` (1 to 100). Documented on "Get Campaign
        Status v2" and "Get All Contact Details Of Voice Campaigns-v2", which share this URL and
        method.

        Rules the schema cannot state, enforced by the service: the campaign exists in this bot
        (else `404`).

        Args:
            campaign_id (str):
            view (GetCampaignStatusView | Unset):  Default: 'status'.
            body (ContactsPageRequest | Unset): Paging for `view=contacts`; `view=status` sends `{}`.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignStatusResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = await _get_campaign_status.asyncio_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_id=campaign_id,
            view=view,
            body=body,
        )
        if isinstance(response.parsed, CampaignStatusResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    async def iter_campaign_contacts(
        self,
        campaign_id: str,
        *,
        page_size: int = 100,
        bot_id: str | None = None,
    ) -> AsyncIterator[CampaignContact]:
        """Every item of `get_campaign_status`, all pages: each page is fetched when the iteration reaches it.

        Asks for `page_size` items a page (default and largest: 100, the documented maximum) and
        stops after `data.totalPages` pages.
        The other arguments are those of `get_campaign_status`; generated from the operation's `x-pagination`.
        """
        if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= 100:
            raise ValueError(f"iter_campaign_contacts(): page_size must be an int from 1 to 100, got {page_size!r}")
        for _ in (None,):
            position = 1
            while True:
                response = await self.get_campaign_status(
                    campaign_id,
                    body=ContactsPageRequest(page=position, limit=page_size),
                    view="contacts",
                    bot_id=bot_id,
                )
                items: list[CampaignContact] = page_field(response, "data.results") or []
                for item in items:
                    yield item
                if not items or position >= (page_field(response, "data.total_pages") or 0):
                    break
                position += 1

    async def schedule_callback(
        self,
        campaign_instance_id: str,
        body: list[CallbackEntry],
        *,
        bot_id: str | None = None,
    ) -> CallbackResponse:
        """Schedule call backs for contacts of a running campaign (v2)

        Asks a running campaign instance to call contacts back at a later time, for instance
        when a contact asked to be reached later. The body is a list; each entry names the
        contact's dialing-list record (`campaignDialingListId`) and when to call
        (`timeToContact`). The answer reports per entry whether it was scheduled, with a
        `reason` when not (such as `time_in_past`). Documented on "Create a call back schedule".

        Rules the schema cannot state, enforced by the service: the campaign instance exists in
        this bot (else `404`); an entry whose time is in the past is answered `failed` with
        reason `time_in_past`.

        Args:
            campaign_instance_id (str):
            body (list[CallbackEntry]): The request body.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            CallbackResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = await _schedule_callback.asyncio_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_instance_id=campaign_instance_id,
            body=body,
        )
        if isinstance(response.parsed, CallbackResponse):
            return response.parsed
        raise self._client.error_for_response(response)
