"""Quotations: the spans of direct speech in a block, and a set of spans to test offsets against."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

_DOUBLE_OPEN = "“«„"
_DOUBLE_CLOSE = "”»"
_QUOTE_CONTEXT_OPEN = set(" \t\r\n([{—–-/:;,")
_QUOTE_MARK = re.compile("[\"'“”‘’«»„]")


class SpanSet:
    """A sorted set of non-overlapping spans with O(log n) containment tests."""

    __slots__ = ("_ends", "_starts", "spans")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        self.spans = merged
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def covers(self, start: int, end: int) -> bool:
        """Whether one span contains all of ``[start, end)``."""
        i = bisect_right(self._starts, start) - 1
        return i >= 0 and end <= self._ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span intersects ``[start, end)``."""
        i = bisect_right(self._starts, end - 1) - 1
        return i >= 0 and self._ends[i] > start

    def __len__(self) -> int:
        return len(self.spans)


def quote_spans(
    masked: str, start: int, end: int, *, continues: bool = False, headline: bool = False
) -> tuple[list[tuple[int, int]], bool]:
    """Find quotations in one block.

    Double quotes (straight and curly) delimit direct speech; single quotes count when they
    nest inside a double quote, or anywhere in a headline or dek (where they replace double
    quotes). A straight quote opens when it follows a space or opening punctuation and closes
    otherwise, except that an opening one after the end of a sentence inside a quotation
    reopens it (AP style, where copy lost the paragraph break). A quotation still open at the
    end of the block runs to its end; AP style then reopens it with a new opening mark in the
    next paragraph, so nothing else carries over.

    Returns:
        The spans (including the marks) and whether a quotation was left open.
    """
    spans: list[tuple[int, int]] = []
    d_open: int | None = None
    scan_from = start
    if continues and _starts_with_quote(masked, start, end):
        # AP style: the mark that reopens a quotation continued from the previous paragraph
        # is an opening mark, whatever its shape.
        d_open = start + len(masked[start:end]) - len(masked[start:end].lstrip())
        scan_from = d_open + 1
    s_open: int | None = None
    for m in _QUOTE_MARK.finditer(masked, scan_from, end):
        i = m.start()
        ch = masked[i]
        prev = masked[i - 1] if i > start else " "
        nxt = masked[i + 1] if i + 1 < end else " "
        straight_opener = ch == '"' and prev in _QUOTE_CONTEXT_OPEN and not nxt.isspace()
        if ch in _DOUBLE_OPEN or (straight_opener and d_open is None):
            if d_open is None:
                d_open = i
        elif straight_opener and d_open is not None and _after_sentence_end(masked, start, i):
            # An opening mark after a sentence while a quotation is open: the quotation runs
            # on past a paragraph break lost in the copy ('...artists. "Outstanding ...'), which
            # AP style marks by reopening it.
            spans.append((d_open, i))
            d_open = i
        elif ch in _DOUBLE_CLOSE or ch == '"':
            if d_open is not None:
                spans.append((d_open, i + 1))
                d_open = None
                s_open = None
        elif d_open is not None or headline:
            opening = (
                (ch == "‘" or ch == "'")
                and (prev in _QUOTE_CONTEXT_OPEN or prev in '"“')
                and nxt.isalnum()
            )
            closing = (ch == "’" or ch == "'") and not nxt.isalnum() and not prev.isspace()
            if opening and s_open is None:
                s_open = i
            elif (
                closing
                and s_open is not None
                and not (prev in "sS" and nxt.isspace() and i - s_open > 60)
            ):
                if d_open is None:
                    spans.append((s_open, i + 1))
                s_open = None
    left_open = d_open is not None
    if d_open is not None:
        spans.append((d_open, end))
    return spans, left_open


def _after_sentence_end(masked: str, start: int, i: int) -> bool:
    """Whether the last character before ``i`` (white space aside, not before ``start``)
    ends a sentence."""
    j = i - 1
    while j >= start and masked[j].isspace():
        j -= 1
    return j >= start and masked[j] in ".!?"


def _starts_with_quote(masked: str, start: int, end: int) -> bool:
    head = masked[start:end].lstrip()
    return head[:1] in ('"', "“", "«")
