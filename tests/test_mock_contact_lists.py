"""The mock's contact lists: state created through the API, the pages' rules, and how campaigns depend on lists."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from kore_campaigns_mock import DEMO_ACCOUNT_ID, DEMO_BOT_ID, demo_app, samples
from kore_campaigns_mock.config import DEMO_CONTACT_LISTS
from kore_campaigns_mock.limits import LIST_DESCRIPTION_MAX_LENGTH as DESCRIPTION_MAX_LENGTH
from kore_campaigns_mock.limits import LIST_NAME_MAX_LENGTH, MAX_CONTACTS_PER_CALL
from kore_campaigns_mock.testing import (
    MockClient,
    assert_error,
    auth_headers,
    campaign_path,
    mock_app,
    sms_campaigns_path,
    two_tenants,
    voice_campaigns_path,
)

from scripts.spec_facts import load

APP = demo_app()
V2 = "/campaign/api/v2/public/{bot}/campaign/contactList"


def create_path(bot: str = DEMO_BOT_ID, account: str = DEMO_ACCOUNT_ID) -> str:
    return f"{V2.format(bot=bot)}/createContactList?accountId={account}"


def all_lists_path(bot: str = DEMO_BOT_ID, account: str = DEMO_ACCOUNT_ID, **query: str) -> str:
    return f"{V2.format(bot=bot)}/getAllListDetails?{urlencode({'accountId': account, **query})}"


def list_path(list_id: str, bot: str = DEMO_BOT_ID, account: str = DEMO_ACCOUNT_ID) -> str:
    return f"{V2.format(bot=bot)}/{list_id}?accountId={account}"


def contacts_path(list_id: str, bot: str = DEMO_BOT_ID, account: str = DEMO_ACCOUNT_ID, **query: str) -> str:
    return f"{V2.format(bot=bot)}/{list_id}/getAllContacts?{urlencode({'accountId': account, **query})}"


def add_contacts_path(bot: str = DEMO_BOT_ID) -> str:
    return f"/api/1.1/public/{bot}/campaign/contactList/addContacts"


def new_list(name: object = "Renewal Due 1- July 2025", **extra: Any) -> dict[str, Any]:
    return {"name": name, "description": "Customers whose services expire in July.", "source": "passiveApi", **extra}


@pytest.fixture
def client() -> MockClient:
    return MockClient(mock_app(dialling=False))


def _create(client: MockClient, name: str = "Renewal Due 1- July 2025", **extra: Any) -> dict[str, Any]:
    response = client.post(create_path(), json=new_list(name, **extra), headers=auth_headers(APP))
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


def _add(client: MockClient, name: str, *phones: str, headers: dict[str, str] | None = None) -> httpx.Response:
    body = {"contact_list_name": name, "data": [{"phoneNumber": phone} for phone in phones]}
    return client.post(add_contacts_path(), json=body, headers=headers or auth_headers(APP))


def _voice_on(client: MockClient, list_name: str, name: str = "Uses the list") -> str:
    body = {**samples.voice_campaign(), "name": name, "contactLists": [list_name]}
    response = client.post(voice_campaigns_path(DEMO_BOT_ID), json=body, headers=auth_headers(APP))
    assert response.status_code == 200, response.text
    campaign_id: str = response.json()["data"]["id"]
    return campaign_id


def test_create_read_list_update_delete(client: MockClient) -> None:
    created = _create(client, allowDuplicates=True)
    assert created["_id"].startswith("cl-")
    assert (created["name"], created["status"], created["totalRecordCount"], created["listType"]) == (
        "Renewal Due 1- July 2025", "Ready", 0, "call"
    )  # fmt: skip
    assert created["apiConfigurations"] == {"dataSyncMode": "allowDuplicates"}
    assert created["campaignInUse"] == [] and created["isListInUse"] is False
    headers = auth_headers(APP)

    fetched = client.get(list_path(created["_id"]), headers=headers).json()["data"]
    assert fetched == created
    listed = client.post(all_lists_path(type="call"), headers=headers).json()["data"]
    # Newest first, after the docs' seeded lists; the summary leaves out creation details.
    assert [item["name"] for item in listed] == [created["name"], *reversed(DEMO_CONTACT_LISTS)]
    assert "createdAt" not in listed[0] and "allowDuplicates" not in listed[0]

    renamed = client.request(
        "PUT", list_path(created["_id"]), json={"name": "Renewal Due - May/June 2025"}, headers=headers
    )
    assert renamed.status_code == 200
    assert renamed.json()["data"]["contactListId"] == created["_id"]
    assert renamed.json()["data"]["body"]["name"] == "Renewal Due - May/June 2025"
    assert "description" not in renamed.json()["data"]["body"]
    after = client.get(list_path(created["_id"]), headers=headers).json()["data"]
    assert (after["name"], after["description"]) == ("Renewal Due - May/June 2025", created["description"])

    deleted = client.request("DELETE", list_path(created["_id"]), headers=headers)
    assert deleted.status_code == 200 and deleted.json()["data"]["_id"] == created["_id"]
    assert_error(client.get(list_path(created["_id"]), headers=headers), 404, "contactListId")
    assert_error(client.request("DELETE", list_path(created["_id"]), headers=headers), 404, "contactListId")


def test_without_allow_duplicates_no_data_sync_mode_and_repeated_numbers_are_skipped(client: MockClient) -> None:
    created = _create(client)
    assert created["allowDuplicates"] is False and "apiConfigurations" not in created
    assert _add(client, created["name"], "9122333445566", "+15101234567", "9122333445566").status_code == 200
    assert _add(client, created["name"], "+15101234567").status_code == 200
    page = client.get(contacts_path(created["_id"]), headers=auth_headers(APP)).json()["data"]
    assert [contact["phoneNumber"] for contact in page["results"]] == ["9122333445566", "+15101234567"]


def test_added_contacts_are_listed_a_page_at_a_time(client: MockClient) -> None:
    created = _create(client, allowDuplicates=True)
    phones = [f"91223334{index:05d}" for index in range(7)]
    response = _add(client, created["name"], *phones)
    assert response.status_code == 200
    assert response.json() == {"message": "Adding contacts to public list is in progress"}
    headers = auth_headers(APP)
    first = client.get(contacts_path(created["_id"]), headers=headers).json()["data"]
    assert (first["skip"], first["limit"], first["hasMore"], first["totalPages"], first["totalResults"]) == (
        0, 50, False, 1, 7
    )  # fmt: skip
    contact = first["results"][0]
    assert list(contact) == ["_id", "createdAt", "updatedAt", "phoneNumber"] and contact["_id"].startswith("cc-")
    page = client.get(contacts_path(created["_id"], skip="5", limit="3"), headers=headers).json()["data"]
    assert [c["phoneNumber"] for c in page["results"]] == phones[5:]
    assert (page["hasMore"], page["totalPages"]) == (False, 3)
    middle = client.get(contacts_path(created["_id"], skip="2", limit="3"), headers=headers).json()["data"]
    assert middle["hasMore"] is True
    assert client.get(list_path(created["_id"]), headers=headers).json()["data"]["totalRecordCount"] == 7


def test_mapped_fields_are_kept(client: MockClient) -> None:
    created = _create(client)
    body = {"contact_list_name": created["name"], "data": [{"phoneNumber": "+15101234567", "firstName": "Ann"}]}
    assert client.post(add_contacts_path(), json=body, headers=auth_headers(APP)).status_code == 200
    (contact,) = client.get(contacts_path(created["_id"]), headers=auth_headers(APP)).json()["data"]["results"]
    assert contact["firstName"] == "Ann"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (new_list("x" * (LIST_NAME_MAX_LENGTH + 1)), "name"),
        (new_list("   "), "name"),
        (new_list(""), "name"),
        (new_list(7), "name"),
        ({**new_list(), "description": "d" * (DESCRIPTION_MAX_LENGTH + 1)}, "description"),
        ({"name": "No description", "source": "passiveApi"}, "description"),
        (new_list(source="localDrive"), "source"),
        ({"name": "n", "description": "d"}, "source"),
        (new_list(allowDuplicates="true"), "allowDuplicates"),
        (new_list(allowDuplicates=None), "allowDuplicates"),
    ],
)
def test_create_refuses_what_the_page_forbids(client: MockClient, body: dict[str, Any], field: str) -> None:
    assert_error(client.post(create_path(), json=body, headers=auth_headers(APP)), 400, field)


def test_names_are_unique_case_insensitively(client: MockClient) -> None:
    _create(client, "Renewal Due")
    response = client.post(create_path(), json=new_list("RENEWAL DUE"), headers=auth_headers(APP))
    assert_error(response, 409, "name")
    other = _create(client, "Other")
    renamed = client.request("PUT", list_path(other["_id"]), json={"name": "renewal due"}, headers=auth_headers(APP))
    assert_error(renamed, 409, "name")
    # Renaming a list to its own name, in another case, is allowed.
    same = client.request("PUT", list_path(other["_id"]), json={"name": "OTHER"}, headers=auth_headers(APP))
    assert same.status_code == 200


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "body"),
        ({"name": "x" * (LIST_NAME_MAX_LENGTH + 1)}, "name"),
        ({"name": " "}, "name"),
        ({"description": "d" * (DESCRIPTION_MAX_LENGTH + 1)}, "description"),
        ({"description": None}, "description"),
    ],
)
def test_update_refuses_what_the_page_forbids(client: MockClient, body: dict[str, Any], field: str) -> None:
    created = _create(client)
    assert_error(client.request("PUT", list_path(created["_id"]), json=body, headers=auth_headers(APP)), 400, field)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ([], "data"),
        ("9122333445566", "data"),
        ([{}], "data[0].phoneNumber"),
        (["9122333445566"], "data[0]"),
        ([{"phoneNumber": 9122333445566}], "data[0].phoneNumber"),
        ([{"phoneNumber": "123456"}], "data[0].phoneNumber"),
        ([{"phoneNumber": "+1 510 123 4567"}], "data[0].phoneNumber"),
        ([{"phoneNumber": "1234567890123456"}], "data[0].phoneNumber"),
        ([{"phoneNumber": "٩١٢٢٣٣٣٤٤٥٥"}], "data[0].phoneNumber"),
        ([{"phoneNumber": "9122333445566"}, {"phoneNumber": "91223334xxxxx"}], "data[1].phoneNumber"),
        ([{"phoneNumber": "9122333445566", "firstName": 3}], "data[0].firstName"),
        ([{"phoneNumber": "9122333445566"}] * (MAX_CONTACTS_PER_CALL + 1), "data"),
    ],
)
def test_add_contacts_refuses_bad_contacts(client: MockClient, data: object, field: str) -> None:
    created = _create(client)
    body = {"contact_list_name": created["name"], "data": data}
    assert_error(client.post(add_contacts_path(), json=body, headers=auth_headers(APP)), 400, field)
    # Nothing of a refused call is stored.
    assert client.get(list_path(created["_id"]), headers=auth_headers(APP)).json()["data"]["totalRecordCount"] == 0


@pytest.mark.parametrize(
    ("path", "raw", "field"),
    [
        ("create", '{"name": "bad \\ud800 name", "description": "d", "source": "passiveApi"}', "name"),
        (
            "add",
            '{"contact_list_name": "Exists", "data": [{"phoneNumber": "9122333445566", "firstName": "\\udc00"}]}',
            "data[0].firstName",
        ),
    ],
)
def test_unpaired_surrogates_are_refused_not_a_server_error(
    client: MockClient, path: str, raw: str, field: str
) -> None:
    created = _create(client, "Exists")
    url = create_path() if path == "create" else add_contacts_path()
    headers = {**auth_headers(APP), "content-type": "application/json"}
    assert_error(client.post(url, content=raw, headers=headers), 400, field)
    # A valid pair is one character, and is kept.
    assert _add(client, "Exists", "9122333445566").status_code == 200
    paired = (
        '{"contact_list_name": "Exists", "data": [{"phoneNumber": "9122333445567", "firstName": "\\ud83d\\ude00"}]}'
    )
    assert client.post(add_contacts_path(), content=paired, headers=headers).status_code == 200
    contacts = client.get(contacts_path(created["_id"]), headers=auth_headers(APP)).json()["data"]["results"]
    assert [contact.get("firstName") for contact in contacts] == [None, "\U0001f600"]


def test_add_contacts_to_a_list_that_does_not_exist_is_404(client: MockClient) -> None:
    assert_error(_add(client, "No Such List", "9122333445566"), 404, "contact_list_name")
    # The name is exact, as campaigns name lists.
    _create(client, "Exact Name")
    assert_error(_add(client, "exact name", "9122333445566"), 404, "contact_list_name")
    body = {"data": [{"phoneNumber": "9122333445566"}]}
    assert_error(client.post(add_contacts_path(), json=body, headers=auth_headers(APP)), 400, "contact_list_name")


@pytest.mark.parametrize(
    ("query", "field"),
    [({"limit": "0"}, "limit"), ({"limit": "101"}, "limit"), ({"skip": "-1"}, "skip"), ({"limit": "ten"}, "limit"),
     ({"skip": "1.5"}, "skip"), ({"skip": "2147483648"}, "skip"), ({"limit": ""}, "limit"),
     ({"limit": "9" * 40}, "limit")],
)  # fmt: skip
def test_contacts_paging_is_bounded(client: MockClient, query: dict[str, str], field: str) -> None:
    created = _create(client)
    assert_error(client.get(contacts_path(created["_id"], **query), headers=auth_headers(APP)), 400, field)


def test_list_type_may_only_be_call(client: MockClient) -> None:
    assert_error(client.post(all_lists_path(type="sms"), headers=auth_headers(APP)), 400, "type")
    assert_error(client.post(all_lists_path(type=""), headers=auth_headers(APP)), 400, "type")
    assert client.post(all_lists_path(), headers=auth_headers(APP)).status_code == 200


def test_unknown_ids_are_404_naming_the_list(client: MockClient) -> None:
    headers = auth_headers(APP)
    assert_error(client.get(list_path("cl-nope"), headers=headers), 404, "contactListId")
    assert_error(client.get(contacts_path("cl-nope"), headers=headers), 404, "contactListId")
    assert_error(client.request("PUT", list_path("cl-nope"), json={"name": "x"}, headers=headers), 404, "contactListId")


def test_query_account_must_match_the_header(client: MockClient) -> None:
    created = _create(client)
    assert_error(
        client.get(list_path(created["_id"], account="ffffffffffffffffffffffff"), headers=auth_headers(APP)), 403
    )
    assert_error(client.post(create_path(account=""), json=new_list("x"), headers=auth_headers(APP)), 400, "accountId")


# --- campaigns and their lists ------------------------------------------------------------------------------


def test_campaigns_can_name_a_created_list_and_only_existing_ones(client: MockClient) -> None:
    created = _create(client, "My Fresh List")
    campaign_id = _voice_on(client, "My Fresh List")
    # The list shows the campaign using it.
    detail = client.get(list_path(created["_id"]), headers=auth_headers(APP)).json()["data"]
    assert detail["isListInUse"] is True
    assert detail["campaignInUse"] == [{"id": campaign_id, "name": "Uses the list"}]
    # A DNC list is an ordinary list referenced by name; its id is the list's.
    sms = {**samples.sms_campaign(), "dncLists": {"name": "My Fresh List"}}
    response = client.post(sms_campaigns_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID), json=sms, headers=auth_headers(APP))
    assert response.status_code == 200
    assert response.json()["data"]["dncLists"] == {"id": created["_id"], "name": "My Fresh List"}
    body = {**samples.voice_campaign(), "name": "Unknown list", "contactLists": ["Never Created"]}
    refused = client.post(voice_campaigns_path(DEMO_BOT_ID), json=body, headers=auth_headers(APP))
    assert_error(refused, 400, "contactLists[0]")


def test_a_list_in_use_cannot_be_deleted_or_renamed_but_can_be_described(client: MockClient) -> None:
    created = _create(client, "Busy List")
    campaign_id = _voice_on(client, "Busy List")
    headers = auth_headers(APP)
    errors = assert_error(client.request("DELETE", list_path(created["_id"]), headers=headers), 409, "contactListId")
    assert "Uses the list" in errors[0]["msg"]
    assert_error(
        client.request("PUT", list_path(created["_id"]), json={"name": "Renamed"}, headers=headers), 409, "name"
    )
    described = client.request("PUT", list_path(created["_id"]), json={"description": "Still busy."}, headers=headers)
    assert described.status_code == 200
    # The campaign still names the list, which still exists under its name.
    campaign = client.get(campaign_path(DEMO_BOT_ID, campaign_id, DEMO_ACCOUNT_ID), headers=headers).json()["data"]
    assert campaign["contactLists"] == ["Busy List"]
    assert client.get(list_path(created["_id"]), headers=headers).json()["data"]["name"] == "Busy List"


def test_a_dnc_list_in_use_cannot_be_deleted(client: MockClient) -> None:
    created = _create(client, "Fresh DNC")
    sms = {**samples.sms_campaign(), "dncLists": {"name": "Fresh DNC"}}
    assert client.post(sms_campaigns_path(DEMO_BOT_ID, DEMO_ACCOUNT_ID), json=sms, headers=auth_headers(APP)).is_success
    assert_error(client.request("DELETE", list_path(created["_id"]), headers=auth_headers(APP)), 409, "contactListId")


def test_contacts_can_be_added_to_a_list_a_campaign_uses(client: MockClient) -> None:
    created = _create(client, "Feeds A Campaign")
    campaign_id = _voice_on(client, "Feeds A Campaign")
    headers = auth_headers(APP)
    before = client.get(campaign_path(DEMO_BOT_ID, campaign_id, DEMO_ACCOUNT_ID), headers=headers).json()["data"]
    assert _add(client, "Feeds A Campaign", "+15101234567").status_code == 200
    detail = client.get(list_path(created["_id"]), headers=headers).json()["data"]
    assert (detail["totalRecordCount"], detail["isListInUse"]) == (1, True)
    after = client.get(campaign_path(DEMO_BOT_ID, campaign_id, DEMO_ACCOUNT_ID), headers=headers).json()["data"]
    assert after == before


def test_a_deleted_list_can_no_longer_be_named(client: MockClient) -> None:
    created = _create(client, "Short Lived")
    assert client.request("DELETE", list_path(created["_id"]), headers=auth_headers(APP)).status_code == 200
    body = {**samples.voice_campaign(), "contactLists": ["Short Lived"]}
    refused = client.post(voice_campaigns_path(DEMO_BOT_ID), json=body, headers=auth_headers(APP))
    assert_error(refused, 400, "contactLists[0]")
    assert_error(_add(client, "Short Lived", "9122333445566"), 404, "contact_list_name")


def test_a_renamed_list_is_named_by_its_new_name(client: MockClient) -> None:
    created = _create(client, "Old Name")
    headers = auth_headers(APP)
    assert client.request("PUT", list_path(created["_id"]), json={"name": "New Name"}, headers=headers).is_success
    assert_error(_add(client, "Old Name", "9122333445566"), 404, "contact_list_name")
    assert _add(client, "New Name", "9122333445566").status_code == 200
    body = {**samples.voice_campaign(), "contactLists": ["New Name"]}
    assert client.post(voice_campaigns_path(DEMO_BOT_ID), json=body, headers=headers).status_code == 200


# --- tenants ------------------------------------------------------------------------------------------------


def test_lists_and_contacts_are_per_tenant() -> None:
    tenant_a, tenant_b = two_tenants(a_bot_ids=["st-bot-a", "st-bot-a2"], b_contact_lists=[])
    client = MockClient(mock_app(dialling=False, apps=[tenant_a, tenant_b]))
    a = auth_headers(tenant_a)
    created = client.post(create_path("st-bot-a", tenant_a.account_id), json=new_list("Shared Name"), headers=a)
    assert created.status_code == 200
    list_id = created.json()["data"]["_id"]
    body = {"contact_list_name": "Shared Name", "data": [{"phoneNumber": "9122333445566"}]}
    assert client.post(add_contacts_path("st-bot-a"), json=body, headers=a).status_code == 200

    b = auth_headers(tenant_b)
    b_paths = {"bot": "st-bot-b", "account": tenant_b.account_id}
    # B sees none of A's lists: not listed, not by id, not by name; B starts with no lists at all.
    assert client.post(all_lists_path(**b_paths), headers=b).json()["data"] == []
    assert_error(client.get(list_path(list_id, **b_paths), headers=b), 404, "contactListId")
    assert_error(client.get(contacts_path(list_id, **b_paths), headers=b), 404, "contactListId")
    assert_error(client.request("DELETE", list_path(list_id, **b_paths), headers=b), 404, "contactListId")
    assert_error(client.post(add_contacts_path("st-bot-b"), json=body, headers=b), 404, "contact_list_name")
    # B cannot reach A's bot with its own token.
    as_a = auth_headers(tenant_b, bot_id="st-bot-a") | {"accountId": tenant_a.account_id}
    assert_error(client.get(list_path(list_id, "st-bot-a", tenant_a.account_id), headers=as_a), 403)
    assert_error(client.post(add_contacts_path("st-bot-a"), json=body, headers=as_a), 403)
    # Names are per bot: B may use the same name; a second bot of A starts with only the seeded lists.
    assert client.post(create_path(**b_paths), json=new_list("Shared Name"), headers=b).status_code == 200
    a2 = auth_headers(tenant_a, bot_id="st-bot-a2")
    names_a2 = [
        item["name"]
        for item in client.post(all_lists_path("st-bot-a2", tenant_a.account_id), headers=a2).json()["data"]
    ]
    assert names_a2 == list(reversed(DEMO_CONTACT_LISTS))
    # A's list is untouched.
    detail = client.get(list_path(list_id, "st-bot-a", tenant_a.account_id), headers=a).json()["data"]
    assert detail["totalRecordCount"] == 1


def test_every_route_needs_credentials(client: MockClient) -> None:
    created = _create(client)
    for method, url in (
        ("POST", create_path()),
        ("POST", all_lists_path()),
        ("GET", list_path(created["_id"])),
        ("PUT", list_path(created["_id"])),
        ("DELETE", list_path(created["_id"])),
        ("GET", contacts_path(created["_id"])),
        ("POST", add_contacts_path()),
    ):
        assert_error(client.request(method, url, json={}), 401)


# --- concurrency ---------------------------------------------------------------------------------------------


def test_threads_yield_one_list_per_name_and_lose_no_contact() -> None:
    # Each thread runs its own event loop, so the store's lock is contended for real.
    client = MockClient(mock_app(dialling=False, rate_limit_per_minute=0))

    def create(number: int) -> int:
        name = "Threaded List" if number % 2 else "THREADED list"
        return client.post(create_path(), json=new_list(name), headers=auth_headers(APP)).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(create, range(24)))
    assert sorted(statuses) == [200] + [409] * 23
    created_name = next(
        item["name"]
        for item in client.post(all_lists_path(), headers=auth_headers(APP)).json()["data"]
        if item["name"].lower() == "threaded list"
    )

    def add(number: int) -> int:
        # Two threads per number: without duplicates allowed, each number is stored once.
        return _add(client, created_name, f"+1510123{number // 2:04d}").status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert set(pool.map(add, range(64))) == {200}
    list_id = client.post(all_lists_path(), headers=auth_headers(APP)).json()["data"][0]["_id"]
    page = client.get(contacts_path(list_id, limit="100"), headers=auth_headers(APP)).json()["data"]
    assert page["totalResults"] == 32
    assert len({contact["phoneNumber"] for contact in page["results"]}) == 32


# --- the pages' sample requests, as openapi.yaml's examples hold them -------------------------------------------


def _example(operation_id: str, name: str) -> Any:
    facts = load(Path(__file__).resolve().parent.parent / "openapi.yaml")
    operation = facts.operation(operation_id).node
    return facts.resolve(operation["requestBody"]["content"]["application/json"]["examples"][name])["value"]


def test_the_pages_sample_requests_work_against_the_mock(client: MockClient) -> None:
    headers = auth_headers(APP)
    created = client.post(create_path(), json=_example("createContactList", "passiveApi"), headers=headers)
    assert created.status_code == 200, created.text
    assert created.json()["message"] == "Contact list Renewal Due 1- July 2025 created successfully"
    # The add-contacts sample names "Renewal Due - July 2025", which the list page's sample lists.
    _create(client, "Renewal Due - July 2025")
    added = client.post(add_contacts_path(), json=_example("addContactsToContactList", "oneContact"), headers=headers)
    assert added.json() == {"message": "Adding contacts to public list is in progress"}
    list_id = created.json()["data"]["_id"]
    updated = client.request("PUT", list_path(list_id), json=_example("updateContactList", "rename"), headers=headers)
    assert updated.json()["message"] == "Contact list Renewal Due - May/June 2025 updated successfully"
