from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import note_deviation
from .._runtime.reprs import model_repr
from .._runtime.state import model_getstate, model_setstate
from .._runtime.writing import model_to_dict
from ..types import UNSET

T = TypeVar("T", bound="CallbackEntry")


@_attrs_define
class CallbackEntry:
    campaign_dialing_list_id: str
    """ The contact's record in the campaign's dialing list, linking the call back to the original call. """
    time_to_contact: datetime.datetime
    """ When to call the contact back (ISO 8601, such as `2026-06-18T17:55:00Z`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Each date field's text as read, with the value read from it: to_dict writes it back as it came.
    _date_texts: dict[str, tuple[str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "campaign_dialing_list_id": "campaignDialingListId",
        "time_to_contact": "timeToContact",
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
        _texts: dict[str, tuple[str, Any]] | None = None  # date fields' texts (runtime dates.py)
        campaign_dialing_list_id = d.pop("campaignDialingListId", UNSET)
        if campaign_dialing_list_id.__class__ is not str:
            _dev = note_deviation(_dev, "campaignDialingListId", campaign_dialing_list_id, "string", "string")

        _v = d.pop("timeToContact", UNSET)
        try:
            time_to_contact = datetime.datetime.fromisoformat(_v)

            if _texts is None:
                _texts = {}
            _texts["time_to_contact"] = (_v, time_to_contact)
        except (TypeError, ValueError, KeyError, AttributeError):
            time_to_contact = _v
            _dev = note_deviation(_dev, "timeToContact", _v, "string", "a date-time string")

        callback_entry = cls(
            campaign_dialing_list_id=campaign_dialing_list_id,
            time_to_contact=time_to_contact,
        )

        callback_entry.additional_properties = d
        if _dev:
            callback_entry._deviations = _dev
        if _texts:
            callback_entry._date_texts = _texts
        return callback_entry

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
