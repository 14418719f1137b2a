"""How many examples tests/test_mock_properties.py needs to find the unpaired-surrogate 500 of issue 10.

Run it against the mock as it was before the fix, from an empty example database, once per seed:

    git checkout 1cda67e -- mock/kore_campaigns_mock/app.py mock/kore_campaigns_mock/auth.py \\
        mock/kore_campaigns_mock/validation.py
    .venv/bin/python scripts/property_detection.py --seeds 20
    git checkout HEAD -- mock/

It prints, for each route whose success response echoes a body string, the example count at which the
property first hit "surrogates not allowed", and the seconds that took. On the fixed mock it finds nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import contextlib

import test_mock_properties as prop


class Found(Exception):
    pass


def first_hit(
    loop: asyncio.AbstractEventLoop, operation: prop.Operation, run_seed: int, limit: int
) -> tuple[int, float] | None:
    """(examples, seconds) until the surrogate 500, or None within `limit` examples."""
    count = 0
    hit: tuple[int, float] | None = None
    unchanged: list[prop.SeededMock] = []
    start = time.perf_counter()

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
        nonlocal count, hit
        count += 1
        mock = unchanged.pop() if unchanged else prop.seeded_mock(loop)
        reusable = False
        try:
            method, url, headers, body = data.draw(prop.requests(operation, mock))
            reusable = prop.check(mock, method, url, headers, body)
        except UnicodeEncodeError as exc:
            if "surrogates not allowed" not in str(exc):
                raise
            hit = hit or (count, time.perf_counter() - start)
            raise Found from None
        finally:
            if reusable:
                unchanged.append(mock)
            else:
                mock.close()

    with contextlib.suppress(Found):
        run()
    for mock in unchanged:
        mock.close()
    return hit


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=int, default=20, help="runs per route, seeds 0..N-1 (default: 20)")
    parser.add_argument("--limit", type=int, default=2000, help="examples per run before giving up (default: 2000)")
    args = parser.parse_args()
    loop = asyncio.new_event_loop()
    creates = [op for op in prop.OPERATIONS if op.method == "POST" and not op.path.endswith("/schedule")]
    for operation in creates:
        hits = [first_hit(loop, operation, run_seed, args.limit) for run_seed in range(args.seeds)]
        found = sorted(hit for hit in hits if hit is not None)
        counts = sorted(examples for examples, _ in found)
        print(f"{operation}: found in {len(found)}/{args.seeds} runs; examples {counts}")
        if found:
            seconds = [spent for _, spent in found]
            print(
                f"  examples median {statistics.median(counts):.0f}, max {max(counts)}; "
                f"seconds median {statistics.median(seconds):.2f}, max {max(seconds):.2f}"
            )
    loop.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
