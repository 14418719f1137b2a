from typing import Literal

VoiceDialingStrategyDialingOrder = Literal["FIFO", "LIFO"]

VOICE_DIALING_STRATEGY_DIALING_ORDER_VALUES: set[VoiceDialingStrategyDialingOrder] = {
    "FIFO",
    "LIFO",
}


def check_voice_dialing_strategy_dialing_order(value: str) -> VoiceDialingStrategyDialingOrder:
    if value in VOICE_DIALING_STRATEGY_DIALING_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_DIALING_STRATEGY_DIALING_ORDER_VALUES!r}")
