from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        field_id = d.pop("_id")

        phone_number = d.pop("phoneNumber")

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        time_zone = d.pop("timeZone", UNSET)

        unique_id = d.pop("uniqueId", UNSET)

        contact_priority = d.pop("contactPriority", UNSET)

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
