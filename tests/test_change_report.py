"""The change report scripts/regenerate prints: each kind of spec edit, marked breaking or not for a caller."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from scripts import regenerate
from scripts.change_report import Member, PublicApi, compare_public_api, describe_changes, read_public_api

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CURRENT = ROOT / "generated" / "kore_campaigns_client"


def edited_spec(tmp_path: Path) -> Path:
    """One spec with an edit of every kind, so the client is generated once for all the assertions."""
    doc = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    schemas = doc["components"]["schemas"]
    schedule = doc["paths"]["/campaign/api/v2/public/{streamId}/campaign/schedule"]["post"]
    get = doc["paths"]["/campaign/api/v2/public/{streamId}/campaign/{campaignId}"]["get"]
    get["operationId"] = "getCampaignDetails"  # operation renamed: one removed, one added
    schedule["parameters"].append(  # optional parameter added
        {"name": "dryRun", "in": "query", "required": False, "schema": {"type": "boolean"}}
    )
    schedule["parameters"][1]["required"] = False  # campaignName made optional
    create_voice = doc["paths"]["/agentassist/api/v1/public/{IId}/campaign"]["post"]
    create_voice["parameters"].append(  # required parameter added
        {"name": "region", "in": "query", "required": True, "schema": {"type": "string"}}
    )
    schemas["SmsMessage"]["properties"]["senderId"] = {"type": "string"}  # optional field added
    schemas["CallingWindow"]["properties"]["label"] = {"type": "string"}  # required field added
    schemas["CallingWindow"]["required"].append("label")
    del schemas["CreatedCampaign"]["properties"]["lname"]  # field removed
    schemas["DialingStrategy"]["properties"]["maxRingTime"] = {"type": "string"}  # field retyped
    schemas["Campaign"]["required"].append("format")  # field made required
    schemas["Campaign"]["required"].remove("updatedAt")  # field made optional
    schemas["CallingHours"]["properties"]["frequency"]["enum"].append("MONTHLY")  # enum widened
    schemas["DialingMode"]["enum"].remove("Preview")  # enum narrowed
    spec = tmp_path / "openapi.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return spec


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> str:
    tmp_path = tmp_path_factory.mktemp("change-report")
    fresh = tmp_path / "out" / "kore_campaigns_client"
    fresh.parent.mkdir()
    regenerate.generate_into(edited_spec(tmp_path), fresh, regenerate._tool_env())
    return describe_changes(CURRENT, fresh)


@pytest.mark.parametrize(
    "line",
    [
        "BREAKING  operation removed: campaigns.get_campaign",
        "ok        operation added: campaigns.get_campaign_details",
        "ok        parameter added: scheduling.schedule_campaign.dry_run (optional)",
        "BREAKING  parameter added: campaigns.create_voice_campaign.region (required: existing calls lack it)",
        "ok        parameter made optional: scheduling.schedule_campaign.campaign_name",
        "ok        field added: SmsMessage.sender_id (optional)",
        "BREAKING  field added: CallingWindow.label (required: existing calls lack it)",
        "BREAKING  field removed: CreatedCampaign.lname",
        "BREAKING  field retyped: DialingStrategy.max_ring_time (int -> str)",
        "BREAKING  field made required: Campaign.format_",
        "BREAKING  field made optional: Campaign.updated_at (readers must handle UNSET)",
        "ok        enum widened: CallingHoursFrequency (gained 'MONTHLY')",
        "BREAKING  enum narrowed: DialingMode (lost 'Preview')",
    ],
)
def test_each_kind_of_edit_is_reported_with_its_effect(report: str, line: str) -> None:
    assert f"  {line}\n" in report + "\n", report


def test_the_headline_counts_the_breaking_changes(report: str) -> None:
    lines = report.splitlines()
    breaking = sum(line.startswith("  BREAKING") for line in lines)
    not_breaking = len(lines) - 1 - breaking
    assert lines[0] == f"Client API changes for code importing the client: {breaking} breaking, {not_breaking} not"
    assert breaking >= 8


def test_an_unchanged_client_reports_no_changes() -> None:
    assert describe_changes(CURRENT, CURRENT).startswith("Client API changes: none")


def test_the_committed_client_is_read_in_full() -> None:
    api = read_public_api(CURRENT)
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    # Every operation of the spec, as `<tag module>.<function>` (the generator's snake_case of both).
    expected = {
        f"{op['tags'][0].lower().replace(' ', '_')}.{re.sub(r'(?<!^)(?=[A-Z])', '_', op['operationId']).lower()}"
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    assert len(expected) >= 11
    assert set(api.operations) == expected
    assert api.operations["scheduling.schedule_campaign"]["campaign_name"] == Member("str", True)
    assert api.enums["Priority"] == {"'1'", "'2'", "'3'", "'4'", "'5'"}


def test_an_optional_argument_made_required_breaks_callers() -> None:
    old = PublicApi(operations={"x.op": {"a": Member("str", False)}}, returns={"x.op": "R"})
    new = PublicApi(operations={"x.op": {"a": Member("str", True)}}, returns={"x.op": "R"})
    [change] = compare_public_api(old, new)
    assert (change.breaking, change.kind, change.subject) == (True, "parameter made required", "x.op.a")


def test_an_argument_that_takes_more_types_keeps_callers_working_but_a_wider_field_does_not() -> None:
    old = PublicApi(
        operations={"x.op": {"body": Member("A", True)}},
        returns={"x.op": "R"},
        models={"M": {"f": Member("A", True)}},
    )
    new = PublicApi(
        operations={"x.op": {"body": Member("A | list[B | C]", True)}},
        returns={"x.op": "R"},
        models={"M": {"f": Member("A | B", True)}},
    )
    changes = {(c.kind, c.subject): c.breaking for c in compare_public_api(old, new)}
    assert changes == {("parameter widened", "x.op.body"): False, ("field retyped", "M.f"): True}
    narrowed = compare_public_api(new, old)
    assert {(c.kind, c.breaking) for c in narrowed} == {("parameter retyped", True), ("field retyped", True)}
