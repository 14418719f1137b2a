from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.daily_recurrence import DailyRecurrence
    from ..models.weekly_recurrence import WeeklyRecurrence


T = TypeVar("T", bound="CampaignSchedule")


@_attrs_define
class CampaignSchedule:
    """The campaign's schedule. The docs' samples show only the two flags (on unscheduled
    campaigns); the set schedule is returned as the optional remaining fields.

    """

    is_scheduling_enabled: bool
    is_recurrence_enabled: bool | Unset = UNSET
    start_date_time: str | Unset = UNSET
    """ `YYYY-MM-DD HH:mm:ss`, read as UTC. Not RFC 3339: no `T`, no offset. """
    end_date_time: str | Unset = UNSET
    """ `YYYY-MM-DD HH:mm:ss`, read as UTC. Not RFC 3339: no `T`, no offset. """
    recurrence_object: DailyRecurrence | Unset | WeeklyRecurrence = UNSET
    """ Daily or weekly recurrence, told apart by `recurType`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.daily_recurrence import DailyRecurrence  # noqa: PLC0415

        is_scheduling_enabled = self.is_scheduling_enabled

        is_recurrence_enabled = self.is_recurrence_enabled

        start_date_time = self.start_date_time

        end_date_time = self.end_date_time

        recurrence_object: dict[str, Any] | Unset
        if isinstance(self.recurrence_object, Unset):
            recurrence_object = UNSET
        elif isinstance(self.recurrence_object, DailyRecurrence):
            recurrence_object = self.recurrence_object.to_dict()
        else:
            recurrence_object = self.recurrence_object.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isSchedulingEnabled": is_scheduling_enabled,
            }
        )
        if is_recurrence_enabled is not UNSET:
            field_dict["isRecurrenceEnabled"] = is_recurrence_enabled
        if start_date_time is not UNSET:
            field_dict["startDateTime"] = start_date_time
        if end_date_time is not UNSET:
            field_dict["endDateTime"] = end_date_time
        if recurrence_object is not UNSET:
            field_dict["recurrenceObject"] = recurrence_object

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.daily_recurrence import DailyRecurrence  # noqa: PLC0415
        from ..models.weekly_recurrence import WeeklyRecurrence  # noqa: PLC0415

        d = dict(src_dict)
        is_scheduling_enabled = d.pop("isSchedulingEnabled")

        is_recurrence_enabled = d.pop("isRecurrenceEnabled", UNSET)

        start_date_time = d.pop("startDateTime", UNSET)

        end_date_time = d.pop("endDateTime", UNSET)

        def _parse_recurrence_object(data: object) -> DailyRecurrence | Unset | WeeklyRecurrence:
            if isinstance(data, Unset):
                return data
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

        recurrence_object = _parse_recurrence_object(d.pop("recurrenceObject", UNSET))

        campaign_schedule = cls(
            is_scheduling_enabled=is_scheduling_enabled,
            is_recurrence_enabled=is_recurrence_enabled,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            recurrence_object=recurrence_object,
        )

        campaign_schedule.additional_properties = d
        return campaign_schedule

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
