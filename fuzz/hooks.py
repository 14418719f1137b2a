"""Schemathesis hooks for openapi.yaml against the mock (or any server with the same app registered).

Loaded in-process by `fuzz.runner` and by the CLI: `SCHEMATHESIS_HOOKS=fuzz.hooks schemathesis run ...`
from the repository root (`scripts/fuzz` does this).

The hooks name operations by operationId and read every limit, enum value, default, example and pattern they
rely on from openapi.yaml (through `scripts.spec_facts`, the repository's one reader of it): a fact changed in
the spec reaches them with nothing to edit here, and a fact they rely on that the spec no longer has stops the
import with the operation or schema it missed. What they need of schemathesis beyond its public API comes from
`fuzz.schemathesis_internals`.

Authentication. `KoreJwtAuth` is a schemathesis auth provider without caching: every case gets a freshly
signed HS256 JWT (`appId`, `sub`, `iat`, `exp` = `iat` + 5 minutes), the `accountId` and `iid` headers,
and `accountId` in the query where the operation declares the `accountIdQuery` scheme. The app comes from
`KORE_CLIENT_ID`, `KORE_CLIENT_SECRET`, `KORE_ACCOUNT_ID` and `KORE_BOT_ID`, each defaulting to the mock's
demo value - read per case, so a test can swap the secret mid-process.

Semantic fix-ups (`map_case`). The schema cannot say that the path's bot is the caller's bot, that a
contact list exists, that a campaign name is free or that an end date lies in the future. `map_case`
supplies those facts, and only on components schemathesis generated as POSITIVE; a negative component is
never touched, so negative data stays negative. Each fix-up rewrites a value only when it already has the
documented shape (a non-blank name, a non-empty list name, a `YYYY-MM-DD HH:mm:ss` date-time...), and
keeps its length and its type: a weakened spec still gets its loosened values sent unchanged, which is
what lets the mutation tests in `fuzz.mutations` catch it. "Documented" always means openapi.yaml, also
when a run fuzzes a weakened copy of it.

Existing campaigns. `after_call` records every campaign a create returned (id, name and type), per target
(ASGI app or base URL), and forgets it once deleted; positive cases that name a campaign name one of them,
unless the value already names one (stateful links supply those) or names a deleted one (a read after a
delete must reach the deleted id, for `use_after_free`). When none of the needed type exists, one is
created first through the same transport, from the spec's own request example.

Lifecycle. The service refuses an action the campaign's status does not allow (409: starting a running
campaign, stopping one that is not running, editing or deleting a running one, a call back for one that is
not running) and a campaignType other than the campaign's own (400). For a fully positive case the hooks
start or stop the named campaign first through the same transport (an answer other than 200 means it already
was in that state), and make the query's campaignType the campaign's; an update whose body is of the other
type names a campaign of the body's type instead. Negative cases are sent as generated: their invalid
data must be refused before any state matters.

Contact lists. `after_call` also records the lists the run created, renamed and deleted, and the lists
its campaigns name. Positive reads name a list the run created; positive updates and deletes name one
that no campaign uses (the service refuses, with 409, to rename or delete a list in use), so they never
touch the seeded sample lists that campaign bodies name. A campaign body or `addContacts` body that
already names a list the run created keeps it, and any other name becomes one the run created (a seeded
list before the run has any): the links from a new list carry no body (openapi-generator refuses a link
`requestBody` object), so this is what chains a new list into contacts and campaigns.
"""

from __future__ import annotations

import calendar
import copy
import itertools
import os
import random
import re
import threading
import time
import weakref
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, TypeAlias

import schemathesis
from kore_campaigns_mock import DEMO_CONTACT_LISTS, RegisteredApp, app_from_env
from schemathesis import AuthContext, Case, HookContext, Response

from fuzz.schemathesis_internals import Location, count_as_produced, is_positive, negative_at, target_app
from scripts import spec_facts

AnyCase: TypeAlias = Case[Any]
SPEC = spec_facts.load()

# --- Operations, by operationId ----------------------------------------------------------------------------
VOICE_CREATE = "createVoiceCampaign"  # the v1 create: voice, or SMS when its query says so
SMS_CREATE = "createCampaign"  # the v2 create: voice or SMS, as its query says
ADVANCED_SMS_CREATE = "createAdvancedSmsCampaign"
CREATES = (VOICE_CREATE, SMS_CREATE, ADVANCED_SMS_CREATE)
GET_CAMPAIGN, UPDATE_CAMPAIGN, DELETE_CAMPAIGN = "getCampaign", "updateCampaign", "deleteCampaign"
LIST_CAMPAIGNS = "listCampaigns"
START_SMS, STOP_SMS = "startSmsCampaign", "stopSmsCampaign"
TRIGGER_VOICE = "triggerVoiceCampaign"
TRIGGER_V1 = "triggerCampaignV1"  # the v1 start and stop, of both kinds
CAMPAIGN_STATUS = "getCampaignStatus"
SCHEDULE = "scheduleCampaign"
CALLBACK = "scheduleCallback"
CREATE_LIST, GET_LIST = "createContactList", "getContactList"
UPDATE_LIST, DELETE_LIST = "updateContactList", "deleteContactList"
ADD_CONTACTS = "addContactsToContactList"
# v1 operations that reach the same campaigns and lists as these v2 ones and need the same fix-ups (the v1
# create is VOICE_CREATE itself, and the v1 start/stop TRIGGER_V1).
V1_EQUIVALENTS = {
    "getCampaignV1": GET_CAMPAIGN,
    "updateCampaignV1": UPDATE_CAMPAIGN,
    "deleteCampaignV1": DELETE_CAMPAIGN,
    "getCampaignStatusV1": CAMPAIGN_STATUS,
    "listCampaignsV1": LIST_CAMPAIGNS,
    "createContactListV1": CREATE_LIST,
    "getContactListV1": GET_LIST,
    "updateContactListV1": UPDATE_LIST,
    "deleteContactListV1": DELETE_LIST,
}
OPERATIONS_USED = (
    *CREATES,
    *(GET_CAMPAIGN, UPDATE_CAMPAIGN, DELETE_CAMPAIGN, LIST_CAMPAIGNS, CAMPAIGN_STATUS),
    *(START_SMS, STOP_SMS, TRIGGER_VOICE, TRIGGER_V1, SCHEDULE, CALLBACK),
    *(CREATE_LIST, GET_LIST, UPDATE_LIST, DELETE_LIST, ADD_CONTACTS),
    *V1_EQUIVALENTS,
)
for _operation_id in OPERATIONS_USED:
    SPEC.operation(_operation_id)  # a renamed or removed operation stops the import here, named

# --- What the hooks read from openapi.yaml -------------------------------------------------------------------
# Campaign types: the hooks keep a pool of each and match actions to them.
VOICE, SMS = "voice", "sms"
CAMPAIGN_TYPES = tuple(SPEC.enum(SMS_CREATE, "campaignType", "query"))
# Start and stop: the values of `trigger` on the URLs that only start and only stop.
START = SPEC.default(START_SMS, "trigger", "query")
STOP = SPEC.default(STOP_SMS, "trigger", "query")
for _operation_id in (TRIGGER_VOICE, TRIGGER_V1):
    if not {START, STOP} <= set(SPEC.enum(_operation_id, "trigger", "query")):
        raise ValueError(f"openapi.yaml: {_operation_id}'s trigger no longer takes {START!r} and {STOP!r}")
if not {VOICE, SMS} <= set(CAMPAIGN_TYPES):
    raise ValueError(f"openapi.yaml: campaignType is {CAMPAIGN_TYPES}, the hooks keep {VOICE!r} and {SMS!r} pools")
# Bot path parameters (`streamId`, `IId`...): those whose schema is BotId; they take the caller's bot.
BOT_ID_SCHEMA = "BotId"
CAMPAIGN_NAME = SPEC.schema("CampaignName")
NOT_BLANK = spec_facts.ecma_regex(CAMPAIGN_NAME["pattern"])
LIST_NAME_SHAPE = spec_facts.ecma_regex(SPEC.schema("ContactListName")["pattern"])
# The documented `YYYY-MM-DD HH:mm:ss`, DateTimeText's pattern; the hooks write dates with DATE_TIME_FORMAT.
DATE_TIME = spec_facts.ecma_regex(SPEC.schema("DateTimeText")["pattern"])
DATE_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
if not DATE_TIME.fullmatch(datetime(2001, 2, 3, 4, 5, 6, tzinfo=UTC).strftime(DATE_TIME_FORMAT)):
    raise ValueError(f"openapi.yaml's DateTimeText is no longer {DATE_TIME_FORMAT}: update fuzz/hooks.py")
# Zones every tzdata ships; the service refuses names outside the IANA database.
TIME_ZONES = (
    "UTC",
    "Asia/Kolkata",
    "America/New_York",
    "America/Los_Angeles",
    "Europe/Berlin",
    "Europe/London",
    "Asia/Tokyo",
    "Australia/Sydney",
)

TOKEN_LIFETIME_SECONDS = 300

# Unique-name tags: lower-case letters and digits, so that no two tags collide case-insensitively.
TAG_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"
TAG_LENGTH = 5


def registered_app() -> RegisteredApp:
    """The JWT app the run signs as: KORE_* variables, each defaulting to the mock's demo value."""
    return app_from_env(os.environ)


def sign_token(app: RegisteredApp, now: float | None = None) -> str:
    from kore_campaigns.auth import sign_token as sign  # the project's one signer

    issued = time.time() if now is None else now
    return sign(app.client_id, app.client_secret, subject="schemathesis", lifetime=TOKEN_LIFETIME_SECONDS, now=issued)


def _security_schemes(case: AnyCase) -> set[str]:
    requirements = case.operation.definition.raw.get("security") or []
    return {name for requirement in requirements for name in requirement}


@dataclass(frozen=True)
class Credentials:
    token: str
    account_id: str
    bot_id: str


def credential_headers(credentials: Credentials) -> dict[str, str]:
    return {"auth": credentials.token, "accountId": credentials.account_id, "iid": credentials.bot_id}


def fresh_credentials() -> Credentials:
    app = registered_app()
    return Credentials(sign_token(app), app.account_id, app.bot_ids[0])


@schemathesis.auth(refresh_interval=None)
class KoreJwtAuth:
    """All four apiKey schemes: `auth` (a JWT signed for this case), `accountId`, `iid`, query `accountId`."""

    def get(self, case: AnyCase, context: AuthContext) -> Credentials:
        return fresh_credentials()

    def set(self, case: AnyCase, data: Credentials, context: AuthContext) -> None:
        case.headers.update(credential_headers(data))
        if "accountIdQuery" in _security_schemes(case):
            case.query = {**case.query, "accountId": data.account_id}


# --- Stateful entry points -------------------------------------------------------------------------------
# Schemathesis starts stateful scenarios only from operations whose inputs some response produces, while any
# exist. It reads the bot path parameter (`streamId`) and `accountId` as references to resources that no
# response produces, so the creates - the natural start of every lifecycle chain - would never start a
# scenario. They are credentials the auth provider supplies, not resources: count them as available.
CREDENTIAL_PARAMETERS = frozenset(
    {
        *(
            name
            for operation in SPEC.path_operations
            for name in SPEC.path_parameters_of_schema(operation, BOT_ID_SCHEMA)
        ),
        *(
            scheme["name"]
            for scheme in SPEC.document["components"]["securitySchemes"].values()
            if scheme.get("type") == "apiKey"
        ),
    }
)
count_as_produced(CREDENTIAL_PARAMETERS)


# --- What exists on each target: campaigns created during the run ---------------------------------------


@dataclass
class Target:
    """Campaigns known to exist on one server (or ASGI app), in creation order."""

    campaigns: dict[str, str] = field(default_factory=dict)  # id -> name
    names: dict[str, str] = field(default_factory=dict)  # lower-cased name -> name
    types: dict[str, str] = field(default_factory=dict)  # id -> "voice" | "sms"
    deleted: set[str] = field(default_factory=set)
    seeded: bool = False
    lists: dict[str, str] = field(default_factory=dict)  # contact lists the run created: id -> name
    lists_in_use: set[str] = field(default_factory=set)  # list names campaigns of the run name
    # Lists handed to a DELETE case: examples are fixed up together before any is sent, so two must never
    # share a list, and no later case may count on one.
    lists_doomed: set[str] = field(default_factory=set)

    def add(self, campaign_id: str, name: str, campaign_type: str) -> None:
        self.campaigns[campaign_id] = name
        self.names[name.lower()] = name
        self.types[campaign_id] = campaign_type

    def rename(self, campaign_id: str, name: str) -> None:
        old = self.campaigns.get(campaign_id)
        if old is None:
            return
        self.names.pop(old.lower(), None)
        self.campaigns[campaign_id] = name
        self.names[name.lower()] = name

    def remove(self, campaign_id: str) -> None:
        name = self.campaigns.pop(campaign_id, None)
        self.types.pop(campaign_id, None)
        if name is not None:
            self.names.pop(name.lower(), None)
        self.deleted.add(campaign_id)

    def of_type(self, campaign_type: str) -> list[str]:
        return [campaign_id for campaign_id, kind in self.types.items() if kind == campaign_type]

    def live_lists(self) -> list[str]:
        return [list_id for list_id in self.lists if list_id not in self.lists_doomed]

    def free_lists(self) -> list[str]:
        return [list_id for list_id in self.live_lists() if self.lists[list_id] not in self.lists_in_use]


# Keyed by the app object itself (not its id, which a later app may reuse) or by the base URL.
_APP_TARGETS: weakref.WeakKeyDictionary[Any, Target] = weakref.WeakKeyDictionary()
_URL_TARGETS: dict[str, Target] = {}
_LOCK = threading.RLock()
# Per process: a random start, so that two runs against one long-lived server do not reuse names.
_TAGS = itertools.count(random.SystemRandom().randrange(len(TAG_ALPHABET) ** TAG_LENGTH))


def target_for(case: AnyCase) -> Target:
    schema = case.operation.schema
    app = target_app(schema)
    with _LOCK:
        if app is not None:
            return _APP_TARGETS.setdefault(app, Target())
        return _URL_TARGETS.setdefault(schema.get_base_url(), Target())


def next_tag() -> str:
    with _LOCK:
        number = next(_TAGS) % len(TAG_ALPHABET) ** TAG_LENGTH
    digits = []
    for _ in range(TAG_LENGTH):
        number, digit = divmod(number, len(TAG_ALPHABET))
        digits.append(TAG_ALPHABET[digit])
    return "".join(reversed(digits))


def unique_name(name: str) -> str:
    """`name` with its tail replaced by a run-unique tag, at the same length (names shorter than a tag become it)."""
    tag = next_tag()
    if len(name) <= TAG_LENGTH:
        return tag
    return name[:-TAG_LENGTH] + tag


def operation_id(case: AnyCase) -> str:
    found = case.operation.definition.raw.get("operationId")
    return found if isinstance(found, str) else case.operation.label


def _v2(case: AnyCase) -> str:
    """The case's operationId, or for a v1 operation the v2 operation it shares its fix-ups with."""
    found = operation_id(case)
    return V1_EQUIVALENTS.get(found, found)


def _created_type(case: AnyCase) -> str | None:
    """The type of campaign a create makes: its query's campaignType, or the spec's default for it."""
    kind = (case.query or {}).get("campaignType")
    if kind in CAMPAIGN_TYPES:
        return str(kind)
    try:
        default = SPEC.default(operation_id(case), "campaignType", "query")
    except KeyError:
        return None
    return str(default) if default in CAMPAIGN_TYPES else None


@schemathesis.hook
def after_call(context: HookContext, case: AnyCase, response: Response) -> None:
    """Remember every campaign and contact list the run created, changed or deleted; forget deleted campaigns."""
    if response.status_code != 200:
        return
    action = _v2(case)
    if action in (UPDATE_LIST, DELETE_LIST):
        _record_list_change(case, action)
        return
    if action == DELETE_CAMPAIGN:
        campaign_id = (case.path_parameters or {}).get("campaignId")
        if isinstance(campaign_id, str):
            with _LOCK:
                target_for(case).remove(campaign_id)
        return
    if action == UPDATE_CAMPAIGN:
        # An update may rename the campaign: later cases must name it by its new name.
        campaign_id = (case.path_parameters or {}).get("campaignId")
        try:
            name = response.json()["data"]["name"]
        except (ValueError, KeyError, TypeError):
            return
        if isinstance(campaign_id, str) and isinstance(name, str):
            with _LOCK:
                target_for(case).rename(campaign_id, name)
                target_for(case).lists_in_use.update(_named_lists(case.body))
        return
    if action not in (*CREATES, CREATE_LIST):
        return
    try:
        data = response.json().get("data")
    except (ValueError, AttributeError):
        return
    if not isinstance(data, dict):
        return
    # The v1 Preview create answers only {campId}: the name is the one the body sent.
    created_id = data.get("id", data.get("_id", data.get("campId")))
    name = data.get("name", case.body.get("name") if isinstance(case.body, dict) else None)
    if isinstance(created_id, str) and isinstance(name, str):
        with _LOCK:
            target = target_for(case)
            if action == CREATE_LIST:
                target.lists[created_id] = name
                return
            campaign_type = _created_type(case)
            if campaign_type is not None:
                target.add(created_id, name, campaign_type)
                target.lists_in_use.update(_named_lists(case.body))


def _named_lists(body: object) -> set[str]:
    """The list names a campaign body names, in `contactLists` and `dncLists.name`."""
    if not isinstance(body, dict):
        return set()
    names = {item for item in body.get("contactLists") or [] if isinstance(item, str)}
    dnc = body.get("dncLists")
    if isinstance(dnc, dict) and isinstance(dnc.get("name"), str):
        names.add(dnc["name"])
    return names


def _record_list_change(case: AnyCase, action: str) -> None:
    list_id = (case.path_parameters or {}).get("contactListId")
    with _LOCK:
        target = target_for(case)
        if list_id not in target.lists:
            return
        if action == DELETE_LIST:
            del target.lists[list_id]
        else:
            new_name = case.body.get("name") if isinstance(case.body, dict) else None
            if isinstance(new_name, str):
                target.lists[list_id] = new_name


def _example_body(operation: str, campaign_type: str | None = None) -> dict[str, Any]:
    """A copy of the first request example of `operation` (whose campaignType, when given, is that type)."""
    for example in SPEC.body_examples(operation):
        if isinstance(example, dict) and campaign_type in (None, example.get("campaignType", campaign_type)):
            return copy.deepcopy(example)
    kind = f" of a {campaign_type} campaign" if campaign_type else ""
    raise ValueError(f"openapi.yaml: {operation} has no request example{kind}")


# The campaigns the hooks create when a case needs one of a type the run has none of: the spec's own examples.
SEEDS = ((VOICE_CREATE, VOICE), (SMS_CREATE, SMS))
for _operation_id, _campaign_type in SEEDS:
    _example_body(_operation_id, _campaign_type)


def _helper_case(
    case: AnyCase, operation: str, path_parameters: dict[str, str], query: dict[str, Any], body: Any
) -> AnyCase:
    """A valid request to `operation` on the case's own target: the caller's bot in the path, fresh credentials,
    and the spec's default for every query parameter not given."""
    credentials = fresh_credentials()
    found = case.operation.schema.find_operation_by_id(operation)
    parameters = {name: credentials.bot_id for name in SPEC.path_parameters_of_schema(operation, BOT_ID_SCHEMA)}
    defaults = {}
    for parameter in SPEC.parameters(operation):
        schema = SPEC.resolve(parameter.get("schema", {}))
        if parameter["in"] == "query" and "default" in schema:
            defaults[parameter["name"]] = schema["default"]
    query = {**defaults, **query}
    if "accountIdQuery" in _security_schemes_of(found.definition.raw):
        query["accountId"] = credentials.account_id
    helper: AnyCase = found.Case(
        path_parameters={**parameters, **path_parameters},
        query=query,
        headers=credential_headers(credentials),
        body=body,
        media_type="application/json",
    )
    return helper


def ensure_campaigns(case: AnyCase) -> Target:
    """The target's campaigns; when there is no voice or no SMS campaign, one of that type is created first.

    A create that fails (wrong credentials, a broken server) is not retried and leaves the pool short:
    cases then keep their generated ids and names, and the run fails on the server's answers to them.
    """
    target = target_for(case)
    with _LOCK:
        missing = [kind for kind in (VOICE, SMS) if not target.of_type(kind)]
        if not missing or target.seeded:
            return target
        for operation, campaign_type in SEEDS:
            if campaign_type not in missing:
                continue
            body = _example_body(operation, campaign_type)
            _fix_campaign_body(body, _live_lists(case))
            _helper_case(case, operation, {}, {"campaignType": campaign_type}, body).call()
            # after_call records the campaign when the create succeeds
        # Deletes may empty a type again later, and it is seeded again; a create that failed is not retried.
        target.seeded = any(not target.of_type(kind) for kind in missing)
    return target


def create_list(case: AnyCase) -> str | None:
    """A new contact list on the case's target, created through the same transport; its id, or None."""
    body = _example_body(CREATE_LIST)
    _fix_contact_list_body(case, body)
    before = set(target_for(case).lists)
    _helper_case(case, CREATE_LIST, {}, {}, body).call()  # after_call records the list when the create succeeds
    created = set(target_for(case).lists) - before
    return created.pop() if created else None


def _list_for(case: AnyCase, list_id: str) -> str:
    """A list the run created; for updates and deletes one that no campaign uses (else 409)."""
    target = target_for(case)
    with _LOCK:
        action = _v2(case)
        candidates = target.free_lists() if action in (UPDATE_LIST, DELETE_LIST) else target.live_lists()
        if list_id in candidates:
            chosen: str | None = list_id
        elif candidates:
            chosen = _pick(candidates, list_id)
        else:
            chosen = create_list(case)
        if chosen is None:
            return list_id
        if action == DELETE_LIST:
            target.lists_doomed.add(chosen)
        return chosen


# --- Semantic fix-ups of positive components ----------------------------------------------------------------


def _pick(options: list[str] | tuple[str, ...], seed: str) -> str:
    """A deterministic choice: the same generated value always maps to the same option."""
    return options[zlib.crc32(seed.encode("utf-8", "surrogatepass")) % len(options)]


def _is_campaign_name(value: object) -> bool:
    """A value CampaignName allows: a string within its lengths that matches its pattern."""
    if not isinstance(value, str) or NOT_BLANK.search(value) is None:
        return False
    return int(CAMPAIGN_NAME.get("minLength", 0)) <= len(value) <= int(CAMPAIGN_NAME.get("maxLength", len(value)))


def _existing_list(value: object, created: dict[str, str] | None = None) -> object:
    """An existing list name: a list the run created stays (links name those), anything else becomes a seeded list."""
    if isinstance(value, str) and value:
        if created is not None and value in created.values():
            return value
        # The links into campaigns and add-contacts carry no body (openapi-generator refuses one), so a list
        # the run created is preferred: that keeps the chain list -> contacts -> campaign.
        return _pick(sorted(created.values()) if created else DEMO_CONTACT_LISTS, value)
    return value


def _fix_contact_list_body(case: AnyCase, body: dict[str, Any]) -> None:
    name = body.get("name")
    if isinstance(name, str) and LIST_NAME_SHAPE.search(name):
        body["name"] = unique_name(name)


def _live_lists(case: AnyCase) -> dict[str, str]:
    with _LOCK:
        target = target_for(case)
        return {list_id: target.lists[list_id] for list_id in target.live_lists()}


def _fix_add_contacts_body(case: AnyCase, body: dict[str, Any]) -> None:
    body["contact_list_name"] = _existing_list(body.get("contact_list_name"), _live_lists(case))


def _name_existing_lists(body: dict[str, Any], created: dict[str, str] | None) -> None:
    """The lists a campaign body names (`contactLists`, `dncLists.name`) become lists that exist."""
    lists = body.get("contactLists")
    if isinstance(lists, list):
        body["contactLists"] = [_existing_list(item, created) for item in lists]
    dnc = body.get("dncLists")
    if isinstance(dnc, dict) and "name" in dnc:
        dnc["name"] = _existing_list(dnc["name"], created)


def _fix_campaign_body(body: dict[str, Any], created: dict[str, str] | None = None) -> None:
    name = body.get("name")
    if isinstance(name, str) and NOT_BLANK.search(name):
        body["name"] = unique_name(name)
    _name_existing_lists(body, created)
    strategy = body.get("dialingStrategy")
    hours = strategy.get("callingHours") if isinstance(strategy, dict) else None
    if isinstance(hours, dict):
        zone = hours.get("timezone")
        if isinstance(zone, str) and zone:
            hours["timezone"] = _pick(TIME_ZONES, zone)


def _real_future_date_time(text: str, now: datetime) -> datetime | None:
    """A real calendar date-time in a future year, from a value with the documented shape (else None)."""
    if DATE_TIME.fullmatch(text) is None:
        return None
    # The numbers in DATE_TIME_FORMAT's order: year, month, day, hour, minute, second.
    year, month, day, hour, minute, second = (int(number) for number in re.findall("[0-9]+", text))
    year = now.year + 1 + year % 20
    day = min(day, calendar.monthrange(year, month)[1])
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def _fix_schedule_body(body: dict[str, Any]) -> None:
    now = datetime.now(UTC)
    moments: dict[str, datetime] = {}
    for key in ("startDateTime", "endDateTime"):
        value = body.get(key)
        moment = _real_future_date_time(value, now) if isinstance(value, str) else None
        if moment is not None:
            moments[key] = moment
    if len(moments) == 2:
        start, end = sorted(moments.values())
        if end == start:
            end += timedelta(days=1)
        moments = {"startDateTime": start, "endDateTime": end}
    for key, moment in moments.items():
        body[key] = moment.strftime(DATE_TIME_FORMAT)


def _fix_campaign_list_body(body: dict[str, Any]) -> None:
    """The service refuses an `endDate` before `startDate` (which the schema cannot say): put them in order."""
    start, end = body.get("startDate"), body.get("endDate")
    if not (isinstance(start, str) and isinstance(end, str)):
        return
    try:
        if datetime.fromisoformat(end.replace("Z", "+00:00")) < datetime.fromisoformat(start.replace("Z", "+00:00")):
            body["startDate"], body["endDate"] = end, start
    except (ValueError, TypeError):
        return  # compared only when both parse; the service decides the rest


def _fix_path(case: AnyCase) -> None:
    if not case.path_parameters:
        return
    parameters = dict(case.path_parameters)
    bot_id = registered_app().bot_ids[0]
    for name in SPEC.path_parameters_of_schema(operation_id(case), BOT_ID_SCHEMA):
        if isinstance(parameters.get(name), str) and parameters[name]:
            parameters[name] = bot_id
    campaign_id = parameters.get("campaignId")
    if isinstance(campaign_id, str) and campaign_id:
        target = ensure_campaigns(case)
        # A deleted id stays: reading it after the delete is what use_after_free checks.
        if target.campaigns and campaign_id not in target.campaigns and campaign_id not in target.deleted:
            parameters["campaignId"] = _pick(list(target.campaigns), campaign_id)
    list_id = parameters.get("contactListId")
    if isinstance(list_id, str) and list_id:
        parameters["contactListId"] = _list_for(case, list_id)
    if parameters != case.path_parameters:
        case.path_parameters = parameters


def _fix_query(case: AnyCase) -> None:
    if not case.query:
        return
    body = case.body if isinstance(case.body, dict) else None
    body_type = body.get("campaignType") if body is not None else None
    action = operation_id(case)
    if action in (SMS_CREATE, VOICE_CREATE) and body_type in CAMPAIGN_TYPES:
        # One create URL, two bodies (v1 and v2 alike): the query names the body's type.
        case.query = {**case.query, "campaignType": body_type}
    if action != SCHEDULE:
        return
    if body is not None and "enableSchedule" in case.query:
        # A schedule body enables; the empty body `{}` disables (the disable page).
        case.query = {**case.query, "enableSchedule": "true" if body else "false"}
    name = case.query.get("campaignName")
    if _is_campaign_name(name):
        assert isinstance(name, str)
        target = ensure_campaigns(case)
        if target.names and name.lower() not in target.names:
            case.query = {**case.query, "campaignName": _pick(list(target.names.values()), name)}


def _fix_body(case: AnyCase) -> None:
    if not isinstance(case.body, dict):
        return
    # A copy: generated values can share structure with other cases, which must not see these edits.
    body = copy.deepcopy(case.body)
    action = _v2(case)
    if action in (*CREATES, UPDATE_CAMPAIGN):
        _fix_campaign_body(body, _live_lists(case))
    elif action == SCHEDULE:
        _fix_schedule_body(body)
    elif action == LIST_CAMPAIGNS:
        _fix_campaign_list_body(body)
    elif action in (CREATE_LIST, UPDATE_LIST):
        _fix_contact_list_body(case, body)
    elif action == ADD_CONTACTS:
        _fix_add_contacts_body(case, body)
    if body != case.body:
        case.body = body


FIXES: tuple[tuple[Location, Callable[[AnyCase], None]], ...] = (
    ("path", _fix_path),
    ("query", _fix_query),
    ("body", _fix_body),
)


def fix_up(case: AnyCase) -> AnyCase:
    """Make positive components semantically valid; leave negative ones exactly as generated."""
    for location, fix in FIXES:
        if not negative_at(case, location):
            fix(case)
    return case


@schemathesis.hook
def before_call(context: HookContext, case: AnyCase, **kwargs: Any) -> None:
    """Right before a case is sent: its positive body names live lists, and a fully positive case's campaign
    gets a status that allows the action."""
    _recheck_list_names(case)
    if id(case) not in _HELPERS and is_positive(case):
        _recheck_list_id(case)
        _prepare_lifecycle(case)


# --- Lifecycle: put the named campaign in a status that allows the action -------------------------------

# operationId -> (campaign type it needs or None for any, whether it must be running: True, False, None)
LIFECYCLE_NEEDS: dict[str, tuple[str | None, bool | None]] = {
    UPDATE_CAMPAIGN: (None, False),
    DELETE_CAMPAIGN: (None, False),
    START_SMS: (SMS, False),
    STOP_SMS: (SMS, True),
}


def _call(case: AnyCase, operation: str, path_parameters: dict[str, str], query: dict[str, Any]) -> Any:
    """One request through the case's own transport; its JSON when the answer is 200, else None."""
    helper = _helper_case(case, operation, path_parameters, query, {})
    _HELPERS.add(id(helper))
    try:
        response = helper.call()
    finally:
        _HELPERS.discard(id(helper))
    try:
        return response.json() if response.status_code == 200 else None
    except ValueError:
        return None


# The hooks' own requests (ids of their cases), which before_call must not prepare in turn.
_HELPERS: set[int] = set()


def _security_schemes_of(raw: dict[str, Any]) -> set[str]:
    return {name for requirement in raw.get("security") or [] for name in requirement}


def _set_running(case: AnyCase, campaign_id: str, campaign_type: str, running: bool) -> dict[str, Any] | None:
    """Start or stop the campaign; the start answer (with its instance id), or None when nothing changed.

    The service refuses (409) to start a running campaign or stop one that is not running: whatever it answers,
    the campaign is then in the state asked for, without a status read first."""
    trigger = START if running else STOP
    if campaign_type == VOICE:
        answer = _call(case, TRIGGER_VOICE, {"campaignId": campaign_id}, {"trigger": trigger})
    else:
        answer = _call(case, START_SMS if running else STOP_SMS, {"campaignId": campaign_id}, {})
    return answer if isinstance(answer, dict) and running else None


def _needs(case: AnyCase) -> tuple[str | None, bool | None] | None:
    query = case.query or {}
    action = _v2(case)
    if action == TRIGGER_V1:
        # One v1 URL starts and stops both kinds: the query names the kind and the action.
        kind = query.get("campaignType")
        return (kind if kind in CAMPAIGN_TYPES else None), query.get("trigger") == STOP
    if action == TRIGGER_VOICE:
        return VOICE, query.get("trigger") == STOP
    return LIFECYCLE_NEEDS.get(action)


def _prepare_lifecycle(case: AnyCase) -> None:
    action = _v2(case)
    if action == CALLBACK:
        _prepare_callback(case)
        return
    if action == SCHEDULE:
        _prepare_schedule(case)
        return
    needs = _needs(case)
    campaign_id = (case.path_parameters or {}).get("campaignId")
    if needs is None or not isinstance(campaign_id, str):
        return
    wanted_type, running = needs
    body = case.body if isinstance(case.body, dict) else {}
    body_type = body.get("campaignType")
    if action == UPDATE_CAMPAIGN and isinstance(body_type, str) and body_type in CAMPAIGN_TYPES:
        wanted_type = body_type
        # The query names the body's type, whichever campaign the case ends up naming (a deleted one included).
        case.query = {**(case.query or {}), "campaignType": body_type}
    target = ensure_campaigns(case)
    if campaign_id in target.deleted or campaign_id not in target.types:
        return
    if wanted_type is not None and target.types[campaign_id] != wanted_type:
        candidates = target.of_type(wanted_type) or ensure_campaigns(case).of_type(wanted_type)
        if not candidates:
            return
        campaign_id = _pick(candidates, campaign_id)
        case.path_parameters = {**(case.path_parameters or {}), "campaignId": campaign_id}
    campaign_type = target.types[campaign_id]
    if action in (UPDATE_CAMPAIGN, DELETE_CAMPAIGN):
        case.query = {**(case.query or {}), "campaignType": campaign_type}
    if running is not None:
        _set_running(case, campaign_id, campaign_type, running)


def _prepare_schedule(case: AnyCase) -> None:
    """Enabling a schedule needs a campaign that is not running (a running one answers 409)."""
    query = case.query or {}
    name = query.get("campaignName")
    if str(query.get("enableSchedule")).lower() != "true" or not isinstance(name, str):
        return
    target = ensure_campaigns(case)
    for campaign_id, known in list(target.campaigns.items()):
        if known.lower() == name.lower():
            _set_running(case, campaign_id, target.types[campaign_id], False)


def _prepare_callback(case: AnyCase) -> None:
    """A call back needs a running campaign instance: start a voice campaign and name its instance."""
    target = ensure_campaigns(case)
    voices = target.of_type(VOICE)
    if not voices:
        return
    instance = (case.path_parameters or {}).get("campaignInstanceId", "")
    campaign_id = _pick(voices, str(instance))
    started = _set_running(case, campaign_id, VOICE, True)
    if started is None:
        # Already running: stop and start it for a fresh instance id.
        _set_running(case, campaign_id, VOICE, False)
        started = _set_running(case, campaign_id, VOICE, True)
    instance_id = started.get("campaignInstanceId") if started else None
    if isinstance(instance_id, str):
        case.path_parameters = {**(case.path_parameters or {}), "campaignInstanceId": instance_id}


@schemathesis.hook
def map_case(context: HookContext, case: AnyCase) -> AnyCase:
    """Coverage, fuzzing and stateful cases."""
    return fix_up(case)


def _recheck_list_id(case: AnyCase) -> None:
    """A list chosen for an update or delete was free when the case was made; a stateful step since (a campaign
    created on that list) may have put it in use, and the service rightly refuses (409). Choose again."""
    parameters = dict(case.path_parameters or {})
    list_id = parameters.get("contactListId")
    if not (isinstance(list_id, str) and list_id) or _v2(case) not in (UPDATE_LIST, DELETE_LIST):
        return
    target = target_for(case)
    with _LOCK:
        in_use = list_id in target.lists and target.lists[list_id] in target.lists_in_use
    if in_use:
        parameters["contactListId"] = _list_for(case, list_id)
        case.path_parameters = parameters


def _recheck_list_names(case: AnyCase) -> None:
    """Stateful links merge body values after `map_case` ran: a list name a link copied (from a list the run
    has deleted since, say) is checked again just before the call, on positive bodies only."""
    action = _v2(case)
    if action not in (*CREATES, ADD_CONTACTS, UPDATE_CAMPAIGN) or not isinstance(case.body, dict):
        return
    if negative_at(case, "body"):
        return
    body: dict[str, Any] = copy.deepcopy(case.body)
    if action == ADD_CONTACTS:
        _fix_add_contacts_body(case, body)
    else:
        _name_existing_lists(body, _live_lists(case))
    if body != case.body:
        case.body = body


@schemathesis.hook
def before_add_examples(context: HookContext, examples: list[AnyCase]) -> None:
    """Examples-phase cases, which `map_case` does not see: the spec's examples name a sample bot and
    campaign, reuse one campaign name and schedule dates that have passed."""
    for case in examples:
        fix_up(case)
