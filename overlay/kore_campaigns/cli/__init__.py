"""The ``kore-campaigns`` command line, on the client's generated resources and helpers.

Configured like :func:`kore_campaigns.from_env` (``KORE_CLIENT_ID``, ``KORE_CLIENT_SECRET``,
``KORE_ACCOUNT_ID``, ``KORE_BOT_ID``, optional ``KORE_BASE_URL`` and ``KORE_RATE_LIMIT_*``).
Exit status: 0 on success, 1 on an API error or a partial failure (refused rows, a wait that timed
out), 2 on a usage error (bad option, missing setting). Click parses the command line; Rich draws
tables and progress, imported only when a command prints one, so ``--help`` starts fast.

Layout: ``output`` holds what every command shares (settings, errors, JSON, tables); ``jobs`` the
hand-made jobs; ``contact_import`` the CSV import. Only the ``kore-campaigns`` entry point imports
this package.
"""

from __future__ import annotations

import logging

import click

from .contact_import import contact_lists_import
from .jobs import campaigns, contact_lists
from .output import _StderrHandler


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kore-campaigns")
@click.option("--quiet", "-q", is_flag=True, help="No log lines (rate-limit waits, resumed imports) on stderr.")
def main(quiet: bool) -> None:
    """Kore.ai Campaign Management from the command line (settings: the KORE_* variables of from_env())."""
    if not quiet:
        # A rate-limit wait of more than a second is an INFO line: shown, so a long wait is not a hang.
        logger = logging.getLogger("kore_campaigns")
        logger.setLevel(logging.INFO)
        if not any(isinstance(handler, _StderrHandler) for handler in logger.handlers):
            logger.addHandler(_StderrHandler())


main.add_command(campaigns)
main.add_command(contact_lists)
contact_lists.add_command(contact_lists_import)
