"""Bulk import (issue 28) and contacts from real files (issue 30), in-process against the mock.

The answer of a call is lost on purpose by a transport under the client (the service acted, the
client never heard), then the import is run again: the list must hold every row exactly once.
Spreadsheet exports (BOM, CRLF, formatted numbers, Windows-1252, binary, semicolons, header only)
go through the command line (Click's runner). tests/test_import_faults.py kills real processes.
"""

from __future__ import annotations

import codecs
import io
import json
import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import kore_campaigns
import phonenumbers
import pytest
import yaml
from click.testing import CliRunner
from filelock import FileLock
from kore_campaigns import AsyncKoreClient, KoreClient
from kore_campaigns.bulk import MAX_CONTACTS_PER_CALL
from kore_campaigns.cli import main
from kore_campaigns.contact_rows import (
    MAX_FIELD_LENGTH,
    PHONE_FIELD,
    SPEC_PHONE_NUMBER,
    _canonical,
    _possible_length,
    accepted_columns,
    normalise_phone_number,
)
from kore_campaigns_mock import DEMO_ACCOUNT_ID, DEMO_BOT_ID, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from kore_campaigns_mock.background import serve_in_background
from kore_campaigns_mock.testing import mock_app

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))["components"]["schemas"]
ADD_CONTACTS = "/campaign/contactList/addContacts"


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with serve_in_background(mock_app(dialling=False, rate_limit_per_minute=0)) as url:
        yield url


def make_client(url: str, **options: Any) -> KoreClient:
    arguments: dict[str, Any] = {
        "client_id": DEMO_CLIENT_ID,
        "client_secret": DEMO_CLIENT_SECRET,
        "account_id": DEMO_ACCOUNT_ID,
        "bot_id": DEMO_BOT_ID,
        "base_url": url,
        "rate_limit": None,
    }
    return kore_campaigns.create_client(**(arguments | options))


@pytest.fixture
def client(mock_url: str) -> Iterator[KoreClient]:
    with make_client(mock_url) as made:
        yield made


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    """The command line turns the kore_campaigns logger to INFO on stderr; other tests expect it untouched."""
    logger = logging.getLogger("kore_campaigns")
    level, handlers = logger.level, list(logger.handlers)
    yield
    logger.setLevel(level)
    logger.handlers[:] = handlers


class LoseAnswer(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Real HTTP, except for add-contacts call number ``nth``: its answer is lost after the service
    acted on it (``acted=True``), or the call is lost before it reaches the service."""

    def __init__(self, nth: int, *, acted: bool) -> None:
        self.nth, self.acted, self.calls = nth, acted, 0
        self.sync, self.async_ = httpx.HTTPTransport(), httpx.AsyncHTTPTransport()

    def _fault(self, request: httpx.Request) -> bool:
        if not request.url.path.endswith(ADD_CONTACTS):
            return False
        self.calls += 1
        return self.calls == self.nth

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not self._fault(request):
            return self.sync.handle_request(request)
        if self.acted:
            self.sync.handle_request(request).read()
        raise httpx.ReadError("the answer was lost", request=request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not self._fault(request):
            return await self.async_.handle_async_request(request)
        if self.acted:
            await (await self.async_.handle_async_request(request)).aread()
        raise httpx.ReadError("the answer was lost", request=request)


def rows_of(count: int, prefix: str) -> list[dict[str, str]]:
    rows = [{"phoneNumber": f"+1{prefix}{n:07d}", "firstName": f"n{n}"} for n in range(count)]
    rows[12] = dict(rows[3])  # one number twice, in two chunks: a list that keeps duplicates keeps both
    return rows


def phones_in(client: KoreClient, list_id: str) -> list[str]:
    return [str(contact.phone_number) for contact in client.contact_lists.iter_contacts(list_id)]


def new_list(client: KoreClient, name: str, *, duplicates: bool = True) -> str:
    data = client.contact_lists.create_contact_list(name=name, description="d", allow_duplicates=duplicates).data
    return str(data.field_id)


def list_id_named(client: KoreClient, name: str) -> str | None:
    found = [item for item in client.contact_lists.list_contact_lists().data if item.name == name]
    return str(found[0].field_id) if found else None


# --- One fact, one place ---------------------------------------------------------------------------------


def test_the_limits_and_fields_are_the_specs() -> None:
    new_contact = SCHEMAS["NewContact"]
    assert accepted_columns() == list(new_contact["properties"])
    assert accepted_columns()[0] == PHONE_FIELD and new_contact["required"] == [PHONE_FIELD]
    assert SCHEMAS["AddContactsRequest"]["properties"]["data"]["maxItems"] == MAX_CONTACTS_PER_CALL
    lengths = {name: spec.get("maxLength") for name, spec in new_contact["properties"].items() if name != PHONE_FIELD}
    assert set(lengths.values()) == {MAX_FIELD_LENGTH}
    assert SCHEMAS["ContactPhoneNumber"]["pattern"] == f"^{SPEC_PHONE_NUMBER.pattern}$"


# --- Phone numbers -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "region", "expected"),
    [
        ("(510) 555-0100", "US", "+15105550100"),
        ("+1 510-555-0101", None, "+15105550101"),
        ("510.555.0102", "US", "+15105550102"),
        ("15105550103", "US", "+15105550103"),
        ("+44 (0)20 7946 0958", None, "+442079460958"),
        ("020 7946 0958", "GB", "+442079460958"),
        ("+390612345678", None, "+390612345678"),  # Italy's leading zero stays
        ("+15105550100", "GB", "+15105550100"),  # a + number ignores the region
    ],
)
def test_numbers_as_people_write_them_become_e164(value: str, region: str | None, expected: str) -> None:
    assert normalise_phone_number(value, region) == (expected, "")


@pytest.mark.parametrize(
    ("value", "region", "reason"),
    [
        ("5105550102", None, "has no country code"),
        ("1.51056E+10", "US", "is in scientific notation"),
        ("15105550100.0", "US", "ends in .0"),
        ("510-555-0100 ext. 12", "US", "has an extension"),
        ("12", "US", "is too short"),
        ("abc", "US", "is not a phone number"),
        ("+999 1234567", None, "has an unknown country code"),
        ("+1 510 555 01000000", None, "too long"),
        ("   ", "US", "is required"),
    ],
)
def test_numbers_that_cannot_be_read_are_refused_with_a_reason(value: str, region: str | None, reason: str) -> None:
    phone, why = normalise_phone_number(value, region)
    assert phone is None and reason in why
    assert value.strip() not in why or not value.strip()  # the reason never repeats the value


def test_texts_name_the_python_keywords_or_under_the_command_line_its_options() -> None:
    from kore_campaigns.cli.contact_import import OPTION_SPELLING
    from kore_campaigns.contact_rows import PYTHON_SPELLING, spelt_as

    _, why = normalise_phone_number("(510) 555-0100", None)
    assert "(region=, e.g. US)" in why and "--region" not in why
    with spelt_as(OPTION_SPELLING):
        _, why = normalise_phone_number("(510) 555-0100", None)
    assert "(--region, e.g. US)" in why and "region=" not in why
    assert OPTION_SPELLING.keys() == PYTHON_SPELLING.keys()  # every argument has its option
    with pytest.raises(ValueError, match="needs a spelling of"), spelt_as({"region": "--region"}):
        pass


def test_the_fast_path_for_e164_agrees_with_libphonenumber() -> None:
    # Every example number of every region and type, written in E.164: the fast path keeps it or
    # leaves it to the full parse, and what it keeps is what libphonenumber would produce.
    kept = 0
    for region in phonenumbers.SUPPORTED_REGIONS:
        for kind in range(12):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is None:
                continue
            e164 = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
            fast = _canonical(e164)
            parsed = phonenumbers.parse(e164, None)
            slow = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
            if fast is not None:
                kept += 1
                assert phonenumbers.is_possible_number(parsed) and fast == slow, e164
    assert kept > 1000
    # "possible" depends only on the country code and the national number's length (what is cached).
    for country_code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
        for digits in range(4, 15):
            for lead in "2589":
                number = phonenumbers.PhoneNumber(country_code=country_code, national_number=int(lead * digits))
                assert phonenumbers.is_possible_number(number) == _possible_length(country_code, digits)


# --- Refused rows, values, empty input -------------------------------------------------------------------------


def test_a_refused_row_sends_nothing_and_keeps_its_value_out_of_texts(
    client: KoreClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [{"phoneNumber": "+15105550100"}, {"phoneNumber": "(510) 555-01"}]
    with pytest.raises(kore_campaigns.KoreImportRefused) as refused:
        client.import_contacts(rows, list_name="never made", create=True, region="US")
    assert "(510) 555-01" not in str(refused.value) and "(510) 555-01" not in repr(refused.value.refused)
    assert refused.value.refused[0].value == "(510) 555-01"  # kept for the caller who shows values
    assert "1 of 2 rows refused, nothing sent" in str(refused.value)
    assert list_id_named(client, "never made") is None
    monkeypatch.setenv("KORE_SHOW_VALUES", "1")
    with pytest.raises(kore_campaigns.KoreImportRefused, match=r"phoneNumber \('\(510\) 555-01'\) is too short"):
        client.import_contacts(rows, list_name="never made", create=True, region="US")


def test_empty_input_is_refused_and_creates_no_list(client: KoreClient, tmp_path: Path) -> None:
    with pytest.raises(kore_campaigns.KoreImportError, match="no contact rows: nothing to send, no list created"):
        client.import_contacts([], list_name="empty import", create=True)
    header_only = tmp_path / "header.csv"
    header_only.write_text("phoneNumber,firstName\r\n", encoding="utf-8")
    with pytest.raises(kore_campaigns.KoreImportError, match="no contact rows"):
        client.import_contacts(header_only, list_name="empty import", create=True)
    assert list_id_named(client, "empty import") is None


def test_unknown_keys_are_named_in_a_warning(client: KoreClient, caplog: pytest.LogCaptureFixture) -> None:
    rows = [{"phone_number": "+15105550190", "Account No": "A-1", "first name": "Ann"}]
    new_list(client, "warned")
    with caplog.at_level(logging.WARNING, logger="kore_campaigns.bulk"):
        summary = client.import_contacts(rows, list_name="warned")
    assert summary.unknown_columns == ["Account No"]
    assert any("not contact fields: Account No" in record.getMessage() for record in caplog.records)
    (contact,) = client.contact_lists.iter_contacts(summary.list_id)
    assert (contact.phone_number, contact.first_name) == ("+15105550190", "Ann")


# --- Exactly once ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("duplicates", [True, False], ids=["list keeps duplicates", "list skips duplicates"])
@pytest.mark.parametrize("acted", [True, False], ids=["answer lost", "call lost"])
def test_a_chunk_whose_answer_never_came_is_settled_against_the_list(
    mock_url: str, client: KoreClient, tmp_path: Path, duplicates: bool, acted: bool
) -> None:
    name = f"lost {duplicates} {acted}"
    list_id = new_list(client, name, duplicates=duplicates)
    rows = rows_of(25, f"5{int(duplicates)}{int(acted)}")
    checkpoint = tmp_path / "import.json"
    faulty = make_client(mock_url, transport=LoseAnswer(2, acted=acted))
    with faulty, pytest.raises(kore_campaigns.KoreImportStopped) as stopped:
        faulty.import_contacts(rows, list_name=name, checkpoint=checkpoint, chunk_size=10)
    assert "stopped after 1 of 3 chunks (10 contacts; chunk 2 was on its way" in str(stopped.value)
    assert f"the checkpoint {checkpoint} is kept" in str(stopped.value)
    assert "+1" not in str(stopped.value)  # no phone number in the text
    assert json.loads(checkpoint.read_text())["inFlight"]["chunk"] == 1

    summary = client.import_contacts(rows, list_name=name, checkpoint=checkpoint, chunk_size=10)
    expected = [row["phoneNumber"] for row in rows]
    if duplicates:
        assert phones_in(client, list_id) == expected  # every row once, in order
        assert summary.checked_in_list == (10 if acted else 0)
        assert (summary.resumed, summary.sent) == ((20, 5) if acted else (10, 15))
    else:
        assert phones_in(client, list_id) == list(dict.fromkeys(expected))  # the service keeps each number once
        assert (summary.resumed, summary.sent) == (10, 15)  # the chunk is sent again; the service skips what it has
    assert not checkpoint.exists()


def test_a_chunk_partly_in_the_list_sends_only_what_is_missing(
    mock_url: str, client: KoreClient, tmp_path: Path
) -> None:
    list_id = new_list(client, "partly")
    rows = rows_of(25, "520")
    checkpoint = tmp_path / "import.json"
    with (
        make_client(mock_url, transport=LoseAnswer(2, acted=False)) as faulty,
        pytest.raises(kore_campaigns.KoreImportStopped),
    ):
        faulty.import_contacts(rows, list_name="partly", checkpoint=checkpoint, chunk_size=10)
    # As if the service had taken the first 3 contacts of chunk 2 only.
    client.contact_lists.add_contacts_to_contact_list(contact_list_name="partly", data=_models(rows[10:13]))
    with (
        make_client(mock_url, transport=LoseAnswer(1, acted=True)) as faulty,
        pytest.raises(kore_campaigns.KoreImportStopped),
    ):
        faulty.import_contacts(rows, list_name="partly", checkpoint=checkpoint, chunk_size=10)
    assert json.loads(checkpoint.read_text())["inFlight"]["rows"] == [3, 4, 5, 6, 7, 8, 9]
    summary = client.import_contacts(rows, list_name="partly", checkpoint=checkpoint, chunk_size=10)
    assert (summary.resumed, summary.checked_in_list, summary.sent) == (20, 7, 5)
    assert phones_in(client, list_id) == [row["phoneNumber"] for row in rows]


def _models(rows: list[dict[str, str]]) -> list[Any]:
    from kore_campaigns_client.models import NewContact

    return [NewContact.from_dict(row) for row in rows]


def test_the_async_client_keeps_the_same_promise(mock_url: str, client: KoreClient, tmp_path: Path) -> None:
    list_id = new_list(client, "async exactly once")
    rows = rows_of(25, "530")
    checkpoint = tmp_path / "import.json"

    def async_client(**options: Any) -> AsyncKoreClient:
        return kore_campaigns.create_async_client(
            client_id=DEMO_CLIENT_ID,
            client_secret=DEMO_CLIENT_SECRET,
            account_id=DEMO_ACCOUNT_ID,
            bot_id=DEMO_BOT_ID,
            base_url=mock_url,
            rate_limit=None,
            **options,
        )

    async def run() -> kore_campaigns.ImportSummary:
        async with async_client(async_transport=LoseAnswer(3, acted=True)) as faulty:
            with pytest.raises(kore_campaigns.KoreImportStopped):
                await faulty.import_contacts(rows, list_name="async exactly once", checkpoint=checkpoint, chunk_size=10)
        async with async_client() as healthy:
            return await healthy.import_contacts(
                rows, list_name="async exactly once", checkpoint=checkpoint, chunk_size=10
            )

    summary = anyio.run(run)
    assert (summary.resumed, summary.checked_in_list, summary.sent) == (25, 5, 0)
    assert phones_in(client, list_id) == [row["phoneNumber"] for row in rows]


def test_a_second_run_of_the_same_import_refuses(client: KoreClient, tmp_path: Path) -> None:
    checkpoint = tmp_path / "import.json"
    held = FileLock(str(checkpoint) + ".lock", timeout=0)  # as another process running the import holds it
    with held, pytest.raises(kore_campaigns.KoreImportError, match="another import is running with the checkpoint"):
        client.import_contacts([{"phoneNumber": "+15105550100"}], list_name="testdnc", checkpoint=checkpoint)


def test_a_list_made_again_under_the_same_name_is_not_the_old_one(
    mock_url: str, client: KoreClient, tmp_path: Path
) -> None:
    old_id = new_list(client, "remade")
    rows = rows_of(25, "540")
    checkpoint = tmp_path / "import.json"
    with (
        make_client(mock_url, transport=LoseAnswer(3, acted=True)) as faulty,
        pytest.raises(kore_campaigns.KoreImportStopped),
    ):
        faulty.import_contacts(rows, list_name="remade", checkpoint=checkpoint, chunk_size=10)
    client.contact_lists.delete_contact_list(old_id)
    new_id = new_list(client, "remade")
    with pytest.raises(kore_campaigns.KoreImportError) as refused:
        client.import_contacts(rows, list_name="remade", checkpoint=checkpoint, chunk_size=10)
    assert f"the list of that name now is {new_id}, another list" in str(refused.value)
    # The Python API's message names its keywords; the command line's its options (test_cli.py).
    assert "Nothing was sent: run again with restart=True" in str(refused.value)
    assert "--restart" not in str(refused.value)
    assert phones_in(client, new_id) == []
    summary = client.import_contacts(rows, list_name="remade", checkpoint=checkpoint, chunk_size=10, restart=True)
    assert (summary.resumed, summary.sent) == (0, 25)
    assert phones_in(client, new_id) == [row["phoneNumber"] for row in rows]


def test_a_list_gone_is_not_made_again_without_restart(mock_url: str, client: KoreClient, tmp_path: Path) -> None:
    old_id = new_list(client, "gone")
    rows = rows_of(25, "550")
    checkpoint = tmp_path / "import.json"
    with (
        make_client(mock_url, transport=LoseAnswer(2, acted=True)) as faulty,
        pytest.raises(kore_campaigns.KoreImportStopped),
    ):
        faulty.import_contacts(rows, list_name="gone", checkpoint=checkpoint, chunk_size=10)
    client.contact_lists.delete_contact_list(old_id)
    with pytest.raises(kore_campaigns.KoreImportError, match=r"which no longer exists\. Nothing was sent"):
        client.import_contacts(rows, list_name="gone", create=True, checkpoint=checkpoint, chunk_size=10)
    assert list_id_named(client, "gone") is None
    summary = client.import_contacts(
        rows, list_name="gone", create=True, checkpoint=checkpoint, chunk_size=10, restart=True
    )
    # A list made by the import skips duplicate numbers (the service's default): the repeated row once.
    assert phones_in(client, summary.list_id) == list(dict.fromkeys(row["phoneNumber"] for row in rows))


def test_restart_refuses_while_the_checkpoints_list_holds_the_earlier_chunks(
    mock_url: str, client: KoreClient, tmp_path: Path
) -> None:
    new_list(client, "kept")
    rows = rows_of(25, "560")
    checkpoint = tmp_path / "import.json"
    with (
        make_client(mock_url, transport=LoseAnswer(2, acted=True)) as faulty,
        pytest.raises(kore_campaigns.KoreImportStopped),
    ):
        faulty.import_contacts(rows, list_name="kept", checkpoint=checkpoint, chunk_size=10)
    with pytest.raises(kore_campaigns.KoreImportError, match=r"run without restart=True to send the rest"):
        client.import_contacts(rows, list_name="kept", checkpoint=checkpoint, chunk_size=10, restart=True)
    new_list(client, "other list")
    with pytest.raises(kore_campaigns.KoreImportError, match="not to 'other list'"):
        client.import_contacts(rows, list_name="other list", checkpoint=checkpoint, chunk_size=10)


def test_ctrl_c_leaves_a_checkpoint_the_next_run_settles(client: KoreClient, tmp_path: Path) -> None:
    list_id = new_list(client, "interrupted")
    rows = rows_of(25, "570")
    checkpoint = tmp_path / "import.json"

    def interrupt(done: int, _total: int) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(kore_campaigns.KoreImportInterrupted) as stopped:
        client.import_contacts(rows, list_name="interrupted", checkpoint=checkpoint, chunk_size=10, on_chunk=interrupt)
    assert isinstance(stopped.value, KeyboardInterrupt) and stopped.value.signal_number == 2
    assert stopped.value.summary.progress() == "2 of 3 chunks (20 contacts)"
    summary = client.import_contacts(rows, list_name="interrupted", checkpoint=checkpoint, chunk_size=10)
    assert (summary.resumed, summary.sent) == (20, 5)
    assert phones_in(client, list_id) == [row["phoneNumber"] for row in rows]


# --- Files as spreadsheets export them, through the command line ---------------------------------------------


@pytest.fixture
def env(mock_url: str) -> dict[str, str]:
    return {
        "KORE_CLIENT_ID": DEMO_CLIENT_ID,
        "KORE_CLIENT_SECRET": DEMO_CLIENT_SECRET,
        "KORE_ACCOUNT_ID": DEMO_ACCOUNT_ID,
        "KORE_BOT_ID": DEMO_BOT_ID,
        "KORE_BASE_URL": mock_url,
        "KORE_RATE_LIMIT_PER_MINUTE": "1000000",
        "KORE_DEFAULT_REGION": "",
        "KORE_SHOW_VALUES": "",
    }


def cli(env: dict[str, str], *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["contact-lists", "import", *args], env=env)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert "Traceback" not in result.stderr
    return result.exit_code, result.stdout, result.stderr


EXCEL_EXPORT = (
    "Phone Number,First Name,Last Name,Account No,\r\n"
    "(510) 555-0100,Ada,Lovelace,A-1,\r\n"
    "+1 510-555-0101,Alan,Turing,A-2,\r\n"
    "510.555.0102,Grace,Hopper,A-3,\r\n"
    ",,,,\r\n"
)


@pytest.mark.parametrize("region_from", ["--region", "KORE_DEFAULT_REGION"])
def test_an_excel_export_imports_as_e164(
    env: dict[str, str], tmp_path: Path, client: KoreClient, region_from: str
) -> None:
    csv_file = tmp_path / "export.csv"
    csv_file.write_bytes(codecs.BOM_UTF8 + EXCEL_EXPORT.encode("utf-8"))
    name = f"excel {region_from}"
    args = [str(csv_file), "--list", name, "--create"]
    if region_from == "--region":
        args += ["--region", "us"]
    else:
        env = {**env, "KORE_DEFAULT_REGION": "US"}
    code, out, err = cli(env, *args)
    assert code == 0, (out, err)
    assert "3 contacts sent" in out
    assert "not contact fields: Account No" in err  # named in a warning, not sent
    list_id = list_id_named(client, name)
    assert list_id is not None
    contacts = list(client.contact_lists.iter_contacts(list_id))
    assert [(c.phone_number, c.first_name, c.last_name) for c in contacts] == [
        ("+15105550100", "Ada", "Lovelace"),
        ("+15105550101", "Alan", "Turing"),
        ("+15105550102", "Grace", "Hopper"),
    ]
    assert all("Account No" not in c.to_dict() for c in contacts)


def test_numbers_without_a_country_code_need_a_region(env: dict[str, str], tmp_path: Path, client: KoreClient) -> None:
    csv_file = tmp_path / "export.csv"
    csv_file.write_bytes(codecs.BOM_UTF8 + EXCEL_EXPORT.encode("utf-8"))
    code, _, err = cli(env, str(csv_file), "--list", "no region", "--create")
    assert code == 1
    assert "refused line 2: phoneNumber has no country code" in err
    assert "refused line 4: phoneNumber has no country code" in err
    assert "2 of 3 rows refused, nothing sent: fix them, or give --skip-invalid to send the other 1" in err
    assert "(510) 555-0100" not in err  # piped, values only when asked for
    assert list_id_named(client, "no region") is None
    code, _, err = cli({**env, "KORE_SHOW_VALUES": "1"}, str(csv_file), "--list", "no region", "--create")
    assert code == 1 and "refused line 2: phoneNumber ('(510) 555-0100') has no country code" in err
    code, _, err = cli(env, str(csv_file), "--list", "no region", "--create", "--region", "XX")
    assert code == 2 and "region must be a two-letter region code" in err


def test_a_list_named_in_another_case_is_named_not_missed(
    env: dict[str, str], tmp_path: Path, client: KoreClient
) -> None:
    """Names are matched exactly, but unique whatever their case: 'spring' is not 'no such list',
    and --create would only earn a 409 from the service."""
    list_id = new_list(client, "Spring Case")
    rows = [{"phoneNumber": "+15105550188"}]
    with pytest.raises(kore_campaigns.KoreImportError) as refused:
        client.import_contacts(rows, list_name="spring case", create=True)
    assert "'Spring Case' differs from it only in case; it cannot be created beside that one" in str(refused.value)
    assert "give list_name='Spring Case'" in str(refused.value)
    assert list_id_named(client, "spring case") is None and phones_in(client, list_id) == []
    csv_file = tmp_path / "one.csv"
    csv_file.write_text("phoneNumber\n+15105550188\n", encoding="utf-8")
    code, _, err = cli(env, str(csv_file), "--list", "SPRING CASE")
    assert code == 1 and "differs from it only in case: give --list 'Spring Case' to import into it" in err


def test_a_file_of_spreadsheet_spoilt_numbers_only(env: dict[str, str], tmp_path: Path, client: KoreClient) -> None:
    """Every row refused: no hint to send "the other 0"; one contact sent is one contact."""
    csv_file = tmp_path / "spoilt.csv"
    csv_file.write_text("phoneNumber\n1.51056E+10\n15105550100.0\n", encoding="utf-8")
    code, _, err = cli(env, str(csv_file), "--list", "spoilt", "--create")
    assert code == 1 and "refused line 2: phoneNumber is in scientific notation" in err
    assert err.splitlines()[-1] == "error: 2 of 2 rows refused, nothing sent: fix them"
    csv_file.write_text("phoneNumber\n+15105550177\n", encoding="utf-8")
    code, out, err = cli(env, str(csv_file), "--list", "spoilt", "--create")
    assert code == 0 and out.endswith(": 1 contact sent\n"), err


def test_a_windows_1252_file_needs_its_encoding(env: dict[str, str], tmp_path: Path, client: KoreClient) -> None:
    csv_file = tmp_path / "cp1252.csv"
    csv_file.write_bytes("phoneNumber,firstName\r\n+15105550110,Zoë\r\n+15105550111,José\r\n".encode("cp1252"))
    code, _, err = cli(env, str(csv_file), "--list", "cp1252", "--create")
    assert code == 1
    assert "line 2 is not UTF-8 text (byte 0xeb); give its encoding (--encoding" in err
    assert list_id_named(client, "cp1252") is None
    code, out, err = cli(env, str(csv_file), "--list", "cp1252", "--create", "--encoding", "cp1252")
    assert code == 0, (out, err)
    list_id = list_id_named(client, "cp1252")
    assert list_id is not None
    assert [c.first_name for c in client.contact_lists.iter_contacts(list_id)] == ["Zoë", "José"]
    code, _, err = cli(env, str(csv_file), "--list", "cp1252", "--encoding", "klingon")
    assert code == 2 and "unknown encoding 'klingon'" in err


def test_binary_files_are_refused_clearly(env: dict[str, str], tmp_path: Path) -> None:
    workbook = tmp_path / "contacts.xlsx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    workbook.write_bytes(buffer.getvalue())
    code, _, err = cli(env, str(workbook), "--list", "testdnc")
    assert code == 1 and "this is a zip archive (an Excel .xlsx workbook?), not a CSV file" in err
    image = tmp_path / "contacts.csv"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    code, _, err = cli(env, str(image), "--list", "testdnc")
    assert code == 1 and "not a text file (it holds NUL bytes)" in err


@pytest.mark.parametrize(
    ("delimiter", "given"), [(";", None), ("\t", None), ("|", None), (";", ";"), ("\t", "tab")], ids=str
)
def test_the_delimiter_is_sniffed_or_given(
    env: dict[str, str], tmp_path: Path, client: KoreClient, delimiter: str, given: str | None
) -> None:
    # European Excel: semicolons between cells, decimal commas inside them.
    lines = ["Phone Number;First Name;Balance", "+15105550120;Ann;12,50", "+15105550121;Bob;3,75"]
    csv_file = tmp_path / "export.csv"
    csv_file.write_text("\r\n".join(line.replace(";", delimiter) for line in lines) + "\r\n", encoding="utf-8")
    name = f"delimited {delimiter!r} {given}"
    args = [str(csv_file), "--list", name, "--create", *(["--delimiter", given] if given else [])]
    code, out, err = cli(env, *args)
    assert code == 0, (out, err)
    assert "not contact fields: Balance" in err
    list_id = list_id_named(client, name)
    assert list_id is not None
    assert [(c.phone_number, c.first_name) for c in client.contact_lists.iter_contacts(list_id)] == [
        ("+15105550120", "Ann"),
        ("+15105550121", "Bob"),
    ]


def test_a_wrong_delimiter_names_the_columns_it_read(env: dict[str, str], tmp_path: Path) -> None:
    csv_file = tmp_path / "export.csv"
    csv_file.write_text("phoneNumber;firstName\r\n+15105550130;Ann\r\n", encoding="utf-8")
    code, _, err = cli(env, str(csv_file), "--list", "testdnc", "--delimiter", ",")
    assert code == 1
    assert "the header names no phoneNumber column (read with delimiter ','" in err
    assert "accepted columns: phoneNumber, firstName" in err


def test_a_header_only_file_is_an_error_and_makes_no_list(
    env: dict[str, str], tmp_path: Path, client: KoreClient
) -> None:
    csv_file = tmp_path / "header.csv"
    csv_file.write_bytes(codecs.BOM_UTF8 + b"phoneNumber;firstName\r\n")
    code, _, err = cli(env, str(csv_file), "--list", "header only", "--create")
    assert code == 1 and "no contact rows: nothing to send, no list created" in err
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    code, _, err = cli(env, str(empty), "--list", "header only", "--create")
    assert code == 1 and "empty (it needs a header line" in err
    assert list_id_named(client, "header only") is None


def test_help_lists_the_columns_from_the_spec_and_the_exit_codes() -> None:
    result = CliRunner().invoke(main, ["contact-lists", "import", "--help"], terminal_width=400)
    assert result.exit_code == 0
    assert "phoneNumber, firstName, lastName, timeZone, uniqueId, contactPriority" in result.stdout
    assert ", ".join(SCHEMAS["NewContact"]["properties"]) in result.stdout
    for text in ("--skip-invalid", "--restart", "--region", "KORE_DEFAULT_REGION", "130 stopped by Ctrl-C", "143"):
        assert text in result.stdout


def test_json_summary_is_camel_case(env: dict[str, str], tmp_path: Path) -> None:
    csv_file = tmp_path / "contacts.csv"
    csv_file.write_text("phoneNumber\n+15105550140\n+15105550140\nnot a number\n", encoding="utf-8")
    code, out, err = cli(env, str(csv_file), "--list", "json summary", "--create", "--skip-invalid", "--json")
    assert code == 0, (out, err)
    summary = json.loads(out)
    assert set(summary) == {
        *("listId", "listName", "rows", "contacts", "chunks", "chunksDone", "chunksSent", "sent", "resumed"),
        *("checkedInList", "inFlight", "refused", "unknownColumns", "duplicatesInInput", "checkpoint"),
    }
    assert (summary["rows"], summary["sent"], summary["duplicatesInInput"]) == (3, 2, 1)
    assert summary["refused"] == [{"row": 3, "line": 4, "field": "phoneNumber", "reason": "is not a phone number"}]


def test_a_damaged_checkpoint_is_refused(mock_url: str, client: KoreClient, tmp_path: Path) -> None:
    new_list(client, "damaged")
    rows = rows_of(25, "580")
    checkpoint = tmp_path / "import.json"
    faulty = make_client(mock_url, transport=LoseAnswer(2, acted=True))
    with faulty, pytest.raises(kore_campaigns.KoreImportStopped):
        faulty.import_contacts(rows, list_name="damaged", checkpoint=checkpoint, chunk_size=10)
    state = json.loads(checkpoint.read_text())
    for change in ({"chunksDone": 2}, {"inFlight": {**state["inFlight"], "rows": [10]}}, {"chunks": 4}):
        checkpoint.write_text(json.dumps({**state, **change}))
        with pytest.raises(kore_campaigns.KoreImportError, match="is damaged"):
            client.import_contacts(rows, list_name="damaged", checkpoint=checkpoint, chunk_size=10)


def test_the_chunk_size_is_at_most_the_apis(env: dict[str, str], tmp_path: Path) -> None:
    csv_file = tmp_path / "contacts.csv"
    csv_file.write_text("phoneNumber\n+15105550150\n", encoding="utf-8")
    code, _, err = cli(env, str(csv_file), "--list", "testdnc", "--chunk-size", str(MAX_CONTACTS_PER_CALL + 1))
    assert code == 2 and f"at most {MAX_CONTACTS_PER_CALL} (the API's maximum)" in err


def test_a_renamed_list_is_named_not_taken_for_gone(mock_url: str, client: KoreClient, tmp_path: Path) -> None:
    list_id = new_list(client, "before the rename")
    rows = rows_of(25, "590")
    checkpoint = tmp_path / "import.json"
    faulty = make_client(mock_url, transport=LoseAnswer(2, acted=True))
    with faulty, pytest.raises(kore_campaigns.KoreImportStopped):
        faulty.import_contacts(rows, list_name="before the rename", checkpoint=checkpoint, chunk_size=10)
    client.contact_lists.update_contact_list(list_id, name="after the rename")
    with pytest.raises(kore_campaigns.KoreImportError, match="is now named 'after the rename'"):
        client.import_contacts(rows, list_name="before the rename", create=True, checkpoint=checkpoint, chunk_size=10)
    assert list_id_named(client, "before the rename") is None
    client.import_contacts(rows, list_name="after the rename", checkpoint=checkpoint, chunk_size=10)
    assert phones_in(client, list_id) == [row["phoneNumber"] for row in rows]


def test_json_refusal_lists_every_row_on_stderr(env: dict[str, str], tmp_path: Path) -> None:
    csv_file = tmp_path / "contacts.csv"
    csv_file.write_text("phoneNumber\n+15105550160\n12\nnot a number\n", encoding="utf-8")
    code, out, err = cli(env, str(csv_file), "--list", "testdnc", "--region", "US", "--json")
    assert code == 1 and out == ""
    failure = json.loads(err.strip().splitlines()[-1])["error"]  # the command line's one error shape
    assert failure["kind"] == "refused" and failure["exitCode"] == 1
    assert failure["message"] == (
        "2 of 3 rows refused, nothing sent: fix them, or give --skip-invalid to send the other 1"
    )
    assert [(row["line"], row["reason"]) for row in failure["refused"]] == [
        (3, "is too short for a number of its country"),
        (4, "is not a phone number"),
    ]
    assert all("value" not in row for row in failure["refused"])
