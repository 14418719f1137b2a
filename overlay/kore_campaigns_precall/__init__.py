"""What the campaign service does with a pre-call fetch answer: one pure function, ``decide``.

Before each dial the service POSTs the contact to the campaign's pre-call fetch URL (webhook
``preCallContactFetch`` in openapi.yaml) and dials only on a ``200`` whose
``contactHandling.handle`` is ``CALL``. ``decide`` takes what came back — the status, headers and
body, or a timeout or connection error — and returns the service's ``Decision``: ``CALL``, or
``SKIP`` with the reason, plus the returned fields that collide with the contact's own.

Two callers must agree, so both call this: ``kore-campaigns webhooks trigger`` (through
``kore_campaigns.webhooks``) and the mock's dialler (``kore_campaigns_mock.simulation``). The
module is a package of its own (not part of ``kore_campaigns``) and imports only the standard
library, at load and later: the mock imports nothing of the client, and receivers and the mock
pay nothing for it. ``tests/test_webhooks.py`` checks both, and checks the rules below
against the spec's ``PreCallFetchResponse``.

Where the docs are silent (read in the spec's ``x-docs-decision`` and the page's table): the
status must be exactly ``200``; the body must be UTF-8 JSON (no NaN, no repeated keys, whose
winner parsers disagree on) holding an object; every field the spec types must have that type
(``handle`` one of ``CALL``/``SKIP``, case included). Anything else skips the contact.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

from ._personal import fields_repr, value_repr

if TYPE_CHECKING:
    from kore_campaigns_client.models.pre_call_handle import PreCallHandle

# PreCallHandle's values in the spec (tests compare them with openapi.yaml).
HANDLES: tuple[PreCallHandle, ...] = ("CALL", "SKIP")
# The docs give no timeout; the trigger command's default, the same as the mock's own setting.
DEFAULT_TIMEOUT = 5.0
# PreCallFetchResponse's typed fields, by path: what a conforming answer holds (tests read openapi.yaml).
ANSWER_FIELD_TYPES: Mapping[tuple[str, ...], str] = MappingProxyType(
    {
        ("contactHandling",): "object",
        ("contactHandling", "handle"): "string",
        ("contactHandling", "reason"): "string",
        ("detailedContactData",): "object",
        ("detailedContactData", "lastPaymentStatus"): "string",
        ("detailedContactData", "preferredLanguage"): "string",
        ("detailedContactData", "riskScore"): "string",
    }
)
ANSWER_REQUIRED: frozenset[tuple[str, ...]] = frozenset({("contactHandling",), ("contactHandling", "handle")})
HANDLING = "contactHandling"
DETAILS = "detailedContactData"

# Why the service decided as it did. "answer": the receiver's own CALL or SKIP; every other cause is an
# error that skips the contact.
Cause = Literal["answer", "status", "timeout", "connection", "malformedJson", "missingHandle", "fieldMismatch"]
_JSON_TYPES = {dict: "object", list: "array", str: "string", int: "integer", float: "number", bool: "boolean"}


@dataclass(frozen=True)
class Answer:
    """The receiver answered: its status, headers and body bytes, and how long it took (seconds).

    The repr shows the header names; the body (partner data) and the header values only when values are
    shown (``KORE_SHOW_VALUES=1``).
    """

    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    latency: float | None = None

    def __repr__(self) -> str:
        return (
            f"Answer(status={self.status!r}, headers={fields_repr(self.headers)}, body={value_repr(self.body)}, "
            f"latency={self.latency!r})"
        )


@dataclass(frozen=True)
class NoAnswer:
    """No answer: ``timeout`` (none within ``timeout`` seconds) or ``connection`` (refused, reset, bad TLS...).

    ``detail`` names the error (its class, e.g. ``ReadTimeout``), never a URL or a header.
    """

    kind: Literal["timeout", "connection"]
    detail: str = ""
    latency: float | None = None
    timeout: float | None = None


Received = Answer | NoAnswer


@dataclass(frozen=True)
class Decision:
    """What the service does with one answer.

    ``fields`` are the data the answer returns for the bot (``detailedContactData``'s members and any
    top-level member besides ``contactHandling``); ``collisions`` those whose name the contact record
    already has (the record's value wins). ``warnings`` note what did not change the decision. The
    repr masks the values of ``fields`` (partner data about the contact) unless values are shown.
    """

    handle: PreCallHandle
    cause: Cause
    reason: str
    status: int | None = None
    latency: float | None = None
    fields: Mapping[str, Any] = field(default_factory=dict)
    collisions: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return (
            f"Decision(handle={self.handle!r}, cause={self.cause!r}, reason={self.reason!r}, status={self.status!r}, "
            f"latency={self.latency!r}, fields={fields_repr(self.fields)}, collisions={self.collisions!r}, "
            f"warnings={self.warnings!r})"
        )

    @property
    def call(self) -> bool:
        return self.handle == "CALL"

    @property
    def error(self) -> bool:
        """True when the service skips for an error rather than for the receiver's own SKIP."""
        return self.cause != "answer"

    def bot_context(self, contact: Mapping[str, Any]) -> dict[str, Any]:
        """What the bot receives when the call proceeds: the returned fields, then the contact's (which win)."""
        return {**self.fields, **contact}


class _RepeatedKey(ValueError):
    pass


def _no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise _RepeatedKey(key)
        seen[key] = value
    return seen


def _not_json_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def read_json(body: bytes) -> Any:
    """The body as JSON, strictly (UTF-8, no NaN/Infinity, no repeated keys); ValueError says where it broke."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"the body is not UTF-8 (byte {error.start})") from None
    if not text.strip():
        raise ValueError("the body is empty")
    try:
        return json.loads(text, object_pairs_hook=_no_repeats, parse_constant=_not_json_constant)
    except _RepeatedKey as error:
        raise ValueError(f"the body repeats the key {str(error)[:40]!r} (parsers disagree which one counts)") from None
    except json.JSONDecodeError as error:
        raise ValueError(f"the body is not JSON: {error.msg} at line {error.lineno} column {error.colno}") from None


def type_name(value: Any) -> str:
    return "null" if value is None else _JSON_TYPES.get(type(value), type(value).__name__)


def a_type(value: Any) -> str:
    """The JSON type of ``value`` with its article ("an integer", "a string", "null"), for messages."""
    name = type_name(value)
    return name if name == "null" else f"{'an' if name[0] in 'aeiou' else 'a'} {name}"


def answer_problems(document: Any) -> list[tuple[tuple[str, ...], str]]:
    """Where a parsed answer breaks PreCallFetchResponse: (path, rule) pairs, empty when it conforms.

    The rules name types, never values (an answer carries partner data), except a wrong ``handle``.
    """
    if not isinstance(document, dict):
        return [((), f"must be a JSON object; got {a_type(document)}")]
    problems: list[tuple[tuple[str, ...], str]] = []
    for path, expected in ANSWER_FIELD_TYPES.items():
        parent: Any = document
        for key in path[:-1]:
            parent = parent.get(key) if isinstance(parent, dict) else None
        if not isinstance(parent, dict):
            continue  # its parent is absent or wrong, which is reported on its own
        if path[-1] not in parent:
            if path in ANSWER_REQUIRED:
                problems.append((path, "is required"))
            continue
        value = parent[path[-1]]
        if type_name(value) != expected:
            article = "an" if expected[0] in "aeiou" else "a"
            problems.append((path, f"must be {article} {expected}; got {a_type(value)}"))
        elif path == (HANDLING, "handle") and value not in HANDLES:
            shown = value if len(value) <= 20 else value[:17] + "..."
            hint = " (case matters)" if value.upper() in HANDLES else ""
            problems.append((path, f"must be one of {', '.join(HANDLES)}; got {shown!r}{hint}"))
    return problems


def returned_fields(document: Any) -> dict[str, Any]:
    """The data an answer returns for the bot: detailedContactData's members and the other top-level members."""
    if not isinstance(document, dict):
        return {}
    fields = {key: value for key, value in document.items() if key not in (HANDLING, DETAILS)}
    details = document.get(DETAILS)
    if isinstance(details, dict):
        fields.update(details)
    return fields


def _collisions(fields: Mapping[str, Any], contact_fields: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    names = set(contact_fields)
    collisions = tuple(sorted(name for name in fields if name in names))
    by_case = {name.casefold(): name for name in names}
    warnings = tuple(
        f"returned field {name!r} differs only in case from the contact field {by_case[name.casefold()]!r}: "
        "both reach the bot"
        for name in sorted(fields)
        if name not in names and name.casefold() in by_case
    )
    return collisions, warnings


def _path(path: tuple[str, ...]) -> str:
    return ".".join(path) or "(the body)"


def decide(received: Received, contact_fields: Iterable[str] = ()) -> Decision:
    """The service's decision on one pre-call fetch answer (``contact_fields``: the contact record's field names)."""
    if isinstance(received, NoAnswer):
        if received.kind == "timeout":
            limit = f" within {received.timeout:g} s" if received.timeout is not None else ""
            detail = f" ({received.detail})" if received.detail else ""
            reason = f"pre-call fetch failed: no answer{limit}{detail}"
        else:
            reason = f"pre-call fetch failed: {received.detail or 'no connection'}"
        return Decision("SKIP", received.kind, reason, latency=received.latency)
    status, latency = received.status, received.latency
    if status != 200:
        return Decision("SKIP", "status", f"pre-call fetch answered HTTP {status}", status, latency)
    try:
        document = read_json(received.body)
    except ValueError as error:
        return Decision("SKIP", "malformedJson", f"pre-call fetch answer is malformed: {error}", status, latency)
    fields = returned_fields(document)
    collisions, warnings = _collisions(fields, contact_fields)
    content_type = next((value for name, value in received.headers.items() if name.lower() == "content-type"), "")
    if content_type.split(";")[0].strip().lower() != "application/json":
        warnings += (f"Content-Type is {content_type.split(';')[0].strip() or 'missing'}, not application/json",)
    frozen = MappingProxyType(fields)
    problems = answer_problems(document)
    if problems:
        text = "; ".join(f"{_path(path)} {rule}" for path, rule in problems)
        # No contactHandling at all is a missing handle too.
        missing = any(path in ANSWER_REQUIRED and rule == "is required" for path, rule in problems)
        cause: Cause = "missingHandle" if missing else "fieldMismatch"
        reason = f"pre-call fetch answer does not match the spec: {text}"
        return Decision("SKIP", cause, reason, status, latency, frozen, collisions, warnings)
    handling = document[HANDLING]
    handle: PreCallHandle = handling["handle"]
    given = handling.get("reason")
    reason = given if isinstance(given, str) and given else f"pre-call fetch answered {handle}"
    return Decision(handle, "answer", reason, status, latency, frozen, collisions, warnings)
