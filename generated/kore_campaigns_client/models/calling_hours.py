from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.calling_hours_frequency import CallingHoursFrequency, check_calling_hours_frequency

if TYPE_CHECKING:
    from ..models.calling_window import CallingWindow


T = TypeVar("T", bound="CallingHours")


@_attrs_define
class CallingHours:
    """When the campaign may call or send."""

    frequency: CallingHoursFrequency
    timezone: str
    """ IANA time zone in which the windows are read, such as `Asia/Kolkata`. The service refuses unknown zones. """
    days: list[CallingWindow]
    """ Calling windows; several entries may cover different days and time slots. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frequency: str = self.frequency

        timezone = self.timezone

        days = []
        for days_item_data in self.days:
            days_item = days_item_data.to_dict()
            days.append(days_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "frequency": frequency,
                "timezone": timezone,
                "days": days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calling_window import CallingWindow  # noqa: PLC0415

        d = dict(src_dict)
        frequency = check_calling_hours_frequency(d.pop("frequency"))

        timezone = d.pop("timezone")

        days = []
        _days = d.pop("days")
        for days_item_data in _days:
            days_item = CallingWindow.from_dict(days_item_data)

            days.append(days_item)

        calling_hours = cls(
            frequency=frequency,
            timezone=timezone,
            days=days,
        )

        calling_hours.additional_properties = d
        return calling_hours

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
