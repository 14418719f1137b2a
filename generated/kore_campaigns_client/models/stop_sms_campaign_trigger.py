from typing import Literal

StopSmsCampaignTrigger = Literal["stop"]

STOP_SMS_CAMPAIGN_TRIGGER_VALUES: set[StopSmsCampaignTrigger] = {
    "stop",
}


def check_stop_sms_campaign_trigger(value: str) -> StopSmsCampaignTrigger:
    if value in STOP_SMS_CAMPAIGN_TRIGGER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STOP_SMS_CAMPAIGN_TRIGGER_VALUES!r}")
