from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactFieldMapping")


@_attrs_define
class ContactFieldMapping:
    """Which column of the list feeds each contact field; an empty string maps none."""

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    unique_id: str | Unset = UNSET
    contact_priority: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        phone_number = self.phone_number

        time_zone = self.time_zone

        unique_id = self.unique_id

        contact_priority = self.contact_priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
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
        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        time_zone = d.pop("timeZone", UNSET)

        unique_id = d.pop("uniqueId", UNSET)

        contact_priority = d.pop("contactPriority", UNSET)

        contact_field_mapping = cls(
            first_name=first_name,
            last_name=last_name,
            phone_number=phone_number,
            time_zone=time_zone,
            unique_id=unique_id,
            contact_priority=contact_priority,
        )

        contact_field_mapping.additional_properties = d
        return contact_field_mapping

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
