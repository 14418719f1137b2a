from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_campaign_type import CampaignCampaignType, check_campaign_campaign_type
from ..models.campaign_status import CampaignStatus, check_campaign_status
from ..models.dialing_mode import DialingMode, check_dialing_mode
from ..models.priority import Priority, check_priority
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_schedule import CampaignSchedule
    from ..models.dialing_strategy import DialingStrategy
    from ..models.dnc_list import DncList
    from ..models.sms_message_out import SmsMessageOut


T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """A voice or SMS campaign as the v2 create and get endpoints return it."""

    field_id: str
    """ Campaign id, `cd-…`. """
    name: str
    lname: str
    """ The name in lower case. """
    description: str
    status: CampaignStatus
    """ A campaign's state, in the docs' words: `Preparing` (voice, just created), `Ready`,
    `Active` (started), `Stopped`; the list filter also names `Paused`, `Completed`,
    `Scheduled` and `Rescheduled`.
     """
    priority: Priority
    """ Campaign priority, a string; higher values run first. """
    dialing_strategy: DialingStrategy
    """ A campaign's dialing strategy as returned; the voice-only fields are absent on SMS campaigns. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    schedule: CampaignSchedule
    """ The campaign's schedule. The docs' samples show only the two flags (on unscheduled
    campaigns); the set schedule is returned as the optional remaining fields.
     """
    contact_lists: list[str]
    max_skips: int | Unset = UNSET
    """ Preview dialing's allowed skips per contact. """
    campaign_instance_id: str | Unset = UNSET
    """ Id of the campaign's current or last run, `cid-…`. """
    campaign_type: CampaignCampaignType | Unset = UNSET
    dnc_lists: DncList | Unset = UNSET
    """ A Do-Not-Call list as returned; the voice get sample includes its id, the SMS samples do not. """
    dialing_mode: DialingMode | Unset = UNSET
    """ How calls are handled. """
    queue_name: str | Unset = UNSET
    message: SmsMessageOut | Unset = UNSET
    experience_flow: str | Unset = UNSET
    """ Experience flow id, `cf-…`. """
    enable_machine_detect: bool | Unset = UNSET
    is_imported: bool | Unset = UNSET
    is_filters_enabled: bool | Unset = UNSET
    total_messages_sent: int | Unset = UNSET
    """ In the create-SMS table, not in its sample. """
    direction: str | Unset = UNSET
    """ In the create-SMS table ("campaign format type"), not in its sample. """
    format_: str | Unset = UNSET
    """ Message format of an SMS campaign, such as `simple` or `advanced`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        lname = self.lname

        description = self.description

        status: str = self.status

        priority: str = self.priority

        dialing_strategy = self.dialing_strategy.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        schedule = self.schedule.to_dict()

        contact_lists = self.contact_lists

        max_skips = self.max_skips

        campaign_instance_id = self.campaign_instance_id

        campaign_type: str | Unset = UNSET
        if not isinstance(self.campaign_type, Unset):
            campaign_type = self.campaign_type

        dnc_lists: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dnc_lists, Unset):
            dnc_lists = self.dnc_lists.to_dict()

        dialing_mode: str | Unset = UNSET
        if not isinstance(self.dialing_mode, Unset):
            dialing_mode = self.dialing_mode

        queue_name = self.queue_name

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        experience_flow = self.experience_flow

        enable_machine_detect = self.enable_machine_detect

        is_imported = self.is_imported

        is_filters_enabled = self.is_filters_enabled

        total_messages_sent = self.total_messages_sent

        direction = self.direction

        format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "name": name,
                "lname": lname,
                "description": description,
                "status": status,
                "priority": priority,
                "dialingStrategy": dialing_strategy,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "schedule": schedule,
                "contactLists": contact_lists,
            }
        )
        if max_skips is not UNSET:
            field_dict["maxSkips"] = max_skips
        if campaign_instance_id is not UNSET:
            field_dict["campaignInstanceId"] = campaign_instance_id
        if campaign_type is not UNSET:
            field_dict["campaignType"] = campaign_type
        if dnc_lists is not UNSET:
            field_dict["dncLists"] = dnc_lists
        if dialing_mode is not UNSET:
            field_dict["dialingMode"] = dialing_mode
        if queue_name is not UNSET:
            field_dict["queue_name"] = queue_name
        if message is not UNSET:
            field_dict["message"] = message
        if experience_flow is not UNSET:
            field_dict["experienceFlow"] = experience_flow
        if enable_machine_detect is not UNSET:
            field_dict["enableMachineDetect"] = enable_machine_detect
        if is_imported is not UNSET:
            field_dict["isImported"] = is_imported
        if is_filters_enabled is not UNSET:
            field_dict["isFiltersEnabled"] = is_filters_enabled
        if total_messages_sent is not UNSET:
            field_dict["totalMessagesSent"] = total_messages_sent
        if direction is not UNSET:
            field_dict["direction"] = direction
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_schedule import CampaignSchedule  # noqa: PLC0415
        from ..models.dialing_strategy import DialingStrategy  # noqa: PLC0415
        from ..models.dnc_list import DncList  # noqa: PLC0415
        from ..models.sms_message_out import SmsMessageOut  # noqa: PLC0415

        d = dict(src_dict)
        field_id = d.pop("_id")

        name = d.pop("name")

        lname = d.pop("lname")

        description = d.pop("description")

        status = check_campaign_status(d.pop("status"))

        priority = check_priority(d.pop("priority"))

        dialing_strategy = DialingStrategy.from_dict(d.pop("dialingStrategy"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        schedule = CampaignSchedule.from_dict(d.pop("schedule"))

        contact_lists = cast(list[str], d.pop("contactLists"))

        max_skips = d.pop("maxSkips", UNSET)

        campaign_instance_id = d.pop("campaignInstanceId", UNSET)

        _campaign_type = d.pop("campaignType", UNSET)
        campaign_type: CampaignCampaignType | Unset
        if isinstance(_campaign_type, Unset):
            campaign_type = UNSET
        else:
            campaign_type = check_campaign_campaign_type(_campaign_type)

        _dnc_lists = d.pop("dncLists", UNSET)
        dnc_lists: DncList | Unset
        if isinstance(_dnc_lists, Unset):
            dnc_lists = UNSET
        else:
            dnc_lists = DncList.from_dict(_dnc_lists)

        _dialing_mode = d.pop("dialingMode", UNSET)
        dialing_mode: DialingMode | Unset
        if isinstance(_dialing_mode, Unset):
            dialing_mode = UNSET
        else:
            dialing_mode = check_dialing_mode(_dialing_mode)

        queue_name = d.pop("queue_name", UNSET)

        _message = d.pop("message", UNSET)
        message: SmsMessageOut | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = SmsMessageOut.from_dict(_message)

        experience_flow = d.pop("experienceFlow", UNSET)

        enable_machine_detect = d.pop("enableMachineDetect", UNSET)

        is_imported = d.pop("isImported", UNSET)

        is_filters_enabled = d.pop("isFiltersEnabled", UNSET)

        total_messages_sent = d.pop("totalMessagesSent", UNSET)

        direction = d.pop("direction", UNSET)

        format_ = d.pop("format", UNSET)

        campaign = cls(
            field_id=field_id,
            name=name,
            lname=lname,
            description=description,
            status=status,
            priority=priority,
            dialing_strategy=dialing_strategy,
            created_at=created_at,
            updated_at=updated_at,
            schedule=schedule,
            contact_lists=contact_lists,
            max_skips=max_skips,
            campaign_instance_id=campaign_instance_id,
            campaign_type=campaign_type,
            dnc_lists=dnc_lists,
            dialing_mode=dialing_mode,
            queue_name=queue_name,
            message=message,
            experience_flow=experience_flow,
            enable_machine_detect=enable_machine_detect,
            is_imported=is_imported,
            is_filters_enabled=is_filters_enabled,
            total_messages_sent=total_messages_sent,
            direction=direction,
            format_=format_,
        )

        campaign.additional_properties = d
        return campaign

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
