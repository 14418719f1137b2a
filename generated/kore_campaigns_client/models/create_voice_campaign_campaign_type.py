from typing import Literal

CreateVoiceCampaignCampaignType = Literal["sms", "voice"]

CREATE_VOICE_CAMPAIGN_CAMPAIGN_TYPE_VALUES: set[CreateVoiceCampaignCampaignType] = {
    "sms",
    "voice",
}


def check_create_voice_campaign_campaign_type(value: str) -> CreateVoiceCampaignCampaignType:
    if value in CREATE_VOICE_CAMPAIGN_CAMPAIGN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_VOICE_CAMPAIGN_CAMPAIGN_TYPE_VALUES!r}")
