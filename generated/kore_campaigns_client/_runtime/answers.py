"""Reading an HTTP answer into a generated `Response`, whatever its status and body.

A success is parsed as the spec says (leniently, see reading.py). An error status never fails the
read: a body that is not the documented error JSON (a gateway's HTML page, plain text, nothing, a
truncated or otherwise encoded document) leaves `parsed` None, so the caller's typed error for the
status is raised, carrying the status, the content type and the start of the body (`body_excerpt`).
A success whose body cannot be read (HTML from a wrong base URL, an empty 200) is a deviation at
`(body)`: strict mode raises KoreResponseError, lenient reading logs it and leaves `parsed` None.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from email.message import Message
from http import HTTPStatus
from typing import Any, Protocol, cast

from .errors import KoreResponseError
from .reading import Deviation, finish_reading, log_once, start_reading, stop_reading
from .reprs import show_values_in
from .switches import is_strict, own_show_values, shows_values

# What a body that is not the documented one raises while parsed: JSONDecodeError and
# UnicodeDecodeError are ValueErrors; JSON of another shape raises the others in from_dict.
_UNREADABLE = (ValueError, TypeError, KeyError, AttributeError)
# Byte-order marks, longest first (UTF-32's little-endian mark starts with UTF-16's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
EXCERPT_CHARACTERS = 200


class _Answer(Protocol):
    """What is read of an httpx.Response."""

    @property
    def status_code(self) -> int: ...

    @property
    def content(self) -> bytes: ...


def http_status(code: int) -> HTTPStatus:
    """`HTTPStatus(code)`, or the plain number for a code the standard library does not name (a
    gateway's 520, a 599), which it would refuse; such a number still compares and formats as one."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return cast(HTTPStatus, code)


def charset_of(content_type: str) -> str | None:
    """The `charset` parameter of a Content-Type header value, if any."""
    if not content_type:
        return None
    message = Message()
    message["content-type"] = content_type
    charset = message.get_param("charset")
    return charset.strip() if isinstance(charset, str) and charset.strip() else None


def body_excerpt(content: bytes, content_type: str = "", characters: int = EXCERPT_CHARACTERS) -> str:
    """The first `characters` characters of a body: decoded by the header's charset, else by a byte-order
    mark, else as UTF-8; bytes that do not decode become U+FFFD. Only the start of the body is decoded."""
    encoding = charset_of(content_type)
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            encoding = None
    if encoding is None:
        encoding = next((name for bom, name in _BOMS if content.startswith(bom)), "utf-8")
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    # At most four bytes a character in the encodings above, plus a byte-order mark.
    text = decoder.decode(content[: characters * 4 + 4], final=len(content) <= characters * 4 + 4)
    return text[:characters]


def read_response(
    operation: str,
    client: object,
    response: _Answer,
    parse: Callable[..., Any],
) -> tuple[Any, tuple[Deviation, ...]]:
    """`(parsed, deviations)` of an answer: `parse(client=..., response=...)` is the endpoint's own parser.

    For an error status, a body the parser cannot read gives `parsed` None (the status decides the
    error), and a readable one that differs from the spec only lists its deviations: the status
    error is what the caller gets, even in strict mode.
    """
    error = not 200 <= response.status_code < 300
    mark = start_reading()
    try:
        try:
            parsed = parse(client=client, response=response)
        except _UNREADABLE:
            if error:
                return None, ()
            return None, _unreadable_success(operation, client, response.content)
    finally:
        stop_reading()
    own = own_show_values(client)
    if own is not None:  # the models' reprs follow the client that read them
        show_values_in(parsed, own)
    return parsed, finish_reading(operation, client, parsed, mark, report=not error)


def _unreadable_success(operation: str, client: object, content: bytes) -> tuple[Deviation, ...]:
    found = (Deviation("(body)", "type", "the documented JSON body", content),)
    show = shows_values(client)
    if is_strict(client):
        error_class: type[KoreResponseError] = getattr(client, "response_error_class", KoreResponseError)
        raise error_class(operation, found, show)
    log_once(operation, found[0], show)
    return found
