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

T = TypeVar("T", bound="UpdateContactListRequest")


@_attrs_define
class UpdateContactListRequest:
    """The fields to change; at least one."""

    name: str | Unset = UNSET
    """ Contact list name, at most 48 characters, not blank. Unique within the bot, compared case-insensitively. """
    description: str | Unset = UNSET
    """ What the list holds and for whom, at most 256 characters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "name": "name",
        "description": "description",
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

        update_contact_list_request = cls(
            name=name,
            description=description,
        )

        update_contact_list_request.additional_properties = d
        if _dev:
            update_contact_list_request._deviations = _dev
        return update_contact_list_request

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
