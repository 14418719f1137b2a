"""A model's state for copy, deepcopy and pickle.

The slots a model reads into only when something is to note (`_deviations`, `_date_texts`, the reading
client's `_values_shown`) have no default, so that building a model costs nothing for them; attrs's own
`__getstate__` reads every slot and fails on one left unset. These read and restore the slots that are set.
"""

from __future__ import annotations

from typing import Any


def model_getstate(model: Any) -> dict[str, Any]:
    """The attributes that are set, by name."""
    return {a.name: getattr(model, a.name) for a in model.__attrs_attrs__ if hasattr(model, a.name)}


def model_setstate(model: Any, state: dict[str, Any]) -> None:
    for name, value in state.items():
        object.__setattr__(model, name, value)
