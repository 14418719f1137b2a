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
    from ..models.dialing_strategy import DialingStrategy


T = TypeVar("T", bound="VoiceCampaignCreated")


@_attrs_define
class VoiceCampaignCreated:
    """A new voice campaign as the v1 create endpoint returns it (id in `id`, not `_id`). The
    Preview page answers in a short form instead, `{campId}` only (the id also at the top
    level of the answer); either the short form or the whole campaign is present.

    """

    camp_id: str | Unset = UNSET
    """ Campaign id, `cd-…`, in the Preview page's short answer. """
    id: str | Unset = UNSET
    """ Campaign id, `cd-…`. """
    name: str | Unset = UNSET
    lname: str | Unset = UNSET
    description: str | Unset = UNSET
    priority: Priority | Unset = UNSET
    """ Campaign priority, a string; higher values run first. """
    dialing_mode: DialingMode | Unset = UNSET
    """ How calls are handled. """
    queue_name: str | Unset = UNSET
    dialing_strategy: DialingStrategy | Unset = UNSET
    """ A campaign's dialing strategy as returned; the voice-only fields are absent on SMS campaigns. """
    experience_flow: str | Unset = UNSET
    """ Experience flow id, `cf-…`. """
    status: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    contact_lists: list[str] | Unset = UNSET
    enable_machine_detect: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        camp_id = self.camp_id

        id = self.id

        name = self.name

        lname = self.lname

        description = self.description

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority

        dialing_mode: str | Unset = UNSET
        if not isinstance(self.dialing_mode, Unset):
            dialing_mode = self.dialing_mode

        queue_name = self.queue_name

        dialing_strategy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dialing_strategy, Unset):
            dialing_strategy = self.dialing_strategy.to_dict()

        experience_flow = self.experience_flow

        status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        contact_lists: list[str] | Unset = UNSET
        if not isinstance(self.contact_lists, Unset):
            contact_lists = self.contact_lists

        enable_machine_detect = self.enable_machine_detect

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if camp_id is not UNSET:
            field_dict["campId"] = camp_id
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if lname is not UNSET:
            field_dict["lname"] = lname
        if description is not UNSET:
            field_dict["description"] = description
        if priority is not UNSET:
            field_dict["priority"] = priority
        if dialing_mode is not UNSET:
            field_dict["dialingMode"] = dialing_mode
        if queue_name is not UNSET:
            field_dict["queue_name"] = queue_name
        if dialing_strategy is not UNSET:
            field_dict["dialingStrategy"] = dialing_strategy
        if experience_flow is not UNSET:
            field_dict["experienceFlow"] = experience_flow
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if contact_lists is not UNSET:
            field_dict["contactLists"] = contact_lists
        if enable_machine_detect is not UNSET:
            field_dict["enableMachineDetect"] = enable_machine_detect

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dialing_strategy import DialingStrategy  # noqa: PLC0415

        d = dict(src_dict)
        camp_id = d.pop("campId", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        lname = d.pop("lname", UNSET)

        description = d.pop("description", UNSET)

        _priority = d.pop("priority", UNSET)
        priority: Priority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = check_priority(_priority)

        _dialing_mode = d.pop("dialingMode", UNSET)
        dialing_mode: DialingMode | Unset
        if isinstance(_dialing_mode, Unset):
            dialing_mode = UNSET
        else:
            dialing_mode = check_dialing_mode(_dialing_mode)

        queue_name = d.pop("queue_name", UNSET)

        _dialing_strategy = d.pop("dialingStrategy", UNSET)
        dialing_strategy: DialingStrategy | Unset
        if isinstance(_dialing_strategy, Unset):
            dialing_strategy = UNSET
        else:
            dialing_strategy = DialingStrategy.from_dict(_dialing_strategy)

        experience_flow = d.pop("experienceFlow", UNSET)

        status = d.pop("status", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        contact_lists = cast(list[str], d.pop("contactLists", UNSET))

        enable_machine_detect = d.pop("enableMachineDetect", UNSET)

        voice_campaign_created = cls(
            camp_id=camp_id,
            id=id,
            name=name,
            lname=lname,
            description=description,
            priority=priority,
            dialing_mode=dialing_mode,
            queue_name=queue_name,
            dialing_strategy=dialing_strategy,
            experience_flow=experience_flow,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            contact_lists=contact_lists,
            enable_machine_detect=enable_machine_detect,
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
