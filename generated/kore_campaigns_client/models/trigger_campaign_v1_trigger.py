from typing import Literal

TriggerCampaignV1Trigger = Literal["play", "stop"]

TRIGGER_CAMPAIGN_V1_TRIGGER_VALUES: set[TriggerCampaignV1Trigger] = {
    "play",
    "stop",
}


def check_trigger_campaign_v1_trigger(value: str) -> TriggerCampaignV1Trigger:
    if value in TRIGGER_CAMPAIGN_V1_TRIGGER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRIGGER_CAMPAIGN_V1_TRIGGER_VALUES!r}")
