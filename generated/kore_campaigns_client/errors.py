"""Contains shared errors types that can be raised from API functions"""

from typing import Any


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class KoreResponseError(Exception):
    """Strict mode: a response differs from the spec. Names the operation, the field path, what the spec says and what came.

    Not a TypeError/ValueError on purpose: the readers treat those as "this value does not fit".
    ``deviations`` holds every difference found in the response (types.Deviation), the first one named in the message.
    """

    def __init__(self, operation: str, deviations: Any) -> None:
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


__all__ = ["KoreResponseError", "UnexpectedStatus"]
