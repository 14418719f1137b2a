"""The documented request fields of campaigns and contact lists, one Rule row per field, for both doors (v1, v2).

Pages: create-voice-campaign-{agentless,progressive,preview}[-v2], create-sms-campaign-{using-template,
without-template,advanced-format}[-v2], update-{voice,sms}-campaign[-v2], get-all-campaigns[-v2],
get-all-contact-details-voice-campaigns[-v2], create-contact-list[-v2], update-contact-list[-v2] and
add-contacts-to-contact-list (Koredotcom/docs-v2, contact-center). The numbers live in limits.py.
"""

from __future__ import annotations

from .lifecycle import STATUSES
from .limits import (
    CAMPAIGN_DESCRIPTION_MAX_LENGTH,
    CAMPAIGN_NAME_MAX_LENGTH,
    CAMPAIGN_TYPES,
    CONTACT_FIELD_MAX_LENGTH,
    DEFAULT_RETRY_PERIOD_MINUTES,
    DIALING_MODES,
    LIST_DESCRIPTION_MAX_LENGTH,
    LIST_NAME_MAX_LENGTH,
    LIST_SOURCES,
    MACHINE_DETECT,
    MAX_ATTEMPTS_PER_RECORD,
    MAX_RING_TIME_SECONDS,
    PRIORITIES,
    RUN_CONTACTS_PAGE_MAX,
)
from .validation import If, Rule

SIMPLE, ADVANCED = If("format", "simple"), If("format", "advanced")
DAYS = "dialingStrategy.callingHours.days"


# ---- campaign bodies ----------------------------------------------------------------------------------------
def common_campaign_rules(campaign_type: str) -> tuple[Rule, ...]:
    """The fields every create and update body of `campaign_type` shares, v1 and v2."""
    return (
        Rule("name", "string", min_length=1, max_length=CAMPAIGN_NAME_MAX_LENGTH, not_blank=True),
        Rule("description", "string", max_length=CAMPAIGN_DESCRIPTION_MAX_LENGTH),
        Rule("contactLists", "array"),  # "At least one contact list name is required."
        Rule("contactLists[]", "string", min_length=1, format="contact-list"),  # "These must already exist."
        Rule("priority", "string", one_of=PRIORITIES),
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
    Rule("dialingMode", "string", one_of=DIALING_MODES),
    Rule("dialingStrategy.dialingOrder", "string", one_of=("FIFO", "LIFO")),
    Rule("dialingStrategy.maxAttemptsPerRecord", "integer", minimum=MAX_ATTEMPTS_PER_RECORD[0],
         maximum=MAX_ATTEMPTS_PER_RECORD[1]),
    Rule("dialingStrategy.defaultRetryPeriod", "integer", minimum=DEFAULT_RETRY_PERIOD_MINUTES[0],
         maximum=DEFAULT_RETRY_PERIOD_MINUTES[1]),
    Rule("dialingStrategy.maxRingTime", "integer", minimum=MAX_RING_TIME_SECONDS[0], maximum=MAX_RING_TIME_SECONDS[1]),
)  # fmt: skip
_DNC = (
    Rule("dncLists", "object"),  # voice v2 pages: "object, required"
    Rule("dncLists.name", "string", min_length=1, format="contact-list"),
)

# create-voice-campaign (v1, /agentassist/api/v1/...): no dncLists; machine detection is a boolean.
VOICE_V1 = (
    *common_campaign_rules("voice"),
    *_VOICE_DIALING,
    # The Agentless page: "Required for Progressive"; the Preview page requires a queue and maxSkips too.
    Rule("queue_name", "string", required=If("dialingMode", "Progressive", "Preview"), min_length=1),
    Rule("maxSkips", "integer", required=If("dialingMode", "Preview"), minimum=0),
    Rule("enableMachineDetect", "boolean"),
    Rule("experienceFlowName", "string", required=False, min_length=1),
)
# update-voice-campaign (v1): the v1 create's body, and the Preview sample's maxSkips.
VOICE_V1_UPDATE = (*VOICE_V1, Rule("maxSkips", "integer", required=False, minimum=0))


def _voice_v2(*, update: bool) -> tuple[Rule, ...]:
    return (
        *common_campaign_rules("voice"),
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


VOICE_V2_CREATE = _voice_v2(update=False)
VOICE_V2_UPDATE = _voice_v2(update=True)

# SMS v2: one body for the template, without-template and advanced pages, told apart by format and by
# message.template_name. The advanced page's table says format "Use simple" and message required; its sample
# sends format "advanced", no message and an experienceFlowName, as does update-sms-campaign-v2: the sample wins.
# That page also marks description and priority optional, which every other create page and the update page
# (for the same advanced format) require: they stay required.
SMS_V2 = (
    *common_campaign_rules("sms"),
    Rule("dncLists", "object", required=False),  # SMS pages: "object, optional"
    Rule("dncLists.name", "string", min_length=1, format="contact-list"),
    Rule("format", "string", one_of=("simple", "advanced")),
    Rule("message", "object", when=SIMPLE),
    Rule("message.template_name", "string", required=False, min_length=1),  # only the template page sends it
    Rule("message.message", "string", min_length=1, format="base64"),  # "Base64-encoded message content"
    Rule("experienceFlowName", "string", when=ADVANCED, min_length=1),
)
# create-sms-campaign-{using-template,without-template,advanced-format} (v1): the template page sends Base64,
# the without-template page plain text with an empty templateId, so the message is any non-empty text here.
SMS_V1 = (
    *common_campaign_rules("sms"),
    Rule("dncLists", "object", required=False),  # not on the v1 pages; the v2 bodies that the spec reuses allow it
    Rule("dncLists.name", "string", min_length=1, format="contact-list"),
    Rule("format", "string", one_of=("simple", "advanced")),
    Rule("message", "object", when=SIMPLE),
    Rule("message.template_name", "string", required=False, min_length=1),
    Rule("message.templateId", "string", required=False),  # "If empty, no template is used."
    Rule("message.message", "string", min_length=1),  # "Actual message text sent to contacts"
    Rule("experienceFlowName", "string", when=ADVANCED, min_length=1),
)


def body_fields(rules: tuple[Rule, ...]) -> frozenset[str]:
    """The top-level fields a body of these rules can carry."""
    return frozenset(rule.path.split(".")[0].removesuffix("[]") for rule in rules)


# The fields each door's update body carries. The one update rule (campaign_service.CampaignService.update)
# replaces these, also when left out, and keeps every other stored field. The v2 voice update applies an
# enableMachineDetect that is sent, but update-voice-campaign-v2 does not document one, so leaving it out keeps
# the campaign's; the v1 voice bodies have no DNC list, so a v1 update keeps one set through v2.
VOICE_V2_UPDATE_FIELDS = body_fields(VOICE_V2_UPDATE) - {"enableMachineDetect"}
VOICE_V1_UPDATE_FIELDS = body_fields(VOICE_V1_UPDATE)
SMS_V2_UPDATE_FIELDS = body_fields(SMS_V2)
SMS_V1_UPDATE_FIELDS = body_fields(SMS_V1)

# ---- campaign queries -------------------------------------------------------------------------------------
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
# get-all-contact-details-voice-campaigns-v2 request body.
CONTACTS_QUERY = (
    Rule("page", "integer", required=False, minimum=1),  # "Must be an integer >= 1"
    Rule("limit", "integer", required=False, minimum=1, maximum=RUN_CONTACTS_PAGE_MAX),
)

# ---- contact lists ------------------------------------------------------------------------------------------
CREATE_LIST_RULES = (
    Rule("name", "string", min_length=1, max_length=LIST_NAME_MAX_LENGTH, not_blank=True),  # "Max 48 characters"
    Rule("description", "string", max_length=LIST_DESCRIPTION_MAX_LENGTH),  # "Max 256 characters"
    Rule("source", "string", one_of=LIST_SOURCES),  # "Must be passiveApi"
    Rule("allowDuplicates", "boolean", required=False),  # "Defaults to false"
)
# "string, optional" both; an update that names neither changes nothing and is refused.
UPDATE_LIST_RULES = (
    Rule("name", "string", required=False, min_length=1, max_length=LIST_NAME_MAX_LENGTH, not_blank=True),
    Rule("description", "string", required=False, max_length=LIST_DESCRIPTION_MAX_LENGTH),
)
# update-contact-list (v1): "allowDuplicates ... If omitted, the previous setting remains unchanged."
UPDATE_LIST_V1_RULES = (*UPDATE_LIST_RULES, Rule("allowDuplicates", "boolean", required=False))
MAPPED_FIELDS = ("firstName", "lastName", "phoneNumber", "timeZone", "uniqueId", "contactPriority")
# Only phoneNumber is documented per contact; the others are the fields a list's `mapping` names, kept when sent.
ADD_CONTACTS_RULES = (
    Rule("contact_list_name", "string", min_length=1),
    Rule("data", "array"),
    Rule("data[]", "object"),
    Rule("data[].phoneNumber", "string", format="phone-number"),
    *(
        Rule(f"data[].{key}", "string", required=False, max_length=CONTACT_FIELD_MAX_LENGTH)
        for key in MAPPED_FIELDS
        if key != "phoneNumber"
    ),
)
