"""KoreJwtAuth: the token's algorithm, claims, header and lifetime, reuse and JTI mode."""

from __future__ import annotations

import threading
import time
import uuid

import httpx
import jwt
import pytest
from kore_campaigns import KoreJwtAuth

CLIENT_ID = "cs-test-client"
SECRET = "test-secret-0123456789abcdef0123456789abcdef"


class FakeClock:
    # Starts at the real time: jwt.decode checks exp against the real clock.
    def __init__(self) -> None:
        self.now = float(int(time.time()))

    def __call__(self) -> float:
        return self.now


def send(auth: httpx.Auth, count: int = 1) -> list[httpx.Request]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth, base_url="http://x") as client:
        for _ in range(count):
            client.get("/p")
    return seen


def decode(token: str, *, real_time: bool = True) -> dict[str, object]:
    # real_time=False: the fake clock has moved away from the real one, so skip PyJWT's time checks.
    if real_time:
        claims: dict[str, object] = jwt.decode(token, SECRET, algorithms=["HS256"])
    else:
        claims = jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_exp": False, "verify_iat": False})
    return claims


def test_token_is_hs256_with_exact_claims_in_raw_auth_header() -> None:
    clock = FakeClock()
    (request,) = send(KoreJwtAuth(CLIENT_ID, SECRET, clock=clock))
    token = request.headers["auth"]
    assert not token.lower().startswith("bearer")
    assert "authorization" not in request.headers
    assert jwt.get_unverified_header(token) == {"alg": "HS256", "typ": "JWT"}
    claims = decode(token)
    assert set(claims) == {"appId", "sub", "iat", "exp"}
    assert claims["appId"] == CLIENT_ID
    assert claims["sub"] == CLIENT_ID
    assert claims["iat"] == int(clock.now)
    assert claims["exp"] == int(clock.now) + 3600


def test_subject_and_lifetime_are_configurable() -> None:
    clock = FakeClock()
    (request,) = send(KoreJwtAuth(CLIENT_ID, SECRET, subject="kore-campaigns", token_lifetime=120, clock=clock))
    claims = decode(request.headers["auth"])
    assert claims["sub"] == "kore-campaigns"
    assert claims["exp"] == int(clock.now) + 120


@pytest.mark.parametrize("lifetime", [0, -1, 3601, 86_400])
def test_lifetime_outside_1_to_3600_is_refused(lifetime: int) -> None:
    with pytest.raises(ValueError, match="token_lifetime"):
        KoreJwtAuth(CLIENT_ID, SECRET, token_lifetime=lifetime)


def test_lifetime_must_be_an_int() -> None:
    with pytest.raises(TypeError, match="token_lifetime"):
        KoreJwtAuth(CLIENT_ID, SECRET, token_lifetime=True)


@pytest.mark.parametrize("lifetime", [1, 3600])
def test_lifetime_bounds_are_accepted(lifetime: int) -> None:
    assert KoreJwtAuth(CLIENT_ID, SECRET, token_lifetime=lifetime).token_lifetime == lifetime


def test_refresh_margin_defaults_to_a_minute_or_a_tenth_of_short_lifetimes() -> None:
    assert KoreJwtAuth(CLIENT_ID, SECRET).refresh_margin == 60
    assert KoreJwtAuth(CLIENT_ID, SECRET, token_lifetime=100).refresh_margin == 10
    with pytest.raises(ValueError, match="refresh_margin"):
        KoreJwtAuth(CLIENT_ID, SECRET, token_lifetime=100, refresh_margin=100)


def test_token_is_reused_until_the_refresh_margin_then_resigned() -> None:
    clock = FakeClock()
    auth = KoreJwtAuth(CLIENT_ID, SECRET, clock=clock)
    first = auth.get_token()
    assert [r.headers["auth"] for r in send(auth, 5)] == [first] * 5
    clock.now += 3600 - 60 - 1  # one second before the margin starts
    assert auth.get_token() == first
    assert auth.signatures == 1

    clock.now += 1  # 60 s before expiry: renew
    second = auth.get_token()
    assert second != first
    assert auth.signatures == 2
    assert decode(second, real_time=False)["iat"] == int(clock.now)
    assert send(auth)[0].headers["auth"] == second


def test_enforce_jti_signs_a_fresh_token_with_a_new_jti_every_request() -> None:
    clock = FakeClock()  # frozen: only the jti can make the tokens differ
    auth = KoreJwtAuth(CLIENT_ID, SECRET, enforce_jti=True, clock=clock)
    tokens = [r.headers["auth"] for r in send(auth, 5)]
    jtis = [decode(token)["jti"] for token in tokens]
    assert len(set(tokens)) == 5
    assert len(set(jtis)) == 5
    for jti in jtis:
        assert isinstance(jti, str)
        assert uuid.UUID(jti).version == 4
    assert auth.signatures == 5


def test_without_jti_mode_no_jti_claim() -> None:
    assert "jti" not in decode(KoreJwtAuth(CLIENT_ID, SECRET).get_token())


def test_concurrent_callers_share_one_signature() -> None:
    auth = KoreJwtAuth(CLIENT_ID, SECRET, clock=FakeClock())
    tokens: set[str] = set()
    lock = threading.Lock()

    def work() -> None:
        for _ in range(50):
            token = auth.get_token()
            with lock:
                tokens.add(token)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(tokens) == 1
    assert auth.signatures == 1


@pytest.mark.anyio
async def test_async_client_gets_the_same_header() -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    auth = KoreJwtAuth(CLIENT_ID, SECRET, enforce_jti=True)
    async with httpx.AsyncClient(transport=httpx.MockTransport(handler), auth=auth) as client:
        await client.get("http://x/p")
        await client.get("http://x/p")
    claims = [decode(r.headers["auth"]) for r in seen]
    assert [c["appId"] for c in claims] == [CLIENT_ID, CLIENT_ID]
    assert claims[0]["jti"] != claims[1]["jti"]


def test_empty_credentials_are_refused() -> None:
    with pytest.raises(ValueError, match="client_id"):
        KoreJwtAuth("", SECRET)
    with pytest.raises(ValueError, match="client_secret"):
        KoreJwtAuth(CLIENT_ID, "")
