"""Real kore-campaigns (or Python) processes for the terminal tests: read as their output comes,
from a pseudo-terminal or from pipes, so that each step waits for the output it needs (no sleeps).
The deadlines only stop a test that hangs."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

COMMAND = str(Path(sys.executable).parent / "kore-campaigns")
DEADLINE = 120.0  # seconds: only a hung test reaches it


class Process:
    """A kore-campaigns process whose output is read as it comes: from a pseudo-terminal (stdin,
    stdout and stderr on it, as in a shell), or from pipes."""

    started: ClassVar[list[subprocess.Popen[bytes]]] = []

    def __init__(
        self,
        args: list[str],
        env: dict[str, str],
        *,
        terminal: bool,
        columns: int = 100,
        program: str = COMMAND,
    ) -> None:
        self.terminal = terminal
        self.output = b""
        self.errors = b""
        if terminal:
            self.master, slave = pty.openpty()
            fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
            self.process = subprocess.Popen(  # noqa: S603 - our own command
                [program, *args], stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True
            )
            os.close(slave)
            self.sources = {self.master: "output"}
        else:
            self.process = subprocess.Popen(  # noqa: S603 - our own command
                [program, *args], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
            )
            assert self.process.stdout is not None and self.process.stderr is not None
            self.sources = {self.process.stdout.fileno(): "output", self.process.stderr.fileno(): "errors"}
        Process.started.append(self.process)

    def _read(self, timeout: float) -> bool:
        """Read what is there; False once every source is closed."""
        if not self.sources:
            return False
        ready, _, _ = select.select(list(self.sources), [], [], timeout)
        for fd in ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # a pty's master reads EIO once the child side is closed
                chunk = b""
            if not chunk:
                del self.sources[fd]
                continue
            setattr(self, self.sources[fd], getattr(self, self.sources[fd]) + chunk)
        return True

    def expect(self, text: str, where: str = "output") -> None:
        deadline = time.monotonic() + DEADLINE
        while text.encode() not in getattr(self, where):
            assert time.monotonic() < deadline, f"no {text!r} in {getattr(self, where)!r}"
            if not self._read(0.5) and text.encode() not in getattr(self, where):
                raise AssertionError(f"exited without {text!r}: {self.output!r} {self.errors!r}")

    def blocked(self) -> None:
        """Wait until the process sleeps (at a prompt: blocked reading the terminal). A signal sent
        between its prompt and its read would be taken only after the read (a race in CPython's
        input()), which a person at a keyboard never hits; a test must not either."""
        deadline = time.monotonic() + DEADLINE
        stat = Path(f"/proc/{self.process.pid}/stat")
        while stat.read_text().rsplit(")", 1)[1].split()[0] != "S":
            assert time.monotonic() < deadline, f"never blocked: {self.output!r}"
            self._read(0.01)

    def send(self, text: str) -> None:
        os.write(self.master, text.encode())

    def finish(self) -> int:
        deadline = time.monotonic() + DEADLINE
        while self._read(0.5):
            assert time.monotonic() < deadline, f"still running: {self.output!r} {self.errors!r}"
        code = self.process.wait(DEADLINE)
        if self.terminal:
            os.close(self.master)
        return code

    @property
    def text(self) -> str:
        return self.output.decode("utf-8", "replace")


@pytest.fixture(autouse=True)
def no_process_left() -> Iterator[None]:
    """A test that fails half-way leaves no kore-campaigns process behind."""
    yield
    while Process.started:
        process = Process.started.pop()
        if process.poll() is None:
            process.kill()
            process.wait(DEADLINE)


def environment(base_url: str, **extra: str) -> dict[str, str]:
    """The command line's environment for a test: the demo app on `base_url`, strict reading, no profiles of the
    caller, a colour terminal; `extra` on top."""
    from kore_campaigns_mock import DEMO_ACCOUNT_ID, DEMO_BOT_ID, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

    env = {name: value for name, value in os.environ.items() if not name.startswith(("KORE_", "NO_COLOR"))}
    env.update(
        KORE_CLIENT_ID=DEMO_CLIENT_ID,
        KORE_CLIENT_SECRET=DEMO_CLIENT_SECRET,
        KORE_ACCOUNT_ID=DEMO_ACCOUNT_ID,
        KORE_BOT_ID=DEMO_BOT_ID,
        KORE_BASE_URL=base_url,
        KORE_RATE_LIMIT_PER_MINUTE="1000000",
        KORE_STRICT_RESPONSES="1",
        XDG_CONFIG_HOME="/nonexistent-kore-config",
        TERM="xterm-256color",
    )
    env.update(extra)
    return env
