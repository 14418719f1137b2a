from typing import Literal

SmsCampaignV1RequestFormat = Literal["simple"]

SMS_CAMPAIGN_V1_REQUEST_FORMAT_VALUES: set[SmsCampaignV1RequestFormat] = {
    "simple",
}


def check_sms_campaign_v1_request_format(value: str) -> SmsCampaignV1RequestFormat:
    if value in SMS_CAMPAIGN_V1_REQUEST_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_CAMPAIGN_V1_REQUEST_FORMAT_VALUES!r}")
