from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallbackOutcome")


@_attrs_define
class CallbackOutcome:
    campaign_dialing_list_id: str
    status: str
    """ `success` when scheduled, `failed` otherwise. """
    reason: str | Unset = UNSET
    """ Why the entry failed, such as `time_in_past`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_dialing_list_id = self.campaign_dialing_list_id

        status = self.status

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaignDialingListId": campaign_dialing_list_id,
                "status": status,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_dialing_list_id = d.pop("campaignDialingListId")

        status = d.pop("status")

        reason = d.pop("reason", UNSET)

        callback_outcome = cls(
            campaign_dialing_list_id=campaign_dialing_list_id,
            status=status,
            reason=reason,
        )

        callback_outcome.additional_properties = d
        return callback_outcome

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
