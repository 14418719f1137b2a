"""Schemathesis hooks for openapi.yaml against the mock (or any server with the same app registered).

Loaded in-process by `fuzz.runner` and by the CLI: `SCHEMATHESIS_HOOKS=fuzz.hooks schemathesis run ...`
from the repository root (`scripts/fuzz` does this).

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
what lets the mutation tests in `fuzz.mutations` catch it.

Existing campaigns. `after_call` records every campaign a create returned (id, name and type), per target
(ASGI app or base URL), and forgets it once deleted; positive cases that name a campaign name one of them,
unless the value already names one (stateful links supply those) or names a deleted one (a read after a
delete must reach the deleted id, for `use_after_free`). When none of the needed type exists, one is
created first through the same transport.

Lifecycle. The service refuses an action the campaign's status does not allow (409: starting a running
campaign, stopping one that is not running, editing or deleting a running one, a call back for one that is
not running) and a campaignType other than the campaign's own (400). For a fully positive case the hooks
put the named campaign in a status that allows the action first (by starting or stopping it through the
same transport) and make the query's campaignType the campaign's; an update whose body is of the other
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
from kore_campaigns_mock.config import DEMO_CONTACT_LISTS, RegisteredApp, app_from_env
from schemathesis import AuthContext, Case, HookContext, Response
from schemathesis.core.parameters import ParameterLocation
from schemathesis.specs.openapi import stateful as _stateful

VOICE_CREATE_PATH = "/agentassist/api/v1/public/{IId}/campaign"
SMS_CREATE_PATH = "/campaign/api/v2/public/{streamId}/campaign"
ADVANCED_SMS_CREATE_PATH = "/api/v2/public/{streamId}/campaign"
SCHEDULE_PATH = "/campaign/api/v2/public/{streamId}/campaign/schedule"
GET_CAMPAIGN_PATH = "/campaign/api/v2/public/{streamId}/campaign/{campaignId}"
CREATE_LIST_PATH = "/campaign/api/v2/public/{streamId}/campaign/contactList/createContactList"
CONTACT_LIST_PATH = "/campaign/api/v2/public/{streamId}/campaign/contactList/{contactListId}"
ADD_CONTACTS_PATH = "/api/1.1/public/{IId}/campaign/contactList/addContacts"
VOICE_TRIGGER_PATH = "/api/v2/public/{streamId}/campaign/trigger/{campaignId}"
SMS_STOP_PATH = "/campaign/api/v2/public/{streamId}/campaign//trigger/{campaignId}"
STATUS_PATH = "/campaign/api/v2/public/{streamId}/campaign/{campaignId}/status"
CALLBACK_PATH = "/campaign/api/v2/public/{streamId}/campaign/{campaignInstanceId}/callContactAt"
CAMPAIGN_LIST_PATH = "/campaign/api/v2/public/{streamId}/campaign/getAllCampaignDetails"
CREATE_PATHS = (VOICE_CREATE_PATH, SMS_CREATE_PATH, ADVANCED_SMS_CREATE_PATH)
# The v1 URLs reach the same campaigns and lists as these v2 ones (the create is VOICE_CREATE_PATH itself), and
# need the same fix-ups: the hooks compare a case's path through `_v2_path`.
V1_TRIGGER_PATH = "/campaign/api/v1/public/{IId}/campaign/{campaignId}"
V1_EQUIVALENTS = {
    "/agentassist/api/v1/public/{IId}/campaign/{campaignId}": GET_CAMPAIGN_PATH,
    "/agentassist/api/v1/public/{IId}/campaign/{campaignId}/status": STATUS_PATH,
    "/agentassist/api/v1/public/{IId}/campaign/getAllCampaignDetails": CAMPAIGN_LIST_PATH,
    "/agentassist/api/v1/public/{IId}/campaign/contactList/createContactList": CREATE_LIST_PATH,
    "/agentassist/api/v1/public/{IId}/campaign/contactList/{contactListId}": CONTACT_LIST_PATH,
}
RUNNING = ("Active", "Paused")
BOT_PATH_PARAMETERS = ("streamId", "IId")
AnyCase: TypeAlias = Case[Any]

TOKEN_LIFETIME_SECONDS = 300
NAME_MAX_LENGTH = 48
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
# The documented `YYYY-MM-DD HH:mm:ss`, as in openapi.yaml's DateTimeText (and no looser).
DATE_TIME = re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])"
)
DATE_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
# CampaignName's `pattern: \S` as JSON Schema (ECMA-262) reads it; Python's own \s counts other characters.
NOT_BLANK = re.compile("[^\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]")

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
# Schemathesis (4.32.5) starts stateful scenarios only from operations whose inputs some response produces,
# while any exist. It reads `streamId` and `accountId` as references to "Stream" and "Account" resources
# that no response produces, so the creates - the natural start of every lifecycle chain - would never start
# a scenario. Both are credentials the auth provider supplies, not resources: count them as available.
CREDENTIAL_RESOURCES = frozenset({"Stream", "Account"})
_is_likely_root = _stateful.is_likely_root_transition


def _is_likely_root_with_credentials(operation: Any, node: Any, produced_anywhere: set[str]) -> bool:
    return _is_likely_root(operation, node, produced_anywhere | CREDENTIAL_RESOURCES)


_stateful.is_likely_root_transition = _is_likely_root_with_credentials


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
    with _LOCK:
        if schema.app is not None:
            return _APP_TARGETS.setdefault(schema.app, Target())
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


def _v2_path(case: AnyCase) -> str:
    """The case's path, or for a v1 URL the v2 path of the same operation."""
    path: str = case.operation.path
    return V1_EQUIVALENTS.get(path, path)


def _created_type(case: AnyCase) -> str:
    if case.operation.path == VOICE_CREATE_PATH:
        # The v1 create: voice unless the query says sms (its default is voice).
        return "sms" if (case.query or {}).get("campaignType") == "sms" else "voice"
    if case.operation.path == ADVANCED_SMS_CREATE_PATH:
        return "sms"
    return "voice" if (case.query or {}).get("campaignType") == "voice" else "sms"


@schemathesis.hook
def after_call(context: HookContext, case: AnyCase, response: Response) -> None:
    """Remember every campaign and contact list the run created, changed or deleted; forget deleted campaigns."""
    if response.status_code != 200:
        return
    path, method = _v2_path(case), case.operation.method.upper()
    if path == CONTACT_LIST_PATH and method in ("PUT", "DELETE"):
        _record_list_change(case, method)
        return
    if method == "DELETE":
        campaign_id = (case.path_parameters or {}).get("campaignId")
        if isinstance(campaign_id, str):
            with _LOCK:
                target_for(case).remove(campaign_id)
        return
    if method == "PUT":
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
    if path not in (*CREATE_PATHS, CREATE_LIST_PATH):
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
            if path == CREATE_LIST_PATH:
                target.lists[created_id] = name
                return
            target.add(created_id, name, _created_type(case))
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


def _record_list_change(case: AnyCase, method: str) -> None:
    list_id = (case.path_parameters or {}).get("contactListId")
    with _LOCK:
        target = target_for(case)
        if list_id not in target.lists:
            return
        if method == "DELETE":
            del target.lists[list_id]
        else:
            new_name = case.body.get("name") if isinstance(case.body, dict) else None
            if isinstance(new_name, str):
                target.lists[list_id] = new_name


def _seed_body(path: str) -> dict[str, Any]:
    hours = {"frequency": "WEEKLY", "timezone": "UTC", "days": [{"day": "MO", "start": "9:00 AM", "end": "5:00 PM"}]}
    common: dict[str, Any] = {
        "name": unique_name("Fuzz seed campaign"),
        "description": "Created by fuzz.hooks so that reads and schedules have a campaign to name.",
        "contactLists": [DEMO_CONTACT_LISTS[0]],
        "priority": "3",
    }
    if path == VOICE_CREATE_PATH:
        strategy = {
            "callerId": {"phoneNumber": "+15101234567"},
            "callingHours": hours,
            "dialingOrder": "FIFO",
            "maxAttemptsPerRecord": 3,
            "defaultRetryPeriod": 10,
            "maxRingTime": 30,
        }
        return {
            **common,
            "dialingMode": "Agentless",
            "dialingStrategy": strategy,
            "enableMachineDetect": False,
            "campaignType": "voice",
        }
    return {
        **common,
        "campaignType": "sms",
        "format": "simple",
        "message": {"template_name": "Welcome", "message": "SGVsbG8h"},
        "dialingStrategy": {"callerId": {"phoneNumber": "+15101234567"}, "callingHours": hours},
    }


def ensure_campaigns(case: AnyCase) -> Target:
    """The target's campaigns; when there is no voice or no SMS campaign, one of that type is created first.

    A create that fails (wrong credentials, a broken server) is not retried and leaves the pool short:
    cases then keep their generated ids and names, and the run fails on the server's answers to them.
    """
    target = target_for(case)
    with _LOCK:
        missing = [kind for kind in ("voice", "sms") if not target.of_type(kind)]
        if not missing or target.seeded:
            return target
        schema = case.operation.schema
        credentials = fresh_credentials()
        for path, campaign_type in ((VOICE_CREATE_PATH, "voice"), (SMS_CREATE_PATH, "sms")):
            if campaign_type not in missing:
                continue
            operation = schema[path]["POST"]
            bot_parameter = "IId" if path == VOICE_CREATE_PATH else "streamId"
            query = {"campaignType": campaign_type}
            if path == SMS_CREATE_PATH:
                query["accountId"] = credentials.account_id
            seed = operation.Case(
                path_parameters={bot_parameter: credentials.bot_id},
                query=query,
                headers=credential_headers(credentials),
                body=_seed_body(path),
                media_type="application/json",
            )
            seed.call()  # after_call records the campaign when the create succeeds
        # Deletes may empty a type again later, and it is seeded again; a create that failed is not retried.
        target.seeded = any(not target.of_type(kind) for kind in missing)
    return target


def create_list(case: AnyCase) -> str | None:
    """A new contact list on the case's target, created through the same transport; its id, or None."""
    operation = case.operation.schema[CREATE_LIST_PATH]["POST"]
    credentials = fresh_credentials()
    seed = operation.Case(
        path_parameters={"streamId": credentials.bot_id},
        query={"accountId": credentials.account_id},
        headers=credential_headers(credentials),
        body={"name": unique_name("Fuzz seed list"), "description": "Created by fuzz.hooks.", "source": "passiveApi"},
        media_type="application/json",
    )
    before = set(target_for(case).lists)
    seed.call()  # after_call records the list when the create succeeds
    created = set(target_for(case).lists) - before
    return created.pop() if created else None


def _list_for(case: AnyCase, list_id: str) -> str:
    """A list the run created; for updates and deletes one that no campaign uses (else 409)."""
    target = target_for(case)
    with _LOCK:
        method = case.operation.method.upper()
        candidates = target.free_lists() if method in ("PUT", "DELETE") else target.live_lists()
        if list_id in candidates:
            chosen: str | None = list_id
        elif candidates:
            chosen = _pick(candidates, list_id)
        else:
            chosen = create_list(case)
        if chosen is None:
            return list_id
        if method == "DELETE":
            target.lists_doomed.add(chosen)
        return chosen


# --- Semantic fix-ups of positive components ----------------------------------------------------------------


def _pick(options: list[str] | tuple[str, ...], seed: str) -> str:
    """A deterministic choice: the same generated value always maps to the same option."""
    return options[zlib.crc32(seed.encode("utf-8", "surrogatepass")) % len(options)]


def _is_nonblank_name(value: object) -> bool:
    return isinstance(value, str) and 1 <= len(value) <= NAME_MAX_LENGTH and NOT_BLANK.search(value) is not None


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
    if isinstance(name, str) and NOT_BLANK.search(name):
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
    match = DATE_TIME.fullmatch(text)
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(group) for group in match.groups())
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
    for name in BOT_PATH_PARAMETERS:
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
    if case.operation.path in (SMS_CREATE_PATH, VOICE_CREATE_PATH) and body_type in ("voice", "sms"):
        # One create URL, two bodies (v1 and v2 alike): the query names the body's type.
        case.query = {**case.query, "campaignType": body_type}
    if case.operation.path != SCHEDULE_PATH:
        return
    if body is not None and "enableSchedule" in case.query:
        # A schedule body enables; the empty body `{}` disables (the disable page).
        case.query = {**case.query, "enableSchedule": "true" if body else "false"}
    name = case.query.get("campaignName")
    if _is_nonblank_name(name):
        assert isinstance(name, str)
        target = ensure_campaigns(case)
        if target.names and name.lower() not in target.names:
            case.query = {**case.query, "campaignName": _pick(list(target.names.values()), name)}


def _fix_body(case: AnyCase) -> None:
    if not isinstance(case.body, dict):
        return
    # A copy: generated values can share structure with other cases, which must not see these edits.
    body = copy.deepcopy(case.body)
    path, method = _v2_path(case), case.operation.method.upper()
    if path in CREATE_PATHS or (path == GET_CAMPAIGN_PATH and method == "PUT"):
        _fix_campaign_body(body, _live_lists(case))
    elif path == SCHEDULE_PATH:
        _fix_schedule_body(body)
    elif path == CAMPAIGN_LIST_PATH:
        _fix_campaign_list_body(body)
    elif path in (CREATE_LIST_PATH, CONTACT_LIST_PATH):
        _fix_contact_list_body(case, body)
    elif path == ADD_CONTACTS_PATH:
        _fix_add_contacts_body(case, body)
    if body != case.body:
        case.body = body


FIXES: tuple[tuple[ParameterLocation, Callable[[AnyCase], None]], ...] = (
    (ParameterLocation.PATH, _fix_path),
    (ParameterLocation.QUERY, _fix_query),
    (ParameterLocation.BODY, _fix_body),
)


def fix_up(case: AnyCase) -> AnyCase:
    """Make positive components semantically valid; leave negative ones exactly as generated."""
    meta = case.meta
    for location, fix in FIXES:
        if meta is not None and meta.is_negative_at(location):
            continue
        fix(case)
    return case


@schemathesis.hook
def before_call(context: HookContext, case: AnyCase, **kwargs: Any) -> None:
    """Right before a case is sent: its positive body names live lists, and a fully positive case's campaign
    gets a status that allows the action."""
    _recheck_list_names(case)
    meta = case.meta
    if id(case) not in _HELPERS and (meta is None or meta.generation.mode.is_positive):
        _recheck_list_id(case)
        _prepare_lifecycle(case)


# --- Lifecycle: put the named campaign in a status that allows the action -------------------------------

# (method, path) -> (campaign type it needs or None for any, whether it must be running: True, False, None)
LIFECYCLE_NEEDS: dict[tuple[str, str], tuple[str | None, bool | None]] = {
    ("PUT", GET_CAMPAIGN_PATH): (None, False),
    ("DELETE", GET_CAMPAIGN_PATH): (None, False),
    ("POST", GET_CAMPAIGN_PATH): ("sms", False),  # start SMS
    ("POST", SMS_STOP_PATH): ("sms", True),
}


def _call(case: AnyCase, method: str, path: str, path_parameters: dict[str, str], query: dict[str, Any]) -> Any:
    """One request through the case's own transport; its JSON, or None."""
    credentials = fresh_credentials()
    operation = case.operation.schema[path][method]
    if "accountIdQuery" in _security_schemes_of(operation.definition.raw):
        query = {**query, "accountId": credentials.account_id}
    helper = operation.Case(
        path_parameters={"streamId": credentials.bot_id, **path_parameters},
        query=query,
        headers=credential_headers(credentials),
        body={},
        media_type="application/json",
    )
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


def _status_of(case: AnyCase, campaign_id: str) -> str | None:
    answer = _call(case, "POST", STATUS_PATH, {"campaignId": campaign_id}, {"view": "status"})
    data = answer.get("data") if isinstance(answer, dict) else None
    status = data.get("status") if isinstance(data, dict) else None
    return status if isinstance(status, str) else None


def _set_running(case: AnyCase, campaign_id: str, campaign_type: str, running: bool) -> dict[str, Any] | None:
    """Start or stop the campaign when its status differs; the start answer (with its instance id) or None."""
    status = _status_of(case, campaign_id)
    if status is None or (status in RUNNING) == running:
        return None
    if campaign_type == "voice":
        query = {"campaignType": "voice", "trigger": "play" if running else "stop"}
        answer = _call(case, "POST", VOICE_TRIGGER_PATH, {"campaignId": campaign_id}, query)
    elif running:
        query = {"campaignType": "sms", "trigger": "play"}
        answer = _call(case, "POST", GET_CAMPAIGN_PATH, {"campaignId": campaign_id}, query)
    else:
        query = {"campaignType": "sms", "trigger": "stop"}
        answer = _call(case, "POST", SMS_STOP_PATH, {"campaignId": campaign_id}, query)
    return answer if isinstance(answer, dict) else None


def _needs(case: AnyCase) -> tuple[str | None, bool | None] | None:
    query = case.query or {}
    if case.operation.path == V1_TRIGGER_PATH:
        # One v1 URL starts and stops both kinds: the query names the kind and the action.
        kind = query.get("campaignType")
        return (kind if kind in ("voice", "sms") else None), query.get("trigger") == "stop"
    key = (case.operation.method.upper(), _v2_path(case))
    if key == ("POST", VOICE_TRIGGER_PATH):
        return "voice", query.get("trigger") == "stop"
    if key == ("POST", SCHEDULE_PATH):
        return None, None
    return LIFECYCLE_NEEDS.get(key)


def _prepare_lifecycle(case: AnyCase) -> None:
    if case.operation.path == CALLBACK_PATH:
        _prepare_callback(case)
        return
    if case.operation.path == SCHEDULE_PATH:
        _prepare_schedule(case)
        return
    needs = _needs(case)
    campaign_id = (case.path_parameters or {}).get("campaignId")
    if needs is None or not isinstance(campaign_id, str):
        return
    wanted_type, running = needs
    body = case.body if isinstance(case.body, dict) else {}
    body_type = body.get("campaignType")
    if case.operation.method.upper() == "PUT" and isinstance(body_type, str) and body_type in ("voice", "sms"):
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
    if _v2_path(case) == GET_CAMPAIGN_PATH and case.operation.method.upper() in ("PUT", "DELETE"):
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
    voices = target.of_type("voice")
    if not voices:
        return
    instance = (case.path_parameters or {}).get("campaignInstanceId", "")
    campaign_id = _pick(voices, str(instance))
    started = _set_running(case, campaign_id, "voice", True)
    instance_id = started.get("campaignInstanceId") if started else None
    if instance_id is None:
        # Already running: its instance id is in the list of voice campaigns? Stop and start for a fresh one.
        _set_running(case, campaign_id, "voice", False)
        started = _set_running(case, campaign_id, "voice", True)
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
    if not (isinstance(list_id, str) and list_id) or case.operation.method.upper() not in ("PUT", "DELETE"):
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
    is_update = _v2_path(case) == GET_CAMPAIGN_PATH and case.operation.method.upper() == "PUT"
    if not (case.operation.path in (*CREATE_PATHS, ADD_CONTACTS_PATH) or is_update) or not isinstance(case.body, dict):
        return
    if case.meta is not None and case.meta.is_negative_at(ParameterLocation.BODY):
        return
    body: dict[str, Any] = copy.deepcopy(case.body)
    if case.operation.path == ADD_CONTACTS_PATH:
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
