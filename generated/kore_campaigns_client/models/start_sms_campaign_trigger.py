from typing import Literal

StartSmsCampaignTrigger = Literal["play"]

START_SMS_CAMPAIGN_TRIGGER_VALUES: set[StartSmsCampaignTrigger] = {
    "play",
}


def check_start_sms_campaign_trigger(value: str) -> StartSmsCampaignTrigger:
    if value in START_SMS_CAMPAIGN_TRIGGER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_SMS_CAMPAIGN_TRIGGER_VALUES!r}")
