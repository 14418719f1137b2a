"""Retries on httpx-retries, with the rule for the one non-idempotent call (create) added per request.

httpx-retries takes one status list and one exception list for all the methods it retries, so this
transport hands it a second ``Retry`` for POST. The JWT is re-signed for each attempt by the layer
under it (see ``client.py``), since httpx-retries sends the same request again with no hook between.
stamina was the other candidate: it retries functions on exceptions and knows nothing of responses.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from contextvars import ContextVar
from http import HTTPMethod

import httpx
import httpx_retries
from httpx_retries import Retry

# Backoff up to 0.5, 1, 2 s (full jitter); a Retry-After is obeyed up to a minute (the rate limit's window).
DEFAULT_RETRY = Retry(total=3, backoff_factor=0.25, max_backoff_wait=60.0)

# Failures raised before a byte of the request left: the server cannot have acted on it, so even a
# POST (which creates a campaign) may be sent again. Not read errors or read timeouts: the campaign
# may exist and only the answer got lost.
_UNSENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


# The request being retried, for the wait's description (httpx-retries hands its sleep only the response).
_retried: ContextVar[httpx.Request | None] = ContextVar("kore_retried_request", default=None)


class _VisibleSleep(Retry):
    """A ``Retry`` whose pauses longer than a second are told like the rate limit's: logged and
    passed to the wait listeners, so that a server's Retry-After is not a silent minute.

    httpx-retries works out each pause once, in ``_calculate_sleep``, right before sleeping it.
    """

    def _calculate_sleep(self, headers: httpx.Headers | Mapping[str, str]) -> float:
        # Imported here: errors.py imports this module, and ratelimit.py imports errors.py.
        from .ratelimit import VISIBLE_WAIT, Wait, tell_wait

        seconds: float = super()._calculate_sleep(headers)
        if seconds <= VISIBLE_WAIT:
            return seconds
        request = _retried.get()
        line = f"{request.method} {request.url.path}" if request is not None else "the request"
        account = request.headers.get("accountId") if request is not None else None
        retry_after = headers.get("Retry-After", "").strip() if self.respect_retry_after_header else ""
        if retry_after:
            wait = Wait(seconds, "Retry-After", line, account, f"Retry-After: {retry_after}")
            tell_wait(wait, "server: %s is retried in %.1f s, as its Retry-After says", line, seconds)
        else:
            wait = Wait(seconds, "backoff", line, account, "a failed attempt")
            tell_wait(wait, "retry: %s failed; retrying in %.1f s", line, seconds)
        return seconds


_VISIBLE_CLASSES: dict[type[Retry], type[Retry]] = {}


def _visible(retry: Retry) -> Retry:
    """``retry`` whose sleeps are told; its own class (a custom backoff) is kept as the base."""
    if isinstance(retry, _VisibleSleep):
        return retry
    kind = type(retry)
    visible = _VISIBLE_CLASSES.get(kind)
    if visible is None:
        visible = _VISIBLE_CLASSES[kind] = type(f"Visible{kind.__name__}", (_VisibleSleep, kind), {})
    told = copy.copy(retry)
    # Same attributes, one more base; copy_with (each attempt's Retry) builds self.__class__ again.
    told.__class__ = visible
    return told


class RetryTransport(httpx_retries.RetryTransport):
    """httpx-retries' transport, with the ``Retry`` chosen per request.

    Methods in ``retry.allowed_methods`` (by default the idempotent ones: GET, PUT, DELETE, ...)
    follow ``retry``. Other methods (POST) are retried, with the same attempts and backoff, only
    where the server cannot have acted: 429 (refused before processing) and connection failures
    before sending; never on 5xx or read errors. A body that is not bytes is sent once: a stream
    could be half consumed (the generated client always sends bytes).
    """

    def __init__(self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport, retry: Retry) -> None:
        super().__init__(transport, retry)
        self.unsafe_retry = retry.copy_with(
            allowed_methods=list(HTTPMethod), status_forcelist=[429], retry_on_exceptions=_UNSENT_ERRORS
        )

    def __repr__(self) -> str:
        return f"RetryTransport({self.retry!r})"

    def _choose_retry(self, request: httpx.Request) -> None:
        if not isinstance(request.stream, httpx.ByteStream):
            retry = self.retry.copy_with(total=0)
        elif self.retry.is_retryable_method(request.method):
            retry = self.retry
        else:
            retry = self.unsafe_retry
        # httpx-retries reads a request's own Retry from this extension.
        request.extensions["retry"] = _visible(request.extensions.get("retry", retry))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._choose_retry(request)
        token = _retried.set(request)
        try:
            return super().handle_request(request)
        finally:
            _retried.reset(token)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._choose_retry(request)
        token = _retried.set(request)
        try:
            return await super().handle_async_request(request)
        finally:
            _retried.reset(token)
