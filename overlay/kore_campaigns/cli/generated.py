"""One command per operation of the spec, built from ``operations.json`` when a group is used.

Tag -> group (``Contact lists V1`` -> ``contact-lists-v1``), operation -> command (its operationId
without the group's noun: ``listContactListContacts`` -> ``contact-lists list-contacts``), path
parameters -> arguments, query parameters and body fields -> options with the spec's types, bounds
and enums (case-insensitive choices), descriptions -> help. ``--data JSON|@FILE|@-`` gives the
whole body (the only way for a body of several alternatives or a list); options given beside it
win. A field that is an object of plain values becomes one option per value (``--filters-status``).
Paged operations take ``--all`` (every page, through the iterator ``x-pagination`` names);
deleting and stopping ask first. Every call goes through the generated resource method, so the
JWT, retries and the rate limit apply.
"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path
from typing import Any

import click

from . import SuggestingGroup
from .operations import command_name, kebab
from .output import (
    EXIT_USAGE,
    CliError,
    activity,
    confirm,
    inherit_session_options,
    json_flag,
    print_answer,
    print_items,
    print_json,
    run,
    session,
    to_json,
    yes_flag,
)

# Option names the commands use themselves; a field of the same name gets a --body- prefix.
RESERVED = {"json", "yes", "data", "all", "help"}
DATA_HELP = "The whole request body as JSON, or @FILE, or @- for stdin; options given beside it win."


class Choice(click.Choice):  # type: ignore[type-arg]
    """A case-insensitive choice (``--status active``) whose error lists the spec's spelling."""

    def __init__(self, choices: list[str]) -> None:
        super().__init__(choices, case_sensitive=False)

    def get_invalid_choice_message(self, value: Any, ctx: click.Context | None) -> str:
        return f"{value!r} is not one of {', '.join(map(str, self.choices))}."

    def get_metavar(self, param: click.Parameter, ctx: click.Context) -> str:
        return f"[{'|'.join(map(str, self.choices))}]"


def read_json(text: str, option: str) -> Any:
    """``JSON``, ``@FILE`` or ``@-``: parsed, or a usage error naming the option (not the text)."""
    source = "the value"
    if text.startswith("@"):
        source = "stdin" if text == "@-" else text[1:]
        try:
            text = sys.stdin.read() if text == "@-" else Path(text[1:]).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
            raise click.BadParameter(f"cannot read {source}: {reason}", param_hint=option) from None
    try:
        return json.loads(text)
    except ValueError as error:
        raise click.BadParameter(f"{source} is not JSON: {error}", param_hint=option) from None


def _help(value: dict[str, Any]) -> str:
    text = str(value.get("description") or "")
    return text.replace("\n", " ").strip()


def _click_type(value: dict[str, Any]) -> Any:
    kind = value["type"]
    if value.get("enum"):
        return Choice([str(item) for item in value["enum"]])
    if kind == "integer":
        return click.IntRange(value.get("minimum"), value.get("maximum"))
    if kind == "number":
        return click.FloatRange(value.get("minimum"), value.get("maximum"))
    return click.STRING


def _parameter(option: str, value: dict[str, Any], *, required: bool, dest: str, note: str = "") -> click.Parameter:
    """A click option for one spec value (a query parameter or a body field); ``note`` ends its help."""
    help_text = f"{_help(value)} {note}".strip()
    if value["type"] == "boolean":
        return click.Option([f"--{option}/--no-{option}", dest], default=None, required=required, help=help_text)
    if value["type"] == "array":
        items = value["items"]
        return click.Option(
            [f"--{option}", dest],
            type=_click_type(items),
            multiple=True,
            required=required,
            help=help_text + " Repeatable.",
        )
    if value["type"] == "json":
        return click.Option([f"--{option}", dest], metavar="JSON|@FILE", required=required, help=help_text)
    default = value.get("default")
    shown = f" [default: {default}]" if default is not None and not required else ""
    return click.Option([f"--{option}", dest], type=_click_type(value), required=required, help=help_text + shown)


def _wire_value(value: dict[str, Any], given: Any, option: str) -> Any:
    """A parsed option as its JSON value: enum members keep the spec's type (1, not "1")."""
    if value["type"] == "array":
        return [_wire_value(value["items"], item, option) for item in given]
    if value["type"] == "json":
        return read_json(given, f"--{option}")
    for member in value.get("enum") or ():
        if str(member) == str(given):
            return member
    return given


def _python_value(value: dict[str, Any], given: Any, option: str) -> Any:
    """A parsed option as a resource method's argument (a date-time parameter as a datetime)."""
    wired = _wire_value(value, given, option)
    if value.get("format") == "date-time" and isinstance(wired, str):
        try:
            return datetime.datetime.fromisoformat(wired)
        except ValueError:
            raise click.BadParameter(
                "must be a date and time such as 2026-06-18T17:55:00Z", param_hint=f"--{option}"
            ) from None
    return wired


class OperationCommand(click.Command):
    """The command of one operation; ``operation`` is its entry in operations.json."""

    def __init__(self, operation: dict[str, Any]) -> None:
        self.operation = operation
        self.options: dict[str, tuple[str, dict[str, Any], str]] = {}  # dest -> (kind, value, option name)
        self.field_options: dict[tuple[str, ...], str] = {}  # a body field's path -> its option
        params: list[click.Parameter] = []
        for parameter in operation["parameters"]:
            if parameter["in"] == "path":
                params.append(click.Argument([parameter["python"]], required=True))
                self.options[parameter["python"]] = ("path", parameter, parameter["python"].upper())
                continue
            option = kebab(parameter["name"])
            dest = f"param_{parameter['python']}"
            each = self.eachof(parameter["name"])
            params.append(
                _parameter(
                    option, parameter, required=parameter["required"] and not each, dest=dest, note=self.each_note(each)
                )
            )
            self.options[dest] = ("query", parameter, option)
        body = operation["body"]
        taken = {kebab(parameter["name"]) for parameter in operation["parameters"]} | RESERVED
        if body is not None:
            for number, body_field in enumerate(body["fields"]):
                option = "-".join(kebab(part) for part in body_field["path"])
                if option in taken:
                    option = f"body-{option}"
                taken.add(option)
                dest = f"field_{number}"
                each = body_field["path"] == [(operation["pagination"] or {}).get("eachOf")]
                params.append(_parameter(option, body_field, required=False, dest=dest, note=self.each_note(each)))
                self.options[dest] = ("field", body_field, option)
                self.field_options[tuple(body_field["path"])] = option
            if self.takes_data():
                params.append(click.Option(["--data", "data"], metavar="JSON|@FILE", help=DATA_HELP))
        if operation["pagination"]:
            params.append(click.Option(["--all", "read_all"], is_flag=True, help=self.all_help()))
        params.append(json_flag())
        if self.destructive():
            params.append(yes_flag())
        description = operation["description"].strip()
        super().__init__(
            command_name(operation["operationId"], operation["tag"]),
            params=params,
            callback=self.invoke_operation,
            help=f"{operation['summary']}\n\n{description}\n\n"
            f"Operation {operation['operationId']}: {operation['httpMethod']} {operation['path']}",
            short_help=operation["summary"],
            deprecated=operation["deprecated"],
        )

    # --- what the spec says about the operation ---

    def eachof(self, name: str) -> bool:
        pagination = self.operation["pagination"] or {}
        return bool(pagination.get("eachOf") == name)

    @staticmethod
    def each_note(each: bool) -> str:
        return "Without it, every page of each one is read in turn (as --all)." if each else ""

    def takes_data(self) -> bool:
        body = self.operation["body"]
        if body is None:
            return False
        empty_only = set(body["models"]) <= set(body["empty"])
        return not empty_only

    def destructive(self) -> bool:
        """Deleting, and stopping a campaign (a fixed or chosen trigger of `stop`), ask first."""
        operation = self.operation
        if operation["httpMethod"] == "DELETE" or "stop" in operation["fixed"].values():
            return True
        return any("stop" in (parameter.get("enum") or ()) for parameter in operation["parameters"])

    def all_help(self) -> str:
        each = self.operation["pagination"].get("eachOf")
        extra = f"; without --{kebab(each)}, of every {kebab(each)} in turn (the default then)" if each else ""
        return f"Read every page and print the items{extra}."

    # --- the call ---

    def invoke_operation(self, **given: Any) -> None:
        operation = self.operation
        as_json = bool(given.pop("as_json", False))
        read_all = bool(given.pop("read_all", False))
        yes = bool(given.pop("yes", False))
        data = given.pop("data", None)
        arguments: dict[str, Any] = {}
        chosen: dict[str, Any] = {}
        fields: list[tuple[dict[str, Any], Any, str]] = []
        for dest, value in given.items():
            kind, spec_value, option = self.options[dest]
            if value is None or value == ():
                continue
            if kind == "field":
                fields.append((spec_value, value, option))
                continue
            arguments[spec_value["python"]] = _python_value(spec_value, value, option)
            chosen[spec_value["name"]] = arguments[spec_value["python"]]
        whole = read_json(data, "--data") if data is not None else None
        each = (operation["pagination"] or {}).get("eachOf")
        if each and not read_all and not self.given(each, chosen, fields, whole):
            # A list of one kind a page (campaigns list --type sms) without its kind: every page of
            # every kind, as the client's iterator reads them; a page of one kind needs the kind.
            paging = [option for name, option in self.paging_options() if self.given(name, chosen, fields, whole)]
            if paging:
                raise click.UsageError(
                    f"{' and '.join(paging)} {'choose' if len(paging) > 1 else 'chooses'} a page of one "
                    f"{kebab(each)}: give --{kebab(each)} too, or leave "
                    f"{'them' if len(paging) > 1 else 'it'} out to read every page of every {kebab(each)}"
                )
            read_all = True
        body, filled = self.body(whole, fields, placeholder_for=each if read_all else None)
        if body is not None:
            arguments["body"] = body
        each_is_parameter = any(parameter["name"] == each for parameter in operation["parameters"])
        each_given = each in chosen if each_is_parameter else not filled
        if self.destructive():
            values = [str(value) for value in chosen.values()] + [str(value) for value in operation["fixed"].values()]
            if operation["httpMethod"] == "DELETE" or "stop" in values:
                ids = " ".join(str(arguments[p["python"]]) for p in operation["parameters"] if p["in"] == "path")
                confirm(f"{operation['summary']}: {ids}".rstrip(": "), yes)

        def call(client: Any) -> None:
            resource = getattr(client, operation["resource"])
            if read_all:
                self.read_every_page(resource, arguments, each_given, as_json)
                return
            state = session()
            state.note(f"{operation['operationId']} was sent; without its answer it may or may not have taken effect")
            answer = getattr(resource, operation["method"])(**arguments)
            state.note(f"{operation['operationId']} done")
            print_answer(answer, as_json)

        run(call)

    def given(
        self, name: str, chosen: dict[str, Any], fields: list[tuple[dict[str, Any], Any, str]], whole: Any
    ) -> bool:
        """Whether the parameter or top-level body field ``name`` was given (as an option or in --data)."""
        in_data = isinstance(whole, dict) and name in whole
        return name in chosen or in_data or any(spec_value["path"] == [name] for spec_value, _, _ in fields)

    def paging_options(self) -> list[tuple[str, str]]:
        """(name, option) of each parameter or body field that chooses a page (skip, limit, page)."""
        pagination = self.operation["pagination"] or {}
        names = [pagination.get(key) for key in ("offset", "page", "size")] + list(pagination.get("omit") or ())
        found: dict[str, str] = {}
        for parameter in self.operation["parameters"]:
            if parameter["name"] in names:
                found[parameter["name"]] = f"--{kebab(parameter['name'])}"
        for path, option in self.field_options.items():
            if len(path) == 1 and path[0] in names:
                found.setdefault(path[0], f"--{option}")
        return list(found.items())

    def body(
        self, whole: Any, fields: list[tuple[dict[str, Any], Any, str]], placeholder_for: str | None
    ) -> tuple[Any, bool]:
        """The request body as the generated model(s), from --data (``whole``, parsed; None when not
        given) and the field options; None when nothing is given and the body may be left out (or
        is always empty). True beside it when ``placeholder_for`` (the eachOf field, without which
        every kind is read) was not given and was filled in."""
        spec_body = self.operation["body"]
        if spec_body is None or not self.takes_data():
            return None, False
        if whole is None and not fields:
            if not spec_body["required"] and placeholder_for is None:
                return None, False
            if spec_body["empty"]:
                whole = {}
            elif not spec_body["fields"]:
                raise click.UsageError(f"--data is required: {self.body_kinds()}")
        if spec_body["array"]:
            if not isinstance(whole, list):
                raise click.BadParameter(f"must be a JSON list of {self.body_kinds()}", param_hint="--data")
            items = [self.model(spec_body["models"][0], item, f"--data [{index}]") for index, item in enumerate(whole)]
            return items, False
        if whole is None:
            whole = {}
        if not isinstance(whole, dict):
            raise click.BadParameter(f"must be a JSON object ({self.body_kinds()})", param_hint="--data")
        # A field that has an option is named by it in messages, given or not.
        from_options = {".".join(path): f"--{option}" for path, option in self.field_options.items()}
        for spec_value, value, option in fields:
            target = whole
            *parents, last = spec_value["path"]
            for parent in parents:
                inner = target.get(parent)
                target = target.setdefault(parent, {}) if inner is None else inner
                if not isinstance(target, dict):
                    raise click.BadParameter(f"{parent} must be an object to take --{option}", param_hint="--data")
            target[last] = _wire_value(spec_value, value, option)
        for name, value in spec_body["fixed"].items():
            whole.setdefault(name, value)
        filled = False
        if placeholder_for is not None and placeholder_for not in whole:
            # --all without the eachOf field: every value is read in turn; the model is built
            # with one of them only to be complete.
            for spec_value in spec_body["fields"]:
                if spec_value["path"] == [placeholder_for] and spec_value.get("enum"):
                    whole[placeholder_for] = spec_value["enum"][0]
                    filled = True
        if len(spec_body["models"]) == 1:
            return self.model(spec_body["models"][0], whole, "--data", from_options), filled
        return self.one_of(spec_body["models"], whole), filled

    def body_kinds(self) -> str:
        body = self.operation["body"]
        names = " or ".join(body["models"])
        return f"a list of {names}" if body["array"] else names

    @staticmethod
    def model(name: str, data: Any, where: str, from_options: dict[str, str] | None = None) -> Any:
        """``data`` as the generated model ``name``; a field that breaks the spec is a usage error
        naming the option it came from (or its place in --data) and the rule, not the value."""
        from kore_campaigns_client import models
        from kore_campaigns_client.types import FieldError

        cls = getattr(models, name)
        if not isinstance(data, dict):
            raise click.BadParameter(f"must be a JSON object ({name})", param_hint=where)
        try:
            return cls.from_dict(data)
        except FieldError as error:
            option = (from_options or {}).get(error.path)
            hint = option or f"{where} {error.path}"
            if error.kind == "missing":
                raise click.UsageError(f"{hint} is required ({name})") from None
            raise click.BadParameter(f"must be {error.expected} ({name})", param_hint=hint) from None

    def one_of(self, names: list[str], data: dict[str, Any]) -> Any:
        """The first alternative that ``data`` fits exactly (as the client reads a union)."""
        from kore_campaigns_client import models
        from kore_campaigns_client.types import FieldError, union_trial

        for name in names:
            try:
                with union_trial():
                    return getattr(models, name).from_dict(data)
            except (TypeError, ValueError, KeyError):
                continue
        reasons = []
        for name in names:
            try:
                getattr(models, name).from_dict(data)
            except FieldError as error:
                reasons.append(
                    f"{name}: {error.path} {'is required' if error.kind == 'missing' else 'must be ' + error.expected}"
                )
            except (TypeError, ValueError, KeyError) as error:
                reasons.append(f"{name}: {type(error).__name__}")
        raise click.BadParameter("fits none of the bodies: " + "; ".join(reasons), param_hint="--data")

    def read_every_page(self, resource: Any, arguments: dict[str, Any], each_given: bool, as_json: bool) -> None:
        """--all: the operation's iterator over every page; with ``eachOf`` (the list's ``type``)
        not given, once for each of its values, each item marked with the value it was read for."""
        import inspect

        pagination = self.operation["pagination"]
        iterate = getattr(resource, pagination["method"])
        accepted = set(inspect.signature(iterate).parameters)
        keywords = {name: value for name, value in arguments.items() if name != "body"}
        options = {p["python"]: f"--{kebab(p['name'])}" for p in self.operation["parameters"]}
        body = arguments.get("body")
        each = pagination.get("eachOf")
        each_name = next((p["python"] for p in self.operation["parameters"] if p["name"] == each), None)
        each_values: list[Any] = [p.get("enum") for p in self.operation["parameters"] if p["name"] == each]
        if body is not None:
            sent = body.to_dict()
            for attribute, key in type(body)._json_keys.items():
                if key in sent:
                    keywords[attribute] = getattr(body, attribute)
                    options[attribute] = f"--{kebab(key)} (or {key} in --data)"
                if key == each:
                    each_name = attribute
            each_values += [f.get("enum") for f in self.operation["body"]["fields"] if f["path"] == [each]]
        rounds: list[Any] = [None]
        if each_name is not None and not each_given:
            keywords.pop(each_name, None)
            rounds = list(next((values for values in each_values if values), [None]))
        # A value the iterator sets itself (view=contacts) may be given as that value.
        fixed = {p["python"]: p["name"] for p in self.operation["parameters"]}
        for name in [name for name in keywords if name not in accepted]:
            if name in fixed and (pagination.get("fixed") or {}).get(fixed[name], object()) == keywords[name]:
                del keywords[name]
        refused = sorted(options.get(name, name) for name in keywords if name not in accepted)
        if refused:
            raise CliError(
                f"--all reads every page itself: leave out {', '.join(refused)}", exit_code=EXIT_USAGE, kind="usage"
            )
        items: list[Any] = []
        state, shown = session(), activity()
        name = command_name(self.operation["operationId"], self.operation["tag"])
        if shown is not None:
            shown.progress(f"{name}: reading every page")
        for value in rounds:
            if value is not None:
                keywords[each_name] = value  # type: ignore[index]
            for item in iterate(**keywords):
                if value is not None and each not in to_json(item) and hasattr(item, "additional_properties"):
                    # The service leaves the kind out of each item: carry the one the page was read for.
                    item.additional_properties[each] = value
                items.append(item)
                state.note(f"{name}: {len(items)} items were read (nothing was changed)")
                if shown is not None:
                    shown.advance(1)
        if as_json:
            print_json(items)
        else:
            print_items(items, noun="items")


class GeneratedGroup(SuggestingGroup):
    """A tag's commands, built when used, and the hand-made jobs of the group beside them."""

    def __init__(self, name: str, operations: list[dict[str, Any]], help_text: str) -> None:
        super().__init__(name, help=help_text, short_help=help_text.split(". ")[0].rstrip("."))
        self.operations = {command_name(item["operationId"], item["tag"]): item for item in operations}
        self._built: dict[str, click.Command] = {}

    def jobs(self) -> dict[str, click.Command]:
        from .jobs import jobs

        return jobs().get(self.name or "", {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*self.operations, *sorted(name for name in self.jobs() if name not in self.operations)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.operations:
            if cmd_name not in self._built:
                self._built[cmd_name] = inherit_session_options(OperationCommand(self.operations[cmd_name]))
            return self._built[cmd_name]
        job = self.jobs().get(cmd_name)
        return None if job is None else inherit_session_options(job)


def usage_of(command: click.Command) -> str:
    """``NAME ARG --option VALUE`` with the arguments and required options (and --data where the
    body must be given whole), as the README's command table shows it."""
    parts = [command.name or ""]
    for param in command.params:
        if isinstance(param, click.Argument):
            parts.append(param.human_readable_name)
        elif isinstance(param, click.Option) and param.required:
            few = isinstance(param.type, click.Choice) and len(param.type.choices) <= 3
            value = "|".join(map(str, param.type.choices)) if few else None  # type: ignore[attr-defined]
            parts.append(f"{param.opts[0]} {value or param.opts[0].lstrip('-').replace('-', '_').upper()}")
    if isinstance(command, OperationCommand):
        body = command.operation["body"]
        if body is not None and body["required"] and not body["fields"] and command.takes_data():
            parts.append("--data JSON")
    return " ".join(parts)


def command_table(root: click.Group) -> str:
    """The README's table of commands: every operation's, then the jobs, from the spec's table."""
    context = click.Context(root, info_name="kore-campaigns")
    lines = ["| command | operation | what it does |", "|---|---|---|"]
    for group_name in root.list_commands(context):
        group = root.get_command(context, group_name)
        if not isinstance(group, click.Group):
            continue
        for name in group.list_commands(context):
            command = group.get_command(context, name)
            if command is None:
                continue
            operation = f"`{command.operation['operationId']}`" if isinstance(command, OperationCommand) else "(job)"
            summary = (command.short_help or command.get_short_help_str(200)).replace("|", "\\|")
            usage = f"{group_name} {usage_of(command)}".replace("|", "\\|")
            lines.append(f"| `{usage}` | {operation} | {summary} |")
    return "\n".join(lines) + "\n"
