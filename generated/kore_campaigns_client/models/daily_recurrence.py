from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.daily_recurrence_daily_details import DailyRecurrenceDailyDetails


T = TypeVar("T", bound="DailyRecurrence")


@_attrs_define
class DailyRecurrence:
    recur_type: Literal["Daily"]
    daily_details: DailyRecurrenceDailyDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recur_type = self.recur_type

        daily_details = self.daily_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recurType": recur_type,
                "dailyDetails": daily_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.daily_recurrence_daily_details import DailyRecurrenceDailyDetails  # noqa: PLC0415

        d = dict(src_dict)
        recur_type = cast(Literal["Daily"], d.pop("recurType"))
        if recur_type != "Daily":
            raise ValueError(f"recurType must match const 'Daily', got '{recur_type}'")

        daily_details = DailyRecurrenceDailyDetails.from_dict(d.pop("dailyDetails"))

        daily_recurrence = cls(
            recur_type=recur_type,
            daily_details=daily_details,
        )

        daily_recurrence.additional_properties = d
        return daily_recurrence

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
