from typing import Literal

CampaignListFiltersPriorityItem = Literal[1, 2, 3, 4, 5]

CAMPAIGN_LIST_FILTERS_PRIORITY_ITEM_VALUES: set[CampaignListFiltersPriorityItem] = {
    1,
    2,
    3,
    4,
    5,
}


def check_campaign_list_filters_priority_item(value: int) -> CampaignListFiltersPriorityItem:
    if value in CAMPAIGN_LIST_FILTERS_PRIORITY_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CAMPAIGN_LIST_FILTERS_PRIORITY_ITEM_VALUES!r}")
