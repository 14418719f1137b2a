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
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "camp_id": "campId",
        "id": "id",
        "name": "name",
        "lname": "lname",
        "description": "description",
        "priority": "priority",
        "dialing_mode": "dialingMode",
        "queue_name": "queue_name",
        "dialing_strategy": "dialingStrategy",
        "experience_flow": "experienceFlow",
        "status": "status",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
        "contact_lists": "contactLists",
        "enable_machine_detect": "enableMachineDetect",
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
        _dev = None
        camp_id = d.pop("campId", UNSET)
        if camp_id.__class__ is not str and camp_id is not UNSET:
            _dev = note_deviation(_dev, "campId", camp_id, "string", "string")

        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            _dev = note_deviation(_dev, "id", id, "string", "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            _dev = note_deviation(_dev, "name", name, "string", "string")

        lname = d.pop("lname", UNSET)
        if lname.__class__ is not str and lname is not UNSET:
            _dev = note_deviation(_dev, "lname", lname, "string", "string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            _dev = note_deviation(_dev, "description", description, "string", "string")

        _v = d.pop("priority", UNSET)
        if _v is UNSET:
            priority = UNSET
        else:
            try:
                priority = check_priority(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                priority = _v
                _dev = note_deviation(_dev, "priority", _v, "string", "one of '1', '2', '3', '4', '5'")

        _v = d.pop("dialingMode", UNSET)
        if _v is UNSET:
            dialing_mode = UNSET
        else:
            try:
                dialing_mode = check_dialing_mode(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                dialing_mode = _v
                _dev = note_deviation(_dev, "dialingMode", _v, "string", "one of 'Agentless', 'Preview', 'Progressive'")

        queue_name = d.pop("queue_name", UNSET)
        if queue_name.__class__ is not str and queue_name is not UNSET:
            _dev = note_deviation(_dev, "queue_name", queue_name, "string", "string")

        _v = d.pop("dialingStrategy", UNSET)
        if _v is UNSET:
            dialing_strategy = UNSET
        else:
            try:
                if _v.__class__ is not dict:
                    raise TypeError
                dialing_strategy = DialingStrategy.from_dict(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                dialing_strategy = _v
                _dev = note_deviation(_dev, "dialingStrategy", _v, "object", "an object (DialingStrategy)")

        experience_flow = d.pop("experienceFlow", UNSET)
        if experience_flow.__class__ is not str and experience_flow is not UNSET:
            _dev = note_deviation(_dev, "experienceFlow", experience_flow, "string", "string")

        status = d.pop("status", UNSET)
        if status.__class__ is not str and status is not UNSET:
            _dev = note_deviation(_dev, "status", status, "string", "string")

        _v = d.pop("createdAt", UNSET)
        if _v is UNSET:
            created_at = UNSET
        else:
            try:
                created_at = datetime.datetime.fromisoformat(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                created_at = _v
                _dev = note_deviation(_dev, "createdAt", _v, "string", "a date-time string")

        _v = d.pop("updatedAt", UNSET)
        if _v is UNSET:
            updated_at = UNSET
        else:
            try:
                updated_at = datetime.datetime.fromisoformat(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                updated_at = _v
                _dev = note_deviation(_dev, "updatedAt", _v, "string", "a date-time string")

        _v = d.pop("contactLists", UNSET)
        if _v is UNSET:
            contact_lists = UNSET
        else:
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
        if enable_machine_detect.__class__ is not bool and enable_machine_detect is not UNSET:
            _dev = note_deviation(_dev, "enableMachineDetect", enable_machine_detect, "boolean", "boolean")

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
