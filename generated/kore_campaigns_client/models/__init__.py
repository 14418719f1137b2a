"""Contains all the data models used in inputs/outputs.

A model's module is imported when the model is first named (PEP 562), so that importing the
client does not import every model: `from kore_campaigns_client.models import X` works as before.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_contacts_request import AddContactsRequest
    from .add_contacts_response import AddContactsResponse
    from .callback_entry import CallbackEntry
    from .callback_outcome import CallbackOutcome
    from .callback_response import CallbackResponse
    from .caller_id import CallerId
    from .calling_hours import CallingHours
    from .calling_hours_frequency import CallingHoursFrequency
    from .calling_window import CallingWindow
    from .campaign import Campaign
    from .campaign_campaign_type import CampaignCampaignType
    from .campaign_contact import CampaignContact
    from .campaign_created_response import CampaignCreatedResponse
    from .campaign_created_short import CampaignCreatedShort
    from .campaign_created_v1_response import CampaignCreatedV1Response
    from .campaign_list_filters import CampaignListFilters
    from .campaign_list_filters_dialing_mode_item import CampaignListFiltersDialingModeItem
    from .campaign_list_filters_priority_item import CampaignListFiltersPriorityItem
    from .campaign_list_page import CampaignListPage
    from .campaign_list_request import CampaignListRequest
    from .campaign_list_response import CampaignListResponse
    from .campaign_list_sort import CampaignListSort
    from .campaign_response import CampaignResponse
    from .campaign_schedule import CampaignSchedule
    from .campaign_schedule_flag import CampaignScheduleFlag
    from .campaign_status import CampaignStatus
    from .campaign_status_data import CampaignStatusData
    from .campaign_status_response import CampaignStatusResponse
    from .campaign_status_response_status import CampaignStatusResponseStatus
    from .campaign_summary import CampaignSummary
    from .campaign_trigger_response import CampaignTriggerResponse
    from .campaign_type import CampaignType
    from .campaign_using_list import CampaignUsingList
    from .contact import Contact
    from .contact_field_mapping import ContactFieldMapping
    from .contact_list import ContactList
    from .contact_list_api_configurations import ContactListApiConfigurations
    from .contact_list_changes import ContactListChanges
    from .contact_list_file import ContactListFile
    from .contact_list_kind import ContactListKind
    from .contact_list_response import ContactListResponse
    from .contact_list_update import ContactListUpdate
    from .contact_list_update_response import ContactListUpdateResponse
    from .contact_lists_response import ContactListsResponse
    from .contacts_page import ContactsPage
    from .contacts_page_request import ContactsPageRequest
    from .contacts_page_response import ContactsPageResponse
    from .create_advanced_sms_campaign_campaign_type import CreateAdvancedSmsCampaignCampaignType
    from .create_contact_list_request import CreateContactListRequest
    from .create_contact_list_request_source import CreateContactListRequestSource
    from .create_voice_campaign_campaign_type import CreateVoiceCampaignCampaignType
    from .created_campaign import CreatedCampaign
    from .daily_recurrence import DailyRecurrence
    from .daily_recurrence_daily_details import DailyRecurrenceDailyDetails
    from .day_code import DayCode
    from .dialing_mode import DialingMode
    from .dialing_strategy import DialingStrategy
    from .dialing_strategy_dialing_order import DialingStrategyDialingOrder
    from .dnc_list import DncList
    from .dnc_list_ref import DncListRef
    from .empty_body import EmptyBody
    from .enable_machine_detect import EnableMachineDetect
    from .error_detail import ErrorDetail
    from .error_response import ErrorResponse
    from .get_campaign_status_v1_view import GetCampaignStatusV1View
    from .get_campaign_status_view import GetCampaignStatusView
    from .new_contact import NewContact
    from .pre_call_contact_data import PreCallContactData
    from .pre_call_contact_handling import PreCallContactHandling
    from .pre_call_detailed_contact_data import PreCallDetailedContactData
    from .pre_call_fetch_request import PreCallFetchRequest
    from .pre_call_fetch_response import PreCallFetchResponse
    from .pre_call_handle import PreCallHandle
    from .priority import Priority
    from .schedule_request import ScheduleRequest
    from .schedule_response import ScheduleResponse
    from .sms_advanced_campaign_request import SmsAdvancedCampaignRequest
    from .sms_advanced_campaign_request_campaign_type import SmsAdvancedCampaignRequestCampaignType
    from .sms_advanced_campaign_request_format import SmsAdvancedCampaignRequestFormat
    from .sms_campaign_request import SmsCampaignRequest
    from .sms_campaign_request_campaign_type import SmsCampaignRequestCampaignType
    from .sms_campaign_request_format import SmsCampaignRequestFormat
    from .sms_campaign_v1_request import SmsCampaignV1Request
    from .sms_campaign_v1_request_campaign_type import SmsCampaignV1RequestCampaignType
    from .sms_campaign_v1_request_format import SmsCampaignV1RequestFormat
    from .sms_dialing_strategy import SmsDialingStrategy
    from .sms_message import SmsMessage
    from .sms_message_out import SmsMessageOut
    from .sms_message_v1 import SmsMessageV1
    from .sort_order import SortOrder
    from .start_sms_campaign_campaign_type import StartSmsCampaignCampaignType
    from .start_sms_campaign_trigger import StartSmsCampaignTrigger
    from .stop_sms_campaign_campaign_type import StopSmsCampaignCampaignType
    from .stop_sms_campaign_trigger import StopSmsCampaignTrigger
    from .trigger_campaign_v1_trigger import TriggerCampaignV1Trigger
    from .trigger_voice_campaign_campaign_type import TriggerVoiceCampaignCampaignType
    from .trigger_voice_campaign_trigger import TriggerVoiceCampaignTrigger
    from .update_contact_list_request import UpdateContactListRequest
    from .update_contact_list_v1_request import UpdateContactListV1Request
    from .voice_campaign_request import VoiceCampaignRequest
    from .voice_campaign_request_campaign_type import VoiceCampaignRequestCampaignType
    from .voice_campaign_v2_create_request import VoiceCampaignV2CreateRequest
    from .voice_campaign_v2_request import VoiceCampaignV2Request
    from .voice_campaign_v2_request_campaign_type import VoiceCampaignV2RequestCampaignType
    from .voice_dialing_strategy import VoiceDialingStrategy
    from .voice_dialing_strategy_dialing_order import VoiceDialingStrategyDialingOrder
    from .weekday import Weekday
    from .weekly_recurrence import WeeklyRecurrence
    from .weekly_recurrence_weekly_details import WeeklyRecurrenceWeeklyDetails

# Each model's name -> its module, from the generator's own import lines.
_MODULES = {
    "AddContactsRequest": ".add_contacts_request",
    "AddContactsResponse": ".add_contacts_response",
    "CallbackEntry": ".callback_entry",
    "CallbackOutcome": ".callback_outcome",
    "CallbackResponse": ".callback_response",
    "CallerId": ".caller_id",
    "CallingHours": ".calling_hours",
    "CallingHoursFrequency": ".calling_hours_frequency",
    "CallingWindow": ".calling_window",
    "Campaign": ".campaign",
    "CampaignCampaignType": ".campaign_campaign_type",
    "CampaignContact": ".campaign_contact",
    "CampaignCreatedResponse": ".campaign_created_response",
    "CampaignCreatedShort": ".campaign_created_short",
    "CampaignCreatedV1Response": ".campaign_created_v1_response",
    "CampaignListFilters": ".campaign_list_filters",
    "CampaignListFiltersDialingModeItem": ".campaign_list_filters_dialing_mode_item",
    "CampaignListFiltersPriorityItem": ".campaign_list_filters_priority_item",
    "CampaignListPage": ".campaign_list_page",
    "CampaignListRequest": ".campaign_list_request",
    "CampaignListResponse": ".campaign_list_response",
    "CampaignListSort": ".campaign_list_sort",
    "CampaignResponse": ".campaign_response",
    "CampaignSchedule": ".campaign_schedule",
    "CampaignScheduleFlag": ".campaign_schedule_flag",
    "CampaignStatus": ".campaign_status",
    "CampaignStatusData": ".campaign_status_data",
    "CampaignStatusResponse": ".campaign_status_response",
    "CampaignStatusResponseStatus": ".campaign_status_response_status",
    "CampaignSummary": ".campaign_summary",
    "CampaignTriggerResponse": ".campaign_trigger_response",
    "CampaignType": ".campaign_type",
    "CampaignUsingList": ".campaign_using_list",
    "Contact": ".contact",
    "ContactFieldMapping": ".contact_field_mapping",
    "ContactList": ".contact_list",
    "ContactListApiConfigurations": ".contact_list_api_configurations",
    "ContactListChanges": ".contact_list_changes",
    "ContactListFile": ".contact_list_file",
    "ContactListKind": ".contact_list_kind",
    "ContactListResponse": ".contact_list_response",
    "ContactListUpdate": ".contact_list_update",
    "ContactListUpdateResponse": ".contact_list_update_response",
    "ContactListsResponse": ".contact_lists_response",
    "ContactsPage": ".contacts_page",
    "ContactsPageRequest": ".contacts_page_request",
    "ContactsPageResponse": ".contacts_page_response",
    "CreateAdvancedSmsCampaignCampaignType": ".create_advanced_sms_campaign_campaign_type",
    "CreateContactListRequest": ".create_contact_list_request",
    "CreateContactListRequestSource": ".create_contact_list_request_source",
    "CreateVoiceCampaignCampaignType": ".create_voice_campaign_campaign_type",
    "CreatedCampaign": ".created_campaign",
    "DailyRecurrence": ".daily_recurrence",
    "DailyRecurrenceDailyDetails": ".daily_recurrence_daily_details",
    "DayCode": ".day_code",
    "DialingMode": ".dialing_mode",
    "DialingStrategy": ".dialing_strategy",
    "DialingStrategyDialingOrder": ".dialing_strategy_dialing_order",
    "DncList": ".dnc_list",
    "DncListRef": ".dnc_list_ref",
    "EmptyBody": ".empty_body",
    "EnableMachineDetect": ".enable_machine_detect",
    "ErrorDetail": ".error_detail",
    "ErrorResponse": ".error_response",
    "GetCampaignStatusV1View": ".get_campaign_status_v1_view",
    "GetCampaignStatusView": ".get_campaign_status_view",
    "NewContact": ".new_contact",
    "PreCallContactData": ".pre_call_contact_data",
    "PreCallContactHandling": ".pre_call_contact_handling",
    "PreCallDetailedContactData": ".pre_call_detailed_contact_data",
    "PreCallFetchRequest": ".pre_call_fetch_request",
    "PreCallFetchResponse": ".pre_call_fetch_response",
    "PreCallHandle": ".pre_call_handle",
    "Priority": ".priority",
    "ScheduleRequest": ".schedule_request",
    "ScheduleResponse": ".schedule_response",
    "SmsAdvancedCampaignRequest": ".sms_advanced_campaign_request",
    "SmsAdvancedCampaignRequestCampaignType": ".sms_advanced_campaign_request_campaign_type",
    "SmsAdvancedCampaignRequestFormat": ".sms_advanced_campaign_request_format",
    "SmsCampaignRequest": ".sms_campaign_request",
    "SmsCampaignRequestCampaignType": ".sms_campaign_request_campaign_type",
    "SmsCampaignRequestFormat": ".sms_campaign_request_format",
    "SmsCampaignV1Request": ".sms_campaign_v1_request",
    "SmsCampaignV1RequestCampaignType": ".sms_campaign_v1_request_campaign_type",
    "SmsCampaignV1RequestFormat": ".sms_campaign_v1_request_format",
    "SmsDialingStrategy": ".sms_dialing_strategy",
    "SmsMessage": ".sms_message",
    "SmsMessageOut": ".sms_message_out",
    "SmsMessageV1": ".sms_message_v1",
    "SortOrder": ".sort_order",
    "StartSmsCampaignCampaignType": ".start_sms_campaign_campaign_type",
    "StartSmsCampaignTrigger": ".start_sms_campaign_trigger",
    "StopSmsCampaignCampaignType": ".stop_sms_campaign_campaign_type",
    "StopSmsCampaignTrigger": ".stop_sms_campaign_trigger",
    "TriggerCampaignV1Trigger": ".trigger_campaign_v1_trigger",
    "TriggerVoiceCampaignCampaignType": ".trigger_voice_campaign_campaign_type",
    "TriggerVoiceCampaignTrigger": ".trigger_voice_campaign_trigger",
    "UpdateContactListRequest": ".update_contact_list_request",
    "UpdateContactListV1Request": ".update_contact_list_v1_request",
    "VoiceCampaignRequest": ".voice_campaign_request",
    "VoiceCampaignRequestCampaignType": ".voice_campaign_request_campaign_type",
    "VoiceCampaignV2CreateRequest": ".voice_campaign_v2_create_request",
    "VoiceCampaignV2Request": ".voice_campaign_v2_request",
    "VoiceCampaignV2RequestCampaignType": ".voice_campaign_v2_request_campaign_type",
    "VoiceDialingStrategy": ".voice_dialing_strategy",
    "VoiceDialingStrategyDialingOrder": ".voice_dialing_strategy_dialing_order",
    "Weekday": ".weekday",
    "WeeklyRecurrence": ".weekly_recurrence",
    "WeeklyRecurrenceWeeklyDetails": ".weekly_recurrence_weekly_details",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])


__all__ = (
    "AddContactsRequest",
    "AddContactsResponse",
    "CallbackEntry",
    "CallbackOutcome",
    "CallbackResponse",
    "CallerId",
    "CallingHours",
    "CallingHoursFrequency",
    "CallingWindow",
    "Campaign",
    "CampaignCampaignType",
    "CampaignContact",
    "CampaignCreatedResponse",
    "CampaignCreatedShort",
    "CampaignCreatedV1Response",
    "CampaignListFilters",
    "CampaignListFiltersDialingModeItem",
    "CampaignListFiltersPriorityItem",
    "CampaignListPage",
    "CampaignListRequest",
    "CampaignListResponse",
    "CampaignListSort",
    "CampaignResponse",
    "CampaignSchedule",
    "CampaignScheduleFlag",
    "CampaignStatus",
    "CampaignStatusData",
    "CampaignStatusResponse",
    "CampaignStatusResponseStatus",
    "CampaignSummary",
    "CampaignTriggerResponse",
    "CampaignType",
    "CampaignUsingList",
    "Contact",
    "ContactFieldMapping",
    "ContactList",
    "ContactListApiConfigurations",
    "ContactListChanges",
    "ContactListFile",
    "ContactListKind",
    "ContactListResponse",
    "ContactListsResponse",
    "ContactListUpdate",
    "ContactListUpdateResponse",
    "ContactsPage",
    "ContactsPageRequest",
    "ContactsPageResponse",
    "CreateAdvancedSmsCampaignCampaignType",
    "CreateContactListRequest",
    "CreateContactListRequestSource",
    "CreatedCampaign",
    "CreateVoiceCampaignCampaignType",
    "DailyRecurrence",
    "DailyRecurrenceDailyDetails",
    "DayCode",
    "DialingMode",
    "DialingStrategy",
    "DialingStrategyDialingOrder",
    "DncList",
    "DncListRef",
    "EmptyBody",
    "EnableMachineDetect",
    "ErrorDetail",
    "ErrorResponse",
    "GetCampaignStatusV1View",
    "GetCampaignStatusView",
    "NewContact",
    "PreCallContactData",
    "PreCallContactHandling",
    "PreCallDetailedContactData",
    "PreCallFetchRequest",
    "PreCallFetchResponse",
    "PreCallHandle",
    "Priority",
    "ScheduleRequest",
    "ScheduleResponse",
    "SmsAdvancedCampaignRequest",
    "SmsAdvancedCampaignRequestCampaignType",
    "SmsAdvancedCampaignRequestFormat",
    "SmsCampaignRequest",
    "SmsCampaignRequestCampaignType",
    "SmsCampaignRequestFormat",
    "SmsCampaignV1Request",
    "SmsCampaignV1RequestCampaignType",
    "SmsCampaignV1RequestFormat",
    "SmsDialingStrategy",
    "SmsMessage",
    "SmsMessageOut",
    "SmsMessageV1",
    "SortOrder",
    "StartSmsCampaignCampaignType",
    "StartSmsCampaignTrigger",
    "StopSmsCampaignCampaignType",
    "StopSmsCampaignTrigger",
    "TriggerCampaignV1Trigger",
    "TriggerVoiceCampaignCampaignType",
    "TriggerVoiceCampaignTrigger",
    "UpdateContactListRequest",
    "UpdateContactListV1Request",
    "VoiceCampaignRequest",
    "VoiceCampaignRequestCampaignType",
    "VoiceCampaignV2CreateRequest",
    "VoiceCampaignV2Request",
    "VoiceCampaignV2RequestCampaignType",
    "VoiceDialingStrategy",
    "VoiceDialingStrategyDialingOrder",
    "Weekday",
    "WeeklyRecurrence",
    "WeeklyRecurrenceWeeklyDetails",
)
