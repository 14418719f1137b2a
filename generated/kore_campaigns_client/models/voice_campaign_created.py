from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dialing_mode import DialingMode, check_dialing_mode
from ..models.priority import Priority, check_priority
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_schedule import CampaignSchedule
    from ..models.dialing_strategy import DialingStrategy


T = TypeVar("T", bound="VoiceCampaignCreated")


@_attrs_define
class VoiceCampaignCreated:
    """A voice campaign as the v1 create and v1 update endpoints return it (id in `id`, not `_id`)."""

    id: str
    """ Campaign id, `cd-…`. """
    name: str
    lname: str
    description: str
    priority: Priority
    """ Campaign priority, a string; higher values run first. """
    dialing_mode: DialingMode
    """ How calls are handled. """
    dialing_strategy: DialingStrategy
    """ A campaign's dialing strategy as returned; the voice-only fields are absent on SMS campaigns. """
    status: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    contact_lists: list[str]
    enable_machine_detect: bool
    queue_name: str | Unset = UNSET
    experience_flow: str | Unset = UNSET
    """ Experience flow id, `cf-…`. """
    max_skips: int | Unset = UNSET
    """ Preview dialing's allowed skips per contact (in the v1 voice update's answer). """
    schedule: CampaignSchedule | Unset = UNSET
    """ The campaign's schedule. The docs' samples show only the two flags (on unscheduled
    campaigns); the set schedule is returned as the optional remaining fields.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        lname = self.lname

        description = self.description

        priority: str = self.priority

        dialing_mode: str = self.dialing_mode

        dialing_strategy = self.dialing_strategy.to_dict()

        status = self.status

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        contact_lists = self.contact_lists

        enable_machine_detect = self.enable_machine_detect

        queue_name = self.queue_name

        experience_flow = self.experience_flow

        max_skips = self.max_skips

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "lname": lname,
                "description": description,
                "priority": priority,
                "dialingMode": dialing_mode,
                "dialingStrategy": dialing_strategy,
                "status": status,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "contactLists": contact_lists,
                "enableMachineDetect": enable_machine_detect,
            }
        )
        if queue_name is not UNSET:
            field_dict["queue_name"] = queue_name
        if experience_flow is not UNSET:
            field_dict["experienceFlow"] = experience_flow
        if max_skips is not UNSET:
            field_dict["maxSkips"] = max_skips
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_schedule import CampaignSchedule  # noqa: PLC0415
        from ..models.dialing_strategy import DialingStrategy  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        lname = d.pop("lname")

        description = d.pop("description")

        priority = check_priority(d.pop("priority"))

        dialing_mode = check_dialing_mode(d.pop("dialingMode"))

        dialing_strategy = DialingStrategy.from_dict(d.pop("dialingStrategy"))

        status = d.pop("status")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        contact_lists = cast(list[str], d.pop("contactLists"))

        enable_machine_detect = d.pop("enableMachineDetect")

        queue_name = d.pop("queue_name", UNSET)

        experience_flow = d.pop("experienceFlow", UNSET)

        max_skips = d.pop("maxSkips", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: CampaignSchedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = CampaignSchedule.from_dict(_schedule)

        voice_campaign_created = cls(
            id=id,
            name=name,
            lname=lname,
            description=description,
            priority=priority,
            dialing_mode=dialing_mode,
            dialing_strategy=dialing_strategy,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            contact_lists=contact_lists,
            enable_machine_detect=enable_machine_detect,
            queue_name=queue_name,
            experience_flow=experience_flow,
            max_skips=max_skips,
            schedule=schedule,
        )

        voice_campaign_created.additional_properties = d
        return voice_campaign_created

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
