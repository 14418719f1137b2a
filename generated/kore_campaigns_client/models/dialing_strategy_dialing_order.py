from typing import Literal

DialingStrategyDialingOrder = Literal["FIFO", "LIFO"]

DIALING_STRATEGY_DIALING_ORDER_VALUES: set[DialingStrategyDialingOrder] = {
    "FIFO",
    "LIFO",
}


def check_dialing_strategy_dialing_order(value: str) -> DialingStrategyDialingOrder:
    if value in DIALING_STRATEGY_DIALING_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DIALING_STRATEGY_DIALING_ORDER_VALUES!r}")
