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
    from ..models.pre_call_contact_handling import PreCallContactHandling
    from ..models.pre_call_detailed_contact_data import PreCallDetailedContactData


T = TypeVar("T", bound="PreCallFetchResponse")


@_attrs_define
class PreCallFetchResponse:
    """The receiver's answer to `PreCallFetchRequest`. Only `contactHandling.handle` decides; every field is passed on to
    the bot when the call proceeds.

    """

    contact_handling: PreCallContactHandling
    detailed_contact_data: PreCallDetailedContactData | Unset = UNSET
    """ Partner data for the bot (and the experience flow of Agentless campaigns) when the call proceeds; any names.
    A name the contact record already has keeps the record's value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "contact_handling": "contactHandling",
        "detailed_contact_data": "detailedContactData",
    }
    # Personal data (x-personal-data in the spec): masked in the repr unless values are shown.
    _personal_fields: ClassVar[frozenset[str]] = frozenset({"contact_handling", "detailed_contact_data"})
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
        from ..models.pre_call_contact_handling import PreCallContactHandling  # noqa: PLC0415
        from ..models.pre_call_detailed_contact_data import PreCallDetailedContactData  # noqa: PLC0415

        d = dict(src_dict)
        _dev = None
        _v = d.pop("contactHandling", UNSET)
        try:
            if _v.__class__ is not dict:
                raise TypeError
            contact_handling = PreCallContactHandling.from_dict(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            contact_handling = _v
            _dev = note_deviation(_dev, "contactHandling", _v, "object", "an object (PreCallContactHandling)")

        _v = d.pop("detailedContactData", UNSET)
        if _v is UNSET:
            detailed_contact_data = UNSET
        else:
            try:
                if _v.__class__ is not dict:
                    raise TypeError
                detailed_contact_data = PreCallDetailedContactData.from_dict(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                detailed_contact_data = _v
                _dev = note_deviation(
                    _dev, "detailedContactData", _v, "object", "an object (PreCallDetailedContactData)"
                )

        pre_call_fetch_response = cls(
            contact_handling=contact_handling,
            detailed_contact_data=detailed_contact_data,
        )

        pre_call_fetch_response.additional_properties = d
        if _dev:
            pre_call_fetch_response._deviations = _dev
        return pre_call_fetch_response

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
