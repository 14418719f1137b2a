from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import note_deviation
from .._runtime.reprs import model_repr
from .._runtime.state import model_getstate, model_setstate
from .._runtime.writing import model_to_dict
from ..models.weekday import Weekday, check_weekday
from ..types import UNSET

T = TypeVar("T", bound="WeeklyRecurrenceWeeklyDetails")


@_attrs_define
class WeeklyRecurrenceWeeklyDetails:
    once_every_nweeks: int
    """ Run once every N weeks; 1 = every week, 2 = every other week. """
    which_days: list[Weekday]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "once_every_nweeks": "onceEveryNweeks",
        "which_days": "whichDays",
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
        once_every_nweeks = d.pop("onceEveryNweeks", UNSET)
        if once_every_nweeks.__class__ is not int:
            _dev = note_deviation(_dev, "onceEveryNweeks", once_every_nweeks, "integer", "integer")

        _v = d.pop("whichDays", UNSET)
        try:
            if _v.__class__ is not list:
                raise TypeError
            which_days = []
            for _i0, _item0 in enumerate(_v):
                try:
                    _which_days_item = check_weekday(_item0)

                except (TypeError, ValueError, KeyError, AttributeError):
                    _which_days_item = _item0
                    _dev = note_deviation(
                        _dev,
                        f"whichDays[{_i0}]",
                        _item0,
                        "string",
                        "one of 'Fri', 'Mon', 'Sat', 'Sun', 'Thu', 'Tue', 'Wed'",
                    )
                which_days.append(_which_days_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            which_days = _v
            _dev = note_deviation(
                _dev, "whichDays", _v, "array", "an array of one of 'Fri', 'Mon', 'Sat', 'Sun', 'Thu', 'Tue', 'Wed'"
            )

        weekly_recurrence_weekly_details = cls(
            once_every_nweeks=once_every_nweeks,
            which_days=which_days,
        )

        weekly_recurrence_weekly_details.additional_properties = d
        if _dev:
            weekly_recurrence_weekly_details._deviations = _dev
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
