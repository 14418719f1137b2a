"""The client secret and signed tokens appear in no repr, str, log record or error of the overlay."""

from __future__ import annotations

import logging
from typing import Any

import anyio
import httpx
import kore_campaigns
import pytest
from fakes import FakeTime
from kore_campaigns import (
    KoreApiError,
    KoreConflictError,
    KoreJwtAuth,
    KoreNotFoundError,
    KoreSettings,
    KoreSettingsError,
    RateLimit,
    unwrap,
)
from kore_campaigns_client.api.campaigns import create_campaign, get_campaign
from kore_campaigns_client.models.sms_campaign_request import SmsCampaignRequest
from kore_campaigns_mock import samples

SECRET = "overlay-secret-must-not-leak-0123456789abcdef"
ENV = {
    "KORE_CLIENT_ID": "cs-secret-test",
    "KORE_CLIENT_SECRET": SECRET,
    "KORE_ACCOUNT_ID": "acct-secret-test",
    "KORE_BOT_ID": "st-secret-test",
    "KORE_BASE_URL": "http://kore.test",
}
SMS: dict[str, Any] = {**samples.sms_campaign(), "name": "Leak Check"}
CONFLICT = {
    "status": "failure",
    "message": "Campaign name already exists",
    "errors": [{"msg": "name: a campaign with this name already exists in this bot", "code": 4009, "field": "name"}],
}
NOT_FOUND = {"errors": [{"msg": "campaignId: no campaign", "code": 4004, "field": "campaignId"}]}


class Server:
    """429, then a connection failure, then the real answer; records every token it is sent."""

    def __init__(self) -> None:
        self.tokens: list[str] = []
        self.script: list[int | type[httpx.TransportError]] = [429, httpx.ConnectError]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.tokens.append(request.headers["auth"])
        if self.script:
            step = self.script.pop(0)
            if isinstance(step, int):
                return httpx.Response(
                    step, headers={"Retry-After": "0"}, json={"errors": [{"msg": "slow", "code": 4029}]}
                )
            raise step("refused", request=request)
        if request.method == "POST":
            return httpx.Response(409, json=CONFLICT)
        return httpx.Response(404, json=NOT_FOUND)


def test_secret_and_tokens_never_leak(caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx's included
    server, fake = Server(), FakeTime(start=1000.0)
    fake.install(monkeypatch)
    transport = httpx.MockTransport(server)
    client = kore_campaigns.from_env(
        ENV,
        transport=transport,
        async_transport=transport,
        enforce_jti=True,  # a token per attempt: more tokens to look for
        rate_limit=RateLimit(requests=1, clock=fake.clock, sleep=fake.sleep, async_sleep=fake.async_sleep),
    )
    texts: list[str] = [repr(client), str(client)]

    response = create_campaign.sync_detailed(
        client.bot_id, client=client, body=SmsCampaignRequest.from_dict(SMS), campaign_type="sms"
    )
    with pytest.raises(KoreConflictError) as conflict:
        unwrap(response)

    async def read() -> KoreApiError:
        try:
            unwrap(await get_campaign.asyncio_detailed(client.bot_id, "cd-1", client=client))
        except KoreNotFoundError as error:
            return error
        raise AssertionError("expected a 404")

    not_found = anyio.run(read)
    copy = client.with_headers({"X-Copy": "1"})

    with pytest.raises(KoreSettingsError) as missing:
        KoreSettings.from_env({"KORE_CLIENT_SECRET": SECRET})
    with pytest.raises(ValueError) as bad_lifetime:
        kore_campaigns.from_env(ENV, token_lifetime=0)

    settings = KoreSettings.from_env(ENV)
    auth = client.jwt_auth
    texts += [
        repr(client),  # now with its httpx clients built
        str(client),
        repr(copy),
        repr(client.get_httpx_client()),
        repr(client.get_async_httpx_client()),
        repr(auth),
        str(auth),
        repr(KoreJwtAuth("cs", SECRET)),
        repr(settings),
        str(settings),
        repr(RateLimit()),
        repr(RateLimit(storage=f"redis://:{SECRET}@127.0.0.1:6379/0").new_limiter("acc")),
        repr(transport),
        *(f"{error!s}\n{error!r}\n{error.args!r}" for error in (conflict.value, not_found)),
        repr(conflict.value.response),
        repr(conflict.value.error),
        str(missing.value) + repr(missing.value),
        str(bad_lifetime.value) + repr(bad_lifetime.value),
        caplog.text,
        *(f"{record.getMessage()} {record.args!r}" for record in caplog.records),
    ]

    # The client did its work: retries (429, ConnectError), rate-limit waits, one token per attempt.
    assert len(server.tokens) == 4
    assert len(set(server.tokens)) == 4
    messages = [r.getMessage() for r in caplog.records if r.name == "kore_campaigns"]
    assert any(m.startswith("signed new token, expires in 3600 s") for m in messages)
    assert any("retrying request=<Request('POST'" in r.getMessage() for r in caplog.records)  # httpx-retries
    assert any(m.startswith("rate limit:") for m in messages)

    needles = [SECRET] + server.tokens + [token.split(".")[2] for token in server.tokens]
    for text in texts:
        for needle in needles:
            assert needle not in text


def test_a_generated_client_shows_neither_its_token_nor_the_header_carrying_it() -> None:
    # pytest prints fixture values in a failing test's traceback: an AuthenticatedClient among them.
    from kore_campaigns_client import AuthenticatedClient

    token = "eyJhbGciOiJIUzI1NiJ9.must-not-leak.signature"
    client = AuthenticatedClient(base_url="http://kore.test", token=token, prefix="", auth_header_name="auth")
    client.get_httpx_client()  # puts the token into the client's headers
    assert token in client.get_httpx_client().headers["auth"]
    assert token not in repr(client) and token not in str(client)
    assert "http://kore.test" in repr(client)
