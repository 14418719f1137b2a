from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voice_campaign_created import VoiceCampaignCreated


T = TypeVar("T", bound="VoiceCampaignCreatedResponse")


@_attrs_define
class VoiceCampaignCreatedResponse:
    status: str
    message: str
    data: VoiceCampaignCreated
    """ A new voice campaign as the v1 create endpoint returns it (id in `id`, not `_id`). The
    Preview page answers in a short form instead, `{campId}` only (the id also at the top
    level of the answer); either the short form or the whole campaign is present.
     """
    id: str | Unset = UNSET
    """ The campaign's id, in the Preview page's short answer only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message = self.message

        data = self.data.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "message": message,
                "data": data,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.voice_campaign_created import VoiceCampaignCreated  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status")

        message = d.pop("message")

        data = VoiceCampaignCreated.from_dict(d.pop("data"))

        id = d.pop("id", UNSET)

        voice_campaign_created_response = cls(
            status=status,
            message=message,
            data=data,
            id=id,
        )

        voice_campaign_created_response.additional_properties = d
        return voice_campaign_created_response

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
