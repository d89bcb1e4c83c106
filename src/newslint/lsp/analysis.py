"""Findings to LSP diagnostics and code actions; no I/O, no server state.

The server and ``bench/lsp_bench.py`` both call :func:`analyse`. Positions go out in the
encoding the client and server agreed on (UTF-16 unless the client offered another one).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lsprotocol import types as lsp

from newslint import document
from newslint.findings import Edit, Finding, InputError, Severity
from newslint.linter import Linter
from newslint.positions import LineIndex
from newslint.rules import default_rules_dir

SOURCE = "newslint"
DOCS_URL = "https://github.com/newslint/newslint/blob/main/docs/rules/{rule}.md"
BOM = "\ufeff"
_BREAK = re.compile(r"\r\n|\r|\n")
_SEVERITY = {
    Severity.ERROR: lsp.DiagnosticSeverity.Error,
    Severity.WARNING: lsp.DiagnosticSeverity.Warning,
    Severity.INFO: lsp.DiagnosticSeverity.Information,
}


class Positions:
    """Code-point offsets of one text to LSP positions in the negotiated encoding."""

    def __init__(self, text: str, encoding: str = lsp.PositionEncodingKind.Utf16) -> None:
        self.text = text
        self.index = LineIndex(text)
        self.encoding = encoding

    def position(self, offset: int) -> lsp.Position:
        """The LSP position of ``offset``."""
        if self.encoding == lsp.PositionEncodingKind.Utf16:
            line, char = self.index.utf16_position(offset)
            return lsp.Position(line, char)
        line, col = self.index.position(offset)
        if self.encoding == lsp.PositionEncodingKind.Utf8:
            start = self.index.line_start(line)
            col = len(self.text[start : start + col - 1].encode("utf-8")) + 1
        return lsp.Position(line - 1, col - 1)

    def range(self, start: int, end: int) -> lsp.Range:
        """The LSP range of ``[start, end)``."""
        return lsp.Range(self.position(start), self.position(end))


@dataclass(frozen=True, slots=True)
class Analysis:
    """One lint of one document version, kept for code actions."""

    uri: str
    version: int | None
    text: str
    findings: tuple[Finding, ...]
    diagnostics: tuple[lsp.Diagnostic, ...]
    positions: Positions
    shift: int
    notices: tuple[InputError, ...] = ()
    path: str = ""


def analyse(
    linter: Linter,
    text: str,
    path: str,
    uri: str,
    version: int | None = None,
    encoding: str = lsp.PositionEncodingKind.Utf16,
) -> Analysis:
    """Lint ``text`` (an editor buffer for ``path``) and build its diagnostics.

    A leading BOM is not part of the article but is part of the buffer, so offsets are
    shifted back by one when converting.
    """
    shift = 1 if text.startswith(BOM) else 0
    doc = document.parse(text[shift:], path, had_bom=bool(shift))
    findings, errors = linter.lint(doc)
    pos = Positions(text, encoding)

    def offset(line: int, column: int) -> int:
        """A 1-based (line, column) of the article to an offset into the buffer."""
        return doc.lines.line_start(line) + column - 1 + shift

    documented = {r.id for r in linter.config.rules.values() if r.source and _documented(r.source)}
    diags = [_diagnostic(f, pos, uri, offset, f.rule in documented) for f in findings]
    # Input problems with a position (bad front matter) are shown too; others are logged.
    notices: list[InputError] = []
    for err in errors:
        if err.line is None:
            notices.append(err)
            continue
        at = offset(err.line, err.column or 1)
        diags.append(
            lsp.Diagnostic(
                range=pos.range(at, at),
                message=err.message,
                severity=lsp.DiagnosticSeverity.Error
                if err.fatal
                else lsp.DiagnosticSeverity.Warning,
                source=SOURCE,
            )
        )
    return Analysis(
        uri, version, text, tuple(findings), tuple(diags), pos, shift, tuple(notices), path
    )


@lru_cache(maxsize=1024)
def _documented(source: str) -> bool:
    """Whether a rule file is in the default pack (so it has a page at DOCS_URL)."""
    try:
        return Path(source).resolve().is_relative_to(_default_rules())
    except (OSError, ValueError):
        return False


@lru_cache(maxsize=1)
def _default_rules() -> Path:
    return default_rules_dir().resolve()


def _diagnostic(
    f: Finding, pos: Positions, uri: str, offset: Callable[[int, int], int], documented: bool
) -> lsp.Diagnostic:
    shift = offset(1, 1)  # 1 when the buffer starts with a BOM
    related = [
        lsp.DiagnosticRelatedInformation(
            location=lsp.Location(
                uri,
                pos.range(offset(r.line, r.column), offset(r.end_line, r.end_column)),
            ),
            message=r.message,
        )
        for r in f.related
    ]
    return lsp.Diagnostic(
        range=pos.range(f.start + shift, f.end + shift),
        message=f.message,
        severity=_SEVERITY[f.severity],
        code=f.rule,
        code_description=lsp.CodeDescription(href=DOCS_URL.format(rule=f.rule))
        if documented
        else None,
        source=SOURCE,
        related_information=related or None,
    )


def _overlaps(a: lsp.Range, b: lsp.Range) -> bool:
    a0, a1 = (a.start.line, a.start.character), (a.end.line, a.end.character)
    b0, b1 = (b.start.line, b.start.character), (b.end.line, b.end.character)
    return a0 <= b1 and b0 <= a1


def code_actions(analysis: Analysis, wanted: lsp.Range) -> list[lsp.CodeAction]:
    """Quick fixes for the findings that touch ``wanted``: suggestions, the check's fix, and
    a suppression comment above the finding's line. Two findings offering the same edit (a
    house rule and the grammar checker, say) share one action."""
    actions: list[lsp.CodeAction] = []
    fixes: dict[tuple[int, int, str], lsp.CodeAction] = {}
    for f, diag in zip(analysis.findings, analysis.diagnostics, strict=False):
        if not _overlaps(diag.range, wanted):
            continue
        edits = [Edit(f.start, f.end, s) for s in f.suggestions]
        if f.fix is not None:
            edits = [f.fix, *edits] if f.fix_safe else [*edits, f.fix]
        for n, edit in enumerate(edits):
            key = (edit.start, edit.end, edit.text)
            if key in fixes:
                if diag not in (fixes[key].diagnostics or []):
                    fixes[key].diagnostics = [*(fixes[key].diagnostics or []), diag]
                continue
            preferred = n == 0 and (f.fix_safe or len(edits) == 1)
            fixes[key] = _action(analysis, diag, _title(analysis, edit), [edit], preferred)
            actions.append(fixes[key])
        actions.append(_disable_action(analysis, f, diag))
    return actions


def _title(analysis: Analysis, edit: Edit) -> str:
    if edit.text:
        return f"Replace with “{edit.text}”"
    old = " ".join(analysis.text[edit.start + analysis.shift : edit.end + analysis.shift].split())
    if len(old) > 40:
        old = old[:39] + "…"
    return f"Delete “{old}”"


def _action(
    analysis: Analysis, diag: lsp.Diagnostic, title: str, edits: list[Edit], preferred: bool
) -> lsp.CodeAction:
    pos, shift = analysis.positions, analysis.shift
    text_edits = [lsp.TextEdit(pos.range(e.start + shift, e.end + shift), e.text) for e in edits]
    return lsp.CodeAction(
        title=title,
        kind=lsp.CodeActionKind.QuickFix,
        diagnostics=[diag],
        is_preferred=preferred or None,
        edit=lsp.WorkspaceEdit(changes={analysis.uri: text_edits}),
    )


def _disable_action(analysis: Analysis, f: Finding, diag: lsp.Diagnostic) -> lsp.CodeAction:
    """Insert ``<!-- newslint-disable-next-line RULE -->`` above the finding's line."""
    index = analysis.positions.index
    line, _ = index.position(f.start + analysis.shift)
    text = index.line_text(line)
    indent = text[: len(text) - len(text.lstrip(" \t"))]
    comment = f"{indent}<!-- newslint-disable-next-line {f.rule} -->{_newline(analysis.text)}"
    at = index.line_start(line)
    insert = Edit(at - analysis.shift, at - analysis.shift, comment)
    return _action(analysis, diag, f"Disable {f.rule} on this line", [insert], False)


def _newline(text: str) -> str:
    m = _BREAK.search(text)
    return m.group() if m else "\n"
