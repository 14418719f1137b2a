from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    def to_dict(self) -> dict[str, Any]:
        from ..models.daily_recurrence import DailyRecurrence  # noqa: PLC0415

        start_date_time = self.start_date_time

        end_date_time = self.end_date_time

        recurrence_object: dict[str, Any]
        if isinstance(self.recurrence_object, DailyRecurrence):
            recurrence_object = self.recurrence_object.to_dict()
        else:
            recurrence_object = self.recurrence_object.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startDateTime": start_date_time,
                "endDateTime": end_date_time,
                "recurrenceObject": recurrence_object,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.daily_recurrence import DailyRecurrence  # noqa: PLC0415
        from ..models.weekly_recurrence import WeeklyRecurrence  # noqa: PLC0415

        d = dict(src_dict)
        start_date_time = d.pop("startDateTime")

        end_date_time = d.pop("endDateTime")

        def _parse_recurrence_object(data: object) -> DailyRecurrence | WeeklyRecurrence:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_recurrence_type_0 = DailyRecurrence.from_dict(data)

                return componentsschemas_recurrence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_recurrence_type_1 = WeeklyRecurrence.from_dict(data)

            return componentsschemas_recurrence_type_1

        recurrence_object = _parse_recurrence_object(d.pop("recurrenceObject"))

        schedule_request = cls(
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            recurrence_object=recurrence_object,
        )

        schedule_request.additional_properties = d
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
