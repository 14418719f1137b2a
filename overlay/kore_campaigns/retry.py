"""Retries on httpx-retries, with the rule for the one non-idempotent call (create) added per request.

httpx-retries takes one status list and one exception list for all the methods it retries, so this
transport hands it a second ``Retry`` for POST. The JWT is re-signed for each attempt by the layer
under it (see ``client.py``), since httpx-retries sends the same request again with no hook between.
stamina was the other candidate: it retries functions on exceptions and knows nothing of responses.
"""

from __future__ import annotations

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
        request.extensions.setdefault("retry", retry)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._choose_retry(request)
        return super().handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._choose_retry(request)
        return await super().handle_async_request(request)
