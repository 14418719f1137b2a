from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        name = self.name

        total_record_count = self.total_record_count

        status = self.status

        is_list_in_use = self.is_list_in_use

        list_type = self.list_type

        campaign_in_use = []
        for campaign_in_use_item_data in self.campaign_in_use:
            campaign_in_use_item = campaign_in_use_item_data.to_dict()
            campaign_in_use.append(campaign_in_use_item)

        source = self.source

        updated_at = self.updated_at

        is_active = self.is_active

        lname = self.lname

        description = self.description

        created_by = self.created_by

        updated_by = self.updated_by

        mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mapping, Unset):
            mapping = self.mapping.to_dict()

        is_global_dnc = self.is_global_dnc

        is_default = self.is_default

        api_configurations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_configurations, Unset):
            api_configurations = self.api_configurations.to_dict()

        columns: list[str] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = self.columns

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        org_id = self.org_id

        i_id = self.i_id

        account_id = self.account_id

        created_at = self.created_at

        allow_duplicates = self.allow_duplicates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "_id": field_id,
                "name": name,
                "totalRecordCount": total_record_count,
                "status": status,
                "isListInUse": is_list_in_use,
                "listType": list_type,
                "campaignInUse": campaign_in_use,
                "source": source,
                "updatedAt": updated_at,
            }
        )
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if lname is not UNSET:
            field_dict["lname"] = lname
        if description is not UNSET:
            field_dict["description"] = description
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if mapping is not UNSET:
            field_dict["mapping"] = mapping
        if is_global_dnc is not UNSET:
            field_dict["isGlobalDNC"] = is_global_dnc
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if api_configurations is not UNSET:
            field_dict["apiConfigurations"] = api_configurations
        if columns is not UNSET:
            field_dict["columns"] = columns
        if files is not UNSET:
            field_dict["files"] = files
        if org_id is not UNSET:
            field_dict["orgId"] = org_id
        if i_id is not UNSET:
            field_dict["iId"] = i_id
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if allow_duplicates is not UNSET:
            field_dict["allowDuplicates"] = allow_duplicates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_using_list import CampaignUsingList  # noqa: PLC0415
        from ..models.contact_field_mapping import ContactFieldMapping  # noqa: PLC0415
        from ..models.contact_list_api_configurations import ContactListApiConfigurations  # noqa: PLC0415
        from ..models.contact_list_file import ContactListFile  # noqa: PLC0415

        d = dict(src_dict)
        field_id = d.pop("_id")

        name = d.pop("name")

        total_record_count = d.pop("totalRecordCount")

        status = d.pop("status")

        is_list_in_use = d.pop("isListInUse")

        list_type = d.pop("listType")

        campaign_in_use = []
        _campaign_in_use = d.pop("campaignInUse")
        for campaign_in_use_item_data in _campaign_in_use:
            campaign_in_use_item = CampaignUsingList.from_dict(campaign_in_use_item_data)

            campaign_in_use.append(campaign_in_use_item)

        source = d.pop("source")

        updated_at = d.pop("updatedAt")

        is_active = d.pop("isActive", UNSET)

        lname = d.pop("lname", UNSET)

        description = d.pop("description", UNSET)

        created_by = d.pop("createdBy", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        _mapping = d.pop("mapping", UNSET)
        mapping: ContactFieldMapping | Unset
        if isinstance(_mapping, Unset):
            mapping = UNSET
        else:
            mapping = ContactFieldMapping.from_dict(_mapping)

        is_global_dnc = d.pop("isGlobalDNC", UNSET)

        is_default = d.pop("isDefault", UNSET)

        _api_configurations = d.pop("apiConfigurations", UNSET)
        api_configurations: ContactListApiConfigurations | Unset
        if isinstance(_api_configurations, Unset):
            api_configurations = UNSET
        else:
            api_configurations = ContactListApiConfigurations.from_dict(_api_configurations)

        columns = cast(list[str], d.pop("columns", UNSET))

        _files = d.pop("files", UNSET)
        files: list[ContactListFile] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = ContactListFile.from_dict(files_item_data)

                files.append(files_item)

        org_id = d.pop("orgId", UNSET)

        i_id = d.pop("iId", UNSET)

        account_id = d.pop("accountId", UNSET)

        created_at = d.pop("createdAt", UNSET)

        allow_duplicates = d.pop("allowDuplicates", UNSET)

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
