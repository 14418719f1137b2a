"""The work the client does for its user, against the mock: pagination (generated from the spec's
x-pagination), body fields by their natural names, waiting for a status, bulk contacts with
resume, and rate-limit waits made visible."""

from __future__ import annotations

import inspect
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import kore_campaigns
import pytest
from fakes import overlay_client
from kore_campaigns import AsyncKoreClient, KoreClient, KoreWaitTimeout
from kore_campaigns_client.api.contact_lists import ContactListsResource
from kore_campaigns_client.models import NewContact, SmsCampaignRequest
from kore_campaigns_mock import DEMO_ACCOUNT_ID, DEMO_BOT_ID, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, samples
from kore_campaigns_mock.background import serve_in_background
from kore_campaigns_mock.testing import mock_app

from scripts.spec_facts import load

ROOT = Path(__file__).resolve().parent.parent
FACTS = load(ROOT / "openapi.yaml")


def sync_client(url: str) -> KoreClient:
    # The mock's rate limit is off in these tests, and so is the client's.
    return kore_campaigns.create_client(
        client_id=DEMO_CLIENT_ID,
        client_secret=DEMO_CLIENT_SECRET,
        account_id=DEMO_ACCOUNT_ID,
        bot_id=DEMO_BOT_ID,
        base_url=url,
        rate_limit=None,
    )


def async_client(url: str) -> AsyncKoreClient:
    return kore_campaigns.create_async_client(
        client_id=DEMO_CLIENT_ID,
        client_secret=DEMO_CLIENT_SECRET,
        account_id=DEMO_ACCOUNT_ID,
        bot_id=DEMO_BOT_ID,
        base_url=url,
        rate_limit=None,
    )


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    # Rate limit off in the mock: these tests count pages and chunks, not seconds.
    with serve_in_background(mock_app(dialling=False, rate_limit_per_minute=0)) as url:
        yield url


@pytest.fixture
def client(mock_url: str) -> Iterator[KoreClient]:
    with sync_client(mock_url) as made:
        yield made


def _sms(name: str) -> SmsCampaignRequest:
    return SmsCampaignRequest.from_dict({**samples.sms_campaign(), "name": name})


@pytest.fixture(scope="module")
def seven_sms_campaigns(mock_url: str) -> list[str]:
    with sync_client(mock_url) as made:
        return [
            str(made.campaigns.create_campaign(_sms(f"Paged SMS {n}"), campaign_type="sms").data.field_id)
            for n in range(7)
        ]


def test_every_paged_operation_declares_how_it_pages() -> None:
    paged = {
        operation_id: op.node["x-pagination"]
        for operation_id, op in FACTS.path_operations.items()
        if "x-pagination" in op.node
    }
    assert set(paged) == {
        *("listCampaigns", "listContactListContacts", "getCampaignStatus"),
        *("listCampaignsV1", "listContactListContactsV1", "getCampaignStatusV1"),
    }
    for spec in paged.values():
        assert spec["maxSize"] == 100 and spec["items"] == "data.results"
        assert ("more" in spec) != ("totalPages" in spec)


def test_each_declared_iterator_is_generated_sync_and_async() -> None:
    import importlib

    for op in FACTS.path_operations.values():
        pagination = op.node.get("x-pagination")
        if pagination is None:
            continue
        module = importlib.import_module(f"kore_campaigns_client.api.{op.node['tags'][0].lower().replace(' ', '_')}")
        resource = next(getattr(module, n) for n in dir(module) if n.endswith("Resource") and n[0] != "A")
        async_resource = getattr(module, "Async" + resource.__name__)
        method = pagination["method"]
        assert inspect.isgeneratorfunction(getattr(resource, method)), method
        assert inspect.isasyncgenfunction(getattr(async_resource, method)), method
        assert inspect.signature(getattr(resource, method)).parameters["page_size"].default == 100


def test_campaigns_of_both_types_in_one_iteration_over_more_than_three_pages(
    client: KoreClient, seven_sms_campaigns: list[str]
) -> None:
    sms = [c.name for c in client.campaigns.iter_campaigns(type_="sms", page_size=2)]
    assert sorted(n for n in sms if n.startswith("Paged SMS")) == [f"Paged SMS {n}" for n in range(7)]
    assert len(sms) == len(set(sms))  # no page read twice
    voice = [c.name for c in client.campaigns.iter_campaigns(type_="voice", page_size=2)]
    both = [c.name for c in client.campaigns.iter_campaigns(page_size=3)]
    assert sorted(both) == sorted(sms + voice)


def test_the_v1_iterators_page_through_the_same_campaigns_and_contacts(
    client: KoreClient, seven_sms_campaigns: list[str]
) -> None:
    # v1 and v2 are two doors into one service: the same campaigns, paged by the v1 URL.
    v1 = sorted(c.name for c in client.campaigns_v1.iter_campaigns(type_="sms", page_size=2))
    assert v1 == sorted(c.name for c in client.campaigns.iter_campaigns(type_="sms", page_size=100))
    created = client.contact_lists.create_contact_list(name="Paged v1 contacts", description="v1 pages")
    numbers = [f"+1510555{n:04d}" for n in range(7)]
    client.contact_lists.add_contacts_to_contact_list(
        contact_list_name="Paged v1 contacts", data=[NewContact(phone_number=number) for number in numbers]
    )
    pages = [c.phone_number for c in client.contact_lists_v1.iter_contacts(created.data.field_id, page_size=2)]
    assert pages == numbers


def test_iteration_is_lazy(client: KoreClient, seven_sms_campaigns: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, Any]] = []
    resource = client.campaigns
    real = type(resource).list_campaigns

    def counting(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(kwargs)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(type(resource), "list_campaigns", counting)
    iterator = resource.iter_campaigns(type_="sms", page_size=2)
    next(iterator)
    assert len(calls) == 1 and calls[0]["limit"] == 2 and calls[0]["skip"] == 0
    rest = list(iterator)
    assert len(calls) >= 4 and [c["skip"] for c in calls[:4]] == [0, 2, 4, 6]
    assert len(rest) + 1 >= 7


def test_async_iteration_over_a_lists_contacts(mock_url: str) -> None:
    async def run() -> list[str]:
        client = async_client(mock_url)
        async with client:
            created = await client.contact_lists.create_contact_list(name="async paged", description="d")
            await client.contact_lists.add_contacts_to_contact_list(
                contact_list_name="async paged", data=[NewContact(phone_number=f"+1555000{n:04d}") for n in range(9)]
            )
            contacts = client.contact_lists.iter_contacts(created.data.field_id, page_size=2)
            return [contact.phone_number async for contact in contacts]

    assert anyio.run(run) == [f"+1555000{n:04d}" for n in range(9)]


def test_page_size_above_the_documented_maximum_is_refused_before_sending(client: KoreClient) -> None:
    with pytest.raises(ValueError, match=r"iter_contacts\(\): page_size must be an int from 1 to 100, got 101"):
        next(client.contact_lists.iter_contacts("cl-x", page_size=101))


def test_one_value_field_given_again_and_keyword_named_fields(client: KoreClient) -> None:
    created = client.contact_lists.create_contact_list(name="source given", description="d", source="passiveApi")  # type: ignore[call-overload]
    assert created.data.source == "passiveApi"
    with pytest.raises(ValueError, match=r"create_contact_list\(\): source can only be 'passiveApi'"):
        client.contact_lists.create_contact_list(name="x", description="d", source="file")  # type: ignore[call-overload]
    # `type` is accepted under its natural name; other spellings name the method and the right one.
    assert client.campaigns.list_campaigns(type="sms", limit=1).data.limit == 1  # type: ignore[call-overload]
    with pytest.raises(TypeError, match=r"list_campaigns\(\) takes 'startDate' as start_date="):
        client.campaigns.list_campaigns(type="sms", startDate="2020-01-01")  # type: ignore[call-overload]
    unexpected = r"list_campaigns\(\) got an unexpected keyword argument 'limt'; did you mean limit=\?"
    with pytest.raises(TypeError, match=unexpected):
        client.campaigns.list_campaigns(type="sms", limt=3)  # type: ignore[call-overload]


def test_help_shows_the_body_fields() -> None:
    signature = inspect.signature(ContactListsResource.create_contact_list)
    assert {"body", "name", "description", "allow_duplicates", "bot_id"} <= set(signature.parameters)
    assert "fields" not in signature.parameters


def test_wait_returns_on_the_status_and_times_out_cleanly(client: KoreClient) -> None:
    campaign_id = str(client.campaigns.create_campaign(_sms("Waited SMS"), campaign_type="sms").data.field_id)
    assert client.wait_for_status(campaign_id, "Ready", timeout=60).status == "Ready"
    client.campaign_execution.start_sms_campaign(campaign_id)
    assert client.wait_for_status(campaign_id, ["Active", "Completed"], timeout=60).status == "Active"
    sleeps: list[float] = []
    now = [0.0]

    def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        now[0] += seconds

    with pytest.raises(KoreWaitTimeout, match=r"did not reach Completed within 3 s \(last status: Active\)") as caught:
        kore_campaigns.wait_for_status(
            client, campaign_id, "Completed", timeout=3, poll_interval=1, clock=lambda: now[0], sleep=sleep
        )
    assert caught.value.last_status == "Active" and sleeps == [1, 1, 1]


def test_async_wait(mock_url: str) -> None:
    async def run() -> str:
        async with async_client(mock_url) as client:
            created = await client.campaigns.create_campaign(_sms("Async waited"), campaign_type="sms")
            data = await client.wait_for_status(str(created.data.field_id), "Ready", timeout=60)
            return str(data.status)

    assert anyio.run(run) == "Ready"


def test_interrupted_import_resumes_without_sending_a_chunk_twice(client: KoreClient, tmp_path: Path) -> None:
    client.contact_lists.create_contact_list(name="resumed", description="d", allow_duplicates=True)
    contacts = [{"phoneNumber": f"+1444{n:07d}", "firstName": f"n{n}"} for n in range(500)]
    checkpoint = tmp_path / "import.json"

    def interrupt(done: int, total: int) -> None:
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        client.import_contacts(contacts, list_name="resumed", checkpoint=checkpoint, chunk_size=100, on_chunk=interrupt)
    assert checkpoint.exists()
    summary = client.import_contacts(contacts, list_name="resumed", checkpoint=checkpoint, chunk_size=100)
    assert (summary.resumed, summary.sent, summary.chunks_sent) == (200, 300, 3)
    assert not checkpoint.exists()
    # The list allows duplicates: a chunk sent twice would show up as 100 extra contacts.
    phones = [c.phone_number for c in client.contact_lists.iter_contacts(summary.list_id)]
    assert phones == [c["phoneNumber"] for c in contacts]


def test_a_checkpoint_of_another_import_is_refused(client: KoreClient, tmp_path: Path) -> None:
    checkpoint = tmp_path / "import.json"
    checkpoint.write_text('{"version": 2, "digest": "other", "chunksDone": 1}')
    with pytest.raises(kore_campaigns.KoreImportError, match="belongs to another import"):
        client.import_contacts([{"phoneNumber": "+15550001111"}], list_name="testdnc", checkpoint=checkpoint)


def test_csv_rows_are_named_by_their_line(client: KoreClient, tmp_path: Path) -> None:
    csv_file = tmp_path / "contacts.csv"
    csv_file.write_text("phone_number,First Name\n+15550002222,Ann\n\n12,Bob\n+15550003333,Cy,extra\n")
    summary = client.import_contacts(csv_file, list_name="testdnc", progress=False, skip_invalid=True)
    assert summary.sent == 1
    assert [str(row) for row in summary.refused] == [
        "line 4: phoneNumber has no country code: write it with + and its country code, or give the region "
        "the numbers belong to (region=, e.g. US)",
        "line 5: (row) has more cells than the header has columns",
    ]


def test_rows_are_checked_before_anything_is_sent(client: KoreClient) -> None:
    rows: list[Any] = [{"phoneNumber": "+15550001111"}, {"phoneNumber": "12"}, {"firstName": "x"}, "nope"]
    client.contact_lists.create_contact_list(name="checked first", description="d")
    with pytest.raises(kore_campaigns.KoreImportRefused) as refused:
        client.import_contacts(rows, list_name="checked first", progress=False, region="US")
    assert [str(row) for row in refused.value.refused] == [
        "row 2: phoneNumber is too short for a number of its country",
        "row 3: phoneNumber is required",
        "row 4: (row) must be a mapping of fields, got str",
    ]
    assert not list(client.contact_lists.iter_contacts(_list_id(client, "checked first")))  # nothing was sent
    summary = client.import_contacts(rows, list_name="checked first", progress=False, region="US", skip_invalid=True)
    assert (summary.sent, len(summary.refused)) == (1, 3)


def _list_id(client: KoreClient, name: str) -> str:
    (found,) = [item for item in client.contact_lists.list_contact_lists().data if item.name == name]
    return str(found.field_id)


def test_a_rate_limit_wait_over_a_second_is_logged_and_told(caplog: pytest.LogCaptureFixture) -> None:
    import httpx
    from kore_campaigns import RateLimit

    # One request per second (two with the client's margin): the second waits about 2 s.
    limiter = RateLimit(requests=1, window=1).new_limiter("acct")
    told: list[tuple[str, float]] = []
    request = httpx.Request("GET", "https://example.invalid/x")
    with (
        caplog.at_level(logging.INFO, logger="kore_campaigns"),
        kore_campaigns.rate_limit_waits(lambda account, seconds: told.append((account, seconds))),
    ):
        limiter.wait(request)
        limiter.wait(request)
    assert len(told) == 1 and told[0][0] == "acct" and told[0][1] > 1
    assert any("rate limit: GET /x waits" in record.getMessage() for record in caplog.records)


def test_a_voice_campaigns_contacts_are_read_page_by_page_until_the_last_page() -> None:
    # The mock's campaigns hold no call records yet, so the service is played here: 7 contacts, 2 a page.
    sent: list[tuple[str | None, dict[str, Any]]] = []

    def service(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        sent.append((request.url.params.get("view"), body))
        page, limit = body["page"], body["limit"]
        numbers = [f"+1555111{n:04d}" for n in range(7)][(page - 1) * limit : page * limit]
        results = [{"phoneNumber": number, "numberOfAttemptsSoFar": 0} for number in numbers]
        data = {"results": results, "page": page, "limit": limit, "totalPages": 4, "totalResults": 7}
        return httpx.Response(200, json={"status": "success", "data": data})

    client = overlay_client(service, rate_limit=None, retry=None)
    with client:
        phones = [c.phone_number for c in client.campaign_execution.iter_campaign_contacts("cd-1", page_size=2)]
    assert phones == [f"+1555111{n:04d}" for n in range(7)]
    assert sent == [("contacts", {"page": page, "limit": 2}) for page in (1, 2, 3, 4)]
