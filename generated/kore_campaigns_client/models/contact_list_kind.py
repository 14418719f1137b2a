from typing import Literal

ContactListKind = Literal["call"]

CONTACT_LIST_KIND_VALUES: set[ContactListKind] = {
    "call",
}


def check_contact_list_kind(value: str) -> ContactListKind:
    if value in CONTACT_LIST_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_LIST_KIND_VALUES!r}")
