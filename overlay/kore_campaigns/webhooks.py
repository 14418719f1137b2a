"""Receive the pre-call fetch: the webhook Kore.ai's campaign service calls before each dial.

A receiver reads the request with :func:`parse_request`, answers with :func:`call` or :func:`skip`
(answers that cannot break the spec), and may check the campaign's configured header with
:func:`header_matches` (constant time). :func:`asgi_app` and :func:`wsgi_app` turn a handler
``(PreCallRequest) -> PreCallAnswer`` into an app to mount in Starlette/FastAPI or Flask, or to
serve alone; they are plain ASGI/WSGI callables, so no web framework is a dependency.

:func:`decide` (from :mod:`kore_campaigns_precall`, shared with the mock) says what the
service does with an answer; :func:`send` posts a request and returns what came back, for it.
``kore-campaigns webhooks trigger URL`` does both from the command line.

Only the standard library is imported here (``send`` and the async adapter import httpx and anyio
when called): a receiver starts fast, and ``import kore_campaigns`` stays cheap.
"""

from __future__ import annotations

import hmac
import inspect
import json
import logging
import re
import secrets
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from kore_campaigns_precall import (
    ANSWER_FIELD_TYPES,
    DEFAULT_TIMEOUT,
    DETAILS,
    HANDLES,
    HANDLING,
    Answer,
    Decision,
    NoAnswer,
    Received,
    a_type,
    decide,
    type_name,
)
from kore_campaigns_precall._personal import fields_repr

if TYPE_CHECKING:
    from kore_campaigns_client.models.pre_call_fetch_request import PreCallFetchRequest
    from kore_campaigns_client.models.pre_call_fetch_response import PreCallFetchResponse
    from kore_campaigns_client.models.pre_call_handle import PreCallHandle

__all__ = [
    "DEFAULT_TIMEOUT",
    "EXAMPLE_REQUEST",
    "HANDLES",
    "MAX_BODY_BYTES",
    "Answer",
    "AsgiApp",
    "Decision",
    "HttpReply",
    "NoAnswer",
    "PreCallAnswer",
    "PreCallRequest",
    "PreCallRequestError",
    "Received",
    "WsgiApp",
    "asgi_app",
    "build_request",
    "call",
    "decide",
    "header_matches",
    "headers_match",
    "parse_request",
    "respond",
    "respond_async",
    "send",
    "skip",
    "wsgi_app",
]

_log = logging.getLogger("kore_campaigns.webhooks")

# The spec's example request (components.examples.PreCallFetchContact; tests compare the two).
EXAMPLE_REQUEST: Mapping[str, Any] = MappingProxyType(
    {
        "CampaignName": "Q3 Renewal Outreach",
        "CampaignId": "c-3f1a9b2e-7d44-4********a2b3c4d5e6f",
        "DialingId": "D-0****2913",
        "contactData": {
            "firstName": "Asha",
            "lastName": "Rao",
            "phoneNumber": "+91XXXXXXXXXX",
            "accountId": "ACC****213",
            "planType": "Premium",
        },
    }
)
# A pre-call request is one contact: far below this. Larger bodies are refused (413) before parsing.
MAX_BODY_BYTES = 1 << 20
_REQUEST_KEYS = {"campaignname": "CampaignName", "campaignid": "CampaignId", "dialingid": "DialingId"}
_CONTACT_KEY = "contactData"
_CONTACT_FOLDED = "contactdata"
# The page's request table lists these beside contactData; its sample nests them inside (the spec's reading).
_CONTACT_FIELDS = {"firstname": "firstName", "lastname": "lastName", "phonenumber": "phoneNumber"}
_CONTACT_FIELDS |= {"accountid": "accountId", "plantype": "planType"}
_JSON_HEADERS = (("content-type", "application/json"),)


def _folded(name: str) -> str:
    # CampaignName, campaignName, campaign_name and campaign-name are one field to a lenient reader.
    return re.sub(r"[-_\s]", "", name).casefold()


class PreCallRequestError(ValueError):
    """A body that cannot be read as a pre-call request at all (not JSON, not an object). Names what, never values.

    A ValueError rather than a KoreError: this module stays free of the client's imports.
    """


# --- reading the request -------------------------------------------------------------------------------


@dataclass(frozen=True, repr=False)
class PreCallRequest:
    """A pre-call fetch request, read leniently: ``problems`` lists where it differed from the spec.

    ``contact`` holds every field of the contact record by its own name (``contactData``), e.g.
    ``request.contact.get("phoneNumber")``; ``extra`` the top-level fields the spec does not name. Its
    repr shows the campaign, the ids and the field names; the values of ``contact`` and ``extra`` are
    personal data, masked unless values are shown (``KORE_SHOW_VALUES=1``).
    """

    campaign_name: str
    campaign_id: str
    dialing_id: str
    contact: Mapping[str, Any]
    extra: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    problems: tuple[str, ...] = ()

    def __repr__(self) -> str:
        # As the spec's PreCallFetchRequest marks it (x-personal-data): all but the campaign and the ids.
        return (
            f"PreCallRequest(campaign_name={self.campaign_name!r}, campaign_id={self.campaign_id!r}, "
            f"dialing_id={self.dialing_id!r}, contact={fields_repr(self.contact)}, extra={fields_repr(self.extra)}, "
            f"problems={self.problems!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        """The request as the spec names its fields (the other top-level fields kept)."""
        return {
            **self.extra,
            "CampaignName": self.campaign_name,
            "CampaignId": self.campaign_id,
            "DialingId": self.dialing_id,
            _CONTACT_KEY: dict(self.contact),
        }

    def to_model(self) -> PreCallFetchRequest:
        """The generated ``PreCallFetchRequest`` (typed contact fields; imports the generated package)."""
        from kore_campaigns_client.models.pre_call_fetch_request import PreCallFetchRequest
        from kore_campaigns_client.types import lenient_reading

        with lenient_reading():  # keep values as sent, as answers are read
            return PreCallFetchRequest.from_dict(self.to_dict())


def _repair_json(text: str) -> str:
    """The docs' sample answer's slips, mended outside strings: trailing commas, missing commas between members."""
    out: list[str] = []
    in_string = escaped = False
    last = ""  # the last character emitted outside whitespace, outside a string's inside
    last_at = -1
    for char in text:
        if in_string:
            out.append(char)
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string, last, last_at = False, '"', len(out) - 1
            continue
        if char.isspace():
            out.append(char)
            continue
        if char in "}]" and last == ",":
            del out[last_at]
        elif char in '"{[' and last and (last in '"}]' or last.isalnum()):
            out.append(",")
        out.append(char)
        last, last_at = char, len(out) - 1
        in_string = char == '"'
    return "".join(out)


def _load(body: bytes | str) -> tuple[Any, list[str]]:
    problems: list[str] = []
    if isinstance(body, bytes):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as error:
            text = body.decode("utf-8", errors="replace")
            problems.append(f"(the body): not UTF-8 (byte {error.start}); undecodable bytes read as U+FFFD")
    else:
        text = body
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise PreCallRequestError("the request body is empty")
    try:
        return json.loads(text), problems
    except json.JSONDecodeError as error:
        where = f"{error.msg} at line {error.lineno} column {error.colno}"
    try:
        document = json.loads(_repair_json(text))
    except json.JSONDecodeError:
        raise PreCallRequestError(f"the request body is not JSON: {where}") from None
    return document, [*problems, f"(the body): not valid JSON ({where}); read after mending its commas"]


def parse_request(body: bytes | str | Mapping[str, Any]) -> PreCallRequest:
    """Read a pre-call request: JSON bytes or text (a missing or trailing comma is mended), or a parsed mapping.

    Lenient, as answers are read: field names match whatever their case and separators
    (``campaignName``, ``campaign_id``), ids that are numbers become text, contact fields sent beside
    ``contactData`` join it, and what is missing reads as empty; each such place is listed in
    ``problems``. Raises :class:`PreCallRequestError` only when the body is not a JSON object.
    """
    problems: list[str] = []
    if isinstance(body, Mapping):
        document: Any = dict(body)
    else:
        document, problems = _load(body)
    if not isinstance(document, dict):
        raise PreCallRequestError(f"the request body must be a JSON object; got {a_type(document)}")
    values: dict[str, str] = {}
    contact: dict[str, Any] | None = None
    beside: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in document.items():
        folded = _folded(key)
        name = _REQUEST_KEYS.get(folded)
        if name is not None and name not in values and (key == name or name not in document):
            if key != name:
                problems.append(f"{name}: sent as {key!r}")
            if isinstance(value, str):
                values[name] = value
            elif isinstance(value, int | float) and not isinstance(value, bool):
                values[name] = str(value)
                problems.append(f"{name}: {a_type(value)}, read as text")
            else:
                extra[key] = value
                problems.append(f"{name}: must be a string; got {a_type(value)} (kept in extra)")
        elif folded == _CONTACT_FOLDED and contact is None and (key == _CONTACT_KEY or _CONTACT_KEY not in document):
            if key != _CONTACT_KEY:
                problems.append(f"{_CONTACT_KEY}: sent as {key!r}")
            if isinstance(value, dict):
                contact = dict(value)
            else:
                extra[key] = value
                problems.append(f"{_CONTACT_KEY}: must be an object; got {a_type(value)} (kept in extra)")
        elif folded in _CONTACT_FIELDS:
            beside[key] = value
        else:
            extra[key] = value
    if contact is None:
        contact = {}
        if not any(p.startswith(f"{_CONTACT_KEY}:") for p in problems):
            problems.append(f"{_CONTACT_KEY}: missing (required)")
    for key, value in beside.items():
        if key in contact:
            extra[key] = value
            problems.append(f"{key}: sent beside {_CONTACT_KEY} too; {_CONTACT_KEY}'s value kept (the other in extra)")
        else:
            contact[key] = value
            problems.append(f"{key}: sent beside {_CONTACT_KEY}; read as a contact field")
    for name in _REQUEST_KEYS.values():
        if name not in values and not any(p.startswith(f"{name}:") for p in problems):
            problems.append(f"{name}: missing (required)")
    return PreCallRequest(
        campaign_name=values.get("CampaignName", ""),
        campaign_id=values.get("CampaignId", ""),
        dialing_id=values.get("DialingId", ""),
        contact=MappingProxyType(contact),
        extra=MappingProxyType(extra),
        problems=tuple(problems),
    )


# --- answering -----------------------------------------------------------------------------------------


@dataclass(frozen=True, repr=False)
class PreCallAnswer:
    """A well-formed answer, made by :func:`call` or :func:`skip`; ``body()`` is what to send with a 200.

    Its repr masks the values of ``fields`` (partner data about the contact) unless values are shown.
    """

    handle: PreCallHandle
    reason: str | None = None
    fields: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        if self.handle not in HANDLES:
            raise ValueError(f"handle must be one of {', '.join(HANDLES)}; got {str(self.handle)[:20]!r}")
        if self.reason is not None and not isinstance(self.reason, str):
            raise TypeError(f"reason must be a string; got {a_type(self.reason)}")
        object.__setattr__(self, "fields", MappingProxyType(_checked_fields(self.fields)))

    def __repr__(self) -> str:
        return f"PreCallAnswer(handle={self.handle!r}, reason={self.reason!r}, fields={fields_repr(self.fields)})"

    def to_dict(self) -> dict[str, Any]:
        handling: dict[str, Any] = {"handle": self.handle}
        if self.reason is not None:
            handling["reason"] = self.reason
        answer: dict[str, Any] = {HANDLING: handling}
        if self.fields:
            answer[DETAILS] = dict(self.fields)
        return answer

    def body(self) -> bytes:
        return json.dumps(self.to_dict(), separators=(",", ":"), allow_nan=False).encode()

    def to_model(self) -> PreCallFetchResponse:
        """The generated ``PreCallFetchResponse`` (imports the generated package)."""
        from kore_campaigns_client.models.pre_call_fetch_response import PreCallFetchResponse

        return PreCallFetchResponse.from_dict(self.to_dict())


def _checked_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    if not isinstance(fields, Mapping):
        raise TypeError(f"fields must be a mapping of field names to values; got {type(fields).__name__}")
    typed = {path[1]: kind for path, kind in ANSWER_FIELD_TYPES.items() if path[0] == DETAILS and len(path) == 2}
    checked: dict[str, Any] = {}
    for name, value in fields.items():
        if not isinstance(name, str) or not name:
            raise TypeError(f"fields: every name must be a non-empty string; got {type(name).__name__} {name!r:.40}")
        expected = typed.get(name)
        if expected is not None and type_name(value) != expected:
            raise TypeError(f"fields[{name!r}] must be a {expected} (the spec types it); got {a_type(value)}")
        try:
            json.dumps(value, allow_nan=False)
        except (TypeError, ValueError):
            raise TypeError(
                f"fields[{name!r}] must be JSON (strings, numbers, booleans, null, lists, objects); "
                f"got {type(value).__name__}"
            ) from None
        checked[name] = value
    return checked


def call(fields: Mapping[str, Any] | None = None, *, reason: str | None = None) -> PreCallAnswer:
    """Dial the contact; ``fields`` (``detailedContactData``) reach the bot, except names the contact already has."""
    return PreCallAnswer("CALL", reason, fields or {})


def skip(reason: str | None = None, *, fields: Mapping[str, Any] | None = None) -> PreCallAnswer:
    """Do not dial the contact; the service logs ``reason`` and any ``fields`` with it."""
    return PreCallAnswer("SKIP", reason, fields or {})


# --- the configured header -----------------------------------------------------------------------------


def _header_values(headers: Mapping[str, str] | Iterable[tuple[str, str]], name: str) -> list[str]:
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    wanted = name.lower()
    return [value for key, value in pairs if key.lower() == wanted]


def header_matches(headers: Mapping[str, str] | Iterable[tuple[str, str]], name: str, expected: str) -> bool:
    """True when the request carries header ``name`` exactly once with value ``expected``, compared in constant time.

    ``headers``: a mapping (a framework's case-insensitive one, or a plain dict) or (name, value) pairs.
    """
    if not expected:
        raise ValueError(f"the expected value of header {name!r} is empty: configure a secret")
    found = _header_values(headers, name)
    value = found[0] if len(found) == 1 else ""
    # Compare even when absent, so the time taken does not tell which.
    same = hmac.compare_digest(value.encode("utf-8", "surrogateescape"), expected.encode("utf-8", "surrogateescape"))
    return same and len(found) == 1


def headers_match(headers: Mapping[str, str] | Iterable[tuple[str, str]], required: Mapping[str, str]) -> bool:
    """Every configured header present with its value (each compared in constant time; all are compared)."""
    pairs = list(headers.items() if isinstance(headers, Mapping) else headers)
    results = [header_matches(pairs, name, value) for name, value in required.items()]
    return all(results)


# --- serving: one core, two adapters ---------------------------------------------------------------------

Handler = Callable[[PreCallRequest], PreCallAnswer]
AsyncHandler = Callable[[PreCallRequest], Awaitable[PreCallAnswer]]


@dataclass(frozen=True)
class HttpReply:
    """What to send back: status, headers, body."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes


def _error(status: int, message: str, *headers: tuple[str, str]) -> HttpReply:
    return HttpReply(status, (*_JSON_HEADERS, *headers), json.dumps({"error": message}).encode())


def _before_handler(
    method: str,
    headers: Iterable[tuple[str, str]],
    body: bytes,
    required: Mapping[str, str] | None,
    size: int | None = None,
) -> HttpReply | PreCallRequest:
    if method.upper() != "POST":
        return _error(405, "the pre-call fetch is a POST", ("allow", "POST"))
    if required and not headers_match(list(headers), required):
        return _error(401, "a configured header is missing or wrong")
    if (len(body) if size is None else size) > MAX_BODY_BYTES:
        return _error(413, f"the body is larger than {MAX_BODY_BYTES} bytes")
    try:
        return parse_request(body)
    except PreCallRequestError as error:
        return _error(400, str(error))


def _reply(answer: object) -> HttpReply:
    if not isinstance(answer, PreCallAnswer):
        # 500, which makes the service skip the contact: a handler must answer with call() or skip().
        _log.error("pre-call handler returned %s, not a PreCallAnswer (call() or skip()); answered 500", type(answer))
        return _error(500, "the handler did not answer with call() or skip()")
    return HttpReply(200, _JSON_HEADERS, answer.body())


def _failed() -> HttpReply:
    _log.exception("pre-call handler raised; answered 500 (the service skips the contact)")
    return _error(500, "the handler failed")


def respond(
    handler: Handler,
    *,
    body: bytes,
    headers: Iterable[tuple[str, str]] | Mapping[str, str] = (),
    method: str = "POST",
    required_headers: Mapping[str, str] | None = None,
) -> HttpReply:
    """Answer one request with ``handler``, in any framework: 405/401/413/400 before it, 500 if it fails."""
    pairs = list(headers.items() if isinstance(headers, Mapping) else headers)
    request = _before_handler(method, pairs, body, required_headers)
    if isinstance(request, HttpReply):
        return request
    try:
        answer: object = handler(request)
    except Exception:
        return _failed()
    if inspect.isawaitable(answer):
        _close(answer)
        _log.error("pre-call handler is async: serve it with asgi_app() or respond_async(); answered 500")
        return _error(500, "the handler is async")
    return _reply(answer)


def _close(awaitable: object) -> None:
    close = getattr(awaitable, "close", None)
    if callable(close):
        close()  # no "never awaited" warning


async def respond_async(
    handler: Handler | AsyncHandler,
    *,
    body: bytes,
    headers: Iterable[tuple[str, str]] | Mapping[str, str] = (),
    method: str = "POST",
    required_headers: Mapping[str, str] | None = None,
    _size: int | None = None,
) -> HttpReply:
    """:func:`respond` for async code: an async handler is awaited, a plain one runs in a worker thread."""
    pairs = list(headers.items() if isinstance(headers, Mapping) else headers)
    request = _before_handler(method, pairs, body, required_headers, _size)
    if isinstance(request, HttpReply):
        return request
    try:
        if inspect.iscoroutinefunction(handler):
            answer: object = await handler(request)
        else:
            import anyio.to_thread  # a plain handler may block: keep it off the event loop

            answer = await anyio.to_thread.run_sync(handler, request)
            if inspect.isawaitable(answer):
                answer = await answer
    except Exception:
        return _failed()
    return _reply(answer)


# The ASGI types as Starlette spells them, so the app type-checks where it is mounted.
ASGIMessage = MutableMapping[str, Any]
ASGIReceive = Callable[[], Awaitable[ASGIMessage]]
ASGISend = Callable[[ASGIMessage], Awaitable[None]]


class _Adapter:
    """What both adapters hold. A class, not a closure: Starlette's ``Route`` then serves it as an ASGI app."""

    def __init__(self, handler: Callable[[PreCallRequest], Any], required_headers: Mapping[str, str] | None) -> None:
        self.handler = handler
        self._required = dict(required_headers or {})
        for name, value in self._required.items():
            if not value:
                raise ValueError(f"required header {name!r} has an empty value: configure a secret")

    def __repr__(self) -> str:  # header names only: the values are secrets
        return f"{type(self).__name__}({self.handler!r}, required_headers={sorted(self._required)!r})"


class AsgiApp(_Adapter):
    """The ASGI app :func:`asgi_app` returns."""

    async def __call__(self, scope: ASGIMessage, receive: ASGIReceive, send: ASGISend) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1003})
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size <= MAX_BODY_BYTES:  # past it, only counted: the answer is 413
                chunks.append(chunk)
            if not message.get("more_body", False):
                break
        headers = [(key.decode("latin-1"), value.decode("latin-1")) for key, value in scope.get("headers", ())]
        method = str(scope.get("method", "GET"))
        reply = await respond_async(
            self.handler,
            body=b"".join(chunks),
            headers=headers,
            method=method,
            required_headers=self._required,
            _size=size,
        )
        await send(
            {
                "type": "http.response.start",
                "status": reply.status,
                "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in reply.headers]
                + [(b"content-length", str(len(reply.body)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": reply.body})


def asgi_app(handler: Handler | AsyncHandler, *, required_headers: Mapping[str, str] | None = None) -> AsgiApp:
    """An ASGI app answering POSTs with ``handler`` (async or not; a plain one runs in a worker thread), on any path.

    Route it (Starlette ``Route("/pre-call", asgi_app(handler), methods=["POST"])``, FastAPI
    ``app.add_route(...)``), mount it, or serve it alone (``uvicorn module:app``). ``required_headers``:
    the campaign's configured headers, e.g. ``{"X-Api-Key": secret}``; a request without them gets 401
    (and the service skips the contact).
    """
    return AsgiApp(handler, required_headers)


WSGIStartResponse = Callable[..., Any]
_REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 405: "Method Not Allowed"}
_REASONS |= {411: "Length Required", 413: "Content Too Large", 500: "Internal Server Error"}


class WsgiApp(_Adapter):
    """The WSGI app :func:`wsgi_app` returns."""

    def __call__(self, environ: dict[str, Any], start_response: WSGIStartResponse) -> Iterable[bytes]:
        reply = _wsgi_reply(self.handler, environ, self._required)
        headers = [*reply.headers, ("content-length", str(len(reply.body)))]
        start_response(f"{reply.status} {_REASONS.get(reply.status, '')}".rstrip(), headers)
        return [reply.body]


def wsgi_app(handler: Handler, *, required_headers: Mapping[str, str] | None = None) -> WsgiApp:
    """A WSGI app answering POSTs with ``handler`` (not async), on any path.

    Mount it in Flask (``DispatcherMiddleware(app.wsgi_app, {"/pre-call": wsgi_app(handler)})``) or
    serve it alone (any WSGI server). ``required_headers`` as for :func:`asgi_app`.
    """
    return WsgiApp(handler, required_headers)


def _wsgi_headers(environ: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    for key, value in environ.items():
        if key.startswith("HTTP_"):
            yield key[5:].replace("_", "-").lower(), str(value)
        elif key in ("CONTENT_TYPE", "CONTENT_LENGTH") and value:
            yield key.replace("_", "-").lower(), str(value)


def _wsgi_reply(
    handler: Callable[[PreCallRequest], Any], environ: dict[str, Any], required: Mapping[str, str]
) -> HttpReply:
    method = str(environ.get("REQUEST_METHOD", "GET"))
    stream = environ["wsgi.input"]
    length_text = str(environ.get("CONTENT_LENGTH") or "").strip()
    if length_text:
        if not length_text.isdigit():
            return _error(400, "Content-Length is not a number")
        length = int(length_text)
        if length > MAX_BODY_BYTES:
            return _error(413, f"the body is larger than {MAX_BODY_BYTES} bytes")
        body = stream.read(length) if length else b""
    elif environ.get("wsgi.input_terminated"):
        body = stream.read(MAX_BODY_BYTES + 1)
    elif method.upper() == "POST":
        return _error(411, "a POST needs a Content-Length")
    else:
        body = b""
    return respond(handler, body=body, headers=list(_wsgi_headers(environ)), method=method, required_headers=required)


# --- sending: what `kore-campaigns webhooks trigger` does ----------------------------------------------


def build_request(
    contact: Mapping[str, Any] | None = None, *, campaign_name: str = "kore-campaigns webhooks trigger"
) -> dict[str, Any]:
    """A realistic request body: the spec's example, or ``contact`` with generated campaign and dialing ids."""
    if contact is None:
        example: dict[str, Any] = json.loads(json.dumps(dict(EXAMPLE_REQUEST)))  # a deep copy
        return example
    return {
        "CampaignName": campaign_name,
        "CampaignId": f"c-{uuid.uuid4()}",  # the page: "prefixed with c-"
        "DialingId": f"D-{secrets.randbelow(10**10):010d}",
        _CONTACT_KEY: dict(contact),
    }


def send(
    url: str,
    payload: Mapping[str, Any],
    headers: Mapping[str, str] | Iterable[tuple[str, str]] = (),
    timeout: float = DEFAULT_TIMEOUT,
) -> Received:
    """POST ``payload`` as the service does (JSON, then the configured headers) and return what came back.

    Redirects are not followed (a 3xx is an answer like any other). Imports httpx.
    """
    import httpx

    pairs = list(headers.items() if isinstance(headers, Mapping) else headers)
    # The configured headers go as configured, a Content-Type among them too.
    default = [] if any(name.lower() == "content-type" for name, _ in pairs) else [("Content-Type", "application/json")]
    sent = [*default, *pairs]
    content = json.dumps(dict(payload), ensure_ascii=False).encode()
    started = time.perf_counter()
    try:
        with httpx.Client(timeout=timeout, follow_redirects=False) as client:
            response = client.post(url, content=content, headers=sent)
    except httpx.TimeoutException as error:
        return NoAnswer("timeout", type(error).__name__, time.perf_counter() - started, timeout)
    except httpx.HTTPError as error:
        return NoAnswer("connection", type(error).__name__, time.perf_counter() - started)
    return Answer(response.status_code, dict(response.headers), response.content, time.perf_counter() - started)
