"""Copies of openapi.yaml weakened the way a spec author could slip, each of which fuzzing must catch.

A mutation that survives a run against the mock means the mock or the fuzzing is blind to that rule.
Each run is kept small: only the operations the change touches, only the phases that reach it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from fuzz.runner import SPEC

Document = dict[str, Any]


def load_spec(path: Path = SPEC) -> Document:
    with path.open(encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    assert isinstance(document, dict)
    return document


def write_spec(document: Document, path: Path) -> Path:
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def schema(document: Document, name: str) -> dict[str, Any]:
    found = document["components"]["schemas"][name]
    assert isinstance(found, dict)
    return found


def _drop(mapping: dict[str, Any], key: str) -> None:
    """Remove `key`, which must be there: a mutation that changes nothing would pass for the wrong reason."""
    assert key in mapping, f"{key!r} not in {sorted(mapping)}"
    del mapping[key]


def _set(mapping: dict[str, Any], key: str, value: object) -> None:
    assert key in mapping and mapping[key] != value, f"{key!r} is missing or already {value!r}"
    mapping[key] = value


@dataclass(frozen=True)
class Mutation:
    id: str
    description: str
    apply: Callable[[Document], None]
    operations: tuple[str, ...]
    phases: tuple[str, ...]
    # The check expected to catch it; the run must fail, and this check must be among the failures.
    caught_by: str
    max_examples: int = 20

    def mutated(self, base: Document | None = None) -> Document:
        document = copy.deepcopy(base if base is not None else load_spec())
        self.apply(document)
        return document


def _name_without_max_length(document: Document) -> None:
    _drop(schema(document, "CampaignName"), "maxLength")


def _priority_six(document: Document) -> None:
    priority = schema(document, "Priority")
    _set(priority, "enum", [*priority["enum"], "6"])


def _dialing_mode_manual(document: Document) -> None:
    mode = schema(document, "DialingMode")
    _set(mode, "enum", [*mode["enum"], "Manual"])


def _queue_name_not_required(document: Document) -> None:
    # The rules per dialing mode are allOf members (Progressive: a queue; Preview: a queue and maxSkips).
    request = schema(document, "VoiceCampaignRequest")
    members = request["allOf"]
    progressive = [m for m in members if m["if"]["properties"]["dialingMode"].get("const") == "Progressive"]
    assert len(progressive) == 1, members
    _set(request, "allOf", [m for m in members if m is not progressive[0]])


def _contact_lists_not_required(document: Document) -> None:
    request = schema(document, "SmsCampaignRequest")
    _set(request, "required", [name for name in request["required"] if name != "contactLists"])


def _max_ring_time_500(document: Document) -> None:
    ring = schema(document, "VoiceDialingStrategy")["properties"]["maxRingTime"]
    _set(ring, "maximum", 500)


def _retry_period_from_zero(document: Document) -> None:
    period = schema(document, "VoiceDialingStrategy")["properties"]["defaultRetryPeriod"]
    _set(period, "minimum", 0)


def _campaign_priority_integer(document: Document) -> None:
    _set(schema(document, "Campaign")["properties"], "priority", {"type": "integer", "minimum": 1, "maximum": 5})


def _schedule_id_integer(document: Document) -> None:
    _set(schema(document, "ScheduleResponse")["properties"]["id"], "type", "integer")


def _created_requires_underscore_id(document: Document) -> None:
    created = schema(document, "CreatedCampaign")
    # SMS creates call the id `_id`, voice creates (v1 and v2) `id`. Requiring `_id` of every create is easy.
    _set(created, "required", [*created["required"], "_id"])


def _date_time_without_pattern(document: Document) -> None:
    _drop(schema(document, "DateTimeText"), "pattern")


def _contact_lists_without_min_items(document: Document) -> None:
    _drop(schema(document, "ContactListNames"), "minItems")


def _clock_time_without_pattern(document: Document) -> None:
    _drop(schema(document, "ClockTime"), "pattern")


def _phone_number_without_pattern(document: Document) -> None:
    _drop(schema(document, "ContactPhoneNumber"), "pattern")


def _list_name_without_max_length(document: Document) -> None:
    _drop(schema(document, "ContactListName"), "maxLength")


def _contacts_limit_500(document: Document) -> None:
    path = document["paths"]["/campaign/api/v2/public/{streamId}/campaign/contactList/{contactListId}/getAllContacts"]
    (limit,) = [parameter for parameter in path["get"]["parameters"] if parameter["name"] == "limit"]
    _set(limit["schema"], "maximum", 500)


def _contact_list_total_as_string(document: Document) -> None:
    _set(schema(document, "ContactList")["properties"]["totalRecordCount"], "type", "string")


# --- Lifecycle operations ---


def _contacts_limit_1000(document: Document) -> None:
    _set(schema(document, "ContactsPageRequest")["properties"]["limit"], "maximum", 1000)


def _voice_v2_dnc_not_required(document: Document) -> None:
    request = schema(document, "VoiceCampaignV2Request")
    _set(request, "required", [name for name in request["required"] if name != "dncLists"])


def _trigger_pause(document: Document) -> None:
    path = document["paths"]["/api/v2/public/{streamId}/campaign/trigger/{campaignId}"]["post"]
    (trigger,) = [p for p in path["parameters"] if p["name"] == "trigger"]
    _set(trigger["schema"], "enum", [*trigger["schema"]["enum"], "pause"])


def _list_type_not_required(document: Document) -> None:
    _set(schema(document, "CampaignListRequest"), "required", [])


def _status_without_active(document: Document) -> None:
    status = schema(document, "CampaignStatus")
    # A response mutation: the start answers "Active", which the schema no longer allows.
    _set(status, "enum", [value for value in status["enum"] if value != "Active"])


def _callback_without_min_items(document: Document) -> None:
    _drop(schema(document, "CallbackRequest"), "minItems")


# --- v1 facts (issue 23) ---


def _v1_trigger_pause(document: Document) -> None:
    path = document["paths"]["/campaign/api/v1/public/{IId}/campaign/{campaignId}"]["post"]
    (trigger,) = [p for p in path["parameters"] if p["name"] == "trigger"]
    _set(trigger["schema"], "enum", [*trigger["schema"]["enum"], "pause"])


def _v1_allow_duplicates_string(document: Document) -> None:
    allow = schema(document, "UpdateContactListV1Request")["properties"]["allowDuplicates"]
    _set(allow, "type", "string")


def _v1_plain_message_may_be_empty(document: Document) -> None:
    _drop(schema(document, "SmsMessageV1")["properties"]["message"], "minLength")


def _v1_contacts_limit_1000(document: Document) -> None:
    path = document["paths"]["/agentassist/api/v1/public/{IId}/campaign/contactList/{contactListId}/getAllContacts"]
    (limit,) = [p for p in path["get"]["parameters"] if p["name"] == "limit"]
    _set(limit["schema"], "maximum", 1000)


MUTATIONS: tuple[Mutation, ...] = (
    Mutation(
        "name-maxLength-dropped",
        "CampaignName loses `maxLength: 48`",
        _name_without_max_length,
        ("createCampaign", "scheduleCampaign"),
        ("fuzzing",),
        "positive_data_acceptance",
        max_examples=60,
    ),
    Mutation(
        "priority-enum-6",
        'Priority enum gains "6"',
        _priority_six,
        ("createCampaign",),
        ("coverage",),
        "positive_data_acceptance",
    ),
    Mutation(
        "dialingMode-enum-Manual",
        'DialingMode enum gains "Manual"',
        _dialing_mode_manual,
        ("createVoiceCampaign",),
        ("coverage", "fuzzing"),
        "positive_data_acceptance",
        max_examples=100,
    ),
    Mutation(
        "queue_name-conditional-dropped",
        "VoiceCampaignRequest loses the if/then that makes `queue_name` required for Progressive",
        _queue_name_not_required,
        ("createVoiceCampaign",),
        # Since the merge of the lifecycle and contact lists, the coverage phase alone sends no Progressive body
        # without a queue (measured: 46 positive cases, all 200); random fuzzing does, in each of 3 runs.
        # A third of the v1 create's draws are voice bodies (one of three since the v1 SMS pages): 300 examples.
        ("coverage", "fuzzing"),
        "positive_data_acceptance",
        max_examples=300,
    ),
    Mutation(
        "contactLists-not-required",
        "SmsCampaignRequest no longer lists `contactLists` as required",
        _contact_lists_not_required,
        ("createCampaign",),
        ("coverage",),
        "positive_data_acceptance",
    ),
    Mutation(
        "maxRingTime-maximum-500",
        "maxRingTime maximum 120 becomes 500",
        _max_ring_time_500,
        ("createVoiceCampaign",),
        ("fuzzing",),
        "positive_data_acceptance",
        max_examples=50,
    ),
    Mutation(
        "defaultRetryPeriod-minimum-0",
        "defaultRetryPeriod minimum 1 becomes 0",
        _retry_period_from_zero,
        ("createVoiceCampaign",),
        ("fuzzing",),
        "positive_data_acceptance",
        # The v1 create's body is one of three (voice, SMS, advanced SMS) since the v1 SMS pages joined it:
        # a third of the draws are voice bodies; 120 examples let it survive one run in two.
        max_examples=300,
    ),
    Mutation(
        "Campaign.priority-integer",
        "Campaign.priority (a response field) typed integer instead of the string enum",
        _campaign_priority_integer,
        ("getCampaign",),
        ("examples",),
        "response_schema_conformance",
        max_examples=5,
    ),
    Mutation(
        "ScheduleResponse.id-integer",
        "ScheduleResponse.id typed integer",
        _schedule_id_integer,
        ("scheduleCampaign",),
        ("examples",),
        "response_schema_conformance",
        max_examples=5,
    ),
    Mutation(
        "CreatedCampaign-requires-_id",
        "CreatedCampaign requires `_id` (the SMS spelling), which a voice create answers as `id`",
        _created_requires_underscore_id,
        ("createVoiceCampaign",),
        ("examples",),
        "response_schema_conformance",
        max_examples=5,
    ),
    Mutation(
        "DateTimeText-pattern-dropped",
        "DateTimeText loses its `YYYY-MM-DD HH:mm:ss` pattern",
        _date_time_without_pattern,
        ("scheduleCampaign",),
        ("coverage", "fuzzing"),
        "positive_data_acceptance",
    ),
    Mutation(
        "contactLists-minItems-dropped",
        "ContactListNames loses `minItems: 1`",
        _contact_lists_without_min_items,
        ("createCampaign",),
        ("coverage",),
        "positive_data_acceptance",
    ),
    Mutation(
        "contacts-limit-maximum-1000",
        "ContactsPageRequest.limit maximum 100 becomes 1000 (get-all-contact-details: limit 1 to 100)",
        _contacts_limit_1000,
        ("getCampaignStatus",),
        ("coverage",),
        "positive_data_acceptance",
    ),
    Mutation(
        "voice-v2-dncLists-not-required",
        "VoiceCampaignV2Request no longer requires `dncLists` (required on every voice v2 page)",
        _voice_v2_dnc_not_required,
        ("createCampaign",),
        ("coverage",),
        "positive_data_acceptance",
    ),
    Mutation(
        "trigger-enum-pause",
        'triggerVoiceCampaign\'s `trigger` gains "pause" (the pages name play and stop)',
        _trigger_pause,
        ("triggerVoiceCampaign",),
        ("coverage",),
        "positive_data_acceptance",
    ),
    Mutation(
        "list-type-not-required",
        "CampaignListRequest no longer requires `type` (voice or sms, required)",
        _list_type_not_required,
        ("listCampaigns",),
        ("coverage",),
        "positive_data_acceptance",
    ),
    Mutation(
        "CampaignStatus-without-Active",
        'CampaignStatus loses "Active", the status a start answers',
        _status_without_active,
        ("startSmsCampaign",),
        ("examples",),
        "response_schema_conformance",
        max_examples=5,
    ),
    Mutation(
        "callback-minItems-dropped",
        "CallbackRequest loses `minItems: 1` (an empty list schedules nothing)",
        _callback_without_min_items,
        ("scheduleCallback",),
        ("coverage", "fuzzing"),
        "positive_data_acceptance",
        max_examples=60,
    ),
    Mutation(
        "ClockTime-pattern-dropped",
        "ClockTime loses its `h:mm AM|PM` pattern",
        _clock_time_without_pattern,
        ("createCampaign",),
        ("coverage",),
        "positive_data_acceptance",
    ),
    Mutation(
        "ContactPhoneNumber-pattern-dropped",
        "A contact's phone number loses its digits-only, 7-15 digit pattern",
        _phone_number_without_pattern,
        ("addContactsToContactList",),
        ("coverage",),
        "positive_data_acceptance",
    ),
    Mutation(
        "ContactListName-maxLength-dropped",
        "ContactListName loses `maxLength: 48`",
        _list_name_without_max_length,
        ("createContactList",),
        ("fuzzing",),
        "positive_data_acceptance",
        max_examples=60,
    ),
    Mutation(
        "contacts-limit-maximum-500",
        "getAllContacts' `limit` maximum 100 becomes 500",
        _contacts_limit_500,
        ("listContactListContacts",),
        ("coverage",),
        "positive_data_acceptance",
    ),
    Mutation(
        "ContactList.totalRecordCount-string",
        "ContactList.totalRecordCount (a response field) typed string",
        _contact_list_total_as_string,
        ("getContactList",),
        ("examples",),
        "response_schema_conformance",
        max_examples=5,
    ),
    Mutation(
        "v1-trigger-enum-pause",
        'The v1 start/stop URL\'s trigger enum gains "pause"',
        _v1_trigger_pause,
        ("triggerCampaignV1",),
        ("coverage",),
        "positive_data_acceptance",
    ),
    Mutation(
        "v1-allowDuplicates-string",
        "The v1 contact-list update's allowDuplicates is typed string, not boolean",
        _v1_allow_duplicates_string,
        ("updateContactListV1",),
        ("coverage",),
        "positive_data_acceptance",
    ),
    Mutation(
        "v1-plain-sms-message-minLength-dropped",
        "The v1 plain SMS message loses `minLength: 1` (an empty text becomes valid)",
        _v1_plain_message_may_be_empty,
        ("createVoiceCampaign",),
        ("coverage",),
        "positive_data_acceptance",
    ),
    Mutation(
        "v1-contacts-limit-1000",
        "The v1 contacts-of-a-list `limit` maximum 100 becomes 1000",
        _v1_contacts_limit_1000,
        ("listContactListContactsV1",),
        ("coverage",),
        "positive_data_acceptance",
    ),
)
