"""JSON Schema validation of content data, turned into located, readable problems."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import jsonschema_rs

from principles.content.model import SourceRef
from principles.content.problems import Problem, did_you_mean, error
from principles.content.source import LineMap, value_kind

if TYPE_CHECKING:
    import jsonschema
    from jsonschema.exceptions import ValidationError


@cache
def load_schema(name: str) -> dict[str, Any]:
    """A schema shipped in `principles/schemas/`, e.g. `principle` or `roles`."""
    text = resources.files("principles").joinpath(f"schemas/{name}.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def _validator(name: str) -> jsonschema.protocols.Validator:
    # Imported here: jsonschema is only needed to explain an invalid document, and its import
    # costs a tenth of a second on every run of `principles check`.
    import jsonschema

    schema = load_schema(name)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    # Local references resolved once here rather than for every item of every file.
    validator: jsonschema.protocols.Validator = cls(_inline_refs(schema, schema))
    return validator


def _inline_refs(node: Any, root: dict[str, Any]) -> Any:
    """`node` with every `{"$ref": "#/$defs/x"}` replaced by that definition (ours do not
    recurse)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/") and len(node) == 1:
            return _inline_refs(root["$defs"][ref.removeprefix("#/$defs/")], root)
        return {key: _inline_refs(value, root) for key, value in node.items()}
    if isinstance(node, list):
        return [_inline_refs(item, root) for item in node]
    return node


@cache
def _quick_check(name: str) -> Any:
    # jsonschema-rs answers "valid?" tens of times faster; it decides nothing on its own: an
    # invalid document is explained, field by field, by jsonschema below.
    return jsonschema_rs.validator_for(load_schema(name))


def validate(
    data: Any,
    schema_name: str,
    rel: str,
    lines: LineMap,
    invalid_fields: set[str] | None = None,
) -> list[Problem]:
    """One problem per invalid field, each at the line of that field (an unknown field at its
    own line). The top-level fields that are wrong or missing are added to `invalid_fields`."""
    try:
        if _quick_check(schema_name).is_valid(data):
            return []
    except ValueError:
        pass  # A key that is not text (`? x`, `1: y`): jsonschema below names it.
    problems = []
    for err in _leaf_errors(_validator(schema_name).iter_errors(data)):
        path = list(err.absolute_path)
        for extra in _unknown_fields(err):
            problems.append(_unknown_field(err, extra, rel, lines.line([*path, extra])))
            if invalid_fields is not None and not path:
                invalid_fields.add(extra)
        if err.validator == "additionalProperties" and _known_fields(err):
            continue
        code, values = _describe(err)
        problems.append(error(SourceRef(rel, lines.line(path)), code, **values))
        if invalid_fields is not None:
            invalid_fields.add(str(path[0]) if path else _missing_field(err))
    return problems


def _known_fields(err: ValidationError) -> dict[str, Any] | None:
    """The fields a mapping may have, when `err` is about fields it may not."""
    schema = err.schema
    if err.validator == "additionalProperties" and isinstance(schema, dict):
        known = schema.get("properties")
        if isinstance(known, dict):
            return known
    return None


def _unknown_fields(err: ValidationError) -> list[str]:
    known = _known_fields(err)
    if known is None or not isinstance(err.instance, dict):
        return []
    return sorted(str(name) for name in set(err.instance) - set(known))


def _unknown_field(err: ValidationError, name: str, rel: str, line: int) -> Problem:
    hint = did_you_mean(name, _known_fields(err) or {})
    return error(SourceRef(rel, line), "LD201", name=name, suggestion=hint)


def _missing_field(err: ValidationError) -> str:
    return str(err.message).split("'")[1] if err.validator == "required" else ""


def _leaf_errors(errors: Iterable[ValidationError]) -> Iterator[ValidationError]:
    for err in sorted(errors, key=lambda e: list(map(str, e.absolute_path))):
        if err.validator in ("anyOf", "oneOf") and err.context:
            # Report what is wrong in the form the editor chose, not "no form matched".
            yield from _leaf_errors(_chosen_branch(err.context))
        else:
            yield err


def _chosen_branch(context: list[ValidationError]) -> list[ValidationError]:
    """The errors of the first alternative whose type the value has (mapping or list)."""
    from jsonschema.exceptions import best_match  # See _validator: imported when needed.

    branches: dict[int | str, list[ValidationError]] = {}
    for err in context:
        branches.setdefault(err.relative_schema_path[0], []).append(err)
    for branch in branches.values():
        if not any(err.validator == "type" and not err.relative_path for err in branch):
            return branch
    return [best_match(context)]


def _field_name(err: ValidationError) -> str:
    parts = [str(p) for p in err.absolute_path if not isinstance(p, int)]
    return ".".join(parts) if parts else "front matter"


def _describe(err: ValidationError) -> tuple[str, dict[str, object]]:
    """The message code for `err` and its values."""
    field = _field_name(err)
    leaf = field.rpartition(".")[2]
    value: Any = err.instance
    shown = repr(value)
    match err.validator:
        case "required":
            return "LD202", {"name": _missing_field(err)}
        case "enum":
            options = ", ".join(str(option) for option in _as_list(err.validator_value))
            return "LD203", {"field": field, "value": shown, "options": options}
        case "pattern" if isinstance(value, str) and not value.strip():
            return "LD204", {"field": field}
        case "pattern" if isinstance(value, str) and "<" in value:
            return "LD205", {"field": field, "value": shown}
        case "pattern" if leaf == "url":
            return "LD206", {"value": shown}
        case "pattern" if leaf == "colour":
            return "LD220", {"value": shown}
        case "pattern" if leaf == "added":
            return "LD207", {"field": field, "value": shown}
        case "pattern":
            return "LD208", {"field": field, "value": shown}
        case "type":
            wanted = " or ".join(str(kind) for kind in _as_list(err.validator_value))
            return "LD209", {"field": field, "wanted": wanted, "actual": value_kind(value)}
        case "minItems":
            return "LD210", {"field": field, "minimum": err.validator_value}
        case "minimum":
            return "LD211", {"field": field, "minimum": err.validator_value, "value": shown}
        case "maxLength":
            return "LD212", {"field": field, "length": len(value), "limit": err.validator_value}
        case "minProperties" | "maxProperties":
            return "LD213", {"field": field}
        case _:
            return "LD214", {"field": field, "detail": err.message}


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else [value]
