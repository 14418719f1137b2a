"""Exceptions the generated code raises while reading answers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .reading import Deviation


class KoreResponseError(Exception):
    """Strict mode: a response differs from the spec. Names the operation, the field path, what the spec
    says and what came.

    Not a TypeError/ValueError on purpose: the readers treat those as "this value does not fit".
    ``deviations`` holds every difference found in the response (types.Deviation), the first one named in the message.
    """

    def __init__(self, operation: str, deviations: Iterable[Deviation]) -> None:
        self.operation = operation
        self.deviations = tuple(deviations)
        first = self.deviations[0]
        self.path: str = first.path
        self.expected: str = first.expected
        self.value: Any = first.value
        text = f"{operation}: the response does not match the spec at {first}"
        if len(self.deviations) > 1:
            others = ", ".join(deviation.path for deviation in self.deviations[1:6])
            text += f"; {len(self.deviations) - 1} more: {others}" + (", ..." if len(self.deviations) > 6 else "")
        super().__init__(text)


class FieldError(TypeError, KeyError):
    """Model.from_dict outside a response: a field breaks the spec. Names the field path, the rule and the value.

    A TypeError and a KeyError, the two the stock generated from_dict raised (unknown enum value, missing field).
    """

    def __init__(self, path: str, kind: str, expected: str, value: Any) -> None:
        from .reading import describe_value

        super().__init__(f"{path}: the spec says {expected}; got {describe_value(value)} ({kind})")
        self.path, self.kind, self.expected, self.value = path, kind, expected, value

    def __str__(self) -> str:
        return str(self.args[0])
