from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateContactListV1Request")


@_attrs_define
class UpdateContactListV1Request:
    """The fields to change; at least one. Unlike the v2 update, v1 can also change `allowDuplicates`."""

    name: str | Unset = UNSET
    """ Contact list name, at most 48 characters, not blank. Unique within the bot, compared case-insensitively. """
    description: str | Unset = UNSET
    """ What the list holds and for whom, at most 256 characters. """
    allow_duplicates: bool | Unset = UNSET
    """ Keep a contact whose phone number is already in the list; left out, the setting is unchanged. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        allow_duplicates = self.allow_duplicates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if allow_duplicates is not UNSET:
            field_dict["allowDuplicates"] = allow_duplicates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        allow_duplicates = d.pop("allowDuplicates", UNSET)

        update_contact_list_v1_request = cls(
            name=name,
            description=description,
            allow_duplicates=allow_duplicates,
        )

        update_contact_list_v1_request.additional_properties = d
        return update_contact_list_v1_request

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
