"""Configuration, the command line, and the real server in a subprocess; secrets never leak."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

import httpx
import kore_campaigns_mock.__main__ as cli
import pytest
from kore_campaigns_mock import (
    DEMO_ACCOUNT_ID,
    DEMO_BOT_ID,
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    ConfigError,
    RegisteredApp,
    app_from_env,
    demo_app,
    load_seed,
    parse_seed,
    samples,
)
from kore_campaigns_mock.testing import auth_headers, campaign_path, mock_app, mock_argv, voice_campaigns_path

MOCK_DIR = Path(__file__).resolve().parent.parent / "mock"
ENV_SECRET = "env-secret-that-must-never-be-printed-0123456789"
HANG_GUARD = 60  # seconds: fails only on a real hang, never on a slow machine
SEED_SECRET = "seed-secret-that-must-never-be-printed-0123456789"


def _seed(**changes: Any) -> dict[str, Any]:
    entry = {"clientId": "cs-seeded", "clientSecret": SEED_SECRET, "accountId": "acc-1", "botIds": ["st-1"]}
    return {"apps": [entry | changes]}


def test_demo_values_are_the_projects() -> None:
    app = demo_app()
    assert app.client_id == "cs-5f0c6a8e-demo-4b0a-9c1e-kore00000001"
    assert app.client_secret == "demo-client-secret-0123456789abcdef0123456789"
    assert app.account_id == "67777ce93e25326494exxxxx"
    assert app.bot_ids == ("st-0603182c-7ffb-53c3-b307-47ca14bxxxxx",)
    assert set(app.contact_lists) == {"Recent Buyers - Q2 2025", "CL Only 2020 Dec 4", "DNC CL Dec 4", "testdnc"}


def test_secret_is_not_in_repr_or_str() -> None:
    apps = [demo_app(), *parse_seed(_seed())]
    for app in apps:
        for text in (repr(app), str(app), repr([app]), repr({"app": app})):
            assert app.client_secret not in text
            assert app.client_id in text


def test_config_errors_never_echo_the_secret() -> None:
    with pytest.raises(ConfigError) as caught:
        RegisteredApp(client_id="", client_secret="short-secret", account_id="a", bot_ids=("b",))
    assert "short-secret" not in str(caught.value)
    assert "clientSecret" in str(caught.value) and "clientId" in str(caught.value)


def test_env_variables_register_one_app_with_demo_fallbacks() -> None:
    app = app_from_env({"KORE_CLIENT_ID": "cs-env", "KORE_CLIENT_SECRET": ENV_SECRET})
    assert (app.client_id, app.client_secret) == ("cs-env", ENV_SECRET)
    assert (app.account_id, app.bot_ids) == (DEMO_ACCOUNT_ID, (DEMO_BOT_ID,))
    assert app_from_env({}) == demo_app()


def test_a_short_env_secret_is_refused_by_name() -> None:
    with pytest.raises(ConfigError, match="KORE_CLIENT_SECRET"):
        app_from_env({"KORE_CLIENT_SECRET": "too-short"})


def test_seed_registers_several_apps(tmp_path: Path) -> None:
    seed = _seed()
    seed["apps"].append({"clientId": "cs-two", "clientSecret": SEED_SECRET, "accountId": "acc-2",
                         "botIds": ["st-2", "st-3"], "contactLists": ["Only List"]})  # fmt: skip
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(seed))
    first, second = load_seed(path)
    assert first.contact_lists == demo_app().contact_lists
    assert second.bot_ids == ("st-2", "st-3") and second.contact_lists == ("Only List",)


@pytest.mark.parametrize(
    ("seed", "field"),
    [
        ([], "apps"),
        ({"apps": []}, "apps"),
        ({"apps": ["x"]}, "apps[0]"),
        (_seed(clientId=""), "apps[0].clientId"),
        (_seed(clientSecret="short"), "apps[0].clientSecret"),
        (_seed(clientSecret=None), "apps[0].clientSecret"),
        (_seed(accountId=7), "apps[0].accountId"),
        (_seed(botIds=[]), "apps[0].botIds"),
        (_seed(botIds="st-1"), "apps[0].botIds"),
        (_seed(botIds=["st-1", ""]), "apps[0].botIds[1]"),
        (_seed(contactLists="x"), "apps[0].contactLists"),
        (_seed(contactLists=["ok", 3]), "apps[0].contactLists[1]"),
        ({"apps": [_seed()["apps"][0], _seed()["apps"][0]]}, "apps[1].clientId"),
    ],
)
def test_bad_seed_names_the_field(tmp_path: Path, seed: object, field: str) -> None:
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(seed))
    with pytest.raises(ConfigError) as caught:
        load_seed(path)
    assert field in str(caught.value)
    assert SEED_SECRET not in str(caught.value)


def test_unreadable_seed_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_seed(tmp_path / "missing.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{")
    with pytest.raises(ConfigError, match="not valid JSON"):
        load_seed(broken)


def test_create_app_refuses_duplicate_client_ids() -> None:
    with pytest.raises(ValueError, match="client id"):
        mock_app(dialling=False, apps=[demo_app(), demo_app()])


def test_banner_tells_how_to_connect_but_not_the_secret(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    served: list[tuple[str, int]] = []
    monkeypatch.setattr("uvicorn.run", lambda app, host, port: served.append((host, port)))
    for name, value in {"KORE_CLIENT_ID": "cs-banner", "KORE_CLIENT_SECRET": ENV_SECRET}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("KORE_ACCOUNT_ID", raising=False)
    monkeypatch.delenv("KORE_BOT_ID", raising=False)
    assert cli.main(["--port", "9123"]) == 0
    out = capsys.readouterr().out
    assert served == [("127.0.0.1", 9123)]
    assert "http://127.0.0.1:9123" in out
    for expected in ("cs-banner", DEMO_ACCOUNT_ID, DEMO_BOT_ID, "KORE_CLIENT_ID", "KORE_CLIENT_SECRET",
                     "KORE_ACCOUNT_ID", "KORE_BOT_ID"):  # fmt: skip
        assert expected in out
    assert ENV_SECRET not in out


def test_demo_banner_does_not_print_the_demo_secret(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    monkeypatch.setattr("uvicorn.run", lambda app, host, port: None)
    for name in ("KORE_CLIENT_ID", "KORE_CLIENT_SECRET", "KORE_ACCOUNT_ID", "KORE_BOT_ID"):
        monkeypatch.delenv(name, raising=False)
    assert cli.main([]) == 0
    out = capsys.readouterr().out
    assert DEMO_CLIENT_ID in out and DEMO_CLIENT_SECRET not in out


def test_bad_seed_exits_2_naming_the_field(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(_seed(botIds=[])))
    assert cli.main(["--seed", str(path)]) == 2
    captured = capsys.readouterr()
    assert "apps[0].botIds" in captured.err and SEED_SECRET not in captured.err + captured.out


def test_negative_rate_limit_is_a_usage_error() -> None:
    with pytest.raises(SystemExit):
        cli.main(["--rate-limit", "-1"])


def test_a_rate_window_under_a_second_is_a_usage_error(capsys: Any) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--rate-window", "0"])
    assert "--rate-window: must be >= 1" in capsys.readouterr().err


def test_banner_names_a_shortened_window() -> None:
    text = cli.banner([demo_app()], "http://127.0.0.1:1", 30, {}, rate_window=30)
    assert "rate limit : 30 requests/30 s per account" in text
    assert "rate limit : 60 requests/minute per account" in cli.banner([demo_app()], "http://127.0.0.1:1", 60, {})


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_real_server_serves_an_authenticated_request() -> None:
    port = _free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith("KORE_")}
    env |= {"PYTHONPATH": str(MOCK_DIR), "KORE_CLIENT_ID": "cs-subprocess", "KORE_CLIENT_SECRET": ENV_SECRET}
    command = mock_argv("--host", "127.0.0.1", "--port", str(port), dialling=False, module=True)
    server = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)  # noqa: S603
    app = RegisteredApp(client_id="cs-subprocess", client_secret=ENV_SECRET, account_id=DEMO_ACCOUNT_ID,
                        bot_ids=(DEMO_BOT_ID,))  # fmt: skip
    base_url = f"http://127.0.0.1:{port}"
    try:
        # Hang guards only: a loaded machine may take many seconds to start a Python process.
        deadline = time.monotonic() + HANG_GUARD
        while True:
            assert server.poll() is None, "the server exited early"
            try:
                httpx.get(f"{base_url}/", timeout=HANG_GUARD)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, f"the server did not start within {HANG_GUARD} s"
                time.sleep(0.05)
        with httpx.Client(base_url=base_url, headers=auth_headers(app), timeout=HANG_GUARD) as client:
            created = client.post(voice_campaigns_path(DEMO_BOT_ID), json=samples.voice_campaign())
            assert created.status_code == 200, created.text
            campaign_id = created.json()["data"]["id"]
            assert client.get(campaign_path(DEMO_BOT_ID, campaign_id, DEMO_ACCOUNT_ID)).status_code == 200
    finally:
        server.terminate()
        try:
            output, _ = server.communicate(timeout=HANG_GUARD)
        except subprocess.TimeoutExpired:
            server.kill()
            output, _ = server.communicate()
    assert f"http://127.0.0.1:{port}" in output
    assert "cs-subprocess" in output
    assert ENV_SECRET not in output
