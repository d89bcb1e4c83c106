"""``--format json``: the versioned contract for editors and scripts.

Version 1. Fields may be added; none is ever renamed or removed. The JSON Schema is shipped as
``newslint/schema/output-v1.json`` and printed by ``newslint schema``.
"""

from __future__ import annotations

import json
from typing import Any

from newslint.findings import Finding, Report, Severity

VERSION = 1


def diagnostic(f: Finding) -> dict[str, Any]:
    """One finding as a JSON object."""
    out: dict[str, Any] = {
        "rule": f.rule,
        "check": f.check,
        "severity": f.severity.label,
        "message": f.message,
        "line": f.line,
        "column": f.column,
        "end_line": f.end_line,
        "end_column": f.end_column,
        "match": f.match,
        "suggestions": list(f.suggestions),
        "related": _related(f),
        "fix": _fix(f),
    }
    if f.data:
        out["data"] = dict(f.data)
    return out


def _related(f: Finding) -> list[dict[str, Any]]:
    return [
        {
            "line": r.line,
            "column": r.column,
            "end_line": r.end_line,
            "end_column": r.end_column,
            "message": r.message,
        }
        for r in f.related
    ]


def _fix(f: Finding) -> dict[str, Any] | None:
    if f.fix is None:
        return None
    return {"start": f.fix.start, "end": f.fix.end, "text": f.fix.text, "safe": f.fix_safe}


def to_dict(report: Report) -> dict[str, Any]:
    """The whole report as a JSON-ready dict."""
    return {
        "version": VERSION,
        "files": [
            {"path": fr.path, "diagnostics": [diagnostic(f) for f in fr.findings]}
            for fr in report.files
        ],
        **_rest(report),
    }


def _rest(report: Report) -> dict[str, Any]:
    """The report's keys after "files"."""
    return {
        "errors": [
            {
                k: v
                for k, v in (
                    ("path", e.path),
                    ("message", e.message),
                    ("line", e.line),
                    ("column", e.column),
                )
                if v is not None
            }
            | {"fatal": e.fatal}
            for e in report.errors
        ],
        "summary": {
            "files": len(report.files),
            "error": report.count(Severity.ERROR),
            "warning": report.count(Severity.WARNING),
            "info": report.count(Severity.INFO),
        },
    }


def format_report(report: Report, ctx: object) -> str:
    """Render ``report`` as indented JSON (UTF-8, non-ASCII kept): ``dumps(to_dict(report))``.

    Findings are most of a report; each is written from one template, without building its
    dict (0.065 s -> 0.040 s for the BBC set's 3,200 findings, after every worker has
    finished; most of what is left is the C string escaper).
    ``tests/test_fast_paths.py`` pins the text to ``json.dumps`` of :func:`to_dict`.
    """
    del ctx
    parts = ['{\n  "version": ', int.__repr__(VERSION), ',\n  "files": ']
    if not report.files:
        parts.append("[]")
    sep = "[\n    "
    for fr in report.files:
        parts.append(f'{sep}{{\n      "path": {_STR(fr.path)},\n      "diagnostics": ')
        sep = ",\n    "
        if not fr.findings:
            parts.append("[]")
        else:
            item = "[\n        "
            for f in fr.findings:
                parts.append(item)
                item = ",\n        "
                _write_diagnostic(f, "\n        ", parts)
            parts.append("\n      ]")
        parts.append("\n    }")
    if report.files:
        parts.append("\n  ]")
    for key, value in _rest(report).items():
        parts.append(f',\n  "{key}": ')
        _encode(value, "\n  ", parts)
    parts.append("\n}")
    return "".join(parts)


def _write_diagnostic(f: Finding, newline: str, parts: list[str]) -> None:
    """Append ``diagnostic(f)`` as :func:`_encode` writes it at the level of ``newline``."""
    i = newline + "  "
    parts.append(
        f'{{{i}"rule": {_STR(f.rule)},{i}"check": {_STR(f.check)},'
        f'{i}"severity": {_STR(f.severity.label)},{i}"message": {_STR(f.message)},'
        f'{i}"line": {int.__repr__(f.line)},{i}"column": {int.__repr__(f.column)},'
        f'{i}"end_line": {int.__repr__(f.end_line)},'
        f'{i}"end_column": {int.__repr__(f.end_column)},'
        f'{i}"match": {_STR(f.match)},{i}"suggestions": '
    )
    if f.suggestions:
        _encode(list(f.suggestions), i, parts)
    else:
        parts.append("[]")
    parts.append(f',{i}"related": ')
    if f.related:
        _encode(_related(f), i, parts)
    else:
        parts.append("[]")
    parts.append(f',{i}"fix": ')
    if f.fix is not None:
        _encode(_fix(f), i, parts)
    else:
        parts.append("null")
    if f.data:
        parts.append(f',{i}"data": ')
        _encode(dict(f.data), i, parts)
    parts.append(newline + "}")


def dumps(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)``, about 40% faster.

    With ``indent`` set, the standard library encodes in pure Python, one generator per list
    and object; on a 2,000-article run that was ~0.15 s after every worker had finished.
    This writes the same text (strings through the same C escaper, numbers as ``json`` writes
    them); ``tests/test_fast_paths.py`` pins it to ``json.dumps`` on arbitrary values.
    """
    parts: list[str] = []
    _encode(value, "\n", parts)
    return "".join(parts)


_STR = json.encoder.encode_basestring  # the C escaper when available


def _float(f: float) -> str:
    if f != f:
        return "NaN"
    if f in (float("inf"), float("-inf")):
        return "Infinity" if f > 0 else "-Infinity"
    return float.__repr__(f)


def _key(k: Any) -> str:
    """A non-string key as ``json`` writes it (then quoted)."""
    if k is True or k is False or k is None:
        return {True: "true", False: "false", None: "null"}[k]
    if isinstance(k, int):
        return int.__repr__(k)
    if isinstance(k, float):
        return _float(k)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")


def _encode(o: Any, newline: str, parts: list[str]) -> None:
    """Append ``o`` at the nesting level whose line breaks and indent are ``newline``."""
    if isinstance(o, str):
        parts.append(_STR(o))
    elif o is None:
        parts.append("null")
    elif o is True:
        parts.append("true")
    elif o is False:
        parts.append("false")
    elif isinstance(o, int):
        parts.append(int.__repr__(o))
    elif isinstance(o, float):
        parts.append(_float(o))
    elif isinstance(o, (list, tuple)):
        if not o:
            parts.append("[]")
            return
        inner = newline + "  "
        sep = "[" + inner
        for v in o:
            parts.append(sep)
            sep = "," + inner
            _encode(v, inner, parts)
        parts.append(newline + "]")
    elif isinstance(o, dict):
        if not o:
            parts.append("{}")
            return
        inner = newline + "  "
        sep = "{" + inner
        for k, v in o.items():
            parts.append(sep + _STR(k if isinstance(k, str) else _key(k)) + ": ")
            sep = "," + inner
            _encode(v, inner, parts)
        parts.append(newline + "}")
    else:
        raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
