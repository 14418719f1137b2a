from typing import Literal

CreateAdvancedSmsCampaignCampaignType = Literal["sms"]

CREATE_ADVANCED_SMS_CAMPAIGN_CAMPAIGN_TYPE_VALUES: set[CreateAdvancedSmsCampaignCampaignType] = {
    "sms",
}


def check_create_advanced_sms_campaign_campaign_type(value: str) -> CreateAdvancedSmsCampaignCampaignType:
    if value in CREATE_ADVANCED_SMS_CAMPAIGN_CAMPAIGN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ADVANCED_SMS_CAMPAIGN_CAMPAIGN_TYPE_VALUES!r}"
    )
