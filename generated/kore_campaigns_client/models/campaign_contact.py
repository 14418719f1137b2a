from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignContact")


@_attrs_define
class CampaignContact:
    """One contact of a voice campaign and the outcome of calling it."""

    phone_number: str
    number_of_attempts_so_far: int
    unique_id: str | Unset = UNSET
    """ Id of the call attempt, if any (may be empty). """
    dialer_outcome: str | Unset = UNSET
    """ The dialer's final outcome, such as `completed`; empty while in progress. """
    bot_session_id: str | Unset = UNSET
    agent_disposition_codes: list[str] | Unset = UNSET
    bot_outbound_status: str | Unset = UNSET
    """ Final status of the interaction, such as `userHangUp` or `agentHangUp`. """
    bot_outbound_status_detail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        number_of_attempts_so_far = self.number_of_attempts_so_far

        unique_id = self.unique_id

        dialer_outcome = self.dialer_outcome

        bot_session_id = self.bot_session_id

        agent_disposition_codes: list[str] | Unset = UNSET
        if not isinstance(self.agent_disposition_codes, Unset):
            agent_disposition_codes = self.agent_disposition_codes

        bot_outbound_status = self.bot_outbound_status

        bot_outbound_status_detail = self.bot_outbound_status_detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phoneNumber": phone_number,
                "numberOfAttemptsSoFar": number_of_attempts_so_far,
            }
        )
        if unique_id is not UNSET:
            field_dict["uniqueId"] = unique_id
        if dialer_outcome is not UNSET:
            field_dict["dialerOutcome"] = dialer_outcome
        if bot_session_id is not UNSET:
            field_dict["botSessionId"] = bot_session_id
        if agent_disposition_codes is not UNSET:
            field_dict["agentDispositionCodes"] = agent_disposition_codes
        if bot_outbound_status is not UNSET:
            field_dict["botOutboundStatus"] = bot_outbound_status
        if bot_outbound_status_detail is not UNSET:
            field_dict["botOutboundStatusDetail"] = bot_outbound_status_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone_number = d.pop("phoneNumber")

        number_of_attempts_so_far = d.pop("numberOfAttemptsSoFar")

        unique_id = d.pop("uniqueId", UNSET)

        dialer_outcome = d.pop("dialerOutcome", UNSET)

        bot_session_id = d.pop("botSessionId", UNSET)

        agent_disposition_codes = cast(list[str], d.pop("agentDispositionCodes", UNSET))

        bot_outbound_status = d.pop("botOutboundStatus", UNSET)

        bot_outbound_status_detail = d.pop("botOutboundStatusDetail", UNSET)

        campaign_contact = cls(
            phone_number=phone_number,
            number_of_attempts_so_far=number_of_attempts_so_far,
            unique_id=unique_id,
            dialer_outcome=dialer_outcome,
            bot_session_id=bot_session_id,
            agent_disposition_codes=agent_disposition_codes,
            bot_outbound_status=bot_outbound_status,
            bot_outbound_status_detail=bot_outbound_status_detail,
        )

        campaign_contact.additional_properties = d
        return campaign_contact

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
