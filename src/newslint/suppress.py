"""Inline suppressions: HTML comments (which don't render), front matter, and ``[sic]``.

``<!-- newslint-disable-next-line RULE -->``, ``<!-- newslint-disable-line RULE -->``,
``<!-- newslint-disable RULE -->`` ... ``<!-- newslint-enable RULE -->`` and
``<!-- newslint-disable-file -->``; several rules are separated by commas or spaces, and no
rule means all rules. Rules are matched by id or id prefix. In front matter,
``newslint: {ignore: [RULE, ...]}`` disables rules for the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from newslint.document import Document
from newslint.findings import Finding

_COMMENT = re.compile(
    r"<!--\s*newslint-(?P<verb>disable-next-line|disable-line|disable-file|disable|enable)\b(?P<rules>[^>]*?)\s*-->"
)
_ANY_DIRECTIVE = re.compile(r"<!--\s*newslint[-:]?(?P<verb>[\w-]*)(?P<rest>[^>]*?)-->")
_SIC = re.compile(r"^[\s*_]{0,4}\[sic\]", re.I)
_RULE_LIST_SEP = re.compile(r"[\s,]+")


class Directive:
    """One suppression comment (or front-matter entry) and whether it was used."""

    __slots__ = ("column", "end_column", "line", "rules", "used", "verb")

    def __init__(
        self, line: int, column: int, end_column: int, verb: str, rules: tuple[str, ...]
    ) -> None:
        self.line = line
        self.column = column
        self.end_column = end_column
        self.verb = verb
        self.rules = rules
        self.used = False

    def covers(self, rule: str) -> bool:
        return not self.rules or any(rule.startswith(r.rstrip("*")) for r in self.rules)


class Suppressions:
    """Every suppression in one document, with a test for each finding."""

    __slots__ = ("directives", "file_wide", "lines", "malformed", "ranges")

    def __init__(self) -> None:
        self.file_wide: list[Directive] = []
        self.lines: dict[int, list[Directive]] = {}
        # (directive, first line, last line, the one rule it silences there or None for all)
        self.ranges: list[tuple[Directive, int, int, str | None]] = []
        self.directives: list[Directive] = []
        self.malformed: list[tuple[int, int, int, str]] = []

    def suppressed(self, finding: Finding) -> bool:
        """Whether ``finding`` is suppressed; marks the directive that did it as used."""
        for d in self.file_wide:
            if d.covers(finding.rule):
                d.used = True
                return True
        for d in self.lines.get(finding.line, ()):
            if d.covers(finding.rule):
                d.used = True
                return True
        for d, first, last, rule in self.ranges:
            if first <= finding.line <= last and (
                finding.rule.startswith(rule.rstrip("*")) if rule else d.covers(finding.rule)
            ):
                d.used = True
                return True
        return False


def sic_after(source: str, end: int) -> bool:
    """Whether "[sic]" follows ``source[:end]`` (markup and a few spaces between allowed)."""
    return bool(_SIC.match(source[end : end + 12]))


def parse(doc: Document, known: Callable[[str], bool]) -> Suppressions:
    """Collect the suppressions of ``doc``; ``known`` says whether a rule id exists."""
    out = Suppressions()
    open_ranges: list[tuple[Directive, str | None, int]] = []
    last_line = doc.lines.line_count
    for m in _ANY_DIRECTIVE.finditer(doc.source):
        line, col = doc.position(m.start())
        end_col = doc.position(m.end())[1]
        good = _COMMENT.fullmatch(m.group())
        if not good:
            out.malformed.append(
                (line, col, end_col, f"unknown newslint directive {m.group('verb')!r}")
            )
            continue
        rules = tuple(r for r in _RULE_LIST_SEP.split(good.group("rules").strip()) if r)
        d = Directive(line, col, end_col, good.group("verb"), rules)
        out.directives.append(d)
        for r in rules:
            if not known(r):
                out.malformed.append((line, col, end_col, f"suppression names unknown rule {r!r}"))
        if d.verb == "disable-file":
            out.file_wide.append(d)
        elif d.verb == "disable-next-line":
            out.lines.setdefault(_next_content_line(doc, line), []).append(d)
        elif d.verb == "disable-line":
            out.lines.setdefault(line, []).append(d)
        elif d.verb == "disable":  # one range per rule, so each can be re-enabled alone
            open_ranges.extend((d, r, line) for r in (rules or (None,)))
        else:
            _close(out, open_ranges, d, line)
    for d, rule, first in open_ranges:
        out.ranges.append((d, first, last_line, rule))
    settings = doc.front_matter.get("newslint")
    if settings is not None and not (
        isinstance(settings, dict)
        and set(settings) <= {"ignore"}
        and isinstance(settings.get("ignore", []), list)
        and all(isinstance(r, str) for r in settings.get("ignore", []))
    ):
        out.malformed.append((1, 1, 4, "front matter 'newslint' must be {ignore: [RULE, ...]}"))
    elif settings:
        rules = tuple(settings.get("ignore", []))
        d = Directive(1, 1, 4, "front-matter", rules)
        out.file_wide.append(d)
        out.directives.append(d)
        for r in rules:
            if not known(r):
                out.malformed.append(
                    (1, 1, 4, f"front matter 'newslint.ignore' names unknown rule {r!r}")
                )
    return out


def _next_content_line(doc: Document, line: int) -> int:
    for n in range(line + 1, doc.lines.line_count + 1):
        if doc.lines.line_text(n).strip():
            return n
    return line + 1


def _close(
    out: Suppressions,
    open_ranges: list[tuple[Directive, str | None, int]],
    enable: Directive,
    line: int,
) -> None:
    """Close the open ranges an ``enable`` names (all of them when it names none)."""
    keep: list[tuple[Directive, str | None, int]] = []
    for d, rule, first in open_ranges:
        named = rule is not None and any(rule.startswith(e.rstrip("*")) for e in enable.rules)
        if not enable.rules or named:
            out.ranges.append((d, first, line, rule))
        else:
            keep.append((d, rule, first))
    enable.used = True
    open_ranges[:] = keep


def unused(s: Suppressions, enabled: Iterable[str]) -> list[Directive]:
    """Directives that suppressed nothing, among those naming enabled rules (or all rules)."""
    enabled_set = set(enabled)
    return [
        d
        for d in s.directives
        if not d.used
        and d.verb != "enable"
        and (not d.rules or any(r in enabled_set for r in d.rules))
    ]
