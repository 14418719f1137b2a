from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import note_deviation
from .._runtime.reprs import model_repr
from .._runtime.state import model_getstate, model_setstate
from .._runtime.writing import model_to_dict
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.contact import Contact


T = TypeVar("T", bound="ContactsPage")


@_attrs_define
class ContactsPage:
    results: list[Contact]
    skip: int
    limit: int
    has_more: bool
    total_pages: int
    total_results: int
    """ Contacts in the list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "results": "results",
        "skip": "skip",
        "limit": "limit",
        "has_more": "hasMore",
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

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: what the model holds, as it holds it (a field left out stays out)."""
        return model_to_dict(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact import Contact  # noqa: PLC0415

        d = dict(src_dict)
        _dev = None
        _v = d.pop("results", UNSET)
        try:
            if _v.__class__ is not list:
                raise TypeError
            results = []
            for _i0, _item0 in enumerate(_v):
                try:
                    if _item0.__class__ is not dict:
                        raise TypeError
                    _results_item = Contact.from_dict(_item0)

                except (TypeError, ValueError, KeyError, AttributeError):
                    _results_item = _item0
                    _dev = note_deviation(_dev, f"results[{_i0}]", _item0, "object", "an object (Contact)")
                results.append(_results_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            results = _v
            _dev = note_deviation(_dev, "results", _v, "array", "an array of an object (Contact)")

        skip = d.pop("skip", UNSET)
        if skip.__class__ is not int:
            _dev = note_deviation(_dev, "skip", skip, "integer", "integer")

        limit = d.pop("limit", UNSET)
        if limit.__class__ is not int:
            _dev = note_deviation(_dev, "limit", limit, "integer", "integer")

        has_more = d.pop("hasMore", UNSET)
        if has_more.__class__ is not bool:
            _dev = note_deviation(_dev, "hasMore", has_more, "boolean", "boolean")

        total_pages = d.pop("totalPages", UNSET)
        if total_pages.__class__ is not int:
            _dev = note_deviation(_dev, "totalPages", total_pages, "integer", "integer")

        total_results = d.pop("totalResults", UNSET)
        if total_results.__class__ is not int:
            _dev = note_deviation(_dev, "totalResults", total_results, "integer", "integer")

        contacts_page = cls(
            results=results,
            skip=skip,
            limit=limit,
            has_more=has_more,
            total_pages=total_pages,
            total_results=total_results,
        )

        contacts_page.additional_properties = d
        if _dev:
            contacts_page._deviations = _dev
        return contacts_page

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
