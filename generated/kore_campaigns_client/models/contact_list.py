from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.reading import note_deviation, note_items
from .._runtime.reprs import model_repr
from .._runtime.state import model_getstate, model_setstate
from .._runtime.writing import model_to_dict
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_using_list import CampaignUsingList
    from ..models.contact_field_mapping import ContactFieldMapping
    from ..models.contact_list_api_configurations import ContactListApiConfigurations
    from ..models.contact_list_file import ContactListFile


T = TypeVar("T", bound="ContactList")


@_attrs_define
class ContactList:
    """A contact list as returned. `listContactLists` leaves out `isActive`, `createdAt`,
    `createdBy`, `updatedBy`, `isGlobalDNC`, `isDefault` and `allowDuplicates`; the other
    operations return them all.

    """

    field_id: str
    """ Contact list id, `cl-…`. """
    name: str
    total_record_count: int
    """ Contacts in the list. """
    status: str
    """ State of the list, `Ready` for lists fed through the API, `Validated` for checked uploads. """
    is_list_in_use: bool
    """ Whether any campaign names the list. """
    list_type: str
    """ `call` for contact lists. """
    campaign_in_use: list[CampaignUsingList]
    """ The campaigns that name the list, in `contactLists` or `dncLists`. """
    source: str
    updated_at: str
    """ ISO 8601 timestamp. """
    is_active: bool | Unset = UNSET
    lname: str | Unset = UNSET
    """ The name in lower case (listed in the delete page's table only). """
    description: str | Unset = UNSET
    created_by: str | Unset = UNSET
    """ User id, `u-…`. """
    updated_by: str | Unset = UNSET
    """ User id, `u-…`. """
    mapping: ContactFieldMapping | Unset = UNSET
    """ Which column of the list feeds each contact field; an empty string maps none. """
    is_global_dnc: bool | Unset = UNSET
    """ Whether the list is the account's global Do-Not-Call list. """
    is_default: bool | Unset = UNSET
    api_configurations: ContactListApiConfigurations | Unset = UNSET
    """ How contacts added through the API are merged; absent for uploaded lists. """
    columns: list[str] | Unset = UNSET
    """ Column names of uploaded files. """
    files: list[ContactListFile] | Unset = UNSET
    org_id: str | Unset = UNSET
    i_id: str | Unset = UNSET
    account_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    """ ISO 8601 timestamp. """
    allow_duplicates: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Where a response differed from the spec (types.deviations reads them with their full paths).
    # Left unset (no default, so __init__ pays nothing) unless the answer differed; copy and pickle
    # go through __getstate__/__setstate__, which skip an unset slot.
    _deviations: list[tuple[str, str, str, Any]] | None = _attrs_field(init=False, repr=False, eq=False)
    # Attribute name -> JSON name, in declaration order: for reprs and deviation paths.
    _json_keys: ClassVar[dict[str, str]] = {
        "field_id": "_id",
        "name": "name",
        "total_record_count": "totalRecordCount",
        "status": "status",
        "is_list_in_use": "isListInUse",
        "list_type": "listType",
        "campaign_in_use": "campaignInUse",
        "source": "source",
        "updated_at": "updatedAt",
        "is_active": "isActive",
        "lname": "lname",
        "description": "description",
        "created_by": "createdBy",
        "updated_by": "updatedBy",
        "mapping": "mapping",
        "is_global_dnc": "isGlobalDNC",
        "is_default": "isDefault",
        "api_configurations": "apiConfigurations",
        "columns": "columns",
        "files": "files",
        "org_id": "orgId",
        "i_id": "iId",
        "account_id": "accountId",
        "created_at": "createdAt",
        "allow_duplicates": "allowDuplicates",
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
        from ..models.campaign_using_list import CampaignUsingList  # noqa: PLC0415
        from ..models.contact_field_mapping import ContactFieldMapping  # noqa: PLC0415
        from ..models.contact_list_api_configurations import ContactListApiConfigurations  # noqa: PLC0415
        from ..models.contact_list_file import ContactListFile  # noqa: PLC0415

        d = dict(src_dict)
        _dev = None
        field_id = d.pop("_id", UNSET)
        if field_id.__class__ is not str:
            _dev = note_deviation(_dev, "_id", field_id, "string", "string")

        name = d.pop("name", UNSET)
        if name.__class__ is not str:
            _dev = note_deviation(_dev, "name", name, "string", "string")

        total_record_count = d.pop("totalRecordCount", UNSET)
        if total_record_count.__class__ is not int:
            _dev = note_deviation(_dev, "totalRecordCount", total_record_count, "integer", "integer")

        status = d.pop("status", UNSET)
        if status.__class__ is not str:
            _dev = note_deviation(_dev, "status", status, "string", "string")

        is_list_in_use = d.pop("isListInUse", UNSET)
        if is_list_in_use.__class__ is not bool:
            _dev = note_deviation(_dev, "isListInUse", is_list_in_use, "boolean", "boolean")

        list_type = d.pop("listType", UNSET)
        if list_type.__class__ is not str:
            _dev = note_deviation(_dev, "listType", list_type, "string", "string")

        _v = d.pop("campaignInUse", UNSET)
        try:
            if _v.__class__ is not list:
                raise TypeError
            campaign_in_use = []
            for _i0, _item0 in enumerate(_v):
                try:
                    if _item0.__class__ is not dict:
                        raise TypeError
                    _campaign_in_use_item = CampaignUsingList.from_dict(_item0)

                except (TypeError, ValueError, KeyError, AttributeError):
                    _campaign_in_use_item = _item0
                    _dev = note_deviation(
                        _dev, f"campaignInUse[{_i0}]", _item0, "object", "an object (CampaignUsingList)"
                    )
                campaign_in_use.append(_campaign_in_use_item)

        except (TypeError, ValueError, KeyError, AttributeError):
            campaign_in_use = _v
            _dev = note_deviation(_dev, "campaignInUse", _v, "array", "an array of an object (CampaignUsingList)")

        source = d.pop("source", UNSET)
        if source.__class__ is not str:
            _dev = note_deviation(_dev, "source", source, "string", "string")

        updated_at = d.pop("updatedAt", UNSET)
        if updated_at.__class__ is not str:
            _dev = note_deviation(_dev, "updatedAt", updated_at, "string", "string")

        is_active = d.pop("isActive", UNSET)
        if is_active.__class__ is not bool and is_active is not UNSET:
            _dev = note_deviation(_dev, "isActive", is_active, "boolean", "boolean")

        lname = d.pop("lname", UNSET)
        if lname.__class__ is not str and lname is not UNSET:
            _dev = note_deviation(_dev, "lname", lname, "string", "string")

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not UNSET:
            _dev = note_deviation(_dev, "description", description, "string", "string")

        created_by = d.pop("createdBy", UNSET)
        if created_by.__class__ is not str and created_by is not UNSET:
            _dev = note_deviation(_dev, "createdBy", created_by, "string", "string")

        updated_by = d.pop("updatedBy", UNSET)
        if updated_by.__class__ is not str and updated_by is not UNSET:
            _dev = note_deviation(_dev, "updatedBy", updated_by, "string", "string")

        _v = d.pop("mapping", UNSET)
        if _v is UNSET:
            mapping = UNSET
        else:
            try:
                if _v.__class__ is not dict:
                    raise TypeError
                mapping = ContactFieldMapping.from_dict(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                mapping = _v
                _dev = note_deviation(_dev, "mapping", _v, "object", "an object (ContactFieldMapping)")

        is_global_dnc = d.pop("isGlobalDNC", UNSET)
        if is_global_dnc.__class__ is not bool and is_global_dnc is not UNSET:
            _dev = note_deviation(_dev, "isGlobalDNC", is_global_dnc, "boolean", "boolean")

        is_default = d.pop("isDefault", UNSET)
        if is_default.__class__ is not bool and is_default is not UNSET:
            _dev = note_deviation(_dev, "isDefault", is_default, "boolean", "boolean")

        _v = d.pop("apiConfigurations", UNSET)
        if _v is UNSET:
            api_configurations = UNSET
        else:
            try:
                if _v.__class__ is not dict:
                    raise TypeError
                api_configurations = ContactListApiConfigurations.from_dict(_v)

            except (TypeError, ValueError, KeyError, AttributeError):
                api_configurations = _v
                _dev = note_deviation(
                    _dev, "apiConfigurations", _v, "object", "an object (ContactListApiConfigurations)"
                )

        _v = d.pop("columns", UNSET)
        if _v is UNSET:
            columns = UNSET
        else:
            try:
                if _v.__class__ is not list:
                    raise TypeError
                columns = _v
                for _item0 in _v:
                    if _item0.__class__ is not str:
                        _dev = note_items(_dev, "columns", _v, str, "string", "string")
                        break

            except (TypeError, ValueError, KeyError, AttributeError):
                columns = _v
                _dev = note_deviation(_dev, "columns", _v, "array", "an array of string")

        _v = d.pop("files", UNSET)
        if _v is UNSET:
            files = UNSET
        else:
            try:
                if _v.__class__ is not list:
                    raise TypeError
                files = []
                for _i0, _item0 in enumerate(_v):
                    try:
                        if _item0.__class__ is not dict:
                            raise TypeError
                        _files_item = ContactListFile.from_dict(_item0)

                    except (TypeError, ValueError, KeyError, AttributeError):
                        _files_item = _item0
                        _dev = note_deviation(_dev, f"files[{_i0}]", _item0, "object", "an object (ContactListFile)")
                    files.append(_files_item)

            except (TypeError, ValueError, KeyError, AttributeError):
                files = _v
                _dev = note_deviation(_dev, "files", _v, "array", "an array of an object (ContactListFile)")

        org_id = d.pop("orgId", UNSET)
        if org_id.__class__ is not str and org_id is not UNSET:
            _dev = note_deviation(_dev, "orgId", org_id, "string", "string")

        i_id = d.pop("iId", UNSET)
        if i_id.__class__ is not str and i_id is not UNSET:
            _dev = note_deviation(_dev, "iId", i_id, "string", "string")

        account_id = d.pop("accountId", UNSET)
        if account_id.__class__ is not str and account_id is not UNSET:
            _dev = note_deviation(_dev, "accountId", account_id, "string", "string")

        created_at = d.pop("createdAt", UNSET)
        if created_at.__class__ is not str and created_at is not UNSET:
            _dev = note_deviation(_dev, "createdAt", created_at, "string", "string")

        allow_duplicates = d.pop("allowDuplicates", UNSET)
        if allow_duplicates.__class__ is not bool and allow_duplicates is not UNSET:
            _dev = note_deviation(_dev, "allowDuplicates", allow_duplicates, "boolean", "boolean")

        contact_list = cls(
            field_id=field_id,
            name=name,
            total_record_count=total_record_count,
            status=status,
            is_list_in_use=is_list_in_use,
            list_type=list_type,
            campaign_in_use=campaign_in_use,
            source=source,
            updated_at=updated_at,
            is_active=is_active,
            lname=lname,
            description=description,
            created_by=created_by,
            updated_by=updated_by,
            mapping=mapping,
            is_global_dnc=is_global_dnc,
            is_default=is_default,
            api_configurations=api_configurations,
            columns=columns,
            files=files,
            org_id=org_id,
            i_id=i_id,
            account_id=account_id,
            created_at=created_at,
            allow_duplicates=allow_duplicates,
        )

        contact_list.additional_properties = d
        if _dev:
            contact_list._deviations = _dev
        return contact_list

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
