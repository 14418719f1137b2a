from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_status import CampaignStatus, check_campaign_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignTriggerResponse")


@_attrs_define
class CampaignTriggerResponse:
    """The campaign's state after a start or stop."""

    status: CampaignStatus
    """ A campaign's state, in the docs' words: `Preparing` (voice, just created), `Ready`,
    `Active` (started), `Stopped`; the list filter also names `Paused`, `Completed`,
    `Scheduled` and `Rescheduled`.
     """
    message: str
    updated_at: datetime.datetime
    total_calls_completed: int | Unset = UNSET
    """ Calls completed so far (voice start). """
    campaign_instance_id: str | Unset = UNSET
    """ Id of the campaign run, `cid-…` (voice). """
    campaign_execution_type: str | Unset = UNSET
    """ How the campaign runs, such as `NORMAL`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        message = self.message

        updated_at = self.updated_at.isoformat()

        total_calls_completed = self.total_calls_completed

        campaign_instance_id = self.campaign_instance_id

        campaign_execution_type = self.campaign_execution_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "message": message,
                "updatedAt": updated_at,
            }
        )
        if total_calls_completed is not UNSET:
            field_dict["totalCallsCompleted"] = total_calls_completed
        if campaign_instance_id is not UNSET:
            field_dict["campaignInstanceId"] = campaign_instance_id
        if campaign_execution_type is not UNSET:
            field_dict["campaignExecutionType"] = campaign_execution_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_campaign_status(d.pop("status"))

        message = d.pop("message")

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        total_calls_completed = d.pop("totalCallsCompleted", UNSET)

        campaign_instance_id = d.pop("campaignInstanceId", UNSET)

        campaign_execution_type = d.pop("campaignExecutionType", UNSET)

        campaign_trigger_response = cls(
            status=status,
            message=message,
            updated_at=updated_at,
            total_calls_completed=total_calls_completed,
            campaign_instance_id=campaign_instance_id,
            campaign_execution_type=campaign_execution_type,
        )

        campaign_trigger_response.additional_properties = d
        return campaign_trigger_response

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
