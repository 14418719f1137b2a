from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_status import CampaignStatus, check_campaign_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_contact import CampaignContact


T = TypeVar("T", bound="CampaignStatusData")


@_attrs_define
class CampaignStatusData:
    id: str | Unset = UNSET
    """ Campaign id, `cd-…` (status view). """
    status: CampaignStatus | Unset = UNSET
    """ A campaign's state, in the docs' words: `Preparing` (voice, just created), `Ready`,
    `Active` (started), `Stopped`; the list filter also names `Paused`, `Completed`,
    `Scheduled` and `Rescheduled`.
     """
    name: str | Unset = UNSET
    """ Campaign name (status view). """
    results: list[CampaignContact] | Unset = UNSET
    """ The contacts on this page (contacts view). """
    page: int | Unset = UNSET
    limit: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    total_results: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        name = self.name

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        page = self.page

        limit = self.limit

        total_pages = self.total_pages

        total_results = self.total_results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if name is not UNSET:
            field_dict["name"] = name
        if results is not UNSET:
            field_dict["results"] = results
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit
        if total_pages is not UNSET:
            field_dict["totalPages"] = total_pages
        if total_results is not UNSET:
            field_dict["totalResults"] = total_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_contact import CampaignContact  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: CampaignStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_campaign_status(_status)

        name = d.pop("name", UNSET)

        _results = d.pop("results", UNSET)
        results: list[CampaignContact] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = CampaignContact.from_dict(results_item_data)

                results.append(results_item)

        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        total_pages = d.pop("totalPages", UNSET)

        total_results = d.pop("totalResults", UNSET)

        campaign_status_data = cls(
            id=id,
            status=status,
            name=name,
            results=results,
            page=page,
            limit=limit,
            total_pages=total_pages,
            total_results=total_results,
        )

        campaign_status_data.additional_properties = d
        return campaign_status_data

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
