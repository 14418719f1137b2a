"""Other languages: clean clients from openapi-generator and hey-api; the README's generate lines compile and read.

Needs Java 17 (openapi-generator), Node and `npm ci`; the compile checks of the README's clients
also need javac, Go and a Debian library package (.ci/run installs them). Without them the
tests skip, saying why; with KORE_REQUIRE_TOOLS=1 (as in CI) a missing tool fails. The script's
generators run once per session, all in one JVM (module-scoped fixture): about 3.5 s of CPU for
the ten openapi-generator clients, where five separate JVMs (one per generator, default flags)
take about 31 s. The README's five generate lines are five JVMs by nature (about 20 s of CPU with
C1 only); with their compiles they add about 27 s of CPU to the module. Having the Go, TypeScript,
Java and Python clients read the docs' answers adds a few seconds: each client is compiled once, the
Java decoder with the Java client, the TypeScript decoder with typescript/fetch-e2e.ts.
"""

from __future__ import annotations

import copy
import difflib
import functools
import json
import os
import re
import shlex
import shutil
import subprocess
import zipfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

import pytest
from kore_campaigns_mock.background import serve_in_background
from kore_campaigns_mock.config import DEMO_ACCOUNT_ID, DEMO_BOT_ID, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET
from kore_campaigns_mock.testing import mock_app

from scripts import other_languages
from scripts.other_languages import (
    ALLOWED,
    OPENAPI_GENERATORS,
    OtherLanguagesError,
    Result,
    docs_sample_responses,
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


@pytest.fixture(scope="module")
def fetch_programs(readme_clients: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """typescript/fetch-e2e.ts and the decoder beside the README's typescript-fetch client: one strict tsc run."""
    _require_node_tools()
    programs = tmp_path_factory.mktemp("fetch-programs")
    shutil.copytree(readme_clients / "typescript-fetch" / "src", programs / "fetch-client")
    shutil.copy(ROOT / "typescript" / "fetch-e2e.ts", programs)
    (programs / "decode.ts").write_text(TS_DECODER, encoding="utf-8")
    # CommonJS for Node.
    (programs / "tsconfig.json").write_text(
        '{"compilerOptions": {"strict": true, "target": "ES2022", "lib": ["ES2022", "DOM", "DOM.Iterable"],'
        ' "module": "commonjs", "moduleResolution": "node10", "types": ["node"],'
        f' "typeRoots": ["{ROOT / "node_modules" / "@types"}"], "outDir": "out", "rootDir": "."}},'
        ' "files": ["fetch-e2e.ts", "decode.ts"]}',
        encoding="utf-8",
    )
    compiled = _run([str(NODE_BIN / "tsc"), "-p", str(programs / "tsconfig.json"), "--pretty", "false"], programs)
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    return programs / "out"


@pytest.mark.node
@pytest.mark.java
def test_typescript_fetch_client_end_to_end_against_the_mock(fetch_programs: Path) -> None:
    with serve_in_background(mock_app(dialling=False)) as base_url:
        env = {
            **os.environ,
            "KORE_BASE_URL": base_url,
            "KORE_CLIENT_ID": DEMO_CLIENT_ID,
            "KORE_CLIENT_SECRET": DEMO_CLIENT_SECRET,
            "KORE_ACCOUNT_ID": DEMO_ACCOUNT_ID,
            "KORE_BOT_ID": DEMO_BOT_ID,
        }
        run = subprocess.run(  # noqa: S603 - node on the program fetch_programs compiled
            ["node", str(fetch_programs / "fetch-e2e.js")],  # noqa: S607
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
# The Go client needs no module (generators/go.yaml: no validator), so it builds offline, with Go alone.
GO_ENV = {"GOFLAGS": "-mod=mod", "GOPROXY": "off", "GOTOOLCHAIN": "local"}
# The Java client's dependencies at the versions its pom.xml names, from what reaches CI (Maven Central does
# not): Jackson (core, databind, annotations, datatype-jsr310) from the pinned openapi-generator-cli wheel,
# whose jar bundles it, and jakarta.annotation from Debian. A pom naming another Jackson minor fails the test.
JACKSON_PACKAGES = ("core", "databind", "annotation", "datatype/jsr310")
JAVA_JARS = {"jakarta-annotation-api.jar": "libjakarta-annotation-api-java"}


def _pom_versions(pom: str) -> dict[str, str]:
    properties = dict(re.findall(r"<([\w.-]+-version)>([^<]+)<", pom))
    return {
        artifact: properties.get(version.strip("${}"), version)
        for artifact, version in re.findall(r"<artifactId>([\w.-]+)</artifactId>\s*<version>([^<]+)</version>", pom)
    }


def java_classpath(scratch: Path, pom: str) -> list[str]:
    """Jackson from the openapi-generator jar (checked against the pom), jakarta.annotation from Debian."""
    jar = other_languages._jar()
    jackson = scratch / "jackson"
    with zipfile.ZipFile(jar) as bundle:
        bundled = {}
        for name in bundle.namelist():
            found = re.match(r"META-INF/maven/com\.fasterxml\.jackson\.[\w.]+/([\w-]+)/pom\.properties$", name)
            if found:
                bundled[found.group(1)] = re.search(r"version=(\S+)", bundle.read(name).decode()).group(1)  # type: ignore[union-attr]
        for artifact, version in _pom_versions(pom).items():
            # Same major.minor for core, databind and annotations (the API the client compiles and runs
            # against); the wheel's jackson-datatype-jsr310 is one minor ahead (2.22).
            if artifact.startswith("jackson-") and artifact in bundled and "jsr310" not in artifact:
                assert bundled[artifact].split(".")[:2] == version.split(".")[:2], (artifact, version, bundled)
        members = [
            n for n in bundle.namelist() if any(n.startswith(f"com/fasterxml/jackson/{p}/") for p in JACKSON_PACKAGES)
        ]
        bundle.extractall(jackson, members)
    paths = [str(jackson)]
    for name, package in JAVA_JARS.items():
        path = Path("/usr/share/java") / name
        if not path.is_file():
            _missing(f"{path} (Debian package {package})")
        paths.append(str(path))
    return paths


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


def _go() -> str:
    go = shutil.which("go")
    if go is None:
        _missing("go (Debian package golang-go)")
    return go


@pytest.mark.java
def test_readme_go_client_builds(readme_clients: Path) -> None:
    client = readme_clients / "go"
    go_mod = (client / "go.mod").read_text(encoding="utf-8")
    required = re.findall(r"^\s*([\w./-]+) (v[\w.+-]+)$", go_mod, flags=re.MULTILINE)
    # The module proxy is out of CI's reach: a requirement would build against whatever copy CI found.
    assert required == [], f"the Go client now needs {required}; see useOneOfDiscriminatorLookup in generators/go.yaml"
    built = _run([_go(), "build", "./..."], client, {**os.environ, **GO_ENV})
    assert built.returncode == 0, built.stdout + built.stderr


@pytest.fixture(scope="module")
def java_classes(readme_clients: Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The README's Java client and the decoder of the decoding test, compiled by one javac run: the classpath."""
    javac = shutil.which("javac")
    if javac is None:
        _missing("javac (Debian package openjdk-17-jdk-headless)")
    scratch = tmp_path_factory.mktemp("java")
    client = readme_clients / "java"
    classpath = java_classpath(scratch, (client / "pom.xml").read_text(encoding="utf-8"))
    (scratch / "Decode.java").write_text(JAVA_DECODER, encoding="utf-8")
    sources = [*sorted(map(str, (client / "src" / "main").rglob("*.java"))), str(scratch / "Decode.java")]
    (scratch / "sources.txt").write_text("\n".join(sources) + "\n", encoding="utf-8")
    command = [javac, "-J-XX:TieredStopAtLevel=1", "-nowarn", "-proc:none", "-d", str(scratch / "classes")]
    compiled = _run([*command, "-cp", os.pathsep.join(classpath), f"@{scratch / 'sources.txt'}"], client)
    assert compiled.returncode == 0, compiled.stdout[-6000:] + compiled.stderr[-6000:]
    return [str(scratch / "classes"), *classpath]


@pytest.mark.java
def test_readme_java_client_compiles(java_classes: list[str]) -> None:
    assert (Path(java_classes[0]) / "ai" / "kore" / "campaigns" / "api" / "CampaignsApi.class").is_file()


# --- generators/<language>-templates: openapi-generator's own templates, each changed in one place.

# Our copy -> (the jar's template, the stock lines the copy drops). A newer openapi-generator whose
# template differs anywhere else fails here: copy its template again and redo the change.
TEMPLATE_OVERRIDES = {
    "go-templates/model_simple.mustache": (
        "go/model_simple.mustache",
        ['\t\t\treturn fmt.Errorf("no value given for required property %v", requiredProperty)'],
    ),
    "python-templates/model_enum.mustache": ("python/model_enum.mustache", []),
    "python-templates/model_generic.mustache": (
        "python/model_generic.mustache",
        ["        _obj = cls.model_validate({"],
    ),
}


def test_template_overrides_change_the_jars_templates_in_one_place_only() -> None:
    on_disk = sorted(str(p.relative_to(ROOT / "generators")) for p in (ROOT / "generators").rglob("*.mustache"))
    assert on_disk == sorted(TEMPLATE_OVERRIDES)
    with zipfile.ZipFile(other_languages._jar()) as jar:
        for ours, (stock_name, dropped) in TEMPLATE_OVERRIDES.items():
            stock = jar.read(stock_name).decode("utf-8").splitlines()
            copy = (ROOT / "generators" / ours).read_text(encoding="utf-8").splitlines()
            changes = list(difflib.unified_diff(stock, copy, n=0, lineterm=""))[2:]
            hunks = [line for line in changes if line.startswith("@@")]
            removed = [line[1:] for line in changes if line.startswith("-")]
            added = [line[1:] for line in changes if line.startswith("+")]
            # What the copy no longer has (the diff may re-add a moved brace: count lines, not positions).
            assert Counter(removed) - Counter(added) == Counter(dropped), (ours, removed, added)
            assert any("kore-campaigns (generators/" in line for line in added), (ours, added)
            assert 1 <= len(hunks) <= 3, (ours, hunks)
    for name in OPENAPI_GENERATORS:
        template_dir = generator_config(name).get("templateDir")
        if template_dir is not None:  # relative to the repository root, where the README's lines run
            assert isinstance(template_dir, str) and (ROOT / template_dir).is_dir(), (name, template_dir)
            assert any(ours.startswith(template_dir.removeprefix("generators/")) for ours in TEMPLATE_OVERRIDES)


# --- Reading what the service sends (issue 31): every docs sample answer, and drifted copies of getCampaign's,
# decoded by the clients the README's lines make and written back out, in Go, TypeScript, Java and Python.

DRIFT_SOURCE = "get-voice-campaign-by-id-v2"  # getCampaign's docs sample answer
DRIFTS: dict[str, tuple[str, object]] = {
    # name: (field of `data` drifted, the value it gets; None = left out)
    "undocumented-enum-value": ("status", "Archived"),
    "omitted-required-field": ("createdAt", None),
    "extra-field": ("archivedBy", "u-7"),
    "number-for-docs-contradicted-string": ("priority", 3),
}
# What each language makes of a drifted field (the rest of the answer must be intact either way; a field
# left out stays out, or is the zero value Go gives it). Go and Java map an undocumented value to their
# "unknown" enum member; Java and TypeScript drop an unknown field.
DRIFTED_FIELD_READS: dict[str, dict[str, object]] = {
    "go": {"status": "unknown_default_open_api", "archivedBy": "u-7", "priority": 3},
    "typescript-fetch": {"status": "Archived", "archivedBy": None, "priority": 3},
    "java": {"status": "unknown_default_open_api", "archivedBy": None, "priority": 3},
    "python": {"status": "Archived", "archivedBy": "u-7", "priority": 3},
}


@dataclass(frozen=True)
class DecodeCase:
    name: str
    model: str
    body: Any
    drifted: str | None = None  # the drifted field of `data`


@functools.cache
def decode_cases() -> list[DecodeCase]:
    samples = docs_sample_responses()
    cases = [DecodeCase(f"{s.slug}#{i}", s.model, s.value) for i, s in enumerate(samples) if not s.errors]
    source = next(s for s in samples if s.slug == DRIFT_SOURCE)
    for name, (field_name, value) in DRIFTS.items():
        body: Any = copy.deepcopy(source.value)
        if value is None:
            del body["data"][field_name]
        else:
            body["data"][field_name] = value
        cases.append(DecodeCase(f"drift:{name}", source.model, body, field_name))
    return cases


def _instant(value: object) -> object:
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d)", value):
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


def lost_fields(sent: object, read: object, path: str = "") -> list[str]:
    """Where `read` (the decoded answer, written back as JSON) lacks or changed a value `sent` had."""
    if isinstance(sent, dict):
        if not isinstance(read, dict):
            return [path or "(root)"]
        return [lost for key, value in sent.items() for lost in lost_fields(value, read.get(key), f"{path}.{key}")]
    if isinstance(sent, list):
        if not isinstance(read, list) or len(read) != len(sent):
            return [path]
        return [lost for i, value in enumerate(sent) for lost in lost_fields(value, read[i], f"{path}[{i}]")]
    return [] if _instant(sent) == _instant(read) and type(sent) is type(read) else [f"{path}: {sent!r} -> {read!r}"]


def write_cases(directory: Path, cases: list[DecodeCase]) -> Path:
    """cases/N.json and an index `N<TAB>Model` line per case: what every language's decoder reads."""
    directory.mkdir(parents=True, exist_ok=True)
    for number, case in enumerate(cases):
        (directory / f"{number}.json").write_text(json.dumps(case.body), encoding="utf-8")
    index = directory / "index.tsv"
    index.write_text("".join(f"{n}\t{c.model}\n" for n, c in enumerate(cases)), encoding="utf-8")
    return index


def read_decoded(output: str, cases: list[DecodeCase]) -> dict[str, tuple[bool, Any]]:
    """The decoders print `N<TAB>ok<TAB>JSON` or `N<TAB>error<TAB>message` per case."""
    decoded: dict[str, tuple[bool, Any]] = {}
    for line in output.splitlines():
        number, outcome, text = line.split("\t", 2)
        if outcome == "member":  # which member of a union a decoder chose (Go), read by its test
            continue
        decoded[cases[int(number)].name] = (True, json.loads(text)) if outcome == "ok" else (False, text)
    assert len(decoded) == len(cases), output[-3000:]
    return decoded


def check_decoded(language: str, cases: list[DecodeCase], decoded: dict[str, tuple[bool, Any]]) -> None:
    samples = [c for c in cases if c.drifted is None]
    read = [c.name for c in samples if decoded[c.name][0] and not lost_fields(c.body, decoded[c.name][1])]
    problems = {c.name: decoded[c.name] for c in samples if c.name not in read}
    assert len(read) == len(samples) == 54, problems
    for case in (c for c in cases if c.drifted is not None):
        ok, result = decoded[case.name]
        assert ok, (case.name, result)
        data = dict(case.body["data"])
        data.pop(case.drifted or "", None)
        # The answer and every other field of it survive: name, status, priority, the dialing strategy...
        assert lost_fields({**case.body, "data": data}, result) == [], case.name
        if case.drifted in DRIFTED_FIELD_READS[language]:
            assert result["data"].get(case.drifted) == DRIFTED_FIELD_READS[language][case.drifted], (case.name, result)
        else:  # left out: still left out (or the zero value Go gives a required field)
            assert result["data"].get(case.drifted) in (None, "0001-01-01T00:00:00Z"), (case.name, result)


def check_v1_create_members(cases: list[DecodeCase], output: str) -> None:
    """The v1 create's `data`: the short form {campId} as CampaignCreatedShort, a whole campaign as CreatedCampaign.

    The anyOf readers of Go and Python try each member; a member that reads an object missing some of its
    required fields (go-templates, python-templates) must still refuse one that has none of them.
    """
    members = {
        cases[int(number)].name: member
        for number, outcome, member in (line.split("\t", 2) for line in output.splitlines())
        if outcome == "member"
    }
    expected = {
        c.name: "CampaignCreatedShort" if "campId" in c.body["data"] else "CreatedCampaign"
        for c in cases
        if c.model == "CampaignCreatedV1Response"
    }
    assert members == expected
    assert sorted(set(expected.values())) == ["CampaignCreatedShort", "CreatedCampaign"]


GO_DECODER = """package main

// Reads each case file as the model the index names, writes it back as JSON.
import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	client "github.com/GIT_USER_ID/GIT_REPO_ID"
)

func main() {
	models := map[string]func() interface{}{
MODELS	}
	index, _ := os.Open(os.Args[1])
	scanner := bufio.NewScanner(index)
	for scanner.Scan() {
		parts := strings.Split(scanner.Text(), "\\t")
		body, _ := os.ReadFile(filepath.Join(filepath.Dir(os.Args[1]), parts[0]+".json"))
		value := models[parts[1]]()
		if err := json.Unmarshal(body, value); err != nil {
			fmt.Printf("%s\\terror\\t%s\\n", parts[0], strings.ReplaceAll(err.Error(), "\\n", " "))
			continue
		}
		if created, ok := value.(*client.CampaignCreatedV1Response); ok {
			member := "CreatedCampaign"
			if created.Data.CampaignCreatedShort != nil {
				member = "CampaignCreatedShort"
			}
			fmt.Printf("%s\\tmember\\t%s\\n", parts[0], member)
		}
		out, err := json.Marshal(value)
		if err != nil {
			fmt.Printf("%s\\terror\\t%s\\n", parts[0], err.Error())
			continue
		}
		fmt.Printf("%s\\tok\\t%s\\n", parts[0], out)
	}
}
"""

TS_DECODER = """// Reads each case file as the model the index names (XFromJSON), writes it back (XToJSON).
import * as fs from "fs";
import * as path from "path";
import * as models from "./fetch-client/models";

const registry = models as unknown as Record<string, (json: unknown) => unknown>;
const index = process.argv[2];
for (const line of fs.readFileSync(index, "utf-8").split("\\n").filter(Boolean)) {
  const [number, model] = line.split("\\t");
  const body: unknown = JSON.parse(fs.readFileSync(path.join(path.dirname(index), `${number}.json`), "utf-8"));
  try {
    const value = registry[`${model}FromJSON`](body);
    console.log(`${number}\\tok\\t${JSON.stringify(registry[`${model}ToJSON`](value))}`);
  } catch (error) {
    console.log(`${number}\\terror\\t${String(error)}`);
  }
}
"""

JAVA_DECODER = """import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;

// Reads each case file as the model the index names, with the client's own ObjectMapper; writes it back.
public class Decode {
  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = ai.kore.campaigns.ApiClient.createDefaultObjectMapper();
    Path index = Path.of(args[0]);
    for (String line : Files.readAllLines(index)) {
      String[] parts = line.split("\\t");
      String body = Files.readString(index.resolveSibling(parts[0] + ".json"));
      try {
        Object value = mapper.readValue(body, Class.forName("ai.kore.campaigns.model." + parts[1]));
        System.out.println(parts[0] + "\\tok\\t" + mapper.writeValueAsString(value));
      } catch (Exception e) {
        System.out.println(parts[0] + "\\terror\\t" + String.valueOf(e.getMessage()).replace('\\n', ' '));
      }
    }
  }
}
"""


PYTHON_DECODER = """import importlib, json, pathlib, sys

# Reads each case file as the model the index names (Model.from_dict), writes it back (to_json).
models = importlib.import_module("kore_campaigns_api.models")
index = pathlib.Path(sys.argv[1])
for line in index.read_text(encoding="utf-8").splitlines():
    number, model = line.split("\\t")
    body = json.loads((index.parent / f"{number}.json").read_text(encoding="utf-8"))
    try:
        value = getattr(models, model).from_dict(body)
        if model == "CampaignCreatedV1Response":
            print(f"{number}\\tmember\\t{type(value.data.actual_instance).__name__}")
        print(f"{number}\\tok\\t{value.to_json()}")
    except Exception as error:
        print(f"{number}\\terror\\t" + " ".join(f"{type(error).__name__}: {error}".split()))
"""


def test_every_valid_docs_sample_answer_validates_against_the_spec() -> None:
    samples = docs_sample_responses()
    assert len(samples) == 54
    assert {s.slug: s.errors for s in samples if s.errors} == {}


def test_lost_fields_finds_a_dropped_or_changed_value() -> None:
    sent = {"data": {"name": "x", "createdAt": "2025-12-08T05:29:38.298Z", "days": [{"day": "MO"}], "priority": "5"}}
    assert lost_fields(sent, {"data": {**sent["data"], "createdAt": "2025-12-08T05:29:38.298000Z"}}) == []
    assert lost_fields(sent, {"data": {**sent["data"], "priority": 5}}) == [".data.priority: '5' -> 5"]
    assert lost_fields(sent, {"data": {"name": "x", "days": [{}], "priority": "5"}}) == [
        ".data.createdAt: '2025-12-08T05:29:38.298Z' -> None",
        ".data.days[0].day: 'MO' -> None",
    ]


@pytest.mark.java
def test_go_client_reads_every_docs_answer_and_the_drifts(readme_clients: Path, tmp_path: Path) -> None:
    client = readme_clients / "go"
    cases = decode_cases()
    index = write_cases(tmp_path / "cases", cases)
    models = "".join(
        f'\t\t"{m}": func() interface{{}} {{ return &client.{m}{{}} }},\n' for m in sorted({c.model for c in cases})
    )
    (client / "cmd" / "decode").mkdir(parents=True, exist_ok=True)
    (client / "cmd" / "decode" / "main.go").write_text(GO_DECODER.replace("MODELS", models), encoding="utf-8")
    env = {**os.environ, **GO_ENV}
    built = _run([_go(), "build", "-o", str(tmp_path / "decode"), "./cmd/decode"], client, env)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    run = _run([str(tmp_path / "decode"), str(index)], client)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    check_decoded("go", cases, read_decoded(run.stdout, cases))
    check_v1_create_members(cases, run.stdout)


@pytest.mark.node
@pytest.mark.java
def test_typescript_fetch_client_reads_every_docs_answer_and_the_drifts(fetch_programs: Path, tmp_path: Path) -> None:
    cases = decode_cases()
    index = write_cases(tmp_path / "cases", cases)
    run = _run(["node", str(fetch_programs / "decode.js"), str(index)], tmp_path)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    check_decoded("typescript-fetch", cases, read_decoded(run.stdout, cases))


@pytest.mark.java
def test_java_client_reads_every_docs_answer_and_the_drifts(java_classes: list[str], tmp_path: Path) -> None:
    cases = decode_cases()
    index = write_cases(tmp_path / "cases", cases)
    run = _run(
        ["java", "-XX:TieredStopAtLevel=1", "-cp", os.pathsep.join(java_classes), "Decode", str(index)], tmp_path
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    check_decoded("java", cases, read_decoded(run.stdout, cases))


@pytest.mark.java
def test_python_client_reads_every_docs_answer_and_the_drifts(readme_clients: Path, tmp_path: Path) -> None:
    (tmp_path / "decode.py").write_text(PYTHON_DECODER, encoding="utf-8")
    cases = decode_cases()
    index = write_cases(tmp_path / "cases", cases)
    # pydantic and the client's other requirements are in .venv already.
    env = {**os.environ, "PYTHONPATH": str(readme_clients / "python")}
    run = _run([str(VENV_BIN / "python"), str(tmp_path / "decode.py"), str(index)], tmp_path, env)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    check_decoded("python", cases, read_decoded(run.stdout, cases))
    check_v1_create_members(cases, run.stdout)


# Reading is lenient only where a required field came without a value; everything else stays checked,
# and the constructor, with which a request body is built, stays strict (generators/python.yaml).
PYTHON_STRICTNESS = """import copy, datetime, json, sys
from pydantic import ValidationError
from kore_campaigns_api.models import Campaign, CampaignResponse, CampaignSchedule, CampaignStatus, DialingStrategy
from kore_campaigns_api.models import CallingHours, VoiceCampaignV2CreateRequest
from kore_campaigns_api.api_client import ApiClient

sample = json.loads(sys.argv[1])

def refused(build):
    try:
        build()
    except ValidationError as error:
        return sorted({str(e["loc"][0]) for e in error.errors()})
    return None

# Left out at two levels: the campaign's createdAt and its dialing strategy's callingHours.
drifted = copy.deepcopy(sample)
del drifted["data"]["createdAt"], drifted["data"]["dialingStrategy"]["callingHours"]
read = CampaignResponse.from_json(json.dumps(drifted)).data
typed = (
    type(read) is Campaign, type(read.status) is CampaignStatus, type(read.updated_at) is datetime.datetime,
    type(read.schedule) is CampaignSchedule, type(read.dialing_strategy) is DialingStrategy,
    read.created_at is None, read.dialing_strategy.calling_hours is None,
    read.dialing_strategy.max_ring_time == sample["data"]["dialingStrategy"]["maxRingTime"],
)
print("typed", all(typed), typed)
# A required field sent as null reads the same (from_dict hands model_validate None for both).
nulled = copy.deepcopy(sample)
nulled["data"]["name"] = None
print("null", CampaignResponse.from_dict(nulled).data.name, read.name == sample["data"]["name"])
# The client itself reads an answer with from_dict, through its deserializer.
via_client = ApiClient().deserialize(json.dumps(drifted), "CampaignResponse", "application/json").data
print("client", via_client == read)
# A value that came wrong still fails the answer, even beside a field left out (the error names both).
wrong = copy.deepcopy(drifted)
wrong["data"]["updatedAt"] = "yesterday"
print("wrong", refused(lambda: CampaignResponse.from_dict(wrong)))
# An object with none of a model's required fields is not that model.
print("empty", refused(lambda: CallingHours.from_dict({"unrelated": 1})))
# Building stays strict: the constructor and model_validate refuse what from_dict reads.
whole = CampaignResponse.from_dict(sample).data
fields = {name: getattr(whole, name) for name in Campaign.model_fields if name != "created_at"}
print("constructor", refused(lambda: Campaign(**fields)))
print("model_validate", refused(lambda: Campaign.model_validate(fields)))
print("request", refused(lambda: VoiceCampaignV2CreateRequest(description="A campaign without a name")))
"""


@pytest.mark.java
def test_python_client_reads_a_left_out_field_and_stays_strict_otherwise(readme_clients: Path, tmp_path: Path) -> None:
    sample = next(c for c in decode_cases() if c.name.startswith(f"{DRIFT_SOURCE}#"))
    (tmp_path / "strictness.py").write_text(PYTHON_STRICTNESS, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(readme_clients / "python")}
    run = _run([str(VENV_BIN / "python"), str(tmp_path / "strictness.py"), json.dumps(sample.body)], tmp_path, env)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    lines = dict(line.split(" ", 1) for line in run.stdout.splitlines())
    assert lines["typed"].startswith("True "), lines["typed"]
    assert lines["null"] == "None True"
    assert lines["client"] == "True"
    assert lines["wrong"] == "['createdAt', 'updatedAt']"
    assert lines["empty"] == "['days', 'frequency', 'timezone']"
    assert lines["constructor"] == lines["model_validate"] == "['createdAt']"
    assert "'name'" in lines["request"] and "'dialingMode'" in lines["request"], lines["request"]
