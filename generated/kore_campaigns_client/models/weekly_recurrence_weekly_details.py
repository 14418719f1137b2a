from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.weekday import Weekday, check_weekday

T = TypeVar("T", bound="WeeklyRecurrenceWeeklyDetails")


@_attrs_define
class WeeklyRecurrenceWeeklyDetails:
    once_every_nweeks: int
    """ Run once every N weeks; 1 = every week, 2 = every other week. """
    which_days: list[Weekday]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        once_every_nweeks = self.once_every_nweeks

        which_days = []
        for which_days_item_data in self.which_days:
            which_days_item: str = which_days_item_data
            which_days.append(which_days_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "onceEveryNweeks": once_every_nweeks,
                "whichDays": which_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        once_every_nweeks = d.pop("onceEveryNweeks")

        which_days = []
        _which_days = d.pop("whichDays")
        for which_days_item_data in _which_days:
            which_days_item = check_weekday(which_days_item_data)

            which_days.append(which_days_item)

        weekly_recurrence_weekly_details = cls(
            once_every_nweeks=once_every_nweeks,
            which_days=which_days,
        )

        weekly_recurrence_weekly_details.additional_properties = d
        return weekly_recurrence_weekly_details

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
