"""Campaigns: create (v1, v2 voice, v2 SMS), read, update, delete, start/stop, status, contacts and list.

Field rules are the tables below, one row per documented field (source page in the comment); the
lifecycle is the LIFECYCLE table. Pages: create-voice-campaign-{agentless,progressive,preview}-v2,
create-sms-campaign-{using-template,without-template,advanced-format}-v2, update-{voice,sms}-campaign-v2,
delete-{voice,sms}-campaign-v2, {start,stop}-{voice,sms}-campaign-v2, get-campaign-status-v2,
get-all-contact-details-voice-campaigns-v2, get-all-campaigns-v2 (Koredotcom/docs-v2, contact-center).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .errors import ApiError, Problem
from .store import Campaign, new_id
from .validation import Checker, If, Rule, parse_iso_datetime, validate

if TYPE_CHECKING:
    from .service import Caller, CampaignApi

NAME_MAX_LENGTH = 48
DESCRIPTION_MAX_LENGTH = 256
PRIORITIES = ("1", "2", "3", "4", "5")
DIALING_MODES = ("Agentless", "Progressive", "Preview")
CAMPAIGN_TYPES = ("voice", "sms")

# ---- lifecycle -----------------------------------------------------------------------------------
# The statuses the docs name: Preparing (voice create response), Ready (SMS create, get, update and
# delete samples), Active (start), Stopped (stop); the list page's status filter adds Completed,
# Paused, Scheduled and Rescheduled.
PREPARING, READY, ACTIVE, STOPPED = "Preparing", "Ready", "Active", "Stopped"
COMPLETED, PAUSED, SCHEDULED, RESCHEDULED = "Completed", "Paused", "Scheduled", "Rescheduled"
STATUSES = (ACTIVE, COMPLETED, READY, PAUSED, PREPARING, STOPPED, SCHEDULED, RESCHEDULED)
# Running: dialling or sending now (Paused is a halted run that still holds its instance).
RUNNING = (ACTIVE, PAUSED)
IDLE = (READY, SCHEDULED, RESCHEDULED, STOPPED, COMPLETED)

# action -> {status it is allowed from: status it leads to}; any other status refuses it with 409.
# The docs describe no refusal; where they are silent the rows follow what the platform most plausibly does.
LIFECYCLE: dict[str, dict[str, str]] = {
    # start-*-campaign-v2: trigger=play answers status "Active" with a new campaignInstanceId. A stopped or
    # completed campaign may run again (the list sample shows a Stopped campaign keeping its instance id);
    # starting a running one is refused rather than silently starting a second run.
    "start": {status: ACTIVE for status in (*IDLE, PAUSED)},
    # stop-*-campaign-v2: trigger=stop answers "Stopped". Stopping a campaign that never started (Ready,
    # Scheduled) or is already Stopped/Completed is refused: there is no run to stop.
    "stop": {status: STOPPED for status in RUNNING},
    # update-*-campaign-v2 and delete-*-campaign-v2 samples act on Ready campaigns; the pages' "an active
    # campaign" wording is shared boilerplate (the start page says "start an active campaign"). A running
    # campaign is refused: editing or deleting the configuration a dialler is using would lose its run.
    "update": {status: status for status in IDLE},
    "delete": {status: status for status in IDLE},
    # enable-*-scheduling pages: a schedule makes an idle campaign Scheduled; a running one is refused.
    "schedule": {status: SCHEDULED for status in IDLE},
    # disable-voice-or-sms-campaign-schedule: a Scheduled campaign becomes Ready again; disabling is
    # idempotent (a retry after a lost response must not fail) and leaves other statuses alone.
    "unschedule": {**{status: status for status in STATUSES}, SCHEDULED: READY, RESCHEDULED: READY},
    # create-call-back-schedule-v2: "For any running campaign".
    "callback": {status: status for status in RUNNING},
    # The simulation (simulation.py): a run whose every contact is done completes its campaign.
    "complete": {ACTIVE: COMPLETED},
}
_VERBS = {
    "start": "started (it is already running; stop it first)",
    "stop": "stopped (it is not running)",
    "update": "updated while it runs (stop it first)",
    "delete": "deleted while it runs (stop it first)",
    "schedule": "scheduled while it runs (stop it first)",
    "callback": "given call-backs (it is not running; start it first)",
    "complete": "completed (it is not running)",
}


def transition(campaign: Campaign, action: str, field: str) -> str:
    """The status `action` leads to from the campaign's status, or a 409 naming `field`."""
    target = LIFECYCLE[action].get(campaign.status)
    if target is None:
        rule = f"{field} names a campaign whose status is {campaign.status}: it cannot be {_VERBS[action]}"
        raise ApiError(409, [Problem(rule, field)])
    return target


# ---- field tables --------------------------------------------------------------------------------
V2_VOICE, V2_SMS = If("campaignType", "voice"), If("campaignType", "sms")
SIMPLE, ADVANCED = If("format", "simple"), If("format", "advanced")
DAYS = "dialingStrategy.callingHours.days"


def _common(campaign_type: str) -> tuple[Rule, ...]:
    return (
        Rule("name", "string", min_length=1, max_length=NAME_MAX_LENGTH, not_blank=True),  # "maximum of 48 characters"
        Rule("description", "string", max_length=DESCRIPTION_MAX_LENGTH),  # "maximum of 256 characters"
        Rule("contactLists", "array"),  # "At least one contact list name is required."
        Rule("contactLists[]", "string", min_length=1, format="contact-list"),  # "These must already exist."
        Rule("priority", "string", one_of=PRIORITIES),  # "must be one of the following: 1, 2, 3, 4, or 5"
        Rule("campaignType", "string", one_of=(campaign_type,)),  # body copy of the query's type
        Rule("schedule", "object", required=False),
        Rule("schedule.isSchedulingEnabled", "boolean"),
        Rule("dialingStrategy", "object"),
        Rule("dialingStrategy.callerId", "object"),
        Rule("dialingStrategy.callerId.phoneNumber", "string", min_length=1),
        Rule("dialingStrategy.callingHours", "object"),
        Rule("dialingStrategy.callingHours.frequency", "string", one_of=("WEEKLY", "DAILY", "CUSTOM")),
        Rule("dialingStrategy.callingHours.timezone", "string", min_length=1, format="iana-zone"),  # "Asia/Kolkata"
        Rule(DAYS, "array"),
        Rule(f"{DAYS}[]", "object"),
        Rule(f"{DAYS}[].day", "string", one_of=("MO", "TU", "WE", "TH", "FR", "SA", "SU")),
        Rule(f"{DAYS}[].start", "string", format="clock-time"),  # start ("9:00 AM")
        Rule(f"{DAYS}[].end", "string", format="clock-time"),  # end ("6:00 PM")
    )


_VOICE_DIALING = (
    Rule("dialingMode", "string", one_of=DIALING_MODES),  # "Valid values are: Agentless, Progressive, or Preview."
    Rule("dialingStrategy.dialingOrder", "string", one_of=("FIFO", "LIFO")),
    Rule("dialingStrategy.maxAttemptsPerRecord", "integer", minimum=1, maximum=100),  # "between 1 and 100"
    Rule("dialingStrategy.defaultRetryPeriod", "integer", minimum=1, maximum=1440),  # "between 1 and 1440"
    Rule("dialingStrategy.maxRingTime", "integer", minimum=5, maximum=120),  # "between 5 and 120"
)
_DNC = (
    Rule("dncLists", "object"),  # voice v2 pages: "object, required"
    Rule("dncLists.name", "string", min_length=1, format="contact-list"),
)

# create-voice-campaign (v1, /agentassist/api/v1/...): no dncLists; machine detection is a boolean.
VOICE_V1 = (
    *_common("voice"),
    *_VOICE_DIALING,
    # The Agentless page: "Required for Progressive"; the Preview page requires a queue and maxSkips too.
    Rule("queue_name", "string", required=If("dialingMode", "Progressive", "Preview"), min_length=1),
    Rule("maxSkips", "integer", required=If("dialingMode", "Preview"), minimum=0),
    Rule("enableMachineDetect", "boolean"),
    Rule("experienceFlowName", "string", required=False, min_length=1),
)
MACHINE_DETECT = ("no", "detect", "disconnect")  # agentless v2: "Valid values are: no, detect, disconnect"


def _voice_v2(*, update: bool) -> tuple[Rule, ...]:
    return (
        *_common("voice"),
        *_DNC,
        *_VOICE_DIALING,
        # progressive v2: "Required for Progressive dialing"; preview v2: "string, required". The update page
        # marks it (and maxSkips) required for every mode, but its own Agentless sample has neither.
        Rule("queue_name", "string", required=If("dialingMode", "Progressive", "Preview"), min_length=1),
        # preview v2: "Number of contact skips allowed ... number, required"; 0 (no skips) is a count too.
        Rule("maxSkips", "integer", required=If("dialingMode", "Preview"), minimum=0),
        # agentless v2 requires it; the progressive/preview and update pages do not list it.
        Rule(
            "enableMachineDetect",
            "string",
            required=not update and If("dialingMode", "Agentless"),
            one_of=MACHINE_DETECT,
        ),
        Rule("experienceFlowName", "string", required=If("dialingMode", "Agentless"), min_length=1),
    )


# SMS v2: one body for the template, without-template and advanced pages, told apart by format and by
# message.template_name. The advanced page's table says format "Use simple" and message required; its sample
# sends format "advanced", no message and an experienceFlowName, as does update-sms-campaign-v2: the sample wins.
# That page also marks description and priority optional, which every other create page and the update page
# (for the same advanced format) require: they stay required.
SMS_V2 = (
    *_common("sms"),
    Rule("dncLists", "object", required=False),  # SMS pages: "object, optional"
    Rule("dncLists.name", "string", min_length=1, format="contact-list"),
    Rule("format", "string", one_of=("simple", "advanced")),
    Rule("message", "object", when=SIMPLE),
    Rule("message.template_name", "string", required=False, min_length=1),  # only the template page sends it
    Rule("message.message", "string", min_length=1, format="base64"),  # "Base64-encoded message content"
    Rule("experienceFlowName", "string", when=ADVANCED, min_length=1),
)
VOICE_V2_CREATE = _voice_v2(update=False)
VOICE_V2_UPDATE = _voice_v2(update=True)

# get-all-campaigns-v2 request body.
SORT_ORDERS = ("asc", "desc")
LIST_QUERY = (
    # "Can be a number or an empty string."
    Rule("skip", "integer", required=False, minimum=0, blank_is_absent=True),
    Rule("page", "integer", required=False, minimum=1, blank_is_absent=True),
    Rule("limit", "integer", required=False, minimum=1, blank_is_absent=True),
    Rule("type", "string", one_of=CAMPAIGN_TYPES),  # "Allowed values: voice or sms", required
    Rule("startDate", "string", required=False, format="iso-datetime"),
    Rule("endDate", "string", required=False, format="iso-datetime"),
    # The table says sortBy.name "Must be included if any sort field is used"; the page's own samples sort by
    # createdAt alone, so no key is required.
    Rule("sortBy", "object", required=False),
    Rule("sortBy.name", "string", required=False, one_of=SORT_ORDERS),
    Rule("sortBy.createdAt", "string", required=False, one_of=SORT_ORDERS),
    Rule("sortBy.updatedAt", "string", required=False, one_of=SORT_ORDERS),
    Rule("filters", "object", required=False),
    # An empty filter array filters nothing out.
    Rule("filters.status", "array", required=False, min_items=0),
    Rule("filters.status[]", "string", one_of=STATUSES),
    Rule("filters.priority", "array", required=False, min_items=0),
    Rule("filters.priority[]", "integer", minimum=1, maximum=5),  # "Allowed values: [1, 2, 3, 4, 5]" (numbers)
    # The table's allowed values are Progressive and Preview (typed array[number], a typo for strings); the
    # spec follows the stated list, so Agentless is refused here too.
    Rule("filters.dialingMode", "array", required=False, min_items=0),
    Rule("filters.dialingMode[]", "string", one_of=("Progressive", "Preview")),
)
DEFAULT_LIST_LIMIT = 50  # the page's samples' limit; the page gives no default

# get-all-contact-details-voice-campaigns-v2 request body.
CONTACTS_QUERY = (
    Rule("page", "integer", required=False, minimum=1),  # "Must be an integer >= 1"
    Rule("limit", "integer", required=False, minimum=1, maximum=100),  # "Must be an integer between 1 and 100"
)
DEFAULT_CONTACTS_LIMIT = 100  # the page's sample

# ---- paths ---------------------------------------------------------------------------------------
V1_CREATE_PATH = "/agentassist/api/v1/public/{IId}/campaign"
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

# ---- views ---------------------------------------------------------------------------------------
# Response fields in the order of the docs' samples; a view shows those its campaign has.
VOICE_V1_CREATED_FIELDS = (
    "name", "lname", "description", "priority", "dialingMode", "dialingStrategy", "experienceFlow", "queue_name",
    "status", "createdAt", "updatedAt", "id", "contactLists", "enableMachineDetect",
)  # fmt: skip
VOICE_V2_CREATED_FIELDS = (
    "name", "lname", "description", "dncLists", "priority", "dialingMode", "dialingStrategy", "experienceFlow",
    "queue_name", "status", "maxSkips", "isFiltersEnabled", "createdAt", "updatedAt", "id", "contactLists",
    "enableMachineDetect",
)  # fmt: skip
SMS_CREATED_FIELDS = (
    "_id", "name", "lname", "description", "status", "dncLists", "priority", "dialingStrategy", "message",
    "experienceFlow", "isImported", "isFiltersEnabled", "createdAt", "updatedAt", "schedule", "contactLists",
    "format",
)  # fmt: skip
DETAIL_FIELDS = (
    "_id", "name", "lname", "description", "dncLists", "status", "priority", "dialingMode", "dialingStrategy",
    "experienceFlow", "queue_name", "maxSkips", "enableMachineDetect", "message", "isImported", "isFiltersEnabled",
    "createdAt", "updatedAt", "schedule", "campaignInstanceId", "contactLists", "format", "campaignType",
)  # fmt: skip
VOICE_LIST_FIELDS = (
    "_id", "name", "description", "dncLists", "priority", "dialingMode", "status", "isFiltersEnabled", "createdAt",
    "updatedAt", "campaignInstanceUpdatedAt", "schedule", "connection", "contactLists",
)  # fmt: skip
SMS_LIST_FIELDS = (
    "name", "description", "status", "dncLists", "priority", "message", "experienceFlow", "createdAt", "updatedAt",
    "schedule", "campaignInstanceId", "id", "totalMessagesSent", "campaignInstanceUpdatedAt",
    "campaignExecutionType", "contactLists", "format",
)  # fmt: skip


def view(campaign: Campaign, fields: Sequence[str], **overrides: object) -> dict[str, object]:
    values: dict[str, object] = {
        **campaign.document,
        "_id": campaign.id,
        "id": campaign.id,
        "status": campaign.status,
        "createdAt": campaign.created_at,
        "updatedAt": campaign.updated_at,
        "schedule": campaign.schedule,
        "campaignType": campaign.campaign_type,
        "campaignInstanceId": campaign.instance_id,
        "campaignInstanceUpdatedAt": campaign.instance_updated_at or campaign.updated_at,
        **overrides,
    }
    return {key: values[key] for key in fields if values.get(key) is not None}


def _with_system_mappings(campaign: Campaign) -> dict[str, object]:
    strategy = campaign.document["dialingStrategy"]
    assert isinstance(strategy, dict)
    # The v2 and get-voice samples show useSystemMappings, which no request can set.
    return {**strategy, "useSystemMappings": False}


def detail_view(campaign: Campaign) -> dict[str, object]:
    if campaign.campaign_type == "voice":
        return view(campaign, DETAIL_FIELDS, dialingStrategy=_with_system_mappings(campaign))
    return view(campaign, DETAIL_FIELDS, isImported=False, isFiltersEnabled=False)


def _list_view(api: CampaignApi, campaign: Campaign) -> dict[str, object]:
    if campaign.campaign_type == "voice":
        return view(campaign, VOICE_LIST_FIELDS, isFiltersEnabled=False, connection=campaign.document.get("queue_name"))
    sent = api.simulation.counters(campaign.id).get("totalMessagesSent", 0)
    return view(campaign, SMS_LIST_FIELDS, totalMessagesSent=sent, campaignExecutionType="NORMAL")


# ---- building the stored document ------------------------------------------------------------------


def _document(api: CampaignApi, caller: Caller, campaign_type: str, clean: Mapping[str, Any]) -> dict[str, object]:
    """The documented fields of a campaign, in the docs' order, from a validated request body."""
    name = str(clean["name"])
    document: dict[str, object] = {"name": name, "lname": name.lower(), "description": clean["description"]}
    if "dncLists" in clean:
        dnc_name = str(clean["dncLists"]["name"])
        dnc_id = api.contact_list_id(caller, dnc_name)
        document["dncLists"] = {"id": dnc_id, "name": dnc_name} if dnc_id else {"name": dnc_name}
    document["priority"] = clean["priority"]
    if campaign_type == "voice":
        document["dialingMode"] = clean["dialingMode"]
    document["dialingStrategy"] = clean["dialingStrategy"]
    if "experienceFlowName" in clean:
        document["experienceFlow"] = api.store.flow_id(caller.account_id, caller.bot_id, clean["experienceFlowName"])
    for key in ("queue_name", "maxSkips"):
        if key in clean:
            document[key] = clean[key]
    if "message" in clean:
        message = dict(clean["message"])
        if "template_name" in message:
            message["templateId"] = api.store.template_id(caller.account_id, caller.bot_id, message["template_name"])
        document["message"] = message
    if "enableMachineDetect" in clean:
        detect = clean["enableMachineDetect"]
        # v2 sends "no" | "detect" | "disconnect"; its response (and v1) shows a boolean: on unless "no".
        document["enableMachineDetect"] = detect if isinstance(detect, bool) else detect != "no"
    document["contactLists"] = clean["contactLists"]
    if "format" in clean:
        document["format"] = clean["format"]
    return document


def _scheduling_enabled(clean: Mapping[str, Any]) -> bool:
    return bool(clean.get("schedule", {}).get("isSchedulingEnabled", False))


def _created(campaign: Campaign, fields: Sequence[str], **overrides: object) -> Response:
    return JSONResponse(
        {
            "status": "success",
            "message": f"Campaign {campaign.document['name']} creation in progress",
            "data": view(campaign, fields, **overrides),
        }
    )


def _context(api: CampaignApi, caller: Caller) -> dict[str, object]:
    # Lists are the tenant's state (created through the contact-list API), checked at create and update.
    return {"contact_lists": api.contact_lists.names(caller.account_id, caller.bot_id)}


# ---- handlers ------------------------------------------------------------------------------------


async def create_voice_campaign_v1(api: CampaignApi, request: Request) -> Response:
    caller = api.guard(request, "IId", account_in_query=False)
    c = Checker()
    # The page's query table says "Use sms"; its endpoint and sample say voice, which wins.
    c.query(request.query_params.getlist("campaignType"), "campaignType", one_of=("voice",))
    body = await api.read_body(request, c)
    clean = validate(c, body, VOICE_V1, _context(api, caller)) if body is not None else {}
    c.raise_if_any()
    document = _document(api, caller, "voice", clean)
    campaign = api.add_campaign(caller, "voice", document, _scheduling_enabled(clean))
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
    return _created(campaign, VOICE_V1_CREATED_FIELDS, status=PREPARING)


async def _create_v2(api: CampaignApi, request: Request, campaign_types: Sequence[str]) -> Response:
    caller = api.guard(request, "streamId", account_in_query=True)
    c = Checker()
    c.query(request.query_params.getlist("accountId"), "accountId")
    campaign_type = c.query(request.query_params.getlist("campaignType"), "campaignType", one_of=campaign_types)
    body = await api.read_body(request, c)
    rules = VOICE_V2_CREATE if campaign_type == "voice" else SMS_V2
    clean = validate(c, body, rules, _context(api, caller)) if body is not None and campaign_type else {}
    c.raise_if_any()
    assert campaign_type is not None
    campaign = api.add_campaign(caller, campaign_type, _document(api, caller, campaign_type, clean),
                                _scheduling_enabled(clean))  # fmt: skip
    if campaign_type == "voice":
        return _created(campaign, VOICE_V2_CREATED_FIELDS, status=PREPARING, isFiltersEnabled=False,
                        dialingStrategy=_with_system_mappings(campaign))  # fmt: skip
    return _created(campaign, SMS_CREATED_FIELDS, isImported=False, isFiltersEnabled=False)


async def create_campaign_v2(api: CampaignApi, request: Request) -> Response:
    return await _create_v2(api, request, CAMPAIGN_TYPES)


async def create_sms_campaign_no_prefix(api: CampaignApi, request: Request) -> Response:
    # Published for SMS (advanced format) only.
    return await _create_v2(api, request, ("sms",))


def _find(api: CampaignApi, caller: Caller, campaign_id: str) -> Campaign:
    campaign = api.store.get(caller.account_id, caller.bot_id, campaign_id)
    if campaign is None:
        raise ApiError(404, [Problem("campaignId names no campaign of this bot", "campaignId")])
    return campaign


def _check_type(campaign: Campaign, campaign_type: str | None) -> None:
    # Left out, the type is the campaign's own (the path names the campaign).
    if campaign_type is not None and campaign_type != campaign.campaign_type:
        own = campaign.campaign_type
        rule = f"query parameter campaignType must be {own}: the campaign is a {own} campaign"
        raise ApiError(400, [Problem(rule, "campaignType")])


async def get_campaign(api: CampaignApi, request: Request) -> Response:
    caller = api.guard(request, "streamId", account_in_query=True)
    c = Checker()
    c.query(request.query_params.getlist("accountId"), "accountId")
    c.raise_if_any()
    campaign = _find(api, caller, request.path_params["campaignId"])
    return JSONResponse(
        {
            "status": "success",
            "message": f"Campaign {campaign.document['name']} retrieved successfully",
            "data": detail_view(campaign),
        }
    )


async def update_campaign(api: CampaignApi, request: Request) -> Response:
    caller = api.guard(request, "streamId", account_in_query=True)
    c = Checker()
    c.query(request.query_params.getlist("accountId"), "accountId", required=False)
    # update-voice-campaign-v2's endpoint and curl say campaignType=sms, its query table and body say voice:
    # the type must be the campaign's own, so the voice page's "sms" is its copy error. Both pages' tables
    # mark it required (as openapi.yaml does).
    campaign_type = c.query(request.query_params.getlist("campaignType"), "campaignType", one_of=CAMPAIGN_TYPES)
    body = await api.read_body(request, c)
    campaign_id = request.path_params["campaignId"]
    if body is not None and campaign_type is None:
        # Without the query type the stored campaign's type picks the table (validation still precedes 404).
        known = api.store.get(caller.account_id, caller.bot_id, campaign_id)
        campaign_type = known.campaign_type if known else None
    rules = VOICE_V2_UPDATE if campaign_type == "voice" else SMS_V2
    clean = validate(c, body, rules, _context(api, caller)) if body is not None and campaign_type else {}
    c.raise_if_any()
    campaign = _find(api, caller, campaign_id)
    _check_type(campaign, campaign_type)
    document = _document(api, caller, campaign.campaign_type, clean)
    now = api.timestamp()

    def apply(stored: Campaign) -> None:
        _check_type(stored, campaign_type)
        transition(stored, "update", "campaignId")
        # enableMachineDetect is not on the update pages: an update leaves it as it was.
        if "enableMachineDetect" in stored.document and "enableMachineDetect" not in document:
            document["enableMachineDetect"] = stored.document["enableMachineDetect"]
        # The schedule has its own endpoint (schedules.py); an update keeps it.
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
        answer["id"] = updated.id  # the voice sample repeats the id at the top; the SMS sample does not
    answer["data"] = detail_view(updated)
    return JSONResponse(answer)


async def delete_campaign(api: CampaignApi, request: Request) -> Response:
    caller = api.guard(request, "streamId", account_in_query=True)
    c = Checker()
    c.query(request.query_params.getlist("accountId"), "accountId", required=False)
    # delete-{voice,sms}-campaign-v2: "campaignType ... string, required".
    campaign_type = c.query(request.query_params.getlist("campaignType"), "campaignType", one_of=CAMPAIGN_TYPES)
    c.raise_if_any()

    def check(stored: Campaign) -> None:
        _check_type(stored, campaign_type)
        transition(stored, "delete", "campaignId")

    deleted = api.store.delete(caller.account_id, caller.bot_id, request.path_params["campaignId"], check)
    if deleted is None:
        raise ApiError(404, [Problem("campaignId names no campaign of this bot", "campaignId")])
    api.simulation.forget(deleted.id)
    return JSONResponse(
        {
            "status": "success",
            "message": f"Campaign {deleted.document['name']} deleted successfully",
            "data": detail_view(deleted),
        }
    )


async def _trigger(api: CampaignApi, request: Request, campaign_type: str, triggers: Sequence[str]) -> Response:
    caller = api.guard(request, "streamId", account_in_query=True)
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
    now = api.timestamp()
    action = "start" if trigger == "play" else "stop"

    def apply(stored: Campaign) -> None:
        _check_type(stored, campaign_type)
        stored.status = transition(stored, action, "campaignId")
        if action == "start":
            stored.instance_id = new_id("cid")
            stored.callbacks = []
        stored.instance_updated_at = now
        stored.updated_at = now

    campaign = api.store.change(caller.account_id, caller.bot_id, request.path_params["campaignId"], apply)
    if campaign is None:
        raise ApiError(404, [Problem("campaignId names no campaign of this bot", "campaignId")])
    if action == "start":
        # The dialler starts at once: what is due now (the first dial, inside calling hours) happens now.
        api.simulation.start(caller.account_id, caller.bot_id, campaign, api.now())
    else:
        api.simulation.stop(campaign.id)
    answer: dict[str, object] = {"status": campaign.status}
    if action == "start":
        answer["message"] = "Campaign Started"
        if campaign_type == "voice":
            answer.update(totalCallsCompleted=0, updatedAt=now, campaignInstanceId=campaign.instance_id)
        else:
            answer["updatedAt"] = now
    else:
        answer.update(message="Campaign Stopped", updatedAt=now)
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


def _paging(total: int, offset: int, limit: int) -> dict[str, object]:
    return {"totalPages": math.ceil(total / limit), "totalResults": total, "hasMore": offset + limit < total}


async def campaign_status(api: CampaignApi, request: Request) -> Response:
    """get-campaign-status-v2 (view=status) and get-all-contact-details-voice-campaigns-v2 (view=contacts)."""
    caller = api.guard(request, "streamId", account_in_query=True)
    c = Checker()
    c.query(request.query_params.getlist("accountId"), "accountId", required=False)
    # Both pages call view optional; the status page's path (/status) makes status the default.
    view_name = c.query(request.query_params.getlist("view"), "view", required=False, one_of=("status", "contacts"))
    body = await api.read_body(request, c, required=False)
    # The paging fields are checked in either view (the status page sends {}), so a bad limit is never ignored.
    clean = validate(c, body, CONTACTS_QUERY) if body is not None else {}
    c.raise_if_any()
    campaign = _find(api, caller, request.path_params["campaignId"])
    if view_name != "contacts":
        # The page shows id, status and name; the mock adds the run's counter under the name the start
        # (totalCallsCompleted) and SMS list (totalMessagesSent) responses use.
        data = {"id": campaign.id, "status": campaign.status, "name": campaign.document["name"]}
        return JSONResponse({"status": "success", "data": {**data, **api.simulation.counters(campaign.id)}})
    page = int(clean.get("page", 1))
    limit = int(clean.get("limit", DEFAULT_CONTACTS_LIMIT))
    # The simulated run's contacts (simulation.py), one record per contact attempted or skipped so far.
    records = api.simulation.records(campaign.id)
    offset = (page - 1) * limit
    paging = _paging(len(records), offset, limit)
    return JSONResponse(
        {
            "status": "success",
            "data": {
                "results": records[offset : offset + limit],
                "page": page,
                "limit": limit,
                "totalPages": paging["totalPages"],
                "totalResults": paging["totalResults"],
            },
        }
    )


def _sort_key(field: str) -> Any:
    def key(campaign: Campaign) -> str:
        if field == "name":
            return campaign.lname
        return campaign.created_at if field == "createdAt" else campaign.updated_at

    return key


async def list_campaigns(api: CampaignApi, request: Request) -> Response:
    caller = api.guard(request, "streamId", account_in_query=True)
    c = Checker()
    c.query(request.query_params.getlist("accountId"), "accountId", required=False)
    body = await api.read_body(request, c)
    clean = validate(c, body, LIST_QUERY) if body is not None else {}
    start = parse_iso_datetime(clean["startDate"]) if "startDate" in clean else None
    end = parse_iso_datetime(clean["endDate"]) if "endDate" in clean else None
    if start is not None and end is not None and end < start:
        c.fail("endDate", "must not be earlier than startDate")
    c.raise_if_any()
    filters: dict[str, list[Any]] = {key: value for key, value in clean.get("filters", {}).items() if value}
    campaigns = [
        campaign
        for campaign in api.store.all(caller.account_id, caller.bot_id)
        if campaign.campaign_type == clean["type"]
        and ("status" not in filters or campaign.status in filters["status"])
        and ("priority" not in filters or int(str(campaign.document["priority"])) in filters["priority"])
        # "This parameter applies only to voice campaigns": an SMS listing ignores it.
        and (clean["type"] == "sms" or campaign.document["dialingMode"] in filters.get("dialingMode", DIALING_MODES))
        and (start is None or parse_iso_datetime(campaign.created_at) >= start)  # type: ignore[operator]
        and (end is None or parse_iso_datetime(campaign.created_at) <= end)  # type: ignore[operator]
    ]
    # Newest first unless sortBy says otherwise (both samples list newest first); the first key sorts first.
    order = list(clean.get("sortBy", {}).items()) or [("createdAt", "desc")]
    for field, direction in reversed(order):
        campaigns.sort(key=_sort_key(field), reverse=direction == "desc")
    limit = int(clean.get("limit", DEFAULT_LIST_LIMIT))
    # Both skip and page move the window: page p starts (p - 1) * limit records after skip.
    offset = int(clean.get("skip", 0)) + (int(clean.get("page", 1)) - 1) * limit
    paging = _paging(len(campaigns), offset, limit)
    return JSONResponse(
        {
            "status": "success",
            "message": "Campaigns retrieved successfully",
            "data": {
                "results": [_list_view(api, campaign) for campaign in campaigns[offset : offset + limit]],
                "skip": offset,
                "limit": limit,
                "hasMore": paging["hasMore"],
                "totalPages": paging["totalPages"],
                "totalResults": paging["totalResults"],
            },
        }
    )


# (method, path, handler); app.py groups them by path. Fixed paths come before {campaignId} ones.
ROUTES = (
    ("POST", V1_CREATE_PATH, create_voice_campaign_v1),
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
