from typing import Literal

ListContactListsType = Literal["call"]

LIST_CONTACT_LISTS_TYPE_VALUES: set[ListContactListsType] = {
    "call",
}


def check_list_contact_lists_type(value: str) -> ListContactListsType:
    if value in LIST_CONTACT_LISTS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CONTACT_LISTS_TYPE_VALUES!r}")
