"""Every pause longer than a second is told to the wait listeners: the client's rate limit, a
server's Retry-After and a retry's backoff (the command line counts them down)."""

from __future__ import annotations

import io
import logging
from typing import Any

import anyio
import httpx
import kore_campaigns
import pytest
from fakes import FakeTime
from httpx_retries import Retry
from kore_campaigns import RateLimit, RetryTransport, Wait
from kore_campaigns.display import LiveDisplay
from kore_campaigns.retry import DEFAULT_RETRY


def answers(*responses: httpx.Response) -> httpx.MockTransport:
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        return queue.pop(0)

    return httpx.MockTransport(handler)


@pytest.fixture
def fake_time(monkeypatch: pytest.MonkeyPatch) -> FakeTime:
    fake = FakeTime()
    fake.install(monkeypatch)
    return fake


def test_a_retry_after_is_told_with_its_request_and_account(
    fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    transport = RetryTransport(
        answers(httpx.Response(429, headers={"Retry-After": "3"}), httpx.Response(200)),
        DEFAULT_RETRY.copy_with(backoff_jitter=0.0),
    )
    told: list[Wait] = []
    pairs: list[tuple[str, float]] = []
    with (
        caplog.at_level(logging.INFO, logger="kore_campaigns"),
        kore_campaigns.visible_waits(told.append),
        kore_campaigns.rate_limit_waits(lambda account, seconds: pairs.append((account, seconds))),
        httpx.Client(transport=transport) as client,
    ):
        assert client.get("http://kore.test/lists", headers={"accountId": "acc-1"}).status_code == 200
    assert told == [Wait(3.0, "Retry-After", "GET /lists", "acc-1", "Retry-After: 3")]
    assert pairs == [("acc-1", 3.0)]
    assert fake_time.sleeps == [3.0]  # slept once, for the time it told
    (record,) = [record for record in caplog.records if "Retry-After" in record.getMessage()]
    assert record.getMessage() == "server: GET /lists is retried in 3.0 s, as its Retry-After says"
    assert record.kore_wait == 3.0  # type: ignore[attr-defined]


def test_a_backoff_over_a_second_is_told_but_not_as_a_rate_limit(fake_time: FakeTime) -> None:
    retry = DEFAULT_RETRY.copy_with(backoff_jitter=0.0, backoff_factor=0.5)  # 1, 2, 4 s
    transport = RetryTransport(
        answers(httpx.Response(503), httpx.Response(503), httpx.Response(200)),
        retry,
    )
    told: list[Wait] = []
    pairs: list[tuple[str, float]] = []
    with (
        kore_campaigns.visible_waits(told.append),
        kore_campaigns.rate_limit_waits(lambda account, seconds: pairs.append((account, seconds))),
        httpx.Client(transport=transport) as client,
    ):
        assert client.get("http://kore.test/x").status_code == 200
    # The first pause (1 s) is not over a second; the second (2 s) is.
    assert fake_time.sleeps == [1.0, 2.0]
    assert [(wait.seconds, wait.cause) for wait in told] == [(2.0, "backoff")]
    assert pairs == []


def test_async_retries_are_told_too(fake_time: FakeTime) -> None:
    transport = RetryTransport(
        answers(httpx.Response(429, headers={"Retry-After": "2"}), httpx.Response(200)),
        DEFAULT_RETRY.copy_with(backoff_jitter=0.0),
    )
    told: list[Wait] = []

    async def call() -> int:
        async with httpx.AsyncClient(transport=transport) as client:
            return (await client.post("http://kore.test/y", content=b"{}")).status_code

    with kore_campaigns.visible_waits(told.append):
        assert anyio.run(call) == 200
    assert [(wait.seconds, wait.cause, wait.request) for wait in told] == [(2.0, "Retry-After", "POST /y")]


def test_a_custom_retry_class_keeps_its_own_backoff(fake_time: FakeTime) -> None:
    class Slow(Retry):
        def backoff_strategy(self) -> float:
            return 5.0

    transport = RetryTransport(answers(httpx.Response(503), httpx.Response(200)), Slow(total=2))
    told: list[Wait] = []
    with kore_campaigns.visible_waits(told.append), httpx.Client(transport=transport) as client:
        assert client.get("http://kore.test/z").status_code == 200
    assert fake_time.sleeps == [5.0] and [wait.seconds for wait in told] == [5.0]


def test_the_client_rate_limit_is_told_as_a_wait() -> None:
    fake = FakeTime()
    limiter = RateLimit(requests=1, window=1, clock=fake.clock, sleep=fake.sleep).new_limiter("acct")
    told: list[Wait] = []
    request = httpx.Request("GET", "https://example.invalid/x")
    with kore_campaigns.visible_waits(told.append):
        limiter.wait(request)
        limiter.wait(request)
    (wait,) = told
    assert wait.cause == "rate limit" and wait.account_id == "acct" and wait.seconds > 1
    assert wait.describe() == "rate limit (1 requests per 1 s) before GET /x"
    long = Wait(
        2.0, "Retry-After", "POST /campaign/api/v2/public/st-1/campaign/getAllCampaignDetails", None, "Retry-After: 2"
    )
    assert long.describe() == "the server asked to wait (Retry-After: 2) before POST …/campaign/getAllCampaignDetails"


# --- how a wait is drawn: its own line, counting down, above the bar (library and command line) ------


def _frame(display: Any) -> list[str]:
    """One frame of the display as the terminal would show it, line by line."""
    from rich.console import Console

    screen = io.StringIO()
    Console(file=screen, width=100, color_system=None).print(display)
    return screen.getvalue().splitlines()


def test_a_wait_counts_down_on_its_own_line_above_the_bar() -> None:
    from rich.console import Console

    fake = FakeTime()
    hidden = Console(file=io.StringIO(), width=100)  # the live display itself; frames are taken apart
    addcontacts = "POST /api/1.1/public/st-1/campaign/contactList/addContacts"
    with LiveDisplay(shown=True, console=lambda: hidden, clock=fake.clock) as display:
        display.progress("adding contacts", total=6, unit="contacts")
        display.advance(4)
        kore_campaigns.ratelimit.tell_wait(Wait(61.0, "rate limit", addcontacts, "acct", "3 requests per 60 s"), "x")
        first = _frame(display)
        fake.now += 30
        later = _frame(display)
        fake.now += 31.5
        over = _frame(display)
    wait_line = "rate limit (3 requests per 60 s) before POST …/contactList/addContacts"
    assert first[0] == f"{wait_line}: 61 s left"
    assert first[1].startswith("adding contacts ") and "4/6 contacts" in first[1]
    assert later[0] == f"{wait_line}: 31 s left"
    assert len(first) == len(later) == 2  # told once, not a line a refresh
    assert over[0].startswith("adding contacts ") and len(over) == 1  # gone when over
    assert all("rate limit" not in line for line in first[1:] + later[1:])  # never inside the bar


def test_nothing_is_drawn_or_listened_for_when_hidden() -> None:
    with LiveDisplay(shown=False) as display:
        display.progress("adding contacts", total=2)
        kore_campaigns.ratelimit.tell_wait(Wait(5.0, "Retry-After", "GET /x", None, "Retry-After: 5"), "x")
        assert display.countdowns == [] and display._live is None
    assert display.on_wait not in kore_campaigns.ratelimit._wait_listeners


LIBRARY_IMPORT = """
import sys
import kore_campaigns

rows = [{"phoneNumber": f"+1202555{n:04d}"} for n in range(3)]
try:
    with kore_campaigns.from_env() as client:  # a terminal: the import draws its own bar
        client.import_contacts(rows, list_name="Library bar", create=True, chunk_size=1)
except KeyboardInterrupt:
    print("interrupted")
    sys.exit(130)
"""


def test_the_librarys_import_bar_draws_a_wait_as_the_command_line_does() -> None:
    """client.import_contacts on a terminal: with the client's limit at 3 calls a minute, the
    second chunk waits about a minute; that wait is one line counting down above the bar."""
    import re
    import signal
    import sys

    from kore_campaigns_mock.background import serve_in_background
    from kore_campaigns_mock.testing import mock_app
    from terminal import Process, environment

    with serve_in_background(mock_app(dialling=False, rate_limit_per_minute=0)) as url:
        # The lookup, the new list, the first chunk; then a wait.
        env = environment(url, KORE_RATE_LIMIT_PER_MINUTE="3")
        script = Process(["-c", LIBRARY_IMPORT], env, terminal=True, columns=120, program=sys.executable)
        try:
            script.expect("rate limit")  # the wait is shown, however it is drawn
            script.process.send_signal(signal.SIGINT)
            assert script.finish() == 130
        finally:
            if script.process.poll() is None:
                script.process.kill()
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", script.text)  # escape codes out: the text as read
    lines = re.split(r"[\r\n]+", text)
    countdown = [line for line in lines if "rate limit" in line]
    assert countdown and all(
        re.fullmatch(r"rate limit \(3 requests per 60 s\) before POST …/contactList/addContacts: \d+ s left", line)
        for line in countdown
    ), countdown
    assert any(line.startswith("adding contacts ") and "1/3 contacts" in line for line in lines), lines
    first = text.index("s left")
    assert text.index("adding contacts", first) > first  # the bar is drawn below it


def test_the_library_draws_without_the_command_line() -> None:
    """The library's bar and the command line share kore_campaigns.display; the library never loads the CLI."""
    import subprocess
    import sys

    code = (
        "import sys, kore_campaigns, kore_campaigns.bulk, kore_campaigns.display\n"
        "print(sorted(m for m in sys.modules if m.startswith('kore_campaigns.cli')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)  # noqa: S603
    assert result.stdout.strip() == "[]"
