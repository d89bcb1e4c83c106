"""Markdown syntax inside blocks (code spans, links, images, emphasis, line markers, table
rules...), as spans to mask: imported by :mod:`newslint.markdown`, so only when a Markdown
document is read."""

from __future__ import annotations

import re

from newslint.masking import match_spans

_BACKTICKS = re.compile(r"`+")
_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\([^)\[\]\n]*\)")
_LINK = re.compile(r"\[([^\[\]\n]*)\](\([^)\[\]\n]*\)|\[[^\[\]\n]*\])")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*\S.*$", re.M)
_LINE_PREFIX = re.compile(
    r"^(?P<p>[ \t]*(?:>[ \t]?)*[ \t]*(?:#{1,6}(?=[ \t])|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))?)",
    re.M,
)
_SETEXT = re.compile(r"^[ \t]*(?:=+|-{2,})[ \t]*$", re.M)
_EMPHASIS = re.compile(r"(?<![\w*_])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\w*_])|~~")
_TABLE_RULE = re.compile(
    r"^[ \t]*(?:\|[ \t]*)?:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*(?:\|[ \t]*)?$", re.M
)
_PIPE = re.compile(r"(?<!\\)\|")
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
_TRAILING_HASHES = re.compile(r"(?<![ \t])[ \t]+#+[ \t]*$", re.M)


def code_spans(text: str) -> list[tuple[int, int]]:
    """Spans of Markdown code spans, as CommonMark pairs them: a run of backticks opens one
    that the next run of the same length closes; a run that no later run matches is literal.
    One pass over the runs, whatever their lengths."""
    runs = [m.span() for m in _BACKTICKS.finditer(text)]
    closer: list[int | None] = [None] * len(runs)
    following: dict[int, int] = {}  # run length -> index of the next run of that length
    for i in range(len(runs) - 1, -1, -1):
        size = runs[i][1] - runs[i][0]
        closer[i] = following.get(size)
        following[size] = i
    spans = []
    i = 0
    while i < len(runs):
        j = closer[i]
        if j is None:
            i += 1
            continue
        spans.append((runs[i][0], runs[j][1]))
        i = j + 1
    return spans


def mask_markdown_inline(text: str) -> list[tuple[int, int]]:
    """Spans of Markdown syntax inside prose blocks (link targets, emphasis, markers...)."""
    spans = code_spans(text) if "`" in text else []
    spans += match_spans(_IMAGE, text) + match_spans(_REF_DEF, text)
    for m in _LINK.finditer(text):
        spans.append((m.start(), m.start() + 1))
        spans.append((m.start(1) + len(m.group(1)), m.end()))
    for m in _LINE_PREFIX.finditer(text):
        if m.end("p") > m.start("p"):
            spans.append(m.span("p"))
    spans += match_spans(_SETEXT, text) + match_spans(_TABLE_RULE, text) + match_spans(_PIPE, text)
    spans += (
        match_spans(_EMPHASIS, text)
        + match_spans(_ESCAPE, text)
        + match_spans(_TRAILING_HASHES, text)
    )
    return spans
