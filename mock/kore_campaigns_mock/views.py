"""The answers' shapes: which fields a view shows, in the order of the docs' samples, for v2 and v1.

Plain data in, plain data out: the route modules of both doors build their answers from these.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .contact_list_store import ListSummary, org_id
from .rules import MAPPED_FIELDS
from .store import Campaign

# ---- campaigns ------------------------------------------------------------------------------------------
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


def with_system_mappings(campaign: Campaign) -> dict[str, object]:
    strategy = campaign.document["dialingStrategy"]
    assert isinstance(strategy, dict)
    # The v2 and get-voice samples show useSystemMappings, which no request can set.
    return {**strategy, "useSystemMappings": False}


def detail_view(campaign: Campaign) -> dict[str, object]:
    if campaign.campaign_type == "voice":
        return view(campaign, DETAIL_FIELDS, dialingStrategy=with_system_mappings(campaign))
    return view(campaign, DETAIL_FIELDS, isImported=False, isFiltersEnabled=False)


def creation_answer(campaign: Campaign, fields: Sequence[str], **overrides: object) -> dict[str, object]:
    """The create pages' answer: "creation in progress" and the new campaign's view."""
    return {
        "status": "success",
        "message": f"Campaign {campaign.document['name']} creation in progress",
        "data": view(campaign, fields, **overrides),
    }


def voice_list_view(campaign: Campaign) -> dict[str, object]:
    return view(campaign, VOICE_LIST_FIELDS, isFiltersEnabled=False, connection=campaign.document.get("queue_name"))


def sms_list_view(campaign: Campaign, messages_sent: int) -> dict[str, object]:
    return view(campaign, SMS_LIST_FIELDS, totalMessagesSent=messages_sent, campaignExecutionType="NORMAL")


# ---- campaigns (v1) --------------------------------------------------------------------------------------
# Response fields in the order of the v1 samples.
V1_SMS_CREATED_FIELDS = (
    "_id", "name", "lname", "description", "status", "dncLists", "priority", "dialingStrategy", "message",
    "experienceFlow", "createdAt", "updatedAt", "schedule", "contactLists", "enableMachineDetect", "format",
)  # fmt: skip
V1_VOICE_UPDATED_FIELDS = (
    "name", "lname", "description", "priority", "dialingMode", "dialingStrategy", "experienceFlow", "queue_name",
    "status", "maxSkips", "createdAt", "updatedAt", "schedule", "id", "contactLists", "enableMachineDetect",
)  # fmt: skip
# v2-only fields the v1 answers do not carry.
V2_ONLY_FIELDS = ("isImported", "isFiltersEnabled")


def as_v1_campaign(data: dict[str, Any]) -> None:
    """A v2 campaign view as the v1 pages show it."""
    for key in V2_ONLY_FIELDS:
        data.pop(key, None)
    strategy = data.get("dialingStrategy")
    if isinstance(strategy, dict):
        strategy.pop("useSystemMappings", None)  # not in any v1 sample
    if data.get("campaignType") == "sms" or "format" in data:
        data.setdefault("enableMachineDetect", False)  # the v1 SMS samples report it, false


# ---- contact lists ---------------------------------------------------------------------------------------
LIST_CREATED_FIELDS = (
    "isActive", "name", "description", "totalRecordCount", "status", "createdBy", "updatedBy", "mapping",
    "isListInUse", "listType", "isGlobalDNC", "isDefault", "campaignInUse", "source", "apiConfigurations",
    "columns", "files", "createdAt", "updatedAt", "_id", "allowDuplicates",
)  # fmt: skip
LIST_DETAIL_FIELDS = ("_id", *(key for key in LIST_CREATED_FIELDS if key != "_id"))
LIST_SUMMARY_FIELDS = (
    "_id", "name", "description", "totalRecordCount", "status", "mapping", "isListInUse", "listType",
    "campaignInUse", "source", "apiConfigurations", "columns", "files", "updatedAt",
)  # fmt: skip


def list_view(item: ListSummary, in_use: list[dict[str, str]], fields: Sequence[str]) -> dict[str, object]:
    values: dict[str, object] = {
        "_id": item.id,
        "isActive": True,
        "name": item.name,
        "description": item.description,
        "totalRecordCount": item.size,
        "status": "Ready",
        "createdBy": item.created_by,
        "updatedBy": item.created_by,
        "mapping": {key: key for key in MAPPED_FIELDS},
        "isListInUse": bool(in_use),
        "listType": "call",
        "isGlobalDNC": False,
        "isDefault": False,
        "campaignInUse": in_use,
        "source": item.source,
        "columns": [],
        "files": [],
        "createdAt": item.created_at,
        "updatedAt": item.updated_at,
        "allowDuplicates": item.allow_duplicates,
    }
    # The samples show dataSyncMode only for lists that allow duplicates; no other value is documented.
    if item.allow_duplicates:
        values["apiConfigurations"] = {"dataSyncMode": "allowDuplicates"}
    return {key: values[key] for key in fields if key in values}


def with_owner(values: dict[str, Any], account_id: str, bot_id: str) -> dict[str, object]:
    """get-contact-list-details and delete-contact-list-details (v1) also show the org, the lower-cased name,
    the bot and the account, in this order."""
    owner = {"orgId": org_id(account_id), "name": values.get("name"), "lname": str(values.get("name")).lower()}
    head: dict[str, Any] = {key: values[key] for key in ("_id", "isActive") if key in values}
    rest = {key: value for key, value in values.items() if key not in head and key != "name"}
    return {**head, **owner, **rest, "iId": bot_id, "accountId": account_id}
