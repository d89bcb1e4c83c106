"""Output formats: pure functions from a :class:`Report` to text, in one registry.

Every formatter has the signature ``(report, ctx) -> str``; the CLI picks one by name and
prints what it returns. A formatter never reads files or the environment: everything it needs
is in the report and the :class:`OutputContext`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from newslint.findings import Report, Severity


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """What a formatter may say about a rule (SARIF's rule table, docs links)."""

    id: str
    check: str
    severity: Severity
    summary: str
    description: str
    fix_safe: bool = False


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
    """

    rules: Mapping[str, RuleInfo] = field(default_factory=dict)
    version: str = "0"
    sources: Mapping[str, str] = field(default_factory=dict)
    color: bool = False
    show_source: bool = False
    statistics: bool = False
    quiet: bool = False
    root: str = "."


Formatter = Callable[[Report, OutputContext], str]


def _registry() -> dict[str, Formatter]:
    from newslint.formatters import json_format
    from newslint.formatters import text as text_format

    found: dict[str, Formatter] = {
        "text": text_format.format_report,
        "json": json_format.format_report,
    }
    # Formats for CI systems live in their own modules; each registers one or more names.
    try:
        from newslint.formatters import ci

        found.update(ci.FORMATS)
    except ImportError:  # pragma: no cover - only while a format module is being built
        pass
    return found


FORMATTERS: Mapping[str, Formatter] = _registry()


def get(name: str) -> Formatter:
    """Return the formatter called ``name`` or raise KeyError listing the known ones."""
    try:
        return FORMATTERS[name]
    except KeyError:
        raise KeyError(f"unknown format {name!r}; choose from {', '.join(FORMATTERS)}") from None
