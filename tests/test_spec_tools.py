"""openapi.yaml passes the pinned Node tools, gives TypeScript users right types and renders as a reference.

These need `npm ci` (node_modules/) and, for the browser test, Debian's `chromium`. Without
them the tests skip, saying why; with KORE_REQUIRE_TOOLS=1 (as in CI) a missing tool fails.
Each tool runs once per session (module-scoped fixtures).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import NoReturn

import pytest
import yaml

from scripts.spec_facts import read_document

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
NODE_BIN = ROOT / "node_modules" / ".bin"
REQUIRE_TOOLS = os.environ.get("KORE_REQUIRE_TOOLS") == "1"
TOOL_TIMEOUT = 300  # seconds; each tool takes a few on this machine
# Never let a tool phone home, and keep its notices out of the output we parse.
TOOL_ENV = {
    **os.environ,
    "REDOCLY_TELEMETRY": "off",
    "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
    "NO_COLOR": "1",
    "FORCE_COLOR": "0",
}
SUMMARIES = {
    "scheduleCampaign": "Enable or disable a daily or weekly schedule for a campaign",
    "createVoiceCampaign": "Create a voice or SMS campaign (v1)",
    "createCampaign": "Create a voice campaign or an SMS campaign (v2)",
    "getCampaign": "Get a voice or SMS campaign",
}
WRONG_ENUM_VALUES = ('"6"', '"Robocall"', '"Monthly"')  # the wrong values in typescript/wrong-enum.ts


def _missing(what: str) -> NoReturn:
    message = f"{what} is not available"
    if REQUIRE_TOOLS:
        pytest.fail(f"{message}, and KORE_REQUIRE_TOOLS=1 requires it")
    pytest.skip(message)


def node_tool(name: str) -> Path:
    if shutil.which("node") is None:
        _missing("node (Node 20 or later)")
    tool = NODE_BIN / name
    if not tool.exists():
        _missing(f"{tool} (run `npm ci` in {ROOT})")
    return tool


def run(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - fixed tool paths and arguments
        [str(a) for a in args],
        cwd=cwd,
        env=TOOL_ENV,
        capture_output=True,
        text=True,
        timeout=TOOL_TIMEOUT,
        check=False,
    )


def _explain(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"


# --- linters ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def redocly_lint() -> subprocess.CompletedProcess[str]:
    return run(node_tool("redocly"), "lint", SPEC, "--format=json")


@pytest.mark.node
def test_redocly_lint_finds_no_problem(redocly_lint: subprocess.CompletedProcess[str]) -> None:
    assert redocly_lint.returncode == 0, _explain(redocly_lint)
    report = json.loads(redocly_lint.stdout)
    assert report["version"] == "2.77.0"
    assert report["totals"] == {"errors": 0, "warnings": 0, "ignored": 0}, report["problems"]
    assert report["problems"] == []


@pytest.mark.node
def test_redocly_lint_rejects_a_wrong_example(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The negative control: the config really checks examples against their schemas."""
    redocly = node_tool("redocly")
    broken = read_document(SPEC)
    broken["components"]["examples"]["VoiceAgentlessRequest"]["value"]["dialingMode"] = "Robocall"
    folder = tmp_path_factory.mktemp("redocly-broken")
    (folder / "openapi.yaml").write_text(yaml.safe_dump(broken, sort_keys=False), encoding="utf-8")
    result = run(redocly, "lint", "openapi.yaml", "--format=json", "--config", ROOT / "redocly.yaml", cwd=folder)
    assert result.returncode != 0, _explain(result)
    problems = json.loads(result.stdout)["problems"]
    assert {p["ruleId"] for p in problems} == {"no-invalid-media-type-examples"}, problems
    assert all(p["severity"] == "error" for p in problems)
    assert any("Agentless" in p["message"] for p in problems), problems


@pytest.mark.node
def test_spectral_finds_no_problem(tmp_path_factory: pytest.TempPathFactory) -> None:
    spectral = node_tool("spectral")
    report = tmp_path_factory.mktemp("spectral") / "spectral.json"
    result = run(
        spectral, "lint", SPEC, "--ruleset", ROOT / ".spectral.yaml", "--fail-severity=warn", "-f", "json", "-o", report
    )
    assert result.returncode == 0, _explain(result)
    # Not even an info or a hint.
    assert json.loads(report.read_text(encoding="utf-8")) == []


# --- TypeScript --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def typescript_check() -> subprocess.CompletedProcess[str]:
    node_tool("openapi-typescript")
    node_tool("tsc")
    return run(ROOT / "scripts" / "typescript-check")


@pytest.mark.node
def test_typescript_usage_compiles(typescript_check: subprocess.CompletedProcess[str]) -> None:
    assert typescript_check.returncode == 0, _explain(typescript_check)
    assert "typescript/usage.ts: compiles" in typescript_check.stdout
    generated = (ROOT / "build" / "typescript" / "kore-campaigns.d.ts").read_text(encoding="utf-8")
    assert 'Priority: "1" | "2" | "3" | "4" | "5";' in generated
    assert 'DialingMode: "Agentless" | "Progressive" | "Preview";' in generated


@pytest.mark.node
def test_typescript_wrong_enum_does_not_compile(typescript_check: subprocess.CompletedProcess[str]) -> None:
    assert typescript_check.returncode == 0, _explain(typescript_check)
    rejected = [line for line in typescript_check.stdout.splitlines() if line.startswith("typescript/wrong-enum.ts(")]
    assert len(rejected) == len(WRONG_ENUM_VALUES), typescript_check.stdout
    for value in WRONG_ENUM_VALUES:
        assert any(f"error TS2322: Type '{value}' is not assignable" in line for line in rejected), value


# --- HTML reference ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def reference_html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    node_tool("redocly")
    output = tmp_path_factory.mktemp("site") / "index.html"
    result = run(ROOT / "scripts" / "build-docs", output)
    assert result.returncode == 0, _explain(result)
    return output


class _Page(HTMLParser):
    """The visible text of a page, and where its scripts and stylesheets come from."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.external: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag in ("script", "style", "template"):
            self._hidden += 1
        if tag == "script" and attributes.get("src"):
            self.external.append(f"script {attributes['src']}")
        if tag == "link" and "stylesheet" in (attributes.get("rel") or "") and attributes.get("href"):
            self.external.append(f"stylesheet {attributes['href']}")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "template") and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.text.append(data)


def parse_page(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


@pytest.mark.node
def test_reference_is_one_self_contained_file(reference_html: Path) -> None:
    html = reference_html.read_text(encoding="utf-8")
    page = parse_page(html)
    assert page.external == []
    assert "<title>Kore.ai Contact Center Campaign Management API</title>" in html
    # The spec is embedded, so the page has something to render without fetching it.
    for summary in SUMMARIES.values():
        assert json.dumps(summary) in html, summary


def chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    _missing("chromium (Debian: apt-get install chromium)")


def headless(browser: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """One headless Chromium run that reaches nothing but the file it is given."""
    return run(
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        "--window-size=1400,1000",
        # Virtual time lets the scripts render the page before the DOM is taken.
        "--virtual-time-budget=15000",
        *args,
    )


@pytest.fixture(scope="module")
def rendered(reference_html: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Visible text of the rendered reference at each tag's page (hash routes under file://)."""
    browser = chromium()
    texts = {}
    for route in ("campaigns", "scheduling"):
        profile = tmp_path_factory.mktemp(f"chromium-{route}")
        result = headless(browser, profile, "--dump-dom", f"{reference_html.as_uri()}#/{route}")
        assert result.returncode == 0, _explain(result)
        texts[route] = " ".join(" ".join(parse_page(result.stdout).text).split())
    return texts


@pytest.mark.node
@pytest.mark.browser
def test_rendered_reference_shows_every_operation(rendered: dict[str, str]) -> None:
    for route, text in rendered.items():
        assert "Kore.ai Contact Center Campaign Management API" in text, route
    for operation_id in ("createVoiceCampaign", "createCampaign", "getCampaign"):
        assert SUMMARIES[operation_id] in rendered["campaigns"], operation_id
    assert SUMMARIES["scheduleCampaign"] in rendered["scheduling"]


@pytest.mark.node
@pytest.mark.browser
def test_rendered_reference_screenshot(reference_html: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    browser = chromium()
    folder = tmp_path_factory.mktemp("screenshot")
    shot = folder / "createVoiceCampaign.png"
    url = f"{reference_html.as_uri()}#/campaigns/createvoicecampaign"
    result = headless(browser, folder / "profile", f"--screenshot={shot}", url)
    assert result.returncode == 0, _explain(result)
    png = shot.read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    assert (width, height) == (1400, 1000)
    # A blank page compresses to a few kilobytes; the rendered operation is far larger.
    assert len(png) > 50_000, len(png)
