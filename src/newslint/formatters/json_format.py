"""``--format json``: the versioned contract for editors and scripts.

Version 1. Fields may be added; none is ever renamed or removed. The JSON Schema is shipped as
``newslint/schema/output-v1.json`` and printed by ``newslint schema``.
"""

from __future__ import annotations

import json
from typing import Any

from newslint.findings import Finding, InputError, Report, Severity
from newslint.formatters import OutputContext
from newslint.formatters.columns import CHARACTER, Columns

VERSION = 1


def diagnostic(f: Finding, columns: Columns | None = None) -> dict[str, Any]:
    """One finding as a JSON object (its columns converted by ``columns``, when given)."""
    col = columns or Columns(None)
    out: dict[str, Any] = {
        "rule": f.rule,
        "check": f.check,
        "severity": f.severity.label,
        "message": f.message,
        "line": f.line,
        "column": col(f.line, f.column),
        "end_line": f.end_line,
        "end_column": col(f.end_line, f.end_column),
        "match": f.match,
        "suggestions": list(f.suggestions),
        "related": _related(f, col),
        "fix": _fix(f),
    }
    if f.data:
        out["data"] = dict(f.data)
    return out


def _related(f: Finding, col: Columns) -> list[dict[str, Any]]:
    return [
        {
            "line": r.line,
            "column": col(r.line, r.column),
            "end_line": r.end_line,
            "end_column": col(r.end_line, r.end_column),
            "message": r.message,
        }
        for r in f.related
    ]


def _fix(f: Finding) -> dict[str, Any] | None:
    if f.fix is None:
        return None
    return {"start": f.fix.start, "end": f.fix.end, "text": f.fix.text, "safe": f.fix_safe}


def to_dict(report: Report, ctx: OutputContext | None = None) -> dict[str, Any]:
    """The whole report as a JSON-ready dict; ``ctx`` gives the column unit and sources."""
    unit = ctx.column_unit if ctx else CHARACTER
    sources = ctx.sources if ctx else {}
    files = []
    for fr in report.files:
        columns = Columns(sources.get(fr.path), unit)
        diagnostics = [diagnostic(f, columns) for f in fr.findings]
        files.append({"path": fr.path, "diagnostics": diagnostics})
    return {
        "version": VERSION,
        "column_unit": unit,
        "files": files,
        "errors": [_error(e, Columns(sources.get(e.path), unit)) for e in report.errors],
        "summary": {
            "files": len(report.files),
            "error": report.count(Severity.ERROR),
            "warning": report.count(Severity.WARNING),
            "info": report.count(Severity.INFO),
        },
    }


def _error(e: InputError, col: Columns) -> dict[str, Any]:
    out: dict[str, Any] = {"path": e.path, "message": e.message}
    if e.line is not None:
        out["line"] = e.line
    if e.column is not None:
        out["column"] = col(e.line, e.column) if e.line is not None else e.column
    return out | {"fatal": e.fatal}


def format_report(report: Report, ctx: OutputContext) -> str:
    """Render ``report`` as indented JSON (UTF-8, non-ASCII kept)."""
    return json.dumps(to_dict(report, ctx), ensure_ascii=False, indent=2)
