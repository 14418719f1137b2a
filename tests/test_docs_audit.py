"""scripts/docs-audit: the real pages audit clean, and each way Kore.ai changes a page is reported exactly."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import yaml

from scripts import docs_audit

ROOT = Path(__file__).resolve().parent.parent

PAGES = ROOT.parent / "shared" / "docs" / "pages"
KORE_PAGES = ROOT.parent / "shared" / "docs" / "kore-pages"
SPEC = ROOT / "openapi.yaml"
DAILY = PAGES / "001_9c9190fa000f1d97.txt"
PROGRESSIVE = KORE_PAGES / "create-voice-campaign-progressive.mdx"


def audit(page: Path, spec: Path = SPEC) -> list[docs_audit.Finding]:
    return docs_audit.audit_files([str(page)], spec)


def changed(source: Path, tmp_path: Path, old: str, new: str) -> Path:
    text = source.read_text(encoding="utf-8")
    assert old in text, f"the page no longer contains {old!r}"
    page = tmp_path / source.name
    page.write_text(text.replace(old, new, 1), encoding="utf-8")
    return page


def with_decision(tmp_path: Path, key: str) -> Path:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    document["info"]["x-docs-decisions"].append({"covers": [key], "decision": "Decided in a test."})
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return spec


def only_unexplained(findings: list[docs_audit.Finding]) -> docs_audit.Finding:
    unexplained = [f for f in findings if not f.decided]
    assert len(unexplained) == 1, [f.key for f in unexplained]
    return unexplained[0]


def line_of(page: Path, text: str) -> int:
    return next(n for n, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def assert_decision_covers_it(page: Path, finding: docs_audit.Finding, tmp_path: Path) -> None:
    after = audit(page, with_decision(tmp_path, finding.key))
    assert all(f.decided for f in after)
    assert finding.key in {f.key for f in after}


def test_ci_audit_of_every_seed_page_has_nothing_unexplained() -> None:
    pages = sorted(PAGES.glob("*.txt"))
    assert len(pages) == 5
    result = subprocess.run(  # noqa: S603 - our own script
        [str(ROOT / "scripts" / "docs-audit"), *map(str, pages)], capture_output=True, text=True, check=False
    )
    print(result.stdout.splitlines()[-1])  # the decided count, for the CI log
    assert result.returncode == 0, result.stdout
    summary = result.stdout.splitlines()[-1]
    assert summary.startswith("5 page(s): ") and summary.endswith(" decided, 0 unexplained finding(s)")
    assert int(summary.split()[2]) >= 10


def test_unmodified_pages_have_only_decided_findings() -> None:
    assert all(f.decided for f in audit(DAILY))
    assert all(f.decided for f in audit(PROGRESSIVE))


def test_a_new_optional_body_field(tmp_path: Path) -> None:
    row = "| `recurrenceObject.dailyDetails.onceEveryNdays` |"
    new_row = "| `recurrenceObject.skipHolidays` | Skip public holidays. | boolean, optional |\n"
    page = changed(DAILY, tmp_path, row, new_row + row)
    finding = only_unexplained(audit(page))
    assert finding.key == "scheduleCampaign:body.recurrenceObject.skipHolidays:missing"
    assert finding.page.endswith(page.name + ")") or finding.page == page.name
    assert finding.field == "body.recurrenceObject.skipHolidays"
    assert finding.line == line_of(page, "skipHolidays")
    assert finding.spec_location.endswith("/post/requestBody/content/application~1json/schema")
    assert_decision_covers_it(page, finding, tmp_path)


def test_a_max_length_raised_from_48_to_64(tmp_path: Path) -> None:
    page = changed(PROGRESSIVE, tmp_path, "maximum of 48 characters", "maximum of 64 characters")
    finding = only_unexplained(audit(page))
    assert finding.key == "createVoiceCampaign:body.name:maxLength"
    assert finding.page == "create-voice-campaign-progressive (create-voice-campaign-progressive.mdx)"
    assert finding.spec_location == "#/components/schemas/CampaignName"
    assert "64" in finding.message and "48" in finding.message
    assert_decision_covers_it(page, finding, tmp_path)


def test_an_enum_value_added(tmp_path: Path) -> None:
    old, new = "one of: WEEKLY, DAILY, or CUSTOM", "one of: WEEKLY, DAILY, MONTHLY, or CUSTOM"
    page = changed(PROGRESSIVE, tmp_path, old, new)
    finding = only_unexplained(audit(page))
    assert finding.key == "createVoiceCampaign:body.dialingStrategy.callingHours.frequency:enum"
    assert finding.spec_location == "#/components/schemas/CallingHours/properties/frequency"
    assert "MONTHLY" in finding.message
    assert_decision_covers_it(page, finding, tmp_path)


def test_a_required_header_dropped(tmp_path: Path) -> None:
    text = DAILY.read_text(encoding="utf-8")
    row = next(line for line in text.splitlines(keepends=True) if line.startswith("| `iid`"))
    page = changed(DAILY, tmp_path, row, "")
    finding = only_unexplained(audit(page))
    assert finding.key == "scheduleCampaign:header.iid:not-on-page"
    assert finding.spec_location == "#/components/securitySchemes/iid"
    assert_decision_covers_it(page, finding, tmp_path)


def test_a_field_renamed_in_the_sample_only(tmp_path: Path) -> None:
    page = changed(DAILY, tmp_path, '"onceEveryNdays": 1', '"onceEveryNday": 1')
    finding = only_unexplained(audit(page))
    assert finding.key == "scheduleCampaign:sample.request.recurrenceObject.dailyDetails.onceEveryNdays:renamed"
    assert "onceEveryNday'" in finding.message
    assert finding.line == line_of(page, "curl --location") - 1  # the fence that opens the sample
    assert_decision_covers_it(page, finding, tmp_path)


def test_a_page_that_contradicts_itself(tmp_path: Path) -> None:
    # The progressive page's query table says campaignType "Use sms" while its endpoint sends voice.
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    key = "createVoiceCampaign:query.campaignType:contradiction"
    decisions = document["info"]["x-docs-decisions"]
    document["info"]["x-docs-decisions"] = [d for d in decisions if not (isinstance(d, dict) and key in d["covers"])]
    assert len(document["info"]["x-docs-decisions"]) == len(decisions) - 1
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    finding = only_unexplained(audit(PROGRESSIVE, spec))
    assert finding.key == key
    assert "campaignType=voice" in finding.message and "sms" in finding.message
    assert finding.line == line_of(PROGRESSIVE, "| `campaignType` | Type of campaign. Use")
    assert finding.spec_location.endswith("/post/parameters/0")
    decided = [f for f in audit(PROGRESSIVE) if f.key == key]
    assert decided and decided[0].decided_by and decided[0].decided_by.startswith("#/info/x-docs-decisions/")


def test_a_page_no_operation_claims_is_reported(tmp_path: Path) -> None:
    # A published slug that no operation lists (Send Outbound SMS is another app scope).
    page = tmp_path / "send-outbound-sms.mdx"
    page.write_text(
        (KORE_PAGES / "create-voice-campaign-agentless-v2.mdx").read_text(encoding="utf-8"), encoding="utf-8"
    )
    findings = audit(page)
    assert [f.key for f in findings] == ["page:send-outbound-sms:unclaimed"]


def test_json_output_and_exit_codes(tmp_path: Path) -> None:
    page = changed(PROGRESSIVE, tmp_path, "maximum of 48 characters", "maximum of 64 characters")
    result = subprocess.run(  # noqa: S603 - our own script
        [str(ROOT / "scripts" / "docs-audit"), "--json", str(page)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    findings = json.loads(result.stdout)
    assert [f["key"] for f in findings if not f["decided"]] == ["createVoiceCampaign:body.name:maxLength"]


def test_unreadable_input_exits_2_with_page_and_line(tmp_path: Path) -> None:
    page = changed(DAILY, tmp_path, '"status": "success",', '"status": success,')
    result = subprocess.run(  # noqa: S603 - our own script
        [str(ROOT / "scripts" / "docs-audit"), str(page)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    bad_line = line_of(page, '"status": success')
    assert f"{page}:{bad_line}:" in result.stderr


def test_an_explicit_slug_names_an_export() -> None:
    weekly = PAGES / "000_dad2097efb535b2a.txt"
    findings = docs_audit.audit_files([f"enable-voice-or-sms-campaign-schedule-weekly={weekly}"], SPEC)
    assert findings and all(f.page.startswith("enable-voice-or-sms-campaign-schedule-weekly (") for f in findings)


def test_a_decision_on_the_operation_may_leave_out_its_operation_id(tmp_path: Path) -> None:
    page = changed(PROGRESSIVE, tmp_path, "maximum of 48 characters", "maximum of 64 characters")
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    operation = document["paths"]["/agentassist/api/v1/public/{IId}/campaign"]["post"]
    operation["x-docs-decision"] = {"covers": ["body.name:maxLength"], "decision": "Kept at 48 in a test."}
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    [finding] = [f for f in audit(page, spec) if f.key == "createVoiceCampaign:body.name:maxLength"]
    assert finding.decided_by == "#/paths/~1agentassist~1api~1v1~1public~1{IId}~1campaign/post/x-docs-decision"


def test_an_unreadable_spec_exits_2(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text("openapi: [unclosed\n", encoding="utf-8")
    result = subprocess.run(  # noqa: S603 - our own script
        [str(ROOT / "scripts" / "docs-audit"), "--spec", str(spec), str(DAILY)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert str(spec) in result.stderr and "line 2" in result.stderr
