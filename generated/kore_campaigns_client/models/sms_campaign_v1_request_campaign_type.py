from typing import Literal

SmsCampaignV1RequestCampaignType = Literal["sms"]

SMS_CAMPAIGN_V1_REQUEST_CAMPAIGN_TYPE_VALUES: set[SmsCampaignV1RequestCampaignType] = {
    "sms",
}


def check_sms_campaign_v1_request_campaign_type(value: str) -> SmsCampaignV1RequestCampaignType:
    if value in SMS_CAMPAIGN_V1_REQUEST_CAMPAIGN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_CAMPAIGN_V1_REQUEST_CAMPAIGN_TYPE_VALUES!r}")
