from typing import Literal

SmsPlainCampaignV1RequestCampaignType = Literal["sms"]

SMS_PLAIN_CAMPAIGN_V1_REQUEST_CAMPAIGN_TYPE_VALUES: set[SmsPlainCampaignV1RequestCampaignType] = {
    "sms",
}


def check_sms_plain_campaign_v1_request_campaign_type(value: str) -> SmsPlainCampaignV1RequestCampaignType:
    if value in SMS_PLAIN_CAMPAIGN_V1_REQUEST_CAMPAIGN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SMS_PLAIN_CAMPAIGN_V1_REQUEST_CAMPAIGN_TYPE_VALUES!r}"
    )
