"""The kore-campaigns command line through Click's runner, against the mock: one command per
operation of the spec, options from the spec, output conventions (--json everywhere, ids whole
in a pipe), errors, --yes, profiles. Terminals, signals and visible waits: test_cli_terminal.py."""

from __future__ import annotations

import importlib
import inspect
import json
import logging
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest
import yaml
from click.testing import CliRunner
from kore_campaigns.cli import main
from kore_campaigns.cli.generated import OperationCommand, command_table
from kore_campaigns_mock import DEMO_ACCOUNT_ID, DEMO_BOT_ID, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from kore_campaigns_mock.background import serve_in_background
from kore_campaigns_mock.testing import mock_app

ROOT = Path(__file__).resolve().parent.parent
SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    """The command line turns the kore_campaigns logger to INFO on stderr; other tests expect it untouched."""
    loggers = [logging.getLogger(name) for name in ("kore_campaigns", "httpx", "kore_campaigns_client")]
    saved = [(logger.level, list(logger.handlers)) for logger in loggers]
    yield
    for logger, (level, handlers) in zip(loggers, saved, strict=True):
        logger.setLevel(level)
        logger.handlers[:] = handlers


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with serve_in_background(mock_app(dialling=False, rate_limit_per_minute=0)) as url:
        yield url


@pytest.fixture
def env(mock_url: str, tmp_path: Path) -> dict[str, str]:
    return {
        "KORE_CLIENT_ID": DEMO_CLIENT_ID,
        "KORE_CLIENT_SECRET": DEMO_CLIENT_SECRET,
        "KORE_ACCOUNT_ID": DEMO_ACCOUNT_ID,
        "KORE_BOT_ID": DEMO_BOT_ID,
        "KORE_BASE_URL": mock_url,
        # The mock's limit is off; the client's would pace 60 calls a minute.
        "KORE_RATE_LIMIT_PER_MINUTE": "1000000",
        # No profile of the machine's user: a config folder of the test's own.
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "KORE_PROFILE": "",
        "NO_COLOR": "",
    }


def run(env: dict[str, str], *args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env, input=input)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def spec_operations() -> dict[str, dict[str, Any]]:
    """operationId -> operation, read from openapi.yaml itself (not from the CLI's table)."""
    return {
        operation["operationId"]: operation
        for item in SPEC["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }


def commands() -> Iterator[tuple[str, click.Command]]:
    """Every command of the command line as ("group command", command)."""
    context = click.Context(main)
    for group_name in main.list_commands(context):
        group = main.get_command(context, group_name)
        assert isinstance(group, click.Group)
        names = group.list_commands(context)
        assert len(names) == len(set(names)), f"{group_name}: two commands share a name"
        for name in names:
            command = group.get_command(context, name)
            assert command is not None
            yield f"{group_name} {name}", command


def create_sms_campaign(env: dict[str, str], name: str) -> str:
    from kore_campaigns_mock import samples

    body = {**samples.sms_campaign(), "name": name}
    code, out, err = run(env, "campaigns", "create", "--campaign-type", "SMS", "--data", json.dumps(body), "--json")
    assert code == 0, err
    campaign_id: str = json.loads(out)["data"]["campaignId"]
    return campaign_id


# --- one command per operation, from the spec --------------------------------------------------


def test_one_command_per_operation_of_the_spec() -> None:
    operations = spec_operations()
    generated: dict[str, list[str]] = {}
    for path, command in commands():
        if isinstance(command, OperationCommand):
            generated.setdefault(command.operation["operationId"], []).append(path)
    assert sorted(generated) == sorted(operations)
    assert all(len(paths) == 1 for paths in generated.values()), generated
    # Tag -> group: each command sits in its tag's group; v1 in groups of their own.
    for operation_id, (path,) in generated.items():
        tag = operations[operation_id]["tags"][0]
        assert path.split()[0] == tag.lower().replace(" ", "-"), (operation_id, path)
    paths = [path for found in generated.values() for path in found]
    assert {path.split()[0] for path in paths if "V1" in path or "v1" in path} == {"campaigns-v1", "contact-lists-v1"}


def test_each_command_calls_its_resource_method_with_the_spec_parameters() -> None:
    """The table the commands are built from agrees with the generated client's signatures."""
    for path, command in commands():
        if not isinstance(command, OperationCommand):
            continue
        operation = command.operation
        module = importlib.import_module(f"kore_campaigns_client.api.{operation['resource']}")
        (resource,) = [
            kind
            for name, kind in vars(module).items()
            if inspect.isclass(kind) and name.endswith("Resource") and not name.startswith("Async")
        ]
        method = getattr(resource, operation["method"])
        accepted = set(inspect.signature(method).parameters) - {"self"}
        wanted = {parameter["python"] for parameter in operation["parameters"]}
        assert wanted <= accepted, (path, wanted - accepted)
        assert operation["body"] is None or "body" in accepted, path
        # Every parameter the method asks for (beyond the bot id and the body) is an argument or option.
        required = {
            name
            for name, parameter in inspect.signature(method).parameters.items()
            if parameter.default is inspect.Parameter.empty and name not in ("self", "body")
        }
        assert required <= wanted, (path, required - wanted)
        if operation["pagination"]:
            assert callable(getattr(resource, operation["pagination"]["method"])), path


def test_options_carry_the_spec_types_enums_and_descriptions() -> None:
    schemas = SPEC["components"]["schemas"]
    context = click.Context(main)
    group = main.get_command(context, "campaigns")
    assert isinstance(group, click.Group)
    listing = group.get_command(context, "list")
    assert isinstance(listing, click.Command)
    options = {option.opts[0]: option for option in listing.params if isinstance(option, click.Option)}
    status = options["--filters-status"]
    assert isinstance(status.type, click.Choice) and status.multiple
    assert list(status.type.choices) == schemas["CampaignStatus"]["enum"]
    assert list(options["--type"].type.choices) == schemas["CampaignType"]["enum"]  # type: ignore[attr-defined]
    assert isinstance(options["--skip"].type, click.IntRange)
    assert options["--start-date"].help == schemas["CampaignListRequest"]["properties"]["startDate"]["description"]
    # The hand-made jobs read the same enums.
    wait = group.get_command(context, "wait")
    assert wait is not None
    wait_status = next(p for p in wait.params if p.name == "statuses")
    assert list(wait_status.type.choices) == schemas["CampaignStatus"]["enum"]  # type: ignore[attr-defined]


def test_a_new_operation_in_the_spec_gets_its_command(monkeypatch: pytest.MonkeyPatch) -> None:
    """scripts/regenerate writes the table from the spec; the command line follows it."""
    import copy

    from kore_campaigns.cli import operations

    from scripts.operation_table import build

    spec = copy.deepcopy(SPEC)
    spec["tags"].append({"name": "Reports", "description": "Campaign reports."})
    spec["paths"]["/campaign/api/v2/public/{streamId}/campaign/{campaignId}/report"] = {
        "get": {
            "operationId": "getCampaignReport",
            "tags": ["Reports"],
            "summary": "A campaign's report",
            "parameters": [
                {"$ref": "#/components/parameters/StreamId"},
                {"$ref": "#/components/parameters/CampaignId"},
                {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["csv", "pdf"]}},
            ],
            "responses": {"200": {"description": "ok"}},
        }
    }
    monkeypatch.setattr(operations, "table", lambda: build(spec))
    result = CliRunner().invoke(main, ["reports", "get-campaign", "--help"])
    assert result.exit_code == 0, result.output
    assert "CAMPAIGN_ID" in result.output and "[csv|pdf]" in result.output


def test_the_table_in_the_generated_package_is_current() -> None:
    """operations.json is what scripts/regenerate writes from openapi.yaml (regenerate --check says so too)."""
    from kore_campaigns.cli.operations import table

    from scripts.operation_table import build

    assert table() == json.loads(json.dumps(build(SPEC)))


# --- output conventions --------------------------------------------------------------------------


def test_every_command_takes_json_and_destructive_ones_take_yes() -> None:
    for path, command in commands():
        names = {option for param in command.params if isinstance(param, click.Option) for option in param.opts}
        assert "--json" in names, path
        # `webhooks trigger` sends a test request to the operator's own receiver: nothing is changed.
        group, name = path.split()[:2]
        destructive = group != "webhooks" and name in (
            "delete",
            "stop",
            "stop-sms-campaign",
            "trigger-voice-campaign",
            "trigger",
        )
        assert ("--yes" in names) == destructive, path


def test_campaign_commands_with_stable_json(env: dict[str, str]) -> None:
    code, out, _ = run(env, "campaigns", "list", "--all", "--json")
    assert code == 0 and json.loads(out) == []
    campaign_id = create_sms_campaign(env, "Billing Alert")
    code, out, _ = run(env, "campaigns", "list", "--all", "--json")
    (listed,) = json.loads(out)
    # One key for a campaign's id whatever the answer calls it (_id here, id in the status).
    assert listed["campaignId"] == campaign_id and campaign_id in (listed.get("_id"), listed.get("id"))
    assert listed["type"] == "sms"
    code, out, _ = run(env, "campaigns", "get", campaign_id, "--json")
    assert json.loads(out)["data"]["campaignId"] == campaign_id
    code, out, _ = run(env, "campaigns", "list", "--type", "sms", "--filters-status", "active", "--json")
    assert code == 0 and json.loads(out)["data"]["results"] == []  # case-insensitive choice: Active
    assert run(env, "campaigns", "start", campaign_id)[0] == 0
    code, out, _ = run(env, "campaigns", "wait", campaign_id, "--status", "ACTIVE", "--timeout", "60")
    assert code == 0 and out.strip().endswith("Active")
    # The job and the operation it stands for print the same answer, with the same keys.
    code, out, _ = run(env, "campaigns", "status", campaign_id, "--json")
    status = json.loads(out)
    data = status["data"]
    assert data["campaignId"] == campaign_id and data["id"] == campaign_id and data["status"] == "Active"
    code, out, _ = run(env, "campaign-execution", "get-campaign-status", campaign_id, "--json")
    assert json.loads(out) == status
    code, _, err = run(env, "campaigns", "wait", campaign_id, "--status", "Completed", "--timeout", "0", "--json")
    error = json.loads(err)["error"]
    assert code == 1 and "did not reach Completed within 0 s" in error["message"]
    assert error["kind"] == "timeout" and error["lastStatus"] == "Active"
    code, out, _ = run(env, "campaigns", "stop", campaign_id, "--yes", "--json")
    assert code == 0 and json.loads(out)["status"] == "Stopped"
    code, out, _ = run(env, "campaigns", "wait", campaign_id, "--status", "stopped", "--json")
    waited = json.loads(out)
    assert waited.keys() == status.keys() and waited["data"]["campaignId"] == campaign_id
    code, out, _ = run(env, "campaigns", "delete", campaign_id, "--campaign-type", "sms", "--yes", "--json")
    assert code == 0 and json.loads(out)["data"]["campaignId"] == campaign_id


def test_ids_are_whole_in_piped_output(env: dict[str, str]) -> None:
    """Off a terminal: tab-separated lines, a header, full values; the id can be cut out with `cut -f1`."""
    long_name = "A name of 48 characters, cut in a narrow table"[:48]
    campaign_id = create_sms_campaign(env, long_name)
    code, out, _ = run(env, "campaigns", "list", "--all")
    assert code == 0
    header, *rows = out.splitlines()
    assert header.split("\t")[0] == "campaignId" and "name" in header.split("\t")
    (row,) = [line.split("\t") for line in rows if line.split("\t")[0] == campaign_id]
    assert row[header.split("\t").index("name")] == long_name
    assert "…" not in out
    code, out, _ = run(env, "contact-lists", "list")
    header, *rows = out.splitlines()
    assert header.split("\t")[0] == "_id" and all(re.fullmatch(r"cl-[0-9a-f-]{36}", row.split("\t")[0]) for row in rows)
    run(env, "campaigns", "delete", campaign_id, "--campaign-type", "sms", "--yes")


def test_errors_are_json_on_stderr_with_json(env: dict[str, str]) -> None:
    code, out, err = run(env, "campaigns", "get", "cd-00000000-0000-0000-0000-000000000000", "--json")
    assert code == 1 and out == ""
    error = json.loads(err)["error"]
    assert error["kind"] == "api" and error["status"] == 404 and error["code"] == 4004 and error["exitCode"] == 1
    code, out, err = run(env, "campaigns", "list", "--type", "fax", "--json")
    assert code == 2 and json.loads(err)["error"] == {
        "kind": "usage",
        "message": "Invalid value for '--type': 'fax' is not one of voice, sms.",
        "exitCode": 2,
    }
    code, out, err = run({**env, "KORE_BOT_ID": ""}, "contact-lists", "list", "--json")
    assert code == 2 and json.loads(err)["error"]["kind"] == "settings" and "KORE_BOT_ID" in err


def test_exit_codes_and_messages_that_speak_cli(env: dict[str, str]) -> None:
    code, _, err = run(env, "contact-lists", "import", __file__)
    assert code == 2 and "--list NAME or by --id ID" in err
    code, _, err = run(env, "campaigns", "get", "cd-00000000-0000-0000-0000-000000000000")
    assert code == 1 and err.startswith("error: ") and "404" in err
    code, _, err = run({**env, "KORE_CLIENT_ID": ""}, "campaigns", "list", "--all")
    assert code == 2 and "KORE_CLIENT_ID (or client_id in a profile)" in err
    assert DEMO_CLIENT_SECRET not in err
    # Body fields are options, and a missing one is named as the option.
    code, _, err = run(env, "contact-lists", "create", "--description", "no name")
    assert code == 2 and "--name" in err and "is required" in err and "name=" not in err
    code, _, err = run(env, "campaigns", "list", "--all", "--skip", "5")
    assert code == 2 and "--all reads every page itself: leave out --skip" in err


def test_campaigns_list_without_options_lists_both_types_every_page(env: dict[str, str]) -> None:
    """What an operator types first: `campaigns list`, as gh and stripe list something with no flags."""
    from kore_campaigns_mock import samples

    sms_id = create_sms_campaign(env, "Listed without options (SMS)")
    voice = {**samples.voice_campaign_agentless_v2(), "name": "Listed without options (voice)"}
    code, out, err = run(env, "campaigns", "create", "--campaign-type", "voice", "--data", json.dumps(voice), "--json")
    assert code == 0, err
    voice_id = json.loads(out)["data"]["campaignId"]
    code, out, err = run(env, "campaigns", "list")
    assert code == 0, err
    header, *rows = [line.split("\t") for line in out.splitlines()]
    types = {row[0]: row[header.index("type")] for row in rows}
    assert types[sms_id] == "sms" and types[voice_id] == "voice"
    code, out, _ = run(env, "campaigns", "list", "--json")
    assert json.loads(out) == json.loads(run(env, "campaigns", "list", "--all", "--json")[1])
    # Filters apply to both types; v1 the same.
    code, out, _ = run(env, "campaigns", "list", "--filters-status", "ready", "--json")
    assert {item["campaignId"] for item in json.loads(out)} >= {sms_id}
    code, out, _ = run(env, "campaigns-v1", "list", "--json")
    assert {sms_id, voice_id} <= {item["campaignId"] for item in json.loads(out)}
    # A page is a page of one type: choosing one without the type is refused, naming both ways.
    code, _, err = run(env, "campaigns", "list", "--skip", "5", "--limit", "2")
    assert code == 2 and "--skip and --limit choose a page of one type: give --type too" in err
    # One page of one type, as the API answers it; the page line says when more follow.
    second_id = create_sms_campaign(env, "Listed without options (second SMS)")
    code, out, err = run(env, "campaigns", "list", "--type", "sms", "--limit", "1")
    assert code == 0 and len(out.splitlines()) == 2
    assert "hasMore=true" in err and err.splitlines()[0].endswith("(more follow: --all reads every page)")
    for campaign_id, kind in ((sms_id, "sms"), (second_id, "sms"), (voice_id, "voice")):
        assert run(env, "campaigns", "delete", campaign_id, "--campaign-type", kind, "--yes")[0] == 0


def test_help_and_messages_speak_the_command_line(env: dict[str, str], tmp_path: Path) -> None:
    code, out, _ = run(env, "--help")
    assert "from_env" not in out and "KORE_CLIENT_ID" in out
    code, out, _ = run(env, "campaigns", "list", "--help")
    assert "iter_" not in out and "Without it, every page" in out
    # A path argument that would leave its path segment: named as the argument, exit 2.
    code, _, err = run(env, "campaigns", "get", "a/b")
    assert code == 2 and err == "error: CAMPAIGN_ID holds '/' (it would split the path); nothing was sent\n"
    code, _, err = run(env, "contact-lists", "get", "..", "--json")
    assert code == 2 and json.loads(err)["error"]["message"].startswith("CONTACT_LIST_ID is '..'")
    csv_file = tmp_path / "one.csv"
    csv_file.write_text("phoneNumber\n+15105550100\n", encoding="utf-8")
    code, _, err = run(env, "contact-lists", "import", str(csv_file), "--id", "a/b")
    assert code == 2 and "Invalid value for --id: holds '/' (it would split the path); nothing was sent" in err
    # An address that is no URL: a usage error naming where it came from, before any call.
    code, _, err = run(env, "--base-url", "platform.kore.ai", "contact-lists", "list")
    assert code == 2 and "error: --base-url must be an http:// or https:// URL with a host" in err
    code, _, err = run({**env, "KORE_BASE_URL": "http://"}, "contact-lists", "list")
    assert code == 2 and "KORE_BASE_URL (or base_url in the profile) must be an http:// or https:// URL" in err
    # The service out of reach: what happened to the request, in words (no exception class).
    code, _, err = run({**env, "KORE_BASE_URL": "http://127.0.0.1:9"}, "campaigns", "get", "x")
    assert code == 1 and "error: the service at http://127.0.0.1:9: cannot connect (connection refused)" in err
    assert "ConnectError" not in err and "Errno" not in err and "nothing was sent" in err
    # A mistyped command: the names meant.
    code, _, err = run(env, "campaign", "list")
    assert code == 2 and "No such command 'campaign'. Did you mean 'campaigns'" in err
    code, _, err = run(env, "campaigns", "lst")
    assert code == 2 and "Did you mean 'list'?" in err
    # The import names its options, not the Python API's keywords.
    numbers = tmp_path / "no-country.csv"
    numbers.write_text("phoneNumber\n(510) 555-0100\n", encoding="utf-8")
    code, _, err = run(env, "contact-lists", "import", str(numbers), "--list", "No such list here")
    assert code == 1 and "(--region, e.g. US)" in err and "region=" not in err
    code, _, err = run(env, "contact-lists", "import", str(numbers), "--list", "No such list here", "--region", "US")
    assert code == 1 and "(names are exact); --create creates it" in err and "create=True" not in err
    latin = tmp_path / "latin.csv"
    latin.write_bytes("phoneNumber;firstName\n+15105550100;J\u00fcrgen\n".encode("cp1252"))
    code, _, err = run(env, "contact-lists", "import", str(latin), "--list", "x")
    assert code == 1 and "(--encoding, e.g. cp1252" in err and "encoding=" not in err


def test_the_root_options_may_follow_the_command(env: dict[str, str], tmp_path: Path) -> None:
    bare = {key: value for key, value in env.items() if not key.startswith("KORE_")}
    write_config(
        env,
        f"""[profiles.demo]
client_id = "{DEMO_CLIENT_ID}"
client_secret = "{DEMO_CLIENT_SECRET}"
account_id = "{DEMO_ACCOUNT_ID}"
bot_id = "{DEMO_BOT_ID}"
base_url = "{env["KORE_BASE_URL"]}"
rate_limit_per_minute = 1000000
""",
    ).chmod(0o600)
    code, out, err = run(bare, "contact-lists", "list", "--profile", "demo", "--json")
    assert code == 0 and json.loads(out)["status"] == "success", err
    code, _, err = run(bare, "contact-lists", "list", "--profile", "demo", "--base-url", "http://127.0.0.1:9", "-q")
    assert code == 1 and "127.0.0.1:9" in err and "retry:" not in err  # -q after the command: no log lines
    code, _, err = run(bare, "contact-lists", "list", "--profile", "nope")
    assert code == 2 and "no profile 'nope'" in err
    # An option of the command's own keeps its meaning (contact-lists create --name is a body field).
    code, out, err = run(env, "contact-lists", "get", "x", "--help")
    assert "--profile" not in out  # taken, not listed: the root's help lists them once


def test_a_profile_named_on_the_command_line_wins_over_the_environment(env: dict[str, str]) -> None:
    """KORE_* variables exported for one account must not silently win over `--profile other`."""
    write_config(
        env,
        """default_profile = "unreachable"
[profiles.unreachable]
base_url = "http://127.0.0.1:9"
""",
    ).chmod(0o600)
    code, _, err = run(env, "--profile", "unreachable", "contact-lists", "list")
    assert code == 1 and "http://127.0.0.1:9" in err  # the profile's address, not KORE_BASE_URL's
    # Chosen by default (or KORE_PROFILE), the profile gives way to each variable set.
    assert run(env, "contact-lists", "list")[0] == 0
    assert run({**env, "KORE_PROFILE": "unreachable"}, "contact-lists", "list")[0] == 0


def test_a_python_warning_is_one_line(env: dict[str, str]) -> None:
    """PyJWT warns about a short secret; the operator sees one line, not a file name and source."""
    short = {**os.environ, **env, "KORE_CLIENT_SECRET": "short"}
    result = subprocess.run(  # noqa: S603 - our own command; a process of its own: warnings show once each
        [str(Path(sys.executable).parent / "kore-campaigns"), "contact-lists", "list"],
        capture_output=True,
        text=True,
        env=short,
        timeout=120,
        check=False,
    )
    warnings = [line for line in result.stderr.splitlines() if "HMAC key" in line]
    assert len(warnings) == 1 and warnings[0].startswith("warning: The HMAC key is"), result.stderr
    assert ".py:" not in result.stderr and "return self._jws" not in result.stderr and "short" not in result.stderr


def test_data_gives_the_whole_body(env: dict[str, str], tmp_path: Path) -> None:
    body = tmp_path / "list.json"
    body.write_text(json.dumps({"name": "From a file", "description": "made with --data"}), encoding="utf-8")
    code, out, err = run(env, "contact-lists", "create", "--data", f"@{body}", "--name", "Option wins", "--json")
    assert code == 0, err
    created = json.loads(out)["data"]
    assert created["name"] == "Option wins" and created["description"] == "made with --data"
    code, out, err = run(
        env, "contact-lists", "update", created["_id"], "--data", "@-", "--json", input='{"name": "Renamed"}'
    )
    assert code == 0 and json.loads(out)["data"]["body"]["name"] == "Renamed", err
    code, _, err = run(env, "contact-lists", "create", "--data", '{"name": "+15105550100 secret"')
    assert code == 2 and "--data" in err and "is not JSON" in err and "+15105550100" not in err
    # A body of several alternatives: the one it fits, or a message naming each.
    code, _, err = run(env, "campaigns", "create", "--campaign-type", "sms", "--data", '{"name": "x"}')
    assert code == 2 and "fits none of the bodies" in err and "SmsCampaignRequest" in err
    code, out, _ = run(env, "contact-lists", "delete", created["_id"], "--yes", "--json")
    assert code == 0


def test_destructive_commands_need_yes_off_a_terminal(env: dict[str, str]) -> None:
    campaign_id = create_sms_campaign(env, "Not deleted without --yes")
    code, out, err = run(env, "campaigns", "delete", campaign_id, "--campaign-type", "sms")
    assert code == 2 and out == "" and "give --yes" in err and "nothing was done" in err
    code, _, _ = run(env, "campaigns", "get", campaign_id)
    assert code == 0  # still there
    code, _, err = run(env, "campaigns", "stop", campaign_id)
    assert code == 2 and "give --yes" in err
    assert run(env, "campaigns", "delete", campaign_id, "--campaign-type", "sms", "-y")[0] == 0
    assert run(env, "campaigns", "get", campaign_id)[0] == 1


def test_show_values_sets_the_shared_switch_for_the_command_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from kore_campaigns.cli import config
    from kore_campaigns.cli.output import CliError

    seen: list[str | None] = []

    def record(profile: str | None, base_url: str | None) -> Any:
        seen.append(os.environ.get("KORE_SHOW_VALUES"))
        raise CliError("stop here")

    monkeypatch.setattr(config, "client_for", record)
    monkeypatch.delenv("KORE_SHOW_VALUES", raising=False)
    assert CliRunner().invoke(main, ["--show-values", "contact-lists", "list"]).exit_code == 1
    assert CliRunner().invoke(main, ["contact-lists", "list"]).exit_code == 1
    assert seen == ["1", None] and "KORE_SHOW_VALUES" not in os.environ


# --- profiles -------------------------------------------------------------------------------------


def write_config(env: dict[str, str], text: str) -> Path:
    path = Path(env["XDG_CONFIG_HOME"]) / "kore-campaigns" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)
    return path


def test_profiles_choose_the_account(env: dict[str, str], tmp_path: Path) -> None:
    secret_file = tmp_path / "kore-secret"
    secret_file.write_text(DEMO_CLIENT_SECRET + "\n", encoding="utf-8")
    write_config(
        env,
        f"""
default_profile = "wrong"

[profiles.demo]
client_id = "{DEMO_CLIENT_ID}"
client_secret_file = "{secret_file}"
account_id = "{DEMO_ACCOUNT_ID}"
bot_id = "{DEMO_BOT_ID}"
base_url = "{env["KORE_BASE_URL"]}"
rate_limit_per_minute = 1000000

[profiles.wrong]
client_id = "{DEMO_CLIENT_ID}"
client_secret = "not-the-secret-5d41402abc4b2a76-0f"
account_id = "{DEMO_ACCOUNT_ID}"
bot_id = "{DEMO_BOT_ID}"
base_url = "{env["KORE_BASE_URL"]}"
""",
    )
    bare = {key: value for key, value in env.items() if not key.startswith("KORE_")}
    code, out, err = run(bare, "--profile", "demo", "contact-lists", "list", "--json")
    assert code == 0, err
    assert json.loads(out)["status"] == "success"
    assert run({**bare, "KORE_PROFILE": "demo"}, "contact-lists", "list")[0] == 0
    # default_profile: the wrong secret, refused; the secret is printed nowhere, not even with -v.
    code, out, err = run(bare, "-v", "contact-lists", "list", "--json")
    assert code == 1 and json.loads(err.splitlines()[-1])["error"]["status"] == 401
    assert "not-the-secret" not in out + err and DEMO_CLIENT_SECRET not in out + err
    # The environment wins over the profile, a setting at a time.
    assert run({**bare, "KORE_CLIENT_SECRET": DEMO_CLIENT_SECRET}, "contact-lists", "list")[0] == 0
    # --base-url wins over both.
    code, _, err = run(bare, "--profile", "demo", "--base-url", "http://127.0.0.1:9", "contact-lists", "list")
    assert code == 1 and "the service at http://127.0.0.1:9: cannot connect" in err
    code, _, err = run(bare, "--profile", "nope", "contact-lists", "list")
    assert code == 2 and "no profile 'nope'" in err and "demo, wrong" in err


def test_profile_mistakes_are_named(env: dict[str, str], tmp_path: Path) -> None:
    bare = {key: value for key, value in env.items() if not key.startswith("KORE_")}
    path = write_config(env, '[profiles.a]\nclient_id = "x"\nclient_secert = "typo-value-123"\n')
    code, _, err = run(bare, "--profile", "a", "contact-lists", "list")
    assert code == 2 and "unknown key 'client_secert'" in err and "typo-value-123" not in err
    write_config(env, '[profiles.a]\nclient_secret_file = "missing-secret"\n')
    code, _, err = run(bare, "--profile", "a", "contact-lists", "list")
    assert code == 2 and f"{path.parent / 'missing-secret'}" in err and "No such file" in err
    write_config(env, '[profiles.a]\nclient_id = "x\n')
    code, _, err = run(bare, "--profile", "a", "contact-lists", "list")
    assert code == 2 and "is not valid TOML" in err and "line 2" in err
    path = write_config(env, f'[profiles.a]\nclient_secret = "{DEMO_CLIENT_SECRET}"\n')
    path.chmod(0o644)
    code, _, err = run(bare, "--profile", "a", "contact-lists", "list")
    assert "others can read it" in err and code == 2 and "KORE_CLIENT_ID (or client_id in a profile)" in err
    assert DEMO_CLIENT_SECRET not in err


def test_the_readme_profiles_example_is_a_valid_profiles_file(tmp_path: Path) -> None:
    from kore_campaigns.cli.config import choose_profile, read_config

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (example,) = re.findall(r"```toml\n(.*?)```", readme, flags=re.DOTALL)
    path = tmp_path / "config.toml"
    path.write_text(example, encoding="utf-8")
    config = read_config(path)
    for name in config["profiles"]:
        assert choose_profile(config, path, name)[0] == name


# --- help, README, start-up ------------------------------------------------------------------------


def test_readme_command_table_is_the_generated_one() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start, end = "<!-- commands: generated from openapi.yaml -->\n", "<!-- end of commands -->"
    assert start in readme and end in readme
    shown = readme.split(start, 1)[1].split(end, 1)[0]
    assert shown == command_table(main), (
        "the README's command table differs from the commands; replace it with the output of\n"
        ".venv/bin/python -c 'from kore_campaigns.cli import main; "
        'from kore_campaigns.cli.generated import command_table; print(command_table(main), end="")\''
    )


def test_help_does_not_import_the_client_or_rich() -> None:
    code = (
        "import sys; from kore_campaigns.cli import main\n"
        "for argv in (['--help'], ['campaigns', '--help'], ['campaigns', 'list', '--help']):\n"
        "    try:\n        main(argv)\n    except SystemExit:\n        pass\n"
        "heavy = ('rich', 'httpx', 'kore_campaigns_client', 'kore_campaigns.client')\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)  # noqa: S603
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_the_mock_without_its_extra_says_which_extra_to_install() -> None:
    code = "import sys; sys.modules['starlette'] = None\nimport kore_campaigns_mock"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)  # noqa: S603
    assert result.returncode == 1
    assert "pip install 'kore-campaigns[mock]'" in result.stderr.splitlines()[-1]


# --- the CSV import (kore_campaigns.bulk) ------------------------------------------------------------


def test_a_5000_row_csv_with_bad_rows(env: dict[str, str], tmp_path: Path) -> None:
    lines = ["phoneNumber,firstName,lastName"]
    bad_lines: dict[int, str] = {}
    good: list[str] = []
    for n in range(5000):
        line_number = len(lines) + 1
        if n % 250 == 7:
            lines.append(f"12ab{n},Bad,Row")
            bad_lines[line_number] = "phoneNumber is not a phone number"
        elif n == 4321:
            lines.append(",No,Phone")
            bad_lines[line_number] = "phoneNumber is required"
        else:
            phone = f"+1202{n:07d}"
            lines.append(f"{phone},First{n},Last{n}")
            good.append(phone)
    csv_file = tmp_path / "contacts.csv"
    csv_file.write_text("\n".join(lines) + "\n", encoding="utf-8")

    code, out, err = run(env, "contact-lists", "import", str(csv_file), "--list", "Big import", "--create")
    assert code == 1, (out, err)  # some rows were refused: nothing is sent, no list created
    assert f"{len(bad_lines)} of 5000 rows refused, nothing sent" in err
    for line_number, reason in bad_lines.items():
        assert f"refused line {line_number}: {reason}" in err
    code, out, _ = run(env, "contact-lists", "list", "--json")
    assert "Big import" not in [item["name"] for item in json.loads(out)["data"]]  # the API's envelope

    args = ("contact-lists", "import", str(csv_file), "--list", "Big import", "--create", "--skip-invalid")
    code, out, err = run(env, *args)
    assert code == 0, (out, err)
    assert f"{len(good):,} contacts sent, {len(bad_lines)} refused rows skipped" in out
    for line_number, reason in bad_lines.items():
        assert f"skipped line {line_number}: {reason}" in err
    assert not (tmp_path / "contacts.csv.checkpoint.json").exists()

    code, out, _ = run(env, "contact-lists", "list", "--json")
    assert code == 0
    (listed,) = [item for item in json.loads(out)["data"] if item["name"] == "Big import"]
    assert listed["totalRecordCount"] == len(good)
    code, out, _ = run(env, "contact-lists", "contacts", listed["_id"], "--json")
    assert code == 0
    assert [contact["phoneNumber"] for contact in json.loads(out)] == good  # 50 pages of 100
    code, out, _ = run(env, "contact-lists", "list-contacts", listed["_id"], "--all", "--json")
    assert [contact["phoneNumber"] for contact in json.loads(out)] == good
    code, out, _ = run(env, "contact-lists", "list-contacts", listed["_id"], "--limit", "3", "--json")
    assert [contact["phoneNumber"] for contact in json.loads(out)["data"]["results"]] == good[:3]


def test_import_summary_json_is_camel_case(env: dict[str, str], tmp_path: Path) -> None:
    csv_file = tmp_path / "two.csv"
    csv_file.write_text("phoneNumber\n+12025550100\n+12025550101\n", encoding="utf-8")
    code, out, err = run(env, "contact-lists", "import", str(csv_file), "--list", "Two", "--create", "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["listName"] == "Two" and summary["sent"] == 2 and "list_name" not in summary
    # stderr says what stdout does not: the list was made; the summary is not said twice.
    assert err.splitlines() == ["created the contact list 'Two'"]


def test_a_voice_campaigns_outcomes_after_a_run(tmp_path: Path) -> None:
    """start (the type read from the campaign), the mock's manual clock through the calling hours,
    then `campaigns outcomes`: every contact with its call outcome, as get-campaign-status --all reads them."""
    import httpx
    from kore_campaigns_mock import ManualClock

    from scripts.demo import voice_campaign_v2

    with serve_in_background(mock_app(dialling=True, rate_limit_per_minute=0, clock=ManualClock())) as url:
        env = {
            "KORE_CLIENT_ID": DEMO_CLIENT_ID,
            "KORE_CLIENT_SECRET": DEMO_CLIENT_SECRET,
            "KORE_ACCOUNT_ID": DEMO_ACCOUNT_ID,
            "KORE_BOT_ID": DEMO_BOT_ID,
            "KORE_BASE_URL": url,
            "KORE_RATE_LIMIT_PER_MINUTE": "1000000",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
        }
        numbers = [f"+1510555{n:04d}" for n in range(4)]
        csv_file = tmp_path / "run.csv"
        csv_file.write_text("phoneNumber\n" + "\n".join(numbers) + "\n", encoding="utf-8")
        assert run(env, "contact-lists", "import", str(csv_file), "--list", "Run list", "--create")[0] == 0
        body = voice_campaign_v2("Run to the end").to_dict() | {"contactLists": ["Run list"]}
        code, out, err = run(
            env, "campaigns", "create", "--campaign-type", "voice", "--data", json.dumps(body), "--json"
        )
        assert code == 0, err
        campaign_id = json.loads(out)["data"]["campaignId"]
        assert run(env, "campaigns", "start", campaign_id)[0] == 0
        with httpx.Client(base_url=url) as admin:
            for _ in range(24 * 14):
                admin.post("/_mock/clock/advance", json={"seconds": 3600}).raise_for_status()
                code, out, _ = run(env, "campaigns", "status", campaign_id, "--json")
                if json.loads(out)["data"]["status"] == "Completed":
                    break
            else:
                raise AssertionError(f"not completed after 14 days of calling hours: {out}")
        code, out, err = run(env, "campaigns", "outcomes", campaign_id, "--json")
        assert code == 0, err
        outcomes = json.loads(out)
        assert sorted(contact["phoneNumber"] for contact in outcomes) == numbers
        assert all(contact["dialerOutcome"] for contact in outcomes)
        code, out, _ = run(env, "campaign-execution", "get-campaign-status", campaign_id, "--all", "--json")
        assert json.loads(out) == outcomes
        code, out, _ = run(env, "campaigns", "outcomes", campaign_id)
        header, *rows = out.splitlines()
        assert "phoneNumber" in header.split("\t") and len(rows) == len(outcomes)


def test_webhooks_trigger_reads_a_csv_row_as_the_import_does(env: dict[str, str], tmp_path: Path) -> None:
    """The same Excel export the operator imports: its row reaches the receiver as the list holds it."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    received: list[dict[str, Any]] = []

    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            answer = b'{"contactHandling": {"handle": "CALL"}, "firstName": "From the receiver"}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args: Any) -> None:
            pass

    export = tmp_path / "export.csv"
    lines = ["Phone Number;First Name;Account No", "(510) 555-0102;J\u00fcrgen;A-1", "+1 510-555-0103;Ann;A-2"]
    export.write_bytes("\r\n".join(lines).encode("cp1252") + b"\r\n")
    with ThreadingHTTPServer(("127.0.0.1", 0), Receiver) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}/"
        args = ["webhooks", "trigger", url, "--from-csv", str(export), "--row", "1", "--json"]
        code, _, err = run(env, *args)
        assert code == 2 and "line 2 is not UTF-8 text" in err and "(--encoding, e.g. cp1252" in err
        code, out, err = run(env, *args, "--encoding", "cp1252", "--region", "US")
        server.shutdown()
    assert code == 0, err
    assert received == [
        {
            **received[0],
            "contactData": {"phoneNumber": "+15105550102", "firstName": "J\u00fcrgen", "Account No": "A-1"},
        }
    ]
    decision = json.loads(out)
    assert decision["collisions"] == [
        {"field": "firstName", "contactValue": "J\u00fcrgen", "answerValue": "From the receiver"}
    ]
