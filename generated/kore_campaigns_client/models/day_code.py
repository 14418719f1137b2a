from typing import Literal

DayCode = Literal["FR", "MO", "SA", "SU", "TH", "TU", "WE"]

DAY_CODE_VALUES: set[DayCode] = {
    "FR",
    "MO",
    "SA",
    "SU",
    "TH",
    "TU",
    "WE",
}


def check_day_code(value: str) -> DayCode:
    if value in DAY_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DAY_CODE_VALUES!r}")
