"""GitHub workflow commands; SARIF, reviewdog and JUnit live beside this module.

The registry in ``newslint.formatters`` names every format and imports its module on use.
"""

from __future__ import annotations

from newslint.findings import Finding, InputError, Report, Severity
from newslint.formatters import OutputContext

GITHUB_LIMIT = 10
"""GitHub shows at most this many annotations of each kind per step."""

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a workflow command's message as GitHub's runner expects."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command property value (adds ``:`` and ``,`` to the data escapes)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(kind: str, props: list[tuple[str, str | int]], message: str) -> str:
    body = ",".join(f"{key}={escape_property(str(value))}" for key, value in props)
    return f"::{kind} {body}::{escape_data(message)}"


def _finding_command(finding: Finding) -> str:
    props: list[tuple[str, str | int]] = [("file", finding.path), ("line", finding.line)]
    if finding.end_line != finding.line:
        props.append(("endLine", finding.end_line))
    else:
        # GitHub honours columns only when the annotation starts and ends on one line.
        props += [("col", finding.column), ("endColumn", finding.end_column)]
    props.append(("title", finding.rule))
    return _command(_COMMAND[finding.severity], props, finding.message)


def _error_command(error: InputError) -> str:
    props: list[tuple[str, str | int]] = [("file", error.path)]
    if error.line is not None:
        props.append(("line", error.line))
        if error.column is not None:
            props.append(("col", error.column))
    props.append(("title", "newslint"))
    return _command("error" if error.fatal else "warning", props, error.message)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def format_github(report: Report, ctx: OutputContext) -> str:
    """Render findings as GitHub Actions workflow commands, then a plain summary line.

    Errors become ``::error``, warnings ``::warning`` and info findings ``::notice``;
    files that could not be checked become ``::error`` (or ``::warning`` if not fatal).
    """
    lines = [_error_command(e) for e in report.errors]
    for result in report.files:
        lines += [_finding_command(f) for f in result.findings]
    counts = {sev: report.count(sev) for sev in Severity}
    counts[Severity.ERROR] += sum(1 for e in report.errors if e.fatal)
    counts[Severity.WARNING] += sum(1 for e in report.errors if not e.fatal)
    hidden = any(n > GITHUB_LIMIT for n in counts.values())
    if hidden or not ctx.quiet:
        files = sum(1 for r in report.files if r.findings)
        summary = (
            f"newslint: {_plural(counts[Severity.ERROR], 'error')}, "
            f"{_plural(counts[Severity.WARNING], 'warning')}, "
            f"{_plural(counts[Severity.INFO], 'notice')} in {_plural(files, 'file')}"
        )
        if hidden:
            summary += (
                f"; GitHub shows only {GITHUB_LIMIT} annotations of each kind per step, "
                "the SARIF output (--format sarif) shows all"
            )
        lines.append(summary)
    return "\n".join(lines)
