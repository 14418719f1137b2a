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

T = TypeVar("T", bound="ContactListChanges")


@_attrs_define
class ContactListChanges:
    """What an update stored, with the list's owner and scope."""

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    scope: list[str] | Unset = UNSET
    org_id: str | Unset = UNSET
    """ Organization id, `o-…`. """
    i_id: str | Unset = UNSET
    """ The bot id. """
    list_type: str | Unset = UNSET
    account_id: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "name": "name",
        "description": "description",
        "scope": "scope",
        "org_id": "orgId",
        "i_id": "iId",
        "list_type": "listType",
        "account_id": "accountId",
        "updated_by": "updatedBy",
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
        d = dict(src_dict)
        _dev = None
        name = d.pop("name", UNSET)
        if name.__class__ is not str and name is not UNSET:
            _dev = note_deviation(_dev, "name", name, "string", "string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            _dev = note_deviation(_dev, "description", description, "string", "string")

        _v = d.pop("scope", UNSET)
        if _v is UNSET:
            scope = UNSET
        else:
            try:
                if _v.__class__ is not list:
                    raise TypeError
                scope = _v
                for _item0 in _v:
                    if _item0.__class__ is not str:
                        _dev = note_items(_dev, "scope", _v, str, "string", "string")
                        break

            except (TypeError, ValueError, KeyError, AttributeError):
                scope = _v
                _dev = note_deviation(_dev, "scope", _v, "array", "an array of string")

        org_id = d.pop("orgId", UNSET)
        if org_id.__class__ is not str and org_id is not UNSET:
            _dev = note_deviation(_dev, "orgId", org_id, "string", "string")

        i_id = d.pop("iId", UNSET)
        if i_id.__class__ is not str and i_id is not UNSET:
            _dev = note_deviation(_dev, "iId", i_id, "string", "string")

        list_type = d.pop("listType", UNSET)
        if list_type.__class__ is not str and list_type is not UNSET:
            _dev = note_deviation(_dev, "listType", list_type, "string", "string")

        account_id = d.pop("accountId", UNSET)
        if account_id.__class__ is not str and account_id is not UNSET:
            _dev = note_deviation(_dev, "accountId", account_id, "string", "string")

        updated_by = d.pop("updatedBy", UNSET)
        if updated_by.__class__ is not str and updated_by is not UNSET:
            _dev = note_deviation(_dev, "updatedBy", updated_by, "string", "string")

        contact_list_changes = cls(
            name=name,
            description=description,
            scope=scope,
            org_id=org_id,
            i_id=i_id,
            list_type=list_type,
            account_id=account_id,
            updated_by=updated_by,
        )

        contact_list_changes.additional_properties = d
        if _dev:
            contact_list_changes._deviations = _dev
        return contact_list_changes

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
