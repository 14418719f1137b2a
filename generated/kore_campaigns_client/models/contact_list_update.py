from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.contact_list_changes import ContactListChanges


T = TypeVar("T", bound="ContactListUpdate")


@_attrs_define
class ContactListUpdate:
    contact_list_id: str
    """ The updated list's id, `cl-…`. """
    body: ContactListChanges
    """ What an update stored, with the list's owner and scope. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_list_id = self.contact_list_id

        body = self.body.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contactListId": contact_list_id,
                "body": body,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_list_changes import ContactListChanges  # noqa: PLC0415

        d = dict(src_dict)
        contact_list_id = d.pop("contactListId")

        body = ContactListChanges.from_dict(d.pop("body"))

        contact_list_update = cls(
            contact_list_id=contact_list_id,
            body=body,
        )

        contact_list_update.additional_properties = d
        return contact_list_update

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
