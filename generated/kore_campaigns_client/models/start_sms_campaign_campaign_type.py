from typing import Literal

StartSmsCampaignCampaignType = Literal["sms"]

START_SMS_CAMPAIGN_CAMPAIGN_TYPE_VALUES: set[StartSmsCampaignCampaignType] = {
    "sms",
}


def check_start_sms_campaign_campaign_type(value: str) -> StartSmsCampaignCampaignType:
    if value in START_SMS_CAMPAIGN_CAMPAIGN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_SMS_CAMPAIGN_CAMPAIGN_TYPE_VALUES!r}")
