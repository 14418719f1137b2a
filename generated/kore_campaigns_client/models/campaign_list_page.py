from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.campaign_summary import CampaignSummary


T = TypeVar("T", bound="CampaignListPage")


@_attrs_define
class CampaignListPage:
    results: list[CampaignSummary]
    skip: int
    limit: int
    has_more: bool
    total_pages: int
    total_results: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        skip = self.skip

        limit = self.limit

        has_more = self.has_more

        total_pages = self.total_pages

        total_results = self.total_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "skip": skip,
                "limit": limit,
                "hasMore": has_more,
                "totalPages": total_pages,
                "totalResults": total_results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_summary import CampaignSummary  # noqa: PLC0415

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = CampaignSummary.from_dict(results_item_data)

            results.append(results_item)

        skip = d.pop("skip")

        limit = d.pop("limit")

        has_more = d.pop("hasMore")

        total_pages = d.pop("totalPages")

        total_results = d.pop("totalResults")

        campaign_list_page = cls(
            results=results,
            skip=skip,
            limit=limit,
            has_more=has_more,
            total_pages=total_pages,
            total_results=total_results,
        )

        campaign_list_page.additional_properties = d
        return campaign_list_page

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
