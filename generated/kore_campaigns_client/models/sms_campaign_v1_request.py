from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.priority import Priority, check_priority
from ..models.sms_campaign_v1_request_campaign_type import (
    SmsCampaignV1RequestCampaignType,
    check_sms_campaign_v1_request_campaign_type,
)
from ..models.sms_campaign_v1_request_format import SmsCampaignV1RequestFormat, check_sms_campaign_v1_request_format
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_schedule_flag import CampaignScheduleFlag
    from ..models.sms_dialing_strategy import SmsDialingStrategy
    from ..models.sms_message_v1 import SmsMessageV1


T = TypeVar("T", bound="SmsCampaignV1Request")


@_attrs_define
class SmsCampaignV1Request:
    """A v1 SMS campaign in the simple format, from a template ("Create SMS Campaign (Using
    Template) API": `message.template_name`, a Base64 message) or with a plain message
    ("... (Without SMS Template)": plain text, `message.templateId` empty or left out).
    `schedule` is in the samples but not in the tables, so optional.

    """

    name: str
    """ Campaign name, at most 48 characters, not blank. Unique within the bot, compared case-insensitively. """
    description: str
    contact_lists: list[str]
    """ Names of contact lists to dial or message; each must already exist. """
    campaign_type: SmsCampaignV1RequestCampaignType
    """ Repeats the query's campaign type; `sms` here. """
    priority: Priority
    """ Campaign priority, a string; higher values run first. """
    format_: SmsCampaignV1RequestFormat
    """ `simple`: a plain message without personalisation. """
    message: SmsMessageV1
    dialing_strategy: SmsDialingStrategy
    """ Sender and sending hours of an SMS campaign. """
    schedule: CampaignScheduleFlag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        contact_lists = self.contact_lists

        campaign_type: str = self.campaign_type

        priority: str = self.priority

        format_: str = self.format_

        message = self.message.to_dict()

        dialing_strategy = self.dialing_strategy.to_dict()

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "contactLists": contact_lists,
                "campaignType": campaign_type,
                "priority": priority,
                "format": format_,
                "message": message,
                "dialingStrategy": dialing_strategy,
            }
        )
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_schedule_flag import CampaignScheduleFlag  # noqa: PLC0415
        from ..models.sms_dialing_strategy import SmsDialingStrategy  # noqa: PLC0415
        from ..models.sms_message_v1 import SmsMessageV1  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        contact_lists = cast(list[str], d.pop("contactLists"))

        campaign_type = check_sms_campaign_v1_request_campaign_type(d.pop("campaignType"))

        priority = check_priority(d.pop("priority"))

        format_ = check_sms_campaign_v1_request_format(d.pop("format"))

        message = SmsMessageV1.from_dict(d.pop("message"))

        dialing_strategy = SmsDialingStrategy.from_dict(d.pop("dialingStrategy"))

        _schedule = d.pop("schedule", UNSET)
        schedule: CampaignScheduleFlag | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = CampaignScheduleFlag.from_dict(_schedule)

        sms_campaign_v1_request = cls(
            name=name,
            description=description,
            contact_lists=contact_lists,
            campaign_type=campaign_type,
            priority=priority,
            format_=format_,
            message=message,
            dialing_strategy=dialing_strategy,
            schedule=schedule,
        )

        sms_campaign_v1_request.additional_properties = d
        return sms_campaign_v1_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
