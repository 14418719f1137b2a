"""JWT checks like the platform's: HS256 tokens signed with a registered app's client secret."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import jwt

from .config import RegisteredApp
from .errors import INVALID_CREDENTIALS, ApiError, Problem

# "As of now, for apps which you will map to API scope, only HS256 is allowed" (notes §B).
ALGORITHM = "HS256"
# SDK security page: with a jti the platform enforces an expiry of at most one hour.
MAX_JTI_LIFETIME_SECONDS = 3600


# RFC 7519 §4.1 fixes these claims' types. PyJWT reads dates with int(), which takes "9999999999" and true.
NUMERIC_DATE_CLAIMS = ("exp", "nbf", "iat")
STRING_CLAIMS = ("iss", "sub", "jti", "appId")


def claim_type_problem(claims: dict[str, Any]) -> str | None:
    """Why a claim has the wrong JSON type, or None; the reason names the claim, never its value."""
    for name in NUMERIC_DATE_CLAIMS:
        if name not in claims:
            continue
        value = claims[name]
        # bool is an int subclass; json.loads reads NaN, Infinity and 1e400 as floats that are not finite.
        finite_number = isinstance(value, int) or (isinstance(value, float) and math.isfinite(value))
        if isinstance(value, bool) or not finite_number:
            return f"the {name} claim must be a NumericDate: a JSON number of seconds since 1970"
    for name in STRING_CLAIMS:
        if name in claims and not isinstance(claims[name], str):
            return f"the {name} claim must be a string"
    audience = claims.get("aud")
    if "aud" in claims and not (
        isinstance(audience, str) or (isinstance(audience, list) and all(isinstance(item, str) for item in audience))
    ):
        return "the aud claim must be a string or an array of strings"
    return None


@dataclass(frozen=True)
class Caller:
    """Who a request comes from, once admitted: the token's app and the account and bot it acts for."""

    app: RegisteredApp
    account_id: str
    bot_id: str


def unauthorized(reason: str) -> ApiError:
    # errors[].msg stays the platform's exact text; the reason goes to the summary to help debugging.
    return ApiError(401, [Problem(INVALID_CREDENTIALS, "auth")], f"{INVALID_CREDENTIALS}: {reason}")


class Authenticator:
    def __init__(self, apps: Sequence[RegisteredApp]) -> None:
        self._apps = {app.client_id: app for app in apps}
        self._used_jtis: dict[str, dict[str, float]] = {app.client_id: {} for app in apps}
        self._lock = threading.Lock()

    def authenticate(self, token: str | None) -> RegisteredApp:
        if not token:
            raise unauthorized("the auth header is missing")
        try:
            header = jwt.get_unverified_header(token)
            unverified = jwt.decode(token, options={"verify_signature": False})
        except (jwt.PyJWTError, ValueError):
            raise unauthorized("the auth header is not a JWT") from None
        if header.get("alg") != ALGORITHM:
            raise unauthorized("the token must be signed with HS256")
        claim_problem = claim_type_problem(unverified)
        if claim_problem is not None:
            raise unauthorized(claim_problem)
        # The claim name is exact: "not App ID, appid or app ID" (api-introduction page).
        app_id = unverified.get("appId")
        if not isinstance(app_id, str) or not app_id:
            raise unauthorized("the token has no appId claim")
        app = self._apps.get(app_id)
        if app is None:
            raise unauthorized("appId names no registered app")
        try:
            # aud is optional for API tokens ("JTI and AUD are not mandatory"), so it is not checked.
            claims = jwt.decode(token, app.client_secret, algorithms=[ALGORITHM], options={"verify_aud": False})
        except jwt.ExpiredSignatureError:
            raise unauthorized("the token has expired") from None
        except (jwt.PyJWTError, ValueError):
            raise unauthorized("bad signature or invalid claims") from None
        if "jti" in claims:
            self._consume_jti(app, claims)
        return app

    def _consume_jti(self, app: RegisteredApp, claims: dict[str, Any]) -> None:
        jti = claims["jti"]
        if not isinstance(jti, str) or not jti:
            raise unauthorized("jti must be a non-empty string")
        if "exp" not in claims:
            raise unauthorized("a token with a jti must carry exp")
        # exp and iat are numbers (claim_type_problem), compared unrounded: RFC 7519 allows fractions.
        expires: float = claims["exp"]
        now = time.time()
        issued: float = claims.get("iat", now)
        # A comparison, not a subtraction: a 400-digit int minus a float would overflow.
        if expires > issued + MAX_JTI_LIFETIME_SECONDS:
            raise unauthorized("a token with a jti may live at most 3600 seconds")
        with self._lock:
            used = self._used_jtis[app.client_id]
            # A jti only needs remembering until its token expires: after that the token is refused anyway.
            for stale in [key for key, exp in used.items() if exp < now]:
                del used[stale]
            if jti in used:
                raise unauthorized("the jti has already been used")
            used[jti] = expires
