from typing import Literal

CampaignCampaignType = Literal["sms", "voice"]

CAMPAIGN_CAMPAIGN_TYPE_VALUES: set[CampaignCampaignType] = {
    "sms",
    "voice",
}


def check_campaign_campaign_type(value: str) -> CampaignCampaignType:
    if value in CAMPAIGN_CAMPAIGN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_CAMPAIGN_TYPE_VALUES!r}")
