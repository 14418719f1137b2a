from typing import Literal

CampaignListRequestFiltersPriorityItem = Literal[1, 2, 3, 4, 5]

CAMPAIGN_LIST_REQUEST_FILTERS_PRIORITY_ITEM_VALUES: set[CampaignListRequestFiltersPriorityItem] = {
    1,
    2,
    3,
    4,
    5,
}


def check_campaign_list_request_filters_priority_item(value: int) -> CampaignListRequestFiltersPriorityItem:
    if value in CAMPAIGN_LIST_REQUEST_FILTERS_PRIORITY_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CAMPAIGN_LIST_REQUEST_FILTERS_PRIORITY_ITEM_VALUES!r}"
    )
