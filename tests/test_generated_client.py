"""The generated client on its own: every operation, sync and async, against the mock in-process.

No overlay here: this proves what openapi-python-client made of openapi.yaml, configured the way
any user of the bare generated package would configure it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from kore_campaigns.auth import sign_token
from kore_campaigns_client import AuthenticatedClient
from kore_campaigns_client.api.campaigns import create_campaign, create_voice_campaign, get_campaign
from kore_campaigns_client.api.scheduling import schedule_campaign
from kore_campaigns_client.models import (
    CallerId,
    CallingHours,
    CallingWindow,
    CampaignCreatedResponse,
    CampaignCreatedV1Response,
    CampaignResponse,
    CreatedCampaign,
    DailyRecurrence,
    DailyRecurrenceDailyDetails,
    ErrorResponse,
    ScheduleRequest,
    ScheduleResponse,
    SmsCampaignRequest,
    SmsDialingStrategy,
    SmsMessage,
    VoiceCampaignRequest,
    VoiceDialingStrategy,
    WeeklyRecurrence,
    WeeklyRecurrenceWeeklyDetails,
)
from kore_campaigns_client.types import Unset
from kore_campaigns_mock.background import serve_in_background
from kore_campaigns_mock.config import DEMO_ACCOUNT_ID, DEMO_BOT_ID, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from kore_campaigns_mock.testing import mock_app
from starlette.applications import Starlette

BASE_URL = "http://mock.test"
BOT = DEMO_BOT_ID


def demo_token(secret: str = DEMO_CLIENT_SECRET) -> str:
    return sign_token(DEMO_CLIENT_ID, secret, subject="tests", lifetime=600)


def credentials(token: str) -> dict[str, object]:
    return {
        "headers": {"auth": token, "accountId": DEMO_ACCOUNT_ID, "iid": DEMO_BOT_ID},
        "params": {"accountId": DEMO_ACCOUNT_ID},
    }


@pytest.fixture
def app() -> Starlette:
    return mock_app(dialling=False, rate_limit_per_minute=0)


@pytest.fixture
def served(app: Starlette) -> Iterator[str]:
    # httpx's ASGI transport is async-only, so sync calls go to the mock over loopback.
    with serve_in_background(app) as base_url:
        yield base_url


def bare_client(base_url: str, token: str) -> AuthenticatedClient:
    """The generated client configured as its own docs say, with no overlay."""
    return AuthenticatedClient(
        base_url=base_url,
        token=token,
        prefix="",
        auth_header_name="auth",
        headers={"accountId": DEMO_ACCOUNT_ID, "iid": DEMO_BOT_ID},
        httpx_args={"params": {"accountId": DEMO_ACCOUNT_ID}},
    )


@pytest.fixture
def sync_client(served: str) -> Iterator[AuthenticatedClient]:
    with bare_client(served, demo_token()) as client:
        yield client


@pytest.fixture
def async_client(app: Starlette) -> AuthenticatedClient:
    client = AuthenticatedClient(base_url=BASE_URL, token="")
    client.set_async_httpx_client(
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE_URL, **credentials(demo_token()))  # type: ignore[arg-type]
    )
    return client


def calling_hours() -> CallingHours:
    return CallingHours(
        frequency="WEEKLY",
        timezone="Asia/Kolkata",
        days=[CallingWindow(day=day, start="9:00 AM", end="6:00 PM") for day in ("MO", "TU", "WE")],
    )


def voice_request(name: str) -> VoiceCampaignRequest:
    return VoiceCampaignRequest(
        name=name,
        description="Collects quick feedback on recent purchases.",
        contact_lists=["Recent Buyers - Q2 2025"],
        priority="5",
        dialing_mode="Agentless",
        dialing_strategy=VoiceDialingStrategy(
            caller_id=CallerId(phone_number="+15101234567"),
            calling_hours=calling_hours(),
            dialing_order="FIFO",
            max_attempts_per_record=3,
            default_retry_period=10,
            max_ring_time=30,
        ),
        enable_machine_detect=False,
        campaign_type="voice",
        experience_flow_name="Voice Survey Entry Flow",
    )


def sms_request(name: str) -> SmsCampaignRequest:
    return SmsCampaignRequest(
        name=name,
        description="Alerts customers about pending bills.",
        contact_lists=["CL Only 2020 Dec 4"],
        campaign_type="sms",
        priority="3",
        format_="simple",
        message=SmsMessage(template_name="Welcome", message="WW91ciBiaWxsIGlzIGR1ZS4="),
        dialing_strategy=SmsDialingStrategy(
            caller_id=CallerId(phone_number="+919561600000"), calling_hours=calling_hours()
        ),
    )


def future(days: int) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).strftime("%Y-%m-%d %H:%M:%S")


def daily() -> ScheduleRequest:
    return ScheduleRequest(
        start_date_time=future(1),
        end_date_time=future(30),
        recurrence_object=DailyRecurrence(
            recur_type="Daily", daily_details=DailyRecurrenceDailyDetails(once_every_ndays=2)
        ),
    )


def weekly() -> ScheduleRequest:
    return ScheduleRequest(
        start_date_time=future(1),
        end_date_time=future(60),
        recurrence_object=WeeklyRecurrence(
            recur_type="Weekly",
            weekly_details=WeeklyRecurrenceWeeklyDetails(once_every_nweeks=1, which_days=["Mon", "Thu"]),
        ),
    )


def test_every_operation_sync(sync_client: AuthenticatedClient) -> None:
    created = create_voice_campaign.sync(
        BOT, client=sync_client, body=voice_request("Voice sync"), campaign_type="voice"
    )
    assert isinstance(created, CampaignCreatedV1Response)
    # The whole campaign (the v1 Preview page alone answers the short {campId} form).
    assert isinstance(created.data, CreatedCampaign)
    assert isinstance(created.data.id, str) and created.data.id.startswith("cd-")
    assert created.data.name == "Voice sync"
    assert created.data.lname == "voice sync"
    assert created.data.priority == "5"
    assert created.data.status == "Preparing"
    assert not isinstance(created.data.dialing_strategy, Unset)
    assert created.data.dialing_strategy.max_ring_time == 30
    assert isinstance(created.data.created_at, datetime)

    sms = create_campaign.sync(BOT, client=sync_client, body=sms_request("SMS sync"), campaign_type="sms")
    assert isinstance(sms, CampaignCreatedResponse)
    # One create URL for voice and SMS: an SMS campaign's id is `_id`, and there is no voice `id`.
    assert isinstance(sms.data.field_id, str) and sms.data.field_id.startswith("cd-")
    assert isinstance(sms.data.id, Unset)
    assert sms.data.message and sms.data.message.template_name == "Welcome"

    scheduled = schedule_campaign.sync(
        BOT, client=sync_client, body=weekly(), enable_schedule=True, campaign_name="Voice sync"
    )
    assert isinstance(scheduled, ScheduleResponse)
    assert scheduled.id == created.data.id

    fetched = get_campaign.sync(BOT, created.data.id, client=sync_client)
    assert isinstance(fetched, CampaignResponse)
    assert fetched.data.field_id == created.data.id
    assert fetched.data.dialing_mode == "Agentless"
    assert fetched.data.schedule.is_scheduling_enabled is True
    assert fetched.data.schedule.is_recurrence_enabled is True
    assert isinstance(fetched.data.schedule.recurrence_object, WeeklyRecurrence)
    assert fetched.data.schedule.recurrence_object.weekly_details.which_days == ["Mon", "Thu"]

    unscheduled = get_campaign.sync(BOT, sms.data.field_id, client=sync_client)
    assert isinstance(unscheduled, CampaignResponse)
    assert unscheduled.data.schedule.is_scheduling_enabled is False
    assert unscheduled.data.format_ == "simple"


@pytest.mark.anyio
async def test_every_operation_async(async_client: AuthenticatedClient) -> None:
    sms = await create_campaign.asyncio(BOT, client=async_client, body=sms_request("SMS async"), campaign_type="sms")
    assert isinstance(sms, CampaignCreatedResponse)
    voice = await create_voice_campaign.asyncio(
        BOT, client=async_client, body=voice_request("Voice async"), campaign_type="voice"
    )
    assert isinstance(voice, CampaignCreatedV1Response)

    detailed = await schedule_campaign.asyncio_detailed(
        BOT, client=async_client, body=daily(), enable_schedule=True, campaign_name="sms ASYNC"
    )
    assert detailed.status_code == 200
    assert isinstance(detailed.parsed, ScheduleResponse)
    assert detailed.parsed.id == sms.data.field_id

    fetched = await get_campaign.asyncio(BOT, sms.data.field_id, client=async_client)
    assert isinstance(fetched, CampaignResponse)
    assert isinstance(fetched.data.schedule.recurrence_object, DailyRecurrence)
    assert fetched.data.schedule.recurrence_object.daily_details.once_every_ndays == 2


def test_documented_errors_parse_into_the_error_model(sync_client: AuthenticatedClient, served: str) -> None:
    missing = get_campaign.sync_detailed(BOT, "cd-does-not-exist", client=sync_client)
    assert missing.status_code == 404
    assert isinstance(missing.parsed, ErrorResponse)
    assert missing.parsed.errors[0].code == 4004
    assert missing.parsed.errors[0].field == "campaignId"

    bad = voice_request("Bad priority")
    bad.priority = "9"  # type: ignore[assignment]  # sending what the types forbid is the point
    refused = create_voice_campaign.sync_detailed(BOT, client=sync_client, body=bad, campaign_type="voice")
    assert refused.status_code == 400
    assert isinstance(refused.parsed, ErrorResponse)
    assert [detail.field for detail in refused.parsed.errors] == ["priority"]

    create_voice_campaign.sync(BOT, client=sync_client, body=voice_request("Twice"), campaign_type="voice")
    duplicate = create_voice_campaign.sync_detailed(
        BOT, client=sync_client, body=voice_request("twice"), campaign_type="voice"
    )
    assert duplicate.status_code == 409
    assert isinstance(duplicate.parsed, ErrorResponse)
    assert duplicate.parsed.errors[0].field == "name"

    with bare_client(served, demo_token(secret="x" * 40)) as client:
        denied = get_campaign.sync_detailed(BOT, "cd-anything", client=client)
    assert denied.status_code == 401
    assert isinstance(denied.parsed, ErrorResponse)
    assert (denied.parsed.errors[0].msg, denied.parsed.errors[0].code) == ("Invalid SDK credentials", 4002)
