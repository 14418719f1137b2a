from typing import Literal

Weekday = Literal["Fri", "Mon", "Sat", "Sun", "Thu", "Tue", "Wed"]

WEEKDAY_VALUES: set[Weekday] = {
    "Fri",
    "Mon",
    "Sat",
    "Sun",
    "Thu",
    "Tue",
    "Wed",
}


def check_weekday(value: str) -> Weekday:
    if value in WEEKDAY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEEKDAY_VALUES!r}")
