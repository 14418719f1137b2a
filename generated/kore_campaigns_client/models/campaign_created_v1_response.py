from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import note_deviation, union_trial
from .._runtime.reprs import model_repr
from .._runtime.state import model_getstate, model_setstate
from .._runtime.writing import model_to_dict
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_created_short import CampaignCreatedShort
    from ..models.created_campaign import CreatedCampaign


T = TypeVar("T", bound="CampaignCreatedV1Response")


@_attrs_define
class CampaignCreatedV1Response:
    """What the v1 create answers: the new campaign (voice or SMS, as `CreatedCampaign`), or, on the
    v1 Preview page, a short form `{campId}` with the id also at the top level.

    """

    status: str
    message: str
    data: CampaignCreatedShort | CreatedCampaign
    """ The v1 create's `data`, the whole campaign or (v1 Preview) the short form `{campId}`. """
    id: str | Unset = UNSET
    """ The campaign's id again, in the Preview page's short answer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "status": "status",
        "message": "message",
        "data": "data",
        "id": "id",
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
        from ..models.campaign_created_short import CampaignCreatedShort  # noqa: PLC0415
        from ..models.created_campaign import CreatedCampaign  # noqa: PLC0415

        d = dict(src_dict)
        _dev = None
        status = d.pop("status", UNSET)
        if status.__class__ is not str:
            _dev = note_deviation(_dev, "status", status, "string", "string")

        message = d.pop("message", UNSET)
        if message.__class__ is not str:
            _dev = note_deviation(_dev, "message", message, "string", "string")

        def _read_data(data: Any) -> Any:
            _dev = None
            try:
                with union_trial():
                    if data.__class__ is not dict:
                        raise TypeError
                    _member1 = CreatedCampaign.from_dict(data)

                return _member1
            except (TypeError, ValueError, KeyError, AttributeError):
                pass
            try:
                with union_trial():
                    if data.__class__ is not dict:
                        raise TypeError
                    _member2 = CampaignCreatedShort.from_dict(data)

                return _member2
            except (TypeError, ValueError, KeyError, AttributeError):
                pass
            raise TypeError

        _v = d.pop("data", UNSET)
        try:
            data = _read_data(_v)

        except (TypeError, ValueError, KeyError, AttributeError):
            data = _v
            _dev = note_deviation(
                _dev, "data", _v, "union", "an object (CreatedCampaign) or an object (CampaignCreatedShort)"
            )

        id = d.pop("id", UNSET)
        if id.__class__ is not str and id is not UNSET:
            _dev = note_deviation(_dev, "id", id, "string", "string")

        campaign_created_v1_response = cls(
            status=status,
            message=message,
            data=data,
            id=id,
        )

        campaign_created_v1_response.additional_properties = d
        if _dev:
            campaign_created_v1_response._deviations = _dev
        return campaign_created_v1_response

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
