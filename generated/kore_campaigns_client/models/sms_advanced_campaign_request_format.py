from typing import Literal

SmsAdvancedCampaignRequestFormat = Literal["advanced"]

SMS_ADVANCED_CAMPAIGN_REQUEST_FORMAT_VALUES: set[SmsAdvancedCampaignRequestFormat] = {
    "advanced",
}


def check_sms_advanced_campaign_request_format(value: str) -> SmsAdvancedCampaignRequestFormat:
    if value in SMS_ADVANCED_CAMPAIGN_REQUEST_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_ADVANCED_CAMPAIGN_REQUEST_FORMAT_VALUES!r}")
