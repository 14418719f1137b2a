"""Other languages: clean clients from openapi-generator and hey-api; the README's generate lines compile.

Needs Java 17 (openapi-generator), Node and `npm ci`; the compile checks of the README's clients
also need javac, Go and a few Debian library packages (.ci/run installs them). Without them the
tests skip, saying why; with KORE_REQUIRE_TOOLS=1 (as in CI) a missing tool fails. The script's
generators run once per session, all in one JVM (module-scoped fixture): about 3.5 s of CPU for
the ten openapi-generator clients, where five separate JVMs (one per generator, default flags)
take about 31 s. The README's five generate lines are five JVMs by nature (about 20 s of CPU with
C1 only); with their compiles they add about 27 s of CPU to the module.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NoReturn

import pytest
from kore_campaigns_mock import create_app
from kore_campaigns_mock.background import serve_in_background
from kore_campaigns_mock.config import DEMO_ACCOUNT_ID, DEMO_BOT_ID, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET

from scripts import other_languages
from scripts.other_languages import (
    ALLOWED,
    OPENAPI_GENERATORS,
    OtherLanguagesError,
    Result,
    generator_config,
    parse_batch_log,
)

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "other-languages"
SPECS = ("openapi.yaml", "openapi-3.0.yaml")
NODE_BIN = ROOT / "node_modules" / ".bin"
REQUIRE_TOOLS = os.environ.get("KORE_REQUIRE_TOOLS") == "1"
TIMEOUT = 600  # seconds; the whole run takes about 15 s on a busy 2-core machine

# One file per generator that exists only if the spec's own names came through: `ErrorResponse`
# (not `ModelError`) and `DailyDetails` (the title, not `DailyRecurrence_dailyDetails`).
NAMED_FILES = {
    "typescript-fetch": ["src/models/ErrorResponse.ts", "src/models/DailyDetails.ts"],
    "python": ["kore_campaigns_api/models/error_response.py", "kore_campaigns_api/models/daily_details.py"],
    "go": ["model_error_response.go", "model_daily_details.go"],
    "java": [
        "src/main/java/ai/kore/campaigns/model/ErrorResponse.java",
        "src/main/java/ai/kore/campaigns/model/DailyDetails.java",
    ],
    "csharp": ["src/Kore.Campaigns/Model/ErrorResponse.cs", "src/Kore.Campaigns/Model/DailyDetails.cs"],
    "hey-api": ["types.gen.ts", "sdk.gen.ts"],
}
E2E_LINES = (
    "created voice campaign cd-",
    "created SMS campaign cd-",
    "read voice campaign back: TypeScript Feedback Voice Campaign, Agentless",
    "read voice campaign through v1: TypeScript Feedback Voice Campaign, status Ready",
    "read SMS campaign back: TypeScript Billing Alert SMS Campaign, template Welcome",
    "read back isSchedulingEnabled=true",
    "unknown campaign: HTTP 404, ErrorResponse code 4004",
    "typescript-fetch end to end: OK",
)


def _missing(what: str) -> NoReturn:
    if REQUIRE_TOOLS:
        pytest.fail(f"{what} is not available, and KORE_REQUIRE_TOOLS=1 requires it")
    pytest.skip(f"{what} is not available")


def _require_node_tools() -> None:
    if shutil.which("node") is None:
        _missing("node (Node 20 or later)")
    for tool in ("openapi-ts", "tsc"):
        if not (NODE_BIN / tool).exists():
            _missing(f"{NODE_BIN / tool} (run `npm ci`)")


def _require_java() -> None:
    if shutil.which("java") is None:
        _missing("java (17 or later, for openapi-generator)")


def run_script(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own script, fixed arguments
        [str(SCRIPT), *map(str, args)], capture_output=True, text=True, timeout=TIMEOUT, check=False
    )


@pytest.fixture(scope="module")
def clients(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """Every generator over openapi.yaml and openapi-3.0.yaml, in one run of the script."""
    _require_java()
    _require_node_tools()
    output = tmp_path_factory.mktemp("other-languages")
    specs = [arg for spec in SPECS for arg in ("--spec", ROOT / spec)]
    return output, run_script(*specs, "--output", output)


@pytest.mark.node
@pytest.mark.java
def test_every_generator_is_clean_and_typescript_compiles_strict(
    clients: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    _output, result = clients
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    for spec in SPECS:
        for generator in NAMED_FILES:
            label = f"{spec.removesuffix('.yaml')}/{generator}"
            assert any(line.startswith(f"ok   {label} ") and " 0 warning(s)" in line for line in report.splitlines()), (
                label,
                report,
            )
    assert "ok   tsc --strict accepts the TypeScript clients" in report


@pytest.mark.node
@pytest.mark.java
def test_clients_carry_the_spec_names(clients: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    output, result = clients
    assert result.returncode == 0, result.stdout + result.stderr
    for spec in SPECS:
        for generator, files in NAMED_FILES.items():
            for name in files:
                assert (output / spec.removesuffix(".yaml") / generator / name).is_file(), (spec, generator, name)
    renamed = [str(p) for p in output.rglob("*") if p.is_file() and "ModelError" in p.name]
    assert renamed == []


# CreatedCampaign carries `id` (voice) and `_id` (SMS); each language must keep two fields, the second
# named by the nameMappings of generators/<name>.yaml (a clash compiles in Python and C#, silently dropping one).
ID_FIELDS = {
    "typescript-fetch": ("src/models/CreatedCampaign.ts", ["    id?: string;", "    underscoreId?: string;"]),
    "python": (
        "kore_campaigns_api/models/created_campaign.py",
        ["    id: Optional[StrictStr]", "    underscore_id: Optional[StrictStr]"],
    ),
    "go": (
        "model_created_campaign.go",
        ['\tId *string `json:"id,omitempty"`', '\tUnderscoreId *string `json:"_id,omitempty"`'],
    ),
    "java": (
        "src/main/java/ai/kore/campaigns/model/CreatedCampaign.java",
        ["  private String id;", "  private String underscoreId;"],
    ),
    "csharp": ("src/Kore.Campaigns/Model/CreatedCampaign.cs", ["public string? Id {", "public string? UnderscoreId {"]),
}


@pytest.mark.node
@pytest.mark.java
def test_id_and_underscore_id_stay_two_fields(clients: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    output, result = clients
    assert result.returncode == 0, result.stdout + result.stderr
    for spec in SPECS:
        for generator, (name, fields) in ID_FIELDS.items():
            source = (output / spec.removesuffix(".yaml") / generator / name).read_text(encoding="utf-8")
            for field_line in fields:
                assert source.count(field_line) == 1, (spec, generator, field_line)


@pytest.mark.node
@pytest.mark.java
def test_a_generator_warning_fails_a_one_generator_run(tmp_path: Path) -> None:
    _require_java()
    _require_node_tools()
    # The spec as it was: an error schema called `Error`, which typescript-fetch renames.
    spec = tmp_path / "openapi.yaml"
    text = (ROOT / "openapi.yaml").read_text(encoding="utf-8")
    spec.write_text(
        text.replace("schemas/ErrorResponse'", "schemas/Error'").replace("\n    ErrorResponse:", "\n    Error:")
    )
    result = run_script("typescript-fetch", "--spec", spec, "--output", tmp_path / "out")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAIL openapi/typescript-fetch" in result.stdout
    assert "cannot be used as a model name. Renamed to ModelError" in result.stdout
    # One generator named, one generator run (the README's one command per language).
    assert sorted(p.name for p in (tmp_path / "out" / "openapi").iterdir()) == ["typescript-fetch"]


def test_batch_warnings_go_to_the_generator_that_logged_them() -> None:
    out = Path("/out")
    tasks = {out / name: Result("openapi", name, out / name) for name in ("python", "csharp", "go")}
    log = "\n".join(
        [
            "@@ [pool-1-thread-1] WARN org.openapitools.codegen.DefaultCodegen - OpenAPI 3.1 support is still in beta.",
            "Caller+0\t at org.openapitools.codegen.DefaultCodegen.setOpenAPI(DefaultCodegen.java:1062)",
            "Caller+1\t at org.openapitools.codegen.ClientOptInput.setOpenAPI(ClientOptInput.java:128)",
            "[pool-1-thread-1] Generating python (outputs to /out/python)…",
            "[pool-1-thread-2] Generating csharp (outputs to /out/csharp)…",
            "@@ [pool-1-thread-2] WARN org.openapitools.codegen.utils.ModelUtils - Failed to get the schema name: null",
            "Caller+0\t at org.openapitools.codegen.utils.ModelUtils.getSimpleRef(ModelUtils.java:396)",
            "Caller+1\t at org.openapitools.codegen.utils.ExamplesUtils.unaliasExamples(ExamplesUtils.java:108)",
            "@@ [pool-1-thread-1] WARN org.openapitools.codegen.utils.ModelUtils - Failed to get the schema name: null",
            "Caller+0\t at org.openapitools.codegen.utils.ModelUtils.getSimpleRef(ModelUtils.java:396)",
            "Caller+1\t at org.openapitools.codegen.languages.AbstractPythonCodegen.toDefaultValue(Abs.java:190)",
            "[pool-1-thread-2] Finished generating csharp…",
            "[pool-1-thread-1] Finished generating python…",
            "[pool-1-thread-2] Generating go (outputs to /out/go)…",
            "[pool-1-thread-2] Finished generating go…",
        ]
    )
    parse_batch_log(log, tasks)
    python, csharp, go = (tasks[out / name] for name in ("python", "csharp", "go"))
    assert [w.message[:24] for w in python.warnings] == ["OpenAPI 3.1 support is s", "Failed to get the schema"]
    assert python.disallowed() == []  # the beta notice, and the python generator's own lookup
    # The same text from anywhere else is a finding.
    assert ["ExamplesUtils.unaliasExamples" in w.caller for w in csharp.disallowed()] == [True]
    assert go.warnings == []
    assert len(ALLOWED) == 6  # each allowance is a deliberate, reasoned exception; a new one shows up here


@pytest.mark.node
@pytest.mark.java
def test_typescript_fetch_client_end_to_end_against_the_mock(
    clients: tuple[Path, subprocess.CompletedProcess[str]], tmp_path: Path
) -> None:
    output, result = clients
    assert result.returncode == 0, result.stdout + result.stderr
    # The generated client beside typescript/fetch-e2e.ts, compiled strict to CommonJS for Node.
    shutil.copytree(output / "openapi" / "typescript-fetch" / "src", tmp_path / "fetch-client")
    shutil.copy(ROOT / "typescript" / "fetch-e2e.ts", tmp_path)
    (tmp_path / "tsconfig.json").write_text(
        '{"compilerOptions": {"strict": true, "target": "ES2022", "lib": ["ES2022", "DOM", "DOM.Iterable"],'
        ' "module": "commonjs", "moduleResolution": "node10", "types": ["node"],'
        f' "typeRoots": ["{ROOT / "node_modules" / "@types"}"], "outDir": "out", "rootDir": "."}},'
        ' "files": ["fetch-e2e.ts"]}',
        encoding="utf-8",
    )
    compiled = subprocess.run(  # noqa: S603 - the pinned tsc
        [str(NODE_BIN / "tsc"), "-p", str(tmp_path / "tsconfig.json"), "--pretty", "false"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    with serve_in_background(create_app()) as base_url:
        env = {
            **os.environ,
            "KORE_BASE_URL": base_url,
            "KORE_CLIENT_ID": DEMO_CLIENT_ID,
            "KORE_CLIENT_SECRET": DEMO_CLIENT_SECRET,
            "KORE_ACCOUNT_ID": DEMO_ACCOUNT_ID,
            "KORE_BOT_ID": DEMO_BOT_ID,
        }
        run = subprocess.run(  # noqa: S603 - node on the program compiled above
            ["node", str(tmp_path / "out" / "fetch-e2e.js")],  # noqa: S607
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert run.returncode == 0, run.stdout + run.stderr
    for line in E2E_LINES:
        assert line in run.stdout, (line, run.stdout)
    assert DEMO_CLIENT_SECRET not in run.stdout + run.stderr


# --- The README's one-line commands: generators/<name>.yaml, run exactly as a team would, then compiled.

# `openapi-generator-cli generate ... -o out/<name>`, as the README's bash block shows it.
README_GENERATE = re.compile(
    r"^(openapi-generator-cli generate -i openapi\.yaml -c generators/([\w-]+)\.yaml -o out/\2)$", re.MULTILINE
)
VENV_BIN = ROOT / ".venv" / "bin"
# The Go client's dependencies, each from the Debian package that ships its source (the module proxy is
# out of reach); a new requirement in the generated go.mod fails the Go test until it is listed here.
GO_DEBIAN_SOURCES = {"gopkg.in/validator.v2": ("golang-gopkg-validator.v2-dev", Path("/usr/share/gocode/src"))}
# The Java client's dependencies as Debian packages them; jackson-datatype-jsr310, which Debian lacks,
# is the compile-only stub in tests/java-stubs/.
JAVA_JARS = {
    "jackson-databind.jar": "libjackson2-databind-java",
    "jackson-core.jar": "libjackson2-core-java",
    "jackson-annotations.jar": "libjackson2-annotations-java",
    "jakarta-annotation-api.jar": "libjakarta-annotation-api-java",
}
JAVA_STUBS = ROOT / "tests" / "java-stubs"


def readme_generate_commands() -> dict[str, str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return {match.group(2): match.group(1) for match in README_GENERATE.finditer(readme)}


def _run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - fixed tools, arguments from the README or built here
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )


def test_the_readme_has_one_generate_line_per_config_file() -> None:
    on_disk = sorted(path.stem for path in (ROOT / "generators").glob("*.yaml"))
    assert on_disk == sorted(OPENAPI_GENERATORS)
    assert sorted(readme_generate_commands()) == on_disk
    for name in on_disk:
        config = generator_config(name)
        # The `_id` mapping is by property name, so it reaches every schema, the v1 ones included.
        mappings = config.get("nameMappings")
        assert isinstance(mappings, dict), name
        assert set(mappings) == {"_id"}, name


def test_a_config_file_must_name_its_own_generator_and_leave_paths_to_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(other_languages, "GENERATORS_DIR", tmp_path)
    config = tmp_path / "go.yaml"
    config.write_text("generatorName: java\n", encoding="utf-8")
    with pytest.raises(OtherLanguagesError, match="generatorName must be 'go', the file's own name"):
        generator_config("go")
    config.write_text("generatorName: go\noutputDir: out/go\n", encoding="utf-8")
    with pytest.raises(OtherLanguagesError, match=r"outputDir belongs on the command line \(-i/-o\)"):
        generator_config("go")
    with pytest.raises(OtherLanguagesError, match=r"java\.yaml cannot be read"):
        generator_config("java")


@pytest.fixture(scope="module")
def readme_clients(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every README generate line, verbatim, run in a directory that looks like a checkout."""
    _require_java()
    checkout = tmp_path_factory.mktemp("checkout")
    (checkout / "openapi.yaml").symlink_to(ROOT / "openapi.yaml")
    (checkout / "generators").symlink_to(ROOT / "generators")
    # The pinned wrapper first on PATH, as `pip install openapi-generator-cli==7.26.0` would put it;
    # JAVA_OPTS (one option, as the wrapper passes it) only makes each short-lived JVM start faster.
    env = {**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ['PATH']}", "JAVA_OPTS": "-XX:TieredStopAtLevel=1"}
    commands = readme_generate_commands()
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = dict(
            zip(commands, pool.map(lambda line: _run(shlex.split(line), checkout, env), commands.values()), strict=True)
        )
    for name, run in runs.items():
        assert run.returncode == 0, (commands[name], run.stdout[-4000:], run.stderr[-4000:])
    return checkout / "out"


@pytest.mark.java
def test_readme_commands_keep_id_and_underscore_id_apart(readme_clients: Path) -> None:
    for generator, (name, fields) in ID_FIELDS.items():
        source = (readme_clients / generator / name).read_text(encoding="utf-8")
        for field_line in fields:
            assert source.count(field_line) == 1, (generator, field_line)
    # C# is not compiled here (no .NET SDK installs); this is all that is checked of it.
    assert (readme_clients / "csharp" / "src" / "Kore.Campaigns" / "Kore.Campaigns.csproj").is_file()


@pytest.mark.node
@pytest.mark.java
def test_readme_typescript_fetch_client_compiles_with_its_own_tsconfig(readme_clients: Path) -> None:
    _require_node_tools()
    client = readme_clients / "typescript-fetch"
    compiled = _run(
        [str(NODE_BIN / "tsc"), "-p", str(client / "tsconfig.json"), "--noEmit", "--pretty", "false"], client
    )
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr


@pytest.mark.java
def test_readme_python_client_imports_and_reads_id_and_underscore_id_apart(readme_clients: Path) -> None:
    client = readme_clients / "python"
    # pydantic, urllib3, python-dateutil and typing-extensions (its requirements) are in .venv already.
    program = (
        "import importlib, pkgutil, kore_campaigns_api as package\n"
        "names = [m.name for m in pkgutil.walk_packages(package.__path__, 'kore_campaigns_api.')]\n"
        "for name in names: importlib.import_module(name)\n"
        "from kore_campaigns_api.models.created_campaign import CreatedCampaign as model\n"
        "wire = {name: model.model_fields[name].serialization_alias for name in ('id', 'underscore_id')}\n"
        "print(len(names), wire)\n"
    )
    run = _run([str(VENV_BIN / "python"), "-c", program], client, {**os.environ, "PYTHONPATH": str(client)})
    assert run.returncode == 0, run.stdout + run.stderr
    count, *rest = run.stdout.split(" ", 1)
    assert int(count) > 50, run.stdout  # the models and apis, not an empty package
    assert rest == ["{'id': None, 'underscore_id': '_id'}\n"]  # `id` is its own wire name


@pytest.mark.java
def test_readme_go_client_builds(readme_clients: Path) -> None:
    go = shutil.which("go")
    if go is None:
        _missing("go (Debian package golang-go)")
    client = readme_clients / "go"
    go_mod = (client / "go.mod").read_text(encoding="utf-8")
    required = re.findall(r"^\s*([\w./-]+) (v[\w.+-]+)$", go_mod, flags=re.MULTILINE)
    unknown = sorted(module for module, _ in required if module not in GO_DEBIAN_SOURCES)
    assert not unknown, f"the Go client needs {unknown}: add their Debian packages to GO_DEBIAN_SOURCES and .ci/run"
    # What `go mod vendor` would write, with the sources from Debian instead of the module proxy.
    modules_txt = []
    for module, version in required:
        package, sources = GO_DEBIAN_SOURCES[module]
        if not (sources / module).is_dir():
            _missing(f"{sources / module} (Debian package {package})")
        shutil.copytree(sources / module, client / "vendor" / module)
        modules_txt += [f"# {module} {version}", "## explicit", module]
    (client / "vendor" / "modules.txt").write_text("\n".join(modules_txt) + "\n", encoding="utf-8")
    env = {**os.environ, "GOFLAGS": "-mod=vendor", "GOPROXY": "off", "GOTOOLCHAIN": "local"}
    built = _run([go, "build", "./..."], client, env)
    assert built.returncode == 0, built.stdout + built.stderr


@pytest.mark.java
def test_readme_java_client_compiles(readme_clients: Path, tmp_path: Path) -> None:
    javac = shutil.which("javac")
    if javac is None:
        _missing("javac (Debian package openjdk-17-jdk-headless)")
    jars = []
    for jar, package in JAVA_JARS.items():
        path = Path("/usr/share/java") / jar
        if not path.is_file():
            _missing(f"{path} (Debian package {package})")
        jars.append(str(path))
    client = readme_clients / "java"
    sources = sorted(map(str, [*(client / "src" / "main").rglob("*.java"), *JAVA_STUBS.rglob("*.java")]))
    (tmp_path / "sources.txt").write_text("\n".join(sources) + "\n", encoding="utf-8")
    command = [javac, "-J-XX:TieredStopAtLevel=1", "-nowarn", "-proc:none", "-d", str(tmp_path / "classes")]
    compiled = _run([*command, "-cp", os.pathsep.join(jars), f"@{tmp_path / 'sources.txt'}"], client)
    assert compiled.returncode == 0, compiled.stdout[-6000:] + compiled.stderr[-6000:]
    assert (tmp_path / "classes" / "ai" / "kore" / "campaigns" / "api" / "CampaignsApi.class").is_file()
