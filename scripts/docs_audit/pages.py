"""The page reader: a Kore.ai docs page (Mintlify MDX as published, or a plain-text export) as tables,
samples and the endpoint row, with the quirks of the published pages absorbed here and nowhere else."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Json = Any

# Section headings, matched on their start so that "Sample Response for SMS Campaign" and
# "Response Body Parameters for Voice Campaign" are read like the plain headings. Longest first.
SECTIONS = (
    ("request body parameters", "body"),
    ("response body parameters", "response"),
    ("response parameters", "response"),
    ("body parameters", "body"),
    ("request parameters", "body"),
    ("path parameters", "path"),
    ("path parameter", "path"),
    ("query parameters", "query"),
    ("query parameter", "query"),
    ("request headers", "header"),
    ("header parameters", "header"),
    ("headers parameters", "header"),
    ("headers", "header"),
    ("sample request", "sample.request"),
    ("sample response", "sample.response"),
)
TABLE_SECTIONS = ("path", "query", "header", "body", "response")
# Header cells of a table's first row (bold or not): not a field.
HEADER_CELLS = {"parameter", "parameters", "header", "headers"}
# The host placeholder as the pages write it: {{host}}, {{url}}, {host}}, ((host)), or a bare host.
HOST = re.compile(r"^https?://(?:\{\{?\s*\w+\s*\}?\}|\(\(\s*\w+\s*\)\)|[^/{(]+)/?")


# The summary table's rows (`| **Endpoint** | `https://…` |`), also when an export runs them into prose.
_ENDPOINT_ROW = re.compile(r"\|\s*\**(Method|Endpoint|API Scope)\**\s*\|([^|]*)", re.IGNORECASE)


# Markdown's backslash escapes (`5\\.`, `\\|`); `\\&` in an endpoint is left to endpoint_path.
_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")


# The page that lists every Contact Center API with its app scope (a table row per page, linked by slug).
INDEX_SLUG = "api-list"
_INDEX_ROW = re.compile(r"\]\(/ai-for-service/apis/contact-center/([\w-]+)\)[^\n]*\|\s*Campaign Management\s*\|")


def campaign_pages_listed(index: Path) -> list[str]:
    """The slugs the API list names with the Campaign Management scope, in its order."""
    try:
        text = index.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    return list(dict.fromkeys(_INDEX_ROW.findall(text)))


class PageReadError(Exception):
    """A page file that cannot be read at all (missing, not UTF-8): the only input that stops the audit."""


@dataclass
class Row:
    name: str
    description: str
    type_cell: str
    line: int


@dataclass
class Sample:
    section: str  # "sample.request" or "sample.response"
    line: int  # the line of the fence that opens it
    data: Json = None
    error: str | None = None  # set when the sample is not valid JSON; then error_line names the line
    error_line: int = 0
    heading: str = ""


@dataclass
class Page:
    path: Path
    slug: str | None
    title: str
    method: str | None = None
    endpoint: str | None = None
    endpoint_line: int = 0
    scope: str | None = None
    frontmatter: dict[str, str] = field(default_factory=dict)
    tables: dict[str, list[Row]] = field(default_factory=dict)
    samples: list[Sample] = field(default_factory=list)
    # An export without its slug, claimed by an operation of several pages it cannot be told apart from:
    # the pages it may be, whose decisions apply to it.
    candidates: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.slug} ({self.path.name})" if self.slug else self.path.name

    @property
    def name(self) -> str:
        return self.slug or self.path.stem

    @property
    def decision_pages(self) -> tuple[str, ...]:
        """The slugs a decision may name to cover this page's findings."""
        return (self.slug,) if self.slug else self.candidates

    @property
    def in_scope(self) -> bool:
        """The page's API Scope row names Campaign Management (the pages vary its case)."""
        return self.scope is not None and "campaign management" in self.scope.lower()

    def sample(self, section: str) -> Sample | None:
        return next((s for s in self.samples if s.section == section and s.error is None), None)


def clean_cell(cell: str) -> str:
    """A table cell without the pages' decoration: bold marks, backticks (also stray ones inside a
    dotted name, ``data.mapping.`firstName``), escaped pipes and surrounding space."""
    text = _MARKDOWN_ESCAPE.sub(r"\1", cell.strip())
    text = text.strip("*").strip()
    if re.fullmatch(r"[`\w.\[\]\-$ ]+", text) and "`" in text:
        text = text.replace("`", "")
    return text.strip("`").strip()


def section_of(line: str) -> str | None:
    """The section a heading opens. MDX headings (`#`, or a bold line) may add words ("Sample Response
    for SMS Campaign"); a plain-text export's heading is a bare line, matched whole."""
    stripped = line.strip()
    marked = stripped.startswith("#") or (stripped.startswith("**") and stripped.endswith("**"))
    text = stripped.lstrip("#").strip().strip("*").strip().rstrip(":").lower()
    for prefix, section in SECTIONS:
        if text == prefix or (marked and text.startswith(prefix + " ")):
            return section
    return None


def curl_data(block: str) -> tuple[str, int] | None:
    """The body a curl sample sends (``--data``/``--data-raw``/``-d``), and its line within the block."""
    match = re.search(r"(?:--data(?:-raw)?|-d)\s+'(.*?)'\s*(?:\\\s*)?$", block, flags=re.DOTALL)
    if not match:
        return None
    return match.group(1), block[: match.start(1)].count("\n")


def endpoint_path(url: str) -> tuple[str, dict[str, str]]:
    """An endpoint URL as a path (host removed, placeholders ``{name}``) and its literal query values."""
    url = url.strip().strip("`").replace("\\&", "&")
    without_host = HOST.sub("/", url, count=1)
    path, _, query = without_host.partition("?")
    path = re.sub(r"\{\{?\s*([^}]+?)\s*\}?\}", lambda m: "{" + m.group(1).strip() + "}", path)
    pairs = dict(part.split("=", 1) for part in query.split("&") if "=" in part)
    return "/" + path.lstrip("/").rstrip("/"), pairs


def _frontmatter(lines: list[str]) -> tuple[dict[str, str], int]:
    # Some pages carry a stray quote or backtick before the opening `---`.
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is None or lines[first].strip().lstrip("\"'`") != "---":
        return {}, 0
    values: dict[str, str] = {}
    for index in range(first + 1, len(lines)):
        if lines[index].strip() == "---":
            return values, index + 1
        key, sep, value = lines[index].partition(":")
        if sep:
            values[key.strip()] = value.strip().strip("\"'")
    return {}, 0


def read_page(path: Path, slug: str | None = None) -> Page:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PageReadError(f"{path}: cannot read: {exc}") from exc
    if slug is None and path.suffix in (".mdx", ".md"):
        slug = path.stem
    lines = text.splitlines()
    front, start = _frontmatter(lines)
    # A plain-text export has no markup: its title is its first line.
    title = next((ln.lstrip("#").strip() for ln in lines[start:] if re.match(r"#{1,2} ", ln)), "") or next(
        (ln.strip() for ln in lines[start:] if ln.strip() and not ln.startswith("<")), ""
    )
    page = Page(path=path, slug=slug, title=front.get("title") or title, frontmatter=front)
    section: str | None = None
    heading = ""
    columns = Columns()
    previous: tuple[int, list[str]] = (0, [])
    index = start
    while index < len(lines):
        line, number = lines[index], index + 1
        index += 1
        if line.strip().startswith("```"):
            body: list[str] = []
            while index < len(lines) and not lines[index].strip().startswith("```"):
                body.append(lines[index])
                index += 1
            index += 1  # the closing fence (an unclosed fence ends at the end of the page)
            _read_sample(page, section, heading, "\n".join(body), number)
            continue
        cells = [clean_cell(c) for c in line.strip().strip("|").split("|")] if "|" in line else []
        for label, value in _ENDPOINT_ROW.findall(line):
            label = label.lower()
            if label == "method" and page.method is None and clean_cell(value):
                page.method = clean_cell(value).split()[0].upper()
            elif label == "endpoint" and page.endpoint is None:
                page.endpoint, page.endpoint_line = clean_cell(value), number
            elif label == "api scope" and page.scope is None:
                page.scope = clean_cell(value)
        found = section_of(line)
        if found:
            section, heading = found, line.strip().lstrip("#").strip()
            columns = Columns()
            continue
        if not cells:
            columns = Columns()  # a table ends at the first line that is not one
        if section in TABLE_SECTIONS and len(cells) >= 3:
            rows = page.tables.setdefault(section, [])
            if set(cells[0]) <= {"-", ":", " "}:
                if previous[0] == number - 1:
                    columns = Columns.of(previous[1])
                if rows and rows[-1].line == number - 1:
                    rows.pop()  # the row above a separator is the table's header, whatever its words
                continue
            previous = (number, cells)
            if cells[0].lower() in HEADER_CELLS or not cells[0]:
                continue
            rows.append(Row(cells[0], columns.description(cells), columns.type_cell(cells), number))
    return page


@dataclass(frozen=True)
class Columns:
    """Where a table keeps a field's description, type and requirement. Most pages write
    `Parameter | Description | Type` (the type cell also says required or optional); the pre-call
    webhook page writes `Field | Type | Required | Description`, read by its header's words."""

    description_at: int = 1
    type_at: int = -1
    required_at: int | None = None

    @classmethod
    def of(cls, header: list[str]) -> Columns:
        words = [cell.strip("*").strip().lower() for cell in header]
        if "type" not in words and "required" not in words:
            return cls()
        return cls(
            description_at=words.index("description") if "description" in words else 1,
            type_at=words.index("type") if "type" in words else -1,
            required_at=words.index("required") if "required" in words else None,
        )

    @staticmethod
    def _cell(cells: list[str], at: int) -> str:
        return cells[at] if -len(cells) <= at < len(cells) else ""

    def description(self, cells: list[str]) -> str:
        return self._cell(cells, self.description_at)

    def type_cell(self, cells: list[str]) -> str:
        kind = self._cell(cells, self.type_at)
        if self.required_at is None:
            return kind
        answer = self._cell(cells, self.required_at).lower()
        required = "required" if answer in ("yes", "true", "required") else "optional" if answer else ""
        return f"{kind}, {required}" if required else kind


def _read_sample(page: Page, section: str | None, heading: str, block: str, line: int) -> None:
    if section == "sample.request":
        found = curl_data(block)
        if found is None:
            return
        text, offset = found
        if not text.strip():
            return  # `--data ''`: the request sends no body
    elif section == "sample.response":
        text, offset = block, 0
        if not text.strip():
            return
    else:
        return
    sample = Sample(section, line, heading=heading)
    try:
        sample.data = json.loads(text)
    except json.JSONDecodeError as exc:
        sample.error = exc.msg
        sample.error_line = line + offset + exc.lineno
    page.samples.append(sample)
