from typing import Literal

StopSmsCampaignCampaignType = Literal["sms"]

STOP_SMS_CAMPAIGN_CAMPAIGN_TYPE_VALUES: set[StopSmsCampaignCampaignType] = {
    "sms",
}


def check_stop_sms_campaign_campaign_type(value: str) -> StopSmsCampaignCampaignType:
    if value in STOP_SMS_CAMPAIGN_CAMPAIGN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STOP_SMS_CAMPAIGN_CAMPAIGN_TYPE_VALUES!r}")
