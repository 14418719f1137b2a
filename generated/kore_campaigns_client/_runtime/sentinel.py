"""The marker of a field the answer (or the caller) left out."""

from __future__ import annotations

from typing import Literal


class Unset:
    """The type of `UNSET`: a field that is absent, as opposed to one that is null."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    # One marker per process, also through copy, deepcopy and pickle: code tests `value is UNSET`.
    def __reduce__(self) -> str:
        return "UNSET"

    def __copy__(self) -> Unset:
        return self

    def __deepcopy__(self, memo: object) -> Unset:
        return self


UNSET: Unset = Unset()
