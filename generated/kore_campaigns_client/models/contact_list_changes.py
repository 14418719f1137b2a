from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactListChanges")


@_attrs_define
class ContactListChanges:
    """What an update stored, with the list's owner and scope."""

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    scope: list[str] | Unset = UNSET
    org_id: str | Unset = UNSET
    """ Organization id, `o-…`. """
    i_id: str | Unset = UNSET
    """ The bot id. """
    list_type: str | Unset = UNSET
    account_id: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        scope: list[str] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        org_id = self.org_id

        i_id = self.i_id

        list_type = self.list_type

        account_id = self.account_id

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if scope is not UNSET:
            field_dict["scope"] = scope
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
        if i_id is not UNSET:
            field_dict["iId"] = i_id
        if list_type is not UNSET:
            field_dict["listType"] = list_type
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        scope = cast(list[str], d.pop("scope", UNSET))

        org_id = d.pop("orgId", UNSET)

        i_id = d.pop("iId", UNSET)

        list_type = d.pop("listType", UNSET)

        account_id = d.pop("accountId", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        contact_list_changes = cls(
            name=name,
            description=description,
            scope=scope,
            org_id=org_id,
            i_id=i_id,
            list_type=list_type,
            account_id=account_id,
            updated_by=updated_by,
        )

        contact_list_changes.additional_properties = d
        return contact_list_changes

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
