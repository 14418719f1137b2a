from typing import Literal

CampaignListRequestFiltersDialingModeItem = Literal["Preview", "Progressive"]

CAMPAIGN_LIST_REQUEST_FILTERS_DIALING_MODE_ITEM_VALUES: set[CampaignListRequestFiltersDialingModeItem] = {
    "Preview",
    "Progressive",
}


def check_campaign_list_request_filters_dialing_mode_item(value: str) -> CampaignListRequestFiltersDialingModeItem:
    if value in CAMPAIGN_LIST_REQUEST_FILTERS_DIALING_MODE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CAMPAIGN_LIST_REQUEST_FILTERS_DIALING_MODE_ITEM_VALUES!r}"
    )
