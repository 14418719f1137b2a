from typing import Literal

VoiceCampaignRequestCampaignType = Literal["voice"]

VOICE_CAMPAIGN_REQUEST_CAMPAIGN_TYPE_VALUES: set[VoiceCampaignRequestCampaignType] = {
    "voice",
}


def check_voice_campaign_request_campaign_type(value: str) -> VoiceCampaignRequestCampaignType:
    if value in VOICE_CAMPAIGN_REQUEST_CAMPAIGN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_CAMPAIGN_REQUEST_CAMPAIGN_TYPE_VALUES!r}")
