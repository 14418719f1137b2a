"""Contains endpoint functions for accessing the API, and the `campaigns` resource that calls them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, overload

from ...models.campaign_response import CampaignResponse
from ...models.campaign_schedule_flag import CampaignScheduleFlag
from ...models.dialing_mode import DialingMode
from ...models.dnc_list_ref import DncListRef
from ...models.priority import Priority
from ...models.sms_campaign_request import SmsCampaignRequest
from ...models.sms_dialing_strategy import SmsDialingStrategy
from ...models.sms_message import SmsMessage
from ...models.voice_campaign_created_response import VoiceCampaignCreatedResponse
from ...models.voice_campaign_request import VoiceCampaignRequest
from ...models.voice_dialing_strategy import VoiceDialingStrategy
from ...types import UNSET, Unset
from . import create_sms_campaign as _create_sms_campaign
from . import create_voice_campaign as _create_voice_campaign
from . import get_campaign as _get_campaign

if TYPE_CHECKING:
    from .. import ResourceHost


class CampaignsResource:
    """The `campaigns` operations, called on a client: returns the success model or raises."""

    __slots__ = ("_client",)

    def __init__(self, client: ResourceHost) -> None:
        self._client = client

    @overload
    def create_voice_campaign(
        self,
        body: VoiceCampaignRequest,
        *,
        bot_id: str | None = None,
    ) -> VoiceCampaignCreatedResponse: ...

    @overload
    def create_voice_campaign(
        self,
        *,
        name: str,
        description: str,
        contact_lists: list[str],
        priority: Priority,
        dialing_mode: DialingMode,
        dialing_strategy: VoiceDialingStrategy,
        enable_machine_detect: bool,
        queue_name: str | Unset = UNSET,
        schedule: CampaignScheduleFlag | Unset = UNSET,
        experience_flow_name: str | Unset = UNSET,
        bot_id: str | None = None,
    ) -> VoiceCampaignCreatedResponse: ...

    def create_voice_campaign(
        self, body: VoiceCampaignRequest | None = None, *, bot_id: str | None = None, **fields: Any
    ) -> VoiceCampaignCreatedResponse:
        """Create a voice campaign (Agentless, Progressive or Preview)

        Creates a voice campaign. One endpoint serves the three dialing modes, documented on the
        pages "Create Voice Campaign API - Agentless Mode", "- Progressive Mode" and
        "- Preview Mode". `queue_name` is required when `dialingMode` is `Progressive`.

        Rules the schema cannot state, enforced by the service: every name in `contactLists`
        must be an existing contact list; campaign names are unique within the bot
        (case-insensitively), a duplicate gets `409`.

        Args:
            body (VoiceCampaignRequest): A voice campaign. `queue_name` is required when `dialingMode` is `Progressive`.
                `experienceFlowName` and `schedule` are in the sample but not in the table, so optional.
                Or pass its fields as keywords instead.
            bot_id (str | None): The bot id for the `IId` path parameter; default: the client's `bot_id`.

        Sends `campaignType="voice"`, the only value the spec allows.

        Returns:
            VoiceCampaignCreatedResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        if body is None:
            body = VoiceCampaignRequest(campaign_type="voice", **fields)
        elif fields:
            raise TypeError(
                f"create_voice_campaign() takes the body as a model or as keywords, not both; got body and {', '.join(fields)}"
            )
        response = _create_voice_campaign.sync_detailed(
            client=self._client,
            i_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_type="voice",
            body=body,
        )
        if isinstance(response.parsed, VoiceCampaignCreatedResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    @overload
    def create_sms_campaign(
        self,
        body: SmsCampaignRequest,
        *,
        bot_id: str | None = None,
    ) -> CampaignResponse: ...

    @overload
    def create_sms_campaign(
        self,
        *,
        name: str,
        description: str,
        contact_lists: list[str],
        priority: Priority,
        message: SmsMessage,
        dialing_strategy: SmsDialingStrategy,
        dnc_lists: DncListRef | Unset = UNSET,
        schedule: CampaignScheduleFlag | Unset = UNSET,
        bot_id: str | None = None,
    ) -> CampaignResponse: ...

    def create_sms_campaign(
        self, body: SmsCampaignRequest | None = None, *, bot_id: str | None = None, **fields: Any
    ) -> CampaignResponse:
        """Create an SMS campaign from a message template

        Creates an SMS campaign that sends a pre-approved message template ("Create SMS Campaign
        (Using Template) API-v2"). `message.message` is the template body, Base64-encoded.

        Rules the schema cannot state, enforced by the service: every name in `contactLists`
        and `dncLists.name` must be an existing contact list; `message.message` should match
        the registered template body; campaign names are unique within the bot
        (case-insensitively), a duplicate gets `409`.

        Args:
            body (SmsCampaignRequest): An SMS campaign from a template. `schedule` is in the sample but not in the table, so
                optional.
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
            body = SmsCampaignRequest(campaign_type="sms", format_="simple", **fields)
        elif fields:
            raise TypeError(
                f"create_sms_campaign() takes the body as a model or as keywords, not both; got body and {', '.join(fields)}"
            )
        response = _create_sms_campaign.sync_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_type="sms",
            body=body,
        )
        if isinstance(response.parsed, CampaignResponse):
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


class AsyncCampaignsResource:
    """The `campaigns` operations, awaited on a client: returns the success model or raises."""

    __slots__ = ("_client",)

    def __init__(self, client: ResourceHost) -> None:
        self._client = client

    @overload
    async def create_voice_campaign(
        self,
        body: VoiceCampaignRequest,
        *,
        bot_id: str | None = None,
    ) -> VoiceCampaignCreatedResponse: ...

    @overload
    async def create_voice_campaign(
        self,
        *,
        name: str,
        description: str,
        contact_lists: list[str],
        priority: Priority,
        dialing_mode: DialingMode,
        dialing_strategy: VoiceDialingStrategy,
        enable_machine_detect: bool,
        queue_name: str | Unset = UNSET,
        schedule: CampaignScheduleFlag | Unset = UNSET,
        experience_flow_name: str | Unset = UNSET,
        bot_id: str | None = None,
    ) -> VoiceCampaignCreatedResponse: ...

    async def create_voice_campaign(
        self, body: VoiceCampaignRequest | None = None, *, bot_id: str | None = None, **fields: Any
    ) -> VoiceCampaignCreatedResponse:
        """Create a voice campaign (Agentless, Progressive or Preview)

        Creates a voice campaign. One endpoint serves the three dialing modes, documented on the
        pages "Create Voice Campaign API - Agentless Mode", "- Progressive Mode" and
        "- Preview Mode". `queue_name` is required when `dialingMode` is `Progressive`.

        Rules the schema cannot state, enforced by the service: every name in `contactLists`
        must be an existing contact list; campaign names are unique within the bot
        (case-insensitively), a duplicate gets `409`.

        Args:
            body (VoiceCampaignRequest): A voice campaign. `queue_name` is required when `dialingMode` is `Progressive`.
                `experienceFlowName` and `schedule` are in the sample but not in the table, so optional.
                Or pass its fields as keywords instead.
            bot_id (str | None): The bot id for the `IId` path parameter; default: the client's `bot_id`.

        Sends `campaignType="voice"`, the only value the spec allows.

        Returns:
            VoiceCampaignCreatedResponse

        Raises:
            Exception: `client.error_for_response(response)` for an error status (with kore_campaigns, a
                KoreApiError subclass).
            httpx.TimeoutException: If the request takes longer than Client.timeout.
        """

        if body is None:
            body = VoiceCampaignRequest(campaign_type="voice", **fields)
        elif fields:
            raise TypeError(
                f"create_voice_campaign() takes the body as a model or as keywords, not both; got body and {', '.join(fields)}"
            )
        response = await _create_voice_campaign.asyncio_detailed(
            client=self._client,
            i_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_type="voice",
            body=body,
        )
        if isinstance(response.parsed, VoiceCampaignCreatedResponse):
            return response.parsed
        raise self._client.error_for_response(response)

    @overload
    async def create_sms_campaign(
        self,
        body: SmsCampaignRequest,
        *,
        bot_id: str | None = None,
    ) -> CampaignResponse: ...

    @overload
    async def create_sms_campaign(
        self,
        *,
        name: str,
        description: str,
        contact_lists: list[str],
        priority: Priority,
        message: SmsMessage,
        dialing_strategy: SmsDialingStrategy,
        dnc_lists: DncListRef | Unset = UNSET,
        schedule: CampaignScheduleFlag | Unset = UNSET,
        bot_id: str | None = None,
    ) -> CampaignResponse: ...

    async def create_sms_campaign(
        self, body: SmsCampaignRequest | None = None, *, bot_id: str | None = None, **fields: Any
    ) -> CampaignResponse:
        """Create an SMS campaign from a message template

        Creates an SMS campaign that sends a pre-approved message template ("Create SMS Campaign
        (Using Template) API-v2"). `message.message` is the template body, Base64-encoded.

        Rules the schema cannot state, enforced by the service: every name in `contactLists`
        and `dncLists.name` must be an existing contact list; `message.message` should match
        the registered template body; campaign names are unique within the bot
        (case-insensitively), a duplicate gets `409`.

        Args:
            body (SmsCampaignRequest): An SMS campaign from a template. `schedule` is in the sample but not in the table, so
                optional.
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
            body = SmsCampaignRequest(campaign_type="sms", format_="simple", **fields)
        elif fields:
            raise TypeError(
                f"create_sms_campaign() takes the body as a model or as keywords, not both; got body and {', '.join(fields)}"
            )
        response = await _create_sms_campaign.asyncio_detailed(
            client=self._client,
            stream_id=self._client.bot_id if bot_id is None else bot_id,
            campaign_type="sms",
            body=body,
        )
        if isinstance(response.parsed, CampaignResponse):
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
