"""Command line: `python -m kore_campaigns_mock --host 127.0.0.1 --port 8080`."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence

import uvicorn

from .app import create_app
from .clock import MAX_TIME_SCALE, ManualClock, RealClock
from .config import (
    DEMO_CLIENT_SECRET,
    ENV_ACCOUNT_ID,
    ENV_BOT_ID,
    ENV_CLIENT_ID,
    ENV_CLIENT_SECRET,
    ConfigError,
    RegisteredApp,
    app_from_env,
    load_seed,
)
from .simulation import SimulationSettings


def _non_negative_int(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be >= 0")
    return value


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be >= 1")
    return value


def _time_scale(text: str) -> float:
    value = float(text)
    if not 0 < value <= MAX_TIME_SCALE:
        raise argparse.ArgumentTypeError(f"must be a number > 0 and at most {MAX_TIME_SCALE:g}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kore-campaigns-mock",
        description="Stateful mock of Kore.ai's Contact Center Campaign Management API.",
        epilog=(
            f"Without --seed, one app is registered from {ENV_CLIENT_ID}, {ENV_CLIENT_SECRET}, "
            f"{ENV_ACCOUNT_ID} and {ENV_BOT_ID}; each unset variable falls back to its demo value."
        ),
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port to listen on (default: 8080)")
    parser.add_argument(
        "--rate-limit",
        type=_non_negative_int,
        default=60,
        metavar="N",
        help="requests per minute per account (default: 60, as documented; 0 = off)",
    )
    parser.add_argument(
        "--rate-window",
        type=_positive_int,
        default=60,
        metavar="SECONDS",
        help="the window --rate-limit counts in (default: 60, as documented; shorter for demonstrations)",
    )
    parser.add_argument(
        "--clock",
        choices=("real", "manual"),
        default="real",
        help="real: time passes (see --time-scale); manual: time moves only through POST /_mock/clock/advance",
    )
    parser.add_argument(
        "--time-scale",
        type=_time_scale,
        default=1.0,
        metavar="N",
        help="with --clock real, simulated seconds per real second (default: 1)",
    )
    parser.add_argument(
        "--random-seed",
        type=int,
        default=0,
        metavar="N",
        help="seed of the simulated call outcomes: the same seed gives the same outcomes (default: 0)",
    )
    parser.add_argument(
        "--no-dialling",
        action="store_true",
        help="started campaigns dial no one and stay Active until stopped (for contract fuzzing, scripts/fuzz)",
    )
    parser.add_argument(
        "--seed",
        metavar="FILE",
        help='JSON registering apps: {"apps": [{"clientId", "clientSecret", "accountId", "botIds", "contactLists"}]}',
    )
    return parser


def banner(
    apps: Sequence[RegisteredApp], base_url: str, rate_limit: int, environ: Mapping[str, str], rate_window: int = 60
) -> str:
    """How to connect; it never contains a client secret."""
    lines = [
        f"Kore campaigns mock listening on {base_url}",
        "  headers    : auth: <HS256 JWT with claim appId = client id, no 'Bearer'>, accountId, iid (a bot id)",
    ]
    for app in apps:
        if app.client_secret == DEMO_CLIENT_SECRET:
            origin = "the demo secret, kore_campaigns_mock.DEMO_CLIENT_SECRET"
        elif environ.get(ENV_CLIENT_SECRET) == app.client_secret:
            origin = f"from ${ENV_CLIENT_SECRET}"
        else:
            origin = "from the seed file"
        lines += [
            f"  client id  : {app.client_id}",
            f"  secret     : {origin} (never printed)",
            f"  account id : {app.account_id}",
            f"  bot ids    : {', '.join(app.bot_ids)}",
            f"  lists      : {', '.join(app.contact_lists)}",
        ]
    per = "minute" if rate_window == 60 else f"{rate_window} s"
    lines.append(f"  rate limit : {f'{rate_limit} requests/{per} per account' if rate_limit else 'off'}")
    lines.append(f"Client settings come from {ENV_CLIENT_ID}, {ENV_CLIENT_SECRET}, {ENV_ACCOUNT_ID}, {ENV_BOT_ID}.")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        apps = load_seed(args.seed) if args.seed else [app_from_env(os.environ)]
    except ConfigError as exc:
        print(f"kore-campaigns-mock: {exc}", file=sys.stderr)
        return 2
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(banner(apps, f"http://{host}:{args.port}", args.rate_limit, os.environ, args.rate_window), flush=True)
    clock = ManualClock() if args.clock == "manual" else RealClock(args.time_scale)
    print(f"  clock      : {args.clock}" + (f", x{args.time_scale:g}" if args.clock == "real" else "")
          + f" (GET /_mock/clock); outcome seed {args.random_seed}", flush=True)  # fmt: skip
    app = create_app(
        apps,
        rate_limit_per_minute=args.rate_limit,
        rate_limit_window=args.rate_window,
        clock=clock,
        simulation=SimulationSettings(seed=args.random_seed, dialling=not args.no_dialling),
    )
    uvicorn.run(app, host=args.host, port=args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
