"""Front matter: the YAML header of a Markdown article, and its display fields as blocks."""

from __future__ import annotations

import re
from typing import Any

from newslint.model import Block
from newslint.yamlutil import ConfigError, check_expansion

HEADLINE_KEYS = ("title", "headline", "hed")
DEK_KEYS = ("dek", "subtitle", "subheadline", "standfirst")
# SEO fields: checked as prose, but they often copy the lede on purpose, so they are not deks.
SUMMARY_KEYS = ("description", "summary", "excerpt")
FRONT_MATTER = re.compile(
    r"\A---[ \t]*(\r\n|\r|\n)(.*?)(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|\Z)", re.S
)
_FM_FIELD = re.compile(
    r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>[^\r\n]*?)[ \t]*\r?$", re.M
)


def parse(
    source: str, start: int, end: int
) -> tuple[dict[str, Any], list[Block], tuple[int, str] | None]:
    """The front matter between ``start`` and ``end``: its data, its headline, dek and summary
    fields as blocks, and a problem (offset, message) if it is not a YAML mapping."""
    import yaml  # only articles with front matter pay for the YAML parser

    raw = source[start:end]
    problem = None
    data: dict[str, Any] = {}
    try:
        loaded = yaml.safe_load(raw)
        check_expansion(loaded, "front matter")
        if isinstance(loaded, dict):
            data = loaded
        elif loaded is not None:
            problem = (start, "front matter is not a mapping of keys to values")
    except ConfigError as exc:
        problem = (start, f"front matter: {exc.message}")
    except RecursionError:
        problem = (start, "front matter is not valid YAML: nested too deeply")
    except ValueError as exc:  # "date: 2025-02-30", an integer over Python's 4,300 digits
        problem = (start, f"front matter has a value Python cannot hold: {str(exc)[:200]}")
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = start
        if mark is not None:
            at = start + _offset_of_line_col(raw, mark.line, mark.column)
        problem = (at, f"front matter is not valid YAML: {getattr(exc, 'problem', exc)}")
    blocks: list[Block] = []
    for fm in _FM_FIELD.finditer(raw):
        key = fm.group("key").lower()
        role = (
            "headline"
            if key in HEADLINE_KEYS
            else "dek"
            if key in DEK_KEYS
            else "summary"
            if key in SUMMARY_KEYS
            else None
        )
        if role is None:
            continue
        vs, ve = fm.span("value")
        value = raw[vs:ve]
        if len(value) >= 2 and value[0] in "\"'" and value[-1] == value[0]:
            vs, ve = vs + 1, ve - 1
        elif value[:1] in ("|", ">", "[", "{", "") or value.startswith(("&", "*", "!")):
            continue
        if ve > vs and not (role == "headline" and any(b.kind == "headline" for b in blocks)):
            blocks.append(Block(role, "field", start + vs, start + ve))
    return data, blocks, problem


def _offset_of_line_col(raw: str, line: int, col: int) -> int:
    lines = raw.splitlines(keepends=True)
    return sum(len(x) for x in lines[:line]) + col
