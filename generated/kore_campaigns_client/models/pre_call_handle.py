from typing import Literal

PreCallHandle = Literal["CALL", "SKIP"]

PRE_CALL_HANDLE_VALUES: set[PreCallHandle] = {
    "CALL",
    "SKIP",
}


def check_pre_call_handle(value: str) -> PreCallHandle:
    if value in PRE_CALL_HANDLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRE_CALL_HANDLE_VALUES!r}")
