"""JWT authentication for the Kore.ai public APIs, as an ``httpx.Auth``."""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable, Generator, Mapping

import httpx
import jwt

_log = logging.getLogger("kore_campaigns")

# Kore rejects tokens that live longer than an hour (documented for JTI-enforcing apps).
MAX_TOKEN_LIFETIME = 3600


def sign_token(
    client_id: str,
    client_secret: str,
    *,
    subject: str | None = None,
    lifetime: int | None = MAX_TOKEN_LIFETIME,
    with_jti: bool = False,
    now: float | None = None,
    claims: Mapping[str, object] | None = None,
) -> str:
    """The platform's token, signed once: HS256 with the client secret over ``appId`` (= client id),
    ``sub`` (default: the client id), ``iat``, ``exp`` = ``iat`` + ``lifetime`` (none when ``lifetime``
    is None) and, with ``with_jti``, a fresh uuid4 ``jti``. ``claims`` are added last and win, so tests
    can forge the tokens a server must refuse. The one signer of the project: the overlay's auth, the
    mock's test tools, the fuzz hooks and the benchmarks all sign through it."""
    issued = int(time.time() if now is None else now)
    payload: dict[str, object] = {
        "appId": client_id,
        "sub": client_id if subject is None else subject,
        "iat": issued,
    }
    if lifetime is not None:
        payload["exp"] = issued + lifetime
    if with_jti:
        payload["jti"] = str(uuid.uuid4())
    payload.update(claims or {})
    return jwt.encode(payload, client_secret, algorithm="HS256")


class KoreJwtAuth(httpx.Auth):
    """Signs an HS256 JWT with the app's client secret and sends it raw in the ``auth`` header.

    Claims: ``appId`` (exact spelling, the platform matches it case-sensitively) = client id,
    ``sub``, ``iat``, ``exp``; plus a fresh ``jti`` (uuid4) when ``enforce_jti`` is set. Without
    JTI a token is reused until ``refresh_margin`` seconds before it expires, so a busy client
    signs about once per lifetime; with JTI every request needs its own token (a jti may not
    be reused), so every call signs. Thread-safe; signing does no I/O, so ``auth_flow`` serves
    both ``httpx.Client`` and ``httpx.AsyncClient``.
    """

    header_name = "auth"

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        subject: str | None = None,
        token_lifetime: int = MAX_TOKEN_LIFETIME,
        refresh_margin: float | None = None,
        enforce_jti: bool = False,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not client_id:
            raise ValueError("client_id must not be empty")
        if not client_secret:
            raise ValueError("client_secret must not be empty")
        # bool is an int: refuse it so that token_lifetime=True is not read as one second.
        if isinstance(token_lifetime, bool) or not isinstance(token_lifetime, int):
            raise TypeError("token_lifetime must be an int number of seconds")
        if not 1 <= token_lifetime <= MAX_TOKEN_LIFETIME:
            raise ValueError(f"token_lifetime must be between 1 and {MAX_TOKEN_LIFETIME} seconds, got {token_lifetime}")
        if refresh_margin is None:
            # Renew a minute early (a tenth of short lifetimes) so that a token does not
            # expire between signing and the server's check.
            refresh_margin = min(60.0, token_lifetime / 10)
        if not 0 <= refresh_margin < token_lifetime:
            raise ValueError(
                f"refresh_margin must be at least 0 and less than token_lifetime ({token_lifetime} s), "
                f"got {refresh_margin}"
            )
        self.client_id = client_id
        self._secret = client_secret
        self.subject = subject if subject is not None else client_id
        self.token_lifetime = token_lifetime
        self.refresh_margin = refresh_margin
        self.enforce_jti = enforce_jti
        self._clock = clock
        self._lock = threading.Lock()
        self._token: str | None = None
        self._renew_at = 0.0
        self._signatures = 0

    def __repr__(self) -> str:
        # Never the secret or a token.
        return (
            f"{type(self).__name__}(client_id={self.client_id!r}, subject={self.subject!r}, "
            f"token_lifetime={self.token_lifetime}, enforce_jti={self.enforce_jti}, "
            f"signatures={self._signatures})"
        )

    @property
    def signatures(self) -> int:
        """How many tokens this object has signed (benchmarks report it per 1,000 calls)."""
        return self._signatures

    def get_token(self) -> str:
        """The token to send now: the cached one while it is fresh, else a newly signed one."""
        with self._lock:
            now = self._clock()
            if self.enforce_jti or self._token is None or now >= self._renew_at:
                self._token = self._sign(now)
            return self._token

    def _sign(self, now: float) -> str:
        iat = int(now)
        token = sign_token(
            self.client_id,
            self._secret,
            subject=self.subject,
            lifetime=self.token_lifetime,
            with_jti=self.enforce_jti,
            now=iat,
        )
        self._renew_at = iat + self.token_lifetime - self.refresh_margin
        self._signatures += 1
        _log.debug("signed new token, expires in %d s", self.token_lifetime)
        return token

    def apply(self, request: httpx.Request) -> None:
        """Set (or replace) the ``auth`` header; the retry transport calls it before a retry."""
        request.headers[self.header_name] = self.get_token()

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.apply(request)
        yield request
