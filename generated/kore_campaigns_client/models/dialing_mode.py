from typing import Literal

DialingMode = Literal["Agentless", "Preview", "Progressive"]

DIALING_MODE_VALUES: set[DialingMode] = {
    "Agentless",
    "Preview",
    "Progressive",
}


def check_dialing_mode(value: str) -> DialingMode:
    if value in DIALING_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DIALING_MODE_VALUES!r}")
