"""Every page of the docs snapshot that documents a Kore.ai endpoint has its operation in openapi.yaml.

The method and endpoint rows of each page (../shared/docs/kore-pages/*.mdx) are read as written, with the
spellings the pages use for one thing made equal: the host (`{{host}}`, `{host}`, `((host))`, `{{url}}`, a
bare `host`, or none before the path), the query string, and the placeholder names (the bot is `streamId`,
`IId`, `IID`, `streamID` or `botId`; delete v1 writes `{{campaignType}}` where the id goes): every
placeholder is one path segment whatever its name. The operation found must also name the page in its
`x-docs-pages`, so the docs audit compares the right pair.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from scripts.spec_facts import load

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT.parent / "shared" / "docs" / "kore-pages"

# Pages whose endpoint is not Kore.ai's: the pre-call fetch page documents a request Kore.ai sends to the
# customer's own server (a callback), which a client of the Kore.ai API does not call.
NOT_KORE_ENDPOINTS = {"fetch-precall-contact"}
# Pages with no endpoint: the API list and the rate-limit page.
WITHOUT_ENDPOINT = {"api-list", "rate-limit-ccai"}

ROW = re.compile(r"^\|\s*\**(?P<key>Method|Endpoint)\**\s*\|\s*(?P<value>[^|]*?)\s*\|", re.IGNORECASE | re.MULTILINE)
# Everything before the first path segment that starts an API prefix: the scheme and whatever host spelling.
HOST = re.compile(r"^(?:https?://)?[^/]*?(?=/?(?:agentassist|campaign|api)/)/?")
PLACEHOLDER = re.compile(r"\{\{?[^{}/]+\}?\}|\(\([^()/]+\)\)")


def normalized(path: str) -> str:
    """A path template with the host and query gone and every placeholder the same segment `{}`."""
    path = path.strip().strip("`").strip()
    path = HOST.sub("/", path, count=1)
    path = path.split("?", 1)[0]
    return PLACEHOLDER.sub("{}", path)


def page_rows(page: Path) -> tuple[str, str]:
    rows = {match["key"].lower(): match["value"].strip("` ") for match in ROW.finditer(page.read_text("utf-8"))}
    return rows["method"].strip("*").strip().upper(), rows["endpoint"]


def spec_operations() -> dict[tuple[str, str], dict[str, Any]]:
    operations = load(ROOT / "openapi.yaml").path_operations.values()
    return {(op.method, normalized(op.path)): op.node for op in operations}


def endpoint_pages() -> list[Path]:
    pages = sorted(PAGES.glob("*.mdx"))
    return [page for page in pages if page.stem not in WITHOUT_ENDPOINT | NOT_KORE_ENDPOINTS]


pytestmark = pytest.mark.skipif(not PAGES.is_dir(), reason="the docs snapshot ../shared/docs/kore-pages is absent")


def test_the_snapshot_is_read_in_full() -> None:
    names = {page.stem for page in PAGES.glob("*.mdx")}
    assert names >= WITHOUT_ENDPOINT | NOT_KORE_ENDPOINTS
    assert len(endpoint_pages()) >= 55
    # The spellings the normalization must handle, each of which the snapshot uses.
    endpoints = [page_rows(page)[1] for page in endpoint_pages()]
    for spelling in ("{{host}}", "((host))", "{host}/", "{{url}}", "{{IID}}", "{{streamID}}", "{{campaignType}}"):
        assert any(spelling in endpoint for endpoint in endpoints), spelling


@pytest.mark.parametrize("page", endpoint_pages(), ids=lambda page: page.stem)
def test_each_pages_method_and_endpoint_have_an_operation_that_claims_the_page(page: Path) -> None:
    method, endpoint = page_rows(page)
    key = (method, normalized(endpoint))
    operations = spec_operations()
    assert key in operations, f"{page.stem}: {method} {endpoint} -> {key[1]} is in no operation of openapi.yaml"
    assert page.stem in operations[key].get("x-docs-pages", []), (page.stem, operations[key]["operationId"])


V1 = "/agentassist/api/v1/public/{}/campaign"
SPELLINGS = [
    ("https://{{host}}/agentassist/api/v1/public/{{IId}}/campaign?campaignType=voice", V1),
    ("https://{host}/agentassist/api/v1/public/{{IID}}/campaign/{{campaignId}}?campaignType=sms", f"{V1}/{{}}"),
    ("https://((host))/agentassist/api/v1/public/{{IID}}/campaign/{{campaignId}}", f"{V1}/{{}}"),
    ("https://{{host}}agentassist/api/v1/public/{{IId}}/campaign/{{campaignType}}?campaignType=sms", f"{V1}/{{}}"),
    (
        "https://{{url}}/campaign/api/v2/public/{{streamId}}/campaign?accountId={{accountId}}\\&campaignType=voice",
        "/campaign/api/v2/public/{}/campaign",
    ),
    ("https://host/agentassist/api/v1/public/{{IID}}/campaign?campaignType=sms", V1),
    (
        "`https://{{host}}/api/1.1/public/{{IID}}/campaign/contactList/addContacts`",
        "/api/1.1/public/{}/campaign/contactList/addContacts",
    ),
    (
        "/campaign/api/v2/public/{streamId}/campaign//trigger/{campaignId}",
        "/campaign/api/v2/public/{}/campaign//trigger/{}",
    ),
]


@pytest.mark.parametrize(("written", "read"), SPELLINGS)
def test_host_query_and_placeholder_spellings_are_read_as_one(written: str, read: str) -> None:
    assert normalized(written) == read
