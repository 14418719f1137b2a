"""Add many contacts to a contact list: validate them all, then send them in chunks of the API's maximum.

Built on the generated resources (``client.contact_lists.add_contacts_to_contact_list`` and the
list lookups); every chunk is an ordinary request, so the client's rate limit (in memory or shared
through Redis) paces the import. A checkpoint file makes an interrupted import resumable: chunks
whose answer arrived are recorded there and are not sent again.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import KoreError
from .ratelimit import rate_limit_waits

if TYPE_CHECKING:
    from .client import KoreClient

_log = logging.getLogger("kore_campaigns.bulk")

# openapi.yaml AddContactsRequest.data maxItems: the most contacts one call may carry.
MAX_CONTACTS_PER_CALL = 1000
# openapi.yaml ContactPhoneNumber and NewContact: the rules checked before anything is sent.
PHONE_NUMBER = re.compile(r"^\+?[0-9]{7,15}$")
MAX_FIELD_LENGTH = 256
CONTACT_FIELDS = ("phoneNumber", "firstName", "lastName", "timeZone", "uniqueId", "contactPriority")
# A CSV header or a dict key may use the Python spelling of a field too (phone_number).
_SPELLINGS = {name.lower(): name for name in CONTACT_FIELDS} | {
    re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower(): name for name in CONTACT_FIELDS
}
_CHECKPOINT_VERSION = 1


class KoreImportError(KoreError):
    """The import cannot start or go on (unknown list, a checkpoint of another import, ...)."""


@dataclass(frozen=True)
class RefusedRow:
    """A contact that was not sent: ``row`` counts from 1 in the input; ``line`` is its line in a
    CSV file (the header is line 1), else None."""

    row: int
    line: int | None
    field: str
    reason: str

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line is not None else f"row {self.row}"
        return f"{where}: {self.field} {self.reason}"


@dataclass
class ImportSummary:
    """What an import did. ``sent`` counts contacts sent by this run, ``resumed`` those a previous,
    interrupted run had sent (skipped now). ``duplicates_in_input`` counts phone numbers seen earlier
    in the input: a list that does not allow duplicates keeps only the first; the service itself
    does not report how many it skipped."""

    list_id: str
    list_name: str
    rows: int = 0
    sent: int = 0
    chunks_sent: int = 0
    resumed: int = 0
    refused: list[RefusedRow] = field(default_factory=list)
    duplicates_in_input: int = 0

    @property
    def ok(self) -> bool:
        """True when every row was sent (in this run or a resumed one)."""
        return not self.refused


@dataclass(frozen=True)
class _Row:
    number: int
    line: int | None
    contact: dict[str, str]


def _clean(number: int, line: int | None, raw: Mapping[str, Any], refused: list[RefusedRow]) -> dict[str, str] | None:
    contact: dict[str, str] = {}
    problems: list[RefusedRow] = []
    for key, value in raw.items():
        if key is None:  # csv.DictReader puts cells beyond the header under None
            problems.append(RefusedRow(number, line, "(row)", "has more cells than the header has columns"))
            continue
        name = _SPELLINGS.get(str(key).strip().lower(), str(key).strip())
        if value is None or (isinstance(value, str) and value.strip() == "" and name != "phoneNumber"):
            continue
        if not isinstance(value, str):
            problems.append(RefusedRow(number, line, name, f"must be text, got {type(value).__name__}"))
            continue
        value = value.strip()
        if len(value) > MAX_FIELD_LENGTH:
            problems.append(RefusedRow(number, line, name, f"must be at most {MAX_FIELD_LENGTH} characters"))
            continue
        contact[name] = value
    phone = contact.get("phoneNumber")
    if not phone:
        problems.append(RefusedRow(number, line, "phoneNumber", "is required"))
    elif not PHONE_NUMBER.match(phone):
        problems.append(RefusedRow(number, line, "phoneNumber", "must be 7 to 15 digits with an optional leading +"))
    refused.extend(problems)
    return None if problems else contact


def _csv_rows(path: Path) -> Iterator[tuple[int | None, Mapping[str, Any]]]:
    with path.open(newline="", encoding="utf-8-sig") as file:
        reader = csv.DictReader(file)
        if not reader.fieldnames:
            raise KoreImportError(f"{path}: no header line (it needs at least a phoneNumber column)")
        if not any(_SPELLINGS.get(name.strip().lower()) == "phoneNumber" for name in reader.fieldnames):
            raise KoreImportError(f"{path}: the header names no phoneNumber column: {', '.join(reader.fieldnames)}")
        for raw in reader:
            # The row's last line: its line unless a quoted cell spans lines; blank lines count too.
            yield reader.line_num, raw


def _rows(source: Iterable[Mapping[str, Any] | Any] | str | os.PathLike[str]) -> Iterator[tuple[int | None, Any]]:
    if isinstance(source, str | os.PathLike):
        yield from _csv_rows(Path(source))
        return
    for item in source:
        # A generated NewContact (or any model with to_dict) is sent as its JSON form.
        yield None, item.to_dict() if hasattr(item, "to_dict") else item


def read_contacts(
    source: Iterable[Mapping[str, Any] | Any] | str | os.PathLike[str],
) -> tuple[list[_Row], list[RefusedRow]]:
    """Every row of ``source`` checked: the contacts to send and the rows refused, with their reasons."""
    good: list[_Row] = []
    refused: list[RefusedRow] = []
    for number, (line, raw) in enumerate(_rows(source), start=1):
        if not isinstance(raw, Mapping):
            refused.append(RefusedRow(number, line, "(row)", f"must be a mapping of fields, got {type(raw).__name__}"))
            continue
        contact = _clean(number, line, raw, refused)
        if contact is not None:
            good.append(_Row(number, line, contact))
    return good, refused


def _contact_list(client: KoreClient, list_id: str | None, list_name: str | None, create: bool) -> tuple[str, str]:
    """(id, name) of the list: the add-contacts call takes the name, the rest of the API the id."""
    if (list_id is None) == (list_name is None):
        raise ValueError("give the contact list by list_id or by list_name (one of them)")
    if list_id is not None:
        data = client.contact_lists.get_contact_list(list_id).data
        return _id_of(data), data.name
    for item in client.contact_lists.list_contact_lists().data:
        if item.name == list_name:
            return _id_of(item), item.name
    if not create:
        raise KoreImportError(f"no contact list is named {list_name!r} (names are exact); create=True creates it")
    assert list_name is not None
    created = client.contact_lists.create_contact_list(name=list_name, description=list_name).data
    return _id_of(created), created.name


def _id_of(model: Any) -> str:
    # A contact list's id is `_id` on every page (campaigns, which vary, have `campaign_id`).
    value = getattr(model, "field_id", None)
    if isinstance(value, str):
        return value
    raise KoreImportError(f"the service's answer carries no list id: {model!r}")


def _digest(list_name: str, chunk_size: int, rows: list[_Row]) -> str:
    digest = hashlib.sha256(json.dumps([list_name, chunk_size]).encode())
    for row in rows:
        digest.update(json.dumps(row.contact, sort_keys=True).encode())
    return digest.hexdigest()


def _read_checkpoint(path: Path, digest: str) -> int:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return 0
    except (OSError, ValueError) as error:
        raise KoreImportError(f"checkpoint {path} cannot be read ({error}); delete it to start over") from None
    if not isinstance(state, dict) or state.get("version") != _CHECKPOINT_VERSION or state.get("digest") != digest:
        raise KoreImportError(
            f"checkpoint {path} belongs to another import (other contacts, list or chunk size); "
            "delete it to start over, or give the same input to resume"
        )
    done = state.get("chunks_done")
    if not isinstance(done, int) or done < 0:
        raise KoreImportError(f"checkpoint {path} is damaged (chunks_done); delete it to start over")
    return done


def _write_checkpoint(path: Path, digest: str, done: int, total: int) -> None:
    temporary = path.with_name(path.name + ".tmp")
    state = {"version": _CHECKPOINT_VERSION, "digest": digest, "chunks_done": done, "chunks": total}
    temporary.write_text(json.dumps(state), encoding="utf-8")
    os.replace(temporary, path)  # a crash leaves the old or the new file, never half of one


class _Progress:
    """A Rich progress bar on stderr (imported only when shown), told about rate-limit waits."""

    def __init__(self, total: int, done: int, shown: bool) -> None:
        self._bar: Any = None
        if not shown:
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._bar = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            transient=False,
        )
        self._task = self._bar.add_task("adding contacts", total=total, completed=done)

    def __enter__(self) -> _Progress:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def advance(self, count: int) -> None:
        if self._bar is not None:
            self._bar.update(self._task, advance=count, description="adding contacts")

    def waiting(self, _account: str, seconds: float) -> None:
        if self._bar is not None:
            self._bar.update(self._task, description=f"rate limit: waiting {seconds:.0f} s")


def import_contacts(
    client: KoreClient,
    source: Iterable[Mapping[str, Any] | Any] | str | os.PathLike[str],
    *,
    list_id: str | None = None,
    list_name: str | None = None,
    create: bool = False,
    checkpoint: str | os.PathLike[str] | None = None,
    progress: bool | None = None,
    chunk_size: int = MAX_CONTACTS_PER_CALL,
    on_chunk: Callable[[int, int], None] | None = None,
) -> ImportSummary:
    """Add the contacts of ``source`` (an iterable of dicts or ``NewContact`` models, or a CSV
    path whose header names the fields, e.g. ``phoneNumber,firstName``) to a contact list given
    by ``list_id`` or ``list_name`` (``create=True`` creates a missing list by name).

    Every row is checked first; refused rows are not sent and are listed in the summary with
    their reasons. The others go in chunks of ``chunk_size`` (at most 1,000, the API's maximum),
    each waiting for room in the client's rate limit. ``checkpoint`` (a file path) records the
    chunks sent: run the same import again after an interruption and it sends only the rest;
    the file is removed when the import completes. ``progress`` shows a bar on stderr (default:
    when stderr is a terminal). ``on_chunk(chunks_done, chunks)`` is called after each chunk.
    """
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or not 1 <= chunk_size <= MAX_CONTACTS_PER_CALL:
        raise ValueError(f"chunk_size must be an int from 1 to {MAX_CONTACTS_PER_CALL}, got {chunk_size!r}")
    rows, refused = read_contacts(source)
    found_id, found_name = _contact_list(client, list_id, list_name, create)
    summary = ImportSummary(list_id=found_id, list_name=found_name, rows=len(rows) + len({r.row for r in refused}))
    summary.refused = refused
    seen: set[str] = set()
    for row in rows:
        phone = row.contact["phoneNumber"]
        summary.duplicates_in_input += phone in seen
        seen.add(phone)

    chunks = [rows[start : start + chunk_size] for start in range(0, len(rows), chunk_size)]
    digest = _digest(found_name, chunk_size, rows)
    checkpoint_path = Path(checkpoint) if checkpoint is not None else None
    done = _read_checkpoint(checkpoint_path, digest) if checkpoint_path is not None else 0
    done = min(done, len(chunks))
    summary.resumed = sum(len(chunk) for chunk in chunks[:done])
    if done:
        _log.info("resuming: %d of %d chunks were sent before (%s)", done, len(chunks), checkpoint_path)
    shown = sys.stderr.isatty() if progress is None else progress
    with _Progress(len(rows), summary.resumed, shown) as bar, rate_limit_waits(bar.waiting):
        for index in range(done, len(chunks)):
            chunk = chunks[index]
            client.contact_lists.add_contacts_to_contact_list(
                contact_list_name=found_name, data=[_new_contact(row.contact) for row in chunk]
            )
            summary.sent += len(chunk)
            summary.chunks_sent += 1
            if checkpoint_path is not None:
                _write_checkpoint(checkpoint_path, digest, index + 1, len(chunks))
            bar.advance(len(chunk))
            _log.debug("chunk %d of %d sent (%d contacts)", index + 1, len(chunks), len(chunk))
            if on_chunk is not None:
                on_chunk(index + 1, len(chunks))
    if checkpoint_path is not None:
        checkpoint_path.unlink(missing_ok=True)
    _log.info(
        "import into %r: %d sent, %d resumed, %d refused", found_name, summary.sent, summary.resumed, len(refused)
    )
    return summary


def _new_contact(contact: dict[str, str]) -> Any:
    from kore_campaigns_client.models import NewContact

    return NewContact.from_dict(contact)
