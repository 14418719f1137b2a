"""The limits the docs state, as the mock reads them: one constant per fact, used by the rules, the views and
the domain. The mock is a second reading of the docs and never reads openapi.yaml; page names (Koredotcom/docs-v2,
contact-center) are in the comments. "Docs silent" marks the mock's own bounds.
"""

from __future__ import annotations

# ---- campaigns (create-*-campaign*, update-*-campaign*) ---------------------------------------------------
CAMPAIGN_NAME_MAX_LENGTH = 48  # "The name must be a maximum of 48 characters."
CAMPAIGN_DESCRIPTION_MAX_LENGTH = 256  # "The description must be a maximum of 256 characters."
CAMPAIGN_TYPES = ("voice", "sms")
PRIORITIES = ("1", "2", "3", "4", "5")  # "must be one of the following: 1, 2, 3, 4, or 5"
DIALING_MODES = ("Agentless", "Progressive", "Preview")  # "Valid values are: Agentless, Progressive, or Preview."
MACHINE_DETECT = ("no", "detect", "disconnect")  # agentless v2: "Valid values are: no, detect, disconnect"
MAX_ATTEMPTS_PER_RECORD = (1, 100)  # "Minimum is 1 and maximum is 100"
DEFAULT_RETRY_PERIOD_MINUTES = (1, 1440)  # "Must be between 1 and 1440"
MAX_RING_TIME_SECONDS = (5, 120)  # "Must be between 5 and 120"

# ---- paging of campaigns and of a run's contacts ---------------------------------------------------------
CAMPAIGN_LIST_DEFAULT_LIMIT = 50  # get-all-campaigns-v2: its samples' limit; the page gives no default
RUN_CONTACTS_PAGE_MAX = 100  # get-all-contact-details-voice-campaigns-v2: "between 1 and 100"
RUN_CONTACTS_PAGE_DEFAULT = 100  # that page's sample

# ---- contact lists (create-contact-list-v2, update-contact-list-v2 and their v1 pages) ---------------------
# Their own constants, not the campaign ones: the pages state them separately ("Max 48 characters",
# "Maximum 48 characters"; "Max 256 characters") and either could change alone.
LIST_NAME_MAX_LENGTH = 48
LIST_DESCRIPTION_MAX_LENGTH = 256
LIST_SOURCES = ("passiveApi",)  # "Must be passiveApi"
CONTACT_FIELD_MAX_LENGTH = 256  # docs silent: the mapped fields other than phoneNumber
MAX_CONTACTS_PER_CALL = 1000  # docs silent; a bound so that one call cannot grow a list without limit
LIST_CONTACTS_PAGE_DEFAULT = 50  # get-all-contacts-of-a-contactlist-v2: the sample's `limit`
LIST_CONTACTS_PAGE_MAX = 100  # as the neighbouring contact-status page's limit
SKIP_MAX = 2**31 - 1  # docs silent; what every client language's 32-bit integer holds
