"""Exceptions, and ``unwrap`` to turn a generated ``Response[T | ErrorResponse]`` into ``T`` or an exception."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from http import HTTPStatus
from typing import Any, TypeVar

# KoreError, the base of every exception this package raises, and KorePathParameterError (a path
# parameter that cannot be one URL segment, refused before sending) are the generated client's own,
# so that its generated code raises them too.
from kore_campaigns_client.errors import KoreError as KoreError
from kore_campaigns_client.errors import KorePathParameterError as KorePathParameterError
from kore_campaigns_client.errors import KoreResponseError as GeneratedResponseError
from kore_campaigns_client.models.error_detail import ErrorDetail
from kore_campaigns_client.models.error_response import ErrorResponse
from kore_campaigns_client.types import SHOW_VALUES_ENV, Response, body_excerpt, shows_values

from .retry import DEFAULT_RETRY

T = TypeVar("T")


class KoreSettingsError(KoreError, ValueError):
    """Settings are missing or empty; names the environment variables, never their values."""

    def __init__(self, missing: Sequence[str]) -> None:
        self.missing = tuple(missing)
        super().__init__("missing or empty environment variable(s): " + ", ".join(self.missing))


class KoreRateLimitStorageError(KoreError, ConnectionError):
    """The shared rate-limit storage (Redis) failed; the request was not sent. Names the URI without its password."""


class KoreRateLimitTimeout(KoreError, TimeoutError):
    """Waiting for room in the account's rate limit would outlast the request's pool timeout; nothing was sent."""


class KoreResponseError(GeneratedResponseError):
    """Strict mode: an answer differs from the spec; names the operation, field path, rule and the kind
    of value (the value with ``show_values=True`` / ``KORE_SHOW_VALUES=1``; always in ``value``).

    What this package's clients raise; a bare generated client raises the generated base class.
    """


class KoreApiError(KoreError):
    """The API answered with an error status, whatever the body.

    ``error`` is the parsed ``ErrorResponse`` body (None if the body was not one: a gateway's HTML
    page, text, nothing, truncated JSON), ``response`` the generated ``Response`` (status, content,
    response headers), ``content_type`` the answer's Content-Type and ``body_excerpt`` the first 200
    characters of its body. The text lists the API's error entries; for another body it says what the
    body is, and quotes its start only with ``show_values`` (``KORE_SHOW_VALUES=1``). It never shows
    headers. (A success status whose body cannot be read raises it too, from resource methods.)
    """

    def __init__(self, response: Response[Any], show_values: bool | None = None) -> None:
        self.response = response
        self.status_code = int(response.status_code)
        self.content_type: str = response.headers.get("content-type", "")
        self.body_excerpt = body_excerpt(response.content, self.content_type)
        self.error: ErrorResponse | None = response.parsed if isinstance(response.parsed, ErrorResponse) else None
        self._show_values = shows_values() if show_values is None else show_values
        super().__init__(self._text())

    @property
    def code(self) -> int | None:
        """The API's error code (e.g. 4009) of the first entry."""
        code = self.errors[0].code if self.errors else None
        return code if isinstance(code, int) else None

    @property
    def message(self) -> str | None:
        message = self.error.message if self.error is not None else None
        if isinstance(message, str) and message:
            return message
        first = self.errors[0].msg if self.errors else None
        return first if isinstance(first, str) else None

    @property
    def errors(self) -> list[ErrorDetail]:
        """The API's error entries; an answer read leniently may lack them or hold other values."""
        entries = self.error.errors if self.error is not None else None
        if not isinstance(entries, list):
            return []
        return [entry for entry in entries if isinstance(entry, ErrorDetail)]

    def _text(self) -> str:
        try:
            phrase = HTTPStatus(self.status_code).phrase
        except ValueError:
            phrase = "unknown status"
        head = f"HTTP {self.status_code} {phrase}"
        if self.message:
            head += f": {self.message}"
        elif not self.errors:
            head += f" ({self._body_description()})"
        lines = [head]
        for entry in self.errors:
            where = f"field {entry.field}, " if isinstance(entry.field, str) else ""
            if len(self.errors) == 1 and entry.msg == self.message:
                # The one entry is the summary itself: say where and which code on the same line.
                lines[0] += f" ({where}code {entry.code})"
            else:
                lines.append(f"  - {entry.msg} ({where}code {entry.code})")
        return "\n".join(lines)

    def _body_description(self) -> str:
        """What the body is, in one line: its start only when values are shown."""
        size = len(self.response.content)
        if size == 0:
            return "empty body"
        kind = f"of {self.content_type}" if self.content_type else "without a content type"
        described = f"{size} bytes {kind} that are not the API's JSON"
        if self._show_values:
            return f"{described}: {self.body_excerpt!r}"
        return f"{described}; {SHOW_VALUES_ENV}=1 shows its start"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code}, code={self.code}, message={self.message!r})"


class KoreValidationError(KoreApiError):
    """400: a parameter or the body breaks a rule; ``errors`` name the fields."""


class KoreAuthError(KoreApiError):
    """401: the JWT is missing, malformed, wrongly signed, expired or reuses a jti."""


class KoreForbiddenError(KoreApiError):
    """403: the account or bot does not belong to the JWT's app."""


class KoreNotFoundError(KoreApiError):
    """404: no such campaign."""


class KoreConflictError(KoreApiError):
    """409: a campaign with this name already exists."""


class KoreRateLimitError(KoreApiError):
    """429: over the per-minute limit (after any retries); ``retry_after`` in seconds if sent."""

    def __init__(self, response: Response[Any], show_values: bool | None = None) -> None:
        super().__init__(response, show_values)
        self.retry_after: float | None = None  # unless the header holds seconds or an HTTP date
        with contextlib.suppress(KeyError, ValueError):
            self.retry_after = DEFAULT_RETRY.parse_retry_after(response.headers["Retry-After"])


_BY_STATUS: dict[int, type[KoreApiError]] = {
    400: KoreValidationError,
    401: KoreAuthError,
    403: KoreForbiddenError,
    404: KoreNotFoundError,
    409: KoreConflictError,
    429: KoreRateLimitError,
}


def error_for(response: Response[Any], show_values: bool | None = None) -> KoreApiError:
    """The exception for an error response, of the subclass for its status, whatever its body.

    ``show_values`` (default: ``KORE_SHOW_VALUES``) lets its text quote the start of a body that is not
    the API's error JSON.
    """
    return _BY_STATUS.get(int(response.status_code), KoreApiError)(response, show_values)


def unwrap(response: Response[T | ErrorResponse]) -> T:
    """Return the parsed success model of a generated ``*_detailed`` result, or raise.

    Raises the :class:`KoreApiError` subclass for the status when the API answered an error
    (or a status the spec does not document, or a body that is not the API's error JSON, which the
    generated client leaves unparsed).
    """
    parsed = response.parsed
    if 200 <= response.status_code < 300 and parsed is not None and not isinstance(parsed, ErrorResponse):
        return parsed
    raise error_for(response)
