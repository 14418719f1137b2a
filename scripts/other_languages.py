"""Generate clients in other languages from openapi.yaml with the generators those teams use, and prove them clean.

    scripts/other-languages                      # every generator, from openapi.yaml
    scripts/other-languages go java              # only these
    scripts/other-languages --spec openapi.yaml --spec openapi-3.0.yaml

Generators: openapi-generator (the PyPI package `openapi-generator-cli`, which bundles the jar;
pinned in pyproject.toml) for typescript-fetch, python, go, java and csharp, each configured by
generators/<generator>.yaml (the files the README's one-line commands use), all in ONE JVM through
its `batch` command; and @hey-api/openapi-ts (pinned in package.json) as `hey-api`.
Clients go to build/other-languages/<spec>/<generator>/ (gitignored). The run fails on any
generator warning except the few listed in ALLOWED, each with the reason no spec can avoid it,
on any TypeScript client that `tsc --strict` rejects, and on a python client that does not
byte-compile. tests/test_other_languages.py also compiles the Go and Java clients made by the
README's commands and has them, the TypeScript and the Python client read the docs' sample answers;
C# is not compiled (no .NET SDK).

openapi-generator's `batch` silences every log below ERROR; a logback configuration with a
turbo filter lets WARN through again, with the calling frame, so each warning is attributed to
its generator and matched against ALLOWED by where it comes from, not only by its text.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.resources
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
NODE_BIN = ROOT / "node_modules" / ".bin"
DEFAULT_OUTPUT = ROOT / "build" / "other-languages"
OPENAPI_GENERATOR_VERSION = "7.26.0"
# The published docs pages (MDX), whose sample responses every generated client must read.
DOCS_PAGES = ROOT.parent / "shared" / "docs" / "kore-pages"

# One openapi-generator config file per language, in the format of `generate -c`: the same files the
# README's one-line commands use, so a team's client and this script's are made the same way.
GENERATORS_DIR = ROOT / "generators"
OPENAPI_GENERATORS = ("typescript-fetch", "python", "go", "java", "csharp")
HEY_API = "hey-api"
ALL_GENERATORS = (*OPENAPI_GENERATORS, HEY_API)
TYPESCRIPT_GENERATORS = ("typescript-fetch", HEY_API)


def generator_config(name: str) -> dict[str, object]:
    """generators/<name>.yaml, checked to name its own generator (the README's command relies on it)."""
    path = GENERATORS_DIR / f"{name}.yaml"
    try:
        config = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise OtherLanguagesError(f"{path} cannot be read: {exc}") from exc
    if not isinstance(config, dict) or config.get("generatorName") != name:
        raise OtherLanguagesError(f"{path}: generatorName must be {name!r}, the file's own name")
    for key in ("inputSpec", "outputDir"):
        if key in config:
            raise OtherLanguagesError(f"{path}: {key} belongs on the command line (-i/-o), not in the config")
    return config


LOGBACK = """<configuration>
  <!-- batch sets its loggers to ERROR; a turbo filter decides before the level check. -->
  <turboFilter class="ch.qos.logback.classic.turbo.DynamicThresholdFilter">
    <Key>kore-unused-mdc-key</Key>
    <DefaultThreshold>WARN</DefaultThreshold>
    <OnHigherOrEqual>ACCEPT</OnHigherOrEqual>
    <OnLower>DENY</OnLower>
  </turboFilter>
  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>@@ [%thread] %level %logger - %replace(%msg){'[\\r\\n]+', ' '}%n%caller{2}</pattern></encoder>
  </appender>
  <root level="WARN"><appender-ref ref="OUT"/></root>
</configuration>
"""


@dataclass(frozen=True)
class Allowed:
    """A warning no change to the spec can remove, matched by its text and the frame that logs it."""

    message: str
    caller: str
    reason: str

    def matches(self, warning: GeneratorWarning) -> bool:
        return warning.message.startswith(self.message) and self.caller in warning.caller


ALLOWED = (
    Allowed(
        "OpenAPI 3.1 support is still in beta",
        "DefaultCodegen.setOpenAPI",
        "openapi-generator's notice for every 3.1 document",
    ),
    Allowed(
        "Failed to get the schema name: null",
        "AbstractPythonCodegen.toDefaultValue",
        "the python generator (7.26) looks up the $ref of every inline property while computing its"
        " default, so any model with a property logs it; from anywhere else this warning fails the run",
    ),
    Allowed(
        "type (reserved word) cannot be used as parameter name",
        "AbstractGoCodegen.toParamName",
        "the documented query parameter of listContactLists is literally `type`; Go renames only its"
        " argument (`type_`), the wire name stays",
    ),
    Allowed(
        "type (reserved word) cannot be used as model name",
        "AbstractGoCodegen.toModel",
        "the same `type` query parameter: the Go generator also passes the parameter's name through its"
        " model-name check (its enum schema is the named component ContactListKind)",
    ),
    Allowed(
        "Failed to get the schema name: null",
        "AbstractTypeScriptClientCodegen.getSchemaType",
        "typescript-fetch (7.26) unaliases every $ref it types and then asks the result for its $ref; a $ref"
        " to a primitive or property-less component (the anyOf members of PageNumber/SkipCount, EmptyBody"
        " and its NoValue map type) unaliases to a schema without one. Inlining those instead trips the"
        " normalizer's self-reference check (isSelfReference) in every generator, so the $refs stay",
    ),
    Allowed(
        "Ignoring complex example on request body",
        "AbstractJavaCodegen.setParameterExampleValue",
        "the java generator writes its own sample for a model request body and says so whenever the"
        " body has examples; the spec keeps the docs' samples",
    ),
)


@dataclass(frozen=True)
class GeneratorWarning:
    level: str
    logger: str
    message: str
    caller: str

    def __str__(self) -> str:
        return f"{self.level} {self.logger.rsplit('.', 1)[-1]}: {self.message}"


@dataclass
class Result:
    spec: str
    generator: str
    directory: Path
    warnings: list[GeneratorWarning] = field(default_factory=list)
    failure: str | None = None

    @property
    def label(self) -> str:
        return f"{self.spec}/{self.generator}"

    def disallowed(self) -> list[GeneratorWarning]:
        return [w for w in self.warnings if not any(a.matches(w) for a in ALLOWED)]


class OtherLanguagesError(Exception):
    """A failure with a message meant for the person running the script."""


def _jar() -> Path:
    try:
        installed = importlib.metadata.version("openapi-generator-cli")
    except importlib.metadata.PackageNotFoundError as exc:
        raise OtherLanguagesError("openapi-generator-cli is not installed; run scripts/setup") from exc
    if installed != OPENAPI_GENERATOR_VERSION:
        raise OtherLanguagesError(f"openapi-generator-cli {installed} found, {OPENAPI_GENERATOR_VERSION} is pinned")
    return Path(str(importlib.resources.files("openapi_generator_cli") / "openapi-generator.jar"))


def _spec_label(spec: Path) -> str:
    return spec.name.removesuffix(".yaml").removesuffix(".yml").removesuffix(".json")


def parse_batch_log(log: str, tasks: dict[Path, Result]) -> None:
    """Give each logged warning to the generator whose thread logged it.

    A batch thread runs its generators one after another and prints "Generating NAME (outputs to
    DIR)" after parsing the spec and "Finished generating NAME" at the end; everything a thread
    logs up to a "Finished" line belongs to the task that line closes.
    """
    pending: dict[str, list[GeneratorWarning]] = defaultdict(list)
    current: dict[str, Path] = {}
    lines = log.splitlines()
    for index, line in enumerate(lines):
        event = re.match(r"@@ \[([^\]]+)\] (\w+) (\S+) - (.*)$", line)
        if event:
            thread, level, logger, message = event.groups()
            callers = [c.split(" at ", 1)[-1] for c in lines[index + 1 : index + 3] if c.startswith("Caller+")]
            pending[thread].append(GeneratorWarning(level, logger, message, " < ".join(callers)))
            continue
        runner = re.match(r"\[([^\]]+)\] Generating \S+ \(outputs to (.+)\)…$", line)
        if runner:
            current[runner.group(1)] = Path(runner.group(2)).resolve()
            continue
        done = re.match(r"\[([^\]]+)\] (Finished generating|Generation failed for) ", line)
        if done:
            thread = done.group(1)
            task = tasks.get(current.get(thread, Path()))
            if task is None:
                continue
            task.warnings.extend(pending.pop(thread, []))
            if done.group(2) != "Finished generating":
                task.failure = line
    for thread, leftover in pending.items():
        # A warning no generator claimed: keep it visible rather than drop it.
        orphan = Result("?", f"thread {thread}", Path())
        orphan.warnings = leftover
        tasks[Path(f"/orphan/{thread}")] = orphan


def run_openapi_generator(specs: list[Path], generators: list[str], output: Path, scratch: Path) -> list[Result]:
    java = shutil.which("java")
    if java is None:
        raise OtherLanguagesError("java (17 or later) is not on PATH; openapi-generator needs it")
    jar = _jar()
    logback = scratch / "logback.xml"
    logback.write_text(LOGBACK, encoding="utf-8")
    tasks: dict[Path, Result] = {}
    configs: list[str] = []
    for spec in specs:
        for generator in generators:
            directory = (output / _spec_label(spec) / generator).resolve()
            shutil.rmtree(directory, ignore_errors=True)
            config = scratch / f"{_spec_label(spec)}-{generator}.json"
            settings = {**generator_config(generator), "inputSpec": str(spec), "outputDir": str(directory)}
            if isinstance(settings.get("templateDir"), str):
                # The README's command runs from the repository root; batch runs in the scratch directory.
                settings["templateDir"] = str(ROOT / str(settings["templateDir"]))
            config.write_text(json.dumps(settings), encoding="utf-8")
            configs.append(str(config))
            tasks[directory] = Result(_spec_label(spec), generator, directory)
    command = [
        java,
        f"-Dlogback.configurationFile={logback}",
        # Log a repeated warning every time, so that one generator's cannot hide another's.
        "-Dorg.openapitools.codegen.utils.oncelogger.enabled=false",
        # A short-lived JVM: the C1 compiler alone starts faster and spends less CPU.
        "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC",
        "-jar",
        str(jar),
        "batch",
        "--clean",
        *configs,
    ]
    completed = subprocess.run(command, cwd=scratch, capture_output=True, text=True, check=False)  # noqa: S603
    log = completed.stdout + completed.stderr
    parse_batch_log(log, tasks)
    if completed.returncode != 0:
        for task in tasks.values():
            task.failure = task.failure or f"openapi-generator batch exited {completed.returncode}"
        print(log, file=sys.stderr)
    return list(tasks.values())


def run_hey_api(spec: Path, output: Path) -> Result:
    tool = NODE_BIN / "openapi-ts"
    if not tool.exists():
        raise OtherLanguagesError(f"{tool} is missing; run `npm ci` (or scripts/setup) first")
    directory = (output / _spec_label(spec) / HEY_API).resolve()
    shutil.rmtree(directory, ignore_errors=True)
    env = {**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"}
    completed = subprocess.run(  # noqa: S603 - the pinned tool, fixed arguments
        [str(tool), "--input", str(spec), "--output", str(directory), "--no-log-file"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    result = Result(_spec_label(spec), HEY_API, directory)
    for line in (completed.stdout + completed.stderr).splitlines():
        # The paths it echoes are ours; only its own words can be a warning.
        words = line.replace(str(directory), "<output>").replace(str(spec), "<spec>")
        if re.search(r"\b(warn|warning|error|failed)\b", words, flags=re.IGNORECASE):
            result.warnings.append(GeneratorWarning("WARN", "openapi-ts", line.strip(), "openapi-ts"))
    if completed.returncode != 0:
        result.failure = f"openapi-ts exited {completed.returncode}"
    return result


def compile_typescript(results: list[Result], output: Path) -> str | None:
    """`tsc --strict` over every TypeScript client at once (one Node start); returns tsc's complaint, if any."""
    directories = [r.directory for r in results if r.generator in TYPESCRIPT_GENERATORS and r.failure is None]
    if not directories:
        return None
    tsc = NODE_BIN / "tsc"
    if not tsc.exists():
        raise OtherLanguagesError(f"{tsc} is missing; run `npm ci` (or scripts/setup) first")
    tsconfig = output / "tsconfig.strict.json"
    tsconfig.write_text(
        json.dumps(
            {
                "compilerOptions": {
                    "strict": True,
                    "noEmit": True,
                    "target": "ES2022",
                    # fetch, Request, URLSearchParams: what a browser or Node 18+ provides.
                    "lib": ["ES2022", "DOM", "DOM.Iterable"],
                    "module": "ESNext",
                    "moduleResolution": "Bundler",
                    "types": [],
                    "skipLibCheck": False,
                },
                "include": [f"{d.relative_to(output)}/**/*.ts" for d in directories],
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    completed = subprocess.run(  # noqa: S603 - the pinned tool, fixed arguments
        [str(tsc), "--strict", "-p", str(tsconfig), "--pretty", "false"], capture_output=True, text=True, check=False
    )
    if completed.returncode != 0:
        return (completed.stdout + completed.stderr).strip() or f"tsc exited {completed.returncode}"
    return None


def _counted(items: list[str]) -> list[str]:
    counts: dict[str, int] = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return [f"{item} (x{count})" if count > 1 else item for item, count in counts.items()]


def compile_python(results: list[Result]) -> None:
    """The python client must at least byte-compile (its dependencies, pydantic and urllib3, are not ours)."""
    for result in results:
        if result.generator == "python" and result.failure is None:
            completed = subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
                [sys.executable, "-m", "compileall", "-q", str(result.directory)],
                capture_output=True,
                text=True,
                check=False,
            )
            if completed.returncode != 0:
                result.failure = "python -m compileall: " + (completed.stdout + completed.stderr).strip()


def report(results: list[Result], tsc_problem: str | None, seconds: dict[str, float]) -> int:
    failed = False
    for result in results:
        bad = result.disallowed()
        allowed = [next(a for a in ALLOWED if a.matches(w)).message for w in result.warnings if w not in bad]
        status = "FAIL" if bad or result.failure else "ok"
        where = os.path.relpath(result.directory, ROOT)
        print(f"{status:4} {result.label:30} {len(bad)} warning(s), {len(allowed)} allowed  -> {where}")
        for line in _counted([f"{warning}\n         from {warning.caller}" for warning in bad]):
            print(f"       {line}")
        for line in _counted(allowed):
            print(f"       allowed: {line}")
        if result.failure:
            print(f"       {result.failure}")
        failed = failed or bool(bad) or result.failure is not None
    if tsc_problem is not None:
        print("FAIL tsc --strict rejected a TypeScript client:")
        print("\n".join(f"       {line}" for line in tsc_problem.splitlines()[:40]))
        failed = True
    elif any(r.generator in TYPESCRIPT_GENERATORS for r in results):
        print("ok   tsc --strict accepts the TypeScript clients")
    print("time: " + ", ".join(f"{name} {value:.1f} s" for name, value in seconds.items()))
    return 1 if failed else 0


def run(specs: list[Path], generators: list[str], output: Path) -> int:
    output.mkdir(parents=True, exist_ok=True)
    for spec in specs:
        if not spec.exists():
            raise OtherLanguagesError(f"{spec} does not exist")
    results: list[Result] = []
    seconds: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="other-languages-") as scratch:
        chosen = [g for g in OPENAPI_GENERATORS if g in generators]
        if chosen:
            started = time.monotonic()
            results += run_openapi_generator(specs, chosen, output, Path(scratch))
            seconds["openapi-generator"] = time.monotonic() - started
    if HEY_API in generators:
        started = time.monotonic()
        results += [run_hey_api(spec, output) for spec in specs]
        seconds["openapi-ts"] = time.monotonic() - started
    compile_python(results)
    started = time.monotonic()
    tsc_problem = compile_typescript(results, output)
    if any(r.generator in TYPESCRIPT_GENERATORS for r in results):
        seconds["tsc"] = time.monotonic() - started
    return report(results, tsc_problem, seconds)


@dataclass(frozen=True)
class SampleResponse:
    """One sample response of a docs page, the operation that claims the page and its answer's model."""

    slug: str
    operation_id: str
    model: str  # the component the operation's 200/201 answer refers to, as the generators name it
    value: object
    errors: tuple[str, ...]  # what jsonschema finds wrong with it against that answer's schema


def docs_sample_responses(
    spec_path: Path = ROOT / "openapi.yaml", docs_root: Path = DOCS_PAGES
) -> list[SampleResponse]:
    """Every sample response (valid JSON) of the pages an operation claims in x-docs-pages, in page order.

    The pages are read, and matched to operations, by the docs audit's own reader, so that this list
    and the audit agree on which sample belongs to which operation.
    """
    from scripts.docs_audit.compare import Auditor
    from scripts.docs_audit.pages import read_page
    from scripts.docs_audit.spec import Spec

    spec = Spec(spec_path, ROOT / "spec")
    auditor = Auditor(spec)
    found: list[SampleResponse] = []
    for page_file in sorted(docs_root.glob("*.mdx")):
        page = read_page(page_file)
        operation = auditor.claimant(page)
        answer = spec.facts.located_response(operation) if operation else None
        if operation is None or answer is None:
            continue
        schema, _ = answer
        reference = schema.get("$ref", "") if isinstance(schema, dict) else ""
        model = reference.rsplit("/", 1)[-1]
        if not model:
            raise OtherLanguagesError(f"{operation.operation_id}: its answer is not a $ref to a named schema")
        validator = spec.validator(schema)
        for sample in page.samples:
            if sample.section == "sample.response" and sample.error is None:
                errors = tuple(
                    f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}"
                    for e in validator.iter_errors(sample.data)
                )
                found.append(SampleResponse(page.name, operation.operation_id, model, sample.data, errors))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("generators", nargs="*", metavar="GENERATOR", help=f"any of {', '.join(ALL_GENERATORS)}")
    parser.add_argument(
        "--spec", type=Path, action="append", help="OpenAPI document (repeatable; default: openapi.yaml)"
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="where the clients go")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.generators) - set(ALL_GENERATORS))
    if unknown:
        parser.error(f"unknown generator(s) {', '.join(unknown)}; choose from {', '.join(ALL_GENERATORS)}")
    specs = [spec.resolve() for spec in (args.spec or [ROOT / "openapi.yaml"])]
    try:
        return run(specs, list(args.generators or ALL_GENERATORS), args.output.resolve())
    except OtherLanguagesError as exc:
        print(f"scripts/other-languages: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
