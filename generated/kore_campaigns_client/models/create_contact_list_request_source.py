from typing import Literal

CreateContactListRequestSource = Literal["passiveApi"]

CREATE_CONTACT_LIST_REQUEST_SOURCE_VALUES: set[CreateContactListRequestSource] = {
    "passiveApi",
}


def check_create_contact_list_request_source(value: str) -> CreateContactListRequestSource:
    if value in CREATE_CONTACT_LIST_REQUEST_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_CONTACT_LIST_REQUEST_SOURCE_VALUES!r}")
