from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import note_deviation, note_items
from .._runtime.reprs import model_repr
from .._runtime.state import model_getstate, model_setstate
from .._runtime.writing import model_to_dict
from ..models.dialing_mode import DialingMode, check_dialing_mode
from ..models.enable_machine_detect import EnableMachineDetect, check_enable_machine_detect
from ..models.priority import Priority, check_priority
from ..models.voice_campaign_v2_request_campaign_type import (
    VoiceCampaignV2RequestCampaignType,
    check_voice_campaign_v2_request_campaign_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_schedule_flag import CampaignScheduleFlag
    from ..models.dnc_list_ref import DncListRef
    from ..models.voice_dialing_strategy import VoiceDialingStrategy


T = TypeVar("T", bound="VoiceCampaignV2Request")


@_attrs_define
class VoiceCampaignV2Request:
    """A voice campaign for the v2 create and update. The Do-Not-Call list is required. By
    dialing mode: Agentless needs `experienceFlowName`; Progressive needs `queue_name`;
    Preview needs `queue_name` and `maxSkips`.

    """

    name: str
    """ Campaign name, at most 48 characters, not blank. Unique within the bot, compared case-insensitively. """
    description: str
    """ Purpose of the campaign, at most 256 characters. """
    contact_lists: list[str]
    """ Names of contact lists to dial or message; each must already exist. """
    dnc_lists: DncListRef
    """ A Do-Not-Call list, by name; it must exist. """
    priority: Priority
    """ Campaign priority, a string; higher values run first. """
    dialing_mode: DialingMode
    """ How calls are handled. """
    dialing_strategy: VoiceDialingStrategy
    """ How a voice campaign dials. """
    campaign_type: VoiceCampaignV2RequestCampaignType
    """ Repeats the query's campaign type; `voice` here. """
    schedule: CampaignScheduleFlag | Unset = UNSET
    experience_flow_name: str | Unset = UNSET
    """ Name of the voice flow (bot or IVR) that talks to the contact; required for Agentless dialing. """
    enable_machine_detect: EnableMachineDetect | Unset = UNSET
    """ Answering-machine detection: `no` (off), `detect` (detect a machine and run the flow), `disconnect` (detect
    a machine and hang up). """
    queue_name: str | Unset = UNSET
    """ Agent queue that receives answered calls; required for Progressive and Preview dialing. """
    max_skips: int | Unset = UNSET
    """ How many times an agent may skip a contact in Preview mode before the record is flagged; required for
    Preview dialing. """
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
        "dnc_lists": "dncLists",
        "priority": "priority",
        "dialing_mode": "dialingMode",
        "dialing_strategy": "dialingStrategy",
        "campaign_type": "campaignType",
        "schedule": "schedule",
        "experience_flow_name": "experienceFlowName",
        "enable_machine_detect": "enableMachineDetect",
        "queue_name": "queue_name",
        "max_skips": "maxSkips",
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
        from ..models.voice_dialing_strategy import VoiceDialingStrategy  # noqa: PLC0415

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

        _v = d.pop("dncLists", UNSET)
        try:
            if _v.__class__ is not dict:
                raise TypeError
            dnc_lists = DncListRef.from_dict(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            dnc_lists = _v
            _dev = note_deviation(_dev, "dncLists", _v, "object", "an object (DncListRef)")

        _v = d.pop("priority", UNSET)
        try:
            priority = check_priority(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            priority = _v
            _dev = note_deviation(_dev, "priority", _v, "string", "one of '1', '2', '3', '4', '5'")

        _v = d.pop("dialingMode", UNSET)
        try:
            dialing_mode = check_dialing_mode(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            dialing_mode = _v
            _dev = note_deviation(_dev, "dialingMode", _v, "string", "one of 'Agentless', 'Preview', 'Progressive'")

        _v = d.pop("dialingStrategy", UNSET)
        try:
            if _v.__class__ is not dict:
                raise TypeError
            dialing_strategy = VoiceDialingStrategy.from_dict(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            dialing_strategy = _v
            _dev = note_deviation(_dev, "dialingStrategy", _v, "object", "an object (VoiceDialingStrategy)")

        _v = d.pop("campaignType", UNSET)
        try:
            campaign_type = check_voice_campaign_v2_request_campaign_type(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            campaign_type = _v
            _dev = note_deviation(_dev, "campaignType", _v, "string", "one of 'voice'")

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

        experience_flow_name = d.pop("experienceFlowName", UNSET)
        if experience_flow_name.__class__ is not str and experience_flow_name is not UNSET:
            _dev = note_deviation(_dev, "experienceFlowName", experience_flow_name, "string", "string")

        _v = d.pop("enableMachineDetect", UNSET)
        if _v is UNSET:
            enable_machine_detect = UNSET
        else:
            try:
                enable_machine_detect = check_enable_machine_detect(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                enable_machine_detect = _v
                _dev = note_deviation(_dev, "enableMachineDetect", _v, "string", "one of 'detect', 'disconnect', 'no'")

        queue_name = d.pop("queue_name", UNSET)
        if queue_name.__class__ is not str and queue_name is not UNSET:
            _dev = note_deviation(_dev, "queue_name", queue_name, "string", "string")

        max_skips = d.pop("maxSkips", UNSET)
        if max_skips.__class__ is not int and max_skips is not UNSET:
            _dev = note_deviation(_dev, "maxSkips", max_skips, "integer", "integer")

        voice_campaign_v2_request = cls(
            name=name,
            description=description,
            contact_lists=contact_lists,
            dnc_lists=dnc_lists,
            priority=priority,
            dialing_mode=dialing_mode,
            dialing_strategy=dialing_strategy,
            campaign_type=campaign_type,
            schedule=schedule,
            experience_flow_name=experience_flow_name,
            enable_machine_detect=enable_machine_detect,
            queue_name=queue_name,
            max_skips=max_skips,
        )

        voice_campaign_v2_request.additional_properties = d
        if _dev:
            voice_campaign_v2_request._deviations = _dev
        return voice_campaign_v2_request

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
