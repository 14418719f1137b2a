"""openapi.yaml's contact-list operations: every page is covered, its samples validate, its rules hold.

The pages' samples are the operations' own named examples (test_spec.py checks every example against its
schema); these tests pin what each example stands for and the rules a weakened spec would lose.
"""

from __future__ import annotations

from typing import Any

import pytest
from test_spec import SPEC_PATH, SpecValidator, operation_by_id, pointer, resolve

from scripts.spec_facts import SpecFacts, load, read_document

Json = Any

PAGES = {
    "createContactList": ("post", "/campaign/api/v2/public/{streamId}/campaign/contactList/createContactList",
                          "create-contact-list-v2"),
    "listContactLists": ("post", "/campaign/api/v2/public/{streamId}/campaign/contactList/getAllListDetails",
                         "get-all-contact-lists-v2"),
    "getContactList": ("get", "/campaign/api/v2/public/{streamId}/campaign/contactList/{contactListId}",
                       "get-contact-list-details-v2"),
    "updateContactList": ("put", "/campaign/api/v2/public/{streamId}/campaign/contactList/{contactListId}",
                          "update-contact-list-v2"),
    "deleteContactList": ("delete", "/campaign/api/v2/public/{streamId}/campaign/contactList/{contactListId}",
                          "delete-contact-list-details-v2"),
    "listContactListContacts": (
        "get", "/campaign/api/v2/public/{streamId}/campaign/contactList/{contactListId}/getAllContacts",
        "get-all-contacts-of-a-contactlist-v2"),
    "addContactsToContactList": ("post", "/api/1.1/public/{IId}/campaign/contactList/addContacts",
                                 "add-contacts-to-contact-list"),
}  # fmt: skip


@pytest.fixture(scope="module")
def spec() -> dict[str, Json]:
    return read_document(SPEC_PATH)


def _body_schema(spec: dict[str, Json], operation_id: str, status: str | None = None) -> str:
    path, method, _op = operation_by_id(spec, operation_id)
    at = ("requestBody",) if status is None else ("responses", status)
    return pointer("paths", path, method, *at, "content", "application/json", "schema")


@pytest.mark.parametrize("operation_id", sorted(PAGES))
def test_each_page_is_one_tagged_operation_with_its_slug(spec: dict[str, Json], operation_id: str) -> None:
    method, path, slug = PAGES[operation_id]
    found_path, found_method, op = operation_by_id(spec, operation_id)
    assert (found_method, found_path) == (method, path)
    assert op["x-docs-pages"] == [slug]
    assert op["tags"] == ["Contact lists"]
    assert op["x-docs-decision"].strip()
    # The 200 example is the page's sample response.
    examples = op["responses"]["200"]["content"]["application/json"]["examples"]
    assert any("docs sample" in resolve(spec, example)["summary"] for example in examples.values()), operation_id


@pytest.mark.parametrize(
    ("operation_id", "example"),
    [
        ("createContactList", "passiveApi"),
        ("updateContactList", "rename"),
        ("addContactsToContactList", "oneContact"),
    ],
)
def test_page_sample_requests_validate(spec: dict[str, Json], operation_id: str, example: str) -> None:
    _path, _method, op = operation_by_id(spec, operation_id)
    value = resolve(spec, op["requestBody"]["content"]["application/json"]["examples"][example])["value"]
    assert SpecValidator(spec).errors(value, _body_schema(spec, operation_id)) == []


def test_the_list_sample_keeps_the_uploaded_list_with_campaign_objects(spec: dict[str, Json]) -> None:
    _path, _method, op = operation_by_id(spec, "listContactLists")
    lists = resolve(spec, op["responses"]["200"]["content"]["application/json"]["examples"]["lists"])["value"]["data"]
    uploaded = next(item for item in lists if item["source"] == "localDrive")
    # campaignInUse holds {id, name} objects (the decision), and an uploaded list has no apiConfigurations.
    assert all(set(entry) == {"id", "name"} for entry in uploaded["campaignInUse"])
    assert "apiConfigurations" not in uploaded
    ids_only = {**uploaded, "campaignInUse": ["cd-1"]}
    assert SpecValidator(spec).errors(
        {"status": "success", "data": [ids_only]}, _body_schema(spec, "listContactLists", "200")
    )


# Limits as the spec states them: a value one past each, never the number written down again.
FACTS = load(SPEC_PATH)
TOO_LONG_NAME = SpecFacts.too_long(FACTS.field("CreateContactListRequest", "name"))
TOO_LONG_DESCRIPTION = SpecFacts.too_long(FACTS.field("CreateContactListRequest", "description"), "d")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": TOO_LONG_NAME, "description": "d", "source": "passiveApi"}, "name"),
        ({"name": "   ", "description": "d", "source": "passiveApi"}, "name"),
        ({"name": "ok", "description": TOO_LONG_DESCRIPTION, "source": "passiveApi"}, "description"),
        ({"name": "ok", "description": "d", "source": "localDrive"}, "source"),
        ({"name": "ok", "description": "d", "source": "passiveApi", "allowDuplicates": "yes"}, "allowDuplicates"),
        ({"name": "ok", "source": "passiveApi"}, None),
    ],
)
def test_create_rules(spec: dict[str, Json], body: dict[str, Json], field: str | None) -> None:
    errors = SpecValidator(spec).errors(body, _body_schema(spec, "createContactList"))
    assert errors
    assert {tuple(e.absolute_path) for e in errors} == ({(field,)} if field else {()})


def test_update_needs_a_field(spec: dict[str, Json]) -> None:
    validator = SpecValidator(spec)
    assert validator.errors({}, _body_schema(spec, "updateContactList"))
    assert validator.errors({"description": "only this"}, _body_schema(spec, "updateContactList")) == []


@pytest.mark.parametrize("phone", ["9122333445566", "+15101234567", "0123456"])
def test_phone_numbers_in_the_documented_forms_pass(spec: dict[str, Json], phone: str) -> None:
    body = {"contact_list_name": "L", "data": [{"phoneNumber": phone}]}
    assert SpecValidator(spec).errors(body, _body_schema(spec, "addContactsToContactList")) == []


@pytest.mark.parametrize("phone", ["", "123456", "+1234567890123456", "+1 510 123 4567", "91223334xxxxx", "٣٣٣٣٣٣٣٣"])
def test_phone_numbers_outside_the_format_fail(spec: dict[str, Json], phone: str) -> None:
    body = {"contact_list_name": "L", "data": [{"phoneNumber": phone}]}
    errors = SpecValidator(spec).errors(body, _body_schema(spec, "addContactsToContactList"))
    assert {tuple(e.absolute_path) for e in errors} == {("data", 0, "phoneNumber")}


def test_add_contacts_needs_a_list_name_and_a_contact(spec: dict[str, Json]) -> None:
    validator = SpecValidator(spec)
    schema = _body_schema(spec, "addContactsToContactList")
    assert validator.errors({"contact_list_name": "L", "data": []}, schema)
    assert validator.errors({"data": [{"phoneNumber": "9122333445566"}]}, schema)
    assert validator.errors({"contact_list_name": "L", "data": [{"firstName": "Ann"}]}, schema)


def test_contacts_page_limits(spec: dict[str, Json]) -> None:
    _path, _method, op = operation_by_id(spec, "listContactListContacts")
    params = {p["name"]: p["schema"] for p in op["parameters"]}
    assert params["limit"] == {"type": "integer", "minimum": 1, "maximum": 100, "default": 50}
    assert params["skip"]["minimum"] == 0


def test_links_chain_a_new_list_into_contacts_campaigns_and_reads(spec: dict[str, Json]) -> None:
    _path, _method, op = operation_by_id(spec, "createContactList")
    links = op["responses"]["200"]["links"]
    targets = {link["operationId"] for link in links.values()}
    assert targets == {
        "addContactsToContactList",
        "listContactLists",
        "getContactList",
        "listContactListContacts",
        "updateContactList",
        "deleteContactList",
        "createVoiceCampaign",
        "createCampaign",
    }
    for link in links.values():
        names = {p["name"] for p in SpecFacts(spec).parameters(link["operationId"])}
        assert set(link["parameters"]) <= names, link
        for name, expression in link["parameters"].items():
            # campaignType is a constant: the SMS create shares its URL with the voice create.
            allowed = {"$request.path.streamId", "$response.body#/data/_id"} | (
                {"sms"} if name == "campaignType" else set()
            )
            assert expression in allowed, expression
    # The list is named by its name where the docs take a name; openapi-generator refuses a link requestBody
    # that is not one expression string, so those links say it in their description instead.
    for name in ("AddContactsToCreatedList", "CreateVoiceCampaignOnCreatedList", "CreateSmsCampaignOnCreatedList"):
        assert "requestBody" not in links[name]
        assert (
            "AddContactsToCreatedList" in links[name]["description"]
            or "$response.body#/data/name" in links[name]["description"]
        )


def test_contact_list_decisions_are_listed(spec: dict[str, Json]) -> None:
    entries = spec["info"]["x-docs-decisions"]
    # An entry is prose, or a keyed {covers, decision} record that the docs audit reads.
    decisions = " ".join(entry if isinstance(entry, str) else entry["decision"] for entry in entries)
    for fact in ("`{contactList}`", "misses a comma", "passiveApiIntegration", "cannot be deleted or renamed (409)",
                 "7-15 digits", "`skip` and `limit`"):  # fmt: skip
        assert fact in decisions, fact
