from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, note_deviation

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    field_id: str
    """ Contact id, `cc-…`. """
    phone_number: str
    """ As added (the docs' samples mask the tail). """
    created_at: str
    """ ISO 8601 timestamp. """
    updated_at: str
    """ ISO 8601 timestamp. """
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    unique_id: str | Unset = UNSET
    contact_priority: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "field_id": "_id",
        "phone_number": "phoneNumber",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
        "first_name": "firstName",
        "last_name": "lastName",
        "time_zone": "timeZone",
        "unique_id": "uniqueId",
        "contact_priority": "contactPriority",
    }

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        phone_number = self.phone_number

        created_at = self.created_at

        updated_at = self.updated_at

        first_name = self.first_name

        last_name = self.last_name

        time_zone = self.time_zone

        unique_id = self.unique_id

        contact_priority = self.contact_priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "phoneNumber": phone_number,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if unique_id is not UNSET:
            field_dict["uniqueId"] = unique_id
        if contact_priority is not UNSET:
            field_dict["contactPriority"] = contact_priority

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _dev = None
        _v = d.pop("_id", UNSET)
        try:
            if _v.__class__ is not str:
                raise TypeError
            field_id = _v

        except (TypeError, ValueError, KeyError, AttributeError):
            field_id = _v
            _dev = note_deviation(_dev, "_id", _v, "string", "string")

        _v = d.pop("phoneNumber", UNSET)
        try:
            if _v.__class__ is not str:
                raise TypeError
            phone_number = _v

        except (TypeError, ValueError, KeyError, AttributeError):
            phone_number = _v
            _dev = note_deviation(_dev, "phoneNumber", _v, "string", "string")

        _v = d.pop("createdAt", UNSET)
        try:
            if _v.__class__ is not str:
                raise TypeError
            created_at = _v

        except (TypeError, ValueError, KeyError, AttributeError):
            created_at = _v
            _dev = note_deviation(_dev, "createdAt", _v, "string", "string")

        _v = d.pop("updatedAt", UNSET)
        try:
            if _v.__class__ is not str:
                raise TypeError
            updated_at = _v

        except (TypeError, ValueError, KeyError, AttributeError):
            updated_at = _v
            _dev = note_deviation(_dev, "updatedAt", _v, "string", "string")

        _v = d.pop("firstName", UNSET)
        if _v is UNSET:
            first_name = UNSET
        else:
            try:
                if _v.__class__ is not str:
                    raise TypeError
                first_name = _v

            except (TypeError, ValueError, KeyError, AttributeError):
                first_name = _v
                _dev = note_deviation(_dev, "firstName", _v, "string", "string")

        _v = d.pop("lastName", UNSET)
        if _v is UNSET:
            last_name = UNSET
        else:
            try:
                if _v.__class__ is not str:
                    raise TypeError
                last_name = _v

            except (TypeError, ValueError, KeyError, AttributeError):
                last_name = _v
                _dev = note_deviation(_dev, "lastName", _v, "string", "string")

        _v = d.pop("timeZone", UNSET)
        if _v is UNSET:
            time_zone = UNSET
        else:
            try:
                if _v.__class__ is not str:
                    raise TypeError
                time_zone = _v

            except (TypeError, ValueError, KeyError, AttributeError):
                time_zone = _v
                _dev = note_deviation(_dev, "timeZone", _v, "string", "string")

        _v = d.pop("uniqueId", UNSET)
        if _v is UNSET:
            unique_id = UNSET
        else:
            try:
                if _v.__class__ is not str:
                    raise TypeError
                unique_id = _v

            except (TypeError, ValueError, KeyError, AttributeError):
                unique_id = _v
                _dev = note_deviation(_dev, "uniqueId", _v, "string", "string")

        _v = d.pop("contactPriority", UNSET)
        if _v is UNSET:
            contact_priority = UNSET
        else:
            try:
                if _v.__class__ is not str:
                    raise TypeError
                contact_priority = _v

            except (TypeError, ValueError, KeyError, AttributeError):
                contact_priority = _v
                _dev = note_deviation(_dev, "contactPriority", _v, "string", "string")

        contact = cls(
            field_id=field_id,
            phone_number=phone_number,
            created_at=created_at,
            updated_at=updated_at,
            first_name=first_name,
            last_name=last_name,
            time_zone=time_zone,
            unique_id=unique_id,
            contact_priority=contact_priority,
        )

        contact.additional_properties = d
        if _dev:
            contact._deviations = _dev
        return contact

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
