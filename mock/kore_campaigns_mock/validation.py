"""Request validation: every rule of the docs, reporting all violations of a request at once."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any, Literal
from zoneinfo import available_timezones

from .errors import ApiError, Problem

# "start ("9:00 AM"), end ("6:00 PM")"; the response table calls it "hh:mm AM/PM".
CLOCK_TIME = re.compile(r"(1[0-2]|0?[1-9]):[0-5][0-9] (AM|PM)")
# "YYYY-MM-DD HH:mm:ss", zero-padded; [0-9] because \d also matches non-ASCII digits.
SCHEDULE_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}")
SCHEDULE_DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S"
# ISO 8601 date-time with a zone, as the docs write them: "2025-12-01T00:00:00.000Z", "2026-06-18T17:55:00Z".
ISO_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+-][0-9]{2}:[0-9]{2})"
)
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
    """Collects the problems of one request: query parameters here, body fields through `validate`."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fail(self, field: str | None, rule: str) -> None:
        self.problems.append(Problem(f"{field} {rule}" if field else rule, field))

    def raise_if_any(self) -> None:
        if self.problems:
            raise ApiError(400, self.problems)

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
        # An empty value is a missing one, except where the parameter has a closed set of values: `trigger=` is
        # then a wrong value (refused), not the absence of one (which a default would fill in).
        if not values or (values[0] == "" and one_of is None):
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


# ---- declarative field rules ---------------------------------------------------------------------
# A resource module lists its body fields as Rule rows (path, type, limits, source); `validate` walks them.
# Paths are dotted; "[]" stands for every item of an array ("dialingStrategy.callingHours.days[].day").
# A row is checked only once its parent has passed its own row, so one mistake gives one problem.


@dataclass(frozen=True)
class If:
    """A condition on an earlier, already validated field: its value is one of `values`."""

    path: str
    values: tuple[object, ...]

    def __init__(self, path: str, *values: object) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "values", values)


@dataclass(frozen=True)
class Rule:
    path: str
    kind: Literal["string", "integer", "boolean", "object", "array"]
    required: bool | If = True
    # The row applies only when this holds; otherwise the field is ignored (neither checked nor kept).
    when: If | None = None
    one_of: tuple[str, ...] | None = None
    min_length: int = 0
    max_length: int | None = None
    not_blank: bool = False
    minimum: int | None = None
    maximum: int | None = None
    min_items: int = 1
    # On an item row ("x[]"): no item may repeat an earlier one.
    unique: bool = False
    # A named check for strings (see FORMATS); "" for none.
    format: str = ""
    # "Can be a number or an empty string" (get-all-campaigns paging): "" counts as left out.
    blank_is_absent: bool = False


def _is_iana_zone(value: str, context: Mapping[str, object]) -> str | None:
    return None if value in known_timezones() else "must be an IANA time zone name such as Asia/Kolkata"


def _is_clock_time(value: str, context: Mapping[str, object]) -> str | None:
    return None if CLOCK_TIME.fullmatch(value) else 'must match "h:mm AM" or "h:mm PM" (12-hour)'


def _is_base64(value: str, context: Mapping[str, object]) -> str | None:
    try:
        base64.b64decode(value, validate=True)
    except ValueError:  # binascii.Error, or non-ASCII input
        return "must be standard Base64 (RFC 4648) with = padding, not URL-encoded"
    return None


def _is_contact_list(value: str, context: Mapping[str, object]) -> str | None:
    known = context.get("contact_lists", ())
    assert isinstance(known, Container)
    return None if value in known else "must name an existing contact list"


def _is_schedule_datetime(value: str, context: Mapping[str, object]) -> str | None:
    if not SCHEDULE_DATETIME.fullmatch(value):
        return "must match YYYY-MM-DD HH:mm:ss (zero-padded)"
    try:
        datetime.strptime(value, SCHEDULE_DATETIME_FORMAT)
    except ValueError:
        return "must be a real calendar date and time"
    return None


def parse_iso_datetime(value: str) -> datetime | None:
    """An ISO 8601 date-time with a zone ("2026-06-18T17:55:00Z", "...T17:55:00.000+05:30"), else None."""
    if not ISO_DATETIME.fullmatch(value):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _is_iso_datetime(value: str, context: Mapping[str, object]) -> str | None:
    if parse_iso_datetime(value) is None:
        return "must be an ISO 8601 date-time with a time zone, such as 2025-12-01T00:00:00.000Z"
    return None


# Add-contacts sample: "+15101234567" / "9122333445566"; digits with an optional +, E.164's 15 at most.
PHONE_NUMBER = re.compile(r"\+?[0-9]{7,15}")


def _is_phone_number(value: str, context: Mapping[str, object]) -> str | None:
    return None if PHONE_NUMBER.fullmatch(value) else "must be digits with an optional leading +, 7 to 15 digits"


FORMATS: dict[str, Callable[[str, Mapping[str, object]], str | None]] = {
    "phone-number": _is_phone_number,
    "iana-zone": _is_iana_zone,
    "clock-time": _is_clock_time,
    "base64": _is_base64,
    "contact-list": _is_contact_list,
    "schedule-datetime": _is_schedule_datetime,
    "iso-datetime": _is_iso_datetime,
}

_ABSENT = object()


def _lookup(document: object, path: str) -> object:
    for key in path.split("."):
        if not isinstance(document, dict) or key not in document:
            return _ABSENT
        document = document[key]
    return document


def _holds(condition: If, clean: object) -> bool:
    return _lookup(clean, condition.path) in condition.values


def _check_string(c: Checker, field: str, value: object, rule: Rule, context: Mapping[str, object]) -> object:
    if not isinstance(value, str):
        c.fail(field, f"must be a string{f', one of: {_choices(rule.one_of)}' if rule.one_of else ''}")
        return _ABSENT
    if rule.one_of is not None:
        if value not in rule.one_of:
            c.fail(field, f"must be one of: {_choices(rule.one_of)}")
            return _ABSENT
        return value
    if len(value) < rule.min_length:
        short = "must not be empty" if rule.min_length == 1 else f"must have at least {rule.min_length} characters"
        c.fail(field, short)
        return _ABSENT
    if rule.max_length is not None and len(value) > rule.max_length:
        c.fail(field, f"must be at most {rule.max_length} characters")
        return _ABSENT
    if rule.not_blank and not NOT_BLANK.search(value):
        c.fail(field, "must contain a non-whitespace character")
        return _ABSENT
    if rule.format:
        problem = FORMATS[rule.format](value, context)
        if problem is not None:
            c.fail(field, problem)
            return _ABSENT
    return value


def _check_integer(c: Checker, field: str, value: object, rule: Rule) -> object:
    minimum = rule.minimum if rule.minimum is not None else 0
    text = f"must be an integer >= {minimum}"
    if rule.maximum is not None:
        text = f"must be an integer between {minimum} and {rule.maximum}"
    # JSON has one number type: 30.0 is the integer 30 (as JSON Schema's "integer" says).
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    # bool is an int subclass in Python, but true/false is not a number in JSON.
    if isinstance(value, bool) or not isinstance(value, int):
        c.fail(field, text)
        return _ABSENT
    if value < minimum or (rule.maximum is not None and value > rule.maximum):
        c.fail(field, text)
        return _ABSENT
    return value


def _check(c: Checker, field: str, value: object, rule: Rule, context: Mapping[str, object]) -> object:
    """The clean value (containers start empty, their rows fill them), or _ABSENT after a failure."""
    if rule.kind == "string":
        return _check_string(c, field, value, rule, context)
    if rule.kind == "integer":
        return _check_integer(c, field, value, rule)
    if rule.kind == "boolean":
        if not isinstance(value, bool):
            c.fail(field, "must be a boolean (true or false)")
            return _ABSENT
        return value
    if rule.kind == "object":
        if not isinstance(value, dict):
            c.fail(field, "must be an object")
            return _ABSENT
        return {}
    if not isinstance(value, list):
        c.fail(field, "must be an array")
        return _ABSENT
    if len(value) < rule.min_items:
        c.fail(field, f"must have at least {rule.min_items} item{'s' if rule.min_items > 1 else ''}")
        return _ABSENT
    return [_ABSENT] * len(value)


def _parents(raw: object, clean: object, root_name: str, segments: list[str]) -> list[tuple[object, object, str]]:
    """(raw container, clean container, field prefix) for every place the parent segments reach."""
    places: list[tuple[object, object, str]] = [(raw, clean, root_name)]
    for segment in segments:
        reached: list[tuple[object, object, str]] = []
        for raw_parent, clean_parent, prefix in places:
            if segment == "[]":
                if isinstance(raw_parent, list) and isinstance(clean_parent, list):
                    reached += [
                        (item, clean_item, f"{prefix}[{index}]")
                        for index, (item, clean_item) in enumerate(zip(raw_parent, clean_parent, strict=True))
                        if clean_item is not _ABSENT
                    ]
            elif isinstance(raw_parent, dict) and isinstance(clean_parent, dict) and segment in clean_parent:
                reached.append((raw_parent[segment], clean_parent[segment], _join(prefix, segment)))
        places = reached
    return places


def _segments(path: str) -> list[str]:
    return [part for part in re.split(r"\.|(\[\])", path) if part]


def validate(
    c: Checker, body: object, rules: Sequence[Rule], context: Mapping[str, object] | None = None
) -> dict[str, Any]:
    """Check `body` against `rules`; returns the documented fields only, in the rows' order."""
    clean: dict[str, Any] = {}
    root: object = clean if isinstance(body, dict) else [_ABSENT] * len(body) if isinstance(body, list) else None
    # Items of a top-level array are named body[0], body[1], ...
    root_name = "body" if isinstance(body, list) else ""
    for rule in rules:
        if rule.when is not None and not _holds(rule.when, clean):
            continue
        required = _holds(rule.required, clean) if isinstance(rule.required, If) else rule.required
        *parent_path, last = _segments(rule.path)
        for raw_parent, clean_parent, prefix in _parents(body, root, root_name, parent_path):
            if last == "[]":
                assert isinstance(raw_parent, list) and isinstance(clean_parent, list)
                for index, item in enumerate(raw_parent):
                    clean_parent[index] = _check(c, f"{prefix}[{index}]", item, rule, context or {})
                if rule.unique:
                    seen: list[object] = []
                    for index, item in enumerate(clean_parent):
                        if item is not _ABSENT and item in seen:
                            c.fail(f"{prefix}[{index}]", "repeats an earlier item")
                        seen.append(item)
                continue
            assert isinstance(raw_parent, dict) and isinstance(clean_parent, dict)
            field = _join(prefix, last)
            value = raw_parent.get(last)
            if rule.blank_is_absent and value == "":
                value = None
            if value is None:
                if required:
                    c.fail(field, "is required")
                elif last in raw_parent and raw_parent[last] is None:
                    # No documented field is nullable; an optional field is left out, never sent as null.
                    c.fail(field, "must not be null (leave the field out instead)")
                continue
            checked = _check(c, field, value, rule, context or {})
            if checked is not _ABSENT:
                clean_parent[last] = checked
    if isinstance(root, list):
        return {"items": [item for item in root if item is not _ABSENT]}
    return clean
