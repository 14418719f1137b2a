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
    from ..models.dialing_strategy import DialingStrategy
    from ..models.dnc_list import DncList
    from ..models.sms_message_out import SmsMessageOut


T = TypeVar("T", bound="CreatedCampaign")


@_attrs_define
class CreatedCampaign:
    """A new campaign as the v1 and v2 creates return it (and the v1 update). The pages differ by
    kind: a voice campaign's id is `id` (status `Preparing`), an SMS campaign's `_id` (status
    `Ready`); one of the two is always present. One type rather than a union, so that callers of the generated client
    read one model; the `if`/`then` below keeps the id rule for validators.

    """

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
    contact_lists: list[str]
    id: str | Unset = UNSET
    """ Campaign id, `cd-…` (voice campaigns). """
    field_id: str | Unset = UNSET
    """ Campaign id, `cd-…` (SMS campaigns). """
    dnc_lists: DncList | Unset = UNSET
    """ A Do-Not-Call list as returned; the voice get sample includes its id, the SMS samples do not. """
    dialing_mode: DialingMode | Unset = UNSET
    """ How calls are handled. """
    queue_name: str | Unset = UNSET
    max_skips: int | Unset = UNSET
    campaign_instance_id: str | Unset = UNSET
    """ Id of the campaign's last run, `cid-…` (in the v1 SMS update table). """
    message: SmsMessageOut | Unset = UNSET
    experience_flow: str | Unset = UNSET
    """ Experience flow id, `cf-…`. """
    enable_machine_detect: bool | Unset = UNSET
    """ Whether machine detection is on (voice). The request sends no/detect/disconnect; the response reports a
    boolean. """
    is_imported: bool | Unset = UNSET
    is_filters_enabled: bool | Unset = UNSET
    total_messages_sent: int | Unset = UNSET
    direction: str | Unset = UNSET
    schedule: CampaignSchedule | Unset = UNSET
    """ The campaign's schedule. The docs' samples show only the two flags (on unscheduled
    campaigns); the set schedule is returned as the optional remaining fields.
     """
    format_: str | Unset = UNSET
    """ Message format of an SMS campaign, `simple` or `advanced`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        lname = self.lname

        description = self.description

        status: str = self.status

        priority: str = self.priority

        dialing_strategy = self.dialing_strategy.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        contact_lists = self.contact_lists

        id = self.id

        field_id = self.field_id

        dnc_lists: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dnc_lists, Unset):
            dnc_lists = self.dnc_lists.to_dict()

        dialing_mode: str | Unset = UNSET
        if not isinstance(self.dialing_mode, Unset):
            dialing_mode = self.dialing_mode

        queue_name = self.queue_name

        max_skips = self.max_skips

        campaign_instance_id = self.campaign_instance_id

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        experience_flow = self.experience_flow

        enable_machine_detect = self.enable_machine_detect

        is_imported = self.is_imported

        is_filters_enabled = self.is_filters_enabled

        total_messages_sent = self.total_messages_sent

        direction = self.direction

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "lname": lname,
                "description": description,
                "status": status,
                "priority": priority,
                "dialingStrategy": dialing_strategy,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "contactLists": contact_lists,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if dnc_lists is not UNSET:
            field_dict["dncLists"] = dnc_lists
        if dialing_mode is not UNSET:
            field_dict["dialingMode"] = dialing_mode
        if queue_name is not UNSET:
            field_dict["queue_name"] = queue_name
        if max_skips is not UNSET:
            field_dict["maxSkips"] = max_skips
        if campaign_instance_id is not UNSET:
            field_dict["campaignInstanceId"] = campaign_instance_id
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
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
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
        name = d.pop("name")

        lname = d.pop("lname")

        description = d.pop("description")

        status = check_campaign_status(d.pop("status"))

        priority = check_priority(d.pop("priority"))

        dialing_strategy = DialingStrategy.from_dict(d.pop("dialingStrategy"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        contact_lists = cast(list[str], d.pop("contactLists"))

        id = d.pop("id", UNSET)

        field_id = d.pop("_id", UNSET)

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

        max_skips = d.pop("maxSkips", UNSET)

        campaign_instance_id = d.pop("campaignInstanceId", UNSET)

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

        _schedule = d.pop("schedule", UNSET)
        schedule: CampaignSchedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = CampaignSchedule.from_dict(_schedule)

        format_ = d.pop("format", UNSET)

        created_campaign = cls(
            name=name,
            lname=lname,
            description=description,
            status=status,
            priority=priority,
            dialing_strategy=dialing_strategy,
            created_at=created_at,
            updated_at=updated_at,
            contact_lists=contact_lists,
            id=id,
            field_id=field_id,
            dnc_lists=dnc_lists,
            dialing_mode=dialing_mode,
            queue_name=queue_name,
            max_skips=max_skips,
            campaign_instance_id=campaign_instance_id,
            message=message,
            experience_flow=experience_flow,
            enable_machine_detect=enable_machine_detect,
            is_imported=is_imported,
            is_filters_enabled=is_filters_enabled,
            total_messages_sent=total_messages_sent,
            direction=direction,
            schedule=schedule,
            format_=format_,
        )

        created_campaign.additional_properties = d
        return created_campaign

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
