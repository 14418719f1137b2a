from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import note_deviation
from .._runtime.reprs import model_repr
from .._runtime.state import model_getstate, model_setstate
from .._runtime.writing import model_to_dict
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.pre_call_contact_data import PreCallContactData


T = TypeVar("T", bound="PreCallFetchRequest")


@_attrs_define
class PreCallFetchRequest:
    """What the campaign service POSTs to a campaign's pre-call fetch URL before dialling a
    contact (webhook `preCallContactFetch`). A receiver reads it leniently: other fields may
    appear.

    """

    campaign_name: str
    """ Name of the campaign. """
    campaign_id: str
    """ The campaign's id. The page says it starts with `c-`; campaign ids elsewhere start with `cd-`. """
    dialing_id: str
    """ The service's id for this contact in the campaign's dialing list. """
    contact_data: PreCallContactData
    """ Every field the contact record holds, by name; the page names these five. Values are as stored (strings in
    the page's sample). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "campaign_name": "CampaignName",
        "campaign_id": "CampaignId",
        "dialing_id": "DialingId",
        "contact_data": "contactData",
    }
    # Personal data (x-personal-data in the spec): masked in the repr unless values are shown.
    _personal_fields: ClassVar[frozenset[str]] = frozenset({"contact_data"})
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
        from ..models.pre_call_contact_data import PreCallContactData  # noqa: PLC0415

        d = dict(src_dict)
        _dev = None
        campaign_name = d.pop("CampaignName", UNSET)
        if campaign_name.__class__ is not str:
            _dev = note_deviation(_dev, "CampaignName", campaign_name, "string", "string")

        campaign_id = d.pop("CampaignId", UNSET)
        if campaign_id.__class__ is not str:
            _dev = note_deviation(_dev, "CampaignId", campaign_id, "string", "string")

        dialing_id = d.pop("DialingId", UNSET)
        if dialing_id.__class__ is not str:
            _dev = note_deviation(_dev, "DialingId", dialing_id, "string", "string")

        _v = d.pop("contactData", UNSET)
        try:
            if _v.__class__ is not dict:
                raise TypeError
            contact_data = PreCallContactData.from_dict(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            contact_data = _v
            _dev = note_deviation(_dev, "contactData", _v, "object", "an object (PreCallContactData)")

        pre_call_fetch_request = cls(
            campaign_name=campaign_name,
            campaign_id=campaign_id,
            dialing_id=dialing_id,
            contact_data=contact_data,
        )

        pre_call_fetch_request.additional_properties = d
        if _dev:
            pre_call_fetch_request._deviations = _dev
        return pre_call_fetch_request

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
