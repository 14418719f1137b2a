from typing import Literal

GetCampaignStatusV1View = Literal["contacts", "status"]

GET_CAMPAIGN_STATUS_V1_VIEW_VALUES: set[GetCampaignStatusV1View] = {
    "contacts",
    "status",
}


def check_get_campaign_status_v1_view(value: str) -> GetCampaignStatusV1View:
    if value in GET_CAMPAIGN_STATUS_V1_VIEW_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CAMPAIGN_STATUS_V1_VIEW_VALUES!r}")
