from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import note_deviation
from .._runtime.reprs import model_repr
from .._runtime.state import model_getstate, model_setstate
from .._runtime.writing import model_to_dict
from ..models.campaign_list_filters_dialing_mode_item import (
    CampaignListFiltersDialingModeItem,
    check_campaign_list_filters_dialing_mode_item,
)
from ..models.campaign_list_filters_priority_item import (
    CampaignListFiltersPriorityItem,
    check_campaign_list_filters_priority_item,
)
from ..models.campaign_status import CampaignStatus, check_campaign_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignListFilters")


@_attrs_define
class CampaignListFilters:
    status: list[CampaignStatus] | Unset = UNSET
    priority: list[CampaignListFiltersPriorityItem] | Unset = UNSET
    dialing_mode: list[CampaignListFiltersDialingModeItem] | Unset = UNSET
    """ Voice campaigns only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "status": "status",
        "priority": "priority",
        "dialing_mode": "dialingMode",
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
        _v = d.pop("status", UNSET)
        if _v is UNSET:
            status = UNSET
        else:
            try:
                if _v.__class__ is not list:
                    raise TypeError
                status = []
                for _i0, _item0 in enumerate(_v):
                    try:
                        _status_item = check_campaign_status(_item0)

                    except (TypeError, ValueError, KeyError, AttributeError):
                        _status_item = _item0
                        _dev = note_deviation(
                            _dev,
                            f"status[{_i0}]",
                            _item0,
                            "string",
                            "one of 'Active', 'Completed', 'Paused', 'Preparing', 'Ready', 'Rescheduled', 'Scheduled', 'Stopped'",
                        )
                    status.append(_status_item)

            except (TypeError, ValueError, KeyError, AttributeError):
                status = _v
                _dev = note_deviation(
                    _dev,
                    "status",
                    _v,
                    "array",
                    "an array of one of 'Active', 'Completed', 'Paused', 'Preparing', 'Ready', 'Rescheduled', 'Scheduled', 'Stopped'",
                )

        _v = d.pop("priority", UNSET)
        if _v is UNSET:
            priority = UNSET
        else:
            try:
                if _v.__class__ is not list:
                    raise TypeError
                priority = []
                for _i0, _item0 in enumerate(_v):
                    try:
                        _priority_item = check_campaign_list_filters_priority_item(_item0)

                    except (TypeError, ValueError, KeyError, AttributeError):
                        _priority_item = _item0
                        _dev = note_deviation(_dev, f"priority[{_i0}]", _item0, "integer", "one of 1, 2, 3, 4, 5")
                    priority.append(_priority_item)

            except (TypeError, ValueError, KeyError, AttributeError):
                priority = _v
                _dev = note_deviation(_dev, "priority", _v, "array", "an array of one of 1, 2, 3, 4, 5")

        _v = d.pop("dialingMode", UNSET)
        if _v is UNSET:
            dialing_mode = UNSET
        else:
            try:
                if _v.__class__ is not list:
                    raise TypeError
                dialing_mode = []
                for _i0, _item0 in enumerate(_v):
                    try:
                        _dialing_mode_item = check_campaign_list_filters_dialing_mode_item(_item0)

                    except (TypeError, ValueError, KeyError, AttributeError):
                        _dialing_mode_item = _item0
                        _dev = note_deviation(
                            _dev, f"dialingMode[{_i0}]", _item0, "string", "one of 'Preview', 'Progressive'"
                        )
                    dialing_mode.append(_dialing_mode_item)

            except (TypeError, ValueError, KeyError, AttributeError):
                dialing_mode = _v
                _dev = note_deviation(_dev, "dialingMode", _v, "array", "an array of one of 'Preview', 'Progressive'")

        campaign_list_filters = cls(
            status=status,
            priority=priority,
            dialing_mode=dialing_mode,
        )

        campaign_list_filters.additional_properties = d
        if _dev:
            campaign_list_filters._deviations = _dev
        return campaign_list_filters

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
