"""The change report scripts/regenerate prints: each kind of spec edit, marked breaking or not for a caller."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import repo_copy
import yaml

from scripts import regenerate
from scripts.change_report import (
    Change,
    Member,
    PublicApi,
    compare_public_api,
    compare_specs,
    describe_changes,
    propose_version,
    read_public_api,
)
from scripts.spec_facts import load, read_document

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CURRENT = ROOT / "generated" / "kore_campaigns_client"


def edited_spec(tmp_path: Path) -> Path:
    """One spec with an edit of every kind, so the client is generated once for all the assertions."""
    doc = read_document(SPEC)
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
    # Every operation of the spec, as `<tag module>.<function>` (the generator's snake_case of both).
    expected = {
        f"{op.node['tags'][0].lower().replace(' ', '_')}.{re.sub(r'(?<!^)(?=[A-Z])', '_', operation_id).lower()}"
        for operation_id, op in load(SPEC).path_operations.items()
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


# --- the spec as documented, the version, against a commit ---------------------------------------------


def spec_document() -> dict[str, Any]:
    return read_document(SPEC)


def test_constraint_enum_required_and_operation_changes_are_read_from_the_spec() -> None:
    old, new = spec_document(), spec_document()
    facts = load(SPEC)
    limit = facts.schema("CampaignName")["maxLength"]
    schemas = new["components"]["schemas"]
    schemas["CampaignName"]["maxLength"] = limit + 16  # raised: accepts more
    schemas["CampaignName"]["minLength"] = 2  # raised lower bound: refuses what it accepted
    schemas["CampaignName"]["pattern"] = r"\S\S"
    schemas["DialingMode"]["enum"] = [v for v in schemas["DialingMode"]["enum"] if v != "Preview"] + ["Predictive"]
    schemas["Campaign"]["required"].append("format")
    trigger = new["paths"]["/api/v2/public/{streamId}/campaign/trigger/{campaignId}"]
    trigger["post"]["x-docs-pages"].append("pause-voice-campaign-v2")
    new["paths"]["/api/v2/public/{streamId}/campaign/pause/{campaignId}"] = {
        "post": {"operationId": "pauseVoiceCampaign", "responses": {"200": {"description": "Paused."}}}
    }
    del new["paths"]["/campaign/api/v2/public/{streamId}/campaign/{campaignInstanceId}/callContactAt"]
    lines = {str(change) for change in compare_specs(old, new)}
    for line in (
        f"ok        maxLength raised: CampaignName ({limit} -> {limit + 16})",
        "BREAKING  minLength raised: CampaignName (1 -> 2)",
        "BREAKING  pattern changed: CampaignName ('\\\\S' -> '\\\\S\\\\S')",
        "BREAKING  enum value removed: DialingMode ('Preview')",
        "ok        enum value added: DialingMode ('Predictive')",
        "BREAKING  field now required: Campaign.format",
        "ok        operation added: pauseVoiceCampaign (POST /api/v2/public/{streamId}/campaign/pause/{campaignId})",
        "BREAKING  operation removed: scheduleCallback "
        "(POST /campaign/api/v2/public/{streamId}/campaign/{campaignInstanceId}/callContactAt)",
        "ok        page added: pause-voice-campaign-v2 (followed by triggerVoiceCampaign)",
    ):
        assert line in lines, sorted(lines)
    assert compare_specs(old, spec_document()) == []


def test_a_limit_lowered_is_breaking_and_a_parameter_bound_is_named_by_its_operation() -> None:
    old, new = spec_document(), spec_document()
    operation = load(SPEC).operation("listContactListContacts")
    limit = load(SPEC).parameter_schema("listContactListContacts", "limit")
    for parameter in new["paths"][operation.path]["get"]["parameters"]:
        if parameter.get("name") == "limit":
            parameter["schema"]["maximum"] = limit["maximum"] - 1
    [change] = compare_specs(old, new)
    bound = limit["maximum"]
    assert str(change) == f"BREAKING  maximum lowered: listContactListContacts(query.limit) ({bound} -> {bound - 1})"


def test_a_field_moved_to_another_schema_is_one_retype_not_a_removal() -> None:
    old, new = spec_document(), spec_document()
    campaign = new["components"]["schemas"]["Campaign"]["properties"]
    before = campaign["priority"]
    campaign["priority"] = {"type": "string"}  # the named schema replaced by an inline one
    changes = [str(change) for change in compare_specs(old, new)]
    assert changes == [
        f"BREAKING  schema replaced: Campaign.priority ({before['$ref'].rsplit('/', 1)[-1]} -> an inline string)"
    ]
    old, new = new, spec_document()  # and back: inline to named
    changes = [str(change) for change in compare_specs(old, new)]
    assert changes == [
        f"BREAKING  schema replaced: Campaign.priority (an inline string -> {before['$ref'].rsplit('/', 1)[-1]})"
    ]


@pytest.mark.parametrize(
    ("version", "breaking", "proposed"),
    [("0.1.0", True, "0.2.0"), ("0.1.0", False, "0.1.1"), ("1.4.2", True, "2.0.0"), ("1.4.2", False, "1.4.3")],
)
def test_the_version_bump_follows_the_changes(version: str, breaking: bool, proposed: str) -> None:
    changes = [Change(breaking, "maxLength lowered", "CampaignName", "48 -> 40")]
    assert propose_version(version, changes, [])[0] == proposed
    assert propose_version(version, [], []) == (version, "no change")


def _edit_the_copy(copy: Path) -> int:
    """In the copy's spec/: the campaign name limit raised, and a new operation on a new URL."""
    limit = _raise_the_name_limit(copy)
    _add_the_pause_operation(copy)
    return limit


def _raise_the_name_limit(copy: Path) -> int:
    common = copy / "spec" / "common.yaml"
    text = common.read_text(encoding="utf-8")
    block = text.index("    CampaignName:\n")
    limit = int(load(SPEC).schema("CampaignName")["maxLength"])
    at = text.index(f"maxLength: {limit}\n", block)
    common.write_text(text[:at] + f"maxLength: {limit + 16}\n" + text[at + len(f"maxLength: {limit}\n") :])
    return limit


def _add_the_pause_operation(copy: Path) -> None:
    execution = copy / "spec" / "campaign-execution.yaml"
    execution.write_text(
        execution.read_text(encoding="utf-8").replace("paths:\n", "paths:\n" + PAUSE_OPERATION, 1), encoding="utf-8"
    )
    root = copy / "spec" / "openapi.yaml"
    pointer = "~1api~1v2~1public~1{streamId}~1campaign~1pause~1{campaignId}"
    path = "/api/v2/public/{streamId}/campaign/pause/{campaignId}"
    reference = f"  {path}:\n    $ref: 'campaign-execution.yaml#/paths/{pointer}'\n"
    root.write_text(root.read_text(encoding="utf-8").replace("paths:\n", "paths:\n" + reference, 1), encoding="utf-8")


def _as_just_released(copy: Path) -> str:
    """The copy as right after a release: its top CHANGELOG entry dated, committed. Returns that commit."""
    changelog = copy / "CHANGELOG.md"
    text = changelog.read_text(encoding="utf-8")
    if "] - Unreleased\n" in text:
        changelog.write_text(text.replace("] - Unreleased\n", "] - 2026-12-08\n", 1), encoding="utf-8")
        repo_copy.git(copy, "commit", "-q", "-am", "a release")
    return repo_copy.git(copy, "rev-parse", "HEAD").strip()


def _regenerate_and_write(copy: Path) -> str:
    for command in (["regenerate"], ["change-report", "--write"]):
        result = repo_copy.run(copy, str(copy / "scripts" / command[0]), *command[1:])
        assert result.returncode == 0, result.stdout + result.stderr
    return (copy / "CHANGELOG.md").read_text(encoding="utf-8")


PAUSE_OPERATION = """\
  /api/v2/public/{streamId}/campaign/pause/{campaignId}:
    parameters:
      - $ref: 'common.yaml#/components/parameters/StreamId'
      - name: campaignId
        in: path
        required: true
        schema: {type: string, minLength: 1}
    post:
      operationId: pauseVoiceCampaign
      tags: [Campaign execution]
      summary: Pause a running voice campaign (v2)
      x-docs-pages: [pause-voice-campaign-v2]
      security:
        - koreJwt: []
          accountIdHeader: []
          iid: []
      responses:
        '200':
          description: Paused.
          content:
            application/json:
              schema:
                type: object
                properties:
                  status: {type: string}
        '404':
          $ref: 'common.yaml#/components/responses/NotFound'
"""


def test_regenerate_reports_against_the_last_commit_the_same_twice_and_the_changelog_is_written(
    tmp_path: Path,
) -> None:
    copy = repo_copy.copy_repository(tmp_path)
    _as_just_released(copy)
    limit = _edit_the_copy(copy)
    reports = []
    for _ in range(2):
        result = repo_copy.run(copy, str(copy / "scripts" / "regenerate"))
        assert result.returncode == 0, result.stdout + result.stderr
        reports.append(result.stdout[result.stdout.index("Changes since HEAD") :])
    assert reports[0] == reports[1]  # the baseline is the commit, not the previous run
    report = reports[0]
    assert "The API as documented (openapi.yaml): 0 breaking, 2 not" in report
    assert f"  ok        maxLength raised: CampaignName ({limit} -> {limit + 16})" in report
    assert (
        "  ok        operation added: pauseVoiceCampaign "
        "(POST /api/v2/public/{streamId}/campaign/pause/{campaignId}; follows pause-voice-campaign-v2)" in report
    )
    assert "  ok        operation added: campaign_execution.pause_voice_campaign" in report  # the client's side
    before = repo_copy.version_at_head(copy)
    after = propose_version(before, [Change(False, "x", "y")], [])[0]
    assert f"Proposed version: {before} -> {after} (no breaking change: the patch version)" in report

    written = []
    for _ in range(2):
        result = repo_copy.run(copy, str(copy / "scripts" / "change-report"), "--write")
        assert result.returncode == 0, result.stdout + result.stderr
        written.append(((copy / "CHANGELOG.md").read_text(encoding="utf-8"), repo_copy.version(copy)))
    assert written[0] == written[1]  # written twice, the same files
    changelog, version = written[0]
    assert version == after
    entry = changelog[changelog.index(f"## [{version}] - Unreleased") :]
    assert f"- maxLength raised: `CampaignName` ({limit} -> {limit + 16})" in entry
    assert "- operation added: `pauseVoiceCampaign`" in entry
    assert changelog.count("- Unreleased") == 1
    committed = repo_copy.git(copy, "show", "HEAD:CHANGELOG.md")
    assert changelog.endswith(committed[committed.index("## [") :])  # the earlier entries kept as they were


def test_until_a_release_every_change_goes_into_the_one_unreleased_entry_and_a_maintainers_section_stays(
    tmp_path: Path,
) -> None:
    # CONTRIBUTING: each change is committed with its --write. The entry sums up every change since the release
    # (one version bump, not one per change), and a section the maintainer added to it is kept.
    copy = repo_copy.copy_repository(tmp_path)
    released = _as_just_released(copy)
    released_version = repo_copy.version_at_head(copy)
    limit = _raise_the_name_limit(copy)
    first = _regenerate_and_write(copy)
    own = "### Beyond the API\n\n- The maintainer's words, kept as written.\n"
    entry_end = first.index("## [", first.index("- Unreleased"))
    (copy / "CHANGELOG.md").write_text(first[:entry_end] + own + "\n" + first[entry_end:], encoding="utf-8")
    repo_copy.git(copy, "add", "-A")
    repo_copy.git(copy, "commit", "-q", "-m", "the name limit raised")
    _add_the_pause_operation(copy)
    changelog = _regenerate_and_write(copy)

    version = propose_version(released_version, [Change(False, "x", "y")], [])[0]
    assert repo_copy.version(copy) == version  # one bump since the release, not one per change
    entry = changelog[changelog.index(f"## [{version}] - Unreleased") : changelog.index("## [", entry_end - 1)]
    assert f"Compared with {released[:12]};" in entry
    assert f"- maxLength raised: `CampaignName` ({limit} -> {limit + 16})" in entry  # the first change
    assert "- operation added: `pauseVoiceCampaign`" in entry  # the second
    assert entry.endswith(own + "\n")
    assert changelog.count("- Unreleased") == 1
    committed = repo_copy.git(copy, "show", f"{released}:CHANGELOG.md")
    assert changelog.endswith(committed[committed.index("## [") :])  # the released entries kept as they were


def test_a_write_whose_unreleased_baseline_is_not_in_the_history_says_what_to_give(tmp_path: Path) -> None:
    copy = repo_copy.copy_repository(tmp_path)
    changelog = copy / "CHANGELOG.md"
    text = changelog.read_text(encoding="utf-8")
    top = text.index("## [")
    entry = "## [9.9.9] - Unreleased\n\nCompared with 0123456789ab; x.\n\n"
    changelog.write_text(text[:top] + entry + text[top:], encoding="utf-8")
    result = repo_copy.run(copy, str(copy / "scripts" / "change-report"), "--write")
    assert result.returncode == 2
    assert "the unreleased entry of CHANGELOG.md was compared with 0123456789ab" in result.stderr
    assert "--since" in result.stderr
    assert changelog.read_text(encoding="utf-8") == text[:top] + entry + text[top:]  # nothing written
