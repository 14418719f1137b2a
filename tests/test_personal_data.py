"""Personal data stays out of reprs, log records, exception texts and stderr unless asked for (issue 29).

The spec marks it with `x-personal-data` (openapi.yaml's info.description says how). Here, read from
openapi.yaml on its own (not through the generator's adapter):

- the generated models carry exactly the spec's marks;
- every generated model holding a marked field, built from each spec example that reaches it with every
  marked value replaced by a canary, keeps the canaries out of its repr and str, shows them when asked
  (KORE_SHOW_VALUES, or the reading client's show_values), and gives them back in to_dict as they came;
- every answer example holding personal data, as documented and drifted (each marked value of another
  JSON type, each marked object a string), through the resource methods and a low-level `*_detailed`
  function, leniently and strictly: no canary in a repr, a log record or an exception text;
- the hand-written reprs and texts of the overlay (import rows and summaries, the webhook kit);
- an import through the command line (Click's runner, the mock served in-process) and a webhook trigger
  (its receiver in-process behind httpx.MockTransport): no canary on stderr or in any log record.
Each check also runs with values shown, where the canaries must appear: a check that cannot fail proves nothing.
"""

from __future__ import annotations

import copy
import csv
import functools
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner
from fakes import overlay_client
from kore_campaigns import SHOW_VALUES_ENV, KoreClient, KoreResponseError, webhooks
from kore_campaigns.bulk import ImportSummary, KoreImportRefused, import_contacts
from kore_campaigns.cli import main
from kore_campaigns.contact_rows import KoreImportError, read_contacts
from kore_campaigns_client import models
from kore_campaigns_client._runtime.reading import forget_logged
from kore_campaigns_client._runtime.reprs import masked_repr, show_values_in
from kore_campaigns_client.api.contact_lists import list_contact_list_contacts
from kore_campaigns_client.types import deviations, lenient_reading
from kore_campaigns_mock import DEMO_ACCOUNT_ID, DEMO_BOT_ID, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from kore_campaigns_mock.background import serve_in_background
from kore_campaigns_mock.testing import mock_app
from kore_campaigns_precall import Answer, decide
from kore_campaigns_precall._personal import hidden
from test_resources import (
    OPERATIONS,
    Operation,
    arguments_from_examples,
    resource_method,
    same_instants,
)

from scripts.spec_facts import load

ROOT = Path(__file__).resolve().parent.parent
FACTS = load(ROOT / "openapi.yaml")
SPEC: dict[str, Any] = FACTS.document
resolve = FACTS.resolve  # `$ref`s followed, nothing merged
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
MARK = "x-personal-data"
CUSTOM_FIELD = "canaryCustomField"  # a field the spec does not name, planted in each object marked whole


# --- the spec's marks, read here on their own --------------------------------------------------------------


def says(schema: Any) -> bool | None:
    """A schema's own mark, else that of what it refers to, else that of its items; None if silent."""
    if not isinstance(schema, dict):
        return None
    if MARK in schema:
        return bool(schema[MARK])
    if "$ref" in schema:
        return says(resolve(schema))
    if "items" in schema:
        return says(schema["items"])
    return None


def marked_fields(schema: dict[str, Any]) -> tuple[set[str], bool]:
    """(JSON names of the fields the spec marks, whether the fields it does not name are marked too)."""
    whole = schema.get(MARK) is True
    fields = set()
    for key, field in (schema.get("properties") or {}).items():
        mark = says(field)
        if mark if mark is not None else whole:
            fields.add(key)
    return fields, whole


# The object schemas holding personal data (a marked string schema, such as ContactPhoneNumber, is no model).
MARKED = {
    name: marks
    for name, schema in SCHEMAS.items()
    if schema.get("type") == "object" and ((marks := marked_fields(schema))[0] or marks[1])
}


def python_names(model: type, json_names: set[str]) -> set[str]:
    keys: dict[str, str] = model._json_keys  # type: ignore[attr-defined]
    return {name for name, key in keys.items() if key in json_names}


def test_the_models_carry_the_spec_s_marks() -> None:
    # The schemas carrying a person's data: a guard against a spec that lost its marks.
    assert set(MARKED) >= {
        "Contact",
        "NewContact",
        "CampaignContact",
        "PreCallContactData",
        "PreCallDetailedContactData",
        "PreCallFetchRequest",
        "PreCallFetchResponse",
    }
    assert MARKED["Contact"] == (
        {"phoneNumber", "firstName", "lastName", "timeZone", "uniqueId", "contactPriority"},
        True,
    )
    assert MARKED["ContactsPage"] == ({"results"}, False)  # items a marked schema: kept masked if not Contacts
    for name, schema in SCHEMAS.items():
        model = getattr(models, name, None)
        if model is None or "properties" not in schema:
            continue
        if name in MARKED:
            fields, whole = MARKED[name]
            assert model._personal_fields == python_names(model, fields), name
            assert model._personal_others is whole, name
        else:
            assert not hasattr(model, "_personal_fields"), name
    generated = {name for name in dir(models) if hasattr(getattr(models, name), "_personal_fields")}
    assert generated == set(MARKED)  # no model of an inline schema holds marks the spec did not give it


# --- canaries planted in the spec's examples -----------------------------------------------------------------


class Canaries:
    """Unique values standing in for personal data, of the JSON type they replace (or, `flip`, of another)."""

    def __init__(self) -> None:
        self.values: list[Any] = []

    def new(self, like: Any, *, flip: bool = False) -> Any:
        number = len(self.values)
        as_text = isinstance(like, str) != flip
        value: Any = f"Canary{number:03d}Zq" if as_text else 4155550100 + number
        self.values.append(value)
        return value

    @property
    def texts(self) -> list[str]:
        return [str(value) for value in self.values]

    def found_in(self, text: str) -> list[str]:
        return [canary for canary in self.texts if canary in text]


def plant(schema: Any, value: Any, canaries: Canaries, personal: bool = False, drift: str = "") -> Any:
    """`value` with each personal value replaced by a canary: of its own type, or with `drift` "flip" of
    another JSON type, or with `drift` "flatten" each marked object a string canary. An object marked whole
    also gets a field the spec does not name."""
    resolved = resolve(schema)
    if isinstance(value, dict) and personal and drift == "flatten":
        return canaries.new("")
    if isinstance(value, dict) and isinstance(resolved, dict) and "properties" in resolved:
        whole = resolved.get(MARK) is True
        properties = resolved["properties"]
        planted: dict[str, Any] = {}
        for key, item in value.items():
            if key in properties:
                mark = says(properties[key])
                planted[key] = plant(properties[key], item, canaries, mark if mark is not None else whole, drift)
            else:
                planted[key] = plant({}, item, canaries, whole, drift)
        if whole:
            planted[CUSTOM_FIELD] = canaries.new("", flip=drift == "flip")
        return planted
    if isinstance(value, list):
        items = resolved.get("items", {}) if isinstance(resolved, dict) else {}
        return [plant(items, item, canaries, personal, drift) for item in value]
    if personal and isinstance(value, str | int | float) and not isinstance(value, bool):
        return canaries.new(value, flip=drift == "flip")
    return value


def contents() -> Iterator[tuple[str, dict[str, Any]]]:
    """Every JSON request and response content of the operations and webhooks: (where, content)."""
    for operation_id, operation in FACTS.operations.items():
        bodies = [operation.node.get("requestBody", {}), *operation.node.get("responses", {}).values()]
        for body in bodies:
            content = resolve(body).get("content", {}).get("application/json")
            if content:
                yield operation_id, content


def examples_of(content: dict[str, Any]) -> list[Any]:
    found = [resolve(example)["value"] for example in content.get("examples", {}).values()]
    return found + ([content["example"]] if "example" in content else [])


def instances(schema: Any, value: Any, found: list[tuple[str, Any]]) -> None:
    """Each (component schema name, example value) reached by following `schema` through `value`."""
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and isinstance(value, dict):
        found.append((schema["$ref"].rsplit("/", 1)[-1], value))
    resolved = resolve(schema)
    if not isinstance(resolved, dict):
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if key in resolved.get("properties", {}):
                instances(resolved["properties"][key], item, found)
    elif isinstance(value, list) and "items" in resolved:
        for item in value:
            instances(resolved["items"], item, found)


def marked_instances() -> list[Any]:
    found: list[tuple[str, Any]] = []
    for _, content in contents():
        for example in examples_of(content):
            instances(content["schema"], example, found)
    params: list[Any] = []
    seen: set[tuple[str, str]] = set()
    for name, value in found:
        key = (name, json.dumps(value, sort_keys=True))
        if name in MARKED and key not in seen:
            seen.add(key)
            params.append(pytest.param(name, value, id=f"{name}-{len([p for p in params if p.values[0] == name])}"))
    return params


MARKED_INSTANCES = marked_instances()


@pytest.fixture
def values_hidden(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.delenv(SHOW_VALUES_ENV, raising=False)
    return monkeypatch


def test_every_marked_schema_is_reached_by_an_example_with_personal_data() -> None:
    with_data = {p.values[0] for p in MARKED_INSTANCES if plant_canaries(*p.values)[1].values}
    assert with_data == set(MARKED)


def plant_canaries(name: str, example: Any, drift: str = "") -> tuple[Any, Canaries]:
    canaries = Canaries()
    return plant({"$ref": f"#/components/schemas/{name}"}, example, canaries, drift=drift), canaries


@pytest.mark.parametrize(("name", "example"), MARKED_INSTANCES)
def test_a_model_masks_its_personal_data_in_its_repr_and_keeps_it_as_it_came(
    name: str, example: Any, values_hidden: pytest.MonkeyPatch
) -> None:
    planted, canaries = plant_canaries(name, example)
    with lenient_reading():
        model = getattr(models, name).from_dict(copy.deepcopy(planted))
    assert deviations(model) == ()
    assert same_instants(model.to_dict()) == same_instants(planted)  # what came, values and all
    for text in (repr(model), str(model)):
        assert not canaries.found_in(text), text
    if canaries.values:
        assert "<hidden: " in repr(model)

    values_hidden.setenv(SHOW_VALUES_ENV, "1")
    assert canaries.found_in(repr(model)) == canaries.texts
    show_values_in(model, False)  # read by a client that says no: it wins over the environment
    assert not canaries.found_in(repr(model))
    values_hidden.delenv(SHOW_VALUES_ENV)
    show_values_in(model, True)
    assert canaries.found_in(repr(model)) == canaries.texts
    assert same_instants(model.to_dict()) == same_instants(planted)


@pytest.mark.parametrize("value", ["+15105550100", "", "x", 4155550100, 1.5, True, None, {"a": 1}, ["ab", 3], b"ab"])
def test_the_overlay_and_the_runtime_mask_alike(value: Any) -> None:
    assert hidden(value) == masked_repr(value)


# --- answers through the client ------------------------------------------------------------------------------


def personal_answers() -> list[Any]:
    """Every success example of an operation that holds personal data."""
    params = []
    for operation in OPERATIONS:
        for status, response in operation.spec["responses"].items():
            content = resolve(response).get("content", {}).get("application/json")
            if not str(status).startswith("2") or not content:
                continue
            for index, example in enumerate(examples_of(content)):
                if plant(content["schema"], example, Canaries()) != example:
                    where = f"{operation}-{index}"
                    params.append(pytest.param(operation, int(status), content["schema"], example, id=where))
    return params


PERSONAL_ANSWERS = personal_answers()


class Records(logging.Handler):
    """Every record, formatted as it is emitted (a `%r` argument's repr is made then), with its traceback."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@pytest.fixture
def records() -> Iterator[Records]:
    """Every log record of every logger, at every level, with its traceback."""
    handler = Records()
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


class Served:
    def __init__(self, status: int) -> None:
        self.status, self.body = status, None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(self.status, json=self.body)


def test_the_answers_with_personal_data_are_the_expected_ones() -> None:
    assert {str(p.values[0]) for p in PERSONAL_ANSWERS} >= {
        "listContactListContacts",
        "listContactListContactsV1",
        "getCampaignStatus",
        "getCampaignStatusV1",
    }


@pytest.mark.parametrize("drift", ["", "flip", "flatten"])
@pytest.mark.parametrize(("operation", "status", "schema", "example"), PERSONAL_ANSWERS)
def test_answers_with_personal_data_leave_no_value_in_reprs_logs_or_errors(
    operation: Operation, status: int, schema: Any, example: Any, drift: str, records: Records, values_hidden: Any
) -> None:
    served = Served(status)
    canaries = Canaries()
    served.body = plant(schema, example, canaries, drift=drift)
    assert canaries.values
    forget_logged()
    texts: list[str] = []
    lenient = overlay_client(served, retry=None, rate_limit=None, strict_responses=False)
    method = resource_method(lenient, operation, operation.resources[0])
    arguments = arguments_from_examples(operation, method)
    answer = method(**arguments)
    found = deviations(answer)
    assert bool(found) is bool(drift)
    texts += [repr(answer), str(answer), repr(found), str([str(d) for d in found])]
    strict = overlay_client(served, retry=None, rate_limit=None, strict_responses=True)
    if drift:
        with pytest.raises(KoreResponseError) as raised:
            resource_method(strict, operation, operation.resources[0])(**arguments)
        texts += [str(raised.value), repr(raised.value)]
    texts.append(records.text)
    leaks = [text for text in texts if canaries.found_in(text)]
    assert not leaks, leaks
    assert same_instants(answer.to_dict()) == same_instants(served.body)  # the values are all there

    # The one switch: a client that shows values shows them in the reprs of what it read.
    asked = overlay_client(served, retry=None, rate_limit=None, strict_responses=False, show_values=True)
    assert canaries.found_in(repr(resource_method(asked, operation, operation.resources[0])(**arguments))) == (
        canaries.texts
    )


def test_a_response_repr_shows_no_body_and_no_header_value_unless_asked(values_hidden: pytest.MonkeyPatch) -> None:
    (_, status, schema, example) = next(
        p.values for p in PERSONAL_ANSWERS if str(p.values[0]) == "listContactListContacts"
    )
    canaries = Canaries()
    served = Served(status)
    served.body = plant(schema, example, canaries)
    secret_header = "Set-Cookie-Canary"

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=served.body, headers={"x-session": secret_header})

    client = overlay_client(answer, retry=None, rate_limit=None)
    response = list_contact_list_contacts.sync_detailed(DEMO_BOT_ID, "cl-1", client=client)
    text = repr(response)
    assert not canaries.found_in(text) and secret_header not in text, text
    assert f"content=<hidden: {len(response.content)} bytes>" in text and "x-session" in text
    assert response.content == json.dumps(served.body).encode() or json.loads(response.content) == served.body
    asked = overlay_client(answer, retry=None, rate_limit=None, show_values=True)
    text = repr(list_contact_list_contacts.sync_detailed(DEMO_BOT_ID, "cl-1", client=asked))
    assert canaries.found_in(text) == canaries.texts and secret_header in text
    # The contacts a page iterator yields follow the client that read them too.
    contacts = list(asked.contact_lists.iter_contacts("cl-1"))
    assert contacts and all(canaries.found_in(repr(contact)) for contact in contacts)
    values_hidden.setenv(SHOW_VALUES_ENV, "1")
    quiet = overlay_client(answer, retry=None, rate_limit=None, show_values=False)
    assert not any(canaries.found_in(repr(contact)) for contact in quiet.contact_lists.iter_contacts("cl-1"))


# --- the overlay's own reprs and texts -----------------------------------------------------------------------

PHONE = "+14155550142"  # canaries of the hand-written parts: a phone number, names, a custom field's value
FIRST, LAST, NOTE = "Canaryfirst", "Canarylast", "Canarynote"
SHORT_PHONE = "+1999777"  # refused: too short
CANARY_TEXTS = ("4155550142", FIRST, LAST, NOTE, "1999777")


def leaks(*texts: str) -> list[str]:
    return [canary for canary in CANARY_TEXTS if any(canary in text for text in texts)]


def test_import_rows_and_summaries_mask_their_values(values_hidden: pytest.MonkeyPatch) -> None:
    rows = read_contacts([{"phoneNumber": PHONE, "firstName": FIRST}, {"phoneNumber": SHORT_PHONE, "lastName": LAST}])
    (contact,) = rows.contacts
    (refused,) = rows.refused
    summary = ImportSummary(list_name="Renewals", rows=2, contacts=1, refused=[refused])
    texts = [repr(contact), repr(refused), str(refused), repr(summary), str(summary), repr(rows)]
    assert not leaks(*texts), texts
    assert repr(refused).endswith(f"value=<hidden: {len(SHORT_PHONE)} chars>)")
    assert repr(contact) == (
        f"ContactRow(row=1, line=None, contact={{'phoneNumber': <hidden: {len(PHONE)} chars>, "
        f"'firstName': <hidden: {len(FIRST)} chars>}})"
    )
    assert contact.contact == {"phoneNumber": PHONE, "firstName": FIRST} and refused.value == SHORT_PHONE

    values_hidden.setenv(SHOW_VALUES_ENV, "1")
    assert set(leaks(repr(contact), repr(summary))) == {"4155550142", FIRST, "1999777"}
    assert not leaks(str(refused))  # str() is the line an error text quotes: describe(show_value=True) shows it


def test_a_refused_import_names_rows_without_values_unless_the_client_asks(
    values_hidden: pytest.MonkeyPatch, records: Records
) -> None:
    def nothing_is_sent(request: httpx.Request) -> httpx.Response:
        raise AssertionError("a refused import sends nothing")

    source = [{"phoneNumber": SHORT_PHONE, "firstName": FIRST}, {"phoneNumber": PHONE, "customerNote": NOTE}]
    for show_values, shown in ((None, False), (False, False), (True, True)):
        client = overlay_client(nothing_is_sent, retry=None, rate_limit=None, show_values=show_values)
        with pytest.raises(KoreImportRefused) as raised:
            import_contacts(client, source, list_name="Renewals")
        texts = [str(raised.value), repr(raised.value), repr(raised.value.refused)]
        assert bool(leaks(*texts)) is shown, texts
    assert not leaks(records.text)  # the unknown key is named (a field name), never a value


def test_a_file_without_a_header_line_is_refused_without_quoting_its_first_contact(
    tmp_path: Path, values_hidden: pytest.MonkeyPatch
) -> None:
    headerless = tmp_path / "contacts.csv"
    headerless.write_text(f"{PHONE},{FIRST},{LAST}\r\n+14155550143,Ann,Lee\r\n", encoding="utf-8")
    with pytest.raises(KoreImportError) as raised:
        read_contacts(headerless)
    assert not leaks(str(raised.value)), str(raised.value)
    assert "<hidden: 12 chars>" in str(raised.value) and f"{SHOW_VALUES_ENV}=1 shows them" in str(raised.value)
    with pytest.raises(KoreImportError) as raised:
        read_contacts(headerless, show_values=True)
    assert PHONE in str(raised.value)
    # A header read with the wrong delimiter is column names, quoted as before.
    wrong = tmp_path / "semicolons.csv"
    wrong.write_text(f"phoneNumber;firstName\r\n{PHONE};{FIRST}\r\n", encoding="utf-8")
    with pytest.raises(KoreImportError, match="'phoneNumber;firstName'"):
        read_contacts(wrong, delimiter=",")


def test_the_webhook_kit_masks_contact_and_partner_data(values_hidden: pytest.MonkeyPatch) -> None:
    body = {
        "CampaignName": "Q3 Renewal Outreach",
        "CampaignId": "cd-1",
        "DialingId": "D-1",
        "contactData": {"firstName": FIRST, "phoneNumber": PHONE},
        "lastName": LAST,  # beside contactData, as the page's table lists it: read as a contact field
        "firstName": "Canaryfirst-beside",  # beside, and already in contactData: kept in extra
    }
    request = webhooks.parse_request(json.dumps(body).encode())
    answer = webhooks.call({"riskScore": NOTE})
    received = Answer(200, {"content-type": "application/json"}, answer.body())
    decision = decide(received, request.contact)
    texts = [repr(request), repr(request.to_model()), repr(answer), repr(answer.to_model()), repr(received)]
    texts += [repr(decision), str(decision), decision.reason, *request.problems]
    assert not leaks(*texts), texts
    assert "'phoneNumber': <hidden: 12 chars>" in repr(request) and "'Q3 Renewal Outreach'" in repr(request)
    assert decision.fields == {"riskScore": NOTE} and request.contact["lastName"] == LAST

    values_hidden.setenv(SHOW_VALUES_ENV, "1")
    assert set(leaks(repr(request), repr(answer), repr(decision), repr(request.to_model()))) == {
        "4155550142",
        FIRST,
        LAST,
        NOTE,
    }


# --- the command line: an import and a webhook trigger ---------------------------------------------------------


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with serve_in_background(mock_app(dialling=False, rate_limit_per_minute=0)) as url:
        yield url


@pytest.fixture
def cli_logging() -> Iterator[None]:
    """--verbose adds stderr handlers and levels to these loggers; other tests expect them untouched."""
    loggers = [logging.getLogger(name) for name in ("kore_campaigns", "httpx", "kore_campaigns_client")]
    saved = [(logger.level, list(logger.handlers)) for logger in loggers]
    yield
    for logger, (level, handlers) in zip(loggers, saved, strict=True):
        logger.setLevel(level)
        logger.handlers[:] = handlers


def run_cli(env: dict[str, str], *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), env=env)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout + result.stderr


def test_an_import_through_the_command_line_shows_and_logs_no_contact_value(
    mock_url: str, tmp_path: Path, records: Records, cli_logging: None
) -> None:
    env = {
        "KORE_CLIENT_ID": DEMO_CLIENT_ID,
        "KORE_CLIENT_SECRET": DEMO_CLIENT_SECRET,
        "KORE_ACCOUNT_ID": DEMO_ACCOUNT_ID,
        "KORE_BOT_ID": DEMO_BOT_ID,
        "KORE_BASE_URL": mock_url,
        "KORE_RATE_LIMIT_PER_MINUTE": "1000000",
        "KORE_DEFAULT_REGION": "",
        SHOW_VALUES_ENV: "",
    }
    export = tmp_path / "export.csv"
    with export.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(["Phone Number", "First Name", "Last Name", "Customer Note"])
        writer.writerow([PHONE, FIRST, LAST, NOTE])
        writer.writerow([PHONE, FIRST, LAST, NOTE])  # twice: counted, never named
        writer.writerow([SHORT_PHONE, FIRST, LAST, NOTE])  # refused
    headerless = tmp_path / "headerless.csv"
    headerless.write_text(f"{PHONE},{FIRST},{LAST}\r\n", encoding="utf-8")
    outputs: list[str] = []

    code, output = run_cli(env, "--verbose", "contact-lists", "import", str(export), "--list", "Privacy", "--create")
    assert code == 1 and "1 of 3 rows refused" in output, output  # refused: nothing sent
    outputs.append(output)
    for args in (["--skip-invalid"], ["--skip-invalid", "--json"]):
        name = f"Privacy {len(outputs)}"
        code, output = run_cli(
            env, "--verbose", "contact-lists", "import", str(export), "--list", name, "--create", *args
        )
        assert code == 0 and "Customer Note" in output, output
        outputs.append(output)
    code, output = run_cli(env, "--verbose", "contact-lists", "import", str(headerless), "--list", "Privacy")
    assert code == 1 and "names no phoneNumber column" in output, output
    outputs.append(output)

    assert not leaks(*outputs, records.text), [text for text in [*outputs, records.text] if leaks(text)]
    # The contact is in the list, values and all (the list made by --create keeps a number once).
    with _client(mock_url) as client:
        (made,) = [item for item in client.contact_lists.list_contact_lists().data if item.name == "Privacy 1"]
        contacts = list(client.contact_lists.iter_contacts(str(made.field_id)))
    assert [(c.phone_number, c.first_name, c.last_name) for c in contacts] == [(PHONE, FIRST, LAST)]

    # Asked for, the values show: the check above could fail.
    code, output = run_cli(env, "--show-values", "contact-lists", "import", str(export), "--list", "Privacy")
    assert code == 1 and SHORT_PHONE in output, output


def _client(url: str) -> KoreClient:
    import kore_campaigns

    return kore_campaigns.create_client(
        client_id=DEMO_CLIENT_ID,
        client_secret=DEMO_CLIENT_SECRET,
        account_id=DEMO_ACCOUNT_ID,
        bot_id=DEMO_BOT_ID,
        base_url=url,
        rate_limit=None,
    )


def test_a_webhook_trigger_shows_and_logs_no_contact_value(
    monkeypatch: pytest.MonkeyPatch, records: Records, cli_logging: None
) -> None:
    receiver_log = logging.getLogger("receiver")
    seen: list[webhooks.PreCallRequest] = []

    def handler(request: webhooks.PreCallRequest) -> webhooks.PreCallAnswer:
        # What a receiver's author writes: its reprs go into the log.
        receiver_log.info("pre-call fetch: %r", request)
        receiver_log.info("as the generated model: %r", request.to_model())
        seen.append(request)
        if request.contact.get("lastName") == "Fails":
            raise RuntimeError("the partner's store is down")
        return webhooks.call({"riskScore": "Medium"})

    def receive(request: httpx.Request) -> httpx.Response:
        reply = webhooks.respond(handler, body=request.content, headers=list(request.headers.items()))
        return httpx.Response(reply.status, headers=list(reply.headers), content=reply.body)

    # The trigger posts with its own httpx.Client: give it the in-process receiver.
    monkeypatch.setattr(httpx, "Client", functools.partial(httpx.Client, transport=httpx.MockTransport(receive)))
    monkeypatch.delenv(SHOW_VALUES_ENV, raising=False)
    contact = {"phoneNumber": PHONE, "firstName": FIRST, "lastName": LAST, "note": NOTE}
    outputs = []
    for extra, expected in (([], 0), (["--json"], 0)):
        code, output = run_cli(
            {}, "--verbose", "webhooks", "trigger", "http://receiver.test/", "--contact", json.dumps(contact), *extra
        )
        assert code == expected, output
        outputs.append(output)
    failing = {**contact, "lastName": "Fails"}
    code, output = run_cli(
        {}, "--verbose", "webhooks", "trigger", "http://receiver.test/", "--contact", json.dumps(failing)
    )
    assert code == 1 and "HTTP 500" in output, output
    outputs.append(output)
    assert len(seen) == 3 and seen[0].contact == contact
    assert "the partner's store is down" in records.text  # the handler's failure is logged, with its traceback
    assert not leaks(*outputs, records.text), [text for text in [*outputs, records.text] if leaks(text)]

    records.lines.clear()
    code, output = run_cli(
        {}, "--show-values", "webhooks", "trigger", "http://receiver.test/", "--contact", json.dumps(contact)
    )
    assert code == 0 and set(leaks(records.text)) == {"4155550142", FIRST, LAST, NOTE}


def test_a_failed_comparison_of_models_names_the_fields_not_their_values(values_hidden: pytest.MonkeyPatch) -> None:
    import conftest

    first = models.NewContact(phone_number=PHONE, first_name=FIRST)
    second = models.NewContact(phone_number="+14155550143", first_name=FIRST)
    lines = conftest.pytest_assertrepr_compare(None, "==", first, second)  # type: ignore[arg-type]
    assert lines is not None and not leaks(*lines) and "4155550143" not in "\n".join(lines)
    assert lines[-1].startswith("Differing fields: phoneNumber (")
    assert conftest.pytest_assertrepr_compare(None, "==", "a", "b") is None  # type: ignore[arg-type]
    values_hidden.setenv(SHOW_VALUES_ENV, "1")
    assert conftest.pytest_assertrepr_compare(None, "==", first, second) is None  # type: ignore[arg-type]


# --- the generator's side: the marks the adapter reads, the mistakes it refuses ---------------------------------


def adapter_models(schemas: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    from scripts import generator_adapter

    document = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}
    document["components"] = {"schemas": schemas}
    return generator_adapter.read_models(document, ROOT / "scripts" / "openapi-python-client.yaml"), document


def test_the_adapter_reads_marks_on_fields_on_referred_schemas_on_items_and_on_whole_objects() -> None:
    from scripts.generator_adapter import GenerationError, PersonalData, personal_data

    phone = {"type": "string", MARK: True}
    schemas = {
        "Phone": phone,
        "Person": {
            "type": "object",
            MARK: True,
            "properties": {"id": {"type": "string", MARK: False}, "name": {"type": "string"}},
        },
        "Holder": {
            "type": "object",
            "properties": {
                "phone": {"$ref": "#/components/schemas/Phone"},
                "phones": {"type": "array", "items": {"$ref": "#/components/schemas/Phone"}},
                "people": {"type": "array", "items": {"$ref": "#/components/schemas/Person"}},
                "note": {"type": "string", MARK: True},
                "count": {"type": "integer"},
            },
        },
    }
    found, document = adapter_models(schemas)
    assert personal_data(found["Person"], document) == PersonalData(("name",), True)
    assert personal_data(found["Holder"], document) == PersonalData(("phone", "phones", "people", "note"), False)

    inline = {"type": "object", MARK: True, "properties": {"address": {"type": "object", "properties": {}}}}
    found, document = adapter_models({"Person": inline})
    with pytest.raises(GenerationError, match=r"Person\.address: an object inside a schema marked x-personal-data"):
        personal_data(found["Person"], document)
    found, document = adapter_models({"Person": {"type": "object", MARK: "yes", "properties": {}}})
    with pytest.raises(GenerationError, match="Person: x-personal-data must be true or false, not 'yes'"):
        personal_data(found["Person"], document)
