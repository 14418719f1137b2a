"""A ready ``AuthenticatedClient``: JWT auth, account/bot headers, retries and rate limit, and the
generated resource objects (``client.campaigns``, ...) on it, sync (``KoreClient``) or async
(``AsyncKoreClient``)."""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, NotRequired, TypedDict, Unpack

import attrs
import httpx
from httpx_retries import Retry
from kore_campaigns_client.api import AsyncResources, Resources
from kore_campaigns_client.client import AuthenticatedClient
from kore_campaigns_client.types import STRICT_RESPONSES_ENV, Response

from .auth import MAX_TOKEN_LIFETIME, KoreJwtAuth
from .errors import KoreApiError, KoreResponseError, KoreSettingsError, error_for
from .ratelimit import AccountLimiter, RateLimit
from .retry import DEFAULT_RETRY, RetryTransport

if TYPE_CHECKING:
    from kore_campaigns_client.models import CampaignStatusData

    from .bulk import ImportSummary

DEFAULT_BASE_URL = "https://platform.kore.ai"
# `pool` also bounds a request's wait for room in the rate limit: two windows of 61 s.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0, pool=125.0)
DEFAULT_RATE_LIMIT = RateLimit()

_ENV_BASE_URL = "KORE_BASE_URL"
_ENV_RATE_LIMIT_STORAGE = "KORE_RATE_LIMIT_STORAGE"
_ENV_RATE_LIMIT_PER_MINUTE = "KORE_RATE_LIMIT_PER_MINUTE"
_ENV_RATE_LIMIT_FALLBACK = "KORE_RATE_LIMIT_FALLBACK"
_ENV_REQUIRED = {
    "client_id": "KORE_CLIENT_ID",
    "client_secret": "KORE_CLIENT_SECRET",
    "account_id": "KORE_ACCOUNT_ID",
    "bot_id": "KORE_BOT_ID",
}


@dataclass(frozen=True)
class KoreSettings:
    """Credentials and ids of one JWT app / bot. The secret is left out of the repr."""

    client_id: str
    client_secret: str = field(repr=False)
    account_id: str
    bot_id: str
    base_url: str = DEFAULT_BASE_URL

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> KoreSettings:
        """Read ``KORE_CLIENT_ID``, ``KORE_CLIENT_SECRET``, ``KORE_ACCOUNT_ID``, ``KORE_BOT_ID``
        and the optional ``KORE_BASE_URL``. Raises :class:`KoreSettingsError` naming every
        missing or empty variable at once."""
        env = os.environ if environ is None else environ
        values = {name: env.get(var, "").strip() for name, var in _ENV_REQUIRED.items()}
        missing = [var for name, var in _ENV_REQUIRED.items() if not values[name]]
        if missing:
            raise KoreSettingsError(missing)
        base_url = env.get(_ENV_BASE_URL, "").strip() or DEFAULT_BASE_URL
        return cls(base_url=base_url, **values)


@attrs.define
class _KoreClientBase(AuthenticatedClient):
    """The generated ``AuthenticatedClient``, plus the ids a caller needs.

    ``jwt_auth.signatures`` counts the tokens signed so far. ``token`` stays empty: ``jwt_auth``
    sets the ``auth`` header on each request.
    """

    bot_id: str = attrs.field(kw_only=True)
    account_id: str = attrs.field(kw_only=True)
    jwt_auth: KoreJwtAuth = attrs.field(kw_only=True)
    # Read by the generated response readers: True raises KoreResponseError where an answer differs
    # from the spec, False keeps what came (logged); None leaves it to KORE_STRICT_RESPONSES.
    strict_responses: bool | None = attrs.field(default=None, kw_only=True)
    # Read by the generated readers and by the errors: True lets log lines, exception texts and the
    # reprs of what this client reads show the values of answers (personal data); None leaves it to
    # KORE_SHOW_VALUES (default: off).
    show_values: bool | None = attrs.field(default=None, kw_only=True)
    response_error_class: ClassVar[type[KoreResponseError]] = KoreResponseError

    def error_for_response(self, response: Response[Any]) -> KoreApiError:
        """What resource methods raise for an error status: the :class:`KoreApiError` subclass."""
        return error_for(response, self.show_values)


@attrs.define
class KoreClient(_KoreClientBase, Resources):
    """A client whose resources call synchronously: ``client.campaigns.get_campaign(campaign_id)``.

    Each resource method fills in the bot id (``bot_id=`` overrides it) and the parameters that
    have one allowed value, returns the success model and raises :class:`KoreApiError`
    subclasses. The generated low-level functions take this client too:
    ``get_campaign.sync_detailed(client.bot_id, campaign_id, client=client)``.
    """

    def wait_for_status(
        self,
        campaign_id: str,
        statuses: str | Iterable[str],
        *,
        timeout: float = 300.0,
        poll_interval: float = 2.0,
    ) -> CampaignStatusData:
        """Poll the campaign's status until it is one of ``statuses``; :class:`KoreWaitTimeout` after
        ``timeout`` s. See :func:`kore_campaigns.wait_for_status`."""
        from .waiting import wait_for_status

        return wait_for_status(self, campaign_id, statuses, timeout=timeout, poll_interval=poll_interval)

    def import_contacts(
        self,
        source: Iterable[Mapping[str, Any] | Any] | str | os.PathLike[str],
        *,
        list_id: str | None = None,
        list_name: str | None = None,
        create: bool = False,
        checkpoint: str | os.PathLike[str] | None = None,
        progress: bool | None = None,
        chunk_size: int = 1000,
        on_chunk: Callable[[int, int], None] | None = None,
        skip_invalid: bool = False,
        restart: bool = False,
        region: str | None = None,
        encoding: str | None = None,
        delimiter: str | None = None,
    ) -> ImportSummary:
        """Check every contact (phone numbers to E.164), then add them to the list in chunks of 1,000
        within the rate limit, each exactly once across interruptions with ``checkpoint``. See
        :func:`kore_campaigns.import_contacts`."""
        from .bulk import import_contacts

        return import_contacts(
            self,
            source,
            list_id=list_id,
            list_name=list_name,
            create=create,
            checkpoint=checkpoint,
            progress=progress,
            chunk_size=chunk_size,
            on_chunk=on_chunk,
            skip_invalid=skip_invalid,
            restart=restart,
            region=region,
            encoding=encoding,
            delimiter=delimiter,
        )


@attrs.define
class AsyncKoreClient(_KoreClientBase, AsyncResources):
    """A client whose resources are awaited: ``await client.campaigns.get_campaign(campaign_id)``.

    The same methods, arguments and errors as :class:`KoreClient`; a separate class (as httpx
    and Stainless-built SDKs do) so that the type of the client tells whether a call needs
    ``await``. The generated ``asyncio*`` functions take it too.
    """

    async def wait_for_status(
        self,
        campaign_id: str,
        statuses: str | Iterable[str],
        *,
        timeout: float = 300.0,
        poll_interval: float = 2.0,
    ) -> CampaignStatusData:
        """Await the campaign's reaching one of ``statuses``; see :func:`kore_campaigns.wait_for_status_async`."""
        from .waiting import wait_for_status_async

        return await wait_for_status_async(self, campaign_id, statuses, timeout=timeout, poll_interval=poll_interval)

    async def import_contacts(
        self,
        source: Iterable[Mapping[str, Any] | Any] | str | os.PathLike[str],
        *,
        list_id: str | None = None,
        list_name: str | None = None,
        create: bool = False,
        checkpoint: str | os.PathLike[str] | None = None,
        progress: bool | None = None,
        chunk_size: int = 1000,
        on_chunk: Callable[[int, int], None] | None = None,
        skip_invalid: bool = False,
        restart: bool = False,
        region: str | None = None,
        encoding: str | None = None,
        delimiter: str | None = None,
    ) -> ImportSummary:
        """The awaited :meth:`KoreClient.import_contacts`, with the same checks and guarantees; see
        :func:`kore_campaigns.import_contacts_async`."""
        from .bulk import import_contacts_async

        return await import_contacts_async(
            self,
            source,
            list_id=list_id,
            list_name=list_name,
            create=create,
            checkpoint=checkpoint,
            progress=progress,
            chunk_size=chunk_size,
            on_chunk=on_chunk,
            skip_invalid=skip_invalid,
            restart=restart,
            region=region,
            encoding=encoding,
            delimiter=delimiter,
        )


class _AccountTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The innermost layer, under the retries, so it runs for every attempt: it waits for room in
    the account's window, signs the request (a retry needs a new jti, a long wait a fresh token),
    and sends it through the sync or the async transport.

    One object serves both protocols because the generated client builds its ``httpx.Client`` and
    ``httpx.AsyncClient`` lazily from one ``httpx_args`` dict (copies from ``with_headers`` too).
    """

    def __init__(
        self,
        sync: httpx.BaseTransport,
        async_: httpx.AsyncBaseTransport,
        auth: KoreJwtAuth,
        limiter: AccountLimiter | None,
    ) -> None:
        self.sync, self.async_, self.auth, self.limiter = sync, async_, auth, limiter

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.auth!r}, {self.limiter!r})"

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.limiter is not None:
            self.limiter.wait(request)
        self.auth.apply(request)
        return self.sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.limiter is not None:
            await self.limiter.wait_async(request)
        self.auth.apply(request)
        return await self.async_.handle_async_request(request)

    def close(self) -> None:
        self.sync.close()

    async def aclose(self) -> None:
        await self.async_.aclose()


class ClientOptions(TypedDict, total=False):
    """Keyword options of :func:`create_client` that :func:`from_env` passes through."""

    timeout: httpx.Timeout | None
    retry: Retry | None
    rate_limit: RateLimit | None
    rate_limit_storage: str | None
    rate_limit_per_minute: int | None
    rate_limit_fallback_to_memory: bool | None
    enforce_jti: bool
    token_lifetime: int
    subject: str | None
    transport: httpx.BaseTransport | None
    async_transport: httpx.AsyncBaseTransport | None
    jwt_clock: Callable[[], float]
    raise_on_unexpected_status: bool
    strict_responses: bool | None
    show_values: bool | None


def create_client(
    *,
    client_id: str,
    client_secret: str,
    account_id: str,
    bot_id: str,
    base_url: str = DEFAULT_BASE_URL,
    timeout: httpx.Timeout | None = DEFAULT_TIMEOUT,
    retry: Retry | None = DEFAULT_RETRY,
    rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
    rate_limit_storage: str | None = None,
    rate_limit_per_minute: int | None = None,
    rate_limit_fallback_to_memory: bool | None = None,
    enforce_jti: bool = False,
    token_lifetime: int = MAX_TOKEN_LIFETIME,
    subject: str | None = None,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    jwt_clock: Callable[[], float] = time.time,
    raise_on_unexpected_status: bool = False,
    strict_responses: bool | None = None,
    show_values: bool | None = None,
) -> KoreClient:
    """Build a client for the generated operations.

    Every request carries the JWT (``auth`` header), the ``accountId`` and ``iid`` headers and
    the ``accountId`` query parameter (the v2 create/get URLs need it; the others ignore it).
    Layers, outermost first: retries (``retry``, an ``httpx_retries.Retry`` for idempotent calls;
    POST keeps its own rule, see :class:`RetryTransport`) -> rate limit and signing -> ``transport``
    / ``async_transport`` (default: real HTTP), so that every attempt waits for room in the window
    and is signed again. One limiter, keyed by the account id, serves the sync and async sides;
    ``rate_limit_storage`` (e.g. ``redis://host:6379``), ``rate_limit_per_minute`` and
    ``rate_limit_fallback_to_memory`` override the fields of ``rate_limit`` (see :class:`RateLimit`).
    ``retry=None`` / ``rate_limit=None`` turn a layer off; tests pass e.g.
    ``async_transport=httpx.ASGITransport(app)``.

    Answers are read leniently: what differs from the spec is kept as sent, logged once and listed
    by :func:`deviations`. ``strict_responses=True`` raises :class:`KoreResponseError` instead;
    ``None`` (default) follows the ``KORE_STRICT_RESPONSES`` environment variable.

    Log lines and exception texts name the field, the rule and the kind of value, never the value an
    answer held (phone numbers, names, contact fields are personal data), and the reprs of the models
    and ``Response``s this client reads mask the personal data the spec marks, unless
    ``show_values=True``; ``None`` (default) follows the ``KORE_SHOW_VALUES`` environment variable. The
    values stay in the models and on the exceptions (``Deviation.value``, ``KoreApiError.body_excerpt``).
    """
    for name, value in (
        ("client_id", client_id),
        ("client_secret", client_secret),
        ("account_id", account_id),
        ("bot_id", bot_id),
        ("base_url", base_url),
    ):
        if not value:
            raise ValueError(f"{name} must not be empty")
    auth = KoreJwtAuth(
        client_id,
        client_secret,
        subject=subject,
        token_lifetime=token_lifetime,
        enforce_jti=enforce_jti,
        clock=jwt_clock,
    )

    limit_options: dict[str, object] = {"storage": rate_limit_storage, "requests": rate_limit_per_minute}
    limit_options["fallback_to_memory"] = rate_limit_fallback_to_memory
    limit_options = {name: value for name, value in limit_options.items() if value is not None}
    if rate_limit is None and limit_options:
        raise ValueError("rate_limit=None turns the rate limit off: drop the rate_limit_* arguments too")
    limiter = None
    if rate_limit is not None:
        limiter = dataclasses.replace(rate_limit, **limit_options).new_limiter(account_id)  # type: ignore[arg-type]
    layers: httpx.BaseTransport = _AccountTransport(
        transport if transport is not None else httpx.HTTPTransport(),
        async_transport if async_transport is not None else httpx.AsyncHTTPTransport(),
        auth,
        limiter,
    )
    if retry is not None:
        if not isinstance(retry, Retry):
            raise TypeError(f"retry must be an httpx_retries.Retry or None, got {type(retry).__name__}")
        layers = RetryTransport(layers, retry)

    return KoreClient(
        base_url=base_url,
        # The attrs repr shows `token`: keep it empty and let `auth` sign per request.
        token="",
        prefix="",
        auth_header_name=KoreJwtAuth.header_name,
        headers={"accountId": account_id, "iid": bot_id},
        timeout=timeout,
        raise_on_unexpected_status=raise_on_unexpected_status,
        httpx_args={"params": {"accountId": account_id}, "transport": layers},
        bot_id=bot_id,
        account_id=account_id,
        jwt_auth=auth,
        strict_responses=strict_responses,
        show_values=show_values,
    )


class ClientArguments(ClientOptions):
    """The keyword arguments of :func:`create_client` (and :func:`create_async_client`)."""

    client_id: str
    client_secret: str
    account_id: str
    bot_id: str
    base_url: NotRequired[str]


def _as_async(client: KoreClient) -> AsyncKoreClient:
    # Same fields, other resource mixin: the settings are built (and validated) once, in create_client.
    init = {
        (field.alias or field.name): getattr(client, field.name) for field in attrs.fields(KoreClient) if field.init
    }
    return AsyncKoreClient(**init)


def create_async_client(**arguments: Unpack[ClientArguments]) -> AsyncKoreClient:
    """:func:`create_client` for async code: ``await client.campaigns.get_campaign(...)``."""
    return _as_async(create_client(**arguments))


def async_from_env(environ: Mapping[str, str] | None = None, **options: Unpack[ClientOptions]) -> AsyncKoreClient:
    """:func:`from_env` for async code: the resources of the returned client are awaited."""
    return _as_async(from_env(environ, **options))


def from_env(environ: Mapping[str, str] | None = None, **options: Unpack[ClientOptions]) -> KoreClient:
    """:func:`create_client` with the settings of :meth:`KoreSettings.from_env`, and the rate limit's
    ``KORE_RATE_LIMIT_STORAGE`` (default ``memory://``), ``KORE_RATE_LIMIT_PER_MINUTE`` (default 60)
    and ``KORE_RATE_LIMIT_FALLBACK=memory``, and ``KORE_STRICT_RESPONSES=1`` (strict reading of
    answers); keyword options win over the environment."""
    settings = KoreSettings.from_env(environ)
    env = os.environ if environ is None else environ
    if storage := env.get(_ENV_RATE_LIMIT_STORAGE, "").strip():
        options.setdefault("rate_limit_storage", storage)
    if per_minute := env.get(_ENV_RATE_LIMIT_PER_MINUTE, "").strip():
        if not per_minute.isdigit() or int(per_minute) < 1:
            raise ValueError(f"{_ENV_RATE_LIMIT_PER_MINUTE} must be a whole number of at least 1, got {per_minute!r}")
        options.setdefault("rate_limit_per_minute", int(per_minute))
    if strict := env.get(STRICT_RESPONSES_ENV, "").strip():
        options.setdefault("strict_responses", strict.lower() in ("1", "true", "yes", "on"))
    if fallback := env.get(_ENV_RATE_LIMIT_FALLBACK, "").strip():
        if fallback not in ("memory", "off"):
            raise ValueError(f"{_ENV_RATE_LIMIT_FALLBACK} must be 'memory' or 'off', got {fallback!r}")
        options.setdefault("rate_limit_fallback_to_memory", fallback == "memory")
    return create_client(
        client_id=settings.client_id,
        client_secret=settings.client_secret,
        account_id=settings.account_id,
        bot_id=settings.bot_id,
        base_url=settings.base_url,
        **options,
    )
