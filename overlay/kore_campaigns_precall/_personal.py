"""Personal data in the hand-written reprs: ``<hidden: 12 chars>`` unless values are asked for.

The rule and the placeholder are those of the generated models' reprs (``kore_campaigns_client._runtime.reprs``,
which the spec's ``x-personal-data`` drives; tests/test_personal_data.py checks that both write the same),
and the switch is the same: ``KORE_SHOW_VALUES`` (``show_values=`` where a client is at hand). This copy
imports only the standard library and lives in this package, the one both the mock and the client import:
the decision's reprs here use it, and so do ``kore_campaigns.webhooks`` (a receiver starts without the
client's HTTP stack) and ``kore_campaigns.contact_rows``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

SHOW_VALUES_ENV = "KORE_SHOW_VALUES"
# As kore_campaigns_client._runtime.switches reads it.
_TRUE = frozenset({"1", "true", "yes", "on"})
_KINDS: dict[type, str] = {int: "an integer", float: "a number", bool: "a boolean"}


def values_asked() -> bool:
    """True when ``KORE_SHOW_VALUES`` says 1, true, yes or on (any case)."""
    return os.environ.get(SHOW_VALUES_ENV, "").strip().lower() in _TRUE


def hidden(value: Any) -> str:
    """A value's stand-in: ``<hidden: 12 chars>`` (its kind and size), a list item by item, null as None."""
    if value is None:
        return "None"
    if value.__class__ is list:
        return "[" + ", ".join(hidden(item) for item in value) + "]"
    if isinstance(value, str | bytes | dict | list | tuple):
        unit = "char" if isinstance(value, str) else "byte" if isinstance(value, bytes) else "item"
        if isinstance(value, dict):
            unit = "field"
        return f"<hidden: {len(value)} {unit}{'' if len(value) == 1 else 's'}>"
    return f"<hidden: {_KINDS.get(value.__class__) or f'a {value.__class__.__name__}'}>"


def value_repr(value: Any, show: bool | None = None) -> str:
    """``repr(value)`` when values are shown (``show``, else ``KORE_SHOW_VALUES``), else its stand-in."""
    return repr(value) if (values_asked() if show is None else show) else hidden(value)


def fields_repr(fields: Mapping[str, Any], show: bool | None = None) -> str:
    """A mapping of personal fields: its names, and its values only when values are shown."""
    if values_asked() if show is None else show:
        return repr(dict(fields))
    return "{" + ", ".join(f"{name!r}: {hidden(value)}" for name, value in fields.items()) + "}"
