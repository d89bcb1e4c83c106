"""Mask markup with same-length spaces, so offsets into masked text are offsets into the source.

Line breaks are never masked, so line numbers survive too. Masking is applied per region: the
caller decides which spans are Markdown and which are plain text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>()\"'\]]+|\bwww\.[^\s<>()\"'\]]+|<[^\s<>@]+@[^\s<>]+>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_BOLD_MARK = re.compile(r"\*\*|__")
# Markdown only
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


def blank(text: str) -> str:
    """Replace every character except line breaks with a space."""
    return "".join(ch if ch in "\r\n" else " " for ch in text)


def mask_spans(chars: list[str], spans: Iterable[tuple[int, int]]) -> None:
    """Blank ``chars[start:end]`` in place for each span, keeping line breaks."""
    for start, end in spans:
        for i in range(start, end):
            if chars[i] not in "\r\n":
                chars[i] = " "


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def html_comments(text: str) -> list[tuple[int, int]]:
    """Spans of ``<!-- ... -->`` comments: one pass of ``str.find`` (an opener with no closer
    ends the search, as no later opener can have one either)."""
    spans = []
    start = text.find("<!--")
    while start >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        spans.append((start, end + 3))
        start = text.find("<!--", end + 3)
    return spans


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


def mask_common(text: str) -> list[tuple[int, int]]:
    """Spans to mask in any article: URLs, HTML comments and tags, bold markers."""
    # Each scan is skipped when the text lacks what every match needs (a substring test is
    # far quicker than a scan that finds nothing).
    spans = html_comments(text) + _spans(_HTML_TAG, text) if "<" in text else []
    if "://" in text or "www." in text or "@" in text:
        spans += _spans(_URL, text)
    if "**" in text or "__" in text:
        spans += _spans(_BOLD_MARK, text)
    return spans


def mask_markdown_inline(text: str) -> list[tuple[int, int]]:
    """Spans of Markdown syntax inside prose blocks (link targets, emphasis, markers...)."""
    spans = code_spans(text) if "`" in text else []
    spans += _spans(_IMAGE, text) + _spans(_REF_DEF, text)
    for m in _LINK.finditer(text):
        spans.append((m.start(), m.start() + 1))
        spans.append((m.start(1) + len(m.group(1)), m.end()))
    for m in _LINE_PREFIX.finditer(text):
        if m.end("p") > m.start("p"):
            spans.append(m.span("p"))
    spans += _spans(_SETEXT, text) + _spans(_TABLE_RULE, text) + _spans(_PIPE, text)
    spans += _spans(_EMPHASIS, text) + _spans(_ESCAPE, text) + _spans(_TRAILING_HASHES, text)
    return spans
