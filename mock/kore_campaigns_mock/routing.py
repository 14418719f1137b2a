"""Routes matched on the path as the client sent it (ASGI `raw_path`), not on the server's decoded `path`.

ASGI servers percent-decode scope["path"], so an id sent as `contactList%2Fcl-1` becomes two segments there
and can land on another route: a campaign delete once deleted a contact list that way. Here a path parameter
is one raw segment, percent-decoded only after the route matched; an id that decodes to `.`, `..` or to text
holding a `/` then names nothing, and the route answers its own 404 (or 403 for a bot id), never another
route's. Literal segments match only as written (no decoding, no `..` resolution).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote_to_bytes

from starlette.routing import Match, Route
from starlette.types import Scope


def raw_route_path(scope: Scope) -> str:
    """The request's path exactly as sent, as text (one character per byte), without the query string.

    Falls back to the decoded path when the server gives no `raw_path` (the ASGI spec makes it optional)
    or gives an absolute-form target: uvicorn and httpx's ASGI transport both give it."""
    raw = scope.get("raw_path")
    if isinstance(raw, bytes):
        path = raw.split(b"?", 1)[0]
        if path.startswith(b"/"):
            return path.decode("latin-1")
    return str(scope["path"])


def decode_segment(raw: str) -> str:
    """One matched raw segment, percent-decoded as UTF-8 (undecodable bytes become U+FFFD, as servers do)."""
    return unquote_to_bytes(raw.encode("latin-1")).decode("utf-8", "replace")


class RawPathRoute(Route):
    """A Starlette Route that matches the raw path; its path parameters reach the handler decoded."""

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] != "http":
            return Match.NONE, {}
        match, child_scope = super().matches({**scope, "path": raw_route_path(scope), "root_path": ""})
        if match is not Match.NONE:
            params: dict[str, Any] = dict(child_scope["path_params"])
            for name in self.param_convertors:
                params[name] = decode_segment(str(params[name]))
            child_scope["path_params"] = params
        return match, child_scope
