"""How many examples tests/test_mock_properties.py needs to find a known kind of bug, per route, from scratch.

The bug is put back into the mock in this process only (the mock's files are not touched), then the property
runs once per seed from an empty example database, exactly as the test runs it, until the bug shows:

  surrogate   issue 10: a body string holding an unpaired surrogate was stored, and its echo broke the UTF-8
              response (500). Put back by turning off the body reader's surrogate check.
  path-query  a request past authentication whose path parameter or query value holds an undecodable byte (a
              lone surrogate arrives as U+FFFD) crashes the handler: the same kind of bug where a request has
              no body to carry it.

    .venv/bin/python scripts/property_detection.py --bug surrogate --routes 'POST .*/campaign$'

It prints, per route, in how many of the runs the property found the bug, the example count of each find, and
the budget (examples per route) that would have found it in every run.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from unittest import mock

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from kore_campaigns_mock import http_api
from kore_campaigns_mock.http_api import CampaignApi
from starlette.requests import Request

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the test imports scripts.spec_facts
import test_mock_properties as prop


class Found(Exception):
    pass


class InjectedBug(Exception):
    """The crash the path-query bug raises (the app re-raises it to the in-process client)."""


def _is_surrogate_crash(error: BaseException) -> bool:
    return isinstance(error, UnicodeEncodeError) and "surrogates not allowed" in str(error)


@contextlib.contextmanager
def surrogate_bug() -> Iterator[Callable[[BaseException], bool]]:
    with mock.patch.object(http_api, "unpaired_surrogates", lambda document: []):
        yield _is_surrogate_crash


@contextlib.contextmanager
def path_query_bug() -> Iterator[Callable[[BaseException], bool]]:
    original = CampaignApi.guard

    async def guard(self: CampaignApi, request: Request, bot_path_param: str, *, account_in_query: bool) -> Any:
        caller = await original(self, request, bot_path_param, account_in_query=account_in_query)
        values = [*map(str, request.path_params.values()), *(value for _, value in request.query_params.multi_items())]
        if any("\ufffd" in value for value in values):
            raise InjectedBug("an undecodable byte in a path or query value")
        return caller

    with mock.patch.object(CampaignApi, "guard", guard):
        yield lambda error: isinstance(error, InjectedBug)


BUGS = {"surrogate": surrogate_bug, "path-query": path_query_bug}


def first_hit(
    loop: asyncio.AbstractEventLoop,
    operation: prop.Operation,
    run_seed: int,
    limit: int,
    is_the_bug: Callable[[BaseException], bool],
) -> tuple[int, float] | None:
    """(examples, CPU seconds) until the bug shows, or None within `limit` examples.

    Examples are counted as Hypothesis counts them against max_examples: requests sent, not the draws it
    abandoned on the way."""
    sent = 0
    hit: tuple[int, float] | None = None
    unchanged: list[prop.SeededMock] = []
    check = prop.check
    start = time.process_time()

    def counted_check(
        seeded: prop.SeededMock, method: str, url: str, headers: list[tuple[bytes, bytes]], body: bytes
    ) -> bool:
        nonlocal sent
        sent += 1
        return check(seeded, method, url, headers, body)

    @seed(run_seed)
    @settings(
        max_examples=limit,
        database=None,
        phases=[Phase.generate],
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        nonlocal hit
        try:
            prop.one_example(loop, unchanged, operation, data)
        except BaseException as error:
            # A 500 fails the status assertion when the app answers instead of raising.
            if not (is_the_bug(error) or (isinstance(error, AssertionError) and "Internal error" in str(error))):
                raise
            hit = hit or (sent, time.process_time() - start)
            raise Found from None

    with mock.patch.object(prop, "check", counted_check), contextlib.suppress(Found):
        run()
    for seeded in unchanged:
        seeded.close()
    return hit


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bug", choices=sorted(BUGS), required=True)
    parser.add_argument("--routes", default=".", help="a regular expression the routes (`POST /path`) must match")
    parser.add_argument("--seeds", type=int, default=20, help="runs per route (default: 20)")
    parser.add_argument("--first-seed", type=int, default=0, help="seeds first..first+runs-1 (default: 0)")
    parser.add_argument("--limit", type=int, default=2000, help="examples per run before giving up (default: 2000)")
    args = parser.parse_args()
    loop = asyncio.new_event_loop()
    operations = [operation for operation in prop.OPERATIONS if re.search(args.routes, str(operation))]
    seeds = range(args.first_seed, args.first_seed + args.seeds)
    with BUGS[args.bug]() as is_the_bug:
        for operation in operations:
            hits = [first_hit(loop, operation, run_seed, args.limit, is_the_bug) for run_seed in seeds]
            counts = sorted(examples for examples, _ in (hit for hit in hits if hit is not None))
            print(f"{operation}: found in {len(counts)}/{args.seeds} runs; examples {counts}", flush=True)
            if counts:
                seconds = [spent for hit in hits if hit is not None for _, spent in [hit]]
                every = f"{max(counts)}" if len(counts) == args.seeds else f"more than {args.limit}"
                print(
                    f"  examples median {statistics.median(counts):.0f}, max {max(counts)}; CPU seconds median "
                    f"{statistics.median(seconds):.2f}, max {max(seconds):.2f}; found in every run with: {every}",
                    flush=True,
                )
    loop.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
