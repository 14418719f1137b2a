"""The v1 URLs: a second door into the same campaigns and contact lists, answering in the v1 pages' shapes.

Pages (Koredotcom/docs-v2, contact-center): create-sms-campaign-{using-template,without-template,advanced-format},
get-{voice,sms}-campaign-by-id, update-{voice,sms}-campaign, delete-{voice,sms}-campaign,
{start,stop}-{voice,sms}-campaign, get-campaign-status, get-all-contact-details-voice-campaigns,
get-all-campaigns, and the contact-list pages create-contact-list, get-all-contact-lists,
get-contact-list-details, update-contact-list, delete-contact-list-details, get-all-contacts-of-a-contactlist.

The v1 pages send and answer the v2 shapes except where noted here, so most v1 routes are the v2 handler
reached through `_through_v2`: the v1 path's `IId` becomes the v2 `streamId`, and the `accountId` the v1
URLs leave out of the query is taken from the header (the v2 guard requires the two to agree anyway). What
differs gets its own code: the v1 create (voice, or SMS with a plain-text message), the v1 update (the
v1 voice body: a boolean `enableMachineDetect`, no Do-Not-Call list; the voice answer's `data.id`), one
start/stop URL for both kinds, and the v1 reads' answers (no `isImported`/`isFiltersEnabled`, SMS
campaigns report `enableMachineDetect: false`, contact lists add `orgId` and `lname`).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from . import campaigns
from .contact_lists import ContactListApi, Tenant
from .errors import ApiError, Problem
from .http_api import CampaignApi
from .lifecycle import PREPARING
from .limits import CAMPAIGN_TYPES
from .routing import RawPathRoute, raw_route_path
from .rules import (
    SMS_V1,
    SMS_V1_UPDATE_FIELDS,
    UPDATE_LIST_V1_RULES,
    VOICE_V1,
    VOICE_V1_UPDATE,
    VOICE_V1_UPDATE_FIELDS,
)
from .validation import Checker, validate
from .views import (
    LIST_DETAIL_FIELDS,
    V1_SMS_CREATED_FIELDS,
    V1_VOICE_UPDATED_FIELDS,
    VOICE_V1_CREATED_FIELDS,
    as_v1_campaign,
    creation_answer,
    detail_view,
    view,
    with_owner,
)

Handler = Callable[[CampaignApi, Request], Awaitable[Response]]

CREATE_PATH = "/agentassist/api/v1/public/{IId}/campaign"
CAMPAIGN_PATH = "/agentassist/api/v1/public/{IId}/campaign/{campaignId}"
# The start and stop pages publish /campaign/api/v1/... (not /agentassist/...), one URL for voice and SMS.
TRIGGER_PATH = "/campaign/api/v1/public/{IId}/campaign/{campaignId}"
STATUS_PATH = "/agentassist/api/v1/public/{IId}/campaign/{campaignId}/status"
LIST_PATH = "/agentassist/api/v1/public/{IId}/campaign/getAllCampaignDetails"
CREATE_LIST_PATH = "/agentassist/api/v1/public/{IId}/campaign/contactList/createContactList"
ALL_LISTS_PATH = "/agentassist/api/v1/public/{IId}/campaign/contactList/getAllListDetails"
ONE_LIST_PATH = "/agentassist/api/v1/public/{IId}/campaign/contactList/{contactListId}"
CONTACTS_PATH = "/agentassist/api/v1/public/{IId}/campaign/contactList/{contactListId}/getAllContacts"


# ---- the v1 door onto the v2 handlers -----------------------------------------------------------------------


def _as_v2_request(request: Request) -> Request:
    scope = dict(request.scope)
    parameters = dict(request.path_params)
    parameters["streamId"] = parameters.pop("IId")
    scope["path_params"] = parameters
    if "accountId" not in request.query_params:
        account = urlencode({"accountId": request.headers.get("accountid", "")}).encode()
        query = request.scope.get("query_string", b"")
        scope["query_string"] = query + b"&" + account if query else account
    return Request(scope, request.receive)


def _v1_names(error: ApiError) -> ApiError:
    """The error as a v1 caller should read it: the bot path parameter is `IId`, not `streamId`."""
    problems = [
        Problem(problem.msg.replace("streamId", "IId"), "IId" if problem.field == "streamId" else problem.field)
        for problem in error.problems
    ]
    return ApiError(error.status, problems, headers=error.headers)


async def _through_v2(
    api: CampaignApi, request: Request, handler: Handler, reshape: Callable[[dict[str, Any]], None] | None = None
) -> Response:
    try:
        response = await handler(api, _as_v2_request(request))
    except ApiError as error:
        raise _v1_names(error) from error
    if reshape is None or response.status_code != 200:
        return response
    answer = json.loads(bytes(response.body))
    reshape(answer)
    return JSONResponse(answer)


def _reshape_campaign(answer: dict[str, Any]) -> None:
    if isinstance(answer.get("data"), dict):
        as_v1_campaign(answer["data"])


# ---- handlers -------------------------------------------------------------------------------------------


async def _create_voice(api: CampaignApi, request: Request) -> Response:
    caller = await api.guard(request, "IId", account_in_query=False)
    c = Checker()
    # The page's query table says "Use sms"; its endpoint and sample say voice, which wins.
    c.query(request.query_params.getlist("campaignType"), "campaignType", one_of=("voice",))
    body = await api.read_body(request, c)
    clean = validate(c, body, VOICE_V1, api.campaigns.context(caller)) if body is not None else {}
    c.raise_if_any()
    campaign = api.campaigns.create(caller, "voice", clean)
    if clean.get("dialingMode") == "Preview":
        # The Preview page answers in a short form: the new id at the top and as data.campId.
        return JSONResponse(
            {
                "status": "success",
                "message": f"Campaign {campaign.document['name']} creation in progress",
                "id": campaign.id,
                "data": {"campId": campaign.id},
            }
        )
    # "creation in progress": the voice page answers Preparing; the mock finishes at once, so reads say Ready.
    return JSONResponse(creation_answer(campaign, VOICE_V1_CREATED_FIELDS, status=PREPARING))


async def create_campaign(api: CampaignApi, request: Request) -> Response:
    """The v1 create: voice or, with campaignType=sms, an SMS campaign."""
    if request.query_params.getlist("campaignType") != ["sms"]:
        return await _create_voice(api, request)
    caller = await api.guard(request, "IId", account_in_query=False)
    c = Checker()
    body = await api.read_body(request, c)
    clean = validate(c, body, SMS_V1, api.campaigns.context(caller)) if body is not None else {}
    c.raise_if_any()
    campaign = api.campaigns.create(caller, "sms", clean)
    return JSONResponse(creation_answer(campaign, V1_SMS_CREATED_FIELDS, enableMachineDetect=False))


async def get_campaign(api: CampaignApi, request: Request) -> Response:
    return await _through_v2(api, request, campaigns.get_campaign, _reshape_campaign)


async def delete_campaign(api: CampaignApi, request: Request) -> Response:
    # Both delete pages write {{campaignType}} where the id belongs; the segment is the campaign's id.
    return await _through_v2(api, request, campaigns.delete_campaign, _reshape_campaign)


async def update_campaign(api: CampaignApi, request: Request) -> Response:
    """The v1 bodies (a boolean enableMachineDetect, no Do-Not-Call list), the domain's one update rule."""
    caller = await api.guard(request, "IId", account_in_query=False)
    c = Checker()
    campaign_type = c.query(request.query_params.getlist("campaignType"), "campaignType", one_of=CAMPAIGN_TYPES)
    body = await api.read_body(request, c)
    rules = VOICE_V1_UPDATE if campaign_type == "voice" else SMS_V1
    clean = validate(c, body, rules, api.campaigns.context(caller)) if body is not None and campaign_type else {}
    c.raise_if_any()
    updated = api.campaigns.update(caller, request.path_params["campaignId"], campaign_type, clean, _update_page_fields)
    answer: dict[str, object] = {
        "status": "success",
        "message": f"Campaign {updated.document['name']} details updated successfully",
    }
    if updated.campaign_type == "voice":
        # The v1 voice page repeats the id at the top and names it `id` in data, as the v1 create does.
        answer["id"] = updated.id
        answer["data"] = view(updated, V1_VOICE_UPDATED_FIELDS)
    else:
        data = detail_view(updated)
        as_v1_campaign(data)
        answer["data"] = data
    return JSONResponse(answer)


def _update_page_fields(campaign_type: str) -> frozenset[str]:
    return VOICE_V1_UPDATE_FIELDS if campaign_type == "voice" else SMS_V1_UPDATE_FIELDS


async def trigger_campaign(api: CampaignApi, request: Request) -> Response:
    """Start (trigger=play) or stop (trigger=stop) a voice or SMS campaign: the v2 handler of the kind."""
    campaign_type = request.query_params.getlist("campaignType")
    trigger = request.query_params.getlist("trigger")
    handlers: Mapping[tuple[str, str], Handler] = {
        ("voice", "play"): campaigns.trigger_voice_campaign,
        ("voice", "stop"): campaigns.trigger_voice_campaign,
        ("sms", "play"): campaigns.start_sms_campaign,
        ("sms", "stop"): campaigns.stop_sms_campaign,
    }
    if len(campaign_type) == 1 and len(trigger) == 1 and (campaign_type[0], trigger[0]) in handlers:
        return await _through_v2(api, request, handlers[campaign_type[0], trigger[0]])
    await api.guard(request, "IId", account_in_query=False)
    c = Checker()
    c.query(campaign_type, "campaignType", one_of=CAMPAIGN_TYPES)
    c.query(trigger, "trigger", one_of=("play", "stop"))
    c.raise_if_any()
    raise AssertionError("unreachable: a valid campaignType and trigger have a handler")


async def campaign_status(api: CampaignApi, request: Request) -> Response:
    return await _through_v2(api, request, campaigns.campaign_status)


async def list_campaigns(api: CampaignApi, request: Request) -> Response:
    return await _through_v2(api, request, campaigns.list_campaigns)


# (method, path, handler), grouped by path in app.py like campaigns.ROUTES.
ROUTES: tuple[tuple[str, str, Handler], ...] = (
    ("POST", CREATE_PATH, create_campaign),
    ("POST", LIST_PATH, list_campaigns),
    ("GET", CAMPAIGN_PATH, get_campaign),
    ("PUT", CAMPAIGN_PATH, update_campaign),
    ("DELETE", CAMPAIGN_PATH, delete_campaign),
    ("POST", TRIGGER_PATH, trigger_campaign),
    ("POST", STATUS_PATH, campaign_status),
)


# ---- contact lists --------------------------------------------------------------------------------------


class ContactListV1Api(ContactListApi):
    """The v1 contact-list URLs over the same store: `IId` in the path and no `accountId` in the query,
    except on the contacts URL, which carries it as the v2 one does."""

    update_rules = UPDATE_LIST_V1_RULES

    def routes(self) -> list[RawPathRoute]:
        return [
            RawPathRoute(CREATE_LIST_PATH, self.create_list, methods=["POST"]),
            RawPathRoute(ALL_LISTS_PATH, self.list_lists, methods=["POST"]),
            RawPathRoute(CONTACTS_PATH, self.list_contacts, methods=["GET"]),
            RawPathRoute(ONE_LIST_PATH, self.one_list, methods=["GET", "PUT", "DELETE"]),
        ]

    async def _v2_guard(self, request: Request, c: Checker) -> Tenant:
        # The raw path, so that an id holding an encoded "/getAllContacts" does not count as the contacts URL.
        with_account = raw_route_path(request.scope).endswith("/getAllContacts")
        caller = await self._guard(request, "IId", account_in_query=with_account)
        if with_account:
            c.query(request.query_params.getlist("accountId"), "accountId", required=False)
        return caller

    def _view(self, caller: Tenant, item: Any, fields: Any) -> dict[str, object]:
        values = super()._view(caller, item, fields)
        return with_owner(values, caller.account_id, caller.bot_id) if fields is LIST_DETAIL_FIELDS else values

    async def delete_list(self, request: Request) -> Response:
        response = await super().delete_list(request)
        if response.status_code != 200:
            return response
        answer = json.loads(bytes(response.body))
        # The guard passed, so the headers name the caller's account and bot.
        answer["data"] = with_owner(answer["data"], request.headers["accountid"], request.headers["iid"])
        return JSONResponse(answer)
