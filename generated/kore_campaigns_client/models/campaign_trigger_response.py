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
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Each date field's text as read, with the value read from it: to_dict writes it back as it came.
    _date_texts: dict[str, tuple[str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "status": "status",
        "message": "message",
        "updated_at": "updatedAt",
        "total_calls_completed": "totalCallsCompleted",
        "campaign_instance_id": "campaignInstanceId",
        "campaign_execution_type": "campaignExecutionType",
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
        _v = d.pop("status", UNSET)
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

        message = d.pop("message", UNSET)
        if message.__class__ is not str:
            _dev = note_deviation(_dev, "message", message, "string", "string")

        _v = d.pop("updatedAt", UNSET)
        try:
            updated_at = datetime.datetime.fromisoformat(_v)

            if _texts is None:
                _texts = {}
            _texts["updated_at"] = (_v, updated_at)
        except (TypeError, ValueError, KeyError, AttributeError):
            updated_at = _v
            _dev = note_deviation(_dev, "updatedAt", _v, "string", "a date-time string")

        total_calls_completed = d.pop("totalCallsCompleted", UNSET)
        if total_calls_completed.__class__ is not int and total_calls_completed is not UNSET:
            _dev = note_deviation(_dev, "totalCallsCompleted", total_calls_completed, "integer", "integer")

        campaign_instance_id = d.pop("campaignInstanceId", UNSET)
        if campaign_instance_id.__class__ is not str and campaign_instance_id is not UNSET:
            _dev = note_deviation(_dev, "campaignInstanceId", campaign_instance_id, "string", "string")

        campaign_execution_type = d.pop("campaignExecutionType", UNSET)
        if campaign_execution_type.__class__ is not str and campaign_execution_type is not UNSET:
            _dev = note_deviation(_dev, "campaignExecutionType", campaign_execution_type, "string", "string")

        campaign_trigger_response = cls(
            status=status,
            message=message,
            updated_at=updated_at,
            total_calls_completed=total_calls_completed,
            campaign_instance_id=campaign_instance_id,
            campaign_execution_type=campaign_execution_type,
        )

        campaign_trigger_response.additional_properties = d
        if _dev:
            campaign_trigger_response._deviations = _dev
        if _texts:
            campaign_trigger_response._date_texts = _texts
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
