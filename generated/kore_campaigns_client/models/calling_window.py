from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import note_deviation
from .._runtime.reprs import model_repr
from .._runtime.state import model_getstate, model_setstate
from .._runtime.writing import model_to_dict
from ..models.day_code import DayCode, check_day_code
from ..types import UNSET

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
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "day": "day",
        "start": "start",
        "end": "end",
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
        d = dict(src_dict)
        _dev = None
        _v = d.pop("day", UNSET)
        try:
            day = check_day_code(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            day = _v
            _dev = note_deviation(_dev, "day", _v, "string", "one of 'FR', 'MO', 'SA', 'SU', 'TH', 'TU', 'WE'")

        start = d.pop("start", UNSET)
        if start.__class__ is not str:
            _dev = note_deviation(_dev, "start", start, "string", "string")

        end = d.pop("end", UNSET)
        if end.__class__ is not str:
            _dev = note_deviation(_dev, "end", end, "string", "string")

        calling_window = cls(
            day=day,
            start=start,
            end=end,
        )

        calling_window.additional_properties = d
        if _dev:
            calling_window._deviations = _dev
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
