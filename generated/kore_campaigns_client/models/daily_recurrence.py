from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import note_deviation
from .._runtime.reprs import model_repr
from .._runtime.state import model_getstate, model_setstate
from .._runtime.writing import model_to_dict
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.daily_recurrence_daily_details import DailyRecurrenceDailyDetails


T = TypeVar("T", bound="DailyRecurrence")


@_attrs_define
class DailyRecurrence:
    recur_type: Literal["Daily"]
    daily_details: DailyRecurrenceDailyDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "recur_type": "recurType",
        "daily_details": "dailyDetails",
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
        from ..models.daily_recurrence_daily_details import DailyRecurrenceDailyDetails  # noqa: PLC0415

        d = dict(src_dict)
        _dev = None
        _v = d.pop("recurType", UNSET)
        try:
            if _v != "Daily":
                raise ValueError
            recur_type = _v

        except (TypeError, ValueError, KeyError, AttributeError):
            recur_type = _v
            _dev = note_deviation(_dev, "recurType", _v, "const", "the constant 'Daily'")

        _v = d.pop("dailyDetails", UNSET)
        try:
            if _v.__class__ is not dict:
                raise TypeError
            daily_details = DailyRecurrenceDailyDetails.from_dict(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            daily_details = _v
            _dev = note_deviation(_dev, "dailyDetails", _v, "object", "an object (DailyRecurrenceDailyDetails)")

        daily_recurrence = cls(
            recur_type=recur_type,
            daily_details=daily_details,
        )

        daily_recurrence.additional_properties = d
        if _dev:
            daily_recurrence._deviations = _dev
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
