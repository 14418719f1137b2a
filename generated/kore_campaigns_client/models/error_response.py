from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import note_deviation
from .._runtime.reprs import model_repr
from .._runtime.state import model_getstate, model_setstate
from .._runtime.writing import model_to_dict
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """The one error shape. `errors` is the platform's documented envelope (401:
    `{"errors":[{"msg":"Invalid SDK credentials","code":4002}]}`); `status` and `message`
    follow the v2 success envelope and may be absent.

    """

    errors: list[ErrorDetail]
    status: Literal["failure"] | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "errors": "errors",
        "status": "status",
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
        from ..models.error_detail import ErrorDetail  # noqa: PLC0415

        d = dict(src_dict)
        _dev = None
        _v = d.pop("errors", UNSET)
        try:
            if _v.__class__ is not list:
                raise TypeError
            errors = []
            for _i0, _item0 in enumerate(_v):
                try:
                    if _item0.__class__ is not dict:
                        raise TypeError
                    _errors_item = ErrorDetail.from_dict(_item0)

                except (TypeError, ValueError, KeyError, AttributeError):
                    _errors_item = _item0
                    _dev = note_deviation(_dev, f"errors[{_i0}]", _item0, "object", "an object (ErrorDetail)")
                errors.append(_errors_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            errors = _v
            _dev = note_deviation(_dev, "errors", _v, "array", "an array of an object (ErrorDetail)")

        _v = d.pop("status", UNSET)
        if _v is UNSET:
            status = UNSET
        else:
            try:
                if _v != "failure":
                    raise ValueError
                status = _v

            except (TypeError, ValueError, KeyError, AttributeError):
                status = _v
                _dev = note_deviation(_dev, "status", _v, "const", "the constant 'failure'")

        message = d.pop("message", UNSET)
        if message.__class__ is not str and message is not UNSET:
            _dev = note_deviation(_dev, "message", message, "string", "string")

        error_response = cls(
            errors=errors,
            status=status,
            message=message,
        )

        error_response.additional_properties = d
        if _dev:
            error_response._deviations = _dev
        return error_response

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
