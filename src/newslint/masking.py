"""Mask markup with same-length spaces, so offsets into masked text are offsets into the source.

Line breaks are never masked, so line numbers survive too. Masking is applied per region: the
caller decides which spans are Markdown and which are plain text. This module masks what any
article may hold; Markdown's own syntax is masked by :mod:`newslint.markdown_inline`, which
only a Markdown document imports.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_URL = re.compile(r"\b(?:https?|ftp)://[^\s<>()\"'\]]+|\bwww\.[^\s<>()\"'\]]+|<[^\s<>@]+@[^\s<>]+>")
# A wire service's mark of a company ("<Gordex Mineral Ltd>", "<Holt, Rinehart and Winston
# Ltd.>"): words in angle brackets, the first in title case, with no "=", slash or quote mark
# as a tag's attributes have. It is text to read; any other tag is masked.
_WIRE_MARK = r"<[A-Z][a-z][\w.&',-]*(?: [\w.&',-]+)+>"
_HTML_TAG = re.compile(rf"(?!{_WIRE_MARK})</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_BOLD_MARK = re.compile(r"\*\*|__")


def blank(text: str) -> str:
    """Replace every character except line breaks with a space."""
    return "".join(ch if ch in "\r\n" else " " for ch in text)


def mask_spans(chars: list[str], spans: Iterable[tuple[int, int]]) -> None:
    """Blank ``chars[start:end]`` in place for each span, keeping line breaks."""
    for start, end in spans:
        for i in range(start, end):
            if chars[i] not in "\r\n":
                chars[i] = " "


def match_spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The spans of the matches of ``pattern`` in ``text``."""
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


def mask_common(text: str) -> list[tuple[int, int]]:
    """Spans to mask in any article: URLs, HTML comments and tags, bold markers."""
    # Each scan is skipped when the text lacks what every match needs (a substring test is
    # far quicker than a scan that finds nothing).
    spans = html_comments(text) + match_spans(_HTML_TAG, text) if "<" in text else []
    if "://" in text or "www." in text or "@" in text:
        spans += match_spans(_URL, text)
    if "**" in text or "__" in text:
        spans += match_spans(_BOLD_MARK, text)
    return spans
