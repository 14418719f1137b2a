"""Contains shared errors types that can be raised from API functions"""

from ._runtime.errors import FieldError, KoreError, KorePathParameterError, KoreResponseError, unexpected_status_text


class UnexpectedStatus(KoreError):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(unexpected_status_text(status_code, content))


__all__ = ["FieldError", "KoreError", "KorePathParameterError", "KoreResponseError", "UnexpectedStatus"]
