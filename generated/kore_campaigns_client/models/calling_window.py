from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.day_code import DayCode, check_day_code

T = TypeVar("T", bound="CallingWindow")


@_attrs_define
class CallingWindow:
    day: DayCode
    """ Two-letter day of the week. """
    start: str
    """ 12-hour clock time such as `9:00 AM`. """
    end: str
    """ 12-hour clock time such as `9:00 AM`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day: str = self.day

        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "day": day,
                "start": start,
                "end": end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day = check_day_code(d.pop("day"))

        start = d.pop("start")

        end = d.pop("end")

        calling_window = cls(
            day=day,
            start=start,
            end=end,
        )

        calling_window.additional_properties = d
        return calling_window

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
