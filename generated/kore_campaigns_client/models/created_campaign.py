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


T = TypeVar("T", bound="CreatedCampaign")


@_attrs_define
class CreatedCampaign:
    """A new campaign as the v1 and v2 creates return it (and the v1 update). The pages differ by
    kind: a voice campaign's id is `id` (status `Preparing`), an SMS campaign's `_id` (status
    `Ready`); one of the two is always present. One type rather than a union, so that callers of the generated client
    read one model; the `if`/`then` below keeps the id rule for validators.

    """

    name: str
    lname: str
    """ The name in lower case. """
    description: str
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
    contact_lists: list[str]
    id: str | Unset = UNSET
    """ Campaign id, `cd-…` (voice campaigns). """
    field_id: str | Unset = UNSET
    """ Campaign id, `cd-…` (SMS campaigns). """
    dnc_lists: DncList | Unset = UNSET
    """ A Do-Not-Call list as returned; the voice get sample includes its id, the SMS samples do not. """
    dialing_mode: DialingMode | Unset = UNSET
    """ How calls are handled. """
    queue_name: str | Unset = UNSET
    max_skips: int | Unset = UNSET
    campaign_instance_id: str | Unset = UNSET
    """ Id of the campaign's last run, `cid-…` (in the v1 SMS update table). """
    message: SmsMessageOut | Unset = UNSET
    experience_flow: str | Unset = UNSET
    """ Experience flow id, `cf-…`. """
    enable_machine_detect: bool | EnableMachineDetect | Unset = UNSET
    """ Whether machine detection is on, in an answer: a boolean (as every sample answer reports it) or the
    no/detect/disconnect word the v2 create sends. """
    is_imported: bool | Unset = UNSET
    is_filters_enabled: bool | Unset = UNSET
    total_messages_sent: int | Unset = UNSET
    direction: str | Unset = UNSET
    schedule: CampaignSchedule | Unset = UNSET
    """ The campaign's schedule. The docs' samples show only the two flags (on unscheduled
    campaigns); the set schedule is returned as the optional remaining fields.
     """
    format_: str | Unset = UNSET
    """ Message format of an SMS campaign, `simple` or `advanced`. """
    camp_id: str | Unset = UNSET
    """ The campaign's id as the v1 Preview create's short answer names it (`CampaignCreatedShort`).
    Declared here too so that a client that reads `data` as one campaign (the Go and Java
    clients of generators/, which cannot tell the two shapes apart) keeps it.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Each date field's text as read, with the value read from it: to_dict writes it back as it came.
    _date_texts: dict[str, tuple[str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "name": "name",
        "lname": "lname",
        "description": "description",
        "status": "status",
        "priority": "priority",
        "dialing_strategy": "dialingStrategy",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
        "contact_lists": "contactLists",
        "id": "id",
        "field_id": "_id",
        "dnc_lists": "dncLists",
        "dialing_mode": "dialingMode",
        "queue_name": "queue_name",
        "max_skips": "maxSkips",
        "campaign_instance_id": "campaignInstanceId",
        "message": "message",
        "experience_flow": "experienceFlow",
        "enable_machine_detect": "enableMachineDetect",
        "is_imported": "isImported",
        "is_filters_enabled": "isFiltersEnabled",
        "total_messages_sent": "totalMessagesSent",
        "direction": "direction",
        "schedule": "schedule",
        "format_": "format",
        "camp_id": "campId",
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
                ("id", "id"),
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
        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            _dev = note_deviation(_dev, "name", name, "string", "string")

        lname = d.pop("lname", UNSET)
        if lname.__class__ is not str:
            _dev = note_deviation(_dev, "lname", lname, "string", "string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str:
            _dev = note_deviation(_dev, "description", description, "string", "string")

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

        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            _dev = note_deviation(_dev, "id", id, "string", "string")

        field_id = d.pop("_id", UNSET)
        if field_id.__class__ is not str and field_id is not UNSET:
            _dev = note_deviation(_dev, "_id", field_id, "string", "string")

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

        max_skips = d.pop("maxSkips", UNSET)
        if max_skips.__class__ is not int and max_skips is not UNSET:
            _dev = note_deviation(_dev, "maxSkips", max_skips, "integer", "integer")

        campaign_instance_id = d.pop("campaignInstanceId", UNSET)
        if campaign_instance_id.__class__ is not str and campaign_instance_id is not UNSET:
            _dev = note_deviation(_dev, "campaignInstanceId", campaign_instance_id, "string", "string")

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

        _v = d.pop("schedule", UNSET)
        if _v is UNSET:
            schedule = UNSET
        else:
            try:
                if _v.__class__ is not dict:
                    raise TypeError
                schedule = CampaignSchedule.from_dict(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                schedule = _v
                _dev = note_deviation(_dev, "schedule", _v, "object", "an object (CampaignSchedule)")

        format_ = d.pop("format", UNSET)
        if format_.__class__ is not str and format_ is not UNSET:
            _dev = note_deviation(_dev, "format", format_, "string", "string")

        camp_id = d.pop("campId", UNSET)
        if camp_id.__class__ is not str and camp_id is not UNSET:
            _dev = note_deviation(_dev, "campId", camp_id, "string", "string")

        created_campaign = cls(
            name=name,
            lname=lname,
            description=description,
            status=status,
            priority=priority,
            dialing_strategy=dialing_strategy,
            created_at=created_at,
            updated_at=updated_at,
            contact_lists=contact_lists,
            id=id,
            field_id=field_id,
            dnc_lists=dnc_lists,
            dialing_mode=dialing_mode,
            queue_name=queue_name,
            max_skips=max_skips,
            campaign_instance_id=campaign_instance_id,
            message=message,
            experience_flow=experience_flow,
            enable_machine_detect=enable_machine_detect,
            is_imported=is_imported,
            is_filters_enabled=is_filters_enabled,
            total_messages_sent=total_messages_sent,
            direction=direction,
            schedule=schedule,
            format_=format_,
            camp_id=camp_id,
        )

        created_campaign.additional_properties = d
        if _dev:
            created_campaign._deviations = _dev
        if _texts:
            created_campaign._date_texts = _texts
        return created_campaign

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
