"""What the editor shows when a configuration does not load: one message, and diagnostics.

Each document under a broken configuration gets a diagnostic at its first line that names the
file at fault and its line, linked (related information) to that line; the faulty file itself,
when it is open, gets the message on the line at fault. Nothing here talks to the client.
"""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types as lsp

from newslint.lsp.analysis import SOURCE
from newslint.lsp.linters import ConfigProblem

CODE = "config"


def _consequence(kept: bool) -> str:
    if kept:
        return "newslint keeps using the last configuration that loaded until it is fixed"
    return "newslint shows no findings until it is fixed"


def message(problem: ConfigProblem, kept: bool) -> str:
    """The one-time notice (``window/showMessage``)."""
    where = f" in {problem.where}" if problem.where else ""
    return f"newslint configuration error{where}: {problem.message}. {_consequence(kept)}."


def _start_of(line: int | None) -> lsp.Range:
    at = lsp.Position(max(0, (line or 1) - 1), 0)
    return lsp.Range(at, at)


def document_diagnostic(problem: ConfigProblem, kept: bool) -> lsp.Diagnostic:
    """The diagnostic at line 1 of a document that the broken configuration governs."""
    related = None
    if problem.path is not None:
        location = lsp.Location(Path(problem.path).as_uri(), _start_of(problem.line))
        related = [lsp.DiagnosticRelatedInformation(location, problem.message)]
    return lsp.Diagnostic(
        range=_start_of(1),
        message=message(problem, kept),
        severity=lsp.DiagnosticSeverity.Error,
        code=CODE,
        source=SOURCE,
        related_information=related,
    )


def file_diagnostics(
    problem: ConfigProblem | None, path: Path, line_count: int
) -> list[lsp.Diagnostic]:
    """The problem over its whole line, when ``path`` (an open document of ``line_count``
    lines) is the file at fault; else nothing."""
    if problem is None or problem.path is None or not _same(Path(problem.path), path):
        return []
    line = max(0, min((problem.line or 1) - 1, line_count - 1))
    return [
        lsp.Diagnostic(
            range=lsp.Range(lsp.Position(line, 0), lsp.Position(line + 1, 0)),
            message=problem.message,
            severity=lsp.DiagnosticSeverity.Error,
            code=CODE,
            source=SOURCE,
        )
    ]


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):
        return a == b
