"""Campaign routes (v2): create (voice, SMS), read, update, delete, start/stop, status, contacts and list.

Each handler parses and validates its request (rules.py), calls the domain (campaign_service.py) and shapes
the answer (views.py). Pages: create-voice-campaign-{agentless,progressive,preview}-v2,
create-sms-campaign-{using-template,without-template,advanced-format}-v2, update-{voice,sms}-campaign-v2,
delete-{voice,sms}-campaign-v2, {start,stop}-{voice,sms}-campaign-v2, get-campaign-status-v2,
get-all-contact-details-voice-campaigns-v2, get-all-campaigns-v2 (Koredotcom/docs-v2, contact-center).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .http_api import CampaignApi
from .lifecycle import PREPARING
from .limits import CAMPAIGN_TYPES, RUN_CONTACTS_PAGE_DEFAULT
from .rules import (
    CONTACTS_QUERY,
    LIST_QUERY,
    SMS_V2,
    SMS_V2_UPDATE_FIELDS,
    VOICE_V2_CREATE,
    VOICE_V2_UPDATE,
    VOICE_V2_UPDATE_FIELDS,
)
from .validation import Checker, parse_iso_datetime, validate
from .views import (
    SMS_CREATED_FIELDS,
    VOICE_V2_CREATED_FIELDS,
    creation_answer,
    detail_view,
    sms_list_view,
    voice_list_view,
    with_system_mappings,
)

# ---- paths ---------------------------------------------------------------------------------------
CREATE_PATH = "/campaign/api/v2/public/{streamId}/campaign"
# create-sms-campaign-advanced-format-v2 publishes its endpoint without the /campaign prefix.
SMS_CREATE_NO_PREFIX_PATH = "/api/v2/public/{streamId}/campaign"
CAMPAIGN_PATH = "/campaign/api/v2/public/{streamId}/campaign/{campaignId}"
# start/stop-voice-campaign-v2 publish /api/v2/... (no /campaign prefix) with a /trigger/ segment.
VOICE_TRIGGER_PATH = "/api/v2/public/{streamId}/campaign/trigger/{campaignId}"
# stop-sms-campaign-v2 publishes "campaign//trigger" in its endpoint and its curl. HTTP servers and proxies
# commonly merge or keep "//", and a client built from a spec that writes one slash sends one: the mock
# serves both spellings so neither a verbatim curl nor a generated client is refused.
SMS_STOP_PATH = "/campaign/api/v2/public/{streamId}/campaign/trigger/{campaignId}"
SMS_STOP_DOUBLE_SLASH_PATH = "/campaign/api/v2/public/{streamId}/campaign//trigger/{campaignId}"
STATUS_PATH = "/campaign/api/v2/public/{streamId}/campaign/{campaignId}/status"
LIST_PATH = "/campaign/api/v2/public/{streamId}/campaign/getAllCampaignDetails"


# ---- handlers ------------------------------------------------------------------------------------


async def _create_v2(api: CampaignApi, request: Request, campaign_types: Sequence[str]) -> Response:
    caller = await api.guard(request, "streamId", account_in_query=True)
    c = Checker()
    c.query(request.query_params.getlist("accountId"), "accountId")
    campaign_type = c.query(request.query_params.getlist("campaignType"), "campaignType", one_of=campaign_types)
    body = await api.read_body(request, c)
    rules = VOICE_V2_CREATE if campaign_type == "voice" else SMS_V2
    clean = validate(c, body, rules, api.campaigns.context(caller)) if body is not None and campaign_type else {}
    c.raise_if_any()
    assert campaign_type is not None
    campaign = api.campaigns.create(caller, campaign_type, clean)
    if campaign_type == "voice":
        return JSONResponse(creation_answer(campaign, VOICE_V2_CREATED_FIELDS, status=PREPARING,
                            isFiltersEnabled=False, dialingStrategy=with_system_mappings(campaign)))  # fmt: skip
    return JSONResponse(creation_answer(campaign, SMS_CREATED_FIELDS, isImported=False, isFiltersEnabled=False))


async def create_campaign_v2(api: CampaignApi, request: Request) -> Response:
    return await _create_v2(api, request, CAMPAIGN_TYPES)


async def create_sms_campaign_no_prefix(api: CampaignApi, request: Request) -> Response:
    # Published for SMS (advanced format) only.
    return await _create_v2(api, request, ("sms",))


async def get_campaign(api: CampaignApi, request: Request) -> Response:
    caller = await api.guard(request, "streamId", account_in_query=True)
    c = Checker()
    c.query(request.query_params.getlist("accountId"), "accountId")
    c.raise_if_any()
    campaign = api.campaigns.find(caller, request.path_params["campaignId"])
    return JSONResponse(
        {
            "status": "success",
            "message": f"Campaign {campaign.document['name']} retrieved successfully",
            "data": detail_view(campaign),
        }
    )


async def update_campaign(api: CampaignApi, request: Request) -> Response:
    caller = await api.guard(request, "streamId", account_in_query=True)
    c = Checker()
    c.query(request.query_params.getlist("accountId"), "accountId", required=False)
    # update-voice-campaign-v2's endpoint and curl say campaignType=sms, its query table and body say voice:
    # the type must be the campaign's own, so the voice page's "sms" is its copy error. Both pages' tables
    # mark it required (as openapi.yaml does).
    campaign_type = c.query(request.query_params.getlist("campaignType"), "campaignType", one_of=CAMPAIGN_TYPES)
    body = await api.read_body(request, c)
    campaign_id = request.path_params["campaignId"]
    # Without the query type the stored campaign's type picks the table (validation still precedes 404).
    table_type = campaign_type or (api.campaigns.type_of(caller, campaign_id) if body is not None else None)
    rules = VOICE_V2_UPDATE if table_type == "voice" else SMS_V2
    clean = validate(c, body, rules, api.campaigns.context(caller)) if body is not None and table_type else {}
    c.raise_if_any()
    updated = api.campaigns.update(caller, campaign_id, campaign_type, clean, _update_page_fields)
    answer: dict[str, object] = {
        "status": "success",
        "message": f"Campaign {updated.document['name']} details updated successfully",
    }
    if updated.campaign_type == "voice":
        answer["id"] = updated.id  # the voice sample repeats the id at the top; the SMS sample does not
    answer["data"] = detail_view(updated)
    return JSONResponse(answer)


def _update_page_fields(campaign_type: str) -> frozenset[str]:
    return VOICE_V2_UPDATE_FIELDS if campaign_type == "voice" else SMS_V2_UPDATE_FIELDS


async def delete_campaign(api: CampaignApi, request: Request) -> Response:
    caller = await api.guard(request, "streamId", account_in_query=True)
    c = Checker()
    c.query(request.query_params.getlist("accountId"), "accountId", required=False)
    # delete-{voice,sms}-campaign-v2: "campaignType ... string, required".
    campaign_type = c.query(request.query_params.getlist("campaignType"), "campaignType", one_of=CAMPAIGN_TYPES)
    c.raise_if_any()
    deleted = api.campaigns.delete(caller, request.path_params["campaignId"], campaign_type)
    return JSONResponse(
        {
            "status": "success",
            "message": f"Campaign {deleted.document['name']} deleted successfully",
            "data": detail_view(deleted),
        }
    )


async def _trigger(api: CampaignApi, request: Request, campaign_type: str, triggers: Sequence[str]) -> Response:
    caller = await api.guard(request, "streamId", account_in_query=True)
    c = Checker()
    c.query(request.query_params.getlist("accountId"), "accountId", required=False)
    # Each trigger path is published for one campaign type; every page's table marks campaignType and trigger
    # "string, required" (openapi.yaml gives the only value as the client's default).
    c.query(request.query_params.getlist("campaignType"), "campaignType", one_of=(campaign_type,))
    trigger = c.query(request.query_params.getlist("trigger"), "trigger", one_of=triggers)
    # The pages send the body {} and document no field: none at all is fine, a field is refused (as on the
    # disable-schedule page), not silently ignored.
    body = await api.read_body(request, c, required=False)
    for key in body or {}:
        c.fail(key, "is not accepted: send {} or no body")
    c.raise_if_any()
    campaign_id = request.path_params["campaignId"]
    answer: dict[str, object]
    if trigger == "play":
        campaign, now = api.campaigns.start(caller, campaign_id, campaign_type)
        # The dialler starts at once: what is due now (the first dial, inside calling hours) happens now.
        await api.catch_up()
        answer = {"status": campaign.status, "message": "Campaign Started"}
        if campaign_type == "voice":
            # "Number of completed calls at the time of starting the campaign": a new run has made none.
            answer.update(totalCallsCompleted=0, updatedAt=now, campaignInstanceId=campaign.instance_id)
        else:
            answer["updatedAt"] = now
        return JSONResponse(answer)
    campaign, now = api.campaigns.stop(caller, campaign_id, campaign_type)
    answer = {"status": campaign.status, "message": "Campaign Stopped", "updatedAt": now}
    if campaign_type == "voice":
        answer["campaignInstanceId"] = campaign.instance_id
    else:
        answer["campaignExecutionType"] = "NORMAL"
    return JSONResponse(answer)


async def trigger_voice_campaign(api: CampaignApi, request: Request) -> Response:
    # start-voice-campaign-v2 (trigger=play) and stop-voice-campaign-v2 (trigger=stop) share this path.
    return await _trigger(api, request, "voice", ("play", "stop"))


async def start_sms_campaign(api: CampaignApi, request: Request) -> Response:
    # start-sms-campaign-v2 writes trigger={{trigger}} and says "Use play to start"; stopping has its own URL.
    return await _trigger(api, request, "sms", ("play",))


async def stop_sms_campaign(api: CampaignApi, request: Request) -> Response:
    return await _trigger(api, request, "sms", ("stop",))


async def campaign_status(api: CampaignApi, request: Request) -> Response:
    """get-campaign-status-v2 (view=status) and get-all-contact-details-voice-campaigns-v2 (view=contacts)."""
    caller = await api.guard(request, "streamId", account_in_query=True)
    c = Checker()
    c.query(request.query_params.getlist("accountId"), "accountId", required=False)
    # Both pages call view optional; the status page's path (/status) makes status the default.
    view_name = c.query(request.query_params.getlist("view"), "view", required=False, one_of=("status", "contacts"))
    body = await api.read_body(request, c, required=False)
    # The paging fields are checked in either view (the status page sends {}), so a bad limit is never ignored.
    clean = validate(c, body, CONTACTS_QUERY) if body is not None else {}
    c.raise_if_any()
    campaign_id = request.path_params["campaignId"]
    if view_name != "contacts":
        campaign = api.campaigns.find(caller, campaign_id)
        # The page's three fields only: the run's counters are not documented here (the start answer's
        # totalCallsCompleted and the SMS listing's totalMessagesSent are).
        data = {"id": campaign.id, "status": campaign.status, "name": campaign.document["name"]}
        return JSONResponse({"status": "success", "data": data})
    page = int(clean.get("page", 1))
    limit = int(clean.get("limit", RUN_CONTACTS_PAGE_DEFAULT))
    _, contacts = api.campaigns.run_contacts(caller, campaign_id, page, limit)
    data = {
        "results": contacts.results,
        "page": page,
        "limit": limit,
        "totalPages": math.ceil(contacts.total / limit),
        "totalResults": contacts.total,
    }
    return JSONResponse({"status": "success", "data": data})


async def list_campaigns(api: CampaignApi, request: Request) -> Response:
    caller = await api.guard(request, "streamId", account_in_query=True)
    c = Checker()
    c.query(request.query_params.getlist("accountId"), "accountId", required=False)
    body = await api.read_body(request, c)
    clean = validate(c, body, LIST_QUERY) if body is not None else {}
    start = parse_iso_datetime(clean["startDate"]) if "startDate" in clean else None
    end = parse_iso_datetime(clean["endDate"]) if "endDate" in clean else None
    if start is not None and end is not None and end < start:
        c.fail("endDate", "must not be earlier than startDate")
    c.raise_if_any()
    window, offset, limit = api.campaigns.listing(caller, clean)
    results = [
        voice_list_view(campaign)
        if campaign.campaign_type == "voice"
        else sms_list_view(campaign, api.campaigns.messages_sent(campaign.id))
        for campaign in window.campaigns
    ]
    return JSONResponse(
        {
            "status": "success",
            "message": "Campaigns retrieved successfully",
            "data": {
                "results": results,
                "skip": offset,
                "limit": limit,
                "hasMore": offset + limit < window.total,
                "totalPages": math.ceil(window.total / limit),
                "totalResults": window.total,
            },
        }
    )


# (method, path, handler); app.py groups them by path. Fixed paths come before {campaignId} ones.
ROUTES = (
    ("POST", CREATE_PATH, create_campaign_v2),
    ("POST", SMS_CREATE_NO_PREFIX_PATH, create_sms_campaign_no_prefix),
    ("POST", LIST_PATH, list_campaigns),
    ("POST", VOICE_TRIGGER_PATH, trigger_voice_campaign),
    ("POST", SMS_STOP_PATH, stop_sms_campaign),
    ("POST", SMS_STOP_DOUBLE_SLASH_PATH, stop_sms_campaign),
    ("POST", STATUS_PATH, campaign_status),
    ("GET", CAMPAIGN_PATH, get_campaign),
    ("PUT", CAMPAIGN_PATH, update_campaign),
    ("DELETE", CAMPAIGN_PATH, delete_campaign),
    ("POST", CAMPAIGN_PATH, start_sms_campaign),
)
