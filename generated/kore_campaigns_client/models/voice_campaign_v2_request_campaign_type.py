from typing import Literal

VoiceCampaignV2RequestCampaignType = Literal["voice"]

VOICE_CAMPAIGN_V2_REQUEST_CAMPAIGN_TYPE_VALUES: set[VoiceCampaignV2RequestCampaignType] = {
    "voice",
}


def check_voice_campaign_v2_request_campaign_type(value: str) -> VoiceCampaignV2RequestCampaignType:
    if value in VOICE_CAMPAIGN_V2_REQUEST_CAMPAIGN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_CAMPAIGN_V2_REQUEST_CAMPAIGN_TYPE_VALUES!r}")
