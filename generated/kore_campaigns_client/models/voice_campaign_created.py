from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dialing_mode import DialingMode, check_dialing_mode
from ..models.priority import Priority, check_priority
from ..types import UNSET, Unset, first_present, model_repr, note_deviation, note_items

if TYPE_CHECKING:
    from ..models.dialing_strategy import DialingStrategy


T = TypeVar("T", bound="VoiceCampaignCreated")


@_attrs_define
class VoiceCampaignCreated:
    """A new voice campaign as the v1 create endpoint returns it (id in `id`, not `_id`)."""

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name",
        "lname": "lname",
        "description": "description",
        "priority": "priority",
        "dialing_mode": "dialingMode",
        "dialing_strategy": "dialingStrategy",
        "status": "status",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
        "contact_lists": "contactLists",
        "enable_machine_detect": "enableMachineDetect",
        "queue_name": "queue_name",
        "experience_flow": "experienceFlow",
    }

    def __repr__(self) -> str:
        return model_repr(self)

    @property
    def campaign_id(self) -> str | Unset:
        """The id, whichever of `_id`, `id` the answer carries (the service's pages differ); UNSET if none."""
        return first_present(
            self,
            (
                (None, "_id"),
                ("id", "id"),
            ),
        )

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dialing_strategy import DialingStrategy  # noqa: PLC0415

        d = dict(src_dict)
        _dev = None
        id = d.pop("id", UNSET)
        if id.__class__ is not str:
            _dev = note_deviation(_dev, "id", id, "string", "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            _dev = note_deviation(_dev, "name", name, "string", "string")

        lname = d.pop("lname", UNSET)
        if lname.__class__ is not str:
            _dev = note_deviation(_dev, "lname", lname, "string", "string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str:
            _dev = note_deviation(_dev, "description", description, "string", "string")

        _v = d.pop("priority", UNSET)
        try:
            priority = check_priority(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            priority = _v
            _dev = note_deviation(_dev, "priority", _v, "string", "one of '1', '2', '3', '4', '5'")

        _v = d.pop("dialingMode", UNSET)
        try:
            dialing_mode = check_dialing_mode(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            dialing_mode = _v
            _dev = note_deviation(_dev, "dialingMode", _v, "string", "one of 'Agentless', 'Preview', 'Progressive'")

        _v = d.pop("dialingStrategy", UNSET)
        try:
            if _v.__class__ is not dict:
                raise TypeError
            dialing_strategy = DialingStrategy.from_dict(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            dialing_strategy = _v
            _dev = note_deviation(_dev, "dialingStrategy", _v, "object", "an object (DialingStrategy)")

        status = d.pop("status", UNSET)
        if status.__class__ is not str:
            _dev = note_deviation(_dev, "status", status, "string", "string")

        _v = d.pop("createdAt", UNSET)
        try:
            created_at = datetime.datetime.fromisoformat(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            created_at = _v
            _dev = note_deviation(_dev, "createdAt", _v, "string", "a date-time string")

        _v = d.pop("updatedAt", UNSET)
        try:
            updated_at = datetime.datetime.fromisoformat(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            updated_at = _v
            _dev = note_deviation(_dev, "updatedAt", _v, "string", "a date-time string")

        _v = d.pop("contactLists", UNSET)
        try:
            if _v.__class__ is not list:
                raise TypeError
            contact_lists = _v
            for _item0 in _v:
                if _item0.__class__ is not str:
                    _dev = note_items(_dev, "contactLists", _v, str, "string", "string")
                    break

        except (TypeError, ValueError, KeyError, AttributeError):
            contact_lists = _v
            _dev = note_deviation(_dev, "contactLists", _v, "array", "an array of string")

        enable_machine_detect = d.pop("enableMachineDetect", UNSET)
        if enable_machine_detect.__class__ is not bool:
            _dev = note_deviation(_dev, "enableMachineDetect", enable_machine_detect, "boolean", "boolean")

        queue_name = d.pop("queue_name", UNSET)
        if queue_name.__class__ is not str and queue_name is not UNSET:
            _dev = note_deviation(_dev, "queue_name", queue_name, "string", "string")

        experience_flow = d.pop("experienceFlow", UNSET)
        if experience_flow.__class__ is not str and experience_flow is not UNSET:
            _dev = note_deviation(_dev, "experienceFlow", experience_flow, "string", "string")

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
        )

        voice_campaign_created.additional_properties = d
        if _dev:
            voice_campaign_created._deviations = _dev
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
