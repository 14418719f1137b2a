from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.weekly_recurrence_weekly_details import WeeklyRecurrenceWeeklyDetails


T = TypeVar("T", bound="WeeklyRecurrence")


@_attrs_define
class WeeklyRecurrence:
    recur_type: Literal["Weekly"]
    weekly_details: WeeklyRecurrenceWeeklyDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recur_type = self.recur_type

        weekly_details = self.weekly_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recurType": recur_type,
                "weeklyDetails": weekly_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.weekly_recurrence_weekly_details import WeeklyRecurrenceWeeklyDetails  # noqa: PLC0415

        d = dict(src_dict)
        recur_type = cast(Literal["Weekly"], d.pop("recurType"))
        if recur_type != "Weekly":
            raise ValueError(f"recurType must match const 'Weekly', got '{recur_type}'")

        weekly_details = WeeklyRecurrenceWeeklyDetails.from_dict(d.pop("weeklyDetails"))

        weekly_recurrence = cls(
            recur_type=recur_type,
            weekly_details=weekly_details,
        )

        weekly_recurrence.additional_properties = d
        return weekly_recurrence

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
