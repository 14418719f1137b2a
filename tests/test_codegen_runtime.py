"""The generated client's runtime (scripts/codegen_runtime), tested as ordinary Python.

scripts/regenerate copies it byte for byte into the package as `kore_campaigns_client._runtime`; the
generated models and endpoint modules call it. Here it runs on small hand-written stand-ins for
generated models (a class with `_json_keys`), so each rule is checked on its own.
"""

from __future__ import annotations

import filecmp
import inspect
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar, overload

import pytest

from scripts.codegen_runtime import reading, resources
from scripts.codegen_runtime.errors import FieldError, KoreResponseError
from scripts.codegen_runtime.sentinel import UNSET, Unset

ROOT = Path(__file__).resolve().parent.parent


class Leaf:
    """Stands in for a generated model: `_json_keys` maps attribute names to JSON names."""

    _json_keys: ClassVar[dict[str, str]] = {"phone_number": "phoneNumber", "tags": "tags"}

    def __init__(self, phone_number: Any = UNSET, tags: Any = UNSET) -> None:
        self.phone_number, self.tags = phone_number, tags
        self.additional_properties: dict[str, Any] = {}
        self._deviations: list[reading.Note] | None = None


class Root:
    _json_keys: ClassVar[dict[str, str]] = {"data": "data", "items": "items"}

    def __init__(self, data: Any = UNSET, items: Any = UNSET) -> None:
        self.data, self.items = data, items
        self._deviations: list[reading.Note] | None = None


def read_leaf(source: dict[str, Any]) -> Leaf:
    """What a generated from_dict does for a string field and a list of strings."""
    notes = None
    phone = source.get("phoneNumber", UNSET)
    if phone.__class__ is not str:
        notes = reading.note_deviation(notes, "phoneNumber", phone, "string", "string")
    tags = source.get("tags", [])
    for tag in tags:
        if tag.__class__ is not str:
            notes = reading.note_items(notes, "tags", tags, str, "string", "string")
            break
    leaf = Leaf(phone, tags)
    leaf._deviations = notes
    return leaf


@pytest.fixture(autouse=True)
def fresh_log() -> Iterator[None]:
    reading.forget_logged()
    yield
    reading.forget_logged()


@pytest.mark.parametrize(
    ("value", "expected_type", "expected", "kind"),
    [
        (UNSET, "string", "string", "missing"),
        (None, "string", "string", "null"),
        (7, "string", "string", "type"),
        ("7", "integer", "integer", "type"),
        ("7", "number", "number", "type"),
        (7, "number", "a whole number of seconds", "format"),  # an integer is a number: the value, not the type
        (7.5, "integer", "integer", "type"),
        ("Archived", "string", "one of 'Active', 'Paused'", "unknown enum value"),
        ("yesterday", "string", "a date-time string", "format"),
        ({"a": 1}, "array", "an array of string", "type"),
        (True, "integer", "integer", "type"),
    ],
)
def test_each_kind_of_deviation(value: Any, expected_type: str, expected: str, kind: str) -> None:
    with reading.lenient_reading():
        notes = reading.note_deviation(None, "x", value, expected_type, expected)
    assert notes == [("x", kind, expected, value)]


def test_outside_a_response_a_deviation_raises_field_error_with_the_whole_path() -> None:
    with pytest.raises(FieldError) as raised:
        reading.note_deviation(None, "phoneNumber", 4155550100, "string", "string")
    assert isinstance(raised.value, TypeError) and isinstance(raised.value, KeyError)
    assert (raised.value.path, raised.value.kind) == ("phoneNumber", "type")
    # A model inside a model: the outer reader catches the inner FieldError and notes its own key.
    try:
        reading.note_deviation(None, "phoneNumber", None, "string", "string")
    except FieldError:
        with pytest.raises(FieldError) as outer:
            reading.note_deviation(None, "contacts", {}, "object", "an object (Contact)")
    assert outer.value.path == "contacts.phoneNumber"
    try:
        reading.note_deviation(None, "[2]", None, "string", "string")
    except FieldError:
        with pytest.raises(FieldError) as listed:
            reading.note_deviation(None, "tags", [], "array", "an array of string")
    assert listed.value.path == "tags[2]"


def test_a_union_member_that_does_not_fit_exactly_is_refused() -> None:
    with reading.lenient_reading(), reading.union_trial(), pytest.raises(TypeError):
        reading.note_deviation(None, "x", 1, "string", "string")
    with reading.lenient_reading():  # the trial ended: noted again
        assert reading.note_deviation(None, "x", 1, "string", "string")[0][1] == "type"


def test_deviations_walk_nested_models_and_lists_with_json_paths() -> None:
    with reading.lenient_reading():
        good = read_leaf({"phoneNumber": "+14155550100", "tags": ["a"]})
        bad = read_leaf({"phoneNumber": 4155550100, "tags": ["a", 2, "c", 4]})
    root = Root(data=good, items=[good, bad])
    found = reading.deviations(root)
    assert [(d.path, d.kind) for d in found] == [
        ("items[1].phoneNumber", "type"),
        ("items[1].tags[1]", "type"),
        ("items[1].tags[3]", "type"),
    ]
    assert found[0].value == 4155550100
    assert reading.deviations(Root(data=good)) == ()
    assert reading.deviations([bad])[0].path == "[0].phoneNumber"  # a list at the top


class Client:
    def __init__(self, strict: bool | None) -> None:
        self.strict_responses = strict


class Raised(KoreResponseError):
    pass


def test_finish_reading_logs_each_field_and_kind_once(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="kore_campaigns_client.responses")
    for _ in range(3):
        mark = reading.start_reading()
        try:
            parsed = Root(items=[read_leaf({"phoneNumber": None}), read_leaf({"phoneNumber": None})])
        finally:
            reading.stop_reading()
        found = reading.finish_reading("list_contacts", Client(False), parsed, mark)
        assert [d.path for d in found] == ["items[0].phoneNumber", "items[1].phoneNumber"]
    # Both items, all three calls: one (operation, field with [] for indexes, kind).
    assert len(caplog.records) == 1
    assert "list_contacts: response field items[0].phoneNumber" in caplog.records[0].getMessage()


def test_finish_reading_with_nothing_noted_does_not_walk() -> None:
    mark = reading.start_reading()
    reading.stop_reading()

    class Exploding:
        @property
        def _json_keys(self) -> dict[str, str]:
            raise AssertionError("walked")

    assert reading.finish_reading("op", Client(True), Exploding(), mark) == ()


def test_strict_mode_raises_the_clients_error_class(monkeypatch: pytest.MonkeyPatch) -> None:
    def read() -> tuple[Root, int]:
        mark = reading.start_reading()
        try:
            return Root(data=read_leaf({"phoneNumber": 1})), mark
        finally:
            reading.stop_reading()

    parsed, mark = read()
    with pytest.raises(KoreResponseError) as raised:
        reading.finish_reading("get_contact", Client(True), parsed, mark)
    assert (raised.value.operation, raised.value.path, raised.value.expected) == (
        "get_contact",
        "data.phoneNumber",
        "string",
    )

    class Custom(Client):
        response_error_class = Raised

    parsed, mark = read()
    with pytest.raises(Raised):
        reading.finish_reading("get_contact", Custom(True), parsed, mark)

    monkeypatch.setenv(reading.STRICT_RESPONSES_ENV, "yes")
    assert reading.is_strict(Client(None)) is True and reading.is_strict(object()) is True
    assert reading.is_strict(Client(False)) is False
    monkeypatch.setenv(reading.STRICT_RESPONSES_ENV, "0")
    assert reading.is_strict(Client(None)) is False


def test_reading_state_is_per_thread() -> None:
    seen: list[bool] = []
    with reading.lenient_reading():

        def other() -> None:
            try:
                reading.note_deviation(None, "x", None, "string", "string")
                seen.append(False)
            except FieldError:
                seen.append(True)  # this thread is not reading a response: strict

        thread = threading.Thread(target=other)
        thread.start()
        thread.join()
    assert seen == [True]


def test_repr_shows_set_fields_and_extras_and_first_present_picks_the_first_set() -> None:
    leaf = Leaf(phone_number="+1", tags=UNSET)
    leaf.additional_properties = {"custom": 1}
    assert reading.model_repr(leaf) == "Leaf(phone_number='+1', additional_properties={'custom': 1})"
    assert reading.first_present(leaf, ((None, "missing"), ("tags", "tags"), ("phone_number", "phoneNumber"))) == "+1"
    leaf.additional_properties["alias"] = "+2"
    assert reading.first_present(leaf, ((None, "missing"), (None, "alias"), ("phone_number", "phoneNumber"))) == "+2"
    assert reading.first_present(Leaf(), (("phone_number", "phoneNumber"),)) is UNSET
    assert repr(UNSET) == "UNSET" and not UNSET and isinstance(UNSET, Unset)


def test_body_fields_takes_natural_names_and_names_the_right_spelling() -> None:
    known = ("name", "type_", "source")
    spellings = {"type": "type_", "startDate": "start_date"}
    assert resources.body_fields("create", {"name": "n", "type": "sms"}, known, spellings, {}) == {
        "name": "n",
        "type_": "sms",
    }
    assert resources.body_fields("create", {"source": "api"}, known, spellings, {"source": "api"}) == {}
    with pytest.raises(ValueError, match=r"create\(\): source can only be 'api', which is sent for you"):
        resources.body_fields("create", {"source": "file"}, known, spellings, {"source": "api"})
    with pytest.raises(TypeError, match=r"create\(\) takes 'startDate' as start_date="):
        resources.body_fields("create", {"startDate": 1}, (*known, "start_date"), spellings, {})
    with pytest.raises(TypeError, match=r"unexpected keyword argument 'nme'; did you mean name=\?"):
        resources.body_fields("create", {"nme": 1}, known, spellings, {})
    with pytest.raises(TypeError, match=r"'zzz'; it takes name, type_, source"):
        resources.body_fields("create", {"zzz": 1}, known, spellings, {})


def test_page_field_reads_a_dotted_path_leniently() -> None:
    page = Root(data=Root(data=5, items=UNSET))
    assert resources.page_field(page, "data.data") == 5
    assert resources.page_field(page, "data.items") is None
    assert resources.page_field(page, "data.nothing.deeper") is None


class Resource:
    @overload
    def create(self, body: dict[str, Any]) -> None: ...

    @overload
    def create(self, *, name: str, size: int = 3) -> None: ...

    @resources.keyword_signature
    def create(self, body: dict[str, Any] | None = None, **fields: Any) -> None:
        return None


def test_keyword_signature_shows_the_fields_in_place_of_kwargs() -> None:
    parameters = inspect.signature(Resource.create).parameters
    assert list(parameters) == ["self", "body", "name", "size"]
    assert repr(parameters["name"].default) == "<required unless body is given>"
    assert parameters["size"].default == 3


def test_the_generated_package_holds_this_runtime_unchanged() -> None:
    source = ROOT / "scripts" / "codegen_runtime"
    copy = ROOT / "generated" / "kore_campaigns_client" / "_runtime"
    names = sorted(p.name for p in source.glob("*.py"))
    assert names == sorted(p.name for p in copy.glob("*.py"))
    same, mismatch, errors = filecmp.cmpfiles(source, copy, names, shallow=False)
    assert (same, mismatch, errors) == (names, [], []), "run scripts/regenerate"
