"""Request validation: every rule of the docs, reporting all violations of a request at once."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Collection, Mapping, Sequence
from datetime import UTC, datetime
from functools import cache
from zoneinfo import available_timezones

from .errors import ApiError, Problem

JsonObject = Mapping[str, object]

NAME_MAX_LENGTH = 48
DESCRIPTION_MAX_LENGTH = 256
PRIORITIES = ("1", "2", "3", "4", "5")
DIALING_MODES = ("Agentless", "Progressive", "Preview")
DIALING_ORDERS = ("FIFO", "LIFO")
FREQUENCIES = ("WEEKLY", "DAILY", "CUSTOM")
CALLING_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
WEEK_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
RECUR_TYPES = ("Daily", "Weekly")
SMS_FORMATS = ("simple",)
# "start ("9:00 AM"), end ("6:00 PM")"; the response table calls it "hh:mm AM/PM".
CLOCK_TIME = re.compile(r"(1[0-2]|0?[1-9]):[0-5][0-9] (AM|PM)")
# "YYYY-MM-DD HH:mm:ss", zero-padded; [0-9] because \d also matches non-ASCII digits.
SCHEDULE_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}")
SCHEDULE_DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S"
# "Not blank" as openapi.yaml's `pattern: \S` means it: JSON Schema regexes are ECMA-262, whose whitespace
# differs from Python's str.isspace() (which also counts U+001C-U+001F and U+0085, but not U+FEFF).
ECMA_WHITESPACE = "\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
NOT_BLANK = re.compile(f"[^{ECMA_WHITESPACE}]")


# json.loads turns a paired escape ("\\ud83d\\ude00") into one code point, so any surrogate left is unpaired.
SURROGATE = re.compile("[\ud800-\udfff]")
MAX_REPORTED_SURROGATES = 10


class RepeatedKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        # json.dumps escapes to ASCII, so even a key holding a surrogate or a control character can be echoed.
        self.key = json.dumps(key)


def object_without_repeats(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object for json.loads that refuses a repeated key (RFC 8259 §4), which json.loads keeps the last of."""
    document = dict(pairs)
    if len(document) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise RepeatedKeyError(key)
            seen.add(key)
    return document


def unpaired_surrogates(document: object) -> list[tuple[str, str]]:
    """(field, rule) for each string, key or value, holding an unpaired UTF-16 surrogate, in document order.

    Iterative, since json.loads accepts nesting deeper than a recursive walk could follow.
    """
    rule = "must be valid Unicode: it holds an unpaired UTF-16 surrogate (an escape in \\ud800-\\udfff)"
    found: list[tuple[str, str]] = []
    pending: list[tuple[str, object]] = [("", document)]
    while pending:
        path, value = pending.pop()
        if isinstance(value, str):
            if SURROGATE.search(value):
                found.append((path, rule))
        elif isinstance(value, list):
            pending.extend(reversed([(f"{path}[{index}]", item) for index, item in enumerate(value)]))
        elif isinstance(value, dict):
            items: list[tuple[str, object]] = []
            for key, item in value.items():
                if SURROGATE.search(key):
                    found.append((path or "body", "must not have a key holding an unpaired UTF-16 surrogate"))
                else:
                    items.append((_join(path, key), item))
            pending.extend(reversed(items))
    return found


@cache
def known_timezones() -> frozenset[str]:
    # A set lookup, not ZoneInfo(name): no file-system path from a request ever reaches the loader.
    return frozenset(available_timezones())


def _choices(values: Sequence[str]) -> str:
    return ", ".join(json.dumps(value) for value in values)


def _join(parent: str, key: str) -> str:
    return f"{parent}.{key}" if parent else key


class Checker:
    """Collects problems; each typed getter returns the value when valid, else None."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, field: str | None, rule: str) -> None:
        self.problems.append(Problem(f"{field} {rule}" if field else rule, field))

    def raise_if_any(self) -> None:
        if self.problems:
            raise ApiError(400, self.problems)

    def _value(self, parent: JsonObject | None, key: str, path: str, required: bool) -> object | None:
        if parent is None:
            return None
        value = parent.get(key)
        if value is None and required:
            self.fail(_join(path, key), "is required")
        elif value is None and key in parent:
            # No documented field is nullable; an optional field is left out, never sent as null.
            self.fail(_join(path, key), "must not be null (leave the field out instead)")
        return value

    def string(
        self,
        parent: JsonObject | None,
        key: str,
        path: str = "",
        *,
        required: bool = True,
        min_length: int = 0,
        max_length: int | None = None,
        not_blank: bool = False,
        one_of: Sequence[str] | None = None,
        pattern: re.Pattern[str] | None = None,
        pattern_hint: str = "",
    ) -> str | None:
        value = self._value(parent, key, path, required)
        if value is None:
            return None
        field = _join(path, key)
        if not isinstance(value, str):
            self.fail(field, f"must be a string{f', one of: {_choices(one_of)}' if one_of else ''}")
            return None
        if one_of is not None:
            if value not in one_of:
                self.fail(field, f"must be one of: {_choices(one_of)}")
                return None
            return value
        if len(value) < min_length:
            self.fail(field, "must not be empty" if min_length == 1 else f"must have at least {min_length} characters")
            return None
        if max_length is not None and len(value) > max_length:
            self.fail(field, f"must be at most {max_length} characters")
            return None
        if not_blank and not NOT_BLANK.search(value):
            self.fail(field, "must contain a non-whitespace character")
            return None
        if pattern is not None and not pattern.fullmatch(value):
            self.fail(field, f"must match {pattern_hint or pattern.pattern}")
            return None
        return value

    def integer(
        self,
        parent: JsonObject | None,
        key: str,
        path: str = "",
        *,
        minimum: int,
        maximum: int | None = None,
    ) -> int | None:
        value = self._value(parent, key, path, required=True)
        if value is None:
            return None
        field = _join(path, key)
        rule = f"must be an integer >= {minimum}"
        if maximum is not None:
            rule = f"must be an integer between {minimum} and {maximum}"
        # JSON has one number type: 30.0 is the integer 30 (as JSON Schema's "integer" says).
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        # bool is an int subclass in Python, but true/false is not a number in JSON.
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(field, rule)
            return None
        if value < minimum or (maximum is not None and value > maximum):
            self.fail(field, rule)
            return None
        return value

    def boolean(self, parent: JsonObject | None, key: str, path: str = "") -> bool | None:
        value = self._value(parent, key, path, required=True)
        if value is None:
            return None
        if not isinstance(value, bool):
            self.fail(_join(path, key), "must be a boolean (true or false)")
            return None
        return value

    def obj(self, parent: JsonObject | None, key: str, path: str = "", *, required: bool = True) -> JsonObject | None:
        value = self._value(parent, key, path, required)
        if value is None:
            return None
        if not isinstance(value, dict):
            self.fail(_join(path, key), "must be an object")
            return None
        return value

    def array(self, parent: JsonObject | None, key: str, path: str = "", *, min_items: int = 1) -> list[object] | None:
        value = self._value(parent, key, path, required=True)
        if value is None:
            return None
        field = _join(path, key)
        if not isinstance(value, list):
            self.fail(field, "must be an array")
            return None
        if len(value) < min_items:
            self.fail(field, f"must have at least {min_items} item{'s' if min_items > 1 else ''}")
            return None
        return value

    def item_object(self, value: object, field: str) -> JsonObject | None:
        if not isinstance(value, dict):
            self.fail(field, "must be an object")
            return None
        return value

    def query(
        self,
        values: Sequence[str],
        name: str,
        *,
        required: bool = True,
        one_of: Sequence[str] | None = None,
        max_length: int | None = None,
    ) -> str | None:
        """A query parameter, given as all its values: repeating a parameter is refused, not guessed at."""
        label = f"query parameter {name}"
        if len(values) > 1:
            self.problems.append(Problem(f"{label} must be given once", name))
            return None
        if not values or values[0] == "":
            if required:
                self.problems.append(Problem(f"{label} is required", name))
            return None
        value = values[0]
        if one_of is not None and value not in one_of:
            self.problems.append(Problem(f"{label} must be {' or '.join(one_of)}", name))
            return None
        if max_length is not None and len(value) > max_length:
            self.problems.append(Problem(f"{label} must be at most {max_length} characters", name))
            return None
        return value


def _dialing_strategy(c: Checker, body: JsonObject, *, voice: bool) -> dict[str, object]:
    path = "dialingStrategy"
    strategy = c.obj(body, "dialingStrategy")
    caller_id = c.obj(strategy, "callerId", path)
    phone = c.string(caller_id, "phoneNumber", f"{path}.callerId", min_length=1)
    hours_path = f"{path}.callingHours"
    hours = c.obj(strategy, "callingHours", path)
    frequency = c.string(hours, "frequency", hours_path, one_of=FREQUENCIES)
    timezone = c.string(hours, "timezone", hours_path, min_length=1)
    if timezone is not None and timezone not in known_timezones():
        c.fail(f"{hours_path}.timezone", "must be an IANA time zone name such as Asia/Kolkata")
    days: list[dict[str, object]] = []
    for index, item in enumerate(c.array(hours, "days", hours_path) or []):
        item_path = f"{hours_path}.days[{index}]"
        entry = c.item_object(item, item_path)
        day = c.string(entry, "day", item_path, one_of=CALLING_DAYS)
        times = {
            key: c.string(entry, key, item_path, pattern=CLOCK_TIME, pattern_hint='"h:mm AM" or "h:mm PM" (12-hour)')
            for key in ("start", "end")
        }
        days.append({"day": day, "start": times["start"], "end": times["end"]})
    clean: dict[str, object] = {
        "callerId": {"phoneNumber": phone},
        "callingHours": {"frequency": frequency, "timezone": timezone, "days": days},
    }
    if voice:
        clean["dialingOrder"] = c.string(strategy, "dialingOrder", path, one_of=DIALING_ORDERS)
        clean["maxAttemptsPerRecord"] = c.integer(strategy, "maxAttemptsPerRecord", path, minimum=1, maximum=100)
        clean["defaultRetryPeriod"] = c.integer(strategy, "defaultRetryPeriod", path, minimum=1, maximum=1440)
        clean["maxRingTime"] = c.integer(strategy, "maxRingTime", path, minimum=5, maximum=120)
    return clean


def _contact_list_name(c: Checker, value: object, field: str, known: Collection[str]) -> str | None:
    if not isinstance(value, str) or not value:
        c.fail(field, "must be a non-empty string")
        return None
    if value not in known:
        c.fail(field, "must name an existing contact list")
        return None
    return value


def _common(c: Checker, body: JsonObject, known_lists: Collection[str], campaign_type: str) -> dict[str, object]:
    name = c.string(body, "name", min_length=1, max_length=NAME_MAX_LENGTH, not_blank=True)
    description = c.string(body, "description", max_length=DESCRIPTION_MAX_LENGTH)
    contact_lists = [
        _contact_list_name(c, item, f"contactLists[{index}]", known_lists)
        for index, item in enumerate(c.array(body, "contactLists") or [])
    ]
    priority = c.string(body, "priority", one_of=PRIORITIES)
    c.string(body, "campaignType", one_of=(campaign_type,))
    schedule = c.obj(body, "schedule", required=False)
    scheduling_enabled = c.boolean(schedule, "isSchedulingEnabled", "schedule") if schedule is not None else False
    return {
        "name": name,
        "description": description,
        "contactLists": contact_lists,
        "priority": priority,
        "isSchedulingEnabled": scheduling_enabled,
    }


def validate_voice_campaign(c: Checker, body: JsonObject, known_lists: Collection[str]) -> dict[str, object]:
    clean = _common(c, body, known_lists, "voice")
    dialing_mode = c.string(body, "dialingMode", one_of=DIALING_MODES)
    clean["dialingMode"] = dialing_mode
    # "queue_name ... Required for Progressive dialing."
    queue_name = c.string(body, "queue_name", required=dialing_mode == "Progressive", min_length=1)
    if queue_name is not None:
        clean["queue_name"] = queue_name
    clean["dialingStrategy"] = _dialing_strategy(c, body, voice=True)
    clean["enableMachineDetect"] = c.boolean(body, "enableMachineDetect")
    flow_name = c.string(body, "experienceFlowName", required=False, min_length=1)
    if flow_name is not None:
        clean["experienceFlowName"] = flow_name
    return clean


def validate_sms_campaign(c: Checker, body: JsonObject, known_lists: Collection[str]) -> dict[str, object]:
    clean = _common(c, body, known_lists, "sms")
    clean["format"] = c.string(body, "format", one_of=SMS_FORMATS)
    message = c.obj(body, "message")
    template_name = c.string(message, "template_name", "message", min_length=1)
    text = c.string(message, "message", "message", min_length=1)
    if text is not None:
        try:
            base64.b64decode(text, validate=True)
        except ValueError:  # binascii.Error, or non-ASCII input
            c.fail("message.message", "must be standard Base64 (RFC 4648) with = padding, not URL-encoded")
    clean["message"] = {"template_name": template_name, "message": text}
    dnc = c.obj(body, "dncLists", required=False)
    if dnc is not None:
        dnc_name = c.string(dnc, "name", "dncLists", min_length=1)
        if dnc_name is not None and dnc_name not in known_lists:
            c.fail("dncLists.name", "must name an existing contact list")
        clean["dncListName"] = dnc_name
    clean["dialingStrategy"] = _dialing_strategy(c, body, voice=False)
    return clean


def _schedule_datetime(c: Checker, body: JsonObject, key: str) -> datetime | None:
    text = c.string(body, key, pattern=SCHEDULE_DATETIME, pattern_hint="YYYY-MM-DD HH:mm:ss (zero-padded)")
    if text is None:
        return None
    try:
        # The docs give no zone for these times; the mock reads them as UTC.
        return datetime.strptime(text, SCHEDULE_DATETIME_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        c.fail(key, "must be a real calendar date and time")
        return None


def validate_schedule(c: Checker, body: JsonObject, now: datetime) -> dict[str, object]:
    start = _schedule_datetime(c, body, "startDateTime")
    end = _schedule_datetime(c, body, "endDateTime")
    # "Must be greater than both current time and startDateTime."
    if end is not None and end <= now:
        c.fail("endDateTime", "must be later than the current time")
    if start is not None and end is not None and end <= start:
        c.fail("endDateTime", "must be later than startDateTime")
    path = "recurrenceObject"
    recurrence = c.obj(body, "recurrenceObject")
    recur_type = c.string(recurrence, "recurType", path, one_of=RECUR_TYPES)
    clean_recurrence: dict[str, object] = {"recurType": recur_type}
    if recur_type == "Daily":
        daily = c.obj(recurrence, "dailyDetails", path)
        every = c.integer(daily, "onceEveryNdays", f"{path}.dailyDetails", minimum=1)
        clean_recurrence["dailyDetails"] = {"onceEveryNdays": every}
    elif recur_type == "Weekly":
        # The weekly page's table says dailyDetails; its sample's weeklyDetails wins (project decision).
        weekly_path = f"{path}.weeklyDetails"
        weekly = c.obj(recurrence, "weeklyDetails", path)
        every = c.integer(weekly, "onceEveryNweeks", weekly_path, minimum=1)
        days: list[str] = []
        for index, day in enumerate(c.array(weekly, "whichDays", weekly_path) or []):
            field = f"{weekly_path}.whichDays[{index}]"
            if not isinstance(day, str) or day not in WEEK_DAYS:
                c.fail(field, f"must be one of: {_choices(WEEK_DAYS)}")
            elif day in days:
                c.fail(field, "repeats an earlier day")
            else:
                days.append(day)
        clean_recurrence["weeklyDetails"] = {"onceEveryNweeks": every, "whichDays": days}
    return {
        "startDateTime": start.strftime(SCHEDULE_DATETIME_FORMAT) if start else None,
        "endDateTime": end.strftime(SCHEDULE_DATETIME_FORMAT) if end else None,
        "recurrenceObject": clean_recurrence,
    }
