from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_status import CampaignStatus, check_campaign_status
from ..models.dialing_mode import DialingMode, check_dialing_mode
from ..models.priority import Priority, check_priority
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_schedule import CampaignSchedule
    from ..models.dnc_list import DncList
    from ..models.sms_message_out import SmsMessageOut


T = TypeVar("T", bound="CampaignSummary")


@_attrs_define
class CampaignSummary:
    """A campaign as the list returns it; voice entries carry `_id` and `dialingMode`, SMS entries `id`, `format` and
    message details.

    """

    name: str
    status: CampaignStatus
    """ A campaign's state, in the docs' words: `Preparing` (voice, just created), `Ready`,
    `Active` (started), `Stopped`; the list filter also names `Paused`, `Completed`,
    `Scheduled` and `Rescheduled`.
     """
    priority: Priority
    """ Campaign priority, a string; higher values run first. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    contact_lists: list[str]
    field_id: str | Unset = UNSET
    id: str | Unset = UNSET
    description: str | Unset = UNSET
    dnc_lists: DncList | Unset = UNSET
    """ A Do-Not-Call list as returned; the voice get sample includes its id, the SMS samples do not. """
    dialing_mode: DialingMode | Unset = UNSET
    """ How calls are handled. """
    message: SmsMessageOut | Unset = UNSET
    experience_flow: str | Unset = UNSET
    is_filters_enabled: bool | Unset = UNSET
    campaign_instance_updated_at: datetime.datetime | Unset = UNSET
    campaign_instance_id: str | Unset = UNSET
    campaign_execution_type: str | Unset = UNSET
    total_messages_sent: int | Unset = UNSET
    schedule: CampaignSchedule | Unset = UNSET
    """ The campaign's schedule. The docs' samples show only the two flags (on unscheduled
    campaigns); the set schedule is returned as the optional remaining fields.
     """
    connection: str | Unset = UNSET
    """ Queue or routing connection of a voice campaign, such as `Default Queue`. """
    format_: str | Unset = UNSET
    """ SMS format, `simple` or `advanced`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        status: str = self.status

        priority: str = self.priority

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        contact_lists = self.contact_lists

        field_id = self.field_id

        id = self.id

        description = self.description

        dnc_lists: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dnc_lists, Unset):
            dnc_lists = self.dnc_lists.to_dict()

        dialing_mode: str | Unset = UNSET
        if not isinstance(self.dialing_mode, Unset):
            dialing_mode = self.dialing_mode

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        experience_flow = self.experience_flow

        is_filters_enabled = self.is_filters_enabled

        campaign_instance_updated_at: str | Unset = UNSET
        if not isinstance(self.campaign_instance_updated_at, Unset):
            campaign_instance_updated_at = self.campaign_instance_updated_at.isoformat()

        campaign_instance_id = self.campaign_instance_id

        campaign_execution_type = self.campaign_execution_type

        total_messages_sent = self.total_messages_sent

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        connection = self.connection

        format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "status": status,
                "priority": priority,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "contactLists": contact_lists,
            }
        )
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if dnc_lists is not UNSET:
            field_dict["dncLists"] = dnc_lists
        if dialing_mode is not UNSET:
            field_dict["dialingMode"] = dialing_mode
        if message is not UNSET:
            field_dict["message"] = message
        if experience_flow is not UNSET:
            field_dict["experienceFlow"] = experience_flow
        if is_filters_enabled is not UNSET:
            field_dict["isFiltersEnabled"] = is_filters_enabled
        if campaign_instance_updated_at is not UNSET:
            field_dict["campaignInstanceUpdatedAt"] = campaign_instance_updated_at
        if campaign_instance_id is not UNSET:
            field_dict["campaignInstanceId"] = campaign_instance_id
        if campaign_execution_type is not UNSET:
            field_dict["campaignExecutionType"] = campaign_execution_type
        if total_messages_sent is not UNSET:
            field_dict["totalMessagesSent"] = total_messages_sent
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if connection is not UNSET:
            field_dict["connection"] = connection
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_schedule import CampaignSchedule  # noqa: PLC0415
        from ..models.dnc_list import DncList  # noqa: PLC0415
        from ..models.sms_message_out import SmsMessageOut  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        status = check_campaign_status(d.pop("status"))

        priority = check_priority(d.pop("priority"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        contact_lists = cast(list[str], d.pop("contactLists"))

        field_id = d.pop("_id", UNSET)

        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

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

        _message = d.pop("message", UNSET)
        message: SmsMessageOut | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = SmsMessageOut.from_dict(_message)

        experience_flow = d.pop("experienceFlow", UNSET)

        is_filters_enabled = d.pop("isFiltersEnabled", UNSET)

        _campaign_instance_updated_at = d.pop("campaignInstanceUpdatedAt", UNSET)
        campaign_instance_updated_at: datetime.datetime | Unset
        if isinstance(_campaign_instance_updated_at, Unset):
            campaign_instance_updated_at = UNSET
        else:
            campaign_instance_updated_at = datetime.datetime.fromisoformat(_campaign_instance_updated_at)

        campaign_instance_id = d.pop("campaignInstanceId", UNSET)

        campaign_execution_type = d.pop("campaignExecutionType", UNSET)

        total_messages_sent = d.pop("totalMessagesSent", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: CampaignSchedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = CampaignSchedule.from_dict(_schedule)

        connection = d.pop("connection", UNSET)

        format_ = d.pop("format", UNSET)

        campaign_summary = cls(
            name=name,
            status=status,
            priority=priority,
            created_at=created_at,
            updated_at=updated_at,
            contact_lists=contact_lists,
            field_id=field_id,
            id=id,
            description=description,
            dnc_lists=dnc_lists,
            dialing_mode=dialing_mode,
            message=message,
            experience_flow=experience_flow,
            is_filters_enabled=is_filters_enabled,
            campaign_instance_updated_at=campaign_instance_updated_at,
            campaign_instance_id=campaign_instance_id,
            campaign_execution_type=campaign_execution_type,
            total_messages_sent=total_messages_sent,
            schedule=schedule,
            connection=connection,
            format_=format_,
        )

        campaign_summary.additional_properties = d
        return campaign_summary

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
