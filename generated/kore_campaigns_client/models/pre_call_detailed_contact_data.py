from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import note_deviation
from .._runtime.reprs import model_repr
from .._runtime.state import model_getstate, model_setstate
from .._runtime.writing import model_to_dict
from ..types import UNSET, Unset

T = TypeVar("T", bound="PreCallDetailedContactData")


@_attrs_define
class PreCallDetailedContactData:
    """Partner data for the bot (and the experience flow of Agentless campaigns) when the call proceeds; any names. A name
    the contact record already has keeps the record's value.

    """

    last_payment_status: str | Unset = UNSET
    preferred_language: str | Unset = UNSET
    risk_score: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "last_payment_status": "lastPaymentStatus",
        "preferred_language": "preferredLanguage",
        "risk_score": "riskScore",
    }
    # Personal data (x-personal-data in the spec): masked in the repr unless values are shown.
    _personal_fields: ClassVar[frozenset[str]] = frozenset({"last_payment_status", "preferred_language", "risk_score"})
    # Whether the fields the spec does not name (additional_properties) are personal data too.
    _personal_others: ClassVar[bool] = True
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
        d = dict(src_dict)
        _dev = None
        last_payment_status = d.pop("lastPaymentStatus", UNSET)
        if last_payment_status.__class__ is not str and last_payment_status is not UNSET:
            _dev = note_deviation(_dev, "lastPaymentStatus", last_payment_status, "string", "string")

        preferred_language = d.pop("preferredLanguage", UNSET)
        if preferred_language.__class__ is not str and preferred_language is not UNSET:
            _dev = note_deviation(_dev, "preferredLanguage", preferred_language, "string", "string")

        risk_score = d.pop("riskScore", UNSET)
        if risk_score.__class__ is not str and risk_score is not UNSET:
            _dev = note_deviation(_dev, "riskScore", risk_score, "string", "string")

        pre_call_detailed_contact_data = cls(
            last_payment_status=last_payment_status,
            preferred_language=preferred_language,
            risk_score=risk_score,
        )

        pre_call_detailed_contact_data.additional_properties = d
        if _dev:
            pre_call_detailed_contact_data._deviations = _dev
        return pre_call_detailed_contact_data

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
