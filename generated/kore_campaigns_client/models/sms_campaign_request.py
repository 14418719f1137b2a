from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.priority import Priority, check_priority
from ..models.sms_campaign_request_campaign_type import (
    SmsCampaignRequestCampaignType,
    check_sms_campaign_request_campaign_type,
)
from ..models.sms_campaign_request_format import SmsCampaignRequestFormat, check_sms_campaign_request_format
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_schedule_flag import CampaignScheduleFlag
    from ..models.dnc_list_ref import DncListRef
    from ..models.sms_dialing_strategy import SmsDialingStrategy
    from ..models.sms_message import SmsMessage


T = TypeVar("T", bound="SmsCampaignRequest")


@_attrs_define
class SmsCampaignRequest:
    """An SMS campaign with a plain message or a template (`format` simple). `schedule` is in the samples but not in the
    tables, so optional.

    """

    name: str
    """ Campaign name, at most 48 characters, not blank. Unique within the bot, compared case-insensitively. """
    description: str
    contact_lists: list[str]
    """ Names of contact lists to dial or message; each must already exist. """
    campaign_type: SmsCampaignRequestCampaignType
    """ Repeats the query's campaign type; `sms` here. """
    priority: Priority
    """ Campaign priority, a string; higher values run first. """
    format_: SmsCampaignRequestFormat
    """ `simple`: the plain template, without personalisation logic. """
    message: SmsMessage
    """ The message; with `template_name` (and optionally `templateId`) it is a registered template, without it a
    plain message. """
    dialing_strategy: SmsDialingStrategy
    """ Sender and sending hours of an SMS campaign. """
    dnc_lists: DncListRef | Unset = UNSET
    """ A Do-Not-Call list, by name; it must exist. """
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

        dnc_lists: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dnc_lists, Unset):
            dnc_lists = self.dnc_lists.to_dict()

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
        if dnc_lists is not UNSET:
            field_dict["dncLists"] = dnc_lists
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_schedule_flag import CampaignScheduleFlag  # noqa: PLC0415
        from ..models.dnc_list_ref import DncListRef  # noqa: PLC0415
        from ..models.sms_dialing_strategy import SmsDialingStrategy  # noqa: PLC0415
        from ..models.sms_message import SmsMessage  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        contact_lists = cast(list[str], d.pop("contactLists"))

        campaign_type = check_sms_campaign_request_campaign_type(d.pop("campaignType"))

        priority = check_priority(d.pop("priority"))

        format_ = check_sms_campaign_request_format(d.pop("format"))

        message = SmsMessage.from_dict(d.pop("message"))

        dialing_strategy = SmsDialingStrategy.from_dict(d.pop("dialingStrategy"))

        _dnc_lists = d.pop("dncLists", UNSET)
        dnc_lists: DncListRef | Unset
        if isinstance(_dnc_lists, Unset):
            dnc_lists = UNSET
        else:
            dnc_lists = DncListRef.from_dict(_dnc_lists)

        _schedule = d.pop("schedule", UNSET)
        schedule: CampaignScheduleFlag | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = CampaignScheduleFlag.from_dict(_schedule)

        sms_campaign_request = cls(
            name=name,
            description=description,
            contact_lists=contact_lists,
            campaign_type=campaign_type,
            priority=priority,
            format_=format_,
            message=message,
            dialing_strategy=dialing_strategy,
            dnc_lists=dnc_lists,
            schedule=schedule,
        )

        sms_campaign_request.additional_properties = d
        return sms_campaign_request

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
