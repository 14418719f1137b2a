from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    def to_dict(self) -> dict[str, Any]:
        last_payment_status = self.last_payment_status

        preferred_language = self.preferred_language

        risk_score = self.risk_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if last_payment_status is not UNSET:
            field_dict["lastPaymentStatus"] = last_payment_status
        if preferred_language is not UNSET:
            field_dict["preferredLanguage"] = preferred_language
        if risk_score is not UNSET:
            field_dict["riskScore"] = risk_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        last_payment_status = d.pop("lastPaymentStatus", UNSET)

        preferred_language = d.pop("preferredLanguage", UNSET)

        risk_score = d.pop("riskScore", UNSET)

        pre_call_detailed_contact_data = cls(
            last_payment_status=last_payment_status,
            preferred_language=preferred_language,
            risk_score=risk_score,
        )

        pre_call_detailed_contact_data.additional_properties = d
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
