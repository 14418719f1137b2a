"""Add many contacts to a contact list, each exactly once, whatever happens to the import.

Every row is checked first (:mod:`kore_campaigns.contact_rows`); a file with refused rows sends nothing
unless ``skip_invalid``. The contacts then go in chunks of the API's maximum, each an ordinary request
paced by the client's rate limit. With a ``checkpoint`` file:

- one import per checkpoint at a time: a lock file (``filelock``, released by the OS when its process
  dies, even by SIGKILL) makes a second run refuse at once;
- before a chunk leaves, the checkpoint records it as *in flight* (written to a temporary file,
  fsynced, renamed over the old one), together with the chunk before it as done;
- a run that finds a chunk in flight reconciles it before anything else: it reads the list's newest
  contacts back and sends only the chunk's numbers that are not there (a list that skips duplicate
  numbers gets the chunk again: the service keeps each number once by its own rule);
- the checkpoint names the list by id: a list deleted and made again (or lost by the service) under
  the same name is not taken for the one the earlier chunks went to. The run stops and says so, or
  with ``restart`` sends the whole file.

The logic is written once, as a generator of the API calls it needs (``_steps``); :func:`import_contacts`
performs them synchronously, :func:`import_contacts_async` awaits them.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import inspect
import json
import logging
import os
import re
import signal
import sys
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .contact_rows import (
    ContactRow,
    ContactRows,
    KoreImportError,
    RefusedRow,
    read_contacts,
    spelt,
    values_shown,
)
from .display import LiveDisplay

if TYPE_CHECKING:
    from filelock import BaseFileLock

    from .client import AsyncKoreClient, KoreClient

__all__ = [
    "MAX_CONTACTS_PER_CALL",
    "ImportSummary",
    "KoreImportError",
    "KoreImportInterrupted",
    "KoreImportRefused",
    "KoreImportStopped",
    "RefusedRow",
    "import_contacts",
    "import_contacts_async",
]

_log = logging.getLogger("kore_campaigns.bulk")

# openapi.yaml AddContactsRequest.data maxItems: the most contacts one call may carry. The generated
# client carries no constraints; tests/test_import.py checks this against the spec.
MAX_CONTACTS_PER_CALL = 1000
_CHECKPOINT_VERSION = 2
# Refused rows named in an exception's text; all of them are in its `refused`.
_REFUSED_IN_TEXT = 20

Source = Iterable[Mapping[str, Any] | Any] | str | os.PathLike[str]


# --- Results and errors --------------------------------------------------------------------------------


@dataclass
class ImportSummary:
    """What an import did (or, attached to an error, had done when it stopped).

    ``contacts`` is the number of contacts to send (the rows less those refused), in ``chunks`` calls.
    ``sent`` counts contacts sent by this run; ``resumed`` those an earlier, interrupted run had sent,
    of which ``checked_in_list`` were found in the list when its last chunk's answer had not come back.
    ``chunks_done`` counts chunks confirmed so far (in any run); ``in_flight`` is the chunk (from 1)
    that was on its way when the import stopped, else None. ``refused`` lists rows skipped with
    ``skip_invalid``; ``unknown_columns`` the columns or keys that name no contact field (not sent);
    ``duplicates_in_input`` the phone numbers seen earlier in the input (a list that does not allow
    duplicates keeps one; the service does not report how many it skipped)."""

    list_id: str = ""
    list_name: str = ""
    rows: int = 0
    contacts: int = 0
    chunks: int = 0
    chunks_done: int = 0
    chunks_sent: int = 0
    sent: int = 0
    resumed: int = 0
    checked_in_list: int = 0
    in_flight: int | None = None
    refused: list[RefusedRow] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    duplicates_in_input: int = 0
    checkpoint: str | None = None

    @property
    def ok(self) -> bool:
        """True when every row of the input was sent (in this run or an earlier one)."""
        return not self.refused and self.chunks_done == self.chunks

    @property
    def contacts_done(self) -> int:
        """Contacts confirmed sent so far, by this run and earlier ones."""
        return self.sent + self.resumed

    def progress(self) -> str:
        """``12 of 20 chunks (12,000 contacts)``, and the chunk on its way, if one was."""
        text = f"{self.chunks_done} of {self.chunks} chunks ({_count(self.contacts_done, 'contact')}"
        if self.in_flight is not None:
            text += f"; chunk {self.in_flight} was on its way: the next run checks the list for it"
        return text + ")"


class KoreImportRefused(KoreImportError):
    """Rows were refused, so nothing was sent (``skip_invalid=True`` sends the others). ``refused``
    lists every refused row with its line and reason; the text names the first ones, without values
    unless ``show_values`` (default: the ``KORE_SHOW_VALUES`` switch)."""

    def __init__(self, rows: ContactRows, show_values: bool | None = None) -> None:
        self.refused = list(rows.refused)
        self.rows = rows.rows
        self.valid = len(rows.contacts)
        shown = values_shown() if show_values is None else show_values
        lines = [f"  {row.describe(show_value=shown)}" for row in self.refused[:_REFUSED_IN_TEXT]]
        if len(self.refused) > _REFUSED_IN_TEXT:
            lines.append(f"  ... and {len(self.refused) - _REFUSED_IN_TEXT} more (all in .refused)")
        super().__init__(
            f"{rows.source}: {len(self.refused)} of {self.rows} rows refused, nothing sent "
            f"(fix them, or skip them to send the other {self.valid}):\n" + "\n".join(lines)
        )


class KoreImportStopped(KoreImportError):
    """The import stopped partway on an error (the service gone, an error answer, ...). ``summary``
    says what got through; the checkpoint, if any, is kept: the same import run again sends the rest.
    The error is the ``__cause__``."""

    def __init__(self, summary: ImportSummary, error: BaseException) -> None:
        self.summary = summary
        cause = str(error) or type(error).__name__
        if not isinstance(error, KoreImportError):
            cause = f"{type(error).__name__}: {cause}"
        if summary.checkpoint is not None:
            then = f"the checkpoint {summary.checkpoint} is kept: run the same import again to send the rest"
        else:
            then = f"no checkpoint was given, so a new run would send everything again (give {spelt('checkpoint')})"
        super().__init__(f"the import stopped after {summary.progress()}: {cause}; {then}")


class KoreImportInterrupted(KeyboardInterrupt):
    """The import was interrupted (Ctrl-C, or SIGTERM where the command line turns it into this).
    A ``KeyboardInterrupt``, with ``summary`` (what got through) and ``signal_number``; the
    checkpoint is consistent: the same import run again sends the rest."""

    def __init__(self, summary: ImportSummary, signal_number: int) -> None:
        self.summary = summary
        self.signal_number = signal_number
        super().__init__(f"stopped after {summary.progress()}")


def _count(number: int, noun: str) -> str:
    """``1 contact``, ``12,000 contacts``."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


# --- Checkpoint ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _InFlight:
    chunk: int  # index in the chunks
    rows: tuple[int, ...] | None  # positions within the chunk being sent; None: all of them
    count_before: int  # the list's size before the chunk was sent (where its contacts would start)


@dataclass(frozen=True)
class _State:
    digest: str
    list_id: str
    list_name: str
    chunks: int
    chunks_done: int
    in_flight: _InFlight | None

    @property
    def claims(self) -> bool:
        """True when the list may hold contacts of this import."""
        return self.chunks_done > 0 or self.in_flight is not None

    def as_json(self) -> dict[str, Any]:
        flight = None
        if self.in_flight is not None:
            flight = {
                "chunk": self.in_flight.chunk,
                "rows": list(self.in_flight.rows) if self.in_flight.rows is not None else None,
                "countBefore": self.in_flight.count_before,
            }
        return {
            "version": _CHECKPOINT_VERSION,
            "digest": self.digest,
            "listId": self.list_id,
            "listName": self.list_name,
            "chunks": self.chunks,
            "chunksDone": self.chunks_done,
            "inFlight": flight,
        }


class _Checkpoint:
    """The checkpoint file and its lock. Every write replaces the file whole, after an fsync."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock_path = path.with_name(path.name + ".lock")
        self._temporary = path.with_name(path.name + ".tmp")

    @contextlib.contextmanager
    def locked(self) -> Iterator[_Checkpoint]:
        from filelock import FileLock, Timeout

        lock: BaseFileLock = FileLock(self.lock_path, timeout=0)
        try:
            lock.acquire()
        except Timeout:
            raise KoreImportError(
                f"another import is running with the checkpoint {self.path} (it holds {self.lock_path}): "
                "let it finish, or stop it and run this again; two at once would send contacts twice"
            ) from None
        except OSError as error:
            raise KoreImportError(
                f"cannot lock the checkpoint {self.path} ({error.strerror or error}); give another checkpoint path"
            ) from None
        try:
            yield self
        finally:
            lock.release()

    def read(self, digest: str) -> _State | None:
        try:
            state = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as error:
            raise KoreImportError(f"checkpoint {self.path} cannot be read ({error}); delete it to start over") from None
        if not isinstance(state, dict) or state.get("version") != _CHECKPOINT_VERSION:
            raise KoreImportError(
                f"checkpoint {self.path} belongs to another import (or an older kore-campaigns): check the list, "
                "then delete the checkpoint to start over"
            )
        if state.get("digest") != digest:
            raise KoreImportError(
                f"checkpoint {self.path} belongs to another import (other contacts or chunk size): give the same "
                "input to resume it, or delete the checkpoint to start over"
            )
        try:
            flight = state["inFlight"]
            return _State(
                digest=digest,
                list_id=str(state["listId"]),
                list_name=str(state["listName"]),
                chunks=int(state["chunks"]),
                chunks_done=int(state["chunksDone"]),
                in_flight=None
                if flight is None
                else _InFlight(
                    chunk=int(flight["chunk"]),
                    rows=None if flight["rows"] is None else tuple(int(row) for row in flight["rows"]),
                    count_before=int(flight["countBefore"]),
                ),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise KoreImportError(f"checkpoint {self.path} is damaged ({error!r}); delete it to start over") from None

    def write(self, state: _State) -> None:
        # A crash (or SIGKILL) leaves the old file or the new one, never part of one; the fsyncs make
        # the new one survive a power cut too, before the chunk it records leaves.
        with self._temporary.open("w", encoding="utf-8") as file:
            json.dump(state.as_json(), file)
            file.flush()
            os.fsync(file.fileno())
        os.replace(self._temporary, self.path)
        _fsync_directory(self.path.parent)

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)
        _fsync_directory(self.path.parent)


def _fsync_directory(directory: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform opens directories (Windows)
        descriptor = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _digest(chunk_size: int, rows: list[ContactRow]) -> str:
    digest = hashlib.sha256(json.dumps([_CHECKPOINT_VERSION, chunk_size]).encode())
    for row in rows:
        digest.update(json.dumps(row.contact, sort_keys=True).encode())
    return digest.hexdigest()


# --- The import, as the calls it needs ------------------------------------------------------------------

# (method of client.contact_lists, positional arguments, keyword arguments)
_Call = tuple[str, tuple[Any, ...], dict[str, Any]]


@dataclass(frozen=True)
class _List:
    id: str
    name: str
    count: int


@dataclass
class _Run:
    """Everything decided before the first call."""

    chunks: list[list[ContactRow]]
    list_id: str | None
    list_name: str | None
    create: bool
    restart: bool
    checkpoint: _Checkpoint | None
    state: _State | None
    digest: str
    summary: ImportSummary
    on_chunk: Callable[[int, int], None] | None
    advance: Callable[[int], None] = lambda count: None
    sending: bool = False
    # A list whose name differs from list_name only in case, when none has it exactly.
    similar: str | None = None


def _page_size() -> int:
    # The spec's page maximum for a list's contacts: the default of the generated iterator (x-pagination maxSize).
    from kore_campaigns_client.api.contact_lists import ContactListsResource

    default = inspect.signature(ContactListsResource.iter_contacts).parameters["page_size"].default
    return int(default)


def _id_of(model: Any) -> str:
    # A contact list's id is `_id` on every page (campaigns, which vary, have `campaign_id`).
    value = getattr(model, "field_id", None)
    if isinstance(value, str):
        return value
    raise KoreImportError("the service's answer carries no contact list id (_id)")


def _count_of(model: Any) -> int:
    value = getattr(model, "total_record_count", None)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


_NOT_DIGITS = re.compile(r"[^0-9]")


def _digits(phone: object) -> str:
    # Numbers compared as digits: the service keeps a number "as added", but a + or spacing is not a difference.
    return _NOT_DIGITS.sub("", phone) if isinstance(phone, str) else ""


def _steps(run: _Run) -> Generator[_Call, Any, ImportSummary]:
    summary = run.summary
    try:
        found = yield from _find_list(run)
        if found is None and run.state is not None and run.list_id is None:
            yield from _check_renamed(run.state)
        if found is None:
            _refuse_similar(run)
        state = _settle_claims(run, found)
        if found is None:
            found = yield from _create_list(run)
        summary.list_id, summary.list_name = found.id, found.name
        count = found.count
        done = 0
        if state is not None:
            done = state.chunks_done
            if state.in_flight is not None:
                run.sending = True
                count = yield from _reconcile(run, found, state.in_flight)
                done = state.in_flight.chunk + 1
        for index in range(done, len(run.chunks)):
            run.sending = True
            yield from _send(run, found, index, None, count)
            count += len(run.chunks[index])  # exact for a list that keeps duplicates, where it matters
        if run.checkpoint is not None:
            run.checkpoint.remove()
        return summary
    except KoreImportError:
        raise
    except KeyboardInterrupt as error:
        raise KoreImportInterrupted(summary, getattr(error, "signal_number", signal.SIGINT)) from error
    except Exception as error:
        if not run.sending:
            raise
        raise KoreImportStopped(summary, error) from error


def _find_list(run: _Run) -> Generator[_Call, Any, _List | None]:
    from .errors import KoreNotFoundError

    if run.list_id is not None:
        try:
            data = (yield ("get_contact_list", (run.list_id,), {})).data
        except KoreNotFoundError:
            return None
        return _List(_id_of(data), data.name, _count_of(data))
    items = (yield ("list_contact_lists", (), {})).data
    for item in items:
        if item.name == run.list_name:
            return _List(_id_of(item), item.name, _count_of(item))
    folded = (run.list_name or "").casefold()
    run.similar = next((item.name for item in items if str(item.name).casefold() == folded), None)
    return None


def _refuse_similar(run: _Run) -> None:
    """Names are matched exactly, but the service keeps them unique whatever their case: a list
    whose name differs only in case is named, rather than 'no such list' or a refused create."""
    if run.similar is None:
        return
    then = "it cannot be created beside that one (names are unique whatever their case)" if run.create else ""
    raise KoreImportError(
        f"no contact list has the name {run.list_name!r}, but {run.similar!r} differs from it only in case"
        + (f"; {then}" if then else "")
        + f": give {spelt('list_name')}{run.similar!r} to import into it"
    )


def _check_renamed(state: _State) -> Generator[_Call, Any, None]:
    """Refuse when the checkpoint's list exists under another name (the import would take it for gone)."""
    from .errors import KoreNotFoundError

    try:
        data = (yield ("get_contact_list", (state.list_id,), {})).data
    except KoreNotFoundError:
        return
    raise KoreImportError(
        f"the list an earlier run of this import sent to ({state.list_id}) is now named {data.name!r}: "
        f"give {spelt('list_name')}{data.name!r} to send the rest to it"
    )


def _create_list(run: _Run) -> Generator[_Call, Any, _List]:
    assert run.list_name is not None  # the caller checked: a list is created by name only
    created = (yield ("create_contact_list", (), {"name": run.list_name, "description": run.list_name})).data
    _log.info("created the contact list %r", created.name)
    return _List(_id_of(created), created.name, _count_of(created))


def _settle_claims(run: _Run, found: _List | None) -> _State | None:
    """The checkpoint's state if it holds for ``found``; None to send everything; else a refusal."""
    state = run.state
    given = f"the id {run.list_id}" if run.list_id is not None else f"the name {run.list_name!r}"
    if state is None or not state.claims:
        if found is None and (run.list_id is not None or not run.create):
            hint = "" if run.list_id is not None else f" (names are exact); {spelt('create')} creates it"
            raise KoreImportError(f"no contact list has {given}{hint}")
        return None
    done = sum(len(chunk) for chunk in run.chunks[: state.chunks_done])
    sent_before = f"{done:,} contacts in {state.chunks_done} of {state.chunks} chunks"
    if state.in_flight is not None:
        sent_before += f", and maybe chunk {state.in_flight.chunk + 1}"
    if found is not None and found.id == state.list_id:
        if run.restart:
            raise KoreImportError(
                f"the list {found.name!r} ({found.id}) holds what an earlier run of this import sent ({sent_before}): "
                f"run without {spelt('restart')} to send the rest, or delete the checkpoint "
                f"{_state_path(run)} to send the whole file again"
            )
        summary = run.summary
        summary.chunks_done = state.chunks_done
        summary.resumed = done
        summary.in_flight = None if state.in_flight is None else state.in_flight.chunk + 1
        if state.in_flight is not None and state.in_flight.rows is not None:
            # An earlier reconciliation found the chunk's other rows in the list.
            summary.resumed += len(run.chunks[state.in_flight.chunk]) - len(state.in_flight.rows)
        run.advance(summary.resumed)
        if done:
            _log.info("resuming: %d of %d chunks sent before (%s)", state.chunks_done, state.chunks, _state_path(run))
        return state
    earlier = f"an earlier run of this import sent {sent_before} to the list {state.list_name!r} ({state.list_id})"
    if found is None:
        what = f"{earlier}, which no longer exists"
    elif found.name.lower() == state.list_name.lower():
        what = (
            f"{earlier}; the list of that name now is {found.id}, another list (deleted and made again, "
            "or lost by the service), which does not hold them"
        )
    else:
        what = f"{earlier}, not to {found.name!r} ({found.id})"
    if not run.restart:
        raise KoreImportError(
            f"{what}. Nothing was sent: run again with {spelt('restart')} to send the whole file"
            + (f" into a new list (with {spelt('create')})" if found is None else f" to {found.name!r}")
            + f", or delete the checkpoint {_state_path(run)}"
        )
    _log.warning("%s; %s: sending the whole file", what, spelt("restart"))
    if found is None and (run.list_id is not None or not run.create):
        raise KoreImportError(f"no contact list has {given}; {spelt('create')} creates it by name")
    return None


def _state_path(run: _Run) -> str:
    return str(run.checkpoint.path) if run.checkpoint is not None else "(none)"


def _reconcile(run: _Run, found: _List, flight: _InFlight) -> Generator[_Call, Any, int]:
    """Settle a chunk that was on its way when an earlier run stopped: send what the list lacks.
    Returns the list's size after it."""
    summary = run.summary
    chunk = run.chunks[flight.chunk]
    positions = list(flight.rows) if flight.rows is not None else list(range(len(chunk)))
    details = (yield ("get_contact_list", (found.id,), {})).data
    count = _count_of(details)
    allows_duplicates = getattr(details, "allow_duplicates", True)
    if allows_duplicates is False:
        # The service skips a number the list already holds: sending the chunk again adds only what is missing.
        missing = positions
    else:
        if count < flight.count_before:
            raise KoreImportError(
                f"cannot tell whether chunk {flight.chunk + 1} got through: the list {found.name!r} holds "
                f"{count:,} contacts, fewer than the {flight.count_before:,} it held before that chunk; check "
                f"the list, then delete the checkpoint (or use {spelt('restart')} with a new list)"
            )
        # The list returns contacts in the order they were added: the chunk's, if they arrived, come
        # after the `count_before` the list held when it left.
        wanted = Counter(_digits(chunk[position].phone_number) for position in positions)
        seen: Counter[str] = Counter()
        position_in_list = flight.count_before
        page_size = _page_size()
        while position_in_list < count and any(seen[number] < need for number, need in wanted.items()):
            page = (
                yield (
                    "list_contact_list_contacts",
                    (found.id,),
                    {"skip": position_in_list, "limit": page_size},
                )
            ).data
            results = getattr(page, "results", None)
            if not isinstance(results, list) or not results:
                break
            numbers = (_digits(getattr(contact, "phone_number", "")) for contact in results)
            seen.update(number for number in numbers if number in wanted)
            position_in_list += len(results)
        missing = []
        for position in positions:
            number = _digits(chunk[position].phone_number)
            if seen[number] > 0:
                seen[number] -= 1
            else:
                missing.append(position)
    present = len(positions) - len(missing)
    summary.resumed += present
    summary.checked_in_list += present
    run.advance(present)
    _log.info(
        "chunk %d of %d was on its way when the import stopped: %d of its contacts are in the list, %d to send",
        flight.chunk + 1,
        len(run.chunks),
        present,
        len(missing),
    )
    if missing:
        rows = None if len(missing) == len(chunk) else tuple(missing)
        yield from _send(run, found, flight.chunk, rows, count)
        return count + len(missing)
    summary.chunks_done = flight.chunk + 1
    summary.in_flight = None
    if run.on_chunk is not None:
        run.on_chunk(summary.chunks_done, len(run.chunks))
    return count


def _send(run: _Run, found: _List, index: int, rows: tuple[int, ...] | None, count: int) -> Generator[_Call, Any, None]:
    """Send chunk ``index`` (or its ``rows``), recorded as in flight before it leaves."""
    from kore_campaigns_client.models import NewContact

    summary = run.summary
    chunk = run.chunks[index]
    contacts = chunk if rows is None else [chunk[position] for position in rows]
    if run.checkpoint is not None:
        state = _State(run.digest, found.id, found.name, len(run.chunks), index, _InFlight(index, rows, count))
        run.checkpoint.write(state)
    summary.in_flight = index + 1
    data = [NewContact.from_dict(row.contact) for row in contacts]
    yield ("add_contacts_to_contact_list", (), {"contact_list_name": found.name, "data": data})
    summary.in_flight = None
    summary.sent += len(contacts)
    summary.chunks_sent += 1
    summary.chunks_done = index + 1
    run.advance(len(contacts))
    _log.debug("chunk %d of %d sent (%d contacts)", index + 1, len(run.chunks), len(contacts))
    if run.on_chunk is not None:
        run.on_chunk(index + 1, len(run.chunks))


# --- Before the first call, and the two ways of making the calls ---------------------------------------------


def _prepare(
    source: Source,
    *,
    list_id: str | None,
    list_name: str | None,
    create: bool,
    restart: bool,
    checkpoint: _Checkpoint | None,
    chunk_size: int,
    skip_invalid: bool,
    region: str | None,
    encoding: str | None,
    delimiter: str | None,
    on_chunk: Callable[[int, int], None] | None,
    show_values: bool,
) -> _Run:
    rows = read_contacts(source, region=region, encoding=encoding, delimiter=delimiter, show_values=show_values)
    if rows.refused and not skip_invalid:
        raise KoreImportRefused(rows, show_values)
    if not rows.contacts:
        what = f"{rows.rows} rows, none valid" if rows.rows else "no contact rows"
        raise KoreImportError(f"{rows.source}: {what}: nothing to send, no list created or changed")
    contacts = rows.contacts
    summary = ImportSummary(
        rows=rows.rows,
        contacts=len(contacts),
        refused=rows.refused,
        unknown_columns=rows.unknown_columns,
        checkpoint=str(checkpoint.path) if checkpoint is not None else None,
    )
    seen: set[str] = set()
    for row in contacts:
        summary.duplicates_in_input += row.phone_number in seen
        seen.add(row.phone_number)
    chunks = [contacts[start : start + chunk_size] for start in range(0, len(contacts), chunk_size)]
    summary.chunks = len(chunks)
    digest = _digest(chunk_size, contacts) if checkpoint is not None else ""
    state = checkpoint.read(digest) if checkpoint is not None else None
    if checkpoint is not None and state is not None and not _fits(state, chunks):
        raise KoreImportError(
            f"checkpoint {checkpoint.path} is damaged (its chunks do not fit the input); check the list"
        )
    return _Run(chunks, list_id, list_name, create, restart, checkpoint, state, digest, summary, on_chunk)


def _fits(state: _State, chunks: list[list[ContactRow]]) -> bool:
    """The checkpoint's own rules: chunks done before the one in flight, its rows within it."""
    flight = state.in_flight
    if state.chunks != len(chunks) or not 0 <= state.chunks_done <= len(chunks):
        return False
    if flight is None:
        return True
    if flight.chunk != state.chunks_done or flight.chunk >= len(chunks) or flight.count_before < 0:
        return False
    size = len(chunks[flight.chunk])
    return flight.rows is None or (
        len(flight.rows) > 0 and len(set(flight.rows)) == len(flight.rows) and all(0 <= r < size for r in flight.rows)
    )


def _check_arguments(list_id: str | None, list_name: str | None, create: bool, chunk_size: int) -> None:
    if (list_id is None) == (list_name is None):
        raise ValueError("give the contact list by list_id or by list_name (one of them)")
    if create and list_name is None:
        raise ValueError("create=True creates a list by name: give list_name")
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or not 1 <= chunk_size <= MAX_CONTACTS_PER_CALL:
        raise ValueError(f"chunk_size must be an int from 1 to {MAX_CONTACTS_PER_CALL}, got {chunk_size!r}")


@contextlib.contextmanager
def _locked(checkpoint: str | os.PathLike[str] | None) -> Iterator[_Checkpoint | None]:
    if checkpoint is None:
        yield None
        return
    with _Checkpoint(Path(checkpoint)).locked() as held:
        yield held


@contextlib.contextmanager
def _progress(run: _Run, shown: bool) -> Iterator[None]:
    """A bar of contacts on stderr, each wait longer than a second counting down on its own line
    above it (kore_campaigns.display, as the command line draws them)."""
    with LiveDisplay(shown=shown) as display:
        display.progress("adding contacts", total=run.summary.contacts, unit="contacts")
        run.advance = display.advance
        yield


def _drive(client: KoreClient, steps: Generator[_Call, Any, ImportSummary]) -> ImportSummary:
    resource = client.contact_lists
    result: Any = None
    failure: BaseException | None = None
    while True:
        try:
            name, args, kwargs = steps.send(result) if failure is None else steps.throw(failure)
        except StopIteration as stop:
            summary: ImportSummary = stop.value
            return summary
        try:
            result, failure = getattr(resource, name)(*args, **kwargs), None
        except BaseException as error:  # the steps decide: a KeyboardInterrupt too is theirs to record
            result, failure = None, error


async def _drive_async(client: AsyncKoreClient, steps: Generator[_Call, Any, ImportSummary]) -> ImportSummary:
    resource = client.contact_lists
    result: Any = None
    failure: BaseException | None = None
    while True:
        try:
            name, args, kwargs = steps.send(result) if failure is None else steps.throw(failure)
        except StopIteration as stop:
            summary: ImportSummary = stop.value
            return summary
        try:
            result, failure = await getattr(resource, name)(*args, **kwargs), None
        except BaseException as error:  # cancellation included: the steps re-raise it unchanged
            result, failure = None, error


def _done(summary: ImportSummary) -> ImportSummary:
    # DEBUG: the caller has the summary (the command line prints it); at INFO it was said twice.
    _log.debug(
        "import into %r: %d sent, %d sent by an earlier run, %d refused rows skipped",
        summary.list_name,
        summary.sent,
        summary.resumed,
        len(summary.refused),
    )
    return summary


def import_contacts(
    client: KoreClient,
    source: Source,
    *,
    list_id: str | None = None,
    list_name: str | None = None,
    create: bool = False,
    checkpoint: str | os.PathLike[str] | None = None,
    progress: bool | None = None,
    chunk_size: int = MAX_CONTACTS_PER_CALL,
    on_chunk: Callable[[int, int], None] | None = None,
    skip_invalid: bool = False,
    restart: bool = False,
    region: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> ImportSummary:
    """Add the contacts of ``source`` to a contact list given by ``list_id`` or ``list_name``
    (``create=True`` creates a missing list by name), each exactly once.

    ``source``: dicts or ``NewContact`` models, or a CSV path whose header names the fields (the
    spec's contact fields, any case, spaces or ``_`` ignored: ``Phone Number,First Name``; other
    columns are not sent and are named in a warning). Files may be UTF-8 (with or without a BOM) or
    UTF-16 with a BOM, else give ``encoding``; the delimiter is sniffed unless ``delimiter`` is given.
    Phone numbers are normalised to E.164; one without a country code needs ``region`` (e.g. "US").

    Every row is checked before anything is sent. If any is refused, nothing is sent and
    :class:`KoreImportRefused` lists them all; ``skip_invalid=True`` sends the others and lists the
    refused in the summary. The contacts go in chunks of ``chunk_size`` (at most 1,000, the API's
    maximum), each waiting for room in the client's rate limit.

    ``checkpoint`` (a file path) makes the import exactly-once across interruptions: one run at a
    time holds it (another raises :class:`KoreImportError`); each chunk is recorded as on its way
    before it leaves; a later run with the same input, list and checkpoint sends only the rest,
    after checking the list for a chunk whose answer never came. The checkpoint names the list by
    id: if that list is gone or another has its name, the run stops (``restart=True`` sends the
    whole input instead). The file is removed when the import completes. An error partway raises
    :class:`KoreImportStopped`, Ctrl-C :class:`KoreImportInterrupted` (a ``KeyboardInterrupt``);
    both carry the summary so far and keep the checkpoint. Without a checkpoint nothing is recorded.

    ``progress`` shows a bar on stderr (default: when stderr is a terminal). ``on_chunk(chunks_done,
    chunks)`` is called after each chunk.
    """
    _check_arguments(list_id, list_name, create, chunk_size)
    with _locked(checkpoint) as held:
        run = _prepare(
            source,
            list_id=list_id,
            list_name=list_name,
            create=create,
            restart=restart,
            checkpoint=held,
            chunk_size=chunk_size,
            skip_invalid=skip_invalid,
            region=region,
            encoding=encoding,
            delimiter=delimiter,
            on_chunk=on_chunk,
            show_values=values_shown(client),
        )
        with _progress(run, sys.stderr.isatty() if progress is None else progress):
            return _done(_drive(client, _steps(run)))


async def import_contacts_async(
    client: AsyncKoreClient,
    source: Source,
    *,
    list_id: str | None = None,
    list_name: str | None = None,
    create: bool = False,
    checkpoint: str | os.PathLike[str] | None = None,
    progress: bool | None = None,
    chunk_size: int = MAX_CONTACTS_PER_CALL,
    on_chunk: Callable[[int, int], None] | None = None,
    skip_invalid: bool = False,
    restart: bool = False,
    region: str | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> ImportSummary:
    """:func:`import_contacts` for an :class:`AsyncKoreClient`, with the same checks and guarantees.
    The input is read in a worker thread; cancelling the task leaves a consistent checkpoint."""
    import anyio.to_thread

    _check_arguments(list_id, list_name, create, chunk_size)
    with _locked(checkpoint) as held:
        prepare = functools.partial(
            _prepare,
            source,
            list_id=list_id,
            list_name=list_name,
            create=create,
            restart=restart,
            checkpoint=held,
            chunk_size=chunk_size,
            skip_invalid=skip_invalid,
            region=region,
            encoding=encoding,
            delimiter=delimiter,
            on_chunk=on_chunk,
            show_values=values_shown(client),
        )
        run = await anyio.to_thread.run_sync(prepare)
        with _progress(run, sys.stderr.isatty() if progress is None else progress):
            return _done(await _drive_async(client, _steps(run)))
