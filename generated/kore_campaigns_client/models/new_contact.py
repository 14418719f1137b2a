from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import note_deviation
from .._runtime.reprs import model_repr
from .._runtime.state import model_getstate, model_setstate
from .._runtime.writing import model_to_dict
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewContact")


@_attrs_define
class NewContact:
    """One contact. Only `phoneNumber` is documented; the other fields are the ones a list's
    `mapping` names, and are stored when sent.

    """

    phone_number: str
    """ Digits only, with an optional leading `+` for the international form; 7 to 15 digits. """
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    unique_id: str | Unset = UNSET
    contact_priority: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "phone_number": "phoneNumber",
        "first_name": "firstName",
        "last_name": "lastName",
        "time_zone": "timeZone",
        "unique_id": "uniqueId",
        "contact_priority": "contactPriority",
    }
    # Personal data (x-personal-data in the spec): masked in the repr unless values are shown.
    _personal_fields: ClassVar[frozenset[str]] = frozenset(
        {"phone_number", "first_name", "last_name", "time_zone", "unique_id", "contact_priority"}
    )
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

        first_name = d.pop("firstName", UNSET)
        if first_name.__class__ is not str and first_name is not UNSET:
            _dev = note_deviation(_dev, "firstName", first_name, "string", "string")

        last_name = d.pop("lastName", UNSET)
        if last_name.__class__ is not str and last_name is not UNSET:
            _dev = note_deviation(_dev, "lastName", last_name, "string", "string")

        time_zone = d.pop("timeZone", UNSET)
        if time_zone.__class__ is not str and time_zone is not UNSET:
            _dev = note_deviation(_dev, "timeZone", time_zone, "string", "string")

        unique_id = d.pop("uniqueId", UNSET)
        if unique_id.__class__ is not str and unique_id is not UNSET:
            _dev = note_deviation(_dev, "uniqueId", unique_id, "string", "string")

        contact_priority = d.pop("contactPriority", UNSET)
        if contact_priority.__class__ is not str and contact_priority is not UNSET:
            _dev = note_deviation(_dev, "contactPriority", contact_priority, "string", "string")

        new_contact = cls(
            phone_number=phone_number,
            first_name=first_name,
            last_name=last_name,
            time_zone=time_zone,
            unique_id=unique_id,
            contact_priority=contact_priority,
        )

        new_contact.additional_properties = d
        if _dev:
            new_contact._deviations = _dev
        return new_contact

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
