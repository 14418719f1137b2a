"""The kore-campaigns command line as an operator runs it: real processes, in a pseudo-terminal
or a pipe, interrupted by signals. Each step waits for the output it needs (no sleeps); the
deadlines only stop a test that hangs."""

from __future__ import annotations

import json
import re
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from kore_campaigns_mock import DEMO_CLIENT_SECRET, samples
from kore_campaigns_mock.background import serve_in_background
from kore_campaigns_mock.testing import mock_app
from terminal import COMMAND, DEADLINE, Process, environment, no_process_left

__all__ = ["no_process_left"]  # the autouse fixture, imported to apply here

ESCAPE = "\x1b"


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with serve_in_background(mock_app(dialling=False, rate_limit_per_minute=0)) as url:
        yield url


def run(env: dict[str, str], *args: str) -> tuple[int, str, str]:
    result = subprocess.run([COMMAND, *args], capture_output=True, text=True, env=env, timeout=DEADLINE, check=False)  # noqa: S603
    return result.returncode, result.stdout, result.stderr


def sms_campaign(env: dict[str, str], name: str) -> str:
    body = json.dumps({**samples.sms_campaign(), "name": name})
    code, out, err = run(env, "campaigns", "create", "--campaign-type", "sms", "--data", body, "--json")
    assert code == 0, err
    campaign_id: str = json.loads(out)["data"]["campaignId"]
    return campaign_id


def test_ctrl_c_exits_130_and_says_what_was_done(mock_url: str) -> None:
    env = environment(mock_url)
    campaign_id = sms_campaign(env, "Interrupted wait")
    waiting = Process(
        ["campaigns", "wait", campaign_id, "--status", "Completed", "--timeout", "600", "--interval", "0.2"],
        env,
        terminal=True,
        columns=200,
    )
    waiting.expect(f"{campaign_id} is Ready; waiting for Completed")  # the bar, after the first poll
    waiting.process.send_signal(signal.SIGINT)
    assert waiting.finish() == 130
    assert "interrupted (Ctrl-C): waited" in waiting.text and "the campaign was Ready" in waiting.text
    assert "Traceback" not in waiting.text and "Aborted!" not in waiting.text


def test_sigterm_exits_143_with_a_json_error(mock_url: str) -> None:
    env = environment(mock_url)
    campaign_id = sms_campaign(env, "Terminated wait")
    args = ["-v", "campaigns", "wait", campaign_id, "--status", "Completed", "--timeout", "600", "--json"]
    waiting = Process(args, env, terminal=False)
    waiting.expect("HTTP Request: POST", where="errors")  # -v logs each request: the wait has begun
    waiting.process.send_signal(signal.SIGTERM)
    assert waiting.finish() == 143
    assert waiting.output == b""
    error = json.loads(waiting.errors.decode().strip().splitlines()[-1])["error"]
    assert error["kind"] == "interrupted" and error["exitCode"] == 143
    assert error["message"].startswith("interrupted (SIGTERM): waited")
    assert DEMO_CLIENT_SECRET.encode() not in waiting.errors


def test_delete_asks_on_a_terminal(mock_url: str) -> None:
    env = environment(mock_url)
    campaign_id = sms_campaign(env, "Asked before deleting")
    asked = Process(["campaigns", "delete", campaign_id, "--campaign-type", "sms"], env, terminal=True)
    asked.expect("[y/N]")
    asked.send("n\n")
    assert asked.finish() == 1
    assert "not confirmed; nothing was done" in asked.text
    assert run(env, "campaigns", "get", campaign_id)[0] == 0
    asked = Process(["campaigns", "delete", campaign_id, "--campaign-type", "sms"], env, terminal=True)
    asked.expect("[y/N]")
    asked.send("y\n")
    assert asked.finish() == 0
    assert run(env, "campaigns", "get", campaign_id)[0] == 1


def test_tables_keep_ids_whole_and_no_color_means_no_escape_codes(mock_url: str) -> None:
    env = environment(mock_url)
    code, out, _ = run(env, "contact-lists", "list", "--json")
    ids = [item["_id"] for item in json.loads(out)["data"]]
    assert code == 0 and ids
    for extra, options in (({"NO_COLOR": "1"}, []), ({}, ["--no-color"])):
        table = Process([*options, "contact-lists", "list"], environment(mock_url, **extra), terminal=True, columns=50)
        assert table.finish() == 0
        assert ESCAPE not in table.text, table.text
        assert "┃" in table.text or "|" in table.text  # a table, not tab-separated values
        for list_id in ids:
            assert list_id in table.text  # whole, on a terminal too narrow for the other columns
    coloured = Process(["contact-lists", "list"], env, terminal=True)
    assert coloured.finish() == 0
    assert f"{ESCAPE}[1m" in coloured.text  # the header is bold when colour is allowed


def test_a_long_read_shows_its_progress_on_a_terminal(mock_url: str, tmp_path: Path) -> None:
    env = environment(mock_url)
    csv_file = tmp_path / "contacts.csv"
    csv_file.write_text("phoneNumber\n" + "".join(f"+1202555{n:04d}\n" for n in range(250)), encoding="utf-8")
    code, _, err = run(env, "contact-lists", "import", str(csv_file), "--list", "Progress", "--create")
    assert code == 0, err
    code, out, _ = run(env, "contact-lists", "list", "--json")
    (list_id,) = [item["_id"] for item in json.loads(out)["data"] if item["name"] == "Progress"]
    reading = Process(["contact-lists", "contacts", list_id], env, terminal=True, columns=120)
    assert reading.finish() == 0
    assert "reading contacts" in reading.text and "250" in reading.text
    assert "+12025550249" in reading.text


class CountRetryAfter:
    """ASGI middleware: counts the answers that tell the client to wait more than a second."""

    def __init__(self, app: Any) -> None:
        self.app, self.waits = app, 0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        async def counted(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers") or [])
                if float(headers.get(b"retry-after", b"0")) > 1:
                    self.waits += 1
            await send(message)

        await self.app(scope, receive, counted)


@pytest.fixture
def limited() -> Iterator[tuple[str, CountRetryAfter]]:
    """A mock that takes one request per account in 5 s: the second gets 429 and a Retry-After."""
    app = CountRetryAfter(mock_app(dialling=False, rate_limit_per_minute=1, rate_limit_window=5))
    with serve_in_background(app) as url:
        yield url, app


def test_a_server_wait_counts_down_above_the_bar(limited: tuple[str, CountRetryAfter]) -> None:
    url, server = limited
    listing = Process(["campaigns", "list", "--all"], environment(url), terminal=True, columns=120)
    listing.expect("the server asked to wait (Retry-After: ")
    assert listing.finish() == 0
    assert server.waits >= 1
    lines = re.split(r"[\r\n]+", listing.text)
    countdown = [line for line in lines if "the server asked to wait" in line and " s left" in line]
    assert countdown, listing.text
    # On its own line, not in the bar's; and not printed again as a log line.
    assert not any("reading every page" in line for line in countdown)
    assert "list: reading every page" in listing.text
    assert "is retried in" not in listing.text
    first = listing.text.index(countdown[0])
    assert listing.text.index("list: reading every page", first) > first  # the bar is drawn below it


def test_a_server_wait_off_a_terminal_is_one_log_line(limited: tuple[str, CountRetryAfter]) -> None:
    url, server = limited
    code, out, err = run(environment(url), "campaigns", "list", "--all", "--json")
    assert code == 0 and json.loads(out) == []
    told = [line for line in err.splitlines() if "as its Retry-After says" in line]
    assert len(told) == server.waits >= 1, err
    assert ESCAPE not in err


def test_ctrl_c_at_the_question_exits_130_and_nothing_is_done(mock_url: str) -> None:
    env = environment(mock_url)
    campaign_id = sms_campaign(env, "Asked, then Ctrl-C")
    asked = Process(["campaigns", "delete", campaign_id, "--campaign-type", "sms"], env, terminal=True)
    asked.expect("[y/N]")
    asked.blocked()
    asked.process.send_signal(signal.SIGINT)
    assert asked.finish() == 130
    assert "interrupted (Ctrl-C): nothing was done" in asked.text and "Aborted" not in asked.text
    # End of input (Ctrl-D) is no answer: declined, exit 1.
    asked = Process(["campaigns", "delete", campaign_id, "--campaign-type", "sms"], env, terminal=True)
    asked.expect("[y/N]")
    asked.blocked()
    asked.send("\x04")
    assert asked.finish() == 1
    assert "no answer (end of input); nothing was done" in asked.text
    asked = Process(["campaigns", "stop", campaign_id, "--json"], env, terminal=True)
    asked.expect("[y/N]")
    asked.blocked()
    asked.process.send_signal(signal.SIGTERM)
    assert asked.finish() == 143
    error = json.loads(asked.text[asked.text.index('{"error"') :].splitlines()[0])["error"]
    assert error == {"kind": "interrupted", "message": "interrupted (SIGTERM): nothing was done", "exitCode": 143}
    assert run(env, "campaigns", "get", campaign_id)[0] == 0  # still there


def test_a_result_is_printed_below_the_bar_drawn_a_last_time(mock_url: str) -> None:
    env = environment(mock_url)
    campaign_id = sms_campaign(env, "Waited for on a terminal")
    assert run(env, "campaigns", "start", campaign_id)[0] == 0
    waiting = Process(["campaigns", "wait", campaign_id, "--status", "active"], env, terminal=True, columns=200)
    assert waiting.finish() == 0
    result = waiting.text.index(f"Waited for on a terminal ({campaign_id}): Active")
    assert waiting.text.rindex("waiting for Active") < result  # not drawn again after it


def test_an_interrupted_import_says_so_below_its_bar(mock_url: str, tmp_path: Path) -> None:
    # The client's limit at 3 calls a minute: the lookup, the new list and the first chunk go at
    # once; the second chunk waits about a minute, counted down above the bar, and is interrupted.
    env = environment(mock_url, KORE_RATE_LIMIT_PER_MINUTE="3")
    csv_file = tmp_path / "three.csv"
    csv_file.write_text("phoneNumber\n+12025550170\n+12025550171\n+12025550172\n", encoding="utf-8")
    args = ["contact-lists", "import", str(csv_file), "--list", "Interrupted on a terminal", "--create"]
    importing = Process([*args, "--chunk-size", "1"], env, terminal=True, columns=120)
    importing.expect("rate limit (3 requests per 60 s) before POST")
    importing.process.send_signal(signal.SIGINT)
    assert importing.finish() == 130
    line = (
        "stopped after 1 of 3 chunks (1 contact; chunk 2 was on its way: the next run checks the list for it); "
        "run the same command again to send the rest"
    )
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", importing.text).replace("\r\n", "\n")
    assert line in text.replace("\n", "") and "Traceback" not in text
    assert text.rindex("1/3 chunks") < text.index("stopped after")  # the bar's last frame is above the line
