from typing import Literal

CreateSmsCampaignCampaignType = Literal["sms"]

CREATE_SMS_CAMPAIGN_CAMPAIGN_TYPE_VALUES: set[CreateSmsCampaignCampaignType] = {
    "sms",
}


def check_create_sms_campaign_campaign_type(value: str) -> CreateSmsCampaignCampaignType:
    if value in CREATE_SMS_CAMPAIGN_CAMPAIGN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_SMS_CAMPAIGN_CAMPAIGN_TYPE_VALUES!r}")
