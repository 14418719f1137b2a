"""Reprs of models and responses that keep personal data out, unless the user asks for values.

The spec marks personal data with `x-personal-data` (a contact's phone number, names, the fields of
its record); the generated model of such a schema lists the marked fields in `_personal_fields` and
says in `_personal_others` whether the fields the spec does not name are personal too. Its repr shows
each of them as `<hidden: 12 chars>`: reprs end up in tracebacks, test reports and log lines, which are
kept and shipped. The values stay what came in the attributes and in `to_dict()`.

Values are shown when the switch is on: a model read by a client whose `show_values` is set carries
that setting (`show_values_in`); any other model follows KORE_SHOW_VALUES.
"""

from __future__ import annotations

from typing import Any

from .sentinel import UNSET
from .switches import shows_values

_NOTHING: frozenset[str] = frozenset()
_KINDS: dict[type, str] = {int: "an integer", float: "a number", bool: "a boolean"}


class Hidden:
    """Stands in for a value in a repr: says what kind of value it is and how long, never what it holds."""

    __slots__ = ("_text",)

    def __init__(self, value: Any) -> None:
        self._text = f"<hidden: {_size(value)}>"

    def __repr__(self) -> str:
        return self._text


def _size(value: Any) -> str:
    if isinstance(value, str | bytes | dict | list | tuple):
        unit = "char" if isinstance(value, str) else "byte" if isinstance(value, bytes) else "item"
        if isinstance(value, dict):
            unit = "field"
        return f"{len(value)} {unit}{'' if len(value) == 1 else 's'}"
    return _KINDS.get(value.__class__) or f"a {value.__class__.__name__}"


def masked_repr(value: Any) -> str:
    """The repr of a personal-data field's value: a model shows itself (it masks its own marked fields),
    a list item by item, null as null, anything else as `<hidden: ...>`."""
    if value is None:
        return "None"
    if hasattr(value.__class__, "_json_keys"):
        return repr(value)
    if value.__class__ is list:
        return "[" + ", ".join(masked_repr(item) for item in value) + "]"
    return repr(Hidden(value))


def values_shown(model: Any) -> bool:
    """Whether `model`'s repr shows its personal data: the setting of the client that read it, if it had
    one, else KORE_SHOW_VALUES."""
    own = getattr(model, "_values_shown", None)
    return shows_values() if own is None else bool(own)


def model_repr(model: Any) -> str:
    """`Name(field=value, ...)` with only the fields that are set, and any fields the spec does not name;
    personal data masked unless values are shown."""
    personal: frozenset[str] = getattr(model.__class__, "_personal_fields", _NOTHING)
    others = getattr(model.__class__, "_personal_others", False)
    if (personal or others) and values_shown(model):
        personal, others = _NOTHING, False
    parts = [
        f"{name}={masked_repr(value) if name in personal else repr(value)}"
        for name in model._json_keys
        if (value := getattr(model, name)) is not UNSET
    ]
    extra = getattr(model, "additional_properties", None)
    if extra:
        if others:
            masked = ", ".join(f"{key!r}: {masked_repr(value)}" for key, value in extra.items())
            parts.append(f"additional_properties={{{masked}}}")
        else:
            parts.append(f"additional_properties={extra!r}")
    return f"{model.__class__.__name__}({', '.join(parts)})"


def show_values_in(parsed: Any, show: bool) -> None:
    """Record on every model of a parsed answer that holds personal data whether its repr shows it (the
    reading client's own `show_values`), so that the models of a page say the same as the page."""
    if parsed.__class__ is list:
        for item in parsed:
            show_values_in(item, show)
        return
    keys: dict[str, str] | None = getattr(parsed.__class__, "_json_keys", None)
    if keys is None:
        return
    if hasattr(parsed.__class__, "_personal_fields"):
        parsed._values_shown = show
    for name in keys:
        show_values_in(getattr(parsed, name), show)


def response_repr(response: Any) -> str:
    """A generated `Response`: status and parsed model; the body and header values only when values are
    shown (the body is the answer's JSON, personal data and all)."""
    own = response.show_values
    show = shows_values() if own is None else own
    if show:
        content, headers = repr(response.content), repr(response.headers)
    else:
        content, headers = repr(Hidden(response.content)), _header_names(response.headers)
    return (
        f"Response(status_code={response.status_code!r}, content={content}, headers={headers}, "
        f"parsed={response.parsed!r})"
    )


def _header_names(headers: Any) -> str:
    try:
        names = list(dict.fromkeys(str(name).lower() for name in headers))
    except TypeError:
        return "<hidden>"
    return f"<{len(names)} headers: {', '.join(names)}>"
