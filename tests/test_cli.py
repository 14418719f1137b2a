"""The kore-campaigns command line against the mock: exit codes, --json, a 5,000-row CSV import."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from kore_campaigns.cli import main
from kore_campaigns_mock import DEMO_ACCOUNT_ID, DEMO_BOT_ID, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, create_app
from kore_campaigns_mock.background import serve_in_background


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    """The command line turns the kore_campaigns logger to INFO on stderr; other tests expect it untouched."""
    logger = logging.getLogger("kore_campaigns")
    level, handlers = logger.level, list(logger.handlers)
    yield
    logger.setLevel(level)
    logger.handlers[:] = handlers


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with serve_in_background(create_app(rate_limit_per_minute=0)) as url:
        yield url


@pytest.fixture
def env(mock_url: str) -> dict[str, str]:
    return {
        "KORE_CLIENT_ID": DEMO_CLIENT_ID,
        "KORE_CLIENT_SECRET": DEMO_CLIENT_SECRET,
        "KORE_ACCOUNT_ID": DEMO_ACCOUNT_ID,
        "KORE_BOT_ID": DEMO_BOT_ID,
        "KORE_BASE_URL": mock_url,
        # The mock's limit is off; the client's would pace 60 calls a minute.
        "KORE_RATE_LIMIT_PER_MINUTE": "1000000",
    }


def run(env: dict[str, str], *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


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
    assert "Big import" not in [item["name"] for item in json.loads(out)]

    args = ("contact-lists", "import", str(csv_file), "--list", "Big import", "--create", "--skip-invalid")
    code, out, err = run(env, *args)
    assert code == 0, (out, err)
    assert f"{len(good):,} contacts sent, {len(bad_lines)} refused rows skipped" in out
    for line_number, reason in bad_lines.items():
        assert f"skipped line {line_number}: {reason}" in err
    assert not (tmp_path / "contacts.csv.checkpoint.json").exists()

    code, out, _ = run(env, "contact-lists", "list", "--json")
    assert code == 0
    (listed,) = [item for item in json.loads(out) if item["name"] == "Big import"]
    assert listed["totalRecordCount"] == len(good)
    code, out, _ = run(env, "contact-lists", "contacts", listed["_id"], "--json")
    assert code == 0
    assert [contact["phoneNumber"] for contact in json.loads(out)] == good  # 50 pages of 100


def test_exit_codes(env: dict[str, str], tmp_path: Path) -> None:
    code, _, err = run(env, "contact-lists", "import", __file__)
    assert code == 2 and "--list NAME or by --id ID" in err
    code, _, err = run(env, "campaigns", "get", "cd-00000000-0000-0000-0000-000000000000")
    assert code == 1 and err.startswith("error: ") and "404" in err
    code, _, err = run({**env, "KORE_CLIENT_ID": ""}, "campaigns", "list")
    assert code == 2 and "KORE_CLIENT_ID" in err
    assert DEMO_CLIENT_SECRET not in err


def test_campaign_commands(env: dict[str, str]) -> None:
    from kore_campaigns_mock import samples

    code, out, _ = run(env, "campaigns", "list", "--json")
    assert code == 0 and json.loads(out) == []
    import kore_campaigns
    from kore_campaigns_client.models import SmsCampaignRequest

    with kore_campaigns.from_env(env) as client:
        created = client.campaigns.create_campaign(
            SmsCampaignRequest.from_dict(samples.sms_campaign()), campaign_type="sms"
        )
    campaign_id = str(created.data.field_id)
    code, out, _ = run(env, "campaigns", "list", "--type", "sms", "--json")
    assert [item["type"] for item in json.loads(out)] == ["sms"]
    code, out, _ = run(env, "campaigns", "list", "--status", "Active", "--json")
    assert json.loads(out) == []
    assert run(env, "campaigns", "start", campaign_id)[0] == 0
    code, out, _ = run(env, "campaigns", "wait", campaign_id, "--status", "Active", "--timeout", "5")
    assert code == 0 and out.strip().endswith("Active")
    code, out, _ = run(env, "campaigns", "status", campaign_id, "--json")
    assert json.loads(out)["status"] == "Active"
    code, _, err = run(env, "campaigns", "wait", campaign_id, "--status", "Completed", "--timeout", "0")
    assert code == 1 and "did not reach Completed within 0 s" in err
    assert run(env, "campaigns", "stop", campaign_id)[0] == 0
    code, out, _ = run(env, "campaigns", "list")
    assert code == 0 and "Billing Alert" in out
    assert run(env, "campaigns", "delete", campaign_id)[0] == 0


def test_help_does_not_import_the_client_or_rich() -> None:
    code = (
        "import sys; from kore_campaigns.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = ('rich', 'kore_campaigns_client.models', 'kore_campaigns.client')\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)  # noqa: S603
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_the_mock_without_its_extra_says_which_extra_to_install() -> None:
    code = "import sys; sys.modules['starlette'] = None\nimport kore_campaigns_mock"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)  # noqa: S603
    assert result.returncode == 1
    assert "pip install 'kore-campaigns[mock]'" in result.stderr.splitlines()[-1]
