"""The two switches a user sets by environment variable or on the client: strict reading, and showing values.

A client's own attribute (`strict_responses`, `show_values`; the overlay's factories take them as
keywords) wins; None leaves it to the environment variable, read at the time of use.
"""

from __future__ import annotations

import os

# Strict reading: an answer that differs from the spec raises KoreResponseError instead of being kept.
STRICT_RESPONSES_ENV = "KORE_STRICT_RESPONSES"
# Values in texts: log lines and exception messages quote what an answer (or a refused argument)
# held only when this is on. Off by default: answers carry personal data (phone numbers, names,
# contact fields), and logs are kept and shipped. The values stay reachable as attributes.
SHOW_VALUES_ENV = "KORE_SHOW_VALUES"
_TRUE = frozenset({"1", "true", "yes", "on"})


def env_flag(name: str) -> bool:
    """True when the environment variable says 1, true, yes or on (any case)."""
    return os.environ.get(name, "").strip().lower() in _TRUE


def _switch(client: object, attribute: str, variable: str) -> bool:
    own = getattr(client, attribute, None)
    if own is None:
        return env_flag(variable)
    return bool(own)


def is_strict(client: object = None) -> bool:
    """The client's `strict_responses` if set, else the KORE_STRICT_RESPONSES environment variable."""
    return _switch(client, "strict_responses", STRICT_RESPONSES_ENV)


def own_show_values(client: object) -> bool | None:
    """The client's own `show_values`: None when it has none (the environment variable then decides)."""
    own = getattr(client, "show_values", None)
    return None if own is None else bool(own)


def shows_values(client: object = None) -> bool:
    """The client's `show_values` if set, else the KORE_SHOW_VALUES environment variable."""
    return _switch(client, "show_values", SHOW_VALUES_ENV)
