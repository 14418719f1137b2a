"""Kore.ai Campaign Management client: the generated ``kore_campaigns_client`` made ready to use.

``from_env()`` / ``create_client()`` return a ``KoreClient`` (the generated
``AuthenticatedClient`` with the bot id) with JWT auth, the account and bot headers, retries and
a client-side rate limit, and one resource per API tag generated from the spec:
``client.campaigns.get_campaign(campaign_id)`` returns the model or raises a ``KoreApiError``.
``async_from_env()`` / ``create_async_client()`` return an ``AsyncKoreClient`` whose resource
methods are awaited. ``unwrap()`` turns a low-level ``*_detailed`` result into its success model
or a ``KoreApiError``. Answers that differ from the spec are kept as sent and listed by
``deviations(model)`` (or ``response.deviations``); strict mode raises ``KoreResponseError``.
"""

from httpx_retries import Retry
from kore_campaigns_client.types import STRICT_RESPONSES_ENV, Deviation, deviations

from .auth import MAX_TOKEN_LIFETIME, KoreJwtAuth
from .client import (
    DEFAULT_BASE_URL,
    DEFAULT_RATE_LIMIT,
    DEFAULT_TIMEOUT,
    AsyncKoreClient,
    ClientArguments,
    ClientOptions,
    KoreClient,
    KoreSettings,
    async_from_env,
    create_async_client,
    create_client,
    from_env,
)
from .errors import (
    KoreApiError,
    KoreAuthError,
    KoreConflictError,
    KoreError,
    KoreForbiddenError,
    KoreNotFoundError,
    KoreRateLimitError,
    KoreRateLimitStorageError,
    KoreRateLimitTimeout,
    KoreResponseError,
    KoreSettingsError,
    KoreValidationError,
    error_for,
    unwrap,
)
from .ratelimit import MEMORY_STORAGE, RateLimit
from .retry import DEFAULT_RETRY, RetryTransport

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_RATE_LIMIT",
    "DEFAULT_RETRY",
    "DEFAULT_TIMEOUT",
    "MAX_TOKEN_LIFETIME",
    "MEMORY_STORAGE",
    "STRICT_RESPONSES_ENV",
    "AsyncKoreClient",
    "ClientArguments",
    "ClientOptions",
    "Deviation",
    "KoreApiError",
    "KoreAuthError",
    "KoreClient",
    "KoreConflictError",
    "KoreError",
    "KoreForbiddenError",
    "KoreJwtAuth",
    "KoreNotFoundError",
    "KoreRateLimitError",
    "KoreRateLimitStorageError",
    "KoreRateLimitTimeout",
    "KoreResponseError",
    "KoreSettings",
    "KoreSettingsError",
    "KoreValidationError",
    "RateLimit",
    "Retry",
    "RetryTransport",
    "async_from_env",
    "create_async_client",
    "create_client",
    "deviations",
    "error_for",
    "from_env",
    "unwrap",
]
