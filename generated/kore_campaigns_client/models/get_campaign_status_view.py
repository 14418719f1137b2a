from typing import Literal

GetCampaignStatusView = Literal["contacts", "status"]

GET_CAMPAIGN_STATUS_VIEW_VALUES: set[GetCampaignStatusView] = {
    "contacts",
    "status",
}


def check_get_campaign_status_view(value: str) -> GetCampaignStatusView:
    if value in GET_CAMPAIGN_STATUS_VIEW_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_CAMPAIGN_STATUS_VIEW_VALUES!r}")
