"""reviewdog's Diagnostic Format: ``rdjson`` (one DiagnosticResult) and ``rdjsonl`` (lines).

Field names follow reviewdog's ``proto/rdf/reviewdog.proto``. Its columns count UTF-8 bytes,
so code-point columns are converted using the source text when the context has it.
"""

from __future__ import annotations

import json
from typing import Any

from newslint.findings import Finding, InputError, Report, Severity
from newslint.formatters import OutputContext

SOURCE = {"name": "newslint", "url": "https://github.com/newslint/newslint"}

_SEVERITY = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "INFO"}


def byte_column(source: str | None, offset: int, column: int) -> int:
    """Convert a 1-based code-point ``column`` at ``offset`` into a 1-based UTF-8 byte column.

    Falls back to ``column`` when the source is unknown or disagrees with the position.
    """
    if source is None or not 0 <= offset <= len(source):
        return column
    line_start = max(source.rfind("\n", 0, offset), source.rfind("\r", 0, offset)) + 1
    prefix = source[line_start:offset]
    if len(prefix) + 1 != column:
        return column
    return len(prefix.encode("utf-8", "surrogatepass")) + 1


def _range(finding: Finding, source: str | None) -> dict[str, Any]:
    return {
        "start": {
            "line": finding.line,
            "column": byte_column(source, finding.start, finding.column),
        },
        "end": {
            "line": finding.end_line,
            "column": byte_column(source, finding.end, finding.end_column),
        },
    }


def _diagnostic(finding: Finding, source: str | None) -> dict[str, Any]:
    span = _range(finding, source)
    diagnostic: dict[str, Any] = {
        "message": finding.message,
        "location": {"path": finding.path, "range": span},
        "severity": _SEVERITY[finding.severity],
        "source": SOURCE,
        "code": {"value": finding.rule},
    }
    if finding.suggestions:
        diagnostic["suggestions"] = [{"range": span, "text": s} for s in finding.suggestions]
    return diagnostic


def _error_diagnostic(error: InputError) -> dict[str, Any]:
    location: dict[str, Any] = {"path": error.path}
    if error.line is not None:
        start = {"line": error.line}
        if error.column is not None:
            start["column"] = error.column
        location["range"] = {"start": start}
    return {
        "message": error.message,
        "location": location,
        "severity": "ERROR" if error.fatal else "WARNING",
        "source": SOURCE,
        "code": {"value": "input-error"},
    }


def diagnostics(report: Report, ctx: OutputContext) -> list[dict[str, Any]]:
    """Return one reviewdog Diagnostic per input error and finding."""
    out = [_error_diagnostic(e) for e in report.errors]
    for result in report.files:
        source = ctx.sources.get(result.path)
        out += [_diagnostic(f, source) for f in result.findings]
    return out


def format_rdjson(report: Report, ctx: OutputContext) -> str:
    """Render ``report`` as one reviewdog DiagnosticResult JSON object."""
    doc: dict[str, Any] = {"source": SOURCE}
    worst = report.worst()
    if report.errors and any(e.fatal for e in report.errors):
        worst = Severity.ERROR
    if worst is not None:
        doc["severity"] = _SEVERITY[worst]
    doc["diagnostics"] = diagnostics(report, ctx)
    return json.dumps(doc, indent=2, ensure_ascii=False)


def format_rdjsonl(report: Report, ctx: OutputContext) -> str:
    """Render ``report`` as reviewdog JSON Lines: one Diagnostic object per line."""
    return "\n".join(json.dumps(d, ensure_ascii=False) for d in diagnostics(report, ctx))
