# pyright: strict
"""Mistakes a type checker must report, each on the line marked `# expected error`.

tests/test_typing.py checks that mypy --strict and pyright report an error on each marked line
and nowhere else. The project's own mypy run excludes this file, which would (rightly) fail it.
"""

from __future__ import annotations

import kore_campaigns
from kore_campaigns_client.models import (
    CallerId,
    CallingHours,
    CallingWindow,
    SmsDialingStrategy,
)

SMS_STRATEGY = SmsDialingStrategy(
    caller_id=CallerId(phone_number="+15101234567"),
    calling_hours=CallingHours(
        frequency="DAILY", timezone="UTC", days=[CallingWindow(day="MO", start="9:00 AM", end="5:00 PM")]
    ),
)


def mistakes(client: kore_campaigns.KoreClient, async_client: kore_campaigns.AsyncKoreClient) -> None:
    client.campaigns.get_campaign(campain_id="cd-1")  # expected error: misspelt argument name
    client.campaigns.create_advanced_sms_campaign(  # expected error: wrong enum literal
        name="x",
        description="x",
        contact_lists=["x"],
        priority="6",
        dialing_strategy=SMS_STRATEGY,
        experience_flow_name="x",
    )
    client.campaigns.create_advanced_sms_campaign(  # expected error: misspelt body field
        name="x",
        description="x",
        contact_lists=["x"],
        priority="3",
        dialing_strytegy=SMS_STRATEGY,
        experience_flow_name="x",
    )
    client.campaigns.get_campaign("cd-1", stream_id="st-1")  # expected error: the bot id is bot_id=
    print(async_client.campaigns.get_campaign("cd-1").data.name)  # expected error: not awaited
