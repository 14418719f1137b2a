"""Contacts read from a CSV file as spreadsheets export it, or from dicts / ``NewContact`` models, each
checked and its phone number normalised to E.164 before anything is sent.

The fields are those of the spec's ``NewContact`` model (read from the generated class); a header cell
or dict key matches a field whatever its case, spaces, ``_``, ``-`` or ``.`` (``Phone Number``,
``phone_number``). Files: UTF-8 with or without a BOM, UTF-16 with a BOM, or the encoding given; the
delimiter (``,``, ``;``, tab or ``|``) is sniffed unless given. Phone numbers are read by Google's
libphonenumber (the ``phonenumbers`` package): a number without a country code needs ``region``.

Texts here never contain a contact's values: :class:`RefusedRow` keeps the refused value apart
(``value``, left out of its ``str``, masked in its ``repr``), for the caller to show when the user asks
(``KORE_SHOW_VALUES=1``, or a client's ``show_values``).
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import dataclasses
import functools
import io
import logging
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import attrs
from kore_campaigns_client.types import shows_values
from kore_campaigns_precall._personal import SHOW_VALUES_ENV, fields_repr, hidden, value_repr

from .errors import KoreError

_log = logging.getLogger("kore_campaigns.bulk")

# openapi.yaml NewContact: the field every contact needs; the one normalised to E.164.
PHONE_FIELD = "phoneNumber"
# openapi.yaml NewContact's other fields: maxLength. The generated model carries no constraints, so the
# value is restated here and tests/test_import.py checks it against the spec.
MAX_FIELD_LENGTH = 256
# openapi.yaml ContactPhoneNumber: what is sent, checked once more after formatting (strict in what we send).
SPEC_PHONE_NUMBER = re.compile(r"\+?[0-9]{7,15}")
DELIMITERS = ",;\t|"
# Enough lines of a file for csv.Sniffer to see its pattern, cut at a line end.
_SNIFF_SAMPLE = 64 * 1024
# Excel's ways of spoiling a phone number kept as a number: 1.51056E+10, 15105550100.0.
_SCIENTIFIC = re.compile(r"[0-9](\.[0-9]+)?[eE]\+?[0-9]+")
_DECIMAL = re.compile(r"\+?[0-9]{6,}\.0+")
_NO_E164 = ("+0",)  # no country code starts with 0
_HEADER_NOISE = re.compile(r"[\s_.\-]+")
_MAGIC = {
    b"PK\x03\x04": "a zip archive (an Excel .xlsx workbook?)",
    b"\xd0\xcf\x11\xe0": "an Excel .xls workbook",
    b"%PDF": "a PDF document",
}


# How a text names an argument of the import: as its Python keyword by default, as its option under
# the command line (`spelt_as`), so that neither reader is told about the other's spelling. A name
# that takes a value is followed by it: list_name='Spring' / --list 'Spring'.
PYTHON_SPELLING: dict[str, str] = {
    "region": "region=",
    "encoding": "encoding=",
    "delimiter": "delimiter=",
    "create": "create=True",
    "restart": "restart=True",
    "skip_invalid": "skip_invalid=True",
    "list_name": "list_name=",
    "checkpoint": "checkpoint=",
}
_spelling: ContextVar[Mapping[str, str]] = ContextVar("kore_import_spelling", default=PYTHON_SPELLING)


def spelt(argument: str) -> str:
    """``argument`` as the reader of the message writes it: ``region=`` or ``--region``."""
    return _spelling.get()[argument]


@contextlib.contextmanager
def spelt_as(spelling: Mapping[str, str]) -> Iterator[None]:
    """Within the block, texts name the import's arguments as ``spelling`` says (e.g. the command
    line's options); it must name every argument of :data:`PYTHON_SPELLING`."""
    missing = set(PYTHON_SPELLING) - set(spelling)
    if missing:
        raise ValueError(f"spelt_as() needs a spelling of {', '.join(sorted(missing))}")
    token = _spelling.set(dict(spelling))
    try:
        yield
    finally:
        _spelling.reset(token)


class KoreImportError(KoreError):
    """The import cannot start or go on (unknown list, a checkpoint of another import, an unreadable file, ...)."""


def values_shown(client: object = None) -> bool:
    """True when the user asked to see contacts' values in messages: the client's ``show_values`` if it
    has one, else ``KORE_SHOW_VALUES`` (1, true, yes or on)."""
    return shows_values(client)


@functools.cache
def contact_fields() -> dict[str, str]:
    """The spec's contact fields, wire name -> Python name, in the generated ``NewContact``'s order.

    Read from the model's public surface (its attrs fields and ``to_dict``), so a field added to the
    spec is accepted on regeneration."""
    from kore_campaigns_client.models.new_contact import NewContact

    names = [item.name for item in attrs.fields(NewContact) if item.init]
    wire = NewContact(**{name: name for name in names}).to_dict()
    return {key: str(value) for key, value in wire.items()}


def accepted_columns() -> list[str]:
    """The column names an import reads (the spec's contact fields), the phone number first."""
    return list(contact_fields())


def _folded(name: str) -> str:
    return _HEADER_NOISE.sub("", name).lower()


@functools.cache
def _field_for() -> dict[str, str]:
    return {_folded(wire): wire for wire in contact_fields()}


def field_named(name: str) -> str | None:
    """The contact field a header cell or dict key names (``Phone Number`` -> ``phoneNumber``), else None."""
    return _field_for().get(_folded(name))


@dataclass(frozen=True)
class RefusedRow:
    """A row that is not sent: ``row`` counts from 1 in the input; ``line`` is its line in a CSV file
    (the header is line 1), else None. ``value`` is the refused text (a phone number), kept out of
    ``str()`` and masked in ``repr()`` unless values are shown: show it with :meth:`describe` when the
    user asks for values."""

    row: int
    line: int | None
    field: str
    reason: str
    value: str | None = dataclasses.field(default=None, repr=False, compare=False)

    def __str__(self) -> str:
        return self.describe(show_value=False)

    def __repr__(self) -> str:
        return (
            f"RefusedRow(row={self.row!r}, line={self.line!r}, field={self.field!r}, reason={self.reason!r}, "
            f"value={value_repr(self.value, values_shown())})"
        )

    def describe(self, *, show_value: bool) -> str:
        where = f"line {self.line}" if self.line is not None else f"row {self.row}"
        shown = f" ({self.value!r})" if show_value and self.value is not None else ""
        return f"{where}: {self.field}{shown} {self.reason}"


@dataclass(slots=True)
class ContactRow:
    """A checked contact: its wire fields, the phone number in E.164."""

    row: int
    line: int | None
    contact: dict[str, str] = dataclasses.field(repr=False)  # personal data: masked in the repr

    def __repr__(self) -> str:
        return f"ContactRow(row={self.row!r}, line={self.line!r}, contact={fields_repr(self.contact, values_shown())})"

    @property
    def phone_number(self) -> str:
        return self.contact[PHONE_FIELD]


@dataclass
class ContactRows:
    """What :func:`read_contacts` found: the contacts to send, the rows refused (with reasons), the
    columns (or keys) that name no contact field, and how many rows the input had."""

    contacts: list[ContactRow] = field(default_factory=list)
    refused: list[RefusedRow] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    rows: int = 0
    source: str = "the input"


# --- Phone numbers -------------------------------------------------------------------------------------


def check_region(region: str | None) -> str | None:
    """``region`` upper-cased, or ValueError naming the rule when libphonenumber does not know it."""
    if region is None:
        return None
    import phonenumbers

    code = region.strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise ValueError(f"region must be a two-letter region code such as US, GB or DE (ISO 3166-1), got {region!r}")
    return code


@functools.cache
def _possible_length(country_code: int, digits: int) -> bool:
    # libphonenumber's "possible" test reads only the country code and the national number's length.
    import phonenumbers

    sample = phonenumbers.PhoneNumber(country_code=country_code, national_number=int("1" * digits))
    return bool(phonenumbers.is_possible_number(sample))


@functools.lru_cache(maxsize=1 << 16)
def _e164_possible(head: str, digits: int) -> bool:
    """Whether E.164 digits starting with ``head`` (their first 4) and ``digits`` long are kept as written."""
    import phonenumbers

    for size in (1, 2, 3):  # country codes are prefix-free: the first that exists is the one
        country_code = int(head[:size])
        if country_code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return head[size] != "0" and _possible_length(country_code, digits - size)
    return False


def _canonical(value: str) -> str | None:
    """``value`` when already in E.164 and possible for its country code, else None (parse it fully).

    libphonenumber's parse takes ~30 us a number, which a 100,000-row import would feel. A number
    written as + and digits is kept as written; a national number starting with 0 (trunk prefix,
    Italian leading zero) goes through the full parse."""
    if value[:2] in _NO_E164 or value[:1] != "+" or not SPEC_PHONE_NUMBER.fullmatch(value):
        return None
    return value if _e164_possible(value[1:5], len(value) - 1) else None


_WHY_IMPOSSIBLE = {
    "TOO_SHORT": "is too short for a number of its country",
    "TOO_LONG": "is too long for a number of its country",
    "INVALID_LENGTH": "has a length no number of its country has",
    "INVALID_COUNTRY_CODE": "has an unknown country code",
    "IS_POSSIBLE_LOCAL_ONLY": "is a local number: it needs its area code",
}


def normalise_phone_number(value: str, region: str | None) -> tuple[str | None, str]:
    """(E.164 form, "") or (None, why it is refused); the reason never contains the value."""
    import phonenumbers

    text = value.strip()
    if not text:
        return None, "is required"
    fast = _canonical(text)
    if fast is not None:
        return fast, ""
    if _SCIENTIFIC.fullmatch(text):
        return None, "is in scientific notation (Excel shows long numbers so: format the column as text, export again)"
    if _DECIMAL.fullmatch(text):
        return None, "ends in .0 (a number the spreadsheet stored as a decimal: format the column as text)"
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as error:
        if error.error_type == phonenumbers.NumberParseException.INVALID_COUNTRY_CODE:
            if text.startswith("+") or region is not None:
                return None, "has an unknown country code"
            return None, (
                "has no country code: write it with + and its country code, or give the region the numbers "
                f"belong to ({spelt('region')}, e.g. US)"
            )
        if error.error_type in (
            phonenumbers.NumberParseException.TOO_SHORT_NSN,
            phonenumbers.NumberParseException.TOO_SHORT_AFTER_IDD,
        ):
            return None, "is too short to be a phone number"
        if error.error_type == phonenumbers.NumberParseException.TOO_LONG:
            return None, "is too long to be a phone number"
        return None, "is not a phone number"
    if number.extension:
        return None, "has an extension, which a contact's number cannot carry"
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason not in (phonenumbers.ValidationResult.IS_POSSIBLE,):
        names = {getattr(phonenumbers.ValidationResult, name): name for name in _WHY_IMPOSSIBLE}
        return None, _WHY_IMPOSSIBLE.get(names.get(reason, ""), "is not a possible phone number")
    formatted = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if not SPEC_PHONE_NUMBER.fullmatch(formatted):
        return None, "must have 7 to 15 digits in international form"
    return formatted, ""


# --- Rows ----------------------------------------------------------------------------------------------


class _Reader:
    """Checks rows one by one into a :class:`ContactRows`."""

    def __init__(self, region: str | None, source: str) -> None:
        self.region = region
        self.result = ContactRows(source=source)
        self._unknown: dict[str, None] = {}

    def unknown(self, name: str) -> None:
        self._unknown.setdefault(name)

    def add(self, line: int | None, fields: Iterable[tuple[str, Any]]) -> None:
        """One row, as (contact field, value) pairs; the values of one field must not repeat."""
        self.result.rows += 1
        number = self.result.rows
        contact: dict[str, str] = {PHONE_FIELD: ""}  # the phone number first, as the spec lists it
        problems: list[RefusedRow] = []
        for name, value in fields:
            if value is None:
                continue
            if not isinstance(value, str):
                problems.append(RefusedRow(number, line, name, f"must be text, got {type(value).__name__}"))
                continue
            if name != PHONE_FIELD:
                value = value.strip()
                if not value:
                    continue
                if len(value) > MAX_FIELD_LENGTH:
                    reason = f"must be at most {MAX_FIELD_LENGTH} characters (has {len(value)})"
                    problems.append(RefusedRow(number, line, name, reason))
                    continue
            contact[name] = value
        raw_phone = contact[PHONE_FIELD]
        phone = _canonical(raw_phone)
        if phone is None:
            phone, reason = normalise_phone_number(raw_phone, self.region)
            if phone is None and not any(problem.field == PHONE_FIELD for problem in problems):
                value = raw_phone.strip() or None
                problems.append(RefusedRow(number, line, PHONE_FIELD, reason, value=value))
        if problems:
            self.result.refused.extend(problems)
        else:
            contact[PHONE_FIELD] = phone  # type: ignore[assignment]  # not None when nothing was refused
            self.result.contacts.append(ContactRow(number, line, contact))

    def refuse(self, line: int | None, reason: str) -> None:
        self.result.rows += 1
        self.result.refused.append(RefusedRow(self.result.rows, line, "(row)", reason))

    def finish(self) -> ContactRows:
        self.result.unknown_columns = list(self._unknown)
        if self.result.unknown_columns:
            _log.warning(
                "%s: not sent, not contact fields: %s (accepted: %s)",
                self.result.source,
                ", ".join(self.result.unknown_columns),
                ", ".join(accepted_columns()),
            )
        return self.result


def _mapping_rows(source: Iterable[Any], reader: _Reader) -> None:
    fields_of: dict[str, str | None] = {}  # key -> contact field, as rows repeat their keys
    for item in source:
        # A generated NewContact (or any model with to_dict) is read as its JSON form.
        raw = item if type(item) is dict else item.to_dict() if hasattr(item, "to_dict") else item
        if not isinstance(raw, Mapping):
            reader.refuse(None, f"must be a mapping of fields, got {type(raw).__name__}")
            continue
        fields: dict[str, Any] = {}
        for key, value in raw.items():
            name = fields_of.get(key, "") if isinstance(key, str) else None
            if name == "":
                name = fields_of[key] = field_named(key)
            if name is None:
                reader.unknown(str(key))
            elif name in fields:
                reader.refuse(None, f"names {name} twice (key {str(key)!r} and another spelling)")
                break
            else:
                fields[name] = value
        else:
            reader.add(None, fields.items())


# --- Files ---------------------------------------------------------------------------------------------


def _decode(path: Path, data: bytes, encoding: str | None) -> str:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise KoreImportError(f"{path}: this is {kind}, not a CSV file: save it as CSV (UTF-8) and import that")
    if encoding is None:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            encoding = "utf-16"  # Excel's "Unicode Text": UTF-16 with a BOM, tab-separated
        elif b"\x00" in data[:_SNIFF_SAMPLE]:
            raise KoreImportError(f"{path}: not a text file (it holds NUL bytes): save it as CSV and import that")
        else:
            encoding = "utf-8-sig"  # UTF-8, with or without a BOM
        named = "UTF-8" if encoding == "utf-8-sig" else "UTF-16"
        hint = f"; give its encoding ({spelt('encoding')}, e.g. cp1252 for a Windows Excel export)"
    else:
        named, hint = encoding, " (the encoding given)"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        byte = data[error.start : error.start + 1].hex()
        raise KoreImportError(f"{path}: line {line} is not {named} text (byte 0x{byte}){hint}") from None
    if "\x00" in text:
        raise KoreImportError(f"{path}: not a text file (it holds NUL characters): save it as CSV and import that")
    return text


def check_delimiter(delimiter: str | None) -> str | None:
    """One character (``\\t`` or ``tab`` for a tab), or ValueError naming the rule."""
    if delimiter is None:
        return None
    text = "\t" if delimiter in ("\\t", "tab", "TAB") else delimiter
    if len(text) != 1 or text in '"\r\n' or text.isalnum():
        raise ValueError(f"delimiter must be one character such as , ; | or \\t (tab), got {delimiter!r}")
    return text


def _first_line(text: str) -> str:
    for line in io.StringIO(text, newline=""):
        if line.strip():
            return line
    return ""


def _names_phone(header_line: str, delimiter: str) -> bool:
    cells = next(csv.reader([header_line], delimiter=delimiter), [])
    return any(field_named(cell) == PHONE_FIELD for cell in cells)


def _names_fields(cell: str) -> bool:
    """True for an empty header cell, or one naming contact fields with any of the delimiters."""
    return not cell.strip() or any(field_named(part) for part in re.split(f"[{re.escape(DELIMITERS)}]", cell))


def _sniff(text: str) -> str:
    """The delimiter: csv.Sniffer's guess on a sample, checked against the header (it must then name
    the phone number column); else the one delimiter that makes it do so; else a comma."""
    sample = text[:_SNIFF_SAMPLE]
    if len(text) > _SNIFF_SAMPLE and "\n" in sample:
        sample = sample[: sample.rindex("\n") + 1]
    header = _first_line(sample)
    try:
        sniffed: str | None = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:  # one column, or no pattern it can see
        sniffed = None
    if sniffed is not None and _names_phone(header, sniffed):
        return sniffed
    fitting = [candidate for candidate in DELIMITERS if candidate in header and _names_phone(header, candidate)]
    if len(fitting) == 1:
        return fitting[0]
    return sniffed or ","


def _csv_rows(path: Path, reader: _Reader, encoding: str | None, delimiter: str | None, show: bool) -> None:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise KoreImportError(f"{path}: cannot be read ({error.strerror or error})") from None
    text = _decode(path, data, encoding)
    chosen = delimiter or _sniff(text)
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=chosen)
    try:
        header = next((row for row in rows if any(cell.strip() for cell in row)), None)
        if header is None:
            raise KoreImportError(f"{path}: empty (it needs a header line naming the columns, e.g. {PHONE_FIELD})")
        columns: list[str | None] = []
        seen: dict[str, str] = {}
        unnamed: dict[int, bool] = {}
        for position, cell in enumerate(header, start=1):
            name = field_named(cell) if cell.strip() else None
            if name is not None and name in seen:
                raise KoreImportError(f"{path}: columns {seen[name]!r} and {cell!r} both name {name}; keep one")
            if name is not None:
                seen[name] = cell
            elif cell.strip():
                reader.unknown(cell.strip())
            else:
                unnamed[position] = False
            columns.append(name)
        if PHONE_FIELD not in seen:
            shown = chosen if chosen != "\t" else "tab"
            # A file without a header line has a contact in its first line: quote only the cells that
            # name contact fields (read with another delimiter too) or are empty, unless values are shown.
            cells = [repr(cell) if show or _names_fields(cell) else hidden(cell) for cell in header]
            masked = "" if show or all(cell.startswith("'") for cell in cells) else f"; {SHOW_VALUES_ENV}=1 shows them"
            raise KoreImportError(
                f"{path}: the header names no {PHONE_FIELD} column (read with delimiter {shown!r}: "
                f"{', '.join(cells)}{masked}); accepted columns: {', '.join(accepted_columns())}"
                f" (give {spelt('delimiter')} if the file uses another; a file needs a header line)"
            )
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue  # blank lines and rows of empty cells (spreadsheets export them at the end)
            # The row's last line: its line unless a quoted cell spans lines; blank lines count too.
            line = rows.line_num
            extra = row[len(columns) :]
            if any(cell.strip() for cell in extra):
                reader.refuse(line, "has more cells than the header has columns")
                continue
            for position in unnamed:
                if position <= len(row) and row[position - 1].strip():
                    unnamed[position] = True
            reader.add(line, ((name, cell) for name, cell in zip(columns, row, strict=False) if name is not None))
    except csv.Error as error:
        raise KoreImportError(f"{path}: line {rows.line_num} cannot be read as CSV ({error})") from None
    for position, holds_values in unnamed.items():
        if holds_values:
            reader.unknown(f"column {position} (no name)")


def read_row(
    path: str | os.PathLike[str],
    row: int,
    *,
    region: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> tuple[int, dict[str, str]]:
    """Row ``row`` of a CSV file (1 = the first under the header; blank lines are not rows), read as
    the import reads the file: its line, and its non-empty cells by name, a contact field under its
    wire name (``First Name`` -> ``firstName``, the phone number in E.164), any other column under
    its header; a number the import would refuse stays as written. Raises :class:`KoreImportError`
    naming the file, the line and the rule."""
    path = Path(path)
    region = check_region(region)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise KoreImportError(f"{path}: cannot be read ({error.strerror or error})") from None
    text = _decode(path, data, encoding)
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=check_delimiter(delimiter) or _sniff(text))
    try:
        header = next((cells for cells in rows if any(cell.strip() for cell in cells)), None)
        if header is None:
            raise KoreImportError(f"{path}: empty (it needs a header line naming the columns, e.g. {PHONE_FIELD})")
        names = [(field_named(cell) or cell.strip()) if cell.strip() else "" for cell in header]
        repeated = sorted({name for name in names if name and names.count(name) > 1})
        if repeated:
            raise KoreImportError(f"{path}: several columns name {', '.join(repeated)}; keep one")
        count = 0
        for cells in rows:
            if not any(cell.strip() for cell in cells):
                continue
            count += 1
            if count < row:
                continue
            line = rows.line_num
            if any(cell.strip() for cell in cells[len(names) :]):
                raise KoreImportError(f"{path}: line {line} has more cells than the header has columns")
            contact = {name: cell.strip() for name, cell in zip(names, cells, strict=False) if name and cell.strip()}
            if PHONE_FIELD in contact:
                # In E.164 as the import would send it; a number it would refuse stays as written.
                contact[PHONE_FIELD] = normalise_phone_number(contact[PHONE_FIELD], region)[0] or contact[PHONE_FIELD]
            return line, contact
    except csv.Error as error:
        raise KoreImportError(f"{path}: line {rows.line_num} cannot be read as CSV ({error})") from None
    raise KoreImportError(f"{path}: row {row} is past the last one ({count} rows under the header)")


def read_contacts(
    source: Iterable[Mapping[str, Any] | Any] | str | os.PathLike[str],
    *,
    region: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    show_values: bool | None = None,
) -> ContactRows:
    """Every row of ``source`` (a CSV path, or dicts / ``NewContact`` models) checked, its phone number
    in E.164; nothing is sent. Raises :class:`KoreImportError` for a file that cannot be read as CSV
    (naming the encoding, the delimiter or the header), ValueError for a bad ``region``,
    ``encoding`` or ``delimiter``. Error texts quote no contact's values unless ``show_values`` (default:
    the ``KORE_SHOW_VALUES`` switch)."""
    region = check_region(region)
    delimiter = check_delimiter(delimiter)
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ValueError(
                f"encoding must name a codec Python knows (utf-8, cp1252, latin-1, ...), got {encoding!r}"
            ) from None
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        reader = _Reader(region, str(path))
        _csv_rows(path, reader, encoding, delimiter, values_shown() if show_values is None else show_values)
    else:
        reader = _Reader(region, "the input")
        _mapping_rows(source, reader)
    return reader.finish()
