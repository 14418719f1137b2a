"""Exceptions, and ``unwrap`` to turn a generated ``Response[T | ErrorResponse]`` into ``T`` or an exception."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from http import HTTPStatus
from typing import Any, TypeVar

from kore_campaigns_client.errors import KoreResponseError as GeneratedResponseError
from kore_campaigns_client.models.error_detail import ErrorDetail
from kore_campaigns_client.models.error_response import ErrorResponse
from kore_campaigns_client.types import Response, Unset

from .retry import DEFAULT_RETRY

T = TypeVar("T")


class KoreError(Exception):
    """Base of every exception this package raises."""


class KoreSettingsError(KoreError, ValueError):
    """Settings are missing or empty; names the environment variables, never their values."""

    def __init__(self, missing: Sequence[str]) -> None:
        self.missing = tuple(missing)
        super().__init__("missing or empty environment variable(s): " + ", ".join(self.missing))


class KoreRateLimitStorageError(KoreError, ConnectionError):
    """The shared rate-limit storage (Redis) failed; the request was not sent. Names the URI without its password."""


class KoreRateLimitTimeout(KoreError, TimeoutError):
    """Waiting for room in the account's rate limit would outlast the request's pool timeout; nothing was sent."""


class KoreResponseError(KoreError, GeneratedResponseError):
    """Strict mode: an answer differs from the spec; names the operation, field path, rule and value.

    What this package's clients raise; a bare generated client raises the generated base class.
    """


class KoreApiError(KoreError):
    """The API answered with an error status.

    ``error`` is the parsed ``ErrorResponse`` body (None if the body was not one), ``response`` the
    generated ``Response`` (status, content, response headers). Its text lists each error
    entry; it never shows headers.
    """

    def __init__(self, response: Response[Any]) -> None:
        self.response = response
        self.status_code = int(response.status_code)
        self.error: ErrorResponse | None = response.parsed if isinstance(response.parsed, ErrorResponse) else None
        super().__init__(self._text())

    @property
    def code(self) -> int | None:
        """The API's error code (e.g. 4009) of the first entry."""
        return self.errors[0].code if self.errors else None

    @property
    def message(self) -> str | None:
        if self.error is not None and not isinstance(self.error.message, Unset):
            return self.error.message
        return self.errors[0].msg if self.errors else None

    @property
    def errors(self) -> list[ErrorDetail]:
        return list(self.error.errors) if self.error is not None else []

    def _text(self) -> str:
        try:
            phrase = HTTPStatus(self.status_code).phrase
        except ValueError:
            phrase = "unknown status"
        head = f"HTTP {self.status_code} {phrase}"
        if self.message:
            head += f": {self.message}"
        lines = [head]
        for entry in self.errors:
            where = "" if isinstance(entry.field, Unset) else f"field {entry.field}, "
            lines.append(f"  - {entry.msg} ({where}code {entry.code})")
        return "\n".join(lines)

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

    def __init__(self, response: Response[Any]) -> None:
        super().__init__(response)
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


def error_for(response: Response[Any]) -> KoreApiError:
    """The exception for an error response, of the subclass for its status."""
    return _BY_STATUS.get(int(response.status_code), KoreApiError)(response)


def unwrap(response: Response[T | ErrorResponse]) -> T:
    """Return the parsed success model of a generated ``*_detailed`` result, or raise.

    Raises the :class:`KoreApiError` subclass for the status when the API answered an error
    (or a status the spec does not document, which the generated client leaves unparsed).
    """
    parsed = response.parsed
    if 200 <= response.status_code < 300 and parsed is not None and not isinstance(parsed, ErrorResponse):
        return parsed
    raise error_for(response)
