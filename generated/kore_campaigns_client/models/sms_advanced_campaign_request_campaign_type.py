from typing import Literal

SmsAdvancedCampaignRequestCampaignType = Literal["sms"]

SMS_ADVANCED_CAMPAIGN_REQUEST_CAMPAIGN_TYPE_VALUES: set[SmsAdvancedCampaignRequestCampaignType] = {
    "sms",
}


def check_sms_advanced_campaign_request_campaign_type(value: str) -> SmsAdvancedCampaignRequestCampaignType:
    if value in SMS_ADVANCED_CAMPAIGN_REQUEST_CAMPAIGN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SMS_ADVANCED_CAMPAIGN_REQUEST_CAMPAIGN_TYPE_VALUES!r}"
    )
