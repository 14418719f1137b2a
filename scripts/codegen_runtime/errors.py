"""The exceptions the generated code raises: all of them derive from KoreError."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .switches import SHOW_VALUES_ENV, shows_values

if TYPE_CHECKING:
    from .reading import Deviation


class KoreError(Exception):
    """Base of every exception this package raises (the generated client and kore_campaigns alike)."""


class KoreResponseError(KoreError):
    """Strict mode: a response differs from the spec. Names the operation, the field path, what the spec
    says and what kind of value came (the value itself only with show_values / KORE_SHOW_VALUES=1).

    Not a TypeError/ValueError on purpose: the readers treat those as "this value does not fit".
    ``deviations`` holds every difference found in the response (types.Deviation), the first one named
    in the message; ``value`` the first one's value, as sent.
    """

    def __init__(self, operation: str, deviations: Iterable[Deviation], show_values: bool | None = None) -> None:
        self.operation = operation
        self.deviations = tuple(deviations)
        first = self.deviations[0]
        self.path: str = first.path
        self.expected: str = first.expected
        self.value: Any = first.value
        show = shows_values() if show_values is None else show_values
        text = f"{operation}: the response does not match the spec at {first.describe(show)}"
        if len(self.deviations) > 1:
            others = ", ".join(deviation.path for deviation in self.deviations[1:6])
            text += f"; {len(self.deviations) - 1} more: {others}" + (", ..." if len(self.deviations) > 6 else "")
        super().__init__(text)


class KorePathParameterError(KoreError, ValueError):
    """A path parameter that cannot be one segment of the URL path; refused before anything is sent.

    ``parameter`` is the argument's name, ``rule`` what it breaks; ``value`` holds what was given (left
    out of the message). A server or a proxy on the way may decode `%2F` or resolve `..`, so an id
    holding one could reach another resource than the one named.
    """

    def __init__(self, operation: str, parameter: str, rule: str, value: Any) -> None:
        self.operation, self.parameter, self.rule, self.value = operation, parameter, rule, value
        super().__init__(f"{operation}(): path parameter {parameter} {rule}; nothing was sent")


class FieldError(KoreError, TypeError, KeyError):
    """Model.from_dict outside a response: a field breaks the spec. Names the field path, the rule and
    the kind of value (the value itself only with KORE_SHOW_VALUES=1; it is in ``value``).

    A TypeError and a KeyError, the two the stock generated from_dict raised (unknown enum value, missing field).
    """

    def __init__(self, path: str, kind: str, expected: str, value: Any) -> None:
        from .reading import describe_value

        got = describe_value(value, shows_values())
        super().__init__(f"{path}: the spec says {expected}; got {got} ({kind})")
        self.path, self.kind, self.expected, self.value = path, kind, expected, value

    def __str__(self) -> str:
        return str(self.args[0])


def unexpected_status_text(status_code: int, content: bytes) -> str:
    """The message of errors.UnexpectedStatus: the body only with KORE_SHOW_VALUES=1."""
    if shows_values():
        return f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
    return f"Unexpected status code: {status_code} ({len(content)} bytes of content; {SHOW_VALUES_ENV}=1 shows them)"
