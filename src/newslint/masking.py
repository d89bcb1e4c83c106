"""Mask markup with same-length spaces, so offsets into masked text are offsets into the source.

Line breaks are never masked, so line numbers survive too. Masking is applied per region: the
caller decides which spans are Markdown and which are plain text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>()\"'\]]+|\bwww\.[^\s<>()\"'\]]+|<[^\s<>@]+@[^\s<>]+>")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_BOLD_MARK = re.compile(r"\*\*|__")
# Markdown only
_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]*)\](\([^)\n]*\)|\[[^\]\n]*\])")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*\S.*$", re.M)
_LINE_PREFIX = re.compile(
    r"^(?P<p>[ \t]*(?:>[ \t]?)*[ \t]*(?:#{1,6}(?=[ \t])|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))?)",
    re.M,
)
_SETEXT = re.compile(r"^[ \t]*(?:=+|-{2,})[ \t]*$", re.M)
_EMPHASIS = re.compile(r"(?<![\w*_])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\w*_])|~~")
_TABLE_RULE = re.compile(
    r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.M
)
_PIPE = re.compile(r"(?<!\\)\|")
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
_TRAILING_HASHES = re.compile(r"[ \t]+#+[ \t]*$", re.M)


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


def mask_common(text: str) -> list[tuple[int, int]]:
    """Spans to mask in any article: URLs, HTML comments and tags, bold markers."""
    # Each scan is skipped when the text lacks what every match needs (a substring test is
    # far quicker than a scan that finds nothing).
    spans = _spans(_HTML_COMMENT, text) + _spans(_HTML_TAG, text) if "<" in text else []
    if "://" in text or "www." in text or "@" in text:
        spans += _spans(_URL, text)
    if "**" in text or "__" in text:
        spans += _spans(_BOLD_MARK, text)
    return spans


def mask_markdown_inline(text: str) -> list[tuple[int, int]]:
    """Spans of Markdown syntax inside prose blocks (link targets, emphasis, markers...)."""
    spans = _spans(_CODE_SPAN, text) + _spans(_IMAGE, text) + _spans(_REF_DEF, text)
    for m in _LINK.finditer(text):
        spans.append((m.start(), m.start() + 1))
        spans.append((m.start(1) + len(m.group(1)), m.end()))
    for m in _LINE_PREFIX.finditer(text):
        if m.end("p") > m.start("p"):
            spans.append(m.span("p"))
    spans += _spans(_SETEXT, text) + _spans(_TABLE_RULE, text) + _spans(_PIPE, text)
    spans += _spans(_EMPHASIS, text) + _spans(_ESCAPE, text) + _spans(_TRAILING_HASHES, text)
    return spans
