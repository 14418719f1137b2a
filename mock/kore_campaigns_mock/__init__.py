"""A stateful mock of Kore.ai's Contact Center Campaign Management API: campaigns and their schedules."""

from .app import create_app, iso_timestamp
from .clock import Clock, ManualClock, RealClock
from .config import (
    DEMO_ACCOUNT_ID,
    DEMO_BOT_ID,
    DEMO_CLIENT_ID,
    DEMO_CLIENT_SECRET,
    DEMO_CONTACT_LISTS,
    ENV_ACCOUNT_ID,
    ENV_BOT_ID,
    ENV_CLIENT_ID,
    ENV_CLIENT_SECRET,
    ConfigError,
    RegisteredApp,
    app_from_env,
    demo_app,
    load_seed,
    parse_seed,
)
from .simulation import SimulationSettings

__all__ = [
    "DEMO_ACCOUNT_ID",
    "DEMO_BOT_ID",
    "DEMO_CLIENT_ID",
    "DEMO_CLIENT_SECRET",
    "DEMO_CONTACT_LISTS",
    "ENV_ACCOUNT_ID",
    "ENV_BOT_ID",
    "ENV_CLIENT_ID",
    "ENV_CLIENT_SECRET",
    "Clock",
    "ConfigError",
    "ManualClock",
    "RealClock",
    "RegisteredApp",
    "SimulationSettings",
    "app_from_env",
    "create_app",
    "demo_app",
    "iso_timestamp",
    "load_seed",
    "parse_seed",
]
