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

T = TypeVar("T", bound="PreCallContactData")


@_attrs_define
class PreCallContactData:
    """Every field the contact record holds, by name; the page names these five. Values are as stored (strings in the
    page's sample).

    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    account_id: str | Unset = UNSET
    """ The contact's account identifier (partner data, not the Kore.ai account). """
    plan_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "first_name": "firstName",
        "last_name": "lastName",
        "phone_number": "phoneNumber",
        "account_id": "accountId",
        "plan_type": "planType",
    }
    # Personal data (x-personal-data in the spec): masked in the repr unless values are shown.
    _personal_fields: ClassVar[frozenset[str]] = frozenset(
        {"first_name", "last_name", "phone_number", "account_id", "plan_type"}
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
        first_name = d.pop("firstName", UNSET)
        if first_name.__class__ is not str and first_name is not UNSET:
            _dev = note_deviation(_dev, "firstName", first_name, "string", "string")

        last_name = d.pop("lastName", UNSET)
        if last_name.__class__ is not str and last_name is not UNSET:
            _dev = note_deviation(_dev, "lastName", last_name, "string", "string")

        phone_number = d.pop("phoneNumber", UNSET)
        if phone_number.__class__ is not str and phone_number is not UNSET:
            _dev = note_deviation(_dev, "phoneNumber", phone_number, "string", "string")

        account_id = d.pop("accountId", UNSET)
        if account_id.__class__ is not str and account_id is not UNSET:
            _dev = note_deviation(_dev, "accountId", account_id, "string", "string")

        plan_type = d.pop("planType", UNSET)
        if plan_type.__class__ is not str and plan_type is not UNSET:
            _dev = note_deviation(_dev, "planType", plan_type, "string", "string")

        pre_call_contact_data = cls(
            first_name=first_name,
            last_name=last_name,
            phone_number=phone_number,
            account_id=account_id,
            plan_type=plan_type,
        )

        pre_call_contact_data.additional_properties = d
        if _dev:
            pre_call_contact_data._deviations = _dev
        return pre_call_contact_data

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
