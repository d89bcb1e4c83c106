"""Validate ``--format json`` output against the shipped JSON Schema.

Import from any test module (pytest puts ``tests/`` on ``sys.path``)::

    from schema_helper import assert_valid_json_output
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from jsonschema import Draft202012Validator


@cache
def schema() -> dict[str, Any]:
    """The version-1 output schema, as shipped in the package."""
    text = (files("newslint") / "schema" / "output-v1.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def validator() -> Draft202012Validator:
    """A validator for the schema (checked once)."""
    Draft202012Validator.check_schema(schema())
    return Draft202012Validator(schema())


def assert_valid_json_output(text: str) -> dict[str, Any]:
    """Parse ``text`` as newslint JSON output, fail with every schema error, return the data."""
    data = json.loads(text)
    errors = sorted(validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in errors
    )
    assert isinstance(data, dict)
    return data
