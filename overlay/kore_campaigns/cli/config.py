"""Settings for the command line: the environment, and profiles for several accounts or regions.

The profiles file is ``$XDG_CONFIG_HOME/kore-campaigns/config.toml`` (``~/.config/...`` by
default)::

    default_profile = "us"            # optional; else the profile named "default", if any

    [profiles.us]
    client_id = "cs-..."
    client_secret_file = "~/.secrets/kore-us"   # or client_secret = "...", or KORE_CLIENT_SECRET
    account_id = "..."
    bot_id = "st-..."

    [profiles.eu]
    base_url = "https://eu-platform.kore.ai"
    ...

A profile is chosen by ``--profile NAME`` or ``KORE_PROFILE``. Each setting is taken from, in
order: the command line (``--base-url``), the environment (``KORE_CLIENT_ID``, ...), the profile;
except that a profile named by ``--profile`` on the command line wins over the environment for
the settings it gives (an operator who exported one account's variables and names another's
profile means that profile, not a mix in which the variables win unseen).
The secret may be given directly or as a file (``client_secret_file`` /
``KORE_CLIENT_SECRET_FILE``, read and stripped); it is never printed.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .output import EXIT_USAGE, CliError

if TYPE_CHECKING:
    from ..client import KoreClient

PROFILE_ENV = "KORE_PROFILE"
SECRET_FILE_ENV = "KORE_CLIENT_SECRET_FILE"  # noqa: S105 - a variable's name, not a secret
# A profile's keys and the environment variables that stand for them (and win over them).
PROFILE_KEYS = {
    "client_id": "KORE_CLIENT_ID",
    "client_secret": "KORE_CLIENT_SECRET",
    "client_secret_file": SECRET_FILE_ENV,
    "account_id": "KORE_ACCOUNT_ID",
    "bot_id": "KORE_BOT_ID",
    "base_url": "KORE_BASE_URL",
    "rate_limit_per_minute": "KORE_RATE_LIMIT_PER_MINUTE",
    "rate_limit_storage": "KORE_RATE_LIMIT_STORAGE",
    "rate_limit_fallback": "KORE_RATE_LIMIT_FALLBACK",
}
_SECRET, _SECRET_FILE = PROFILE_KEYS["client_secret"], SECRET_FILE_ENV


def config_path(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    base = env.get("XDG_CONFIG_HOME", "").strip()
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".config"
    return root / "kore-campaigns" / "config.toml"


def _usage(message: str) -> CliError:
    return CliError(message, exit_code=EXIT_USAGE, kind="settings")


def read_config(path: Path) -> dict[str, Any]:
    """The parsed file, or {} when there is none; a broken file is an error naming file and line."""
    import tomllib

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as error:
        raise _usage(f"cannot read {path}: {error.strerror}") from None
    try:
        # The parser's message names the line and column, never the value.
        return tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise _usage(f"{path} is not valid TOML: {error}") from None


def choose_profile(config: dict[str, Any], path: Path, chosen: str | None) -> tuple[str | None, dict[str, Any]]:
    """The profile's name and settings: ``chosen`` (--profile, KORE_PROFILE), else the file's
    ``default_profile``, else one named "default"; (None, {}) when there is none to use."""
    unknown = sorted(set(config) - {"default_profile", "profiles"})
    if unknown:
        raise _usage(
            f"{path}: unknown top-level key(s) {', '.join(unknown)}; expected default_profile and [profiles.NAME]"
        )
    profiles = config.get("profiles", {})
    if not isinstance(profiles, dict) or not all(isinstance(value, dict) for value in profiles.values()):
        raise _usage(f"{path}: profiles must be tables, such as [profiles.us]")
    name = chosen
    if name is None:
        default = config.get("default_profile")
        if default is not None and not isinstance(default, str):
            raise _usage(f"{path}: default_profile must be a profile's name (a string)")
        name = default or ("default" if "default" in profiles else None)
    if name is None:
        return None, {}
    if name not in profiles:
        known = ", ".join(sorted(profiles)) or "none"
        where = path if path.exists() else f"{path} (no such file)"
        raise _usage(f"no profile {name!r} in {where}; profiles there: {known}")
    profile: dict[str, Any] = profiles[name]
    for key, value in profile.items():
        if key not in PROFILE_KEYS:
            raise _usage(f"{path}: profile {name!r} has an unknown key {key!r}; known keys: {', '.join(PROFILE_KEYS)}")
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise _usage(f"{path}: profile {name!r}: {key} must be a string or a whole number")
    return name, profile


def _read_secret(file: str, relative_to: Path, origin: str) -> str:
    path = Path(file).expanduser()
    if not path.is_absolute():
        path = relative_to / path
    try:
        secret = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
        raise _usage(f"cannot read the client secret file {path} ({origin}): {reason}") from None
    if not secret:
        raise _usage(f"the client secret file {path} ({origin}) is empty")
    return secret


def settings_environ(
    profile: str | None,
    base_url: str | None,
    environ: Mapping[str, str] | None = None,
) -> tuple[dict[str, str], str]:
    """The KORE_* settings from command line, environment and profile, as ``from_env`` reads
    them, and where they came from (for messages: the environment, and the profile if one)."""
    env = dict(os.environ if environ is None else environ)
    path = config_path(env)
    chosen = profile or env.get(PROFILE_ENV, "").strip() or None
    config = read_config(path)
    name, values = choose_profile(config, path, chosen)
    origin = f"profile {name!r} of {path}" if name else "the environment"
    if name and "client_secret" in values:
        _warn_if_readable(path)

    from_profile = {PROFILE_KEYS[key]: str(value).strip() for key, value in values.items()}
    # An empty variable counts as unset.
    from_env = {var: env[var].strip() for var in PROFILE_KEYS.values() if env.get(var, "").strip()}
    # Layers, the winner first, a setting at a time: the environment, then the profile; a profile
    # named on the command line first.
    layers = [(from_env, "the environment"), (from_profile, origin)]
    if profile:
        layers.reverse()
    for layer, where in layers:
        if layer.get(_SECRET) and layer.get(_SECRET_FILE):
            raise _usage(f"{where} gives both the client secret and a client secret file; give one")
    result = {**env, **layers[1][0], **layers[0][0]}
    result.pop(_SECRET, None)
    result.pop(_SECRET_FILE, None)
    for layer, _ in layers:
        if layer.get(_SECRET):
            result[_SECRET] = layer[_SECRET]
            break
        if layer.get(_SECRET_FILE):
            what = "KORE_CLIENT_SECRET_FILE" if layer is from_env else f"client_secret_file in {origin}"
            result[_SECRET] = _read_secret(layer[_SECRET_FILE], path.parent, what)
            break
    if base_url:
        result["KORE_BASE_URL"] = base_url
    if name:
        sources = f"the environment and profile {name!r} of {path}"
    else:
        sources = f"the environment ({path} names no profile to use)" if path.exists() else "the environment"
    return result, sources


def _warn_if_readable(path: Path) -> None:
    try:
        mode = path.stat().st_mode
    except OSError:
        return
    if mode & (stat.S_IRGRP | stat.S_IROTH):
        print(
            f"warning: {path} holds a client secret and others can read it (chmod 600 it, or use client_secret_file)",
            file=sys.stderr,
        )


def client_for(profile: str | None, base_url: str | None) -> KoreClient:
    """A client for the chosen profile and the environment; missing settings are a usage error
    naming the variables and the profile keys (never a value)."""
    from .. import from_env
    from ..errors import KoreSettingsError

    environ, sources = settings_environ(profile, base_url)
    _check_base_url(environ.get("KORE_BASE_URL", "").strip(), "--base-url" if base_url else None)
    try:
        return from_env(environ)
    except KoreSettingsError as error:
        keys = {var: key for key, var in PROFILE_KEYS.items()}
        names = ", ".join(f"{var} (or {keys[var]} in a profile)" for var in error.missing)
        raise _usage(f"missing settings: {names}; read from {sources}") from None
    except ValueError as error:
        raise _usage(f"{error} (settings from {sources})") from None


def _check_base_url(url: str, option: str | None) -> None:
    """The service's address must be an http(s) URL with a host: refused before any call, by name."""
    if not url:
        return
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        usable = parts.scheme in ("http", "https") and bool(parts.hostname) and (parts.port is None or parts.port > 0)
    except ValueError:
        usable = False
    if not usable:
        what = option or "KORE_BASE_URL (or base_url in the profile)"
        raise _usage(f"{what} must be an http:// or https:// URL with a host, such as https://platform.kore.ai")
