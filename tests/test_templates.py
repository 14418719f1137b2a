"""The templates in scripts/templates: where each comes from, and the adapter that reads the generator for them.

A template copied from openapi-python-client (or replacing one of its templates) records the upstream
version and the sha256 of the file it was taken from; when the installed generator's file differs,
the test names the template, so an upgrade shows exactly which copies need upstream's changes merged.
"""

from __future__ import annotations

import hashlib
import shutil
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest

from scripts import generator_adapter, regenerate

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "scripts" / "templates"
CONFIG = ROOT / "scripts" / "openapi-python-client.yaml"


def test_every_copied_template_matches_the_installed_upstream_file() -> None:
    installed = version("openapi-python-client")
    assert installed == regenerate.GENERATOR_VERSION == generator_adapter.GENERATOR_VERSION
    assert generator_adapter.template_drift(TEMPLATES, generator_adapter.upstream_templates(), installed) == []


def test_the_copies_are_recorded() -> None:
    # Guards the test above: it must see the copies (not pass because it read no checksum).
    recorded = {
        template.name
        for template in TEMPLATES.glob("*.jinja")
        if "sha256=" in template.read_text(encoding="utf-8")[:1000]
    }
    assert {"types.py.jinja", "model.py.jinja", "endpoint_module.py.jinja", "errors.py.jinja"} <= recorded
    assert {"api_init.py.jinja", "models_init.py.jinja", "endpoint_init.py.jinja", "client.py.jinja"} <= recorded


@pytest.fixture
def fake_upstream(tmp_path: Path) -> Path:
    upstream = tmp_path / "upstream"
    shutil.copytree(generator_adapter.upstream_templates(), upstream)
    return upstream


def test_an_upstream_change_names_the_template_to_merge(fake_upstream: Path) -> None:
    model = fake_upstream / "model.py.jinja"
    model.write_text(model.read_text(encoding="utf-8") + "{# a fix upstream #}\n", encoding="utf-8")
    problems = generator_adapter.template_drift(TEMPLATES, fake_upstream, "0.30.0")
    (drift,) = [line for line in problems if "differs" in line]
    # The other recorded templates still match upstream's bytes: only their version is named.
    others = [line for line in problems if line is not drift]
    assert others and all(line.endswith("the installed generator is 0.30.0") for line in others)
    assert drift.startswith("model.py.jinja: openapi-python-client 0.30.0's templates/model.py.jinja differs")
    assert hashlib.sha256(model.read_bytes()).hexdigest() in drift
    assert "merge upstream's change" in drift


def test_a_template_upstream_drops_or_adds_is_named(fake_upstream: Path, tmp_path: Path) -> None:
    (fake_upstream / "errors.py.jinja").unlink()
    (fake_upstream / "lenient_read.jinja").write_text("", encoding="utf-8")
    ours = tmp_path / "ours"
    shutil.copytree(TEMPLATES, ours)
    (ours / "helpers.jinja").write_text("{# a copy that says nothing #}\n", encoding="utf-8")
    problems = generator_adapter.template_drift(ours, fake_upstream, regenerate.GENERATOR_VERSION)
    assert problems == [
        "errors.py.jinja: openapi-python-client 0.29.1 no longer has templates/errors.py.jinja",
        "helpers.jinja: says nothing of its origin (an 'upstream:' or 'replaces:' line)",
        "lenient_read.jinja: marked new, but openapi-python-client 0.29.1 has a template of that name",
    ]


def test_no_template_reads_upstream_internals_outside_the_adapter() -> None:
    # Upstream's private template names and property attributes belong in scripts/generator_adapter.py.
    own = [t for t in TEMPLATES.glob("*.jinja") if "upstream: none (new)" in t.read_text(encoding="utf-8")[:1000]]
    assert {t.name for t in own} == {"lenient_read.jinja", "resource_macros.py.jinja", "pagination_macros.py.jinja"}
    for template in own:
        text = template.read_text(encoding="utf-8")
        for internal in ("_property.py.jinja", "inner_property", "class_info", "required_properties", ".source."):
            assert internal not in text, f"{template.name} reads {internal}"


SCHEMAS: dict[str, Any] = {
    "Thing": {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string"},
            "when": {"type": "string", "format": "date-time"},
            "day": {"type": "string", "format": "date"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "level": {"type": "integer", "enum": [2, 1]},
            "color": {"type": "string", "enum": ["red"]},
            "fixed": {"const": "x"},
            "either": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
            "inner": {"$ref": "#/components/schemas/Inner"},
            "ratio": {"type": "number"},
            "flag": {"type": "boolean"},
            "anything": {},
        },
    },
    "Inner": {"type": "object", "properties": {"items": {"type": "array", "items": {"type": "integer"}}}},
}


def test_the_adapter_names_each_kind_of_property() -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": SCHEMAS},
    }
    models = generator_adapter.read_models(document, CONFIG)
    thing = models["Thing"]
    fields = {
        generator_adapter.json_name(p): p
        for p in generator_adapter.required_fields(thing) + generator_adapter.optional_fields(thing)
    }
    described = {
        name: (
            generator_adapter.kind(p),
            generator_adapter.json_type(p),
            generator_adapter.expected(p),
            generator_adapter.single_value(p),
        )
        for name, p in fields.items()
    }
    assert described == {
        "name": ("string", "string", "string", ""),
        "when": ("date-time", "string", "a date-time string", ""),
        "day": ("date", "string", "a date string", ""),
        "tags": ("list", "array", "an array of string", ""),
        "level": ("enum", "integer", "one of 1, 2", ""),
        "color": ("enum", "string", "one of 'red'", '"red"'),
        "fixed": ("const", "const", "the constant 'x'", "'x'"),
        "either": ("union", "union", "string or integer", ""),
        "inner": ("model", "object", "an object (Inner)", ""),
        "ratio": ("number", "number", "number", ""),
        "flag": ("boolean", "boolean", "boolean", ""),
        "anything": ("any", "", "Any", ""),
    }
    assert generator_adapter.scalar_class(fields["name"]) == "str"
    assert generator_adapter.scalar_class(fields["when"]) == ""
    items = generator_adapter.field_at(fields["inner"], "items", list(models.values()))
    assert generator_adapter.kind(generator_adapter.item(items)) == "integer"
    assert generator_adapter.quoted('say "hi"\n') == '"say \\"hi\\"\\n"'
