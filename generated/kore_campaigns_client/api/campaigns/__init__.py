"""Contains endpoint functions for accessing the API, and the `campaigns` resource that calls them."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, overload

from ..._runtime.resources import body_fields, keyword_signature, page_field
from ...models.campaign_created_response import CampaignCreatedResponse
from ...models.campaign_created_v1_response import CampaignCreatedV1Response
from ...models.campaign_list_filters import CampaignListFilters
from ...models.campaign_list_request import CampaignListRequest
from ...models.campaign_list_response import CampaignListResponse
from ...models.campaign_list_sort import CampaignListSort
from ...models.campaign_response import CampaignResponse
from ...models.campaign_schedule_flag import CampaignScheduleFlag
from ...models.campaign_summary import CampaignSummary
from ...models.campaign_type import CampaignType
from ...models.create_voice_campaign_campaign_type import CreateVoiceCampaignCampaignType
from ...models.dnc_list_ref import DncListRef
from ...models.priority import Priority
from ...models.sms_advanced_campaign_request import SmsAdvancedCampaignRequest
from ...models.sms_campaign_request import SmsCampaignRequest
from ...models.sms_campaign_v1_request import SmsCampaignV1Request
from ...models.sms_dialing_strategy import SmsDialingStrategy
from ...models.voice_campaign_request import VoiceCampaignRequest
from ...models.voice_campaign_v2_create_request import VoiceCampaignV2CreateRequest
from ...models.voice_campaign_v2_request import VoiceCampaignV2Request
from ...types import UNSET, Unset
from . import create_advanced_sms_campaign as _create_advanced_sms_campaign
from . import create_campaign as _create_campaign
from . import create_voice_campaign as _create_voice_campaign
from . import delete_campaign as _delete_campaign
from . import get_campaign as _get_campaign
from . import list_campaigns as _list_campaigns
from . import update_campaign as _update_campaign

if TYPE_CHECKING:
    from .. import ResourceHost


class CampaignsResource:
    """The `campaigns` operations, called on a client: returns the success model or raises."""

    __slots__ = ("_client",)

    def __init__(self, client: ResourceHost) -> None:
        self._client = client

    def create_voice_campaign(
        self,
        body: SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest,
        *,
        campaign_type: CreateVoiceCampaignCampaignType = "voice",
        bot_id: str | None = None,
    ) -> CampaignCreatedV1Response:
        """Create a voice or SMS campaign (v1)

        Creates a voice campaign. One endpoint serves the three dialing modes, documented on the
        pages "Create Voice Campaign API - Agentless Mode", "- Progressive Mode" and
        "- Preview Mode". `queue_name` is required when `dialingMode` is `Progressive`.

        With `campaignType=sms` the same URL creates an SMS campaign, documented on "Create SMS
        Campaign (Using Template) API" and "... (Without SMS Template)" (body
        `SmsCampaignV1Request`) and "... Advanced Format" (body `SmsAdvancedCampaignRequest`); the answer is
        then a `CampaignResponse` (id in `data._id`,
        status `Ready`). The operation keeps its first name, `createVoiceCampaign`, so that
        existing callers keep working.

        Rules the schema cannot state, enforced by the service: every name in `contactLists`
        must be an existing contact list; campaign names are unique within the bot
        (case-insensitively), a duplicate gets `409`.

        Args:
            campaign_type (CreateVoiceCampaignCampaignType):  Default: 'voice'.
            body (SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest): The request body.
            bot_id (str | None): The bot id for the `IId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignCreatedV1Response

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = _create_voice_campaign.sync_detailed(
            client=self._client,
            i_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_type=campaign_type,
            body=body,
        )
        if isinstance(response.parsed, CampaignCreatedV1Response):
            return response.parsed
        raise self._client.error_for_response(response)

    def create_campaign(
        self,
        body: SmsCampaignRequest | VoiceCampaignV2CreateRequest,
        *,
        campaign_type: CampaignType,
        bot_id: str | None = None,
    ) -> CampaignCreatedResponse:
        """Create a voice campaign or an SMS campaign (v2)

        Creates a campaign. Four pages document this one URL and method, told apart by
        `campaignType`:

        * `voice`: "Create Voice Campaign API - Agentless / Progressive / Preview Mode - v2", body
          `VoiceCampaignV2Request`. Agentless needs `experienceFlowName`; Progressive needs
          `queue_name`; Preview needs `queue_name` and `maxSkips`. The response names the new id
          `data.id` and the campaign is `Preparing`.
        * `sms`: "Create SMS Campaign (Using Template) API-v2" and "Create SMS Campaign (Without
          SMS Template) API - v2", body `SmsCampaignRequest` (`format: simple`; a template body
          names `message.template_name`, a plain one does not). The response names the new id
          `data._id` and the campaign is `Ready`.

        The advanced SMS format has its own URL (`createAdvancedSmsCampaign`).

        Rules the schema cannot state, enforced by the service: the query's `campaignType` and
        the body's agree; every name in `contactLists` and `dncLists.name` must be an existing
        contact list; a template body should match the registered template; campaign names are
        unique within the bot (case-insensitively), a duplicate gets `409`.

        Args:
            campaign_type (CampaignType): Kind of campaign.
            body (SmsCampaignRequest | VoiceCampaignV2CreateRequest): The request body.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignCreatedResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = _create_campaign.sync_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_type=campaign_type,
            body=body,
        )
        if isinstance(response.parsed, CampaignCreatedResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    def get_campaign(
        self,
        campaign_id: str,
        *,
        bot_id: str | None = None,
    ) -> CampaignResponse:
        """Get a voice or SMS campaign

        Returns one campaign of this bot, voice or SMS (documented twice, as "Get Voice Campaign
        API (v2)" and "Get SMS Campaign API (v2)"; the URL has no campaign type). After
        `scheduleCampaign`, `data.schedule` shows the schedule.

        Args:
            campaign_id (str):
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = _get_campaign.sync_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_id=campaign_id,
        )
        if isinstance(response.parsed, CampaignResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    def update_campaign(
        self,
        campaign_id: str,
        body: SmsAdvancedCampaignRequest | SmsCampaignRequest | VoiceCampaignV2Request,
        *,
        campaign_type: CampaignType,
        bot_id: str | None = None,
    ) -> CampaignResponse:
        """Update a voice or SMS campaign (v2)

        Replaces the configuration of a campaign of this bot: name, description, contact lists,
        priority, dialing strategy, schedule flag and the fields of its kind. Two pages document
        this one URL and method, "Update Voice Campaign by ID-v2" (body `VoiceCampaignV2Request`)
        and "Update SMS Campaign API v2" (body `SmsCampaignRequest` or, as in its sample,
        `SmsAdvancedCampaignRequest`); `campaignType` tells them apart.

        Rules the schema cannot state, enforced by the service: the campaign exists in this bot
        (else `404`) and is of the `campaignType` given; the query's and the body's
        `campaignType` agree; a new name is not taken by another campaign of the bot (`409`); a
        campaign that is running (`Active`) cannot be edited (`409`).

        Args:
            campaign_id (str):
            campaign_type (CampaignType): Kind of campaign.
            body (SmsAdvancedCampaignRequest | SmsCampaignRequest | VoiceCampaignV2Request): The request body.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = _update_campaign.sync_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_id=campaign_id,
            campaign_type=campaign_type,
            body=body,
        )
        if isinstance(response.parsed, CampaignResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    def delete_campaign(
        self,
        campaign_id: str,
        *,
        campaign_type: CampaignType,
        bot_id: str | None = None,
    ) -> CampaignResponse:
        """Delete a voice or SMS campaign (v2)

        Deletes a campaign of this bot and returns it as it was. Two pages document this one URL
        and method, "Delete Voice Campaign API (v2)" and "Delete SMS Campaign API (v2)";
        `campaignType` names the kind. Afterwards every read of the campaign answers `404`.

        Rules the schema cannot state, enforced by the service: the campaign exists in this bot
        and is of the `campaignType` given (else `404`); a running (`Active`) campaign cannot be
        deleted (`409`) - stop it first.

        Args:
            campaign_id (str):
            campaign_type (CampaignType): Kind of campaign.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = _delete_campaign.sync_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_id=campaign_id,
            campaign_type=campaign_type,
        )
        if isinstance(response.parsed, CampaignResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    @overload
    def create_advanced_sms_campaign(
        self,
        body: SmsAdvancedCampaignRequest,
        *,
        bot_id: str | None = None,
    ) -> CampaignResponse: ...

    @overload
    def create_advanced_sms_campaign(
        self,
        *,
        name: str,
        description: str,
        contact_lists: list[str],
        priority: Priority,
        dialing_strategy: SmsDialingStrategy,
        experience_flow_name: str,
        dnc_lists: DncListRef | Unset = UNSET,
        schedule: CampaignScheduleFlag | Unset = UNSET,
        bot_id: str | None = None,
    ) -> CampaignResponse: ...

    @keyword_signature
    def create_advanced_sms_campaign(
        self, body: SmsAdvancedCampaignRequest | None = None, *, bot_id: str | None = None, **fields: Any
    ) -> CampaignResponse:
        """Create an SMS campaign in the advanced format (v2)

        Creates an SMS campaign whose messages come from an experience flow (`format: advanced`,
        `experienceFlowName`) instead of a fixed text. Documented on "Create SMS Campaign
        (Advanced Format) API-v2", whose URL has no `/campaign` prefix. The campaign is `Ready`
        at once and its id is `data._id`.

        Rules the schema cannot state, enforced by the service: every name in `contactLists`
        and `dncLists.name` is an existing contact list; the experience flow exists; campaign
        names are unique within the bot (case-insensitively), a duplicate gets `409`.

        Args:
            body (SmsAdvancedCampaignRequest): An SMS campaign whose conversation is an experience flow (`format` advanced); no message
                text.
                Or pass its fields as keywords instead.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Sends `campaignType="sms"`, the only value the spec allows.

        Returns:
            CampaignResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        if body is None:
            fields = body_fields(
                "create_advanced_sms_campaign",
                fields,
                (
                    "name",
                    "description",
                    "contact_lists",
                    "priority",
                    "dialing_strategy",
                    "experience_flow_name",
                    "dnc_lists",
                    "schedule",
                ),
                {
                    "contactLists": "contact_lists",
                    "dialingStrategy": "dialing_strategy",
                    "experienceFlowName": "experience_flow_name",
                    "dncLists": "dnc_lists",
                    "format": "format_",
                    "campaignType": "campaign_type",
                },
                {
                    "format_": "advanced",
                    "campaign_type": "sms",
                },
            )
            body = SmsAdvancedCampaignRequest(format_="advanced", campaign_type="sms", **fields)
        elif fields:
            raise TypeError(
                f"create_advanced_sms_campaign() takes the body as a model or as keywords, not both; got body and {', '.join(fields)}"
            )
        response = _create_advanced_sms_campaign.sync_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_type="sms",
            body=body,
        )
        if isinstance(response.parsed, CampaignResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    @overload
    def list_campaigns(
        self,
        body: CampaignListRequest,
        *,
        bot_id: str | None = None,
    ) -> CampaignListResponse: ...

    @overload
    def list_campaigns(
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
    def list_campaigns(
        self, body: CampaignListRequest | None = None, *, bot_id: str | None = None, **fields: Any
    ) -> CampaignListResponse:
        """List the bot's voice or SMS campaigns (v2)

        Returns one page of this bot's campaigns of one `type` (voice or SMS), optionally
        filtered by creation date, status, priority and (voice) dialing mode, and sorted by
        name, creation or update time. Documented on "Get All Campaigns v2". Paging: `skip`
        records are skipped and at most `limit` returned; `hasMore` tells whether more follow.

        Args:
            body (CampaignListRequest): The request body.
                Or pass its fields as keywords instead.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignListResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        if body is None:
            fields = body_fields(
                "list_campaigns",
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
                f"list_campaigns() takes the body as a model or as keywords, not both; got body and {', '.join(fields)}"
            )
        response = _list_campaigns.sync_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
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
        """Every item of `list_campaigns`, all pages: each page is fetched when the iteration reaches it.

        Asks for `page_size` items a page (default and largest: 100, the documented maximum) and
        stops when `data.hasMore` is false.
        Without `type_`, lists every `type` in turn (sms, voice): one iteration.
        The other arguments are those of `list_campaigns`; generated from the operation's `x-pagination`.
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
                response = self.list_campaigns(
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


class AsyncCampaignsResource:
    """The `campaigns` operations, awaited on a client: returns the success model or raises."""

    __slots__ = ("_client",)

    def __init__(self, client: ResourceHost) -> None:
        self._client = client

    async def create_voice_campaign(
        self,
        body: SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest,
        *,
        campaign_type: CreateVoiceCampaignCampaignType = "voice",
        bot_id: str | None = None,
    ) -> CampaignCreatedV1Response:
        """Create a voice or SMS campaign (v1)

        Creates a voice campaign. One endpoint serves the three dialing modes, documented on the
        pages "Create Voice Campaign API - Agentless Mode", "- Progressive Mode" and
        "- Preview Mode". `queue_name` is required when `dialingMode` is `Progressive`.

        With `campaignType=sms` the same URL creates an SMS campaign, documented on "Create SMS
        Campaign (Using Template) API" and "... (Without SMS Template)" (body
        `SmsCampaignV1Request`) and "... Advanced Format" (body `SmsAdvancedCampaignRequest`); the answer is
        then a `CampaignResponse` (id in `data._id`,
        status `Ready`). The operation keeps its first name, `createVoiceCampaign`, so that
        existing callers keep working.

        Rules the schema cannot state, enforced by the service: every name in `contactLists`
        must be an existing contact list; campaign names are unique within the bot
        (case-insensitively), a duplicate gets `409`.

        Args:
            campaign_type (CreateVoiceCampaignCampaignType):  Default: 'voice'.
            body (SmsAdvancedCampaignRequest | SmsCampaignV1Request | VoiceCampaignRequest): The request body.
            bot_id (str | None): The bot id for the `IId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignCreatedV1Response

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = await _create_voice_campaign.asyncio_detailed(
            client=self._client,
            i_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_type=campaign_type,
            body=body,
        )
        if isinstance(response.parsed, CampaignCreatedV1Response):
            return response.parsed
        raise self._client.error_for_response(response)

    async def create_campaign(
        self,
        body: SmsCampaignRequest | VoiceCampaignV2CreateRequest,
        *,
        campaign_type: CampaignType,
        bot_id: str | None = None,
    ) -> CampaignCreatedResponse:
        """Create a voice campaign or an SMS campaign (v2)

        Creates a campaign. Four pages document this one URL and method, told apart by
        `campaignType`:

        * `voice`: "Create Voice Campaign API - Agentless / Progressive / Preview Mode - v2", body
          `VoiceCampaignV2Request`. Agentless needs `experienceFlowName`; Progressive needs
          `queue_name`; Preview needs `queue_name` and `maxSkips`. The response names the new id
          `data.id` and the campaign is `Preparing`.
        * `sms`: "Create SMS Campaign (Using Template) API-v2" and "Create SMS Campaign (Without
          SMS Template) API - v2", body `SmsCampaignRequest` (`format: simple`; a template body
          names `message.template_name`, a plain one does not). The response names the new id
          `data._id` and the campaign is `Ready`.

        The advanced SMS format has its own URL (`createAdvancedSmsCampaign`).

        Rules the schema cannot state, enforced by the service: the query's `campaignType` and
        the body's agree; every name in `contactLists` and `dncLists.name` must be an existing
        contact list; a template body should match the registered template; campaign names are
        unique within the bot (case-insensitively), a duplicate gets `409`.

        Args:
            campaign_type (CampaignType): Kind of campaign.
            body (SmsCampaignRequest | VoiceCampaignV2CreateRequest): The request body.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignCreatedResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = await _create_campaign.asyncio_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_type=campaign_type,
            body=body,
        )
        if isinstance(response.parsed, CampaignCreatedResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    async def get_campaign(
        self,
        campaign_id: str,
        *,
        bot_id: str | None = None,
    ) -> CampaignResponse:
        """Get a voice or SMS campaign

        Returns one campaign of this bot, voice or SMS (documented twice, as "Get Voice Campaign
        API (v2)" and "Get SMS Campaign API (v2)"; the URL has no campaign type). After
        `scheduleCampaign`, `data.schedule` shows the schedule.

        Args:
            campaign_id (str):
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = await _get_campaign.asyncio_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_id=campaign_id,
        )
        if isinstance(response.parsed, CampaignResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    async def update_campaign(
        self,
        campaign_id: str,
        body: SmsAdvancedCampaignRequest | SmsCampaignRequest | VoiceCampaignV2Request,
        *,
        campaign_type: CampaignType,
        bot_id: str | None = None,
    ) -> CampaignResponse:
        """Update a voice or SMS campaign (v2)

        Replaces the configuration of a campaign of this bot: name, description, contact lists,
        priority, dialing strategy, schedule flag and the fields of its kind. Two pages document
        this one URL and method, "Update Voice Campaign by ID-v2" (body `VoiceCampaignV2Request`)
        and "Update SMS Campaign API v2" (body `SmsCampaignRequest` or, as in its sample,
        `SmsAdvancedCampaignRequest`); `campaignType` tells them apart.

        Rules the schema cannot state, enforced by the service: the campaign exists in this bot
        (else `404`) and is of the `campaignType` given; the query's and the body's
        `campaignType` agree; a new name is not taken by another campaign of the bot (`409`); a
        campaign that is running (`Active`) cannot be edited (`409`).

        Args:
            campaign_id (str):
            campaign_type (CampaignType): Kind of campaign.
            body (SmsAdvancedCampaignRequest | SmsCampaignRequest | VoiceCampaignV2Request): The request body.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = await _update_campaign.asyncio_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_id=campaign_id,
            campaign_type=campaign_type,
            body=body,
        )
        if isinstance(response.parsed, CampaignResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    async def delete_campaign(
        self,
        campaign_id: str,
        *,
        campaign_type: CampaignType,
        bot_id: str | None = None,
    ) -> CampaignResponse:
        """Delete a voice or SMS campaign (v2)

        Deletes a campaign of this bot and returns it as it was. Two pages document this one URL
        and method, "Delete Voice Campaign API (v2)" and "Delete SMS Campaign API (v2)";
        `campaignType` names the kind. Afterwards every read of the campaign answers `404`.

        Rules the schema cannot state, enforced by the service: the campaign exists in this bot
        and is of the `campaignType` given (else `404`); a running (`Active`) campaign cannot be
        deleted (`409`) - stop it first.

        Args:
            campaign_id (str):
            campaign_type (CampaignType): Kind of campaign.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        response = await _delete_campaign.asyncio_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_id=campaign_id,
            campaign_type=campaign_type,
        )
        if isinstance(response.parsed, CampaignResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    @overload
    async def create_advanced_sms_campaign(
        self,
        body: SmsAdvancedCampaignRequest,
        *,
        bot_id: str | None = None,
    ) -> CampaignResponse: ...

    @overload
    async def create_advanced_sms_campaign(
        self,
        *,
        name: str,
        description: str,
        contact_lists: list[str],
        priority: Priority,
        dialing_strategy: SmsDialingStrategy,
        experience_flow_name: str,
        dnc_lists: DncListRef | Unset = UNSET,
        schedule: CampaignScheduleFlag | Unset = UNSET,
        bot_id: str | None = None,
    ) -> CampaignResponse: ...

    @keyword_signature
    async def create_advanced_sms_campaign(
        self, body: SmsAdvancedCampaignRequest | None = None, *, bot_id: str | None = None, **fields: Any
    ) -> CampaignResponse:
        """Create an SMS campaign in the advanced format (v2)

        Creates an SMS campaign whose messages come from an experience flow (`format: advanced`,
        `experienceFlowName`) instead of a fixed text. Documented on "Create SMS Campaign
        (Advanced Format) API-v2", whose URL has no `/campaign` prefix. The campaign is `Ready`
        at once and its id is `data._id`.

        Rules the schema cannot state, enforced by the service: every name in `contactLists`
        and `dncLists.name` is an existing contact list; the experience flow exists; campaign
        names are unique within the bot (case-insensitively), a duplicate gets `409`.

        Args:
            body (SmsAdvancedCampaignRequest): An SMS campaign whose conversation is an experience flow (`format` advanced); no message
                text.
                Or pass its fields as keywords instead.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Sends `campaignType="sms"`, the only value the spec allows.

        Returns:
            CampaignResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        if body is None:
            fields = body_fields(
                "create_advanced_sms_campaign",
                fields,
                (
                    "name",
                    "description",
                    "contact_lists",
                    "priority",
                    "dialing_strategy",
                    "experience_flow_name",
                    "dnc_lists",
                    "schedule",
                ),
                {
                    "contactLists": "contact_lists",
                    "dialingStrategy": "dialing_strategy",
                    "experienceFlowName": "experience_flow_name",
                    "dncLists": "dnc_lists",
                    "format": "format_",
                    "campaignType": "campaign_type",
                },
                {
                    "format_": "advanced",
                    "campaign_type": "sms",
                },
            )
            body = SmsAdvancedCampaignRequest(format_="advanced", campaign_type="sms", **fields)
        elif fields:
            raise TypeError(
                f"create_advanced_sms_campaign() takes the body as a model or as keywords, not both; got body and {', '.join(fields)}"
            )
        response = await _create_advanced_sms_campaign.asyncio_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_type="sms",
            body=body,
        )
        if isinstance(response.parsed, CampaignResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    @overload
    async def list_campaigns(
        self,
        body: CampaignListRequest,
        *,
        bot_id: str | None = None,
    ) -> CampaignListResponse: ...

    @overload
    async def list_campaigns(
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
    async def list_campaigns(
        self, body: CampaignListRequest | None = None, *, bot_id: str | None = None, **fields: Any
    ) -> CampaignListResponse:
        """List the bot's voice or SMS campaigns (v2)

        Returns one page of this bot's campaigns of one `type` (voice or SMS), optionally
        filtered by creation date, status, priority and (voice) dialing mode, and sorted by
        name, creation or update time. Documented on "Get All Campaigns v2". Paging: `skip`
        records are skipped and at most `limit` returned; `hasMore` tells whether more follow.

        Args:
            body (CampaignListRequest): The request body.
                Or pass its fields as keywords instead.
            bot_id (str | None): The bot id for the `streamId` path parameter; default: the client's `bot_id`.

        Returns:
            CampaignListResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        if body is None:
            fields = body_fields(
                "list_campaigns",
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
                f"list_campaigns() takes the body as a model or as keywords, not both; got body and {', '.join(fields)}"
            )
        response = await _list_campaigns.asyncio_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
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
        """Every item of `list_campaigns`, all pages: each page is fetched when the iteration reaches it.

        Asks for `page_size` items a page (default and largest: 100, the documented maximum) and
        stops when `data.hasMore` is false.
        Without `type_`, lists every `type` in turn (sms, voice): one iteration.
        The other arguments are those of `list_campaigns`; generated from the operation's `x-pagination`.
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
                response = await self.list_campaigns(
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
