from typing import Literal

SmsPlainCampaignV1RequestFormat = Literal["simple"]

SMS_PLAIN_CAMPAIGN_V1_REQUEST_FORMAT_VALUES: set[SmsPlainCampaignV1RequestFormat] = {
    "simple",
}


def check_sms_plain_campaign_v1_request_format(value: str) -> SmsPlainCampaignV1RequestFormat:
    if value in SMS_PLAIN_CAMPAIGN_V1_REQUEST_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_PLAIN_CAMPAIGN_V1_REQUEST_FORMAT_VALUES!r}")
