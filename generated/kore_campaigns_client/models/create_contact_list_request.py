from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_contact_list_request_source import (
    CreateContactListRequestSource,
    check_create_contact_list_request_source,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateContactListRequest")


@_attrs_define
class CreateContactListRequest:
    name: str
    """ Contact list name, at most 48 characters, not blank. Unique within the bot, compared case-insensitively. """
    description: str
    """ What the list holds and for whom, at most 256 characters. """
    source: CreateContactListRequestSource
    """ Where the contacts come from; `passiveApi`, the only documented value, means through
    `addContactsToContactList`. """
    allow_duplicates: bool | Unset = False
    """ Keep a contact whose phone number is already in the list; when false such a contact is skipped. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        source: str = self.source

        allow_duplicates = self.allow_duplicates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "source": source,
            }
        )
        if allow_duplicates is not UNSET:
            field_dict["allowDuplicates"] = allow_duplicates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        source = check_create_contact_list_request_source(d.pop("source"))

        allow_duplicates = d.pop("allowDuplicates", UNSET)

        create_contact_list_request = cls(
            name=name,
            description=description,
            source=source,
            allow_duplicates=allow_duplicates,
        )

        create_contact_list_request.additional_properties = d
        return create_contact_list_request

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
