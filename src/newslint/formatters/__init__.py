"""Output formats: pure functions from a :class:`Report` to text, in one registry.

Every formatter has the signature ``(report, ctx) -> str``; the CLI picks one by name and
prints what it returns. A formatter never reads files or the environment: everything it needs
is in the report and the :class:`OutputContext`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from newslint.findings import Report, Severity


class RuleInfo(NamedTuple):
    """What a formatter may say about a rule (SARIF's rule table, docs links)."""

    id: str
    check: str
    severity: Severity
    summary: str
    description: str
    fix_safe: bool = False
    help_uri: str = ""


@dataclass(frozen=True, slots=True)
class OutputContext:
    """Everything beyond the findings that a formatter may use.

    Attributes:
        rules: Rule metadata by id, for every rule that was enabled.
        version: newslint's version string.
        sources: Decoded text of each checked file by its reported path (for source excerpts
            and fingerprints); may be empty.
        color: Whether to emit ANSI colour (text format on a terminal).
        show_source: Whether to print the source line and a caret under each finding.
        statistics: Whether to append per-rule counts.
        quiet: Whether to print only findings, no summary.
        root: Path that output URIs are relative to (SARIF's artifactLocation).
        scope: What the findings were narrowed to (e.g. "lines changed since origin/main"),
            or "" for whole files.
        report_url: Where the full report can be read (the summary links to it), or "".
        column_unit: What the text and json formats' columns count: ``character`` (code
            points) or ``byte`` (UTF-8 bytes, converted with ``sources``).
    """

    rules: Mapping[str, RuleInfo] = field(default_factory=dict)
    version: str = "0"
    sources: Mapping[str, str] = field(default_factory=dict)
    color: bool = False
    show_source: bool = False
    statistics: bool = False
    quiet: bool = False
    root: str = "."
    scope: str = ""
    report_url: str = ""
    column_unit: str = "character"


Formatter = Callable[[Report, OutputContext], str]


# name -> (module, function). Modules are imported only when their format is used, so that
# `newslint check` does not pay for SARIF, JUnit or reviewdog support it is not printing.
_WHERE = {
    "text": ("newslint.formatters.text", "format_report"),
    "json": ("newslint.formatters.json_format", "format_report"),
    "github": ("newslint.formatters.ci", "format_github"),
    "sarif": ("newslint.formatters.sarif", "format_report"),
    "rdjson": ("newslint.formatters.rdjson", "format_rdjson"),
    "rdjsonl": ("newslint.formatters.rdjson", "format_rdjsonl"),
    "junit": ("newslint.formatters.junit", "format_report"),
    "html": ("newslint.formatters.html", "format_report"),
    "summary": ("newslint.formatters.summary", "format_summary"),
}


class _Registry(Mapping[str, Formatter]):
    """The formatters by name, imported on first use."""

    def __getitem__(self, name: str) -> Formatter:
        module, function = _WHERE[name]
        import importlib

        found: Formatter = getattr(importlib.import_module(module), function)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(_WHERE)

    def __len__(self) -> int:
        return len(_WHERE)


FORMATTERS: Mapping[str, Formatter] = _Registry()


def get(name: str) -> Formatter:
    """Return the formatter called ``name`` or raise KeyError listing the known ones."""
    try:
        return FORMATTERS[name]
    except KeyError:
        raise KeyError(f"unknown format {name!r}; choose from {', '.join(FORMATTERS)}") from None
