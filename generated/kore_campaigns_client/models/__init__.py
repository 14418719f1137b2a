"""Contains all the data models used in inputs/outputs"""

from .add_contacts_request import AddContactsRequest
from .add_contacts_response import AddContactsResponse
from .caller_id import CallerId
from .calling_hours import CallingHours
from .calling_hours_frequency import CallingHoursFrequency
from .calling_window import CallingWindow
from .campaign import Campaign
from .campaign_campaign_type import CampaignCampaignType
from .campaign_response import CampaignResponse
from .campaign_schedule import CampaignSchedule
from .campaign_schedule_flag import CampaignScheduleFlag
from .campaign_using_list import CampaignUsingList
from .contact import Contact
from .contact_field_mapping import ContactFieldMapping
from .contact_list import ContactList
from .contact_list_api_configurations import ContactListApiConfigurations
from .contact_list_changes import ContactListChanges
from .contact_list_file import ContactListFile
from .contact_list_kind import ContactListKind
from .contact_list_response import ContactListResponse
from .contact_list_update_response import ContactListUpdateResponse
from .contact_list_update_response_contact_list_update import ContactListUpdateResponseContactListUpdate
from .contact_lists_response import ContactListsResponse
from .contacts_page_response import ContactsPageResponse
from .contacts_page_response_contacts_page import ContactsPageResponseContactsPage
from .create_contact_list_request import CreateContactListRequest
from .create_contact_list_request_source import CreateContactListRequestSource
from .create_sms_campaign_campaign_type import CreateSmsCampaignCampaignType
from .create_voice_campaign_campaign_type import CreateVoiceCampaignCampaignType
from .daily_recurrence import DailyRecurrence
from .daily_recurrence_daily_details import DailyRecurrenceDailyDetails
from .day_code import DayCode
from .dialing_mode import DialingMode
from .dialing_strategy import DialingStrategy
from .dialing_strategy_dialing_order import DialingStrategyDialingOrder
from .dnc_list import DncList
from .dnc_list_ref import DncListRef
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .new_contact import NewContact
from .priority import Priority
from .schedule_request import ScheduleRequest
from .schedule_response import ScheduleResponse
from .sms_campaign_request import SmsCampaignRequest
from .sms_campaign_request_campaign_type import SmsCampaignRequestCampaignType
from .sms_campaign_request_format import SmsCampaignRequestFormat
from .sms_dialing_strategy import SmsDialingStrategy
from .sms_message import SmsMessage
from .sms_message_out import SmsMessageOut
from .update_contact_list_request import UpdateContactListRequest
from .voice_campaign_created import VoiceCampaignCreated
from .voice_campaign_created_response import VoiceCampaignCreatedResponse
from .voice_campaign_request import VoiceCampaignRequest
from .voice_campaign_request_campaign_type import VoiceCampaignRequestCampaignType
from .voice_dialing_strategy import VoiceDialingStrategy
from .voice_dialing_strategy_dialing_order import VoiceDialingStrategyDialingOrder
from .weekday import Weekday
from .weekly_recurrence import WeeklyRecurrence
from .weekly_recurrence_weekly_details import WeeklyRecurrenceWeeklyDetails

__all__ = (
    "AddContactsRequest",
    "AddContactsResponse",
    "CallerId",
    "CallingHours",
    "CallingHoursFrequency",
    "CallingWindow",
    "Campaign",
    "CampaignCampaignType",
    "CampaignResponse",
    "CampaignSchedule",
    "CampaignScheduleFlag",
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
    "ContactListUpdateResponse",
    "ContactListUpdateResponseContactListUpdate",
    "ContactsPageResponse",
    "ContactsPageResponseContactsPage",
    "CreateContactListRequest",
    "CreateContactListRequestSource",
    "CreateSmsCampaignCampaignType",
    "CreateVoiceCampaignCampaignType",
    "DailyRecurrence",
    "DailyRecurrenceDailyDetails",
    "DayCode",
    "DialingMode",
    "DialingStrategy",
    "DialingStrategyDialingOrder",
    "DncList",
    "DncListRef",
    "ErrorDetail",
    "ErrorResponse",
    "NewContact",
    "Priority",
    "ScheduleRequest",
    "ScheduleResponse",
    "SmsCampaignRequest",
    "SmsCampaignRequestCampaignType",
    "SmsCampaignRequestFormat",
    "SmsDialingStrategy",
    "SmsMessage",
    "SmsMessageOut",
    "UpdateContactListRequest",
    "VoiceCampaignCreated",
    "VoiceCampaignCreatedResponse",
    "VoiceCampaignRequest",
    "VoiceCampaignRequestCampaignType",
    "VoiceDialingStrategy",
    "VoiceDialingStrategyDialingOrder",
    "Weekday",
    "WeeklyRecurrence",
    "WeeklyRecurrenceWeeklyDetails",
)
