"""Write openapi-3.0.yaml, the OpenAPI 3.0.3 rendition of openapi.yaml, or check that it is current.

    scripts/openapi-3.0            # convert, validate as 3.0, write openapi-3.0.yaml
    scripts/openapi-3.0 --check    # convert into memory and compare; exit 1 if the file is stale

For tools that read only OpenAPI 3.0 (oapi-codegen, older generators and gateways). The
conversion is @apiture/openapi-down-convert (pinned in package.json); this script only finishes
what it leaves 3.1-only (`if`/`then`/`else`, `info.summary`) and lists in the rendition's own
`info.description` every rule that 3.0 cannot state, found by walking openapi.yaml, so that its
readers know what to enforce themselves. The file is never edited by hand.
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "openapi.yaml"
TARGET = ROOT / "openapi-3.0.yaml"
CONVERTER = ROOT / "node_modules" / ".bin" / "openapi-down-convert"
HEADER = (
    "# GENERATED from openapi.yaml by scripts/openapi-3.0 (@apiture/openapi-down-convert, pinned in\n"
    "# package.json). Do not edit: change openapi.yaml, then run scripts/openapi-3.0.\n"
)

Json = Any
Pointer = str

# Keys whose value is one schema, a list of schemas, or a map of schemas (JSON Schema 2020-12).
_ONE_SCHEMA = (
    "items",
    "additionalProperties",
    "unevaluatedProperties",
    "unevaluatedItems",
    "contains",
    "propertyNames",
    "not",
    "if",
    "then",
    "else",
)
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_CONDITIONALS = ("if", "then", "else")


class ConvertError(Exception):
    """A failure with a message meant for the person running the script."""


def _pointer(parts: tuple[str | int, ...]) -> Pointer:
    return "#/" + "/".join(str(part).replace("~", "~0").replace("/", "~1") for part in parts)


def _schemas_in_schema(schema: Json, where: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], Json]]:
    if not isinstance(schema, dict):
        return
    yield where, schema
    for key in _SCHEMA_MAPS:
        for name, sub in (schema.get(key) or {}).items():
            yield from _schemas_in_schema(sub, (*where, key, name))
    for key in _SCHEMA_LISTS:
        for index, sub in enumerate(schema.get(key) or []):
            yield from _schemas_in_schema(sub, (*where, key, index))
    for key in _ONE_SCHEMA:
        if isinstance(schema.get(key), dict):
            yield from _schemas_in_schema(schema[key], (*where, key))


def schemas(document: Json, where: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Json]]:
    """Every schema object in an OpenAPI document, with its location, nested ones included."""
    if isinstance(document, dict):
        for key, value in document.items():
            if key == "schema" or where[-2:] == ("components", "schemas"):
                yield from _schemas_in_schema(value, (*where, key))
            elif key not in ("example", "examples") and not str(key).startswith("x-"):
                # Example values and extensions are data, not schemas.
                yield from schemas(value, (*where, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield from schemas(value, (*where, index))


def _compact(value: Json) -> str:
    return json.dumps(value, separators=(", ", ": "), ensure_ascii=False)


def losses(source: Json) -> list[str]:
    """What the 3.0 rendition cannot state, one Markdown bullet per kind, each with its places."""
    conditionals: list[str] = []
    consts: list[Pointer] = []
    encodings: list[str] = []
    many_examples: list[Pointer] = []
    ref_siblings: list[str] = []
    for where, schema in schemas(source):
        if any(part in _CONDITIONALS for part in where):
            continue  # inside a conditional, which is listed whole
        at = f"`{_pointer(where)}`"
        if any(key in schema for key in _CONDITIONALS):
            rule = " ".join(f"`{key} {_compact(schema[key])}`" for key in _CONDITIONALS if key in schema)
            conditionals.append(f"{at}: {rule}")
        if "const" in schema:
            consts.append(at)
        if "contentEncoding" in schema:
            encodings.append(f"{at} (`{schema['contentEncoding']}`)")
        if isinstance(schema.get("examples"), list) and len(schema["examples"]) > 1:
            many_examples.append(at)
        if "$ref" in schema and len(schema) > 1:
            ref_siblings.append(f"{at} ({', '.join(sorted(key for key in schema if key != '$ref'))})")

    bullets: list[str] = []
    if conditionals:
        bullets.append(
            "Conditional rules (`if`/`then`/`else`) are dropped; enforce them yourself: "
            + "; ".join(conditionals)
            + "."
        )
    if consts:
        bullets.append(
            "`const` is written as a one-value `enum` (same rule, other shape in generated code): "
            + ", ".join(consts)
            + "."
        )
    if encodings:
        bullets.append(
            "`contentEncoding` is written as `format: byte`, which 3.0 tools may or may not check: "
            + ", ".join(encodings)
            + "."
        )
    if many_examples:
        bullets.append(
            "Schema `examples` lists keep only their first value (`example`): " + ", ".join(many_examples) + "."
        )
    if ref_siblings:
        bullets.append("Keywords beside a `$ref` are ignored by 3.0 tools: " + "; ".join(ref_siblings) + ".")
    info = source.get("info", {})
    if "summary" in info:
        bullets.append("`info.summary` is not a 3.0 field; it opens this description instead.")
    if "identifier" in info.get("license", {}):
        bullets.append("`license.identifier` (SPDX) is not a 3.0 field; `license.url` points at its SPDX page instead.")
    if "webhooks" in source or "jsonSchemaDialect" in source:
        bullets.append(
            "`webhooks` and `jsonSchemaDialect` are not 3.0 fields: `webhooks` becomes the `x-webhooks` extension"
            " (rendered by Redoc, ignored by most 3.0 tools), and the webhooks' request and answer schemas stay in"
            " `components/schemas` (" + ", ".join(_webhook_schemas(source)) + ")."
        )
    return bullets


def _webhook_schemas(source: Json) -> list[str]:
    """The component schemas a webhook's request or answer names directly."""
    names: list[str] = []

    def collect(node: Json) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/") and ref[21:] not in names:
                names.append(ref[21:])
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(source.get("webhooks", {}))
    return names or ["none"]


def _drop_conditionals(document: Json) -> None:
    for _where, schema in list(schemas(document)):
        for key in _CONDITIONALS:
            schema.pop(key, None)
    # An `allOf` member that held only a conditional is now `{}`, which matches anything and which
    # 3.0 linters reject as illogical: drop it, and the `allOf` if nothing is left.
    for _where, schema in list(schemas(document)):
        members = schema.get("allOf")
        if isinstance(members, list) and any(member == {} for member in members):
            kept = [member for member in members if member != {}]
            if kept:
                schema["allOf"] = kept
            else:
                del schema["allOf"]


class _Dumper(yaml.SafeDumper):
    """Multi-line strings as `|` blocks, so the descriptions read as they do in openapi.yaml."""


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    style = "|" if "\n" in text and not any(line != line.rstrip() for line in text.splitlines()) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _represent_str)


def _run_converter(source: Path) -> Json:
    if not CONVERTER.exists():
        raise ConvertError(f"{CONVERTER} is missing; run `npm ci` (or scripts/setup) first")
    with tempfile.TemporaryDirectory(prefix="openapi-3.0-") as scratch:
        output = Path(scratch) / "openapi-3.0.yaml"
        result = subprocess.run(  # noqa: S603 - our pinned tool, fixed arguments
            [str(CONVERTER), "--input", str(source), "--output", str(output)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not output.exists():
            raise ConvertError(
                f"openapi-down-convert failed (exit {result.returncode}):\n{result.stdout}{result.stderr}"
            )
        return yaml.safe_load(output.read_text(encoding="utf-8"))


def render(source_path: Path) -> str:
    """The text of openapi-3.0.yaml for `source_path`, validated as OpenAPI 3.0."""
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation import OpenAPIV30SpecValidator
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    source = yaml.safe_load(source_path.read_text(encoding="utf-8"))
    converted = _run_converter(source_path)
    # 3.0 has no `webhooks`: they move to the `x-webhooks` extension (which Redoc renders for 3.0), so
    # their schemas and examples in components stay in use and 3.0 generators still model them.
    # The converter drops `webhooks` itself; the source's entries only name components, so they carry over.
    converted.pop("webhooks", None)
    if "webhooks" in source:
        # Where 3.1 keeps it, after the paths.
        reordered = {key: value for key, value in converted.items() if key != "components"}
        reordered["x-webhooks"] = source["webhooks"]
        reordered["components"] = converted["components"]
        converted.clear()
        converted.update(reordered)
    _drop_conditionals(converted)
    info = converted["info"]
    summary = info.pop("summary", None)
    identifier = source["info"].get("license", {}).get("identifier")
    if identifier and "url" not in info.get("license", {}):
        # 3.0 names a license by URL only; the SPDX page is the identifier's URL.
        info["license"]["url"] = f"https://spdx.org/licenses/{identifier}.html"
    bullets = losses(source)
    rendition = [
        "## OpenAPI 3.0.3 rendition",
        "",
        f"Generated from `{source_path.name}` (OpenAPI {source.get('openapi')}, the contract) by `scripts/openapi-3.0`;"
        " never edited by hand. OpenAPI 3.0 cannot state everything the contract states. What it loses,"
        " for readers of this file to enforce themselves:",
        "",
        *(f"* {bullet}" for bullet in bullets),
    ]
    description = info.get("description", "").rstrip("\n")
    info["description"] = "\n\n".join(part for part in (summary, description, "\n".join(rendition)) if part) + "\n"
    try:
        validate(converted, cls=OpenAPIV30SpecValidator)
    except OpenAPIValidationError as exc:
        where = "/".join(str(part) for part in exc.absolute_path) or "(document root)"
        raise ConvertError(f"the 3.0 rendition is not valid OpenAPI 3.0\n  at: {where}\n  {exc.message}") from exc
    body = yaml.dump(converted, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=110)
    return HEADER + body


def run(source: Path, target: Path, check: bool) -> int:
    fresh = render(source)
    if check:
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if current == fresh:
            print(f"{target.name} is up to date with {source.name}")
            return 0
        diff = list(
            difflib.unified_diff(current.splitlines(), fresh.splitlines(), str(target.name), "fresh", lineterm="", n=0)
        )
        print(f"{target.name} is stale: {sum(1 for line in diff if line[:1] in '+-') - 2} changed lines")
        print("\n".join(diff[:30]))
        print("Run scripts/openapi-3.0 and commit the result.")
        return 1
    target.write_text(fresh, encoding="utf-8")
    print(f"wrote {target.name} (OpenAPI 3.0.3) from {source.name}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="fail if the committed rendition differs from a fresh one")
    parser.add_argument("--spec", type=Path, default=SOURCE, help="OpenAPI 3.1 document (default: openapi.yaml)")
    parser.add_argument(
        "--output", type=Path, default=TARGET, help="where the rendition goes (default: openapi-3.0.yaml)"
    )
    args = parser.parse_args(argv)
    try:
        return run(args.spec.resolve(), args.output.resolve(), args.check)
    except ConvertError as exc:
        print(f"scripts/openapi-3.0: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
