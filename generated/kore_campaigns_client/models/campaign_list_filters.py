from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_list_filters_dialing_mode_item import (
    CampaignListFiltersDialingModeItem,
    check_campaign_list_filters_dialing_mode_item,
)
from ..models.campaign_list_filters_priority_item import (
    CampaignListFiltersPriorityItem,
    check_campaign_list_filters_priority_item,
)
from ..models.campaign_status import CampaignStatus, check_campaign_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignListFilters")


@_attrs_define
class CampaignListFilters:
    status: list[CampaignStatus] | Unset = UNSET
    priority: list[CampaignListFiltersPriorityItem] | Unset = UNSET
    dialing_mode: list[CampaignListFiltersDialingModeItem] | Unset = UNSET
    """ Voice campaigns only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: list[str] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = []
            for status_item_data in self.status:
                status_item: str = status_item_data
                status.append(status_item)

        priority: list[int] | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = []
            for priority_item_data in self.priority:
                priority_item: int = priority_item_data
                priority.append(priority_item)

        dialing_mode: list[str] | Unset = UNSET
        if not isinstance(self.dialing_mode, Unset):
            dialing_mode = []
            for dialing_mode_item_data in self.dialing_mode:
                dialing_mode_item: str = dialing_mode_item_data
                dialing_mode.append(dialing_mode_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if priority is not UNSET:
            field_dict["priority"] = priority
        if dialing_mode is not UNSET:
            field_dict["dialingMode"] = dialing_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: list[CampaignStatus] | Unset = UNSET
        if _status is not UNSET:
            status = []
            for status_item_data in _status:
                status_item = check_campaign_status(status_item_data)

                status.append(status_item)

        _priority = d.pop("priority", UNSET)
        priority: list[CampaignListFiltersPriorityItem] | Unset = UNSET
        if _priority is not UNSET:
            priority = []
            for priority_item_data in _priority:
                priority_item = check_campaign_list_filters_priority_item(priority_item_data)

                priority.append(priority_item)

        _dialing_mode = d.pop("dialingMode", UNSET)
        dialing_mode: list[CampaignListFiltersDialingModeItem] | Unset = UNSET
        if _dialing_mode is not UNSET:
            dialing_mode = []
            for dialing_mode_item_data in _dialing_mode:
                dialing_mode_item = check_campaign_list_filters_dialing_mode_item(dialing_mode_item_data)

                dialing_mode.append(dialing_mode_item)

        campaign_list_filters = cls(
            status=status,
            priority=priority,
            dialing_mode=dialing_mode,
        )

        campaign_list_filters.additional_properties = d
        return campaign_list_filters

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
