from typing import Literal

CallingHoursFrequency = Literal["CUSTOM", "DAILY", "WEEKLY"]

CALLING_HOURS_FREQUENCY_VALUES: set[CallingHoursFrequency] = {
    "CUSTOM",
    "DAILY",
    "WEEKLY",
}


def check_calling_hours_frequency(value: str) -> CallingHoursFrequency:
    if value in CALLING_HOURS_FREQUENCY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALLING_HOURS_FREQUENCY_VALUES!r}")
