from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import note_deviation
from .._runtime.reprs import model_repr
from .._runtime.state import model_getstate, model_setstate
from .._runtime.writing import model_to_dict
from ..models.calling_hours_frequency import CallingHoursFrequency, check_calling_hours_frequency
from ..types import UNSET

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
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "frequency": "frequency",
        "timezone": "timezone",
        "days": "days",
    }

    __getstate__ = model_getstate
    __setstate__ = model_setstate

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: what the model holds, as it holds it (a field left out stays out)."""
        return model_to_dict(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.calling_window import CallingWindow  # noqa: PLC0415

        d = dict(src_dict)
        _dev = None
        _v = d.pop("frequency", UNSET)
        try:
            frequency = check_calling_hours_frequency(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            frequency = _v
            _dev = note_deviation(_dev, "frequency", _v, "string", "one of 'CUSTOM', 'DAILY', 'WEEKLY'")

        timezone = d.pop("timezone", UNSET)
        if timezone.__class__ is not str:
            _dev = note_deviation(_dev, "timezone", timezone, "string", "string")

        _v = d.pop("days", UNSET)
        try:
            if _v.__class__ is not list:
                raise TypeError
            days = []
            for _i0, _item0 in enumerate(_v):
                try:
                    if _item0.__class__ is not dict:
                        raise TypeError
                    _days_item = CallingWindow.from_dict(_item0)

                except (TypeError, ValueError, KeyError, AttributeError):
                    _days_item = _item0
                    _dev = note_deviation(_dev, f"days[{_i0}]", _item0, "object", "an object (CallingWindow)")
                days.append(_days_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            days = _v
            _dev = note_deviation(_dev, "days", _v, "array", "an array of an object (CallingWindow)")

        calling_hours = cls(
            frequency=frequency,
            timezone=timezone,
            days=days,
        )

        calling_hours.additional_properties = d
        if _dev:
            calling_hours._deviations = _dev
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
