"""scripts/docs-audit: the published pages audit clean, and each way Kore.ai changes a page is reported exactly."""

from __future__ import annotations

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
from scripts.docs_audit.pages import endpoint_path, read_page

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
    document = yaml.load(spec_document(), Loader=yaml.CSafeLoader)
    edit(document)
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.dump(document, Dumper=yaml.CSafeDumper, sort_keys=False), encoding="utf-8")
    return spec


def with_decision(tmp_path: Path, pages: list[str], key: str) -> Path:
    decision = {"pages": pages, "covers": [key], "decision": "Decided in a test."}
    return spec_with(tmp_path, lambda d: d["info"]["x-docs-decisions"].append(decision))


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
    after = audit(page, with_decision(tmp_path, [finding.slug], finding.key))
    assert all(f.decided for f in after)
    assert finding.key in {f.key for f in after}


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
    assert re.fullmatch(r"\d+ page\(s\): \d+ decided, 0 unexplained finding\(s\), 0 unreadable", summary), summary
    assert int(summary.split()[0]) >= 55 + len(SEEDS)
    assert int(summary.split()[2]) >= 30
    normalized = next(line for line in lines if line.startswith("normalized: "))
    assert "by rule number-means-integer" in normalized and "by rule response-table-without-data" in normalized


def test_every_in_scope_page_is_claimed_or_listed_as_not_yet_covered() -> None:
    result = docs_audit.run([], SPEC, KORE_PAGES)
    audited = {f.slug for f in result.findings}
    assert not [f for f in result.findings if f.kind in ("unclaimed", "missing-page", "covered-now")]
    in_scope = {p.stem for p in KORE_PAGES.glob("*.mdx") if read_page(p).in_scope}
    assert len(in_scope) == 55
    claimed = {page for op in docs_audit.Spec(SPEC).operations for page in op.pages}
    assert in_scope == (claimed & in_scope) | set(result.not_yet_covered)
    assert audited <= claimed
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


def test_a_max_length_raised_from_48_to_64(tmp_path: Path) -> None:
    page = changed(PROGRESSIVE, tmp_path, ("maximum of 48 characters", "maximum of 64 characters"))
    finding = only_unexplained(audit(page))
    assert finding.key == "createVoiceCampaign:body.name:maxLength"
    assert finding.page == "create-voice-campaign-progressive (create-voice-campaign-progressive.mdx)"
    assert finding.line == line_of(page, "maximum of 64 characters")
    assert finding.spec_location == "#/components/schemas/CampaignName"
    assert_source_names(finding, "CampaignName:")
    assert "64" in finding.message and "48" in finding.message
    assert_decision_covers_it(page, finding, tmp_path)


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
                entry["covers"].remove(key)

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
    weekly_only = with_decision(tmp_path, ["enable-voice-or-sms-campaign-schedule-weekly"], finding.key)
    assert not only_unexplained(audit(page, weekly_only)).decided


def test_a_decision_that_names_no_pages_is_reported(tmp_path: Path) -> None:
    unscoped = {"covers": ["createVoiceCampaign:body.name:maxLength"], "decision": "Names no page."}
    spec = spec_with(tmp_path, lambda d: d["info"]["x-docs-decisions"].append(unscoped))
    page = changed(PROGRESSIVE, tmp_path, ("maximum of 48 characters", "maximum of 64 characters"))
    keys = sorted(f.key for f in audit(page, spec) if not f.decided)
    assert keys[0] == "createVoiceCampaign:body.name:maxLength" and keys[1].endswith(":unscoped")


def test_a_decision_on_the_operation_may_leave_out_its_operation_id(tmp_path: Path) -> None:
    page = changed(PROGRESSIVE, tmp_path, ("maximum of 48 characters", "maximum of 64 characters"))

    def decide(document: Any) -> None:
        operation = document["paths"]["/agentassist/api/v1/public/{IId}/campaign"]["post"]
        pages = ["create-voice-campaign-progressive"]
        operation["x-docs-decision"] = {"pages": pages, "covers": ["body.name:maxLength"], "decision": "Kept at 48."}

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


def test_a_listed_page_that_an_operation_now_claims_is_reported(tmp_path: Path) -> None:
    def claim(document: Any) -> None:
        # listCampaignsV1 claims get-all-campaigns; a stale "not yet covered" entry for it is reported.
        document["info"]["x-docs-not-yet-covered"] = [{"page": "get-all-campaigns", "reason": "v1 not yet specified"}]

    result = docs_audit.run([], spec_with(tmp_path, claim), KORE_PAGES)
    assert "page:get-all-campaigns:covered-now" in {f.key for f in result.unexplained}


# --- samples, output and exit codes ---------------------------------------------------------------


def test_a_sample_that_is_not_json_is_a_finding_and_the_rest_is_audited(tmp_path: Path) -> None:
    page = changed(
        PROGRESSIVE,
        tmp_path,
        ('"status": "success",', '"status": success,'),
        ("maximum of 48 characters", "maximum of 64 characters"),
    )
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
    page = changed(PROGRESSIVE, tmp_path, ("maximum of 48 characters", "maximum of 64 characters"))
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
