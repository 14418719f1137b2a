from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, note_deviation

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
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
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

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        scope: list[str] | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope

        org_id = self.org_id

        i_id = self.i_id

        list_type = self.list_type

        account_id = self.account_id

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if scope is not UNSET:
            field_dict["scope"] = scope
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
        if i_id is not UNSET:
            field_dict["iId"] = i_id
        if list_type is not UNSET:
            field_dict["listType"] = list_type
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _dev = None
        _v = d.pop("name", UNSET)
        if _v is UNSET:
            name = UNSET
        else:
            try:
                if _v.__class__ is not str:
                    raise TypeError
                name = _v

            except (TypeError, ValueError, KeyError, AttributeError):
                name = _v
                _dev = note_deviation(_dev, "name", _v, "string", "string")

        _v = d.pop("description", UNSET)
        if _v is UNSET:
            description = UNSET
        else:
            try:
                if _v.__class__ is not str:
                    raise TypeError
                description = _v

            except (TypeError, ValueError, KeyError, AttributeError):
                description = _v
                _dev = note_deviation(_dev, "description", _v, "string", "string")

        _v = d.pop("scope", UNSET)
        if _v is UNSET:
            scope = UNSET
        else:
            try:
                if _v.__class__ is not list:
                    raise TypeError
                scope = _v
                for _i0, _item0 in enumerate(_v):
                    if _item0.__class__ is not str:
                        _dev = note_deviation(_dev, f"scope[{_i0}]", _item0, "string", "string")

            except (TypeError, ValueError, KeyError, AttributeError):
                scope = _v
                _dev = note_deviation(_dev, "scope", _v, "array", "an array of string")

        _v = d.pop("orgId", UNSET)
        if _v is UNSET:
            org_id = UNSET
        else:
            try:
                if _v.__class__ is not str:
                    raise TypeError
                org_id = _v

            except (TypeError, ValueError, KeyError, AttributeError):
                org_id = _v
                _dev = note_deviation(_dev, "orgId", _v, "string", "string")

        _v = d.pop("iId", UNSET)
        if _v is UNSET:
            i_id = UNSET
        else:
            try:
                if _v.__class__ is not str:
                    raise TypeError
                i_id = _v

            except (TypeError, ValueError, KeyError, AttributeError):
                i_id = _v
                _dev = note_deviation(_dev, "iId", _v, "string", "string")

        _v = d.pop("listType", UNSET)
        if _v is UNSET:
            list_type = UNSET
        else:
            try:
                if _v.__class__ is not str:
                    raise TypeError
                list_type = _v

            except (TypeError, ValueError, KeyError, AttributeError):
                list_type = _v
                _dev = note_deviation(_dev, "listType", _v, "string", "string")

        _v = d.pop("accountId", UNSET)
        if _v is UNSET:
            account_id = UNSET
        else:
            try:
                if _v.__class__ is not str:
                    raise TypeError
                account_id = _v

            except (TypeError, ValueError, KeyError, AttributeError):
                account_id = _v
                _dev = note_deviation(_dev, "accountId", _v, "string", "string")

        _v = d.pop("updatedBy", UNSET)
        if _v is UNSET:
            updated_by = UNSET
        else:
            try:
                if _v.__class__ is not str:
                    raise TypeError
                updated_by = _v

            except (TypeError, ValueError, KeyError, AttributeError):
                updated_by = _v
                _dev = note_deviation(_dev, "updatedBy", _v, "string", "string")

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
