from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import first_present, note_deviation
from .._runtime.reprs import model_repr
from .._runtime.state import model_getstate, model_setstate
from .._runtime.writing import model_to_dict
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
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "id": "id",
        "status": "status",
        "name": "name",
        "results": "results",
        "page": "page",
        "limit": "limit",
        "total_pages": "totalPages",
        "total_results": "totalResults",
    }
    # Personal data (x-personal-data in the spec): masked in the repr unless values are shown.
    _personal_fields: ClassVar[frozenset[str]] = frozenset({"results"})
    # Whether the fields the spec does not name (additional_properties) are personal data too.
    _personal_others: ClassVar[bool] = False
    # The reading client's own show_values, when it had one (else KORE_SHOW_VALUES decides); left unset.
    _values_shown: bool | None = _attrs_field(init=False, repr=False, eq=False)

    __getstate__ = model_getstate
    __setstate__ = model_setstate

    def __repr__(self) -> str:
        return model_repr(self)

    @property
    def campaign_id(self) -> str | Unset:
        """The id, whichever of `_id`, `id` the answer carries (the service's pages differ); UNSET if none."""
        return first_present(
            self,
            (
                (None, "_id"),
                ("id", "id"),
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: what the model holds, as it holds it (a field left out stays out)."""
        return model_to_dict(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_contact import CampaignContact  # noqa: PLC0415

        d = dict(src_dict)
        _dev = None
        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            _dev = note_deviation(_dev, "id", id, "string", "string")

        _v = d.pop("status", UNSET)
        if _v is UNSET:
            status = UNSET
        else:
            try:
                status = check_campaign_status(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                status = _v
                _dev = note_deviation(
                    _dev,
                    "status",
                    _v,
                    "string",
                    "one of 'Active', 'Completed', 'Paused', 'Preparing', 'Ready', 'Rescheduled', 'Scheduled', 'Stopped'",
                )

        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            _dev = note_deviation(_dev, "name", name, "string", "string")

        _v = d.pop("results", UNSET)
        if _v is UNSET:
            results = UNSET
        else:
            try:
                if _v.__class__ is not list:
                    raise TypeError
                results = []
                for _i0, _item0 in enumerate(_v):
                    try:
                        if _item0.__class__ is not dict:
                            raise TypeError
                        _results_item = CampaignContact.from_dict(_item0)

                    except (TypeError, ValueError, KeyError, AttributeError):
                        _results_item = _item0
                        _dev = note_deviation(_dev, f"results[{_i0}]", _item0, "object", "an object (CampaignContact)")
                    results.append(_results_item)

            except (TypeError, ValueError, KeyError, AttributeError):
                results = _v
                _dev = note_deviation(_dev, "results", _v, "array", "an array of an object (CampaignContact)")

        page = d.pop("page", UNSET)
        if page.__class__ is not int and page is not UNSET:
            _dev = note_deviation(_dev, "page", page, "integer", "integer")

        limit = d.pop("limit", UNSET)
        if limit.__class__ is not int and limit is not UNSET:
            _dev = note_deviation(_dev, "limit", limit, "integer", "integer")

        total_pages = d.pop("totalPages", UNSET)
        if total_pages.__class__ is not int and total_pages is not UNSET:
            _dev = note_deviation(_dev, "totalPages", total_pages, "integer", "integer")

        total_results = d.pop("totalResults", UNSET)
        if total_results.__class__ is not int and total_results is not UNSET:
            _dev = note_deviation(_dev, "totalResults", total_results, "integer", "integer")

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
        if _dev:
            campaign_status_data._deviations = _dev
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
