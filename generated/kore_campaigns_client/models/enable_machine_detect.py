from typing import Literal

EnableMachineDetect = Literal["detect", "disconnect", "no"]

ENABLE_MACHINE_DETECT_VALUES: set[EnableMachineDetect] = {
    "detect",
    "disconnect",
    "no",
}


def check_enable_machine_detect(value: str) -> EnableMachineDetect:
    if value in ENABLE_MACHINE_DETECT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENABLE_MACHINE_DETECT_VALUES!r}")
