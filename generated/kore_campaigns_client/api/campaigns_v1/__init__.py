"""Contains endpoint functions for accessing the API, and the `campaigns_v1` resource that calls them."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, overload

from ..._runtime.resources import body_fields, keyword_signature, page_field
from ...models.campaign_contact import CampaignContact
from ...models.campaign_created_response import CampaignCreatedResponse
from ...models.campaign_list_filters import CampaignListFilters
from ...models.campaign_list_request import CampaignListRequest
from ...models.campaign_list_response import CampaignListResponse
from ...models.campaign_list_sort import CampaignListSort
from ...models.campaign_response import CampaignResponse
from ...models.campaign_status_response import CampaignStatusResponse
from ...models.campaign_summary import CampaignSummary
from ...models.campaign_trigger_response import CampaignTriggerResponse
from ...models.campaign_type import CampaignType
from ...models.contacts_page_request import ContactsPageRequest
from ...models.empty_body import EmptyBody
from ...models.get_campaign_status_v1_view import GetCampaignStatusV1View
from ...models.sms_advanced_campaign_request import SmsAdvancedCampaignRequest
from ...models.sms_campaign_v1_request import SmsCampaignV1Request
from ...models.trigger_campaign_v1_trigger import TriggerCampaignV1Trigger
from ...models.voice_campaign_request import VoiceCampaignRequest
from ...types import UNSET, Unset
from . import delete_campaign_v1 as _delete_campaign_v1
from . import get_campaign_status_v1 as _get_campaign_status_v1
from . import get_campaign_v1 as _get_campaign_v1
from . import list_campaigns_v1 as _list_campaigns_v1
from . import trigger_campaign_v1 as _trigger_campaign_v1
from . import update_campaign_v1 as _update_campaign_v1

if TYPE_CHECKING:
    from .. import ResourceHost


class CampaignsV1Resource:
    """The `campaigns_v1` operations, called on a client: returns the success model or raises."""

    __slots__ = ("_client",)

    def __init__(self, client: ResourceHost) -> None:
        self._client = client

    def get_campaign_v1(
        self,
        campaign_id: str,
        *,
        bot_id: str | None = None,
    ) -> CampaignResponse:
        """Get a voice or SMS campaign (v1)

        Returns one campaign of this bot, voice or SMS, wrapped in `data` (documented twice, as
        "Get Voice Campaign API" and "Get SMS Campaign API"; the URL names no campaign type).
        The same campaign is readable through `getCampaign` (v2).

        Args:
            campaign_id (str):
            bot_id (str | None): The bot id for the `IId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = _get_campaign_v1.sync_detailed(
            client=self._client,
            i_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_id=campaign_id,
        )
        if isinstance(response.parsed, CampaignResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    def update_campaign_v1(
        self,
        campaign_id: str,
        body: SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest,
        *,
        campaign_type: CampaignType,
        bot_id: str | None = None,
    ) -> CampaignCreatedResponse:
        """Update a voice or SMS campaign (v1)

        Replaces the configuration of a campaign of this bot. Two pages document this one URL
        and method, "Update Voice Campaign by ID" (body `VoiceCampaignRequest`, the v1 create
        body: `enableMachineDetect` is a boolean and there is no Do-Not-Call list) and "Update
        SMS Campaign API" (body `SmsCampaignV1Request` or, as in its sample,
        `SmsAdvancedCampaignRequest`); `campaignType` tells them apart.

        Rules the schema cannot state, enforced by the service: the campaign exists in this bot
        (else `404`) and is of the `campaignType` given; the query's and the body's
        `campaignType` agree; a new name is not taken by another campaign of the bot (`409`); a
        running (`Active`) campaign cannot be edited (`409`).

        Args:
            campaign_id (str):
            campaign_type (CampaignType): Kind of campaign.
            body (SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest): The request body.
            bot_id (str | None): The bot id for the `IId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignCreatedResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = _update_campaign_v1.sync_detailed(
            client=self._client,
            i_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_id=campaign_id,
            campaign_type=campaign_type,
            body=body,
        )
        if isinstance(response.parsed, CampaignCreatedResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    def delete_campaign_v1(
        self,
        campaign_id: str,
        *,
        campaign_type: CampaignType,
        bot_id: str | None = None,
    ) -> CampaignResponse:
        """Delete a voice or SMS campaign (v1)

        Deletes a campaign of this bot and returns it as it was. Two pages document this one URL
        and method, "Delete Voice Campaign API" and "Delete SMS Campaign API"; `campaignType`
        names the kind. Afterwards every read of the campaign, v1 or v2, answers `404`.

        Rules the schema cannot state, enforced by the service: the campaign exists in this bot
        and is of the `campaignType` given (else `404`); a running (`Active`) campaign cannot be
        deleted (`409`) - stop it first.

        Args:
            campaign_id (str):
            campaign_type (CampaignType): Kind of campaign.
            bot_id (str | None): The bot id for the `IId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = _delete_campaign_v1.sync_detailed(
            client=self._client,
            i_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_id=campaign_id,
            campaign_type=campaign_type,
        )
        if isinstance(response.parsed, CampaignResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    @overload
    def list_campaigns_v1(
        self,
        body: CampaignListRequest,
        *,
        bot_id: str | None = None,
    ) -> CampaignListResponse: ...

    @overload
    def list_campaigns_v1(
        self,
        *,
        type_: CampaignType,
        skip: int | str | Unset = UNSET,
        page: int | str | Unset = UNSET,
        limit: int | str | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        sort_by: CampaignListSort | Unset = UNSET,
        filters: CampaignListFilters | Unset = UNSET,
        bot_id: str | None = None,
    ) -> CampaignListResponse: ...

    @keyword_signature
    def list_campaigns_v1(
        self, body: CampaignListRequest | None = None, *, bot_id: str | None = None, **fields: Any
    ) -> CampaignListResponse:
        """List the bot's voice or SMS campaigns (v1)

        Returns one page of the bot's campaigns of one `type`, filtered by creation time, status,
        priority and (voice) dialing mode, sorted by name or time. The body is the v2 list body;
        the answer is the v2 page of `CampaignSummary` entries.

        Args:
            body (CampaignListRequest): The request body.
                Or pass its fields as keywords instead.
            bot_id (str | None): The bot id for the `IId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignListResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        if body is None:
            fields = body_fields(
                "list_campaigns_v1",
                fields,
                (
                    "type_",
                    "skip",
                    "page",
                    "limit",
                    "start_date",
                    "end_date",
                    "sort_by",
                    "filters",
                ),
                {
                    "type": "type_",
                    "startDate": "start_date",
                    "endDate": "end_date",
                    "sortBy": "sort_by",
                },
                {},
            )
            body = CampaignListRequest(**fields)
        elif fields:
            raise TypeError(
                f"list_campaigns_v1() takes the body as a model or as keywords, not both; got body and {', '.join(fields)}"
            )
        response = _list_campaigns_v1.sync_detailed(
            client=self._client,
            i_id=self._client.bot_id if bot_id is None else bot_id,
            body=body,
        )
        if isinstance(response.parsed, CampaignListResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    def iter_campaigns(
        self,
        *,
        type_: CampaignType | None = None,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        sort_by: CampaignListSort | Unset = UNSET,
        filters: CampaignListFilters | Unset = UNSET,
        page_size: int = 100,
        bot_id: str | None = None,
    ) -> Iterator[CampaignSummary]:
        """Every item of `list_campaigns_v1`, all pages: each page is fetched when the iteration reaches it.

        Asks for `page_size` items a page (default and largest: 100, the documented maximum) and
        stops when `data.hasMore` is false.
        Without `type_`, lists every `type` in turn (sms, voice): one iteration.
        The other arguments are those of `list_campaigns_v1`; generated from the operation's `x-pagination`.
        """
        if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= 100:
            raise ValueError(f"iter_campaigns(): page_size must be an int from 1 to 100, got {page_size!r}")
        for each in (
            (type_,)
            if type_ is not None
            else (
                "sms",
                "voice",
            )
        ):
            position = 0
            while True:
                response = self.list_campaigns_v1(
                    start_date=start_date,
                    end_date=end_date,
                    sort_by=sort_by,
                    filters=filters,
                    type_=each,
                    skip=position,
                    limit=page_size,
                    bot_id=bot_id,
                )
                items: list[CampaignSummary] = page_field(response, "data.results") or []
                yield from items
                if not items or not page_field(response, "data.has_more"):
                    break
                position += len(items)

    def trigger_campaign_v1(
        self,
        campaign_id: str,
        body: EmptyBody | Unset = UNSET,
        *,
        campaign_type: CampaignType,
        trigger: TriggerCampaignV1Trigger,
        bot_id: str | None = None,
    ) -> CampaignTriggerResponse:
        """Start or stop a voice or SMS campaign (v1)

        `trigger=play` starts a campaign of this bot (status `Active`; a voice start also
        reports `totalCallsCompleted` and the new run's `campaignInstanceId`); `trigger=stop`
        stops it (status `Stopped`, with `campaignExecutionType`). Four pages, voice and SMS
        start and stop, document this one URL and method; `campaignType` names the kind. The body
        is `{}` or nothing.

        Rules the schema cannot state, enforced by the service: the campaign exists in this bot
        and is of the `campaignType` given (else `404`); starting an `Active` campaign, or
        stopping one that is not `Active`, is refused (`409`).

        Args:
            campaign_id (str):
            campaign_type (CampaignType): Kind of campaign.
            trigger (TriggerCampaignV1Trigger):
            body (EmptyBody | Unset): The empty JSON object `{}`.
            bot_id (str | None): The bot id for the `IId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignTriggerResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = _trigger_campaign_v1.sync_detailed(
            client=self._client,
            i_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_id=campaign_id,
            campaign_type=campaign_type,
            trigger=trigger,
            body=body,
        )
        if isinstance(response.parsed, CampaignTriggerResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    def get_campaign_status_v1(
        self,
        campaign_id: str,
        body: ContactsPageRequest | Unset = UNSET,
        *,
        view: GetCampaignStatusV1View | Unset = "status",
        bot_id: str | None = None,
    ) -> CampaignStatusResponse:
        """Get a campaign's status, or the contacts of a voice campaign (v1)

        With `view=status` (the default), returns the campaign's id, name and status; the body
        is `{}` or nothing. With `view=contacts`, returns a page of the voice campaign's contacts
        and their call outcomes; the body may give `page` (from 1) and `limit` (1 to 100).
        Documented on "Get Campaign Status" and "Get All Contact Details Of Voice Campaigns",
        which share this URL and method; the answers are those of `getCampaignStatus` (v2).

        Rules the schema cannot state, enforced by the service: the campaign exists in this bot
        (else `404`).

        Args:
            campaign_id (str):
            view (GetCampaignStatusV1View | Unset):  Default: 'status'.
            body (ContactsPageRequest | Unset): Paging for `view=contacts`; `view=status` sends `{}`.
            bot_id (str | None): The bot id for the `IId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignStatusResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = _get_campaign_status_v1.sync_detailed(
            client=self._client,
            i_id=self._client.bot_id if bot_id is None else bot_id,
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
        """Every item of `get_campaign_status_v1`, all pages: each page is fetched when the iteration reaches it.

        Asks for `page_size` items a page (default and largest: 100, the documented maximum) and
        stops after `data.totalPages` pages.
        The other arguments are those of `get_campaign_status_v1`; generated from the operation's `x-pagination`.
        """
        if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= 100:
            raise ValueError(f"iter_campaign_contacts(): page_size must be an int from 1 to 100, got {page_size!r}")
        for _ in (None,):
            position = 1
            while True:
                response = self.get_campaign_status_v1(
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


class AsyncCampaignsV1Resource:
    """The `campaigns_v1` operations, awaited on a client: returns the success model or raises."""

    __slots__ = ("_client",)

    def __init__(self, client: ResourceHost) -> None:
        self._client = client

    async def get_campaign_v1(
        self,
        campaign_id: str,
        *,
        bot_id: str | None = None,
    ) -> CampaignResponse:
        """Get a voice or SMS campaign (v1)

        Returns one campaign of this bot, voice or SMS, wrapped in `data` (documented twice, as
        "Get Voice Campaign API" and "Get SMS Campaign API"; the URL names no campaign type).
        The same campaign is readable through `getCampaign` (v2).

        Args:
            campaign_id (str):
            bot_id (str | None): The bot id for the `IId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = await _get_campaign_v1.asyncio_detailed(
            client=self._client,
            i_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_id=campaign_id,
        )
        if isinstance(response.parsed, CampaignResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    async def update_campaign_v1(
        self,
        campaign_id: str,
        body: SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest,
        *,
        campaign_type: CampaignType,
        bot_id: str | None = None,
    ) -> CampaignCreatedResponse:
        """Update a voice or SMS campaign (v1)

        Replaces the configuration of a campaign of this bot. Two pages document this one URL
        and method, "Update Voice Campaign by ID" (body `VoiceCampaignRequest`, the v1 create
        body: `enableMachineDetect` is a boolean and there is no Do-Not-Call list) and "Update
        SMS Campaign API" (body `SmsCampaignV1Request` or, as in its sample,
        `SmsAdvancedCampaignRequest`); `campaignType` tells them apart.

        Rules the schema cannot state, enforced by the service: the campaign exists in this bot
        (else `404`) and is of the `campaignType` given; the query's and the body's
        `campaignType` agree; a new name is not taken by another campaign of the bot (`409`); a
        running (`Active`) campaign cannot be edited (`409`).

        Args:
            campaign_id (str):
            campaign_type (CampaignType): Kind of campaign.
            body (SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest): The request body.
            bot_id (str | None): The bot id for the `IId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignCreatedResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = await _update_campaign_v1.asyncio_detailed(
            client=self._client,
            i_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_id=campaign_id,
            campaign_type=campaign_type,
            body=body,
        )
        if isinstance(response.parsed, CampaignCreatedResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    async def delete_campaign_v1(
        self,
        campaign_id: str,
        *,
        campaign_type: CampaignType,
        bot_id: str | None = None,
    ) -> CampaignResponse:
        """Delete a voice or SMS campaign (v1)

        Deletes a campaign of this bot and returns it as it was. Two pages document this one URL
        and method, "Delete Voice Campaign API" and "Delete SMS Campaign API"; `campaignType`
        names the kind. Afterwards every read of the campaign, v1 or v2, answers `404`.

        Rules the schema cannot state, enforced by the service: the campaign exists in this bot
        and is of the `campaignType` given (else `404`); a running (`Active`) campaign cannot be
        deleted (`409`) - stop it first.

        Args:
            campaign_id (str):
            campaign_type (CampaignType): Kind of campaign.
            bot_id (str | None): The bot id for the `IId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = await _delete_campaign_v1.asyncio_detailed(
            client=self._client,
            i_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_id=campaign_id,
            campaign_type=campaign_type,
        )
        if isinstance(response.parsed, CampaignResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    @overload
    async def list_campaigns_v1(
        self,
        body: CampaignListRequest,
        *,
        bot_id: str | None = None,
    ) -> CampaignListResponse: ...

    @overload
    async def list_campaigns_v1(
        self,
        *,
        type_: CampaignType,
        skip: int | str | Unset = UNSET,
        page: int | str | Unset = UNSET,
        limit: int | str | Unset = UNSET,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        sort_by: CampaignListSort | Unset = UNSET,
        filters: CampaignListFilters | Unset = UNSET,
        bot_id: str | None = None,
    ) -> CampaignListResponse: ...

    @keyword_signature
    async def list_campaigns_v1(
        self, body: CampaignListRequest | None = None, *, bot_id: str | None = None, **fields: Any
    ) -> CampaignListResponse:
        """List the bot's voice or SMS campaigns (v1)

        Returns one page of the bot's campaigns of one `type`, filtered by creation time, status,
        priority and (voice) dialing mode, sorted by name or time. The body is the v2 list body;
        the answer is the v2 page of `CampaignSummary` entries.

        Args:
            body (CampaignListRequest): The request body.
                Or pass its fields as keywords instead.
            bot_id (str | None): The bot id for the `IId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignListResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        if body is None:
            fields = body_fields(
                "list_campaigns_v1",
                fields,
                (
                    "type_",
                    "skip",
                    "page",
                    "limit",
                    "start_date",
                    "end_date",
                    "sort_by",
                    "filters",
                ),
                {
                    "type": "type_",
                    "startDate": "start_date",
                    "endDate": "end_date",
                    "sortBy": "sort_by",
                },
                {},
            )
            body = CampaignListRequest(**fields)
        elif fields:
            raise TypeError(
                f"list_campaigns_v1() takes the body as a model or as keywords, not both; got body and {', '.join(fields)}"
            )
        response = await _list_campaigns_v1.asyncio_detailed(
            client=self._client,
            i_id=self._client.bot_id if bot_id is None else bot_id,
            body=body,
        )
        if isinstance(response.parsed, CampaignListResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    async def iter_campaigns(
        self,
        *,
        type_: CampaignType | None = None,
        start_date: datetime.datetime | Unset = UNSET,
        end_date: datetime.datetime | Unset = UNSET,
        sort_by: CampaignListSort | Unset = UNSET,
        filters: CampaignListFilters | Unset = UNSET,
        page_size: int = 100,
        bot_id: str | None = None,
    ) -> AsyncIterator[CampaignSummary]:
        """Every item of `list_campaigns_v1`, all pages: each page is fetched when the iteration reaches it.

        Asks for `page_size` items a page (default and largest: 100, the documented maximum) and
        stops when `data.hasMore` is false.
        Without `type_`, lists every `type` in turn (sms, voice): one iteration.
        The other arguments are those of `list_campaigns_v1`; generated from the operation's `x-pagination`.
        """
        if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= 100:
            raise ValueError(f"iter_campaigns(): page_size must be an int from 1 to 100, got {page_size!r}")
        for each in (
            (type_,)
            if type_ is not None
            else (
                "sms",
                "voice",
            )
        ):
            position = 0
            while True:
                response = await self.list_campaigns_v1(
                    start_date=start_date,
                    end_date=end_date,
                    sort_by=sort_by,
                    filters=filters,
                    type_=each,
                    skip=position,
                    limit=page_size,
                    bot_id=bot_id,
                )
                items: list[CampaignSummary] = page_field(response, "data.results") or []
                for item in items:
                    yield item
                if not items or not page_field(response, "data.has_more"):
                    break
                position += len(items)

    async def trigger_campaign_v1(
        self,
        campaign_id: str,
        body: EmptyBody | Unset = UNSET,
        *,
        campaign_type: CampaignType,
        trigger: TriggerCampaignV1Trigger,
        bot_id: str | None = None,
    ) -> CampaignTriggerResponse:
        """Start or stop a voice or SMS campaign (v1)

        `trigger=play` starts a campaign of this bot (status `Active`; a voice start also
        reports `totalCallsCompleted` and the new run's `campaignInstanceId`); `trigger=stop`
        stops it (status `Stopped`, with `campaignExecutionType`). Four pages, voice and SMS
        start and stop, document this one URL and method; `campaignType` names the kind. The body
        is `{}` or nothing.

        Rules the schema cannot state, enforced by the service: the campaign exists in this bot
        and is of the `campaignType` given (else `404`); starting an `Active` campaign, or
        stopping one that is not `Active`, is refused (`409`).

        Args:
            campaign_id (str):
            campaign_type (CampaignType): Kind of campaign.
            trigger (TriggerCampaignV1Trigger):
            body (EmptyBody | Unset): The empty JSON object `{}`.
            bot_id (str | None): The bot id for the `IId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignTriggerResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = await _trigger_campaign_v1.asyncio_detailed(
            client=self._client,
            i_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_id=campaign_id,
            campaign_type=campaign_type,
            trigger=trigger,
            body=body,
        )
        if isinstance(response.parsed, CampaignTriggerResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    async def get_campaign_status_v1(
        self,
        campaign_id: str,
        body: ContactsPageRequest | Unset = UNSET,
        *,
        view: GetCampaignStatusV1View | Unset = "status",
        bot_id: str | None = None,
    ) -> CampaignStatusResponse:
        """Get a campaign's status, or the contacts of a voice campaign (v1)

        With `view=status` (the default), returns the campaign's id, name and status; the body
        is `{}` or nothing. With `view=contacts`, returns a page of the voice campaign's contacts
        and their call outcomes; the body may give `page` (from 1) and `limit` (1 to 100).
        Documented on "Get Campaign Status" and "Get All Contact Details Of Voice Campaigns",
        which share this URL and method; the answers are those of `getCampaignStatus` (v2).

        Rules the schema cannot state, enforced by the service: the campaign exists in this bot
        (else `404`).

        Args:
            campaign_id (str):
            view (GetCampaignStatusV1View | Unset):  Default: 'status'.
            body (ContactsPageRequest | Unset): Paging for `view=contacts`; `view=status` sends `{}`.
            bot_id (str | None): The bot id for the `IId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignStatusResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = await _get_campaign_status_v1.asyncio_detailed(
            client=self._client,
            i_id=self._client.bot_id if bot_id is None else bot_id,
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
        """Every item of `get_campaign_status_v1`, all pages: each page is fetched when the iteration reaches it.

        Asks for `page_size` items a page (default and largest: 100, the documented maximum) and
        stops after `data.totalPages` pages.
        The other arguments are those of `get_campaign_status_v1`; generated from the operation's `x-pagination`.
        """
        if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= 100:
            raise ValueError(f"iter_campaign_contacts(): page_size must be an int from 1 to 100, got {page_size!r}")
        for _ in (None,):
            position = 1
            while True:
                response = await self.get_campaign_status_v1(
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
