from typing import Literal

SmsCampaignRequestFormat = Literal["simple"]

SMS_CAMPAIGN_REQUEST_FORMAT_VALUES: set[SmsCampaignRequestFormat] = {
    "simple",
}


def check_sms_campaign_request_format(value: str) -> SmsCampaignRequestFormat:
    if value in SMS_CAMPAIGN_REQUEST_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SMS_CAMPAIGN_REQUEST_FORMAT_VALUES!r}")
