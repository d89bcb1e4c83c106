"""The one diagnostic type every formatter reads, and what checks return.

A check yields :class:`Hit` objects: character offsets into the document plus the values its
rule's message template needs. The linter turns each hit into a :class:`Finding` by stamping
the rule id, check kind, severity and 1-based line/column. Formatters only ever see findings.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from types import MappingProxyType
from typing import Any, NamedTuple

_NOTHING: Mapping[str, Any] = MappingProxyType({})  # a shared, read-only empty default


class Severity(IntEnum):
    """How serious a finding is; ordered so that ``>=`` means "at least as serious"."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        """Return the severity named ``value`` (error, warning, info), or raise ValueError."""
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (use error, warning or info)") from None

    @property
    def label(self) -> str:
        """The lower-case name used in output and config."""
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``source[start:end]`` with ``text`` (offsets in code points)."""

    start: int
    end: int
    text: str


class RelatedSpan(NamedTuple):
    """Another place a hit refers to, e.g. the first copy of a duplicated paragraph."""

    start: int
    end: int
    message: str


class Hit(NamedTuple):
    """What a check reports: a span of the document and the facts about it.

    A NamedTuple, like the other records that stay inside a run (findings, which newslint
    returns, are dataclasses).

    Attributes:
        start: Offset of the first character of the span (code points into the source).
        end: Offset one past the last character.
        args: Values for the rule's message template (``{match}`` is always available).
        suggestions: Replacements for the span, best first.
        related: Other spans the hit refers to.
        fix: An edit that repairs the hit, if the check knows one; whether it is applied
            automatically is the rule's decision (``fix: safe``).
        data: Extra machine-readable facts (e.g. ``{"kind": "diacritic"}``), passed to JSON.
        message: A full message that replaces the rule's template (used by checks such as
            grammar whose backends word their own messages).
        severity: Overrides the rule's severity for this hit (e.g. a diacritic-only slip).
    """

    start: int
    end: int
    args: Mapping[str, Any] = _NOTHING
    suggestions: tuple[str, ...] = ()
    related: tuple[RelatedSpan, ...] = ()
    fix: Edit | None = None
    data: Mapping[str, Any] = _NOTHING
    message: str | None = None
    severity: Severity | None = None


@dataclass(frozen=True, slots=True)
class Related:
    """A related location, resolved to 1-based line and column."""

    line: int
    column: int
    end_line: int
    end_column: int
    message: str


@dataclass(frozen=True, slots=True)
class Finding:
    """One diagnostic, ready for any formatter.

    Lines and columns are 1-based; columns count Unicode code points; ``end_column`` is
    exclusive. ``start``/``end`` are the same span as code-point offsets into the decoded
    source, for tools (the LSP server, ``--fix``) that need them.
    """

    path: str
    rule: str
    check: str
    severity: Severity
    message: str
    line: int
    column: int
    end_line: int
    end_column: int
    match: str
    start: int
    end: int
    suggestions: tuple[str, ...] = ()
    related: tuple[Related, ...] = ()
    fix: Edit | None = None
    fix_safe: bool = False
    data: Mapping[str, Any] = field(default_factory=dict)

    @property
    def sort_key(self) -> tuple[int, int, str, int, int]:
        """Order by position, then rule id, so output is stable."""
        return (self.line, self.column, self.rule, self.end_line, self.end_column)


class RunFailed(Exception):
    """The run could not finish (a pool worker ended abruptly): a message and exit 2."""


@dataclass(frozen=True, slots=True)
class InputError:
    """A file that could not be checked (or a notice about one), with the reason."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None
    fatal: bool = True
    once: str = ""  # errors with the same non-empty key are reported once per run

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class FileResult:
    """The findings for one checked file."""

    path: str
    findings: tuple[Finding, ...]


@dataclass(frozen=True, slots=True)
class Report:
    """Everything one run produced: per-file findings and the files that failed."""

    files: tuple[FileResult, ...]
    errors: tuple[InputError, ...] = ()

    def count(self, severity: Severity) -> int:
        """Number of findings of exactly ``severity``."""
        return sum(1 for f in self.files for d in f.findings if d.severity == severity)

    def worst(self) -> Severity | None:
        """The most serious severity found, or None for a clean run."""
        sev = [d.severity for f in self.files for d in f.findings]
        return max(sev) if sev else None
