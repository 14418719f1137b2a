from typing import Literal

SmsCampaignRequestCampaignType = Literal["sms"]

SMS_CAMPAIGN_REQUEST_CAMPAIGN_TYPE_VALUES: set[SmsCampaignRequestCampaignType] = {
    "sms",
}


def check_sms_campaign_request_campaign_type(value: str) -> SmsCampaignRequestCampaignType:
    if value in SMS_CAMPAIGN_REQUEST_CAMPAIGN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_CAMPAIGN_REQUEST_CAMPAIGN_TYPE_VALUES!r}")
