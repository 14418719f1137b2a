"""Path parameters: each must stay one segment of the URL path, whatever a server or proxy decodes.

The generated `_get_kwargs` of every operation passes each path parameter through `path_segment`,
which refuses, before anything is sent, a value that is empty, `.` or `..`, or holds `/`, `?`, `#`
or a control character, and returns it percent-encoded. A literal `%` is allowed (it is sent as
`%25`), but not a percent-escape of a refused character (`%2F`, `%2e%2e`, `%252F`): a proxy or
server that decodes the path once more than it should would turn it back into what is refused.
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

from .errors import KorePathParameterError

_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
# The Unicode control characters (category Cc): C0, DEL and C1.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
# Everything refused inside a segment, for the common case's one search.
_REFUSED = re.compile("[/?#%\x00-\x1f\x7f-\x9f]")
_SEPARATORS = {"/": "it would split the path", "?": "it would start the query", "#": "it would start a fragment"}
# Escapes are decoded in turn at most this many times (`%25252F` takes three); deeper nesting is refused.
_DECODINGS = 4


def _problem(text: str) -> str | None:
    """What keeps `text` from being one literal path segment, or None."""
    if text == "":
        return "is empty"
    if text in (".", ".."):
        return f"is {text!r}, which a server resolves as a relative path step"
    for character, why in _SEPARATORS.items():
        if character in text:
            return f"holds {character!r} ({why})"
    control = _CONTROL.search(text)
    if control is not None:
        return f"holds the control character U+{ord(control.group()):04X}"
    return None


def _escaped_problem(text: str) -> str | None:
    """What `text` becomes a problem as, once a server decodes its percent-escapes (again), or None."""
    decoded = text
    for _ in range(_DECODINGS):
        if not _ESCAPE.search(decoded):
            return None
        decoded = unquote(decoded)
        found = _problem(decoded)
        if found is not None:
            return f"holds a percent-escape: decoded by a server or proxy, it {found}"
    if _ESCAPE.search(decoded):
        return f"holds percent-escapes nested more than {_DECODINGS} deep"
    return None


def path_segment(operation: str, parameter: str, value: object) -> str:
    """`value` as one percent-encoded path segment, or KorePathParameterError (a ValueError) naming the
    operation, the parameter and the rule; the value itself stays out of the message."""
    text = str(value)
    if _REFUSED.search(text) is None and text not in ("", ".", ".."):
        return quote(text, safe="")  # an ordinary id: nothing to look into (`%` sends it the long way)
    problem = _problem(text) or _escaped_problem(text)
    if problem is not None:
        raise KorePathParameterError(operation, parameter, problem, value)
    return quote(text, safe="")
