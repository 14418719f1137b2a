from typing import Literal

CampaignListFiltersDialingModeItem = Literal["Preview", "Progressive"]

CAMPAIGN_LIST_FILTERS_DIALING_MODE_ITEM_VALUES: set[CampaignListFiltersDialingModeItem] = {
    "Preview",
    "Progressive",
}


def check_campaign_list_filters_dialing_mode_item(value: str) -> CampaignListFiltersDialingModeItem:
    if value in CAMPAIGN_LIST_FILTERS_DIALING_MODE_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_LIST_FILTERS_DIALING_MODE_ITEM_VALUES!r}")
