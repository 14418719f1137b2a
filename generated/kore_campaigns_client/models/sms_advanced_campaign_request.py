from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import note_deviation, note_items
from .._runtime.reprs import model_repr
from .._runtime.state import model_getstate, model_setstate
from .._runtime.writing import model_to_dict
from ..models.priority import Priority, check_priority
from ..models.sms_advanced_campaign_request_campaign_type import (
    SmsAdvancedCampaignRequestCampaignType,
    check_sms_advanced_campaign_request_campaign_type,
)
from ..models.sms_advanced_campaign_request_format import (
    SmsAdvancedCampaignRequestFormat,
    check_sms_advanced_campaign_request_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_schedule_flag import CampaignScheduleFlag
    from ..models.dnc_list_ref import DncListRef
    from ..models.sms_dialing_strategy import SmsDialingStrategy


T = TypeVar("T", bound="SmsAdvancedCampaignRequest")


@_attrs_define
class SmsAdvancedCampaignRequest:
    """An SMS campaign whose conversation is an experience flow (`format` advanced); no message text."""

    name: str
    """ Campaign name, at most 48 characters, not blank. Unique within the bot, compared case-insensitively. """
    description: str
    contact_lists: list[str]
    """ Names of contact lists to dial or message; each must already exist. """
    priority: Priority
    """ Campaign priority, a string; higher values run first. """
    format_: SmsAdvancedCampaignRequestFormat
    """ `advanced`: messages with personalised content or links into a bot flow. """
    campaign_type: SmsAdvancedCampaignRequestCampaignType
    """ Repeats the query's campaign type; `sms` here. """
    dialing_strategy: SmsDialingStrategy
    """ Sender and sending hours of an SMS campaign. """
    experience_flow_name: str
    """ Name of the experience flow the SMS conversation runs. """
    dnc_lists: DncListRef | Unset = UNSET
    """ A Do-Not-Call list, by name; it must exist. """
    schedule: CampaignScheduleFlag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "name": "name",
        "description": "description",
        "contact_lists": "contactLists",
        "priority": "priority",
        "format_": "format",
        "campaign_type": "campaignType",
        "dialing_strategy": "dialingStrategy",
        "experience_flow_name": "experienceFlowName",
        "dnc_lists": "dncLists",
        "schedule": "schedule",
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
        from ..models.campaign_schedule_flag import CampaignScheduleFlag  # noqa: PLC0415
        from ..models.dnc_list_ref import DncListRef  # noqa: PLC0415
        from ..models.sms_dialing_strategy import SmsDialingStrategy  # noqa: PLC0415

        d = dict(src_dict)
        _dev = None
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            _dev = note_deviation(_dev, "name", name, "string", "string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str:
            _dev = note_deviation(_dev, "description", description, "string", "string")

        _v = d.pop("contactLists", UNSET)
        try:
            if _v.__class__ is not list:
                raise TypeError
            contact_lists = _v
            for _item0 in _v:
                if _item0.__class__ is not str:
                    _dev = note_items(_dev, "contactLists", _v, str, "string", "string")
                    break

        except (TypeError, ValueError, KeyError, AttributeError):
            contact_lists = _v
            _dev = note_deviation(_dev, "contactLists", _v, "array", "an array of string")

        _v = d.pop("priority", UNSET)
        try:
            priority = check_priority(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            priority = _v
            _dev = note_deviation(_dev, "priority", _v, "string", "one of '1', '2', '3', '4', '5'")

        _v = d.pop("format", UNSET)
        try:
            format_ = check_sms_advanced_campaign_request_format(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            format_ = _v
            _dev = note_deviation(_dev, "format", _v, "string", "one of 'advanced'")

        _v = d.pop("campaignType", UNSET)
        try:
            campaign_type = check_sms_advanced_campaign_request_campaign_type(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            campaign_type = _v
            _dev = note_deviation(_dev, "campaignType", _v, "string", "one of 'sms'")

        _v = d.pop("dialingStrategy", UNSET)
        try:
            if _v.__class__ is not dict:
                raise TypeError
            dialing_strategy = SmsDialingStrategy.from_dict(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            dialing_strategy = _v
            _dev = note_deviation(_dev, "dialingStrategy", _v, "object", "an object (SmsDialingStrategy)")

        experience_flow_name = d.pop("experienceFlowName", UNSET)
        if experience_flow_name.__class__ is not str:
            _dev = note_deviation(_dev, "experienceFlowName", experience_flow_name, "string", "string")

        _v = d.pop("dncLists", UNSET)
        if _v is UNSET:
            dnc_lists = UNSET
        else:
            try:
                if _v.__class__ is not dict:
                    raise TypeError
                dnc_lists = DncListRef.from_dict(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                dnc_lists = _v
                _dev = note_deviation(_dev, "dncLists", _v, "object", "an object (DncListRef)")

        _v = d.pop("schedule", UNSET)
        if _v is UNSET:
            schedule = UNSET
        else:
            try:
                if _v.__class__ is not dict:
                    raise TypeError
                schedule = CampaignScheduleFlag.from_dict(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                schedule = _v
                _dev = note_deviation(_dev, "schedule", _v, "object", "an object (CampaignScheduleFlag)")

        sms_advanced_campaign_request = cls(
            name=name,
            description=description,
            contact_lists=contact_lists,
            priority=priority,
            format_=format_,
            campaign_type=campaign_type,
            dialing_strategy=dialing_strategy,
            experience_flow_name=experience_flow_name,
            dnc_lists=dnc_lists,
            schedule=schedule,
        )

        sms_advanced_campaign_request.additional_properties = d
        if _dev:
            sms_advanced_campaign_request._deviations = _dev
        return sms_advanced_campaign_request

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
