from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.new_contact import NewContact


T = TypeVar("T", bound="AddContactsRequest")


@_attrs_define
class AddContactsRequest:
    contact_list_name: str
    """ Name of the existing list to add to (exact name). """
    data: list[NewContact]
    """ The contacts to add, at most 1000 a call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_list_name = self.contact_list_name

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contact_list_name": contact_list_name,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_contact import NewContact  # noqa: PLC0415

        d = dict(src_dict)
        contact_list_name = d.pop("contact_list_name")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = NewContact.from_dict(data_item_data)

            data.append(data_item)

        add_contacts_request = cls(
            contact_list_name=contact_list_name,
            data=data,
        )

        add_contacts_request.additional_properties = d
        return add_contacts_request

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
