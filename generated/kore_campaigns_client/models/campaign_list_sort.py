from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import note_deviation
from .._runtime.reprs import model_repr
from .._runtime.state import model_getstate, model_setstate
from .._runtime.writing import model_to_dict
from ..models.sort_order import SortOrder, check_sort_order
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignListSort")


@_attrs_define
class CampaignListSort:
    """Sort keys; each `asc` or `desc`."""

    name: SortOrder | Unset = UNSET
    created_at: SortOrder | Unset = UNSET
    updated_at: SortOrder | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "name": "name",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
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
        _v = d.pop("name", UNSET)
        if _v is UNSET:
            name = UNSET
        else:
            try:
                name = check_sort_order(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                name = _v
                _dev = note_deviation(_dev, "name", _v, "string", "one of 'asc', 'desc'")

        _v = d.pop("createdAt", UNSET)
        if _v is UNSET:
            created_at = UNSET
        else:
            try:
                created_at = check_sort_order(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                created_at = _v
                _dev = note_deviation(_dev, "createdAt", _v, "string", "one of 'asc', 'desc'")

        _v = d.pop("updatedAt", UNSET)
        if _v is UNSET:
            updated_at = UNSET
        else:
            try:
                updated_at = check_sort_order(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                updated_at = _v
                _dev = note_deviation(_dev, "updatedAt", _v, "string", "one of 'asc', 'desc'")

        campaign_list_sort = cls(
            name=name,
            created_at=created_at,
            updated_at=updated_at,
        )

        campaign_list_sort.additional_properties = d
        if _dev:
            campaign_list_sort._deviations = _dev
        return campaign_list_sort

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
