from typing import Literal

CampaignStatusResponseStatus = Literal["failure", "success"]

CAMPAIGN_STATUS_RESPONSE_STATUS_VALUES: set[CampaignStatusResponseStatus] = {
    "failure",
    "success",
}


def check_campaign_status_response_status(value: str) -> CampaignStatusResponseStatus:
    if value in CAMPAIGN_STATUS_RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_STATUS_RESPONSE_STATUS_VALUES!r}")
