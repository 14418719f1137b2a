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
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from . import campaigns
from .campaigns import (
    ADVANCED,
    CAMPAIGN_TYPES,
    SIMPLE,
    VOICE_V1,
    _check_type,
    _common,
    _context,
    _created,
    _document,
    _find,
    _scheduling_enabled,
    transition,
    view,
)
from .contact_lists import DETAIL_FIELDS, UPDATE_LIST_RULES, ContactListApi, Tenant, org_id
from .errors import ApiError, Problem
from .routing import RawPathRoute, raw_route_path
from .store import Campaign
from .validation import Checker, Rule, validate

if TYPE_CHECKING:
    from .service import CampaignApi

Handler = Callable[["CampaignApi", Request], Awaitable[Response]]

CREATE_PATH = campaigns.V1_CREATE_PATH
CAMPAIGN_PATH = "/agentassist/api/v1/public/{IId}/campaign/{campaignId}"
# The start and stop pages publish /campaign/api/v1/... (not /agentassist/...), one URL for voice and SMS.
TRIGGER_PATH = "/campaign/api/v1/public/{IId}/campaign/{campaignId}"
STATUS_PATH = "/agentassist/api/v1/public/{IId}/campaign/{campaignId}/status"
LIST_PATH = "/agentassist/api/v1/public/{IId}/campaign/getAllCampaignDetails"
CREATE_LIST_PATH = "/agentassist/api/v1/public/{IId}/campaign/contactList/createContactList"
ALL_LISTS_PATH = "/agentassist/api/v1/public/{IId}/campaign/contactList/getAllListDetails"
ONE_LIST_PATH = "/agentassist/api/v1/public/{IId}/campaign/contactList/{contactListId}"
CONTACTS_PATH = "/agentassist/api/v1/public/{IId}/campaign/contactList/{contactListId}/getAllContacts"

# create-sms-campaign-{using-template,without-template,advanced-format} (v1): the template page sends Base64,
# the without-template page plain text with an empty templateId, so the message is any non-empty text here.
SMS_V1 = (
    *_common("sms"),
    Rule("dncLists", "object", required=False),  # not on the v1 pages; the v2 bodies that the spec reuses allow it
    Rule("dncLists.name", "string", min_length=1, format="contact-list"),
    Rule("format", "string", one_of=("simple", "advanced")),
    Rule("message", "object", when=SIMPLE),
    Rule("message.template_name", "string", required=False, min_length=1),
    Rule("message.templateId", "string", required=False),  # "If empty, no template is used."
    Rule("message.message", "string", min_length=1),  # "Actual message text sent to contacts"
    Rule("experienceFlowName", "string", when=ADVANCED, min_length=1),
)
# update-voice-campaign (v1): the v1 create's body, and the Preview sample's maxSkips.
VOICE_V1_UPDATE = (*VOICE_V1, Rule("maxSkips", "integer", required=False, minimum=0))

# Response fields in the order of the v1 samples.
SMS_CREATED_FIELDS = (
    "_id", "name", "lname", "description", "status", "dncLists", "priority", "dialingStrategy", "message",
    "experienceFlow", "createdAt", "updatedAt", "schedule", "contactLists", "enableMachineDetect", "format",
)  # fmt: skip
VOICE_UPDATED_FIELDS = (
    "name", "lname", "description", "priority", "dialingMode", "dialingStrategy", "experienceFlow", "queue_name",
    "status", "maxSkips", "createdAt", "updatedAt", "schedule", "id", "contactLists", "enableMachineDetect",
)  # fmt: skip
# v2-only fields the v1 answers do not carry.
V2_ONLY_FIELDS = ("isImported", "isFiltersEnabled")


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


def _v1_campaign(data: dict[str, Any]) -> None:
    """A v2 campaign view as the v1 pages show it."""
    for key in V2_ONLY_FIELDS:
        data.pop(key, None)
    strategy = data.get("dialingStrategy")
    if isinstance(strategy, dict):
        strategy.pop("useSystemMappings", None)  # not in any v1 sample
    if data.get("campaignType") == "sms" or "format" in data:
        data.setdefault("enableMachineDetect", False)  # the v1 SMS samples report it, false


def _reshape_campaign(answer: dict[str, Any]) -> None:
    if isinstance(answer.get("data"), dict):
        _v1_campaign(answer["data"])


# ---- handlers -------------------------------------------------------------------------------------------


async def create_campaign(api: CampaignApi, request: Request) -> Response:
    """The v1 create: voice (the original handler) or, with campaignType=sms, an SMS campaign."""
    if request.query_params.getlist("campaignType") != ["sms"]:
        return await campaigns.create_voice_campaign_v1(api, request)
    caller = api.guard(request, "IId", account_in_query=False)
    c = Checker()
    body = await api.read_body(request, c)
    clean = validate(c, body, SMS_V1, _context(api, caller)) if body is not None else {}
    c.raise_if_any()
    campaign = api.add_campaign(caller, "sms", _document(api, caller, "sms", clean), _scheduling_enabled(clean))
    return _created(campaign, SMS_CREATED_FIELDS, enableMachineDetect=False)


async def get_campaign(api: CampaignApi, request: Request) -> Response:
    return await _through_v2(api, request, campaigns.get_campaign, _reshape_campaign)


async def delete_campaign(api: CampaignApi, request: Request) -> Response:
    # Both delete pages write {{campaignType}} where the id belongs; the segment is the campaign's id.
    return await _through_v2(api, request, campaigns.delete_campaign, _reshape_campaign)


async def update_campaign(api: CampaignApi, request: Request) -> Response:
    caller = api.guard(request, "IId", account_in_query=False)
    c = Checker()
    campaign_type = c.query(request.query_params.getlist("campaignType"), "campaignType", one_of=CAMPAIGN_TYPES)
    body = await api.read_body(request, c)
    rules = VOICE_V1_UPDATE if campaign_type == "voice" else SMS_V1
    clean = validate(c, body, rules, _context(api, caller)) if body is not None and campaign_type else {}
    c.raise_if_any()
    campaign_id = request.path_params["campaignId"]
    campaign = _find(api, caller, campaign_id)
    _check_type(campaign, campaign_type)
    document = _document(api, caller, campaign.campaign_type, clean)
    now = api.timestamp()

    def apply(stored: Campaign) -> None:
        _check_type(stored, campaign_type)
        transition(stored, "update", "campaignId")
        stored.document = document
        stored.updated_at = now

    updated = api.store.change(caller.account_id, caller.bot_id, campaign_id, apply)
    if updated is None:
        raise ApiError(404, [Problem("campaignId names no campaign of this bot", "campaignId")])
    answer: dict[str, object] = {
        "status": "success",
        "message": f"Campaign {updated.document['name']} details updated successfully",
    }
    if updated.campaign_type == "voice":
        # The v1 voice page repeats the id at the top and names it `id` in data, as the v1 create does.
        answer["id"] = updated.id
        answer["data"] = view(updated, VOICE_UPDATED_FIELDS)
    else:
        data = campaigns.detail_view(updated)
        _v1_campaign(data)
        answer["data"] = data
    return JSONResponse(answer)


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
    api.guard(request, "IId", account_in_query=False)
    c = Checker()
    c.query(campaign_type, "campaignType", one_of=CAMPAIGN_TYPES)
    c.query(trigger, "trigger", one_of=("play", "stop"))
    c.raise_if_any()
    raise AssertionError("unreachable: a valid campaignType and trigger have a handler")


async def campaign_status(api: CampaignApi, request: Request) -> Response:
    return await _through_v2(api, request, campaigns.campaign_status)


async def list_campaigns(api: CampaignApi, request: Request) -> Response:
    return await _through_v2(api, request, campaigns.list_campaigns)


# (method, path, handler), grouped by path in app.py like campaigns.ROUTES; the v1 create replaces the
# voice-only handler campaigns.ROUTES registers for the same method and path.
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

# update-contact-list (v1): "allowDuplicates ... If omitted, the previous setting remains unchanged."
UPDATE_LIST_V1_RULES = (*UPDATE_LIST_RULES, Rule("allowDuplicates", "boolean", required=False))


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

    def _v2_guard(self, request: Request, c: Checker) -> Tenant:
        # The raw path, so that an id holding an encoded "/getAllContacts" does not count as the contacts URL.
        with_account = raw_route_path(request.scope).endswith("/getAllContacts")
        caller = self._guard(request, "IId", account_in_query=with_account)
        if with_account:
            c.query(request.query_params.getlist("accountId"), "accountId", required=False)
        return caller

    def _view(self, caller: Tenant, item: Any, fields: Any) -> dict[str, object]:
        values = super()._view(caller, item, fields)
        return _with_owner(values, caller.account_id, caller.bot_id) if fields is DETAIL_FIELDS else values

    async def delete_list(self, request: Request) -> Response:
        response = await super().delete_list(request)
        if response.status_code != 200:
            return response
        answer = json.loads(bytes(response.body))
        # The guard passed, so the headers name the caller's account and bot.
        answer["data"] = _with_owner(answer["data"], request.headers["accountid"], request.headers["iid"])
        return JSONResponse(answer)


def _with_owner(values: dict[str, Any], account_id: str, bot_id: str) -> dict[str, object]:
    """get-contact-list-details and delete-contact-list-details (v1) also show the org, the lower-cased name,
    the bot and the account, in this order."""
    owner = {"orgId": org_id(account_id), "name": values.get("name"), "lname": str(values.get("name")).lower()}
    head: dict[str, Any] = {key: values[key] for key in ("_id", "isActive") if key in values}
    rest = {key: value for key, value in values.items() if key not in head and key != "name"}
    return {**head, **owner, **rest, "iId": bot_id, "accountId": account_id}
