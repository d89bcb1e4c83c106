"""JSON Schemas (draft 2020-12) of newslint.yaml and of rule files: ``newslint schema --config``
and ``--rules``, for editors (yaml-language-server) to complete and validate them.

Built from the tables the loaders enforce (:mod:`newslint.configkeys`), the check kinds' option
declarations and the default rule pack, never written by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newslint.checks import CHECKS
from newslint.checks.base import CheckKind, Option
from newslint.configkeys import (
    CONFIG_KEYS,
    REQUIRED_RULE_KEYS,
    RULE_KEYS,
    RULE_SETTING_KEYS,
    SEVERITIES,
    VOCABULARY_KEYS,
    Schema,
)
from newslint.model import KINDS

DIALECT = "https://json-schema.org/draft/2020-12/schema"
_STRINGS = {"type": "array", "items": {"type": "string"}}


def _plain(value: Any) -> Any:
    """``value`` as JSON holds it (tuples as lists)."""
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def option_schema(spec: Option) -> Schema:
    """The schema of one check option, as :func:`newslint.rules.check_option` validates it."""
    types: dict[str, Schema] = {
        "bool": {"type": "boolean"},
        "int": {"type": "integer"},
        "float": {"type": "number"},
        "str": {"type": "string"},
        "list": _STRINGS,
        "map": {"type": "object", "additionalProperties": {"type": "string"}},
    }
    out: Schema = {"description": spec.doc, **types.get(spec.kind, {})}
    if spec.choices and spec.kind == "list":
        out["items"] = {"enum": list(spec.choices)}
    elif spec.choices and spec.kind == "map":
        out["propertyNames"] = {"enum": list(spec.choices)}
    elif spec.choices:
        out["enum"] = list(spec.choices)
        if "off" in spec.choices:  # YAML 1.1 reads a bare off as false, taken as "off"
            out = {**out, "type": ["string", "boolean"], "enum": [*spec.choices, False]}
    if spec.minimum is not None:
        out["minimum"] = spec.minimum
    if spec.default is not None:
        out["default"] = _plain(spec.default)
    return out


def options_schema(kind: CheckKind) -> Schema:
    """The ``options`` mapping of a rule of check ``kind``: its options and no others."""
    return {
        "type": "object",
        "description": f"Options of the {kind.name} check.",
        "properties": {key: option_schema(spec) for key, spec in kind.options.items()},
        "additionalProperties": False,
    }


def _setting(options: Schema) -> Schema:
    """One ``rules:`` entry: off, on, a severity, true/false, or a mapping."""
    mapping = {
        "type": "object",
        "properties": {**RULE_SETTING_KEYS, "options": options},
        "additionalProperties": False,
    }
    words = {"enum": ["off", "on", *SEVERITIES]}
    return {"anyOf": [words, {"type": "boolean"}, mapping]}


def config_schema(rules: Mapping[str, CheckKind] | None = None) -> Schema:
    """The schema of newslint.yaml (and ``[tool.newslint]``).

    Args:
        rules: The check kind of each known rule id (default: the default rule pack); other
            ids (house rules) get any options.
    """
    if rules is None:
        from newslint.config import default_config

        rules = {rid: rule.kind for rid, rule in default_config().rules.items()}
    properties: dict[str, Schema] = {key: dict(value) for key, value in CONFIG_KEYS.items()}
    properties["rules"] |= {
        "properties": {rid: _setting(options_schema(kind)) for rid, kind in rules.items()},
        "additionalProperties": _setting(RULE_SETTING_KEYS["options"]),
    }
    properties["vocabulary"] |= {"properties": VOCABULARY_KEYS, "additionalProperties": False}
    return {
        "$schema": DIALECT,
        "title": "newslint configuration (newslint.yaml)",
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
    }


def rules_schema() -> Schema:
    """The schema of a rule file: its keys, its check kind and that kind's options."""
    properties: dict[str, Schema] = {key: dict(value) for key, value in RULE_KEYS.items()}
    properties["check"] |= {"enum": sorted(CHECKS)}
    properties["blocks"] |= {"items": {"enum": list(KINDS)}}
    by_kind = [
        {
            "if": {"properties": {"check": {"const": name}}, "required": ["check"]},
            "then": {
                "properties": {
                    "options": options_schema(kind),
                    "examples": {"properties": {"options": options_schema(kind)}},
                }
            },
        }
        for name, kind in sorted(CHECKS.items())
    ]
    return {
        "$schema": DIALECT,
        "title": "newslint rule file",
        "type": "object",
        "properties": properties,
        "required": list(REQUIRED_RULE_KEYS),
        "additionalProperties": False,
        "allOf": by_kind,
    }
