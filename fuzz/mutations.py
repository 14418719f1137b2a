"""Copies of openapi.yaml weakened the way a spec author could slip, each of which fuzzing must catch.

A mutation that survives a run against the mock means the mock or the fuzzing is blind to that rule.
Each run is kept small: only the operations the change touches, only the phases that reach it. Mutations
find operations by operationId and change a limit relative to its current value (a maximum raised, a minimum
lowered) or add a value no page documents, so they keep meaning the same when the docs change a limit.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts.spec_facts import SPEC, SpecFacts, load

Document = dict[str, Any]


def load_spec(path: Path = SPEC) -> Document:
    """A copy of the document at `path` (read once per process), free to change."""
    return copy.deepcopy(load(path).document)


def write_spec(document: Document, path: Path) -> Path:
    """The document as JSON (which YAML and schemathesis read alike, and much faster); name `path` `*.json`."""
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
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


# A value no page documents for any enum, so that a mutation adding it stays a weakening whatever the vendor adds.
UNDOCUMENTED = "not-documented"


def _add_to_enum(mapping: dict[str, Any], value: object) -> None:
    assert value not in mapping["enum"], f"{value!r} is already in {mapping['enum']}"
    _set(mapping, "enum", [*mapping["enum"], value])


def inline_parameter(document: Document, operation_id: str, name: str) -> dict[str, Any]:
    """The operation's own (inline) parameter `name`: changing it changes no other operation."""
    operation = SpecFacts(document).operation(operation_id).node
    found = [p for p in operation.get("parameters", []) if "$ref" not in p and p["name"] == name]
    assert len(found) == 1, f"{operation_id} has no inline parameter {name!r}"
    parameter: dict[str, Any] = found[0]
    return parameter


@dataclass(frozen=True)
class Mutation:
    id: str
    description: str
    apply: Callable[[Document], None]
    operations: tuple[str, ...]
    phases: tuple[str, ...]
    # The check expected to catch it; the run must fail, and this check must be among the failures.
    caught_by: str
    # Fuzzing-phase examples per operation: three times the most any of seeds 1-10 needed to catch it (measured
    # with fuzz.mutations over 4x the budget). A run stops at its first failure, so a budget costs nothing once
    # the mutation is caught; the examples and coverage phases are sized by the spec, not by this.
    max_examples: int = 20

    def mutated(self, base: Document | None = None) -> Document:
        document = copy.deepcopy(base) if base is not None else load_spec()
        self.apply(document)
        return document


def _name_without_max_length(document: Document) -> None:
    _drop(schema(document, "CampaignName"), "maxLength")


def _priority_past_the_highest(document: Document) -> None:
    priority = schema(document, "Priority")
    _add_to_enum(priority, str(max(int(value) for value in priority["enum"]) + 1))


def _dialing_mode_undocumented(document: Document) -> None:
    _add_to_enum(schema(document, "DialingMode"), UNDOCUMENTED)


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


def _max_ring_time_raised(document: Document) -> None:
    ring = schema(document, "VoiceDialingStrategy")["properties"]["maxRingTime"]
    _set(ring, "maximum", ring["maximum"] * 4)


def _retry_period_minimum_lowered(document: Document) -> None:
    period = schema(document, "VoiceDialingStrategy")["properties"]["defaultRetryPeriod"]
    _set(period, "minimum", period["minimum"] - 1)


def _campaign_priority_integer(document: Document) -> None:
    _set(schema(document, "Campaign")["properties"], "priority", {"type": "integer"})


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


def _contacts_limit_raised(document: Document) -> None:
    limit = inline_parameter(document, "listContactListContacts", "limit")["schema"]
    _set(limit, "maximum", limit["maximum"] * 5)


def _contact_list_total_as_string(document: Document) -> None:
    _set(schema(document, "ContactList")["properties"]["totalRecordCount"], "type", "string")


# --- Lifecycle operations ---


def _contacts_page_limit_raised(document: Document) -> None:
    limit = schema(document, "ContactsPageRequest")["properties"]["limit"]
    _set(limit, "maximum", limit["maximum"] * 10)


def _voice_v2_dnc_not_required(document: Document) -> None:
    request = schema(document, "VoiceCampaignV2Request")
    _set(request, "required", [name for name in request["required"] if name != "dncLists"])


def _trigger_undocumented(document: Document) -> None:
    _add_to_enum(inline_parameter(document, "triggerVoiceCampaign", "trigger")["schema"], UNDOCUMENTED)


def _list_type_not_required(document: Document) -> None:
    _set(schema(document, "CampaignListRequest"), "required", [])


def _status_without_active(document: Document) -> None:
    status = schema(document, "CampaignStatus")
    # A response mutation: the start answers "Active", which the schema no longer allows.
    _set(status, "enum", [value for value in status["enum"] if value != "Active"])


def _callback_without_min_items(document: Document) -> None:
    _drop(schema(document, "CallbackRequest"), "minItems")


# --- v1 facts (issue 23) ---


def _v1_trigger_undocumented(document: Document) -> None:
    _add_to_enum(inline_parameter(document, "triggerCampaignV1", "trigger")["schema"], UNDOCUMENTED)


def _v1_allow_duplicates_string(document: Document) -> None:
    allow = schema(document, "UpdateContactListV1Request")["properties"]["allowDuplicates"]
    _set(allow, "type", "string")


def _v1_plain_message_may_be_empty(document: Document) -> None:
    _drop(schema(document, "SmsMessageV1")["properties"]["message"], "minLength")


def _v1_contacts_limit_raised(document: Document) -> None:
    limit = inline_parameter(document, "listContactListContactsV1", "limit")["schema"]
    _set(limit, "maximum", limit["maximum"] * 10)


MUTATIONS: tuple[Mutation, ...] = (
    Mutation(
        "name-maxLength-dropped",
        "CampaignName loses its `maxLength`",
        _name_without_max_length,
        ("createCampaign", "scheduleCampaign"),
        ("fuzzing",),
        "positive_data_acceptance",
        # Fuzzing cases to the catch, seeds 1-10, per operation: at most 39 (median 11).
        max_examples=120,
    ),
    Mutation(
        "priority-enum-past-the-highest",
        "Priority's enum gains the number after its highest",
        _priority_past_the_highest,
        ("createCampaign",),
        ("coverage",),
        "positive_data_acceptance",
    ),
    Mutation(
        "dialingMode-enum-undocumented",
        "DialingMode's enum gains a value no page documents",
        _dialing_mode_undocumented,
        ("createVoiceCampaign",),
        ("coverage", "fuzzing"),
        "positive_data_acceptance",
        # Fuzzing cases to the catch, seeds 1-10: at most 57 (median 19).
        max_examples=180,
    ),
    Mutation(
        "queue_name-conditional-dropped",
        "VoiceCampaignRequest loses the if/then that makes `queue_name` required for Progressive",
        _queue_name_not_required,
        ("createVoiceCampaign",),
        # Since the merge of the lifecycle and contact lists, the coverage phase alone sends no Progressive body
        # without a queue (measured: 46 positive cases, all 200); random fuzzing does, in each of 3 runs.
        # A third of the v1 create's draws are voice bodies (one of three since the v1 SMS pages), and a Progressive
        # one without a queue is rarer still: fuzzing cases to the catch, seeds 1-10, 3 to 531 (median 53).
        ("coverage", "fuzzing"),
        "positive_data_acceptance",
        max_examples=1600,
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
        "maxRingTime-maximum-raised",
        "maxRingTime's maximum is raised (x4)",
        _max_ring_time_raised,
        ("createVoiceCampaign",),
        ("fuzzing",),
        "positive_data_acceptance",
        # Fuzzing cases to the catch, seeds 1-10: at most 39 (median 15).
        max_examples=120,
    ),
    Mutation(
        "defaultRetryPeriod-minimum-lowered",
        "defaultRetryPeriod's minimum is lowered by one",
        _retry_period_minimum_lowered,
        ("createVoiceCampaign",),
        ("fuzzing",),
        "positive_data_acceptance",
        # The v1 create's body is one of three (voice, SMS, advanced SMS) since the v1 SMS pages joined it: a third
        # of the draws are voice bodies. Fuzzing cases to the catch, seeds 1-10: at most 123 (median 16).
        max_examples=370,
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
        "contacts-page-limit-maximum-raised",
        "ContactsPageRequest.limit's maximum is raised (x10)",
        _contacts_page_limit_raised,
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
        "trigger-enum-undocumented",
        "triggerVoiceCampaign's `trigger` gains a value no page documents",
        _trigger_undocumented,
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
        "ContactListName loses its `maxLength`",
        _list_name_without_max_length,
        ("createContactList",),
        ("fuzzing",),
        "positive_data_acceptance",
        # Fuzzing cases to the catch, seeds 1-10: at most 53 (median 10).
        max_examples=160,
    ),
    Mutation(
        "contacts-limit-maximum-raised",
        "listContactListContacts' `limit` maximum is raised (x5)",
        _contacts_limit_raised,
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
        "v1-trigger-enum-undocumented",
        "The v1 start/stop URL's trigger enum gains a value no page documents",
        _v1_trigger_undocumented,
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
        "v1-contacts-limit-maximum-raised",
        "The v1 contacts-of-a-list `limit` maximum is raised (x10)",
        _v1_contacts_limit_raised,
        ("listContactListContactsV1",),
        ("coverage",),
        "positive_data_acceptance",
    ),
)
