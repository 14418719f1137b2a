"""What the generated resource methods (`client.campaigns.get_campaign(...)`) and page iterators call."""

from __future__ import annotations

import difflib
import inspect
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from .sentinel import Unset

_Method = TypeVar("_Method", bound=Callable[..., Any])


class _RequiredWithoutBody:
    """Shown by help() as the default of a body field that is required unless `body` is given."""

    def __repr__(self) -> str:
        return "<required unless body is given>"


REQUIRED_WITHOUT_BODY: Any = _RequiredWithoutBody()


def keyword_signature(method: _Method) -> _Method:
    """Give a method that takes a body as a model or as `**fields` the signature help() and IDEs
    show: its own parameters with the fields of its keyword overload in place of `**fields`."""
    overloads = typing.get_overloads(method)
    if overloads:
        own = inspect.signature(method).parameters.values()
        keywords = inspect.signature(overloads[-1]).parameters.values()
        kept = [p for p in own if p.kind is not inspect.Parameter.VAR_KEYWORD]
        names = {p.name for p in kept}
        extra = [
            p if p.default is not inspect.Parameter.empty else p.replace(default=REQUIRED_WITHOUT_BODY)
            for p in keywords
            if p.kind is inspect.Parameter.KEYWORD_ONLY and p.name not in names
        ]
        ordered = sorted(kept + extra, key=lambda p: p.kind)
        method.__signature__ = inspect.signature(method).replace(parameters=ordered)  # type: ignore[attr-defined]
    return method


def body_fields(
    method: str,
    fields: dict[str, Any],
    known: tuple[str, ...],
    spellings: Mapping[str, str],
    fixed: Mapping[str, Any],
) -> dict[str, Any]:
    """Check a method's body fields given as keywords: a field named after a Python keyword or
    builtin (`type`, `format`) is taken under that name too, a field with one allowed value may
    be given if it has that value, and any other name fails with the method and the right spelling."""
    checked: dict[str, Any] = {}
    for name, value in fields.items():
        python_name = spellings.get(name, name)
        if python_name in fixed:
            if value != fixed[python_name]:
                raise ValueError(
                    f"{method}(): {name} can only be {fixed[python_name]!r}, which is sent for you; leave it out"
                )
            continue
        if python_name in known and (python_name == name or python_name == name + "_"):
            checked[python_name] = value
            continue
        if python_name in known:
            raise TypeError(f"{method}() takes {name!r} as {python_name}=")
        close = difflib.get_close_matches(name, known, n=1)
        hint = f"; did you mean {close[0]}=?" if close else f"; it takes {', '.join(known)}"
        raise TypeError(f"{method}() got an unexpected keyword argument {name!r}{hint}")
    return checked


def page_field(page: object, path: str) -> Any:
    """The value at a dotted attribute path of a parsed page (`data.has_more` reads
    `page.data.has_more`), or None where a step is missing or unset: the iterators read pages
    leniently."""
    value: Any = page
    for name in path.split("."):
        value = getattr(value, name, None)
        if value is None or isinstance(value, Unset):
            return None
    return value
