"""Kore.ai Campaign Management client: the generated ``kore_campaigns_client`` made ready to use.

``from_env()`` / ``create_client()`` return a ``KoreClient`` (the generated
``AuthenticatedClient`` with the bot id) with JWT auth, the account and bot headers, retries and
a client-side rate limit, and one resource per API tag generated from the spec:
``client.campaigns.get_campaign(campaign_id)`` returns the model or raises a ``KoreApiError``.
``async_from_env()`` / ``create_async_client()`` return an ``AsyncKoreClient`` whose resource
methods are awaited. ``unwrap()`` turns a low-level ``*_detailed`` result into its success model
or a ``KoreApiError``. Answers that differ from the spec are kept as sent and listed by
``deviations(model)`` (or ``response.deviations``); strict mode raises ``KoreResponseError``.
Log lines and exception texts name fields and rules, not the values of answers, and reprs mask
the personal data the spec marks (``x-personal-data``), unless ``show_values=True`` (or
``KORE_SHOW_VALUES=1``) asks for them.

Everything below is imported on first use (PEP 562): ``import kore_campaigns`` stays cheap, and
the command line, which imports only what a command needs, starts fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from httpx_retries import Retry
    from kore_campaigns_client.types import SHOW_VALUES_ENV, STRICT_RESPONSES_ENV, Deviation, deviations

    from . import webhooks as webhooks
    from .auth import MAX_TOKEN_LIFETIME, KoreJwtAuth
    from .bulk import (
        MAX_CONTACTS_PER_CALL,
        ImportSummary,
        KoreImportError,
        KoreImportInterrupted,
        KoreImportRefused,
        KoreImportStopped,
        RefusedRow,
        import_contacts,
        import_contacts_async,
    )
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
        KorePathParameterError,
        KoreRateLimitError,
        KoreRateLimitStorageError,
        KoreRateLimitTimeout,
        KoreResponseError,
        KoreSettingsError,
        KoreValidationError,
        error_for,
        unwrap,
    )
    from .ratelimit import MEMORY_STORAGE, RateLimit, Wait, rate_limit_waits, visible_waits
    from .retry import DEFAULT_RETRY, RetryTransport
    from .waiting import KoreWaitTimeout, wait_for_status, wait_for_status_async

# Each public name -> the module that defines it.
_LAZY = {
    "AsyncKoreClient": ".client",
    "ClientArguments": ".client",
    "ClientOptions": ".client",
    "DEFAULT_BASE_URL": ".client",
    "DEFAULT_RATE_LIMIT": ".client",
    "DEFAULT_RETRY": ".retry",
    "DEFAULT_TIMEOUT": ".client",
    "Deviation": "kore_campaigns_client.types",
    "ImportSummary": ".bulk",
    "KoreApiError": ".errors",
    "KoreAuthError": ".errors",
    "KoreClient": ".client",
    "KoreConflictError": ".errors",
    "KoreError": ".errors",
    "KoreForbiddenError": ".errors",
    "KoreImportError": ".bulk",
    "KoreImportInterrupted": ".bulk",
    "KoreImportRefused": ".bulk",
    "KoreImportStopped": ".bulk",
    "KoreJwtAuth": ".auth",
    "KoreNotFoundError": ".errors",
    "KorePathParameterError": ".errors",
    "KoreRateLimitError": ".errors",
    "KoreRateLimitStorageError": ".errors",
    "KoreRateLimitTimeout": ".errors",
    "KoreResponseError": ".errors",
    "KoreSettings": ".client",
    "KoreSettingsError": ".errors",
    "KoreValidationError": ".errors",
    "KoreWaitTimeout": ".waiting",
    "MAX_CONTACTS_PER_CALL": ".bulk",
    "MAX_TOKEN_LIFETIME": ".auth",
    "MEMORY_STORAGE": ".ratelimit",
    "RateLimit": ".ratelimit",
    "RefusedRow": ".bulk",
    "Retry": "httpx_retries",
    "RetryTransport": ".retry",
    "SHOW_VALUES_ENV": "kore_campaigns_client.types",
    "STRICT_RESPONSES_ENV": "kore_campaigns_client.types",
    "Wait": ".ratelimit",
    "async_from_env": ".client",
    "create_async_client": ".client",
    "create_client": ".client",
    "deviations": "kore_campaigns_client.types",
    "error_for": ".errors",
    "from_env": ".client",
    "import_contacts": ".bulk",
    "import_contacts_async": ".bulk",
    "rate_limit_waits": ".ratelimit",
    "unwrap": ".errors",
    "visible_waits": ".ratelimit",
    "wait_for_status": ".waiting",
    "wait_for_status_async": ".waiting",
}


# Public submodules reachable as attributes after a bare `import kore_campaigns`, imported on first use.
_SUBMODULES = ("webhooks",)


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)  # the import sets it as an attribute
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_SUBMODULES})


__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_RATE_LIMIT",
    "DEFAULT_RETRY",
    "DEFAULT_TIMEOUT",
    "MAX_CONTACTS_PER_CALL",
    "MAX_TOKEN_LIFETIME",
    "MEMORY_STORAGE",
    "SHOW_VALUES_ENV",
    "STRICT_RESPONSES_ENV",
    "AsyncKoreClient",
    "ClientArguments",
    "ClientOptions",
    "Deviation",
    "ImportSummary",
    "KoreApiError",
    "KoreAuthError",
    "KoreClient",
    "KoreConflictError",
    "KoreError",
    "KoreForbiddenError",
    "KoreImportError",
    "KoreImportInterrupted",
    "KoreImportRefused",
    "KoreImportStopped",
    "KoreJwtAuth",
    "KoreNotFoundError",
    "KorePathParameterError",
    "KoreRateLimitError",
    "KoreRateLimitStorageError",
    "KoreRateLimitTimeout",
    "KoreResponseError",
    "KoreSettings",
    "KoreSettingsError",
    "KoreValidationError",
    "KoreWaitTimeout",
    "RateLimit",
    "RefusedRow",
    "Retry",
    "RetryTransport",
    "Wait",
    "async_from_env",
    "create_async_client",
    "create_client",
    "deviations",
    "error_for",
    "from_env",
    "import_contacts",
    "import_contacts_async",
    "rate_limit_waits",
    "unwrap",
    "visible_waits",
    "wait_for_status",
    "wait_for_status_async",
]
