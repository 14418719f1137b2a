"""The docs' sample request bodies, adjusted only where the docs' own rules refuse them.

Each function returns a fresh copy, so callers may change it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

WORKDAYS = ("MO", "TU", "WE", "TH", "FR")
# The SMS sample masks the tail as "%xxxxx"; the v1 page shows it unmasked as URL-encoded "%3D%3D" padding.
SMS_SAMPLE_MESSAGE = (
    "VGhpcyBpcyBhIHJlbWluZGVyIHRoYXQgeW91ciBwYXltZW50IGlzIGR1ZSBzb29uLiBQbGVhc2UgY29tcGxldGUgdGhlIHBheW1lbnQgb24g"
    "dGltZSB0byBhdm9pZCBhbnkgc2VydmljZSBpbnRlcnJ1cHRpb24uIFZpc2l0IHlvdXIgYWNjb3VudCB0byBwYXkgbm93Lg=="
)


def _calling_hours() -> dict[str, Any]:
    return {
        "frequency": "WEEKLY",
        "timezone": "Asia/Kolkata",
        "days": [{"day": day, "start": "9:00 AM", "end": "6:00 PM"} for day in WORKDAYS],
    }


def voice_campaign() -> dict[str, Any]:
    """Create Voice Campaign (Agentless) sample request."""
    return {
        "name": "Product Feedback Voice Campaign",
        "description": (
            "This voice campaign collects quick feedback on recent purchases. It asks brief questions on "
            "satisfaction, usage, and suggestions to help improve future products and customer experience."
        ),
        "contactLists": ["Recent Buyers - Q2 2025"],
        "priority": "5",
        "dialingMode": "Agentless",
        "dialingStrategy": {
            "callerId": {"phoneNumber": "+15101234567"},
            "callingHours": _calling_hours(),
            "dialingOrder": "FIFO",
            "maxAttemptsPerRecord": 3,
            "defaultRetryPeriod": 10,
            "maxRingTime": 30,
        },
        "schedule": {"isSchedulingEnabled": False},
        "experienceFlowName": "Voice Survey Entry Flow",
        "enableMachineDetect": False,
        "campaignType": "voice",
    }


def sms_campaign() -> dict[str, Any]:
    """Create SMS Campaign (Using Template) API-v2 sample request, with the message's padding unmasked."""
    return {
        "name": "Billing Alert Template Campaign-21",
        "description": (
            "Uses a pre-approved message template to alert customers about pending bills. Includes dynamic "
            "fields for customer name, due date, and bill amount"
        ),
        "contactLists": ["CL Only 2020 Dec 4"],
        "dncLists": {"name": "testdnc"},
        "campaignType": "sms",
        "priority": "5",
        "format": "simple",
        "message": {"template_name": "Welcome", "message": SMS_SAMPLE_MESSAGE},
        "dialingStrategy": {"callerId": {"phoneNumber": "+9195616xxxxx"}, "callingHours": _calling_hours()},
        "schedule": {"isSchedulingEnabled": False},
    }


def _next_year(month_day_time: str, now: datetime) -> str:
    # The samples' 2026 dates are (or will be) past, which their own endDateTime rule refuses.
    return f"{now.year + 1}-{month_day_time}"


def daily_schedule(now: datetime) -> dict[str, Any]:
    """Enable Daily Scheduling sample request, moved to the year after `now`."""
    return {
        "startDateTime": _next_year("01-27 18:29:00", now),
        "endDateTime": _next_year("02-27 18:29:00", now),
        "recurrenceObject": {"recurType": "Daily", "dailyDetails": {"onceEveryNdays": 1}},
    }


def weekly_schedule(now: datetime) -> dict[str, Any]:
    """Enable Weekly Scheduling sample request, moved to the year after `now`, its day "1" zero-padded."""
    return {
        "startDateTime": _next_year("01-01 18:29:00", now),
        "endDateTime": _next_year("01-27 18:29:00", now),
        "recurrenceObject": {
            "recurType": "Weekly",
            "weeklyDetails": {"onceEveryNweeks": 1, "whichDays": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]},
        },
    }
