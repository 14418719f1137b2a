from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import note_deviation
from .._runtime.reprs import model_repr
from .._runtime.state import model_getstate, model_setstate
from .._runtime.writing import model_to_dict
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_list import ContactList


T = TypeVar("T", bound="ContactListResponse")


@_attrs_define
class ContactListResponse:
    status: str
    data: ContactList
    """ A contact list as returned. `listContactLists` leaves out `isActive`, `createdAt`,
    `createdBy`, `updatedBy`, `isGlobalDNC`, `isDefault` and `allowDuplicates`; the other
    operations return them all.
     """
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "status": "status",
        "data": "data",
        "message": "message",
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
        from ..models.contact_list import ContactList  # noqa: PLC0415

        d = dict(src_dict)
        _dev = None
        status = d.pop("status", UNSET)
        if status.__class__ is not str:
            _dev = note_deviation(_dev, "status", status, "string", "string")

        _v = d.pop("data", UNSET)
        try:
            if _v.__class__ is not dict:
                raise TypeError
            data = ContactList.from_dict(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            data = _v
            _dev = note_deviation(_dev, "data", _v, "object", "an object (ContactList)")

        message = d.pop("message", UNSET)
        if message.__class__ is not str and message is not UNSET:
            _dev = note_deviation(_dev, "message", message, "string", "string")

        contact_list_response = cls(
            status=status,
            data=data,
            message=message,
        )

        contact_list_response.additional_properties = d
        if _dev:
            contact_list_response._deviations = _dev
        return contact_list_response

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
