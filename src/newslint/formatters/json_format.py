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
    """Render ``report`` as indented JSON (UTF-8, non-ASCII kept)."""
    del ctx
    return json.dumps(to_dict(report), ensure_ascii=False, indent=2)
