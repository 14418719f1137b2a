"""Lenient reading of answers (issue 21), called by the generated models' `from_dict` and endpoint modules.

A value that fits the spec is built as the stock generated code builds it; one that does not (missing,
null, another JSON type, an unknown enum value, an unreadable date) is kept as sent and noted on the
model being read (`note_deviation`); `finish_reading` then logs it once or, in strict mode, raises.
Outside a response (a caller building a request body with `Model.from_dict`), the same notes raise
`FieldError`, as the stock client refused such a body.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple, cast

from .errors import FieldError, KoreResponseError
from .sentinel import UNSET, Unset
from .switches import is_strict, shows_values

# One note on a model: (JSON key, kind, what the spec says, the value kept).
Note = tuple[str, str, str, Any]


class Deviation(NamedTuple):
    """One place where a response differs from the spec; the value was kept as the service sent it.

    ``kind`` is one of ``"missing"`` (a required field left out: the attribute is ``UNSET``),
    ``"null"``, ``"type"`` (another JSON type, such as a number for a string), ``"unknown enum value"``
    or ``"format"`` (a string the declared format cannot read, such as a date-time).
    """

    path: str
    kind: str
    expected: str
    value: Any

    def describe(self, show_values: bool) -> str:
        """`path: the spec says ...; got <kind of value> (kind)`; the value itself only if `show_values`."""
        got = describe_value(self.value, show_values)
        return f"{self.path}: the spec says {self.expected}; got {got} ({self.kind})"

    def __str__(self) -> str:
        return self.describe(shows_values())

    def __repr__(self) -> str:
        # Deviations end up in logs (a list of them, printed): the value only when values are shown.
        value = repr(self.value) if shows_values() else f"<{describe_value(self.value, False)}>"
        return f"Deviation(path={self.path!r}, kind={self.kind!r}, expected={self.expected!r}, value={value})"


_LOGGER = logging.getLogger("kore_campaigns_client.responses")
# (operation, field path with list indexes as [], kind): each logged once per process.
_LOGGED: set[tuple[str, str, str]] = set()
_INDEX = re.compile(r"\[\d+\]")
_JSON_TYPES: dict[type, str] = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    dict: "object",
    list: "array",
}


class _ReadState(threading.local):
    # How many deviations this thread has noted: a response whose parse leaves it unchanged has none,
    # so the conforming case never walks the parsed tree.
    count = 0
    # Above 0 while a response is read. Outside (a caller building a request body with
    # Model.from_dict), a field that breaks the spec raises FieldError as the stock client did.
    reading = 0
    # Above 0 while a union member is tried: a deviation then means "not this member".
    trial = 0


_STATE = _ReadState()


class _NotThisMember(TypeError):
    pass


# What a value is, said without the value (answers carry phone numbers, names and contact fields).
_KINDS_OF_VALUE: dict[type, str] = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    dict: "an object",
    list: "an array",
}


def describe_value(value: Any, show_values: bool) -> str:
    """For messages: the value (its repr, cut to 80 characters) if `show_values`, else only what kind it is."""
    if value is UNSET:
        return "nothing (the field is absent)"
    if value is None:
        return "null"
    if isinstance(value, bytes):  # a whole body that could not be read
        return f"{len(value)} bytes" + (f": {value[:60]!r}" if show_values and value else "")
    if not show_values:
        return _KINDS_OF_VALUE.get(value.__class__) or f"a {value.__class__.__name__}"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def note_deviation(notes: list[Note] | None, key: str, value: Any, expected_type: str, expected: str) -> list[Note]:
    """Record, on the model being read, that `key` holds `value` where the spec says `expected`."""
    if _STATE.trial:
        raise _NotThisMember(key)
    if value is UNSET:
        kind = "missing"
    elif value is None:
        kind = "null"
    else:
        sent = _JSON_TYPES.get(value.__class__, "other")
        same = sent == expected_type or (expected_type == "number" and sent == "integer")
        kind = "type" if not same else ("unknown enum value" if expected.startswith("one of") else "format")
    if not _STATE.reading:
        inner = sys.exc_info()[1]
        if isinstance(inner, FieldError):  # raised by a model inside this one: name the whole path
            path = key + inner.path if inner.path.startswith("[") else f"{key}.{inner.path}"
            raise FieldError(path, inner.kind, inner.expected, inner.value) from None
        raise FieldError(key, kind, expected, value) from None
    _STATE.count += 1
    if notes is None:
        notes = []
    notes.append((key, kind, expected, value))
    return notes


def note_items(
    notes: list[Note] | None, key: str, items: list[Any], cls: type, expected_type: str, expected: str
) -> list[Note] | None:
    """A list of scalars held an item of another type: note each such item as `key[i]`."""
    for index, item in enumerate(items):
        if item.__class__ is not cls:
            notes = note_deviation(notes, f"{key}[{index}]", item, expected_type, expected)
    return notes


class union_trial:  # a class used like a function: `with union_trial():`
    """Inside it, reading a model raises instead of noting a deviation: a union member must fit exactly."""

    def __enter__(self) -> None:
        _STATE.trial += 1

    def __exit__(self, *exc_info: object) -> None:
        _STATE.trial -= 1


def _walk(value: Any, path: str, found: list[Deviation]) -> None:
    if value.__class__ is list:
        for index, item in enumerate(value):
            _walk(item, f"{path}[{index}]", found)
        return
    keys: dict[str, str] | None = getattr(value.__class__, "_json_keys", None)
    if keys is None:
        return
    prefix = f"{path}." if path else ""
    for key, kind, expected, got in getattr(value, "_deviations", None) or ():
        found.append(Deviation(prefix + key, kind, expected, got))
    for name, key in keys.items():
        _walk(getattr(value, name), prefix + key, found)


def deviations(parsed: Any) -> tuple[Deviation, ...]:
    """Every place where a parsed response model (and the models in it) differs from the spec.

    Empty when the answer matched. Paths use the JSON names, e.g. ``data.status`` or ``data[3].priority``.
    """
    found: list[Deviation] = []
    _walk(parsed, "", found)
    return tuple(found)


def start_reading() -> int:
    """Called before a response is parsed; returns the mark that finish_reading compares against."""
    _STATE.reading += 1
    return _STATE.count


def stop_reading() -> None:
    _STATE.reading -= 1


@contextmanager
def lenient_reading() -> Iterator[None]:
    """Read with Model.from_dict as responses are read (for stored or forwarded answers): values kept,
    deviations noted."""
    start_reading()
    try:
        yield
    finally:
        stop_reading()


def finish_reading(
    operation: str, client: object, parsed: Any, mark: int, *, report: bool = True
) -> tuple[Deviation, ...]:
    """After a response is parsed: its deviations, each logged once per (operation, field, kind), or
    KoreResponseError in strict mode. With `report` False (an error answer, whose status error tells
    what came) they are only returned.

    The log line names the field path, what the spec says and the kind of value, never the value
    unless the client's `show_values` (or KORE_SHOW_VALUES=1) asks for it.
    """
    if _STATE.count == mark:
        return ()
    found = deviations(parsed)
    if not found or not report:
        return found
    show = shows_values(client)
    if is_strict(client):
        # A client may name a subclass to raise (the overlay's is also one of its KoreErrors).
        error_class: type[KoreResponseError] = getattr(client, "response_error_class", KoreResponseError)
        raise error_class(operation, found, show)
    for deviation in found:
        log_once(operation, deviation, show)
    return found


def log_once(operation: str, deviation: Deviation, show_values: bool) -> None:
    """Log a deviation unless this (operation, field path with [] for indexes, kind) was logged before."""
    key = (operation, _INDEX.sub("[]", deviation.path), deviation.kind)
    if key not in _LOGGED:
        _LOGGED.add(key)
        _LOGGER.warning(
            "%s: response field %s (kept as sent; strict mode would raise)", operation, deviation.describe(show_values)
        )


def forget_logged() -> None:
    """Log every deviation again as if for the first time in this process (for tests and long-lived workers)."""
    _LOGGED.clear()


def first_present(model: Any, keys: tuple[tuple[str | None, str], ...]) -> str | Unset:
    """The first of several alternative fields that is set: (attribute name or None, JSON key) pairs."""
    for name, key in keys:
        value = getattr(model, name) if name is not None else model.additional_properties.get(key, UNSET)
        if value is not UNSET and value is not None:
            return cast(str, value)
    return UNSET
