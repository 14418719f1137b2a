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

T = TypeVar("T", bound="ErrorDetail")


@_attrs_define
class ErrorDetail:
    msg: str
    """ What is wrong; for a field, its name and the rule it breaks. """
    code: int
    """ 4002 invalid credentials (documented by the platform), 4000 validation, 4003 forbidden,
    4004 not found, 4009 conflict, 4015 unsupported media type, 4029 rate limited.
     """
    field: str | Unset = UNSET
    """ Dotted path of the field at fault, such as `dialingStrategy.callingHours.days[0].day`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "msg": "msg",
        "code": "code",
        "field": "field",
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
        msg = d.pop("msg", UNSET)
        if msg.__class__ is not str:
            _dev = note_deviation(_dev, "msg", msg, "string", "string")

        code = d.pop("code", UNSET)
        if code.__class__ is not int:
            _dev = note_deviation(_dev, "code", code, "integer", "integer")

        field = d.pop("field", UNSET)
        if field.__class__ is not str and field is not UNSET:
            _dev = note_deviation(_dev, "field", field, "string", "string")

        error_detail = cls(
            msg=msg,
            code=code,
            field=field,
        )

        error_detail.additional_properties = d
        if _dev:
            error_detail._deviations = _dev
        return error_detail

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
