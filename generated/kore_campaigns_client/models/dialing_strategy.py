from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dialing_strategy_dialing_order import DialingStrategyDialingOrder, check_dialing_strategy_dialing_order
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.caller_id import CallerId
    from ..models.calling_hours import CallingHours


T = TypeVar("T", bound="DialingStrategy")


@_attrs_define
class DialingStrategy:
    """A campaign's dialing strategy as returned; the voice-only fields are absent on SMS campaigns."""

    caller_id: CallerId
    calling_hours: CallingHours
    """ When the campaign may call or send. """
    dialing_order: DialingStrategyDialingOrder | Unset = UNSET
    max_attempts_per_record: int | Unset = UNSET
    default_retry_period: int | Unset = UNSET
    max_ring_time: int | Unset = UNSET
    use_system_mappings: bool | Unset = UNSET
    """ Returned by the get endpoint; not in any table. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        caller_id = self.caller_id.to_dict()

        calling_hours = self.calling_hours.to_dict()

        dialing_order: str | Unset = UNSET
        if not isinstance(self.dialing_order, Unset):
            dialing_order = self.dialing_order

        max_attempts_per_record = self.max_attempts_per_record

        default_retry_period = self.default_retry_period

        max_ring_time = self.max_ring_time

        use_system_mappings = self.use_system_mappings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callerId": caller_id,
                "callingHours": calling_hours,
            }
        )
        if dialing_order is not UNSET:
            field_dict["dialingOrder"] = dialing_order
        if max_attempts_per_record is not UNSET:
            field_dict["maxAttemptsPerRecord"] = max_attempts_per_record
        if default_retry_period is not UNSET:
            field_dict["defaultRetryPeriod"] = default_retry_period
        if max_ring_time is not UNSET:
            field_dict["maxRingTime"] = max_ring_time
        if use_system_mappings is not UNSET:
            field_dict["useSystemMappings"] = use_system_mappings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.caller_id import CallerId  # noqa: PLC0415
        from ..models.calling_hours import CallingHours  # noqa: PLC0415

        d = dict(src_dict)
        caller_id = CallerId.from_dict(d.pop("callerId"))

        calling_hours = CallingHours.from_dict(d.pop("callingHours"))

        _dialing_order = d.pop("dialingOrder", UNSET)
        dialing_order: DialingStrategyDialingOrder | Unset
        if isinstance(_dialing_order, Unset):
            dialing_order = UNSET
        else:
            dialing_order = check_dialing_strategy_dialing_order(_dialing_order)

        max_attempts_per_record = d.pop("maxAttemptsPerRecord", UNSET)

        default_retry_period = d.pop("defaultRetryPeriod", UNSET)

        max_ring_time = d.pop("maxRingTime", UNSET)

        use_system_mappings = d.pop("useSystemMappings", UNSET)

        dialing_strategy = cls(
            caller_id=caller_id,
            calling_hours=calling_hours,
            dialing_order=dialing_order,
            max_attempts_per_record=max_attempts_per_record,
            default_retry_period=default_retry_period,
            max_ring_time=max_ring_time,
            use_system_mappings=use_system_mappings,
        )

        dialing_strategy.additional_properties = d
        return dialing_strategy

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
