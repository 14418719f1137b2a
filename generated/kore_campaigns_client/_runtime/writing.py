"""A model back to JSON (`Model.to_dict()`): what it holds, as it holds it.

A model read leniently may hold what the spec does not allow: a required field left out (UNSET),
a number where a date-time belongs, a dict where a nested model belongs, an undocumented enum value.
Each is written back as it came, a missing field stays missing, so `to_dict()` of an answer is the
answer (date-times and dates as the text they were read from, see dates.py; UUIDs in their standard form).
"""

from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from .dates import text_of
from .sentinel import UNSET

_AS_IS = (str, int, float, bool, type(None), dict)


def to_json(value: Any) -> Any:
    """One field's value as JSON: models by their `to_dict`, lists item by item, dates in ISO form,
    UUIDs as strings; anything else (a JSON value kept as it came) unchanged."""
    if isinstance(value, _AS_IS):
        return value
    if isinstance(value, list):
        return [to_json(item) for item in value]
    if hasattr(value.__class__, "_json_keys"):
        return value.to_dict()
    if isinstance(value, datetime.date):  # datetime.datetime too
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    return value


def model_to_dict(model: Any) -> dict[str, Any]:
    """The JSON object of a generated model: the fields it does not name first (as the stock
    `to_dict` does), then each field that is set, under its JSON name, in the spec's order."""
    found: dict[str, Any] = {}
    extra = getattr(model, "additional_properties", None)
    if extra:
        found.update(extra)
    for name, key in model._json_keys.items():
        value = getattr(model, name)
        if value is not UNSET:
            text = text_of(model, name, value) if isinstance(value, datetime.date) else None
            found[key] = to_json(value) if text is None else text
    return found
