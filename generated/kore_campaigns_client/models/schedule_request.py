from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import note_deviation, union_trial
from .._runtime.reprs import model_repr
from .._runtime.state import model_getstate, model_setstate
from .._runtime.writing import model_to_dict
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.daily_recurrence import DailyRecurrence
    from ..models.weekly_recurrence import WeeklyRecurrence


T = TypeVar("T", bound="ScheduleRequest")


@_attrs_define
class ScheduleRequest:
    """`endDateTime` must be later than the current time (UTC) and than `startDateTime`; the service enforces this."""

    start_date_time: str
    """ `YYYY-MM-DD HH:mm:ss`, read as UTC. Not RFC 3339: no `T`, no offset. """
    end_date_time: str
    """ `YYYY-MM-DD HH:mm:ss`, read as UTC. Not RFC 3339: no `T`, no offset. """
    recurrence_object: DailyRecurrence | WeeklyRecurrence
    """ Daily or weekly recurrence, told apart by `recurType`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "start_date_time": "startDateTime",
        "end_date_time": "endDateTime",
        "recurrence_object": "recurrenceObject",
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
        from ..models.daily_recurrence import DailyRecurrence  # noqa: PLC0415
        from ..models.weekly_recurrence import WeeklyRecurrence  # noqa: PLC0415

        d = dict(src_dict)
        _dev = None
        start_date_time = d.pop("startDateTime", UNSET)
        if start_date_time.__class__ is not str:
            _dev = note_deviation(_dev, "startDateTime", start_date_time, "string", "string")

        end_date_time = d.pop("endDateTime", UNSET)
        if end_date_time.__class__ is not str:
            _dev = note_deviation(_dev, "endDateTime", end_date_time, "string", "string")

        def _read_recurrence_object(data: Any) -> Any:
            _dev = None
            try:
                with union_trial():
                    if data.__class__ is not dict:
                        raise TypeError
                    _member1 = DailyRecurrence.from_dict(data)

                return _member1
            except (TypeError, ValueError, KeyError, AttributeError):
                pass
            try:
                with union_trial():
                    if data.__class__ is not dict:
                        raise TypeError
                    _member2 = WeeklyRecurrence.from_dict(data)

                return _member2
            except (TypeError, ValueError, KeyError, AttributeError):
                pass
            raise TypeError

        _v = d.pop("recurrenceObject", UNSET)
        try:
            recurrence_object = _read_recurrence_object(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            recurrence_object = _v
            _dev = note_deviation(
                _dev, "recurrenceObject", _v, "union", "an object (DailyRecurrence) or an object (WeeklyRecurrence)"
            )

        schedule_request = cls(
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            recurrence_object=recurrence_object,
        )

        schedule_request.additional_properties = d
        if _dev:
            schedule_request._deviations = _dev
        return schedule_request

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
