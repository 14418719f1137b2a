from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pre_call_handle import PreCallHandle, check_pre_call_handle
from ..types import UNSET, Unset

T = TypeVar("T", bound="PreCallContactHandling")


@_attrs_define
class PreCallContactHandling:
    handle: PreCallHandle
    """ `CALL` places the call; `SKIP` moves on to the next contact. """
    reason: str | Unset = UNSET
    """ Why; logged with the contact when it is skipped. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        handle: str = self.handle

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "handle": handle,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        handle = check_pre_call_handle(d.pop("handle"))

        reason = d.pop("reason", UNSET)

        pre_call_contact_handling = cls(
            handle=handle,
            reason=reason,
        )

        pre_call_contact_handling.additional_properties = d
        return pre_call_contact_handling

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
