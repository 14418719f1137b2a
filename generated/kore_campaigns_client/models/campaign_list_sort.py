from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sort_order import SortOrder, check_sort_order
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignListSort")


@_attrs_define
class CampaignListSort:
    """Sort keys; each `asc` or `desc`."""

    name: SortOrder | Unset = UNSET
    created_at: SortOrder | Unset = UNSET
    updated_at: SortOrder | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: str | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _name = d.pop("name", UNSET)
        name: SortOrder | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = check_sort_order(_name)

        _created_at = d.pop("createdAt", UNSET)
        created_at: SortOrder | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = check_sort_order(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: SortOrder | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = check_sort_order(_updated_at)

        campaign_list_sort = cls(
            name=name,
            created_at=created_at,
            updated_at=updated_at,
        )

        campaign_list_sort.additional_properties = d
        return campaign_list_sort

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
