"""End to end: the four generated operations through from_env() against the mock, in process.

Async calls go through httpx.ASGITransport; sync calls through a small adapter that runs the
same ASGITransport on an anyio blocking portal (ASGITransport itself is async-only).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import kore_campaigns
import pytest
from anyio.from_thread import start_blocking_portal
from fakes import FakeTime
from kore_campaigns import (
    KoreAuthError,
    KoreClient,
    KoreConflictError,
    KoreNotFoundError,
    KoreValidationError,
    RateLimit,
    unwrap,
)
from kore_campaigns_client.api.campaigns import create_campaign, create_voice_campaign, get_campaign
from kore_campaigns_client.api.scheduling import schedule_campaign
from kore_campaigns_client.models.campaign_created_response import CampaignCreatedResponse
from kore_campaigns_client.models.campaign_created_v1_response import CampaignCreatedV1Response
from kore_campaigns_client.models.created_campaign import CreatedCampaign
from kore_campaigns_client.models.daily_recurrence import DailyRecurrence
from kore_campaigns_client.models.error_response import ErrorResponse
from kore_campaigns_client.models.schedule_request import ScheduleRequest
from kore_campaigns_client.models.schedule_response import ScheduleResponse
from kore_campaigns_client.models.sms_campaign_request import SmsCampaignRequest
from kore_campaigns_client.models.voice_campaign_request import VoiceCampaignRequest
from kore_campaigns_client.models.weekly_recurrence import WeeklyRecurrence
from kore_campaigns_client.types import Unset
from kore_campaigns_mock import (
    DEMO_ACCOUNT_ID,
    DEMO_BOT_ID,
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    samples,
)
from kore_campaigns_mock.testing import mock_app
from starlette.types import ASGIApp

BASE_URL = "http://kore-campaigns-mock"
SCHEDULE_FORMAT = "%Y-%m-%d %H:%M:%S"


def voice_request(name: str, contact_list: str = "Recent Buyers - Q2 2025") -> VoiceCampaignRequest:
    return VoiceCampaignRequest.from_dict({**samples.voice_campaign(), "name": name, "contactLists": [contact_list]})


def sms_request(name: str) -> SmsCampaignRequest:
    return SmsCampaignRequest.from_dict({**samples.sms_campaign(), "name": name})


def future(days: int) -> str:
    # The service refuses an endDateTime in the past; times are UTC.
    return (datetime.now(UTC) + timedelta(days=days)).strftime(SCHEDULE_FORMAT)


def daily_schedule() -> ScheduleRequest:
    return ScheduleRequest.from_dict(
        {
            "startDateTime": future(1),
            "endDateTime": future(30),
            "recurrenceObject": {"recurType": "Daily", "dailyDetails": {"onceEveryNdays": 1}},
        }
    )


def weekly_schedule() -> ScheduleRequest:
    return ScheduleRequest.from_dict(
        {
            "startDateTime": future(2),
            "endDateTime": future(60),
            "recurrenceObject": {
                "recurType": "Weekly",
                "weeklyDetails": {"onceEveryNweeks": 2, "whichDays": ["Mon", "Wed", "Fri"]},
            },
        }
    )


class SyncASGITransport(httpx.BaseTransport):
    """httpx.ASGITransport for a sync client: each request runs on one long-lived event loop."""

    def __init__(self, app: ASGIApp) -> None:
        self._asgi = httpx.ASGITransport(app=app)
        self._portal_cm = start_blocking_portal()
        self._portal = self._portal_cm.__enter__()
        self._closed = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._portal.call(self._send, request)

    async def _send(self, request: httpx.Request) -> httpx.Response:
        response = await self._asgi.handle_async_request(request)
        content = await response.aread()
        return httpx.Response(response.status_code, headers=response.headers, content=content)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._portal_cm.__exit__(None, None, None)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KORE_BASE_URL", BASE_URL)
    monkeypatch.setenv("KORE_CLIENT_ID", DEMO_CLIENT_ID)
    monkeypatch.setenv("KORE_CLIENT_SECRET", DEMO_CLIENT_SECRET)
    monkeypatch.setenv("KORE_ACCOUNT_ID", DEMO_ACCOUNT_ID)
    monkeypatch.setenv("KORE_BOT_ID", DEMO_BOT_ID)


@pytest.fixture
def app() -> ASGIApp:
    return mock_app(dialling=False)


@pytest.fixture
def sync_transport(app: ASGIApp) -> Iterator[SyncASGITransport]:
    transport = SyncASGITransport(app)
    yield transport
    transport.close()


def make_client(app: ASGIApp, sync_transport: SyncASGITransport, **options: Any) -> KoreClient:
    return kore_campaigns.from_env(transport=sync_transport, async_transport=httpx.ASGITransport(app=app), **options)


@pytest.mark.usefixtures("env")
def test_sync_end_to_end(app: ASGIApp, sync_transport: SyncASGITransport) -> None:
    client = make_client(app, sync_transport)
    bot = client.bot_id
    assert bot == DEMO_BOT_ID

    created = unwrap(
        create_voice_campaign.sync_detailed(
            bot, client=client, body=voice_request("Sync Voice Feedback"), campaign_type="voice"
        )
    )
    assert isinstance(created, CampaignCreatedV1Response)
    assert created.status == "success"
    voice = created.data
    # The whole campaign (the v1 Preview page alone answers the short {campId} form).
    assert isinstance(voice, CreatedCampaign)
    assert voice.name == "Sync Voice Feedback"
    assert voice.lname == "sync voice feedback"
    assert voice.status == "Preparing"
    # A voice create names the id `id`; the model also reads SMS creates (`_id`), so it is optional.
    assert isinstance(voice.id, str) and voice.id.startswith("cd-")

    sms_created = unwrap(
        create_campaign.sync_detailed(bot, client=client, body=sms_request("Sync Billing SMS"), campaign_type="sms")
    )
    assert isinstance(sms_created, CampaignCreatedResponse)
    sms = sms_created.data
    assert sms.name == "Sync Billing SMS"
    assert not isinstance(sms.dnc_lists, Unset)
    assert sms.dnc_lists.name == "testdnc"
    assert sms.contact_lists == ["CL Only 2020 Dec 4"]

    daily = daily_schedule()
    scheduled = unwrap(
        schedule_campaign.sync_detailed(
            bot, client=client, body=daily, enable_schedule=True, campaign_name="sync voice feedback"
        )
    )
    assert isinstance(scheduled, ScheduleResponse)
    assert scheduled.id == voice.id

    fetched = unwrap(get_campaign.sync_detailed(bot, voice.id, client=client)).data
    assert fetched.field_id == voice.id
    assert fetched.campaign_type == "voice"
    assert fetched.schedule.is_scheduling_enabled is True
    assert fetched.schedule.start_date_time == daily.start_date_time
    assert fetched.schedule.end_date_time == daily.end_date_time
    assert isinstance(fetched.schedule.recurrence_object, DailyRecurrence)
    assert fetched.schedule.recurrence_object.daily_details.once_every_ndays == 1

    assert isinstance(sms.field_id, str)  # an SMS create names the id `_id`
    fetched_sms = unwrap(get_campaign.sync_detailed(bot, sms.field_id, client=client)).data
    assert fetched_sms.campaign_type == "sms"
    assert fetched_sms.schedule.is_scheduling_enabled is False

    # Error answers: parsed into the generated ErrorResponse model, raised as the right class.
    duplicate = create_voice_campaign.sync_detailed(
        bot, client=client, body=voice_request("SYNC VOICE FEEDBACK"), campaign_type="voice"
    )
    assert duplicate.status_code == 409
    assert isinstance(duplicate.parsed, ErrorResponse)
    with pytest.raises(KoreConflictError) as conflict:
        unwrap(duplicate)
    assert conflict.value.code == 4009
    assert [e.field for e in conflict.value.errors] == ["name"]

    with pytest.raises(KoreValidationError) as invalid:
        unwrap(
            create_voice_campaign.sync_detailed(
                bot, client=client, body=voice_request("Sync Bad List", "No Such List"), campaign_type="voice"
            )
        )
    assert [e.field for e in invalid.value.errors] == ["contactLists[0]"]
    assert "contactLists[0]" in str(invalid.value)

    with pytest.raises(KoreNotFoundError):
        unwrap(get_campaign.sync_detailed(bot, "cd-does-not-exist", client=client))
    with pytest.raises(KoreNotFoundError):
        unwrap(
            schedule_campaign.sync_detailed(
                bot, client=client, body=daily_schedule(), enable_schedule=True, campaign_name="Nobody"
            )
        )
    # Without jti the token is reused: one signature for all these calls.
    assert client.jwt_auth.signatures == 1


@pytest.mark.anyio
@pytest.mark.usefixtures("env")
async def test_async_end_to_end(app: ASGIApp, sync_transport: SyncASGITransport) -> None:
    client = make_client(app, sync_transport)
    bot = client.bot_id

    sms = unwrap(
        await create_campaign.asyncio_detailed(
            bot, client=client, body=sms_request("Async Billing SMS"), campaign_type="sms"
        )
    ).data
    voice = unwrap(
        await create_voice_campaign.asyncio_detailed(
            bot, client=client, body=voice_request("Async Voice"), campaign_type="voice"
        )
    ).data

    weekly = weekly_schedule()
    scheduled = unwrap(
        await schedule_campaign.asyncio_detailed(
            bot, client=client, body=weekly, enable_schedule=True, campaign_name="Async Billing SMS"
        )
    )
    assert scheduled.id == sms.field_id

    fetched = unwrap(await get_campaign.asyncio_detailed(bot, sms.field_id, client=client)).data
    assert fetched.name == "Async Billing SMS"
    assert fetched.campaign_type == "sms"
    assert fetched.schedule.is_scheduling_enabled is True
    recurrence = fetched.schedule.recurrence_object
    assert isinstance(recurrence, WeeklyRecurrence)
    assert recurrence.weekly_details.once_every_nweeks == 2
    assert [str(day) for day in recurrence.weekly_details.which_days] == ["Mon", "Wed", "Fri"]

    assert isinstance(voice.campaign_id, str)
    fetched_voice = unwrap(await get_campaign.asyncio_detailed(bot, voice.campaign_id, client=client)).data
    assert fetched_voice.dialing_mode == "Agentless"

    with pytest.raises(KoreConflictError) as conflict:
        unwrap(
            await create_campaign.asyncio_detailed(
                bot, client=client, body=sms_request("async billing sms"), campaign_type="sms"
            )
        )
    assert conflict.value.status_code == 409
    with pytest.raises(KoreNotFoundError):
        unwrap(await get_campaign.asyncio_detailed(bot, "cd-missing", client=client))


@pytest.mark.anyio
@pytest.mark.usefixtures("env")
async def test_sync_and_async_calls_of_one_client_see_the_same_mock(
    app: ASGIApp, sync_transport: SyncASGITransport
) -> None:
    client = make_client(app, sync_transport)
    created = unwrap(
        create_voice_campaign.sync_detailed(
            client.bot_id, client=client, body=voice_request("Mixed"), campaign_type="voice"
        )
    )
    assert isinstance(created.data.campaign_id, str)
    fetched = unwrap(await get_campaign.asyncio_detailed(client.bot_id, created.data.campaign_id, client=client))
    assert fetched.data.name == "Mixed"


@pytest.mark.usefixtures("env")
def test_enforced_jti_gives_every_call_a_token_the_mock_accepts(
    app: ASGIApp, sync_transport: SyncASGITransport
) -> None:
    # The mock refuses a reused jti, so five successes prove five fresh tokens.
    client = make_client(app, sync_transport, enforce_jti=True)
    created = unwrap(
        create_voice_campaign.sync_detailed(
            client.bot_id, client=client, body=voice_request("JTI"), campaign_type="voice"
        )
    )
    assert isinstance(created.data.campaign_id, str)
    for _ in range(4):
        unwrap(get_campaign.sync_detailed(client.bot_id, created.data.campaign_id, client=client))
    assert client.jwt_auth.signatures == 5


def test_wrong_secret_is_refused_as_auth_error(
    monkeypatch: pytest.MonkeyPatch, env: None, app: ASGIApp, sync_transport: SyncASGITransport
) -> None:
    wrong = "not-the-demo-secret-0123456789abcdef0123456789"
    monkeypatch.setenv("KORE_CLIENT_SECRET", wrong)
    client = make_client(app, sync_transport)
    with pytest.raises(KoreAuthError) as caught:
        unwrap(get_campaign.sync_detailed(client.bot_id, "cd-1", client=client))
    assert caught.value.errors[0].msg == "Invalid SDK credentials"
    assert wrong not in str(caught.value) + repr(caught.value)


@pytest.mark.usefixtures("env")
@pytest.mark.parametrize(("per_minute", "expected_sleeps"), [(60, [61.01]), (61, [60.0, 1.01])])
def test_61_calls_in_a_minute_against_the_mock_limit(
    monkeypatch: pytest.MonkeyPatch, per_minute: int, expected_sleeps: list[float]
) -> None:
    # Client and mock count with the same moving window. Configured like the mock (60), the client
    # sends 60 at once and holds the 61st until the first leaves its window: the mock never answers
    # 429. Allowed one more than the mock, the client sends the 61st at once and meets a 429
    # (Retry-After 61); the retry layer waits 60 s (its cap), and the retry then waits for room
    # in the client's own window (61 entries in 61 s), by which time the mock has room too.
    # One fake clock for the mock's window and the client's window and sleeps.
    clock = FakeTime(start=2_000_000_000.0)
    clock.install(monkeypatch)
    mock = mock_app(dialling=False, clock=clock)
    transport = SyncASGITransport(mock)
    try:
        client = kore_campaigns.from_env(
            transport=transport,
            rate_limit=RateLimit(clock=clock, sleep=clock.sleep, async_sleep=clock.async_sleep),
            rate_limit_per_minute=per_minute,
        )
        statuses = [get_campaign.sync_detailed(client.bot_id, "cd-x", client=client).status_code for _ in range(61)]
    finally:
        transport.close()
    assert statuses == [404] * 61  # every call got through to the lookup
    assert clock.sleeps == [pytest.approx(expected) for expected in expected_sleeps]
