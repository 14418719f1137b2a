from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        skip: int | str | Unset
        if isinstance(self.skip, Unset):
            skip = UNSET
        else:
            skip = self.skip

        page: int | str | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        limit: int | str | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        sort_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sort_by, Unset):
            sort_by = self.sort_by.to_dict()

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if skip is not UNSET:
            field_dict["skip"] = skip
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if sort_by is not UNSET:
            field_dict["sortBy"] = sort_by
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_list_filters import CampaignListFilters  # noqa: PLC0415
        from ..models.campaign_list_sort import CampaignListSort  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_campaign_type(d.pop("type"))

        def _parse_skip(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        skip = _parse_skip(d.pop("skip", UNSET))

        def _parse_page(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        page = _parse_page(d.pop("page", UNSET))

        def _parse_limit(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        _sort_by = d.pop("sortBy", UNSET)
        sort_by: CampaignListSort | Unset
        if isinstance(_sort_by, Unset):
            sort_by = UNSET
        else:
            sort_by = CampaignListSort.from_dict(_sort_by)

        _filters = d.pop("filters", UNSET)
        filters: CampaignListFilters | Unset
        if isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = CampaignListFilters.from_dict(_filters)

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
