"""The spec's operations as data: ``operations.json``, written by ``scripts/regenerate`` beside the
generated client (see ``scripts/operation_table.py``).

Read without importing ``kore_campaigns_client`` (whose package imports httpx): ``--help`` needs
only the names, types, enums and descriptions, and they are the spec's own, in one place.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
from pathlib import Path
from typing import Any

TABLE_FILE = "operations.json"
_WORD = re.compile(r"[A-Z]?[a-z]+\d*|[A-Z]+\d*(?![a-z])|\d+")
_VERSION = re.compile(r"v\d+")
# Left at the end of a name once the noun is taken out (addContactsToContactList -> add-contacts).
_TRAILING = {"to", "from", "of", "in", "for"}


class TableMissingError(RuntimeError):
    """operations.json is missing or unreadable: the generated client was not regenerated."""


@functools.cache
def table() -> dict[str, Any]:
    """The whole table: ``tags``, ``operations``, ``enums`` and ``idAlternatives``."""
    found = importlib.util.find_spec("kore_campaigns_client")
    locations = list(found.submodule_search_locations or []) if found is not None else []
    for location in locations:
        path = Path(location) / TABLE_FILE
        if path.is_file():
            try:
                loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as error:
                raise TableMissingError(f"{path} is unreadable ({error}); run scripts/regenerate") from None
            return loaded
    raise TableMissingError(f"kore_campaigns_client has no {TABLE_FILE}; run scripts/regenerate")


def enum(name: str) -> tuple[str, ...]:
    """The values of a named enum of the spec (``CampaignStatus``, ``CampaignType``, ...)."""
    return tuple(table()["enums"][name])


def words(name: str) -> list[str]:
    """``listContactListContacts`` -> ``["list", "contact", "list", "contacts"]``; ``Campaigns V1`` too."""
    return [word.lower() for word in _WORD.findall(name)]


def kebab(name: str) -> str:
    """A wire name as an option or command name: ``allowDuplicates`` -> ``allow-duplicates``."""
    return "-".join(words(name.replace("_", " ")))


def group_name(tag: str) -> str:
    """A tag's command group: ``Contact lists V1`` -> ``contact-lists-v1``."""
    return kebab(tag)


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


def command_name(operation_id: str, tag: str) -> str:
    """An operation's command within its tag's group: the operationId without the group's noun or
    version (``getCampaignV1`` in ``Campaigns V1`` -> ``get``, ``listContactListContacts`` in
    ``Contact lists`` -> ``list-contacts``); the whole operationId when nothing would be left."""
    parts = words(operation_id)
    tag_words = words(tag)
    versions = [word for word in tag_words if _VERSION.fullmatch(word)]
    noun = [_singular(word) for word in tag_words if word not in versions]
    parts = [word for word in parts if word not in versions]
    for start in range(len(parts) - len(noun) + 1):
        if [_singular(word) for word in parts[start : start + len(noun)]] == noun:
            parts = parts[:start] + parts[start + len(noun) :]
            break
    while len(parts) > 1 and parts[-1] in _TRAILING:
        parts.pop()
    return "-".join(parts) if parts else kebab(operation_id)


def operations_by_group() -> dict[str, list[dict[str, Any]]]:
    """``{group name: [operation, ...]}`` in the spec's tag order."""
    groups: dict[str, list[dict[str, Any]]] = {group_name(tag["name"]): [] for tag in table()["tags"]}
    for operation in table()["operations"]:
        groups.setdefault(group_name(operation["tag"]), []).append(operation)
    return groups


def tag_description(group: str) -> str:
    for tag in table()["tags"]:
        if group_name(tag["name"]) == group:
            return str(tag.get("description") or tag["name"])
    return ""
