"""Normalization rules: the habits Kore.ai's pages repeat, named, applied before comparison, counted.

Each rule only reconciles how a page WRITES something the spec has; none applies unless the spec's
side exists (a found field, a declared enum), so no rule can hide a field the spec lacks."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    name: str
    summary: str


NUMBER_MEANS_INTEGER = Rule("number-means-integer", "a page's type `number` is the spec's `integer`")
RESPONSE_WITHOUT_DATA = Rule(
    "response-table-without-data",
    "a response table names a field inside the `data` envelope without the `data.` prefix",
)
PAGE_VALUE_OF_MERGED_OPERATION = Rule(
    "page-value-of-merged-operation",
    "a page of an operation that serves several pages lists only its own query value(s) of the operation's enum",
)
BOT_ID_NAMES = Rule("bot-id-names", "streamId, streamID, IId, IID, botId and botID all name the bot (stream) id")
PLACEHOLDER_NAMES = Rule(
    "placeholder-names",
    "an endpoint's placeholders may be named otherwise than the spec's (`{contactList}` = `{contactListId}`)",
)
HEADER_NAME_CASE = Rule("header-name-case", "header names are compared case-insensitively (`IId` = `iid`)")

RULES = (
    NUMBER_MEANS_INTEGER,
    RESPONSE_WITHOUT_DATA,
    PAGE_VALUE_OF_MERGED_OPERATION,
    BOT_ID_NAMES,
    PLACEHOLDER_NAMES,
    HEADER_NAME_CASE,
)
BOT_PLACEHOLDERS = {"streamid", "iid", "botid"}


class Normalizer:
    """Applies the rules and counts each application that changed what the comparison sees."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def applied(self, rule: Rule) -> None:
        self.counts[rule.name] += 1

    def type_matches(self, page_type: str, spec_types: set[str]) -> bool:
        if not spec_types or page_type in spec_types:
            return True
        if page_type == "number" and "integer" in spec_types:
            self.applied(NUMBER_MEANS_INTEGER)
            return True
        return False

    def is_bot_id(self, name: str) -> bool:
        return name.lower() in BOT_PLACEHOLDERS

    def bot_id(self, name: str, spec_name: str) -> bool:
        """Whether a page's bot-id name denotes the spec's bot-id parameter (counted when spelt differently)."""
        if not (self.is_bot_id(name) and self.is_bot_id(spec_name)):
            return False
        if name != spec_name:
            self.applied(BOT_ID_NAMES)
        return True

    def header_name(self, page_name: str, spec_name: str) -> bool:
        if page_name.lower() != spec_name.lower():
            return False
        if page_name != spec_name:
            self.applied(HEADER_NAME_CASE)
        return True

    def merged_values(self, values: set[str], allowed: set[str], pages: int) -> bool:
        """A page of a merged operation naming a strict subset of the enum: its own value(s)."""
        if pages > 1 and values < allowed:
            self.applied(PAGE_VALUE_OF_MERGED_OPERATION)
            return True
        return False

    def summary(self) -> str:
        counted = [f"{self.counts[r.name]} by rule {r.name}" for r in RULES if self.counts[r.name]]
        return "normalized: " + (", ".join(counted) if counted else "nothing")
