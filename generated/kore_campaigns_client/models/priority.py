from typing import Literal

Priority = Literal["1", "2", "3", "4", "5"]

PRIORITY_VALUES: set[Priority] = {
    "1",
    "2",
    "3",
    "4",
    "5",
}


def check_priority(value: str) -> Priority:
    if value in PRIORITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRIORITY_VALUES!r}")
