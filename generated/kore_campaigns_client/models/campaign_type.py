from typing import Literal

CampaignType = Literal["sms", "voice"]

CAMPAIGN_TYPE_VALUES: set[CampaignType] = {
    "sms",
    "voice",
}


def check_campaign_type(value: str) -> CampaignType:
    if value in CAMPAIGN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_TYPE_VALUES!r}")
