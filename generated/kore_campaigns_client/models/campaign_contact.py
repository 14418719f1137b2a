from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import note_deviation, note_items
from .._runtime.reprs import model_repr
from .._runtime.state import model_getstate, model_setstate
from .._runtime.writing import model_to_dict
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
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "phone_number": "phoneNumber",
        "number_of_attempts_so_far": "numberOfAttemptsSoFar",
        "unique_id": "uniqueId",
        "dialer_outcome": "dialerOutcome",
        "bot_session_id": "botSessionId",
        "agent_disposition_codes": "agentDispositionCodes",
        "bot_outbound_status": "botOutboundStatus",
        "bot_outbound_status_detail": "botOutboundStatusDetail",
    }
    # Personal data (x-personal-data in the spec): masked in the repr unless values are shown.
    _personal_fields: ClassVar[frozenset[str]] = frozenset({"phone_number"})
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
        phone_number = d.pop("phoneNumber", UNSET)
        if phone_number.__class__ is not str:
            _dev = note_deviation(_dev, "phoneNumber", phone_number, "string", "string")

        number_of_attempts_so_far = d.pop("numberOfAttemptsSoFar", UNSET)
        if number_of_attempts_so_far.__class__ is not int:
            _dev = note_deviation(_dev, "numberOfAttemptsSoFar", number_of_attempts_so_far, "integer", "integer")

        unique_id = d.pop("uniqueId", UNSET)
        if unique_id.__class__ is not str and unique_id is not UNSET:
            _dev = note_deviation(_dev, "uniqueId", unique_id, "string", "string")

        dialer_outcome = d.pop("dialerOutcome", UNSET)
        if dialer_outcome.__class__ is not str and dialer_outcome is not UNSET:
            _dev = note_deviation(_dev, "dialerOutcome", dialer_outcome, "string", "string")

        bot_session_id = d.pop("botSessionId", UNSET)
        if bot_session_id.__class__ is not str and bot_session_id is not UNSET:
            _dev = note_deviation(_dev, "botSessionId", bot_session_id, "string", "string")

        _v = d.pop("agentDispositionCodes", UNSET)
        if _v is UNSET:
            agent_disposition_codes = UNSET
        else:
            try:
                if _v.__class__ is not list:
                    raise TypeError
                agent_disposition_codes = _v
                for _item0 in _v:
                    if _item0.__class__ is not str:
                        _dev = note_items(_dev, "agentDispositionCodes", _v, str, "string", "string")
                        break

            except (TypeError, ValueError, KeyError, AttributeError):
                agent_disposition_codes = _v
                _dev = note_deviation(_dev, "agentDispositionCodes", _v, "array", "an array of string")

        bot_outbound_status = d.pop("botOutboundStatus", UNSET)
        if bot_outbound_status.__class__ is not str and bot_outbound_status is not UNSET:
            _dev = note_deviation(_dev, "botOutboundStatus", bot_outbound_status, "string", "string")

        bot_outbound_status_detail = d.pop("botOutboundStatusDetail", UNSET)
        if bot_outbound_status_detail.__class__ is not str and bot_outbound_status_detail is not UNSET:
            _dev = note_deviation(_dev, "botOutboundStatusDetail", bot_outbound_status_detail, "string", "string")

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
        if _dev:
            campaign_contact._deviations = _dev
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
