"""Write ``operations.json`` into the generated package: every operation of the spec as data.

Called by ``scripts/regenerate`` after the generator, so the table is regenerated (and checked by
``scripts/regenerate --check``) with the client it describes. The command line builds one command
per operation from it (tag -> group, parameters and body fields -> options, enums -> choices,
descriptions -> help) without importing the client, so ``kore-campaigns --help`` stays fast; the
calls themselves go through the generated resource methods the table names.

Python names follow openapi-python-client's own rules (``PythonIdentifier``, ``ClassName``), so
``resource``, ``method`` and each parameter's ``python`` name are those of the generated client;
``tests/test_cli.py`` checks every entry against the resource methods' signatures.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from scripts.spec_facts import SpecFacts, load

FILE_NAME = "operations.json"
# Path parameters that carry the bot id: the client fills them in (as the resource templates do).
BOT_ID_PARAMETERS = ("stream_id", "i_id", "bot_id")
_SCALARS = ("string", "integer", "number", "boolean")


class _Options(SpecFacts):
    """The spec, read for what the command line's options need of its schemas. `resolve` follows `$ref`s only:
    a one-member `allOf` is spelled here, where an option's description and bounds are decided."""

    def object_schema(self, node: Any) -> dict[str, Any] | None:
        """Properties and required names of an object schema (allOf parts merged), or None."""
        node = self.resolve(node)
        if not isinstance(node, dict):
            return None
        properties: dict[str, Any] = dict(node.get("properties") or {})
        required: list[str] = list(node.get("required") or [])
        for part in node.get("allOf") or []:
            inner = self.object_schema(part)
            if inner is None:
                continue
            properties = {**inner["properties"], **properties}
            required += [name for name in inner["required"] if name not in required]
        if node.get("type") != "object" and not properties:
            return None
        return {"properties": properties, "required": required, "description": node.get("description")}

    def flat_object(self, node: Any) -> list[tuple[str, dict[str, Any]]] | None:
        """The properties of an object whose every property an option can spell (no nesting), else None."""
        resolved = self.resolve(node)
        if not isinstance(resolved, dict) or any(key in resolved for key in ("oneOf", "anyOf")):
            return None
        shape = self.object_schema(resolved)
        if not shape or not shape["properties"]:
            return None
        values = [(name, self.value(child)) for name, child in shape["properties"].items()]
        return None if any(value["type"] == "json" for _, value in values) else values

    def value(self, node: Any) -> dict[str, Any]:
        """What an option needs of a schema: a scalar type (with enum, format, bounds, default), an
        array of scalars, or ``json`` for anything an option cannot spell (objects, unions of objects)."""
        node = self.resolve(node)
        if not isinstance(node, dict):
            return {"type": "json"}
        if "allOf" in node and len(node["allOf"]) == 1 and "type" not in node:
            merged = {**self.value(node["allOf"][0]), **_bounds(node)}
            if node.get("description"):
                merged["description"] = node["description"]
            return merged
        for union in ("anyOf", "oneOf"):
            if union in node:
                branches = [self.value(branch) for branch in node[union]]
                scalar = [branch for branch in branches if branch["type"] in _SCALARS]
                # e.g. SkipCount: a count or "" (meaning "not given"): an option gives the count.
                if len(scalar) == len(branches) and not any("const" in branch for branch in scalar[:1]):
                    return {**scalar[0], **_described(node)}
                return {"type": "json", **_described(node)}
        kind = node.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"]
            kind = kinds[0] if len(kinds) == 1 else None
        if "const" in node:
            return {
                "type": kind or _json_type(node["const"]),
                "enum": [node["const"]],
                "const": True,
                **_described(node),
            }
        if kind in _SCALARS:
            result: dict[str, Any] = {"type": kind}
            if "enum" in node:
                result["enum"] = list(node["enum"])
            if "format" in node:
                result["format"] = node["format"]
            if "default" in node:
                result["default"] = node["default"]
            return {**result, **_bounds(node), **_described(node)}
        if kind == "array":
            items = self.value(node.get("items", {}))
            if items["type"] in _SCALARS:
                return {"type": "array", "items": items, **_bounds(node), **_described(node)}
        return {"type": "json", **_described(node)}


def _json_type(value: Any) -> str:
    return {bool: "boolean", int: "integer", float: "number", str: "string"}.get(type(value), "json")


def _described(node: dict[str, Any]) -> dict[str, Any]:
    return {"description": node["description"]} if node.get("description") else {}


def _bounds(node: dict[str, Any]) -> dict[str, Any]:
    names = ("minimum", "maximum", "minLength", "maxLength", "pattern", "minItems", "maxItems")
    return {name: node[name] for name in names if name in node}


def _single_value(value: dict[str, Any]) -> tuple[bool, Any]:
    enum = value.get("enum")
    if enum is not None and len(enum) == 1:
        return True, enum[0]
    return False, None


def _body(spec: _Options, operation: dict[str, Any]) -> dict[str, Any] | None:
    from openapi_python_client.strings import ClassName

    request = spec.resolve(operation.get("requestBody"))
    if not request:
        return None
    content = request.get("content") or {}
    media = next(iter(content), None)
    if media is None:
        return None
    schema = content[media].get("schema") or {}
    resolved = spec.resolve(schema)
    body: dict[str, Any] = {"required": bool(request.get("required")), "mediaType": media, "array": False}
    if request.get("description"):
        body["description"] = request["description"]
    alternatives = resolved.get("oneOf") or resolved.get("anyOf") if isinstance(resolved, dict) else None
    if resolved.get("type") == "array":
        body["array"] = True
        alternatives = [resolved.get("items", {})]
    members = alternatives if alternatives else [schema]
    names = [spec.ref_name(member) for member in members]
    body["models"] = [str(ClassName(name, prefix="")) for name in names if name]
    body["empty"] = [
        name
        for name in names
        if name and spec.resolve({"$ref": f"#/components/schemas/{name}"}).get("maxProperties") == 0
    ]
    fields: list[dict[str, Any]] = []
    fixed: dict[str, Any] = {}
    if not alternatives and not body["array"]:
        shape = spec.object_schema(schema)
        required = (shape or {}).get("required", [])
        for name, node in (shape or {}).get("properties", {}).items():
            value = spec.value(node)
            single, only = _single_value(value)
            if single and name in required:
                fixed[name] = only
                continue
            nested = spec.flat_object(node) if value["type"] == "json" else None
            if nested is None:
                fields.append({"path": [name], "required": name in required, **value})
                continue
            # An object of scalars (filters, sort keys): one option per property, e.g. --filters-status.
            for child, child_value in nested:
                fields.append({"path": [name, child], "required": False, **child_value})
    body["fields"] = fields
    body["fixed"] = fixed
    return body


def build(document: dict[str, Any]) -> dict[str, Any]:
    """The table: tags, operations (in the spec's order), named enums and id alternatives."""
    from openapi_python_client.strings import ClassName, PythonIdentifier, snake_case

    spec = _Options(document)
    operations: list[dict[str, Any]] = []
    for found in spec.path_operations.values():
        operation = found.node
        tag = (operation.get("tags") or ["default"])[0]
        parameters: list[dict[str, Any]] = []
        fixed: dict[str, Any] = {}
        bot_id: str | None = None
        for parameter in spec.parameters(found):
            python = str(PythonIdentifier(parameter["name"], prefix="field"))
            value = spec.value(parameter.get("schema") or {})
            if parameter["in"] == "path" and python in BOT_ID_PARAMETERS and bot_id is None:
                bot_id = parameter["name"]
                continue
            single, only = _single_value(value)
            if single:
                fixed[parameter["name"]] = only
                continue
            if parameter.get("description"):
                value["description"] = parameter["description"]
            parameters.append(
                {
                    "name": parameter["name"],
                    "in": parameter["in"],
                    "python": python,
                    "required": bool(parameter.get("required")) and "default" not in value,
                    **value,
                }
            )
        operations.append(
            {
                "operationId": operation["operationId"],
                "tag": tag,
                "resource": snake_case(tag),
                "method": snake_case(operation["operationId"]),
                "httpMethod": found.method,
                "path": found.path,
                "summary": operation.get("summary", ""),
                "description": operation.get("description", ""),
                "deprecated": bool(operation.get("deprecated")),
                "botIdParameter": bot_id,
                "parameters": parameters,
                "fixed": fixed,
                "body": _body(spec, operation),
                "pagination": operation.get("x-pagination"),
            }
        )
    schemas = (document.get("components") or {}).get("schemas") or {}
    enums = {
        name: list(schema["enum"])
        for name, schema in schemas.items()
        if isinstance(schema, dict) and isinstance(schema.get("enum"), list)
    }
    ids = {
        str(ClassName(name, prefix="")): schema["x-kore-id-alternatives"]
        for name, schema in schemas.items()
        if isinstance(schema, dict) and "x-kore-id-alternatives" in schema
    }
    tags = [{"name": tag["name"], "description": tag.get("description", "")} for tag in document.get("tags") or []]
    return {"tags": tags, "operations": operations, "enums": enums, "idAlternatives": ids}


def write_operation_table(spec_path: Path, package: Path, document: dict[str, Any] | None = None) -> Path:
    """Write ``package/operations.json`` from the OpenAPI document at ``spec_path`` (or ``document``,
    that document already read)."""
    if document is None:
        document = load(spec_path).document
    target = package / FILE_NAME
    text = json.dumps(build(document), indent=1, ensure_ascii=False)
    target.write_text(text + "\n", encoding="utf-8")
    return target
