"""Contains some shared types for properties, and the lenient reading of responses"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, TypeVar

from attrs import define, field

from ._runtime.answers import body_excerpt
from ._runtime.errors import FieldError
from ._runtime.reading import Deviation, deviations, lenient_reading, union_trial
from ._runtime.reprs import response_repr
from ._runtime.sentinel import UNSET, Unset
from ._runtime.switches import SHOW_VALUES_ENV, STRICT_RESPONSES_ENV, is_strict, shows_values

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint

    ``deviations`` lists where the body differs from the spec (values kept as sent); empty when it matched.
    ``show_values`` is the reading client's own setting (None: KORE_SHOW_VALUES decides): the repr
    shows the body and the header values only when values are shown, the parsed model masks personal data.
    """

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
    deviations: tuple[Deviation, ...] = field(default=(), repr=False)
    show_values: bool | None = field(default=None, repr=False, eq=False)

    def __repr__(self) -> str:
        return response_repr(self)


__all__ = [
    "SHOW_VALUES_ENV",
    "STRICT_RESPONSES_ENV",
    "UNSET",
    "Deviation",
    "FieldError",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "body_excerpt",
    "deviations",
    "is_strict",
    "lenient_reading",
    "shows_values",
    "union_trial",
]
