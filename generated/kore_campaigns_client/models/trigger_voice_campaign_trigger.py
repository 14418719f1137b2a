from typing import Literal

TriggerVoiceCampaignTrigger = Literal["play", "stop"]

TRIGGER_VOICE_CAMPAIGN_TRIGGER_VALUES: set[TriggerVoiceCampaignTrigger] = {
    "play",
    "stop",
}


def check_trigger_voice_campaign_trigger(value: str) -> TriggerVoiceCampaignTrigger:
    if value in TRIGGER_VOICE_CAMPAIGN_TRIGGER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRIGGER_VOICE_CAMPAIGN_TRIGGER_VALUES!r}")
