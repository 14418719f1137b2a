from typing import Literal

TriggerVoiceCampaignCampaignType = Literal["voice"]

TRIGGER_VOICE_CAMPAIGN_CAMPAIGN_TYPE_VALUES: set[TriggerVoiceCampaignCampaignType] = {
    "voice",
}


def check_trigger_voice_campaign_campaign_type(value: str) -> TriggerVoiceCampaignCampaignType:
    if value in TRIGGER_VOICE_CAMPAIGN_CAMPAIGN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TRIGGER_VOICE_CAMPAIGN_CAMPAIGN_TYPE_VALUES!r}")
