"""The generated client's runtime (scripts/codegen_runtime), tested as ordinary Python.

scripts/regenerate copies it byte for byte into the package as `kore_campaigns_client._runtime`; the
generated models and endpoint modules call it. Here it runs on small hand-written stand-ins for
generated models (a class with `_json_keys`), so each rule is checked on its own.
"""

from __future__ import annotations

import datetime
import filecmp
import inspect
import logging
import threading
from collections.abc import Iterator
from http import HTTPStatus
from pathlib import Path
from typing import Any, ClassVar, overload
from uuid import UUID

import pytest

from scripts.codegen_runtime import answers, dates, paths, reading, reprs, resources, switches, writing
from scripts.codegen_runtime.errors import (
    FieldError,
    KoreError,
    KorePathParameterError,
    KoreResponseError,
    unexpected_status_text,
)
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
def fresh_log(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(switches.SHOW_VALUES_ENV, raising=False)
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
    assert caplog.records[0].getMessage() == (
        "list_contacts: response field items[0].phoneNumber: the spec says string; got null (null)"
        " (kept as sent; strict mode would raise)"
    )


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

    monkeypatch.setenv(switches.STRICT_RESPONSES_ENV, "yes")
    assert switches.is_strict(Client(None)) is True and switches.is_strict(object()) is True
    assert switches.is_strict(Client(False)) is False
    monkeypatch.setenv(switches.STRICT_RESPONSES_ENV, "0")
    assert switches.is_strict(Client(None)) is False


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
    assert reprs.model_repr(leaf) == "Leaf(phone_number='+1', additional_properties={'custom': 1})"
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


# Values in texts (issue 29): one switch, the client's `show_values` or KORE_SHOW_VALUES.


class Shows:
    def __init__(self, show_values: bool | None, strict_responses: bool | None = False) -> None:
        self.show_values, self.strict_responses = show_values, strict_responses


def test_the_switch_is_the_clients_else_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert switches.shows_values() is False and switches.shows_values(Shows(None)) is False
    assert switches.shows_values(Shows(True)) is True
    monkeypatch.setenv(switches.SHOW_VALUES_ENV, " On ")
    assert switches.shows_values() is True and switches.shows_values(Shows(None)) is True
    assert switches.shows_values(Shows(False)) is False


@pytest.mark.parametrize(
    ("value", "hidden", "shown"),
    [
        ("+14155550123", "a string", "'+14155550123'"),
        (4155550123, "an integer", "4155550123"),
        (41.5, "a number", "41.5"),
        (True, "a boolean", "True"),
        ({"firstName": "Jane"}, "an object", "{'firstName': 'Jane'}"),
        (["Jane"], "an array", "['Jane']"),
        (None, "null", "null"),
        (UNSET, "nothing (the field is absent)", "nothing (the field is absent)"),
        (b"<html>Jane</html>", "17 bytes", "17 bytes: b'<html>Jane</html>'"),
        ("x" * 100, "a string", "'" + "x" * 76 + "..."),
    ],
)
def test_a_value_is_described_by_its_kind_unless_values_are_shown(value: Any, hidden: str, shown: str) -> None:
    assert reading.describe_value(value, False) == hidden
    assert reading.describe_value(value, True) == shown


def test_deviation_texts_follow_the_switch(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    deviation = reading.Deviation("data.phoneNumber", "type", "string", 4155550123)
    assert str(deviation) == "data.phoneNumber: the spec says string; got an integer (type)"
    assert deviation.describe(True) == "data.phoneNumber: the spec says string; got 4155550123 (type)"
    error = KoreResponseError("get_contact", [deviation], show_values=False)
    assert "4155550123" not in str(error) and error.value == 4155550123
    assert "got 4155550123" in str(KoreResponseError("get_contact", [deviation], show_values=True))
    monkeypatch.setenv(switches.SHOW_VALUES_ENV, "1")
    assert "got 4155550123" in str(deviation) and "got 4155550123" in str(KoreResponseError("op", [deviation]))
    with pytest.raises(FieldError, match="got 4155550123"):
        reading.note_deviation(None, "phoneNumber", 4155550123, "string", "string")
    monkeypatch.delenv(switches.SHOW_VALUES_ENV)
    with pytest.raises(FieldError) as hidden:
        reading.note_deviation(None, "phoneNumber", 4155550123, "string", "string")
    assert str(hidden.value) == "phoneNumber: the spec says string; got an integer (type)"
    assert isinstance(hidden.value, KoreError)

    caplog.set_level(logging.WARNING, logger="kore_campaigns_client.responses")
    for client in (Shows(False), Shows(True)):
        reading.forget_logged()
        mark = reading.start_reading()
        try:
            parsed = Root(data=read_leaf({"phoneNumber": 4155550123}))
        finally:
            reading.stop_reading()
        reading.finish_reading("get_contact", client, parsed, mark)
    assert ["4155550123" in record.getMessage() for record in caplog.records] == [False, True]


def test_an_error_answer_is_read_without_logging_or_raising() -> None:
    mark = reading.start_reading()
    try:
        parsed = Root(data=read_leaf({"phoneNumber": None}))
    finally:
        reading.stop_reading()
    found = reading.finish_reading("get_contact", Shows(None, strict_responses=True), parsed, mark, report=False)
    assert [d.path for d in found] == ["data.phoneNumber"]


def test_unexpected_status_text_shows_the_body_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    assert unexpected_status_text(502, b"<html>Jane</html>") == (
        "Unexpected status code: 502 (17 bytes of content; KORE_SHOW_VALUES=1 shows them)"
    )
    monkeypatch.setenv(switches.SHOW_VALUES_ENV, "1")
    assert unexpected_status_text(502, b"<html>Jane</html>").endswith("Response content:\n<html>Jane</html>")


# Path parameters (issue 29).


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        ("", "is empty"),
        (".", "is '.', which a server resolves as a relative path step"),
        ("..", "is '..', which a server resolves as a relative path step"),
        ("a/b", "holds '/' (it would split the path)"),
        ("../x", "holds '/' (it would split the path)"),
        ("x?y", "holds '?' (it would start the query)"),
        ("x#y", "holds '#' (it would start a fragment)"),
        ("x\ny", "holds the control character U+000A"),
        ("x\x00", "holds the control character U+0000"),
        ("x\x7f", "holds the control character U+007F"),
        ("x\x85", "holds the control character U+0085"),
        ("%2F", "holds a percent-escape: decoded by a server or proxy, it holds '/' (it would split the path)"),
        ("cl%2fx", "holds a percent-escape: decoded by a server or proxy, it holds '/' (it would split the path)"),
        ("%2e%2E", "holds a percent-escape: decoded by a server or proxy, it is '..', which a server resolves"),
        ("%2E", "holds a percent-escape: decoded by a server or proxy, it is '.'"),
        ("%3F", "holds a percent-escape: decoded by a server or proxy, it holds '?'"),
        ("%23", "holds a percent-escape: decoded by a server or proxy, it holds '#'"),
        ("x%0Ay", "holds a percent-escape: decoded by a server or proxy, it holds the control character U+000A"),
        ("%252F", "holds a percent-escape: decoded by a server or proxy, it holds '/'"),
        ("%2525252541", "holds percent-escapes nested more than 4 deep"),
    ],
)
def test_a_path_parameter_that_is_not_one_segment_is_refused(value: str, rule: str) -> None:
    with pytest.raises(KorePathParameterError) as refused:
        paths.path_segment("get_campaign", "campaign_id", value)
    error = refused.value
    assert isinstance(error, ValueError) and isinstance(error, KoreError)
    assert str(error).startswith(f"get_campaign(): path parameter campaign_id {rule}")
    assert (error.operation, error.parameter, error.value) == ("get_campaign", "campaign_id", value)


@pytest.mark.parametrize(
    ("value", "sent"),
    [
        ("cd-9e14b72-88cc", "cd-9e14b72-88cc"),
        ("50%", "50%25"),
        ("50%off", "50%25off"),
        ("a%41", "a%2541"),
        ("%25", "%2525"),  # decodes to a lone %, which is fine
        ("Renewals July", "Renewals%20July"),
        ("Ünï", "%C3%9Cn%C3%AF"),
        ("a:b@c;d=e", "a%3Ab%40c%3Bd%3De"),
        ("...", "..."),
        (42, "42"),
    ],
)
def test_a_path_parameter_that_stays_one_segment_is_sent_encoded(value: object, sent: str) -> None:
    assert paths.path_segment("get_campaign", "campaign_id", value) == sent


# Answers whatever their status and body (issue 29).


def test_http_status_keeps_a_code_the_standard_library_does_not_name() -> None:
    assert answers.http_status(404) is HTTPStatus.NOT_FOUND
    unknown = answers.http_status(520)
    assert unknown == 520 and int(unknown) == 520 and f"{unknown}" == "520"


@pytest.mark.parametrize(
    ("content", "content_type", "expected"),
    [
        (b"", "", ""),
        ("plain ä".encode(), "text/plain", "plain ä"),
        ("Grüße".encode("latin-1"), "text/plain; charset=ISO-8859-1", "Grüße"),
        ("Grüße".encode("latin-1"), 'text/plain; charset="latin-1"', "Grüße"),
        ("Grüße".encode("utf-16"), "text/html", "Grüße"),  # no charset: the byte-order mark tells
        ("Grüße".encode("utf-16-be"), "text/plain; charset=utf-16-be", "Grüße"),
        ("Grüße".encode("utf-32"), "", "Grüße"),
        ("Grüße".encode("utf-8-sig"), "", "Grüße"),
        (b"ok \xff\xfe\xfd bytes", "text/plain; charset=nonsense-9", "ok \ufffd\ufffd\ufffd bytes"),
        (b"\x00\x01", "application/octet-stream", "\x00\x01"),
    ],
)
def test_body_excerpt_decodes_by_charset_else_byte_order_mark_else_utf8(
    content: bytes, content_type: str, expected: str
) -> None:
    assert answers.body_excerpt(content, content_type) == expected


def test_body_excerpt_is_the_first_200_characters_of_any_size_of_body() -> None:
    wide = "€" * 1000  # three bytes each in UTF-8, two in UTF-16
    assert answers.body_excerpt(wide.encode(), "text/plain") == "€" * 200
    assert answers.body_excerpt(wide.encode("utf-16"), "") == "€" * 200
    assert answers.body_excerpt(("😀" * 300).encode("utf-32"), "", characters=5) == "😀" * 5
    assert answers.body_excerpt(b"x" * 10_000_000, "") == "x" * 200


class FakeAnswer:
    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code, self.content = status_code, content


def parser(result: Any = None, error: type[Exception] | None = None) -> Any:
    def parse(*, client: object, response: FakeAnswer) -> Any:
        if error is not None:
            raise error("unreadable")
        return result() if callable(result) else result

    return parse


@pytest.mark.parametrize("error", [ValueError, TypeError, KeyError, AttributeError])
def test_an_error_status_whose_body_cannot_be_read_gives_no_parsed_body(error: type[Exception]) -> None:
    strict = Shows(None, strict_responses=True)
    assert answers.read_response("get_campaign", strict, FakeAnswer(502, b"<html>"), parser(error=error)) == (None, ())


def test_an_error_status_with_a_drifting_body_lists_the_drift_and_raises_nothing(
    caplog: pytest.LogCaptureFixture,
) -> None:
    strict = Shows(None, strict_responses=True)
    parsed, found = answers.read_response(
        "get_campaign", strict, FakeAnswer(404, b"{}"), parser(lambda: Root(data=read_leaf({})))
    )
    assert isinstance(parsed, Root) and [d.path for d in found] == ["data.phoneNumber"]
    assert caplog.records == []


def test_a_success_whose_body_cannot_be_read_is_a_body_deviation(caplog: pytest.LogCaptureFixture) -> None:
    html = FakeAnswer(200, b"<html>Jane's login page</html>")
    with pytest.raises(KoreResponseError) as raised:
        answers.read_response("get_campaign", Shows(None, strict_responses=True), html, parser(error=ValueError))
    assert raised.value.path == "(body)" and raised.value.value == html.content
    assert "Jane" not in str(raised.value)
    caplog.set_level(logging.WARNING, logger="kore_campaigns_client.responses")
    parsed, found = answers.read_response("get_campaign", Shows(None), html, parser(error=ValueError))
    assert parsed is None and [(d.path, d.kind, d.expected) for d in found] == [
        ("(body)", "type", "the documented JSON body")
    ]
    assert [record.getMessage() for record in caplog.records] == [
        "get_campaign: response field (body): the spec says the documented JSON body; got 30 bytes (type)"
        " (kept as sent; strict mode would raise)"
    ]
    with pytest.raises(RuntimeError):  # anything else is not about the body: it propagates
        answers.read_response("get_campaign", Shows(None), html, parser(error=RuntimeError))


# Writing models back (issue 29): what the model holds, as it holds it.


class Inner:
    _json_keys: ClassVar[dict[str, str]] = {"when": "when", "uid": "uid"}

    def __init__(self, when: Any = UNSET, uid: Any = UNSET) -> None:
        self.when, self.uid = when, uid
        self.additional_properties: dict[str, Any] = {}

    def to_dict(self) -> dict[str, Any]:
        return writing.model_to_dict(self)


class Outer:
    _json_keys: ClassVar[dict[str, str]] = {
        "name": "name",
        "inner": "inner",
        "items": "items",
        "created_at": "createdAt",
    }

    def __init__(self, **values: Any) -> None:
        for name in self._json_keys:
            setattr(self, name, values.get(name, UNSET))
        self.additional_properties: dict[str, Any] = {}

    def to_dict(self) -> dict[str, Any]:
        return writing.model_to_dict(self)


def test_to_dict_writes_what_the_model_holds() -> None:
    when = datetime.datetime(2025, 6, 1, 10, 0, tzinfo=datetime.UTC)
    uid = UUID("12345678-1234-5678-1234-567812345678")
    outer = Outer(
        name=None,  # null as sent
        inner=Inner(when=when, uid=uid),
        items=[Inner(when=datetime.date(2025, 6, 1)), {"kept": "as sent"}, 7],
        # created_at: left out (UNSET), as a required field an answer did not send
    )
    outer.additional_properties = {"customerNote": {"raw": [1]}, "name": "shadowed by the field"}
    assert outer.to_dict() == {
        "customerNote": {"raw": [1]},
        "name": None,
        "inner": {"when": "2025-06-01T10:00:00+00:00", "uid": "12345678-1234-5678-1234-567812345678"},
        "items": [{"when": "2025-06-01"}, {"kept": "as sent"}, 7],
    }
    assert list(outer.to_dict()) == ["customerNote", "name", "inner", "items"]
    kept = Outer(created_at=1733635778, inner={"not": "a model"}, name=4155550123)
    assert kept.to_dict() == {"name": 4155550123, "inner": {"not": "a model"}, "createdAt": 1733635778}


def test_the_control_characters_refused_are_unicodes_category_cc() -> None:
    import unicodedata

    control = {chr(code) for code in range(0x3000) if unicodedata.category(chr(code)) == "Cc"}
    assert {character for character in map(chr, range(0x3000)) if paths._CONTROL.fullmatch(character)} == control


def test_a_deviations_repr_hides_the_value_unless_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    deviation = reading.Deviation("data.firstName", "type", "string", 4155550123)
    assert repr(deviation) == ("Deviation(path='data.firstName', kind='type', expected='string', value=<an integer>)")
    assert "4155550123" not in repr([deviation])
    monkeypatch.setenv(switches.SHOW_VALUES_ENV, "1")
    assert repr(deviation).endswith("value=4155550123)")


class Person:
    """A generated model holding personal data: its marked fields, and whether unnamed fields are too."""

    _json_keys: ClassVar[dict[str, str]] = {"field_id": "_id", "phone_number": "phoneNumber", "friends": "friends"}
    _personal_fields: ClassVar[frozenset[str]] = frozenset({"phone_number", "friends"})
    _personal_others: ClassVar[bool] = True

    def __init__(self, phone_number: Any = UNSET, friends: Any = UNSET) -> None:
        self.field_id, self.phone_number, self.friends = "p-1", phone_number, friends
        self.additional_properties: dict[str, Any] = {}

    def __repr__(self) -> str:
        return reprs.model_repr(self)


def test_a_repr_masks_personal_data_unless_values_are_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(switches.SHOW_VALUES_ENV, raising=False)
    friend = Person(phone_number="+15105550100")
    person = Person(phone_number=15105550101, friends=[friend, "+15105550102", None])
    person.additional_properties = {"note": {"a": 1}}
    assert reprs.model_repr(person) == (
        "Person(field_id='p-1', phone_number=<hidden: an integer>, friends=[Person(field_id='p-1', "
        "phone_number=<hidden: 12 chars>), <hidden: 12 chars>, None], additional_properties={'note': "
        "<hidden: 1 field>})"
    )
    root = Root(data=person, items=[friend])
    reprs.show_values_in(root, True)  # the reading client's own switch, on every model of the answer
    assert "15105550101" in reprs.model_repr(person) and "+15105550100" in reprs.model_repr(friend)
    monkeypatch.setenv(switches.SHOW_VALUES_ENV, "1")
    reprs.show_values_in([root], False)
    assert "<hidden" in reprs.model_repr(friend) and "<hidden" in reprs.model_repr(person)


class FakeResponse:
    def __init__(self, show_values: bool | None) -> None:
        self.status_code, self.content, self.parsed = HTTPStatus.OK, b'{"phoneNumber":"+15105550100"}', None
        self.headers = {"Content-Type": "application/json", "Set-Cookie": "session=s3cret"}
        self.show_values = show_values


def test_a_response_repr_hides_the_body_and_header_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(switches.SHOW_VALUES_ENV, "1")
    assert reprs.response_repr(FakeResponse(False)) == (
        "Response(status_code=<HTTPStatus.OK: 200>, content=<hidden: 30 bytes>, "
        "headers=<2 headers: content-type, set-cookie>, parsed=None)"
    )
    assert "s3cret" in reprs.response_repr(FakeResponse(None)) and "+1510" in reprs.response_repr(FakeResponse(True))


# --- dates keep the text they were read from ---------------------------------------------------------


class _Dated:
    _json_keys: ClassVar[dict[str, str]] = {"created_at": "createdAt"}

    def __init__(self, text: str) -> None:
        self.created_at = datetime.datetime.fromisoformat(text)
        self._date_texts: dates.DateTexts | None = dates.note_text(None, "created_at", text, self.created_at)


@pytest.mark.parametrize("text", ["2026-12-07T23:27:25.156Z", "2026-12-07T23:27:25+05:30", "2026-12-07T23:27:25"])
def test_a_date_read_from_json_is_written_back_as_it_came_while_the_field_holds_it(text: str) -> None:
    import copy
    import pickle

    model = _Dated(text)
    assert writing.model_to_dict(model) == {"createdAt": text}
    for again in (copy.copy(model), copy.deepcopy(model), pickle.loads(pickle.dumps(model))):  # noqa: S301
        assert writing.model_to_dict(again) == {"createdAt": text}
    model.created_at = model.created_at + datetime.timedelta(days=1)  # set by the caller: ISO form
    assert writing.model_to_dict(model) == {"createdAt": model.created_at.isoformat()}
    equal = _Dated(text)
    equal.created_at = datetime.datetime.fromisoformat(text)  # an equal value, but not the one read
    assert writing.model_to_dict(equal) == {"createdAt": equal.created_at.isoformat()}


def test_a_model_without_noted_texts_writes_iso_dates() -> None:
    model = _Dated("2026-12-07T23:27:25.156Z")
    model._date_texts = None
    assert writing.model_to_dict(model) == {"createdAt": "2026-12-07T23:27:25.156000+00:00"}
