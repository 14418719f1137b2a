"""scripts/docs-audit: the published pages audit clean, and each way Kore.ai changes a page is reported exactly."""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from scripts import docs_audit
from scripts.docs_audit.pages import campaign_pages_listed, endpoint_path, read_page
from scripts.docs_audit.pin import splice
from scripts.spec_facts import SpecFacts, load, parse_document

ROOT = Path(__file__).resolve().parent.parent

PAGES = ROOT.parent / "shared" / "docs" / "pages"
KORE_PAGES = ROOT.parent / "shared" / "docs" / "kore-pages"
SPEC = ROOT / "openapi.yaml"
AUDIT = ROOT / "scripts" / "docs-audit"
DAILY = KORE_PAGES / "enable-voice-or-sms-campaign-schedule-daily.mdx"
WEEKLY = KORE_PAGES / "enable-voice-or-sms-campaign-schedule-weekly.mdx"
PROGRESSIVE = KORE_PAGES / "create-voice-campaign-progressive.mdx"
SMS_TEMPLATE = KORE_PAGES / "create-sms-campaign-using-template-v2.mdx"
# The plain-text seed exports carry no slug; CI names them (scripts/test does the same). Unnamed, they are
# still audited: see test_an_export_without_its_slug_takes_the_decisions_of_the_pages_it_may_be.
SEEDS = {
    "enable-voice-or-sms-campaign-schedule-weekly": PAGES / "000_dad2097efb535b2a.txt",
    "enable-voice-or-sms-campaign-schedule-daily": PAGES / "001_9c9190fa000f1d97.txt",
    "create-voice-campaign-progressive": PAGES / "002_b3029b633406ccbb.txt",
    "create-sms-campaign-using-template-v2": PAGES / "003_8352e3f26b80fa90.txt",
    "get-voice-campaign-by-id-v2": PAGES / "004_b8727d0220952b5a.txt",
}


def audit(page: Path, spec: Path = SPEC) -> list[docs_audit.Finding]:
    return docs_audit.audit_files([str(page)], spec)


def changed(source: Path, tmp_path: Path, *edits: tuple[str, str]) -> Path:
    text = source.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, f"the page no longer contains {old!r}"
        text = text.replace(old, new, 1)
    page = tmp_path / source.name
    page.write_text(text, encoding="utf-8")
    return page


@functools.cache
def spec_document() -> str:
    # libyaml both ways: the pure-Python loader and dumper take a second each on the spec.
    return SPEC.read_text(encoding="utf-8")


def spec_with(tmp_path: Path, edit: Callable[[Any], None]) -> Path:
    document = parse_document(spec_document(), SPEC)
    edit(document)
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.dump(document, Dumper=yaml.CSafeDumper, sort_keys=False), encoding="utf-8")
    return spec


def with_decision(tmp_path: Path, pages: list[str], key: str, value: object) -> Path:
    """The spec with one more decision: `key` on `pages`, accepting `value` (what the page says)."""
    decision = {"pages": pages, "covers": {key: value}, "decision": "Decided in a test."}
    return spec_with(tmp_path, lambda d: d["info"]["x-docs-decisions"].append(decision))


@functools.cache
def spec_facts() -> SpecFacts:
    return load(SPEC)


def name_limit_changed(tmp_path: Path, page: Path, by: int = 1) -> tuple[Path, int, int]:
    """`page` saying another campaign-name limit than it does: the page's own number and the spec's are
    read, never assumed, so the test stands whatever limit the docs and the spec hold next."""
    said = re.search(r"maximum of (\d+) characters", page.read_text(encoding="utf-8"))
    assert said, f"{page.name} no longer states a maximum length"
    old = int(said.group(1))
    new = max(old, spec_facts().schema("CampaignName")["maxLength"]) + by
    return changed(page, tmp_path, (said.group(0), f"maximum of {new} characters")), old, new


def only_unexplained(findings: list[docs_audit.Finding]) -> docs_audit.Finding:
    """The one unexplained finding, which names its page (slug and file), field, page line and spec source."""
    unexplained = [f for f in findings if not f.decided]
    assert len(unexplained) == 1, [f.key for f in unexplained]
    finding = unexplained[0]
    assert finding.page == f"{finding.slug} ({finding.slug}.mdx)"
    assert finding.key == f"{finding.key.split(':')[0]}:{finding.field}:{finding.kind}"
    assert finding.line > 0
    assert re.fullmatch(r"spec/[\w-]+\.yaml:\d+", finding.spec_source), finding.spec_source
    return finding


def line_of(page: Path, text: str) -> int:
    return next(n for n, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def assert_source_names(finding: docs_audit.Finding, text: str) -> None:
    """The finding's spec location is a hand-written file in spec/ and a line there that says `text`."""
    match = re.fullmatch(r"spec/([\w-]+\.yaml):(\d+)", finding.spec_source)
    assert match, finding.spec_source
    lines = (ROOT / "spec" / match.group(1)).read_text(encoding="utf-8").splitlines()
    assert text in lines[int(match.group(2)) - 1], (finding.spec_source, lines[int(match.group(2)) - 1])


def assert_decision_covers_it(page: Path, finding: docs_audit.Finding, tmp_path: Path) -> None:
    after = audit(page, with_decision(tmp_path, [finding.slug], finding.key, finding.value))
    assert all(f.decided for f in after)
    assert finding.key in {f.key for f in after}
    # Pinned: the same key saying anything else is not covered.
    other = audit(page, with_decision(tmp_path, [finding.slug], finding.key, finding.value + " (another)"))
    assert [f.key for f in other if not f.decided] == [finding.key]


# --- CI: the whole published snapshot and the seed exports -----------------------------------------


def test_ci_audit_of_the_published_pages_and_the_seeds_has_nothing_unexplained() -> None:
    seeds = [f"{slug}={file}" for slug, file in SEEDS.items()]
    result = subprocess.run(  # noqa: S603 - our own script
        [str(AUDIT), "--docs-root", str(KORE_PAGES), *seeds], capture_output=True, text=True, check=False
    )
    lines = result.stdout.splitlines()
    print("\n".join(lines[-3:]))  # the decided and normalized counts, for the CI log
    assert result.returncode == 0, result.stdout + result.stderr
    summary = lines[-1]
    match = re.fullmatch(
        r"(\d+) page\(s\): (\d+) audited, (\d+) out of scope; (\d+) decided, 0 unexplained finding\(s\), 0 unreadable",
        summary,
    )
    assert match, summary
    pages, audited, out_of_scope, decided = map(int, match.groups())
    assert pages == len(list(KORE_PAGES.glob("*.mdx"))) + len(SEEDS) == audited + out_of_scope  # every page
    assert decided >= 30
    normalized = next(line for line in lines if line.startswith("normalized: "))
    assert "by rule number-means-integer" in normalized and "by rule response-table-without-data" in normalized


def test_every_page_of_the_root_is_accounted_for() -> None:
    result = docs_audit.run([], SPEC, KORE_PAGES)
    audited = {f.slug for f in result.findings}
    assert not [f for f in result.findings if f.kind in ("unclaimed", "missing-page", "covered-now", "not-in-folder")]
    every_page = {p.stem for p in KORE_PAGES.glob("*.mdx")}
    assert sorted(entry.slug for entry in result.inventory) == sorted(every_page)  # each once, audited or not
    in_scope = {p.stem for p in KORE_PAGES.glob("*.mdx") if read_page(p).in_scope}
    claimed = {page for op in docs_audit.Spec(SPEC).operations for page in op.pages}
    assert in_scope == (claimed & in_scope) | set(result.not_yet_covered)
    assert audited <= claimed
    by_status = {entry.slug: (entry.status, entry.detail) for entry in result.inventory}
    # The pre-call webhook's page is not Campaign Management's scope, but the spec's webhooks claim it.
    assert by_status["fetch-precall-contact"] == ("audited", "webhook preCallContactFetch")
    assert "preCallContactFetch:sample.response:invalid-json" in {f.key for f in result.findings}
    not_audited = {slug: detail for slug, (status, detail) in by_status.items() if status != "audited"}
    assert set(not_audited) == every_page - claimed - set(result.not_yet_covered)
    assert all(by_status[slug][0] == "out of scope" and detail for slug, detail in not_audited.items())
    assert "not an API page" in not_audited["api-list"]
    rendered = docs_audit.report.render(result)
    for slug, detail in not_audited.items():
        assert f"out of scope: {slug} ({KORE_PAGES / slug}.mdx): {detail}" in rendered
    assert result.unused_decisions == []  # every recorded decision key still covers a finding


def test_the_mdx_quirks_are_read(tmp_path: Path) -> None:
    assert read_page(KORE_PAGES / "create-voice-campaign-agentless-v2.mdx").in_scope  # "Campaign management"
    listing = read_page(KORE_PAGES / "get-all-campaigns-v2.mdx")  # endpoint without backticks; two samples each
    assert listing.endpoint and listing.endpoint.startswith("https://{{host}}/campaign/api/v2/")
    assert len([s for s in listing.samples if s.section == "sample.response"]) == 2
    assert "data.results[].id" not in {r.name for r in listing.tables["body"]}  # response tables stay responses
    contact_list = read_page(KORE_PAGES / "create-contact-list-v2.mdx")  # `data.mapping.`firstName
    assert "data.mapping.firstName" in {r.name for r in contact_list.tables["response"]}
    for written in (
        "https://{{url}}/x/{{streamId}}/y",
        "https://{host}}/x/{{streamId}}/y",
        "https://((host))/x/{{streamId}}/y",
        "https://{{host}}x/{{streamId}}/y",
        "`https://host/x/{{streamId}}/y?a=1\\&b=2`",
    ):
        assert endpoint_path(written)[0] == "/x/{streamId}/y", written
    stray = tmp_path / "stray.mdx"
    stray.write_text('"---\ntitle: Stray quote\nnoindex: true\n---\n| **API Scope** | Campaign Management |\n')
    assert read_page(stray).title == "Stray quote" and read_page(stray).in_scope


# --- each Kore.ai-style edit gives exactly one unexplained finding ----------------------------------


def test_a_new_optional_body_field(tmp_path: Path) -> None:
    row = "| `recurrenceObject.dailyDetails.onceEveryNdays` |"
    new_row = "| `recurrenceObject.skipHolidays` | Skip public holidays. | boolean, optional |\n"
    page = changed(DAILY, tmp_path, (row, new_row + row))
    finding = only_unexplained(audit(page))
    assert finding.key == "scheduleCampaign:body.recurrenceObject.skipHolidays:missing"
    assert finding.page == f"enable-voice-or-sms-campaign-schedule-daily ({page.name})"
    assert finding.field == "body.recurrenceObject.skipHolidays"
    assert finding.line == line_of(page, "skipHolidays")
    assert finding.spec_location == "#/components/schemas/ScheduleRequest"  # the body member this page documents
    assert_source_names(finding, "ScheduleRequest:")
    assert_decision_covers_it(page, finding, tmp_path)


def test_a_max_length_raised(tmp_path: Path) -> None:
    page, _, new = name_limit_changed(tmp_path, PROGRESSIVE)
    finding = only_unexplained(audit(page))
    assert finding.key == "createVoiceCampaign:body.name:maxLength"
    assert finding.page == "create-voice-campaign-progressive (create-voice-campaign-progressive.mdx)"
    assert finding.line == line_of(page, f"maximum of {new} characters")
    assert finding.spec_location == "#/components/schemas/CampaignName"
    assert_source_names(finding, "CampaignName:")
    spec_limit = spec_facts().schema("CampaignName")["maxLength"]
    assert f"at most {new} characters, spec maxLength {spec_limit}" in finding.message
    assert finding.value == str(new)
    assert_decision_covers_it(page, finding, tmp_path)


def test_a_pinned_decision_resurfaces_when_the_page_says_another_value(tmp_path: Path) -> None:
    # The maintainer kept the spec's limit and pinned what the page says; the page then changes again.
    page, _, said = name_limit_changed(tmp_path, PROGRESSIVE)
    key = "createVoiceCampaign:body.name:maxLength"
    spec = with_decision(tmp_path, ["create-voice-campaign-progressive"], "*:body.name:maxLength", said)
    assert all(f.decided for f in audit(page, spec))
    again, _, now = name_limit_changed(tmp_path, page)
    finding = only_unexplained(audit(again, spec))
    assert (finding.key, finding.value) == (key, str(now))
    decision = f"#/info/x-docs-decisions/{len(yaml.safe_load(spec_document())['info']['x-docs-decisions'])}"
    assert (finding.pinned_by, finding.pinned) == (decision, (str(said),))
    assert f"{decision} accepted '{said}' here, the page now says '{now}'" in finding.message
    result = subprocess.run(  # noqa: S603 - our own script
        [str(AUDIT), "--spec", str(spec), "--only-unexplained", str(again)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    first = result.stdout.splitlines()[0]  # the summary comes first
    assert re.fullmatch(r"1 page\(s\): 1 audited; \d+ decided, 1 unexplained finding\(s\), 0 unreadable", first), first
    assert "decided (" not in result.stdout  # only what needs a decision
    assert f"UNEXPLAINED: {key} [page says '{now}']" in result.stdout


def test_a_migrated_decision_resurfaces_when_its_page_changes(tmp_path: Path) -> None:
    # The progressive page's query table says campaignType "Use sms" while its endpoint sends voice: decided,
    # with what the table says pinned. The table naming another value is a finding again.
    key = "createVoiceCampaign:query.campaignType:contradiction"
    [decided] = [f for f in audit(PROGRESSIVE) if f.key == key]
    assert decided.decided and decided.value == "campaignType=voice; table: sms"
    other = SpecFacts.not_one_of(spec_facts().enum("createVoiceCampaign", "campaignType"))
    row = next(
        line for line in PROGRESSIVE.read_text(encoding="utf-8").splitlines() if line.startswith("| `campaignType`")
    )
    page = changed(PROGRESSIVE, tmp_path, (row, row.replace("sms", other)))
    finding = only_unexplained(audit(page))
    assert (finding.key, finding.value) == (key, f"campaignType=voice; table: {other}")
    assert finding.pinned_by == decided.decided_by and finding.pinned == (decided.value,)


def test_an_enum_value_added(tmp_path: Path) -> None:
    old, new = "one of: WEEKLY, DAILY, or CUSTOM", "one of: WEEKLY, DAILY, MONTHLY, or CUSTOM"
    page = changed(PROGRESSIVE, tmp_path, (old, new))
    finding = only_unexplained(audit(page))
    assert finding.key == "createVoiceCampaign:body.dialingStrategy.callingHours.frequency:enum"
    assert finding.line == line_of(page, "MONTHLY")
    assert finding.spec_location == "#/components/schemas/CallingHours/properties/frequency"
    assert_source_names(finding, "frequency:")
    assert "MONTHLY" in finding.message
    assert_decision_covers_it(page, finding, tmp_path)


def test_a_required_header_dropped_from_table_and_sample(tmp_path: Path) -> None:
    text = DAILY.read_text(encoding="utf-8")
    row = next(line for line in text.splitlines(keepends=True) if line.startswith("| `iid`"))
    curl = next(line for line in text.splitlines(keepends=True) if "--header 'iid:" in line)
    page = changed(DAILY, tmp_path, (row, ""), (curl, ""))
    finding = only_unexplained(audit(page))
    assert finding.key == "scheduleCampaign:header.iid:not-on-page"
    assert finding.line == line_of(page, "| `auth`")  # the header table
    assert finding.spec_location == "#/components/securitySchemes/iid"
    assert_source_names(finding, "iid:")
    assert_decision_covers_it(page, finding, tmp_path)


def test_a_field_renamed_in_the_sample_only(tmp_path: Path) -> None:
    page = changed(DAILY, tmp_path, ('"onceEveryNdays": 1', '"onceEveryNday": 1'))
    finding = only_unexplained(audit(page))
    assert finding.key == "scheduleCampaign:sample.request.recurrenceObject.dailyDetails.onceEveryNdays:renamed"
    assert "onceEveryNday'" in finding.message
    assert finding.line == line_of(page, "curl --location") - 1  # the fence that opens the sample
    assert_source_names(finding, "ScheduleRequest:")
    assert_decision_covers_it(page, finding, tmp_path)


def test_a_page_that_contradicts_itself(tmp_path: Path) -> None:
    # The progressive page's query table says campaignType "Use sms" while its endpoint sends voice.
    key = "createVoiceCampaign:query.campaignType:contradiction"

    def undecide(document: Any) -> None:
        decisions = document["info"]["x-docs-decisions"]
        kept = [d for d in decisions if not (isinstance(d, dict) and key in d["covers"])]
        assert len(kept) == len(decisions) - 1
        document["info"]["x-docs-decisions"] = kept

    finding = only_unexplained(audit(PROGRESSIVE, spec_with(tmp_path, undecide)))
    assert finding.key == key
    assert "campaignType=voice" in finding.message and "sms" in finding.message
    assert finding.line == line_of(PROGRESSIVE, "| `campaignType` | Type of campaign. Use")
    assert finding.spec_location.endswith("/post/parameters/0")
    assert_source_names(finding, "- name: campaignType")
    decided = [f for f in audit(PROGRESSIVE) if f.key == key]
    assert decided and decided[0].decided_by and decided[0].decided_by.startswith("#/info/x-docs-decisions/")


def test_formatting_only_changes_give_nothing_new(tmp_path: Path) -> None:
    before = sorted((f.key, f.decided) for f in audit(PROGRESSIVE))
    page = changed(
        PROGRESSIVE,
        tmp_path,
        ("---\n", "---\nnoindex: true\nhidden: true\n"),  # frontmatter flags
        ("## Path Parameters", '<Badge color="blue">v1</Badge>\n\n### Path Parameters'),  # a badge, heading level
        ("| Parameter | Description  | Type |", "| **Parameter** | **Description** | **Type** |"),  # bold headers
        ("```bash", "```shell expandable"),  # code-fence language
        ("## Body Parameters", "#### **Body Parameters**"),
    )
    assert sorted((f.key, f.decided) for f in audit(page)) == before


# --- what the rules may and may not do --------------------------------------------------------------


def test_a_rule_never_hides_a_field_the_spec_lacks(tmp_path: Path) -> None:
    # Without `data.` a response row is read inside `data` only when the spec has it there.
    row = "| `data.createdAt` |"
    page = changed(PROGRESSIVE, tmp_path, (row, "| `callbackUrl` | Where to post results. | string |\n" + row))
    finding = only_unexplained(audit(page))
    assert finding.key == "createVoiceCampaign:response.callbackUrl:missing"
    assert finding.line == line_of(page, "callbackUrl")


def test_normalizations_are_counted_by_rule() -> None:
    result = docs_audit.run([str(PROGRESSIVE), str(SMS_TEMPLATE)], SPEC)
    assert result.normalized["number-means-integer"] >= 3  # maxAttemptsPerRecord & co. typed number
    assert result.normalized["page-value-of-merged-operation"] >= 1  # campaignType=sms of createCampaign
    assert "normalized: " in docs_audit.report.render(result)


def test_a_field_required_on_one_page_of_a_merged_operation(tmp_path: Path) -> None:
    # createCampaign serves five pages; the template page requires message.template_name, the plain SMS page
    # sends none. The page's own body member is compared, so the requirement is seen (and decided).
    key = "createCampaign:body.message.template_name:required"
    [decided] = [f for f in audit(SMS_TEMPLATE) if f.key == key]
    assert decided.decided and decided.spec_location.endswith("SmsMessage/properties/template_name")

    def undecide(document: Any) -> None:
        for entry in document["info"]["x-docs-decisions"]:
            if isinstance(entry, dict) and key in entry["covers"]:
                del entry["covers"][key]

    assert only_unexplained(audit(SMS_TEMPLATE, spec_with(tmp_path, undecide))).key == key


# --- decisions are scoped to pages ---------------------------------------------------------------


def test_an_export_without_its_slug_takes_the_decisions_of_the_pages_it_may_be() -> None:
    # The weekly and progressive exports have no title to tell them from their operation's other pages.
    findings = docs_audit.audit_files([str(path) for path in SEEDS.values()], SPEC)
    weekly = [f for f in findings if f.page == "000_dad2097efb535b2a.txt"]
    assert any("dailyDetails" in f.key for f in weekly)  # the weekly page's own decision covers it
    assert not [f.key for f in findings if not f.decided]
    # The pages it may be are its operation's (a named page keeps its own scope: see the next test).
    assert "enable-voice-or-sms-campaign-schedule-weekly" in weekly[0].decision_pages


def test_a_decision_for_one_page_does_not_cover_another(tmp_path: Path) -> None:
    # The weekly page's decision covers `scheduleCampaign:body.recurrenceObject.dailyDetails.*:missing`.
    assert any(f.decided and "dailyDetails" in f.key for f in audit(WEEKLY))
    row = "| `recurrenceObject.dailyDetails.onceEveryNdays` |"
    new_row = "| `recurrenceObject.dailyDetails.skipHolidays` | Skip public holidays. | boolean, optional |\n"
    page = changed(DAILY, tmp_path, (row, new_row + row))
    finding = only_unexplained(audit(page))
    assert finding.key == "scheduleCampaign:body.recurrenceObject.dailyDetails.skipHolidays:missing"
    weekly_only = with_decision(tmp_path, ["enable-voice-or-sms-campaign-schedule-weekly"], finding.key, finding.value)
    assert not only_unexplained(audit(page, weekly_only)).decided


def test_a_decision_that_names_no_pages_is_reported(tmp_path: Path) -> None:
    page, _, new = name_limit_changed(tmp_path, PROGRESSIVE)
    unscoped = {"covers": {"createVoiceCampaign:body.name:maxLength": new}, "decision": "Names no page."}
    spec = spec_with(tmp_path, lambda d: d["info"]["x-docs-decisions"].append(unscoped))
    keys = sorted(f.key for f in audit(page, spec) if not f.decided)
    assert keys[0] == "createVoiceCampaign:body.name:maxLength" and keys[1].endswith(":unscoped")


def test_a_decision_on_the_operation_may_leave_out_its_operation_id(tmp_path: Path) -> None:
    page, old, new = name_limit_changed(tmp_path, PROGRESSIVE)

    def decide(document: Any) -> None:
        operation = document["paths"]["/agentassist/api/v1/public/{IId}/campaign"]["post"]
        pages = ["create-voice-campaign-progressive"]
        covers = {"body.name:maxLength": new}
        operation["x-docs-decision"] = {"pages": pages, "covers": covers, "decision": f"Kept at {old}."}

    [finding] = [
        f for f in audit(page, spec_with(tmp_path, decide)) if f.key == "createVoiceCampaign:body.name:maxLength"
    ]
    assert finding.decided_by == "#/paths/~1agentassist~1api~1v1~1public~1{IId}~1campaign/post/x-docs-decision"


# --- pages found and missed under a docs root -----------------------------------------------------------


def test_a_new_in_scope_page_and_a_missing_claimed_page_are_reported(tmp_path: Path) -> None:
    root = tmp_path / "ai-for-service" / "apis" / "contact-center"  # a docs-v2 checkout's layout
    root.mkdir(parents=True)
    for name in ("create-voice-campaign-progressive.mdx", "create-voice-campaign-agentless-v2.mdx"):
        shutil.copy(KORE_PAGES / name, root / name)
    (root / "pause-voice-campaign-v2.mdx").write_text(  # a page Kore.ai added, scope in lower case
        (KORE_PAGES / "stop-voice-campaign-v2.mdx")
        .read_text(encoding="utf-8")
        .replace("Campaign Management", "campaign management"),
        encoding="utf-8",
    )
    shutil.copy(KORE_PAGES / "rate-limit-ccai.mdx", root / "rate-limit-ccai.mdx")  # not in scope: not reported
    result = docs_audit.run([], SPEC, tmp_path)
    kinds = {f.key: f for f in result.unexplained}
    new = kinds.pop("page:pause-voice-campaign-v2:unclaimed")
    assert new.line == line_of(root / "pause-voice-campaign-v2.mdx", "Endpoint")
    assert "page:get-all-campaigns-v2:missing-page" in kinds  # claimed by listCampaigns, absent here
    assert all(key.endswith(":missing-page") for key in kinds)
    assert not any("rate-limit" in f.key for f in result.findings)
    assert {e.slug: e.status for e in result.inventory}["rate-limit-ccai"] == "out of scope"  # listed, with why
    # The page's method and URL are triggerVoiceCampaign's: it is named, with where and how to claim it.
    assert new.hint == "triggerVoiceCampaign"
    [operation] = [op for op in docs_audit.Spec(SPEC).operations if op.operation_id == "triggerVoiceCampaign"]
    source = docs_audit.Spec(SPEC, ROOT / "spec").source(f"{operation.pointer}/x-docs-pages")
    assert f"POST {operation.path} is triggerVoiceCampaign's" in new.message
    assert f"add `pause-voice-campaign-v2` to triggerVoiceCampaign's x-docs-pages ({source})" in new.message
    assert_source_names(dataclasses.replace(new, spec_source=source), "x-docs-pages:")

    # Claimed as the hint says, the page is audited against that operation.
    def claim(document: Any) -> None:
        SpecFacts(document).operation("triggerVoiceCampaign").node["x-docs-pages"].append("pause-voice-campaign-v2")

    claimed = docs_audit.run([], spec_with(tmp_path, claim), tmp_path)
    entry = next(e for e in claimed.inventory if e.slug == "pause-voice-campaign-v2")
    assert (entry.status, entry.detail) == ("audited", "triggerVoiceCampaign")
    assert "page:pause-voice-campaign-v2:unclaimed" not in {f.key for f in claimed.findings}


def test_a_new_endpoint_and_a_new_method_on_a_known_url_are_told_apart(tmp_path: Path) -> None:
    stop = (KORE_PAGES / "stop-voice-campaign-v2.mdx").read_text(encoding="utf-8")
    (tmp_path / "pause-voice-campaign-v2.mdx").write_text(stop.replace("/trigger/", "/pause/"), encoding="utf-8")
    get = (KORE_PAGES / "get-voice-campaign-by-id-v2.mdx").read_text(encoding="utf-8")
    (tmp_path / "patch-voice-campaign-v2.mdx").write_text(get.replace("| Method | GET |", "| Method | PATCH |"))
    result = docs_audit.run([], SPEC, tmp_path)
    hints = {f.slug: f.message for f in result.findings if f.kind == "unclaimed"}
    assert (
        "no operation has POST /api/v2/public/{streamId}/campaign/pause/{campaignId}: a new endpoint"
        in hints["pause-voice-campaign-v2"]
    )
    assert "GET getCampaign" in hints["patch-voice-campaign-v2"]
    assert "with another method (PATCH): a new operation on an existing path" in hints["patch-voice-campaign-v2"]


def test_a_campaign_page_the_api_list_names_but_the_folder_lacks_is_reported(tmp_path: Path) -> None:
    listed = campaign_pages_listed(KORE_PAGES / "api-list.mdx")
    assert len(listed) >= len(docs_audit.Spec(SPEC).operations)  # the index names every campaign page
    shutil.copy(KORE_PAGES / "api-list.mdx", tmp_path / "api-list.mdx")
    for slug in listed[1:]:
        shutil.copy(KORE_PAGES / f"{slug}.mdx", tmp_path / f"{slug}.mdx")
    result = docs_audit.run([], SPEC, tmp_path)
    absent = [f for f in result.unexplained if f.kind == "not-in-folder"]
    assert [f.key for f in absent] == [f"page:{listed[0]}:not-in-folder"]
    assert "refresh the snapshot" in absent[0].message


# --- the pre-call webhook's page ----------------------------------------------------------------------


def test_the_webhook_page_is_audited_and_a_changed_field_is_found(tmp_path: Path) -> None:
    webhook = KORE_PAGES / "fetch-precall-contact.mdx"
    assert not read_page(webhook).in_scope  # its API Scope is "Configuration"; the spec's webhooks claim it
    findings = audit(webhook)
    assert findings and all(f.decided for f in findings)
    row = next(line for line in webhook.read_text(encoding="utf-8").splitlines() if line.startswith("| `DialingId`"))
    schema = spec_facts().schema("PreCallFetchRequest")
    assert "DialingId" in schema["required"] and schema["properties"]["DialingId"]["type"] == "string"
    page = changed(
        webhook,
        tmp_path,
        (row, row.replace("| String | Yes |", "| Integer | No |")),
        ('"DialingId"', '"DialingID"'),
    )
    unexplained = {(f.key, f.value, f.line) for f in audit(page) if not f.decided}
    assert unexplained == {
        ("preCallContactFetch:body.DialingId:type", "integer", line_of(page, "| `DialingId`")),
        ("preCallContactFetch:body.DialingId:required", "optional", line_of(page, "| `DialingId`")),
        ("preCallContactFetch:sample.request.DialingId:renamed", "DialingID", line_of(page, "curl --location") - 1),
    }


# --- decisions in the earlier, unpinned form ----------------------------------------------------------


def test_an_unpinned_decision_is_a_finding_and_the_tool_pins_what_the_pages_say(tmp_path: Path) -> None:
    # A copy of the spec whose webhook decision (an operation's, keys without the operation id) and one info
    # decision are in the unpinned form, as a branch written before pinning would have them.
    sources = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", sources)
    document = parse_document(spec_document(), SPEC)
    decisions = document["info"]["x-docs-decisions"]
    position = next(i for i, d in enumerate(decisions) if isinstance(d, dict) and len(d["covers"]) > 1)
    unpin = {
        "#/webhooks/preCallContactFetch/post/x-docs-decision": document["webhooks"]["preCallContactFetch"]["post"][
            "x-docs-decision"
        ],
        f"#/info/x-docs-decisions/{position}": decisions[position],
    }
    model = docs_audit.Spec(SPEC, sources)
    for where, decision in unpin.items():
        keys = list(decision["covers"])
        decision["covers"] = keys
        located = model.sources.entry(f"{where}/covers") if model.sources else None
        assert located is not None
        file, key, value = located
        text = (sources / file).read_text(encoding="utf-8")
        unpinned = splice(text, key.start_mark.index, value.end_mark.index, f"covers: {json.dumps(keys)}\n")
        (sources / file).write_text(unpinned, encoding="utf-8")
    bundle = tmp_path / "openapi.yaml"
    bundle.write_text(yaml.dump(document, Dumper=yaml.CSafeDumper, sort_keys=False), encoding="utf-8")

    before = docs_audit.run([], bundle, KORE_PAGES, sources)
    assert sorted(f.kind for f in before.unexplained) == ["unpinned", "unpinned"]  # its findings still covered
    result = subprocess.run(  # noqa: S603 - our own script
        [
            str(AUDIT),
            "--pin-decisions",
            "--spec",
            str(bundle),
            "--spec-source",
            str(sources),
            "--docs-root",
            str(KORE_PAGES),
            *(f"{slug}={file}" for slug, file in SEEDS.items()),  # what CI audits, as the guide says
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "pinned #/webhooks/preCallContactFetch/post/x-docs-decision (11 key pattern(s))" in result.stdout
    for file in ("pre-call-webhook.yaml", "openapi.yaml"):  # the same text as the committed, pinned spec
        assert (sources / file).read_text(encoding="utf-8") == (ROOT / "spec" / file).read_text(encoding="utf-8")


def test_a_listed_page_that_an_operation_now_claims_is_reported(tmp_path: Path) -> None:
    def claim(document: Any) -> None:
        # listCampaignsV1 claims get-all-campaigns; a stale "not yet covered" entry for it is reported.
        document["info"]["x-docs-not-yet-covered"] = [{"page": "get-all-campaigns", "reason": "v1 not yet specified"}]

    result = docs_audit.run([], spec_with(tmp_path, claim), KORE_PAGES)
    assert "page:get-all-campaigns:covered-now" in {f.key for f in result.unexplained}


# --- samples, output and exit codes ---------------------------------------------------------------


def test_a_sample_that_is_not_json_is_a_finding_and_the_rest_is_audited(tmp_path: Path) -> None:
    limited, _, _ = name_limit_changed(tmp_path, PROGRESSIVE)
    page = changed(limited, tmp_path, ('"status": "success",', '"status": success,'))
    findings = [f for f in audit(page) if not f.decided]
    assert sorted(f.key for f in findings) == [
        "createVoiceCampaign:body.name:maxLength",
        "createVoiceCampaign:sample.response:invalid-json",
    ]
    [broken] = [f for f in findings if f.kind == "invalid-json"]
    assert broken.line == line_of(page, '"status": success')
    result = subprocess.run([str(AUDIT), str(page)], capture_output=True, text=True, check=False)  # noqa: S603
    assert result.returncode == 1


def test_json_output_and_exit_codes(tmp_path: Path) -> None:
    page, _, _ = name_limit_changed(tmp_path, PROGRESSIVE)
    result = subprocess.run(  # noqa: S603 - our own script
        [str(AUDIT), "--json", str(page)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    output = json.loads(result.stdout)
    [finding] = [f for f in output["findings"] if not f["decided"]]
    assert finding["key"] == "createVoiceCampaign:body.name:maxLength"
    assert finding["spec_source"].startswith("spec/common.yaml:")
    assert output["normalized"]["number-means-integer"] >= 1


def test_an_unreadable_page_exits_2_and_the_others_are_audited(tmp_path: Path) -> None:
    page = tmp_path / "broken.mdx"
    page.write_bytes(b"\xff\xfe not text")
    result = subprocess.run(  # noqa: S603 - our own script
        [str(AUDIT), str(page), str(PROGRESSIVE)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert f"{page}: cannot read" in result.stderr
    assert "create-voice-campaign-progressive" in result.stdout and "1 unreadable" in result.stdout


def test_an_explicit_slug_names_an_export() -> None:
    weekly = SEEDS["enable-voice-or-sms-campaign-schedule-weekly"]
    findings = docs_audit.audit_files([f"enable-voice-or-sms-campaign-schedule-weekly={weekly}"], SPEC)
    assert findings and all(f.page.startswith("enable-voice-or-sms-campaign-schedule-weekly (") for f in findings)
    assert all(f.decided for f in findings)


def test_an_unreadable_spec_exits_2(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text("openapi: [unclosed\n", encoding="utf-8")
    result = subprocess.run(  # noqa: S603 - our own script
        [str(AUDIT), "--spec", str(spec), str(DAILY)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert str(spec) in result.stderr and "line 2" in result.stderr


def test_a_named_page_of_another_api_scope_is_not_audited() -> None:
    result = docs_audit.run([str(KORE_PAGES / "rate-limit-ccai.mdx")], SPEC)
    assert result.findings == [] and result.out_of_scope == ["rate-limit-ccai"] and result.pages == 0
