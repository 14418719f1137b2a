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
from ..models.priority import Priority, check_priority
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_schedule import CampaignSchedule
    from ..models.dnc_list import DncList
    from ..models.sms_message_out import SmsMessageOut


T = TypeVar("T", bound="CampaignSummary")


@_attrs_define
class CampaignSummary:
    """A campaign as the list returns it; voice entries carry `_id` and `dialingMode`, SMS entries `id`, `format` and
    message details.

    """

    name: str
    status: CampaignStatus
    """ A campaign's state, in the docs' words: `Preparing` (voice, just created), `Ready`,
    `Active` (started), `Stopped`; the list filter also names `Paused`, `Completed`,
    `Scheduled` and `Rescheduled`.
     """
    priority: int | Priority
    """ A campaign's priority in an answer: the string `"1"`…`"5"` (as sent, and as every sample answers it) or the
    number 1…5 (as the delete pages' response tables type it). """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    contact_lists: list[str]
    field_id: str | Unset = UNSET
    id: str | Unset = UNSET
    description: str | Unset = UNSET
    dnc_lists: DncList | Unset = UNSET
    """ A Do-Not-Call list as returned; the voice get sample includes its id, the SMS samples do not. """
    dialing_mode: DialingMode | Unset = UNSET
    """ How calls are handled. """
    message: SmsMessageOut | Unset = UNSET
    experience_flow: str | Unset = UNSET
    is_filters_enabled: bool | Unset = UNSET
    campaign_instance_updated_at: datetime.datetime | Unset = UNSET
    campaign_instance_id: str | Unset = UNSET
    campaign_execution_type: str | Unset = UNSET
    total_messages_sent: int | Unset = UNSET
    schedule: CampaignSchedule | Unset = UNSET
    """ The campaign's schedule. The docs' samples show only the two flags (on unscheduled
    campaigns); the set schedule is returned as the optional remaining fields.
     """
    connection: str | Unset = UNSET
    """ Queue or routing connection of a voice campaign, such as `Default Queue`. """
    format_: str | Unset = UNSET
    """ SMS format, `simple` or `advanced`. """
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
        "status": "status",
        "priority": "priority",
        "created_at": "createdAt",
        "updated_at": "updatedAt",
        "contact_lists": "contactLists",
        "field_id": "_id",
        "id": "id",
        "description": "description",
        "dnc_lists": "dncLists",
        "dialing_mode": "dialingMode",
        "message": "message",
        "experience_flow": "experienceFlow",
        "is_filters_enabled": "isFiltersEnabled",
        "campaign_instance_updated_at": "campaignInstanceUpdatedAt",
        "campaign_instance_id": "campaignInstanceId",
        "campaign_execution_type": "campaignExecutionType",
        "total_messages_sent": "totalMessagesSent",
        "schedule": "schedule",
        "connection": "connection",
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
                ("id", "id"),
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: what the model holds, as it holds it (a field left out stays out)."""
        return model_to_dict(self)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_schedule import CampaignSchedule  # noqa: PLC0415
        from ..models.dnc_list import DncList  # noqa: PLC0415
        from ..models.sms_message_out import SmsMessageOut  # noqa: PLC0415

        d = dict(src_dict)
        _dev = None
        _texts: dict[str, tuple[str, Any]] | None = None  # date fields' texts (runtime dates.py)
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

        field_id = d.pop("_id", UNSET)
        if field_id.__class__ is not str and field_id is not UNSET:
            _dev = note_deviation(_dev, "_id", field_id, "string", "string")

        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            _dev = note_deviation(_dev, "id", id, "string", "string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            _dev = note_deviation(_dev, "description", description, "string", "string")

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

        is_filters_enabled = d.pop("isFiltersEnabled", UNSET)
        if is_filters_enabled.__class__ is not bool and is_filters_enabled is not UNSET:
            _dev = note_deviation(_dev, "isFiltersEnabled", is_filters_enabled, "boolean", "boolean")

        _v = d.pop("campaignInstanceUpdatedAt", UNSET)
        if _v is UNSET:
            campaign_instance_updated_at = UNSET
        else:
            try:
                campaign_instance_updated_at = datetime.datetime.fromisoformat(_v)

                if _texts is None:
                    _texts = {}
                _texts["campaign_instance_updated_at"] = (_v, campaign_instance_updated_at)
            except (TypeError, ValueError, KeyError, AttributeError):
                campaign_instance_updated_at = _v
                _dev = note_deviation(_dev, "campaignInstanceUpdatedAt", _v, "string", "a date-time string")

        campaign_instance_id = d.pop("campaignInstanceId", UNSET)
        if campaign_instance_id.__class__ is not str and campaign_instance_id is not UNSET:
            _dev = note_deviation(_dev, "campaignInstanceId", campaign_instance_id, "string", "string")

        campaign_execution_type = d.pop("campaignExecutionType", UNSET)
        if campaign_execution_type.__class__ is not str and campaign_execution_type is not UNSET:
            _dev = note_deviation(_dev, "campaignExecutionType", campaign_execution_type, "string", "string")

        total_messages_sent = d.pop("totalMessagesSent", UNSET)
        if total_messages_sent.__class__ is not int and total_messages_sent is not UNSET:
            _dev = note_deviation(_dev, "totalMessagesSent", total_messages_sent, "integer", "integer")

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

        connection = d.pop("connection", UNSET)
        if connection.__class__ is not str and connection is not UNSET:
            _dev = note_deviation(_dev, "connection", connection, "string", "string")

        format_ = d.pop("format", UNSET)
        if format_.__class__ is not str and format_ is not UNSET:
            _dev = note_deviation(_dev, "format", format_, "string", "string")

        campaign_summary = cls(
            name=name,
            status=status,
            priority=priority,
            created_at=created_at,
            updated_at=updated_at,
            contact_lists=contact_lists,
            field_id=field_id,
            id=id,
            description=description,
            dnc_lists=dnc_lists,
            dialing_mode=dialing_mode,
            message=message,
            experience_flow=experience_flow,
            is_filters_enabled=is_filters_enabled,
            campaign_instance_updated_at=campaign_instance_updated_at,
            campaign_instance_id=campaign_instance_id,
            campaign_execution_type=campaign_execution_type,
            total_messages_sent=total_messages_sent,
            schedule=schedule,
            connection=connection,
            format_=format_,
        )

        campaign_summary.additional_properties = d
        if _dev:
            campaign_summary._deviations = _dev
        if _texts:
            campaign_summary._date_texts = _texts
        return campaign_summary

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
