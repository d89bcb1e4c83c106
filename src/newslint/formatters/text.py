"""``--format text``: ``path:line:col: severity rule-id [*] message``, for people.

``[*]`` marks a finding that ``--fix`` repairs (as ruff marks them); a finding with suggested
replacements that its message does not already quote ends with them. On a terminal each
finding also shows its source line with carets under the span, in colour, and the run ends with
a summary line and the number of findings ``--fix`` would repair.
"""

from __future__ import annotations

from collections import Counter

from newslint.findings import Finding, Report, Severity
from newslint.formatters import OutputContext
from newslint.formatters.columns import Columns
from newslint.positions import LineIndex

_COLORS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"
# What an article, a file name or a message could use to drive the terminal (escape
# sequences, a carriage return that hides a line) or to reorder what is shown (bidirectional
# overrides), each replaced by one visible character so the carets stay aligned: C0 controls
# but tab by their Control Pictures symbol (U+2400 + code), DEL by U+2421, C1 controls and
# bidirectional controls by U+FFFD.
_SAFE = {c: 0x2400 + c for c in range(0x20) if c != 0x09}
_SAFE |= {0x7F: 0x2421} | dict.fromkeys(range(0x80, 0xA0), 0xFFFD)
_SAFE |= dict.fromkeys(
    [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)], 0xFFFD
)


def _paint(text: str, code: str, on: bool) -> str:
    return f"{code}{text}{_RESET}" if on else text


def safe(text: str) -> str:
    """``text`` with every character that could control a terminal made visible."""
    return text.translate(_SAFE)


FIXABLE = "[*]"
MAX_SUGGESTIONS = 3


def fixable(f: Finding) -> bool:
    """Whether ``--fix`` applies this finding's edit (its rule says ``fix: safe``)."""
    return f.fix_safe and f.fix is not None


def suggestion_note(f: Finding) -> str:
    """`` (suggestion: "x")`` for the replacements the message does not already quote."""
    if not f.suggestions or f'"{f.suggestions[0]}"' in f.message:
        return ""
    shown = ", ".join(f'"{s}"' for s in f.suggestions[:MAX_SUGGESTIONS])
    return f" (suggestion{'s' * (len(f.suggestions) > 1)}: {shown})"


def finding_line(f: Finding, color: bool = False, column: int | None = None) -> str:
    """The one-line form of a finding (at ``column`` when given, in another unit)."""
    where = _paint(f"{safe(f.path)}:{f.line}:{column or f.column}:", _BOLD, color)
    sev = _paint(f.severity.label, _COLORS[f.severity], color)
    rule = _paint(safe(f.rule), _DIM, color)
    mark = f"{FIXABLE} " if fixable(f) else ""
    return f"{where} {sev} {rule} {mark}{safe(f.message + suggestion_note(f))}"


def _excerpt(f: Finding, index: LineIndex, color: bool) -> list[str]:
    text = safe(index.line_text(f.line).expandtabs(1))
    width = (f.end_column if f.end_line == f.line else len(text) + 1) - f.column
    shown = text if len(text) <= 160 else text[max(0, f.column - 60) : f.column + 100]
    shift = 0 if len(text) <= 160 else max(0, f.column - 60)
    caret = " " * (f.column - 1 - shift) + "^" * max(1, min(width, 100))
    return [f"    {shown}", "    " + _paint(caret, _COLORS[f.severity], color)]


def summary(report: Report) -> str:
    """``N errors, M warnings, K infos in F files`` (plus input problems)."""
    n = {s: report.count(s) for s in Severity}
    parts = [
        f"{n[Severity.ERROR]} error{'s' * (n[Severity.ERROR] != 1)}",
        f"{n[Severity.WARNING]} warning{'s' * (n[Severity.WARNING] != 1)}",
    ]
    if n[Severity.INFO]:
        parts.append(f"{n[Severity.INFO]} info")
    files = len(report.files)
    line = f"{', '.join(parts)} in {files} file{'s' * (files != 1)}"
    fatal = sum(1 for e in report.errors if e.fatal)
    if fatal:
        line += f"; {fatal} input error{'s' * (fatal != 1)}"
    return line


def format_report(report: Report, ctx: OutputContext) -> str:
    """Render the report for a person."""
    out: list[str] = []
    for fr in report.files:
        index = (
            LineIndex(ctx.sources[fr.path]) if ctx.show_source and fr.path in ctx.sources else None
        )
        columns = Columns(ctx.sources.get(fr.path), ctx.column_unit)
        for f in fr.findings:
            out.append(finding_line(f, ctx.color, columns(f.line, f.column)))
            if index is not None:
                out.extend(_excerpt(f, index, ctx.color))
    if ctx.statistics:
        counts = Counter((f.rule, f.severity.label) for fr in report.files for f in fr.findings)
        if out:
            out.append("")
        for (rule, sev), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"{n:6d}  {rule} ({sev})")
    if not ctx.quiet:
        if out:
            out.append("")
        out.append(_paint(summary(report), _BOLD, ctx.color))
        n = sum(1 for fr in report.files for f in fr.findings if fixable(f))
        if n:
            out.append(f"{FIXABLE} {n} fixable with --fix (preview: --fix --diff)")
    return "\n".join(out)
