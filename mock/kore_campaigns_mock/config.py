"""Registered JWT apps (tenants) of the mock: demo values, environment variables and seed files."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

DEMO_CLIENT_ID = "cs-5f0c6a8e-demo-4b0a-9c1e-kore00000001"
# A published demo value, not a credential: every part of the project signs demo tokens with it.
DEMO_CLIENT_SECRET = "demo-client-secret-0123456789abcdef0123456789"  # noqa: S105
DEMO_ACCOUNT_ID = "67777ce93e25326494exxxxx"
DEMO_BOT_ID = "st-0603182c-7ffb-53c3-b307-47ca14bxxxxx"
# The contact lists the docs' samples name, so every sample request succeeds against a fresh mock.
# DNC lists are ordinary contact lists referenced by name ("The name of the contact list included
# in the Do Not Call (DNC) list"), so they live in the same collection.
DEMO_CONTACT_LISTS = ("Recent Buyers - Q2 2025", "CL Only 2020 Dec 4", "DNC CL Dec 4", "testdnc")

ENV_CLIENT_ID = "KORE_CLIENT_ID"
ENV_CLIENT_SECRET = "KORE_CLIENT_SECRET"  # noqa: S105 - the variable's name, not a secret
ENV_ACCOUNT_ID = "KORE_ACCOUNT_ID"
ENV_BOT_ID = "KORE_BOT_ID"

# RFC 7518 §3.2: an HS256 key must be at least as long as the hash output (32 bytes).
MIN_SECRET_BYTES = 32


class ConfigError(ValueError):
    """A registered app or seed file is invalid; the message names the offending field."""


@dataclass(frozen=True)
class RegisteredApp:
    """One JWT app of the platform: its credentials, its account and the bots it may call."""

    client_id: str
    client_secret: str = field(repr=False)
    account_id: str
    bot_ids: tuple[str, ...]
    contact_lists: tuple[str, ...] = DEMO_CONTACT_LISTS

    def __post_init__(self) -> None:
        # Coerce lists so the frozen object stays hashable even when built from JSON or by hand.
        object.__setattr__(self, "bot_ids", tuple(self.bot_ids))
        object.__setattr__(self, "contact_lists", tuple(self.contact_lists))
        problems = _app_problems(self)
        if problems:
            raise ConfigError("; ".join(problems))


def _app_problems(app: RegisteredApp) -> list[str]:
    problems: list[str] = []
    if not _is_nonblank(app.client_id):
        problems.append("clientId must be a non-empty string")
    if not isinstance(app.client_secret, str) or len(app.client_secret.encode()) < MIN_SECRET_BYTES:
        problems.append(f"clientSecret must be a string of at least {MIN_SECRET_BYTES} bytes (HS256 key)")
    if not _is_nonblank(app.account_id):
        problems.append("accountId must be a non-empty string")
    if not app.bot_ids:
        problems.append("botIds must list at least one bot id")
    for index, bot_id in enumerate(app.bot_ids):
        if not _is_nonblank(bot_id):
            problems.append(f"botIds[{index}] must be a non-empty string")
    for index, name in enumerate(app.contact_lists):
        if not _is_nonblank(name):
            problems.append(f"contactLists[{index}] must be a non-empty string")
    return problems


def _is_nonblank(value: object) -> bool:
    return isinstance(value, str) and value.strip() != ""


def demo_app() -> RegisteredApp:
    return RegisteredApp(
        client_id=DEMO_CLIENT_ID,
        client_secret=DEMO_CLIENT_SECRET,
        account_id=DEMO_ACCOUNT_ID,
        bot_ids=(DEMO_BOT_ID,),
    )


def app_from_env(environ: Mapping[str, str]) -> RegisteredApp:
    """The app named by the KORE_* variables; each unset (or empty) variable falls back to its demo value."""
    try:
        return RegisteredApp(
            client_id=environ.get(ENV_CLIENT_ID) or DEMO_CLIENT_ID,
            client_secret=environ.get(ENV_CLIENT_SECRET) or DEMO_CLIENT_SECRET,
            account_id=environ.get(ENV_ACCOUNT_ID) or DEMO_ACCOUNT_ID,
            bot_ids=(environ.get(ENV_BOT_ID) or DEMO_BOT_ID,),
        )
    except ConfigError as exc:
        raise ConfigError(f"environment: {exc} (set by {_env_names()})") from None


def _env_names() -> str:
    return ", ".join((ENV_CLIENT_ID, ENV_CLIENT_SECRET, ENV_ACCOUNT_ID, ENV_BOT_ID))


def load_seed(path: str | Path) -> list[RegisteredApp]:
    """Apps from a seed file: {"apps": [{"clientId", "clientSecret", "accountId", "botIds", "contactLists"?}]}."""
    source = Path(path)
    try:
        document = json.loads(source.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{source}: cannot read seed file: {exc.strerror}") from None
    except ValueError as exc:
        raise ConfigError(f"{source}: not valid JSON: {exc}") from None
    try:
        return parse_seed(document)
    except ConfigError as exc:
        raise ConfigError(f"{source}: {exc}") from None


def parse_seed(document: object) -> list[RegisteredApp]:
    if not isinstance(document, dict):
        raise ConfigError("the seed must be a JSON object with an 'apps' array")
    entries = document.get("apps")
    if not isinstance(entries, list) or not entries:
        raise ConfigError("apps must be a non-empty array")
    apps: list[RegisteredApp] = []
    seen_client_ids: set[str] = set()
    for index, entry in enumerate(entries):
        where = f"apps[{index}]"
        if not isinstance(entry, dict):
            raise ConfigError(f"{where} must be an object")
        client_id = _seed_string(entry, "clientId", where)
        secret = entry.get("clientSecret")
        if not isinstance(secret, str) or len(secret.encode()) < MIN_SECRET_BYTES:
            raise ConfigError(f"{where}.clientSecret must be a string of at least {MIN_SECRET_BYTES} bytes")
        account_id = _seed_string(entry, "accountId", where)
        bot_ids = _seed_strings(entry, "botIds", where, required=True) or ()
        contact_lists = _seed_strings(entry, "contactLists", where, required=False)
        if client_id in seen_client_ids:
            raise ConfigError(f"{where}.clientId duplicates an earlier app's clientId")
        seen_client_ids.add(client_id)
        apps.append(
            RegisteredApp(
                client_id=client_id,
                client_secret=secret,
                account_id=account_id,
                bot_ids=tuple(bot_ids),
                contact_lists=DEMO_CONTACT_LISTS if contact_lists is None else tuple(contact_lists),
            )
        )
    return apps


def _seed_string(entry: Mapping[str, object], key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}.{key} must be a non-empty string")
    return value


def _seed_strings(entry: Mapping[str, object], key: str, where: str, *, required: bool) -> Sequence[str] | None:
    value = entry.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, list) or (required and not value):
        raise ConfigError(f"{where}.{key} must be a{' non-empty' if required else 'n'} array of strings")
    for index, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise ConfigError(f"{where}.{key}[{index}] must be a non-empty string")
    return value
