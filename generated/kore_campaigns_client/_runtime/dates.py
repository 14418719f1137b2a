"""Dates and date-times read from JSON are written back by `to_dict()` as the text that came.

The service writes `2026-12-07T23:27:25.156Z`; Python's `isoformat()` of that instant is
`2026-12-07T23:27:25.156000+00:00`. While reading, a model notes each date field's text beside the
value read from it (the generated `from_dict` fills the model's `_date_texts` inline, as `note_text`
does); `writing.model_to_dict` writes the text while the field still holds that very value. A value
the caller sets, or builds, is written in ISO form. Noting costs a dict entry per date field: the
reading of a page of campaigns stays as fast as without it.
"""

from __future__ import annotations

from typing import Any

# Attribute name -> (text read, value read from it).
DateTexts = dict[str, tuple[str, Any]]


def note_text(texts: DateTexts | None, name: str, text: Any, value: Any) -> DateTexts:
    """Record that the field `name` was read from `text`."""
    if texts is None:
        texts = {}
    texts[name] = (text, value)
    return texts


def text_of(model: Any, name: str, value: Any) -> str | None:
    """The text field `name` was read from, while it still holds the value read from it; else None."""
    texts: DateTexts | None = getattr(model, "_date_texts", None)
    if texts is None:
        return None
    noted = texts.get(name)
    return noted[0] if noted is not None and noted[1] is value else None
