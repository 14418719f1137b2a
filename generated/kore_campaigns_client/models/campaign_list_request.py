from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import note_deviation
from .._runtime.reprs import model_repr
from .._runtime.state import model_getstate, model_setstate
from .._runtime.writing import model_to_dict
from ..models.campaign_type import CampaignType, check_campaign_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_list_filters import CampaignListFilters
    from ..models.campaign_list_sort import CampaignListSort


T = TypeVar("T", bound="CampaignListRequest")


@_attrs_define
class CampaignListRequest:
    type_: CampaignType
    """ Kind of campaign. """
    skip: int | str | Unset = UNSET
    """ Records to skip (0 or more), or the empty string (meaning "not given"), as the list page allows. """
    page: int | str | Unset = UNSET
    """ A page number (from 1) or page size (at least 1), or the empty string (meaning "not given"), as the list
    page allows. """
    limit: int | str | Unset = UNSET
    """ A page number (from 1) or page size (at least 1), or the empty string (meaning "not given"), as the list
    page allows. """
    start_date: datetime.datetime | Unset = UNSET
    """ Only campaigns created at or after this time (ISO 8601). """
    end_date: datetime.datetime | Unset = UNSET
    """ Only campaigns created at or before this time (ISO 8601). """
    sort_by: CampaignListSort | Unset = UNSET
    """ Sort keys; each `asc` or `desc`. """
    filters: CampaignListFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Each date field's text as read, with the value read from it: to_dict writes it back as it came.
    _date_texts: dict[str, tuple[str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "type_": "type",
        "skip": "skip",
        "page": "page",
        "limit": "limit",
        "start_date": "startDate",
        "end_date": "endDate",
        "sort_by": "sortBy",
        "filters": "filters",
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
        from ..models.campaign_list_filters import CampaignListFilters  # noqa: PLC0415
        from ..models.campaign_list_sort import CampaignListSort  # noqa: PLC0415

        d = dict(src_dict)
        _dev = None
        _texts: dict[str, tuple[str, Any]] | None = None  # date fields' texts (runtime dates.py)
        _v = d.pop("type", UNSET)
        try:
            type_ = check_campaign_type(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            type_ = _v
            _dev = note_deviation(_dev, "type", _v, "string", "one of 'sms', 'voice'")

        def _read_skip(data: Any) -> Any:
            _dev = None
            try:
                if data.__class__ is not int:
                    raise TypeError
                _member1 = data

                return _member1
            except (TypeError, ValueError, KeyError, AttributeError):
                pass
            try:
                if data.__class__ is not str:
                    raise TypeError
                _member2 = data

                return _member2
            except (TypeError, ValueError, KeyError, AttributeError):
                pass
            raise TypeError

        _v = d.pop("skip", UNSET)
        if _v is UNSET:
            skip = UNSET
        else:
            try:
                skip = _read_skip(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                skip = _v
                _dev = note_deviation(_dev, "skip", _v, "union", "integer or string")

        def _read_page(data: Any) -> Any:
            _dev = None
            try:
                if data.__class__ is not int:
                    raise TypeError
                _member1 = data

                return _member1
            except (TypeError, ValueError, KeyError, AttributeError):
                pass
            try:
                if data.__class__ is not str:
                    raise TypeError
                _member2 = data

                return _member2
            except (TypeError, ValueError, KeyError, AttributeError):
                pass
            raise TypeError

        _v = d.pop("page", UNSET)
        if _v is UNSET:
            page = UNSET
        else:
            try:
                page = _read_page(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                page = _v
                _dev = note_deviation(_dev, "page", _v, "union", "integer or string")

        def _read_limit(data: Any) -> Any:
            _dev = None
            try:
                if data.__class__ is not int:
                    raise TypeError
                _member1 = data

                return _member1
            except (TypeError, ValueError, KeyError, AttributeError):
                pass
            try:
                if data.__class__ is not str:
                    raise TypeError
                _member2 = data

                return _member2
            except (TypeError, ValueError, KeyError, AttributeError):
                pass
            raise TypeError

        _v = d.pop("limit", UNSET)
        if _v is UNSET:
            limit = UNSET
        else:
            try:
                limit = _read_limit(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                limit = _v
                _dev = note_deviation(_dev, "limit", _v, "union", "integer or string")

        _v = d.pop("startDate", UNSET)
        if _v is UNSET:
            start_date = UNSET
        else:
            try:
                start_date = datetime.datetime.fromisoformat(_v)

                if _texts is None:
                    _texts = {}
                _texts["start_date"] = (_v, start_date)
            except (TypeError, ValueError, KeyError, AttributeError):
                start_date = _v
                _dev = note_deviation(_dev, "startDate", _v, "string", "a date-time string")

        _v = d.pop("endDate", UNSET)
        if _v is UNSET:
            end_date = UNSET
        else:
            try:
                end_date = datetime.datetime.fromisoformat(_v)

                if _texts is None:
                    _texts = {}
                _texts["end_date"] = (_v, end_date)
            except (TypeError, ValueError, KeyError, AttributeError):
                end_date = _v
                _dev = note_deviation(_dev, "endDate", _v, "string", "a date-time string")

        _v = d.pop("sortBy", UNSET)
        if _v is UNSET:
            sort_by = UNSET
        else:
            try:
                if _v.__class__ is not dict:
                    raise TypeError
                sort_by = CampaignListSort.from_dict(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                sort_by = _v
                _dev = note_deviation(_dev, "sortBy", _v, "object", "an object (CampaignListSort)")

        _v = d.pop("filters", UNSET)
        if _v is UNSET:
            filters = UNSET
        else:
            try:
                if _v.__class__ is not dict:
                    raise TypeError
                filters = CampaignListFilters.from_dict(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                filters = _v
                _dev = note_deviation(_dev, "filters", _v, "object", "an object (CampaignListFilters)")

        campaign_list_request = cls(
            type_=type_,
            skip=skip,
            page=page,
            limit=limit,
            start_date=start_date,
            end_date=end_date,
            sort_by=sort_by,
            filters=filters,
        )

        campaign_list_request.additional_properties = d
        if _dev:
            campaign_list_request._deviations = _dev
        if _texts:
            campaign_list_request._date_texts = _texts
        return campaign_list_request

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
