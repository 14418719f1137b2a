from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import first_present, note_deviation, note_items
from .._runtime.reprs import model_repr
from .._runtime.state import model_getstate, model_setstate
from .._runtime.writing import model_to_dict
from ..models.campaign_campaign_type import CampaignCampaignType, check_campaign_campaign_type
from ..models.campaign_status import CampaignStatus, check_campaign_status
from ..models.dialing_mode import DialingMode, check_dialing_mode
from ..models.enable_machine_detect import EnableMachineDetect, check_enable_machine_detect
from ..models.priority import Priority, check_priority
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_schedule import CampaignSchedule
    from ..models.dialing_strategy import DialingStrategy
    from ..models.dnc_list import DncList
    from ..models.sms_message_out import SmsMessageOut


T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """A voice or SMS campaign as the v2 create and get endpoints return it."""

    field_id: str
    """ Campaign id, `cd-…`. """
    name: str
    status: CampaignStatus
    """ A campaign's state, in the docs' words: `Preparing` (voice, just created), `Ready`,
    `Active` (started), `Stopped`; the list filter also names `Paused`, `Completed`,
    `Scheduled` and `Rescheduled`.
     """
    priority: int | Priority
    """ A campaign's priority in an answer: the string `"1"`…`"5"` (as sent, and as every sample answers it) or the
    number 1…5 (as the delete pages' response tables type it). """
    dialing_strategy: DialingStrategy
    """ A campaign's dialing strategy as returned; the voice-only fields are absent on SMS campaigns. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    schedule: CampaignSchedule
    """ The campaign's schedule. The docs' samples show only the two flags (on unscheduled
    campaigns); the set schedule is returned as the optional remaining fields.
     """
    contact_lists: list[str]
    lname: str | Unset = UNSET
    """ The name in lower case. """
    description: str | Unset = UNSET
    max_skips: int | Unset = UNSET
    """ Preview dialing's allowed skips per contact. """
    campaign_instance_id: str | Unset = UNSET
    """ Id of the campaign's current or last run, `cid-…`. """
    campaign_type: CampaignCampaignType | Unset = UNSET
    dnc_lists: DncList | Unset = UNSET
    """ A Do-Not-Call list as returned; the voice get sample includes its id, the SMS samples do not. """
    dialing_mode: DialingMode | Unset = UNSET
    """ How calls are handled. """
    queue_name: str | Unset = UNSET
    message: SmsMessageOut | Unset = UNSET
    experience_flow: str | Unset = UNSET
    """ Experience flow id, `cf-…`. """
    enable_machine_detect: bool | EnableMachineDetect | Unset = UNSET
    """ Whether machine detection is on, in an answer: a boolean (as every sample answer reports it) or the
    no/detect/disconnect word the v2 create sends. """
    is_imported: bool | Unset = UNSET
    is_filters_enabled: bool | Unset = UNSET
    total_messages_sent: int | Unset = UNSET
    """ In the create-SMS table, not in its sample. """
    direction: str | Unset = UNSET
    """ In the create-SMS table ("campaign format type"), not in its sample. """
    format_: str | Unset = UNSET
    """ Message format of an SMS campaign, such as `simple` or `advanced`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Each date field's text as read, with the value read from it: to_dict writes it back as it came.
    _date_texts: dict[str, tuple[str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "field_id": "_id",
        "name": "name",
        "status": "status",
        "priority": "priority",
        "dialing_strategy": "dialingStrategy",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
        "schedule": "schedule",
        "contact_lists": "contactLists",
        "lname": "lname",
        "description": "description",
        "max_skips": "maxSkips",
        "campaign_instance_id": "campaignInstanceId",
        "campaign_type": "campaignType",
        "dnc_lists": "dncLists",
        "dialing_mode": "dialingMode",
        "queue_name": "queue_name",
        "message": "message",
        "experience_flow": "experienceFlow",
        "enable_machine_detect": "enableMachineDetect",
        "is_imported": "isImported",
        "is_filters_enabled": "isFiltersEnabled",
        "total_messages_sent": "totalMessagesSent",
        "direction": "direction",
        "format_": "format",
    }

    __getstate__ = model_getstate
    __setstate__ = model_setstate

    def __repr__(self) -> str:
        return model_repr(self)

    @property
    def campaign_id(self) -> str | Unset:
        """The id, whichever of `_id`, `id` the answer carries (the service's pages differ); UNSET if none."""
        return first_present(
            self,
            (
                ("field_id", "_id"),
                (None, "id"),
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: what the model holds, as it holds it (a field left out stays out)."""
        return model_to_dict(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_schedule import CampaignSchedule  # noqa: PLC0415
        from ..models.dialing_strategy import DialingStrategy  # noqa: PLC0415
        from ..models.dnc_list import DncList  # noqa: PLC0415
        from ..models.sms_message_out import SmsMessageOut  # noqa: PLC0415

        d = dict(src_dict)
        _dev = None
        _texts: dict[str, tuple[str, Any]] | None = None  # date fields' texts (runtime dates.py)
        field_id = d.pop("_id", UNSET)
        if field_id.__class__ is not str:
            _dev = note_deviation(_dev, "_id", field_id, "string", "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            _dev = note_deviation(_dev, "name", name, "string", "string")

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

        def _read_priority(data: Any) -> Any:
            _dev = None
            try:
                _member1 = check_priority(data)

                return _member1
            except (TypeError, ValueError, KeyError, AttributeError):
                pass
            try:
                if data.__class__ is not int:
                    raise TypeError
                _member2 = data

                return _member2
            except (TypeError, ValueError, KeyError, AttributeError):
                pass
            raise TypeError

        _v = d.pop("priority", UNSET)
        try:
            priority = _read_priority(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            priority = _v
            _dev = note_deviation(_dev, "priority", _v, "union", "one of '1', '2', '3', '4', '5' or integer")

        _v = d.pop("dialingStrategy", UNSET)
        try:
            if _v.__class__ is not dict:
                raise TypeError
            dialing_strategy = DialingStrategy.from_dict(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            dialing_strategy = _v
            _dev = note_deviation(_dev, "dialingStrategy", _v, "object", "an object (DialingStrategy)")

        _v = d.pop("createdAt", UNSET)
        try:
            created_at = datetime.datetime.fromisoformat(_v)

            if _texts is None:
                _texts = {}
            _texts["created_at"] = (_v, created_at)
        except (TypeError, ValueError, KeyError, AttributeError):
            created_at = _v
            _dev = note_deviation(_dev, "createdAt", _v, "string", "a date-time string")

        _v = d.pop("updatedAt", UNSET)
        try:
            updated_at = datetime.datetime.fromisoformat(_v)

            if _texts is None:
                _texts = {}
            _texts["updated_at"] = (_v, updated_at)
        except (TypeError, ValueError, KeyError, AttributeError):
            updated_at = _v
            _dev = note_deviation(_dev, "updatedAt", _v, "string", "a date-time string")

        _v = d.pop("schedule", UNSET)
        try:
            if _v.__class__ is not dict:
                raise TypeError
            schedule = CampaignSchedule.from_dict(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            schedule = _v
            _dev = note_deviation(_dev, "schedule", _v, "object", "an object (CampaignSchedule)")

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

        lname = d.pop("lname", UNSET)
        if lname.__class__ is not str and lname is not UNSET:
            _dev = note_deviation(_dev, "lname", lname, "string", "string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            _dev = note_deviation(_dev, "description", description, "string", "string")

        max_skips = d.pop("maxSkips", UNSET)
        if max_skips.__class__ is not int and max_skips is not UNSET:
            _dev = note_deviation(_dev, "maxSkips", max_skips, "integer", "integer")

        campaign_instance_id = d.pop("campaignInstanceId", UNSET)
        if campaign_instance_id.__class__ is not str and campaign_instance_id is not UNSET:
            _dev = note_deviation(_dev, "campaignInstanceId", campaign_instance_id, "string", "string")

        _v = d.pop("campaignType", UNSET)
        if _v is UNSET:
            campaign_type = UNSET
        else:
            try:
                campaign_type = check_campaign_campaign_type(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                campaign_type = _v
                _dev = note_deviation(_dev, "campaignType", _v, "string", "one of 'sms', 'voice'")

        _v = d.pop("dncLists", UNSET)
        if _v is UNSET:
            dnc_lists = UNSET
        else:
            try:
                if _v.__class__ is not dict:
                    raise TypeError
                dnc_lists = DncList.from_dict(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                dnc_lists = _v
                _dev = note_deviation(_dev, "dncLists", _v, "object", "an object (DncList)")

        _v = d.pop("dialingMode", UNSET)
        if _v is UNSET:
            dialing_mode = UNSET
        else:
            try:
                dialing_mode = check_dialing_mode(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                dialing_mode = _v
                _dev = note_deviation(_dev, "dialingMode", _v, "string", "one of 'Agentless', 'Preview', 'Progressive'")

        queue_name = d.pop("queue_name", UNSET)
        if queue_name.__class__ is not str and queue_name is not UNSET:
            _dev = note_deviation(_dev, "queue_name", queue_name, "string", "string")

        _v = d.pop("message", UNSET)
        if _v is UNSET:
            message = UNSET
        else:
            try:
                if _v.__class__ is not dict:
                    raise TypeError
                message = SmsMessageOut.from_dict(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                message = _v
                _dev = note_deviation(_dev, "message", _v, "object", "an object (SmsMessageOut)")

        experience_flow = d.pop("experienceFlow", UNSET)
        if experience_flow.__class__ is not str and experience_flow is not UNSET:
            _dev = note_deviation(_dev, "experienceFlow", experience_flow, "string", "string")

        def _read_enable_machine_detect(data: Any) -> Any:
            _dev = None
            try:
                if data.__class__ is not bool:
                    raise TypeError
                _member1 = data

                return _member1
            except (TypeError, ValueError, KeyError, AttributeError):
                pass
            try:
                _member2 = check_enable_machine_detect(data)

                return _member2
            except (TypeError, ValueError, KeyError, AttributeError):
                pass
            raise TypeError

        _v = d.pop("enableMachineDetect", UNSET)
        if _v is UNSET:
            enable_machine_detect = UNSET
        else:
            try:
                enable_machine_detect = _read_enable_machine_detect(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                enable_machine_detect = _v
                _dev = note_deviation(
                    _dev, "enableMachineDetect", _v, "union", "boolean or one of 'detect', 'disconnect', 'no'"
                )

        is_imported = d.pop("isImported", UNSET)
        if is_imported.__class__ is not bool and is_imported is not UNSET:
            _dev = note_deviation(_dev, "isImported", is_imported, "boolean", "boolean")

        is_filters_enabled = d.pop("isFiltersEnabled", UNSET)
        if is_filters_enabled.__class__ is not bool and is_filters_enabled is not UNSET:
            _dev = note_deviation(_dev, "isFiltersEnabled", is_filters_enabled, "boolean", "boolean")

        total_messages_sent = d.pop("totalMessagesSent", UNSET)
        if total_messages_sent.__class__ is not int and total_messages_sent is not UNSET:
            _dev = note_deviation(_dev, "totalMessagesSent", total_messages_sent, "integer", "integer")

        direction = d.pop("direction", UNSET)
        if direction.__class__ is not str and direction is not UNSET:
            _dev = note_deviation(_dev, "direction", direction, "string", "string")

        format_ = d.pop("format", UNSET)
        if format_.__class__ is not str and format_ is not UNSET:
            _dev = note_deviation(_dev, "format", format_, "string", "string")

        campaign = cls(
            field_id=field_id,
            name=name,
            status=status,
            priority=priority,
            dialing_strategy=dialing_strategy,
            created_at=created_at,
            updated_at=updated_at,
            schedule=schedule,
            contact_lists=contact_lists,
            lname=lname,
            description=description,
            max_skips=max_skips,
            campaign_instance_id=campaign_instance_id,
            campaign_type=campaign_type,
            dnc_lists=dnc_lists,
            dialing_mode=dialing_mode,
            queue_name=queue_name,
            message=message,
            experience_flow=experience_flow,
            enable_machine_detect=enable_machine_detect,
            is_imported=is_imported,
            is_filters_enabled=is_filters_enabled,
            total_messages_sent=total_messages_sent,
            direction=direction,
            format_=format_,
        )

        campaign.additional_properties = d
        if _dev:
            campaign._deviations = _dev
        if _texts:
            campaign._date_texts = _texts
        return campaign

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
