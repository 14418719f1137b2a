from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewContact")


@_attrs_define
class NewContact:
    """One contact. Only `phoneNumber` is documented; the other fields are the ones a list's
    `mapping` names, and are stored when sent.

    """

    phone_number: str
    """ Digits only, with an optional leading `+` for the international form; 7 to 15 digits. """
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    unique_id: str | Unset = UNSET
    contact_priority: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        first_name = self.first_name

        last_name = self.last_name

        time_zone = self.time_zone

        unique_id = self.unique_id

        contact_priority = self.contact_priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phoneNumber": phone_number,
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
        phone_number = d.pop("phoneNumber")

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        time_zone = d.pop("timeZone", UNSET)

        unique_id = d.pop("uniqueId", UNSET)

        contact_priority = d.pop("contactPriority", UNSET)

        new_contact = cls(
            phone_number=phone_number,
            first_name=first_name,
            last_name=last_name,
            time_zone=time_zone,
            unique_id=unique_id,
            contact_priority=contact_priority,
        )

        new_contact.additional_properties = d
        return new_contact

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
