"""Dates and date-times read from JSON keep the text that came, so that `to_dict()` writes it back as sent.

The service writes `2026-12-07T23:27:25.156Z`; Python's `isoformat()` of that instant is
`2026-12-07T23:27:25.156000+00:00`. A value read by `read_datetime`/`read_date` is an ordinary
`datetime`/`date` (a subclass: comparisons, arithmetic and `isinstance` as usual) that also holds the
text it was read from; `writing.to_json` writes that text. A value the caller builds, or one derived by
arithmetic or `replace()`, has no text and is written in ISO form.
"""

from __future__ import annotations

import datetime
from typing import Any


class ReadDateTime(datetime.datetime):
    """A date-time read from JSON, with the text it was read from (`wire`)."""

    __slots__ = ("wire",)
    wire: str  # unset on a value derived by arithmetic or replace()

    def __repr__(self) -> str:  # as a datetime's: the subclass is an implementation detail
        return repr(datetime.datetime.combine(self.date(), self.timetz()))

    def __reduce_ex__(self, protocol: object) -> tuple[Any, ...]:  # copy, deepcopy and pickle keep the text
        wire = getattr(self, "wire", None)
        if wire is None:
            return (datetime.datetime.combine, (self.date(), self.timetz()))
        return (read_datetime, (wire,))


class ReadDate(datetime.date):
    """A date read from JSON, with the text it was read from (`wire`)."""

    __slots__ = ("wire",)
    wire: str  # unset on a value derived by arithmetic or replace()

    def __repr__(self) -> str:
        return repr(datetime.date(self.year, self.month, self.day))

    def __reduce_ex__(self, protocol: object) -> tuple[Any, ...]:
        wire = getattr(self, "wire", None)
        if wire is None:
            return (datetime.date, (self.year, self.month, self.day))
        return (read_date, (wire,))


def read_datetime(text: Any) -> datetime.datetime:
    """`text` as a date-time that remembers it; TypeError or ValueError as `fromisoformat` raises them."""
    value = ReadDateTime.fromisoformat(text)
    value.wire = text
    return value


def read_date(text: Any) -> datetime.date:
    """`text` as a date that remembers it; TypeError or ValueError as `fromisoformat` raises them."""
    value = ReadDate.fromisoformat(text)
    value.wire = text
    return value


def wire_text(value: datetime.date) -> str:
    """The text `value` was read from, else its ISO form."""
    wire = getattr(value, "wire", None)
    return wire if isinstance(wire, str) else value.isoformat()
