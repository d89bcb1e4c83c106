"""Findings and input errors as plain JSON-ready data and back, for the results cache: reading
back checks every field, and anything unexpected raises ``TypeError`` or ``ValueError``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newslint.findings import Edit, Finding, InputError, Related, Severity

if TYPE_CHECKING:
    from newslint.linter import Outcome


def plain(f: Finding) -> list[Any]:
    """``f`` as a JSON-ready list."""
    fix = [f.fix.start, f.fix.end, f.fix.text] if f.fix is not None else None
    related = [[r.line, r.column, r.end_line, r.end_column, r.message] for r in f.related]
    return [
        f.path,
        f.rule,
        f.check,
        int(f.severity),
        f.message,
        [f.line, f.column, f.end_line, f.end_column, f.start, f.end],
        f.match,
        list(f.suggestions),
        related,
        fix,
        f.fix_safe,
        dict(f.data),
    ]


def errors(o: Outcome) -> list[list[Any]]:
    """The input errors of ``o`` as JSON-ready lists."""
    return [[e.path, e.message, e.line, e.column, e.fatal] for e in o.errors]


def text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("not a string")
    return value


def integer(value: Any) -> int:
    if type(value) is not int:
        raise TypeError("not an integer")
    return value


def boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError("not a boolean")
    return value


def finding(raw: Any) -> Finding:
    """The finding :func:`plain` wrote as ``raw``."""
    path, rule, check, severity, message, span, match, suggestions, related, fix, safe, data = raw
    line, column, end_line, end_column, start, end = map(integer, span)
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        raise TypeError("data is not an object")
    return Finding(
        text(path),
        text(rule),
        text(check),
        Severity(integer(severity)),
        text(message),
        line,
        column,
        end_line,
        end_column,
        text(match),
        start,
        end,
        tuple(map(text, suggestions)),
        tuple(
            Related(integer(a), integer(b), integer(c), integer(d), text(m))
            for a, b, c, d, m in related
        ),
        None if fix is None else Edit(integer(fix[0]), integer(fix[1]), text(fix[2])),
        boolean(safe),
        data,
    )


def input_error(raw: Any) -> InputError:
    """The input error :func:`errors` wrote as ``raw``."""
    path, message, line, column, fatal = raw
    return InputError(
        text(path),
        text(message),
        None if line is None else integer(line),
        None if column is None else integer(column),
        boolean(fatal),
    )
