"""The ``kore-campaigns`` command line: one command per operation of the spec, the hand-made jobs
beside them.

Layout: ``operations`` reads the spec's operations as data (``operations.json``, written by
``scripts/regenerate``); ``generated`` turns each into a command; ``jobs`` and ``contact_import``
hold the hand-made jobs; ``output`` what every command shares (JSON, tables, errors,
confirmation, progress and waits); ``config`` the settings and profiles. Only the
``kore-campaigns`` entry point imports this package, and commands are built when used, so
``--help`` imports neither the client nor Rich.
"""

from __future__ import annotations

import importlib
import os
import signal
import sys
import threading
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from types import FrameType
from typing import Any, TextIO

import click

from .output import (
    EXIT_INTERRUPTED,
    EXIT_TERMINATED,
    EXIT_USAGE,
    CliError,
    Session,
    Terminated,
    describe_error,
    inherit_session_options,
    report,
    session_options,
    setup_logging,
)
from .output import show_values as values_shown

# Command groups made by hand, each in a module of its own, imported when used:
# name -> "module:attribute". One line adds a group.
GROUPS: dict[str, str] = {
    "webhooks": "kore_campaigns.cli.webhooks:webhooks",  # kore-campaigns webhooks trigger
}


@contextmanager
def _sigterm_raises() -> Iterator[None]:
    """SIGTERM becomes :class:`Terminated` in the main thread, so commands unwind as for Ctrl-C."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    """A Python warning (PyJWT's short-key warning, ...) as one line, without file and source line."""
    click.echo(f"warning: {message}", err=True)


@contextmanager
def _warnings_as_lines() -> Iterator[None]:
    with warnings.catch_warnings():
        warnings.showwarning = _show_warning
        yield


class SuggestingGroup(click.Group):
    """A group that answers a mistyped command with the names it may have meant, as gh does."""

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        try:
            return super().resolve_command(ctx, args)
        except click.UsageError as error:
            given = args[0] if args else ""
            if not given or given.startswith("-") or self.get_command(ctx, given) is not None:
                raise
            import difflib

            near = difflib.get_close_matches(given, self.list_commands(ctx), n=3, cutoff=0.6)
            if not near:
                raise
            raise click.UsageError(
                f"No such command {given!r}. Did you mean {' or '.join(map(repr, near))}?", error.ctx
            ) from None


def _wants_json(argv: Sequence[str]) -> bool:
    options = argv[: list(argv).index("--")] if "--" in argv else argv
    return "--json" in options


class KoreCampaigns(SuggestingGroup):
    """The root group: the spec's groups (built on first use), the hand-made groups, and one place
    where every failure becomes a message and an exit status."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        from .operations import operations_by_group

        return [*operations_by_group(), *GROUPS]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in GROUPS:
            module, _, attribute = GROUPS[cmd_name].partition(":")
            command: click.Command = getattr(importlib.import_module(module), attribute)
            return inherit_session_options(command)
        from .generated import GeneratedGroup
        from .operations import operations_by_group, tag_description

        operations = operations_by_group().get(cmd_name)
        if operations is None:
            return None
        return GeneratedGroup(cmd_name, operations, tag_description(cmd_name))

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        state = Session(json_errors=_wants_json(argv))
        extra.setdefault("obj", state)
        try:
            with _sigterm_raises(), _warnings_as_lines():
                result = super().main(argv, prog_name, complete_var, standalone_mode=False, **extra)
        except click.Abort as error:
            if isinstance(error.__cause__, Terminated):
                self._interrupted(state, "SIGTERM", EXIT_TERMINATED)
            if isinstance(error.__cause__, KeyboardInterrupt):
                self._interrupted(state, "Ctrl-C", EXIT_INTERRUPTED)
            report(CliError("aborted; nothing more was done", kind="aborted"), state.json_errors)
        except Terminated:  # before KeyboardInterrupt, of which it is one
            self._interrupted(state, "SIGTERM", EXIT_TERMINATED)
        except KeyboardInterrupt:
            self._interrupted(state, "Ctrl-C", EXIT_INTERRUPTED)
        except BrokenPipeError:
            # The reader (head, less) went away: stop quietly, as other tools do.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(1)
        except CliError as error:
            report(error, state.json_errors)
        except click.ClickException as error:  # a usage error: Click's own message, with the usage line
            if state.json_errors:
                kind = "usage" if isinstance(error, click.UsageError) else "failed"
                report(CliError(error.format_message(), exit_code=error.exit_code, kind=kind), True)
            error.show()
            sys.exit(error.exit_code)
        except Exception as error:
            report(describe_error(error, state), state.json_errors)
        if not standalone_mode:
            return result
        sys.exit(result if isinstance(result, int) else 0)

    @staticmethod
    def _interrupted(state: Session, how: str, code: int) -> None:
        done = state.done or "nothing was done"  # every command that changes something notes it first
        report(CliError(f"interrupted ({how}): {done}", exit_code=code, kind="interrupted"), state.json_errors)


@click.group(cls=KoreCampaigns, context_settings={"help_option_names": ["-h", "--help"]}, params=session_options())
@click.version_option(package_name="kore-campaigns")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Kore.ai Campaign Management from the command line: one command per API operation (GROUP
    COMMAND --help shows its options), and jobs such as `campaigns wait` and `contact-lists import`.

    Settings: the variables KORE_CLIENT_ID, KORE_CLIENT_SECRET (or KORE_CLIENT_SECRET_FILE),
    KORE_ACCOUNT_ID, KORE_BOT_ID and KORE_BASE_URL, or a profile in
    $XDG_CONFIG_HOME/kore-campaigns/config.toml (~/.config/...). Output: tables on a terminal,
    tab-separated values in a pipe, --json for the API's answers. Exit status: 0 done, 1 an API
    error or a partial failure, 2 a usage error, 130 Ctrl-C, 143 SIGTERM.

    The options below may also follow the command (kore-campaigns contact-lists list --profile eu).
    """
    state = ctx.ensure_object(Session)
    setup_logging(state)
    ctx.with_resource(values_shown(state.show_values))


__all__ = ["EXIT_USAGE", "GROUPS", "main"]
