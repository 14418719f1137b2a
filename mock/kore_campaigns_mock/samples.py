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


def voice_campaign_preview() -> dict[str, Any]:
    """Create Voice Campaign (Preview, v1) sample request: an agent queue and the skips allowed."""
    return {
        "name": "Billing Reminder Voice Campaign",
        "description": "Reminds customers of upcoming bill payments; agents preview each contact before the call.",
        "contactLists": ["Recent Buyers - Q2 2025"],
        "priority": "5",
        "dialingMode": "Preview",
        "dialingStrategy": {
            "callerId": {"phoneNumber": "+181234567"},
            "callingHours": _calling_hours(),
            "dialingOrder": "FIFO",
            "maxAttemptsPerRecord": 3,
            "defaultRetryPeriod": 10,
            "maxRingTime": 30,
        },
        "schedule": {"isSchedulingEnabled": False},
        "queue_name": "Default Queue",
        "enableMachineDetect": False,
        "maxSkips": 1,
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


# ---- v2 pages (issue 11) ---------------------------------------------------------------------------
_V2_DESCRIPTION = (
    "This voice campaign collects quick feedback on recent purchases. It asks brief questions on satisfaction, "
    "usage, and suggestions to help improve future products and customer experience."
)
# The without-template page masks the message's tail as "%xxxxx": "%3D%3D" (URL-encoded "==") elsewhere.
SMS_PLAIN_MESSAGE = "TWVzc2FnZSBmb3IgeW91ciB0YXJnZXRlZCBjdXN0b21lcg=="


def _voice_strategy(phone: str) -> dict[str, Any]:
    return {
        "callerId": {"phoneNumber": phone},
        "callingHours": _calling_hours(),
        "dialingOrder": "FIFO",
        "maxAttemptsPerRecord": 3,
        "defaultRetryPeriod": 10,
        "maxRingTime": 30,
    }


def voice_campaign_agentless_v2() -> dict[str, Any]:
    """Create Voice Campaign Agentless Mode v2 sample request."""
    return {
        "name": "Product Feedback Voice Campaign-3.41",
        "description": _V2_DESCRIPTION,
        "contactLists": ["CL Only 2020 Dec 4"],
        "dncLists": {"name": "DNC CL Dec 4"},
        "priority": "5",
        "dialingMode": "Agentless",
        "dialingStrategy": _voice_strategy("+148465xxxxx"),
        "schedule": {"isSchedulingEnabled": False},
        "experienceFlowName": "Voice Survey Entry Flow",
        "enableMachineDetect": "no",
        "campaignType": "voice",
    }


def voice_campaign_progressive_v2() -> dict[str, Any]:
    """Create Voice Campaign Progressive Mode v2 sample request."""
    return {
        "name": "Service Renewal Outreach Campaign61",
        "description": (
            "Connects customers with live agents to assist with upcoming service renewals using progressive "
            "dialing. Ensures personalized support and improved engagement."
        ),
        "contactLists": ["CL Only 2020 Dec 4"],
        "dncLists": {"name": "DNC CL Dec 4"},
        "priority": "5",
        "dialingMode": "Progressive",
        "dialingStrategy": _voice_strategy("+181633xxxxx"),
        "schedule": {"isSchedulingEnabled": False},
        "queue_name": "Default Queue",
        "campaignType": "voice",
    }


def voice_campaign_preview_v2() -> dict[str, Any]:
    """Create Voice Campaign Preview Mode v2 sample request."""
    return {
        "name": "Billing Reminder Voice Campaign1",
        "description": (
            "Progressive dialing campaign to remind customers about upcoming bill payments. Connects to an agent "
            "if available, else plays a recorded message"
        ),
        "contactLists": ["CL Only 2020 Dec 4"],
        "dncLists": {"name": "DNC CL Dec 4"},
        "priority": "5",
        "dialingMode": "Preview",
        "dialingStrategy": _voice_strategy("+181633xxxxx"),
        "schedule": {"isSchedulingEnabled": False},
        "queue_name": "Default Queue",
        "maxSkips": 1,
        "campaignType": "voice",
    }


def _sms_strategy(phone: str) -> dict[str, Any]:
    return {"callerId": {"phoneNumber": phone}, "callingHours": _calling_hours()}


def sms_campaign_without_template() -> dict[str, Any]:
    """Create SMS Campaign Without Template v2 sample request, with the message's padding unmasked."""
    return {
        "name": "Event Reminder SMS Campaign71",
        "description": (
            "Sends a one-time message to remind users about an upcoming event. No template or personalization "
            "is used\u2014just a plain, direct message."
        ),
        "contactLists": ["CL Only 2020 Dec 4"],
        "dncLists": {"name": "DNC CL Dec 4"},
        "campaignType": "sms",
        "priority": "5",
        "format": "simple",
        "message": {"message": SMS_PLAIN_MESSAGE},
        "dialingStrategy": _sms_strategy("+9195616xxxxx"),
        "schedule": {"isSchedulingEnabled": False},
    }


def sms_campaign_advanced() -> dict[str, Any]:
    """Create SMS Campaign Advanced Format v2 sample request."""
    return {
        "name": "Interactive Support SMS Campaign1212",
        "description": (
            "This campaign sends an SMS with a link or instructions to interact with an AI Agent. Customers can "
            "check order status, raise tickets, or get help\u2014all via chat-enabled SMS."
        ),
        "contactLists": ["CL Only 2020 Dec 4"],
        "dncLists": {"name": "testdnc"},
        "priority": "5",
        "format": "advanced",
        "campaignType": "sms",
        "dialingStrategy": _sms_strategy("+9198607xxxxx"),
        "schedule": {"isSchedulingEnabled": False},
        "experienceFlowName": "SMS Support Flow",
    }


def voice_campaign_update() -> dict[str, Any]:
    """Update Voice Campaign by ID v2 sample request (its URL's campaignType=sms is the page's slip: voice)."""
    return {
        "name": "Product Feedback Voice Campaign-3.5",
        "description": _V2_DESCRIPTION + "qqq2",
        "contactLists": ["CL Only 2020 Dec 4"],
        "dncLists": {"name": "DNC CL Dec 4"},
        "priority": "5",
        "dialingMode": "Agentless",
        "dialingStrategy": _voice_strategy("+148465xxxxx"),
        "schedule": {"isSchedulingEnabled": False},
        "experienceFlowName": "Voice Survey Entry Flow",
        "campaignType": "voice",
    }


def sms_campaign_update() -> dict[str, Any]:
    """Update SMS Campaign API v2 sample request."""
    return {
        "name": "Interactive Support SMS Campaign",
        "description": (
            "Updated: This campaign sends an SMS with a link or instructions to interact with a bot. Customers "
            "can check order status, raise tickets, or get help\u2014all via chat-enabled SMS."
        ),
        "contactLists": ["CL Only 2020 Dec 4"],
        "priority": "5",
        "format": "advanced",
        "campaignType": "sms",
        "dialingStrategy": _sms_strategy("+9198607xxxxx"),
        "schedule": {"isSchedulingEnabled": False},
        "experienceFlowName": "SMS Support Flow",
    }


def list_campaigns(campaign_type: str) -> dict[str, Any]:
    """Get All Campaigns v2 sample request for voice or SMS campaigns."""
    filters: dict[str, Any] = {"status": ["Ready", "Stopped"], "priority": [5]}
    if campaign_type == "voice":
        filters["dialingMode"] = ["Progressive", "Preview"]
    return {
        "limit": 50,
        "skip": 0,
        "page": 1,
        "startDate": "2025-12-01T00:00:00.000Z",
        "endDate": "2025-12-04T00:00:00.000Z" if campaign_type == "voice" else "2025-12-08T00:00:00.000Z",
        "type": campaign_type,
        "sortBy": {"createdAt": "desc"},
        "filters": filters,
    }


def contacts_page() -> dict[str, Any]:
    """Get All Contact Details Voice Campaigns v2 sample request."""
    return {"page": 1, "limit": 100}


def call_backs() -> list[dict[str, Any]]:
    """Create a call back schedule sample request (its ids are masked with * in the docs, kept as printed)."""
    return [
        {"campaignDialingListId": "cid-1741dc3************dd1-4ddc085c8e44", "timeToContact": "2026-06-18T17:55:00Z"}
    ]
