"""Cut an article into the pieces the HTML report prints: text runs and nested highlights.

Findings may nest (a superlative inside a duplicated paragraph) or cross (two grammar spans
that share a word). HTML elements only nest, so a finding that crosses another is closed and
reopened around it: it becomes several pieces that share its number, and the pieces' text
joined in order is the finding's text. Offsets are code points into the source, as in
:class:`~newslint.findings.Finding`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple


class Span(NamedTuple):
    """A finding's span, by its number in the report."""

    start: int
    end: int
    number: int


class Piece(NamedTuple):
    """One step of a block's markup: text, or a highlight opening or closing.

    ``kind`` is ``"text"`` (``text`` set), ``"open"`` (``number`` set; ``first`` for the
    finding's first piece) or ``"close"``.
    """

    kind: str
    text: str = ""
    number: int = -1
    first: bool = False


def ranges(
    blocks: Sequence[tuple[int, int]], spans: Sequence[Span], source: str
) -> list[tuple[int, int]]:
    """The parts of ``source`` to print: the blocks, made disjoint and sorted, plus any part
    of a finding that falls outside every block and holds more than white space."""
    out: list[tuple[int, int]] = []
    last = 0
    for start, end in sorted(blocks):
        start = max(start, last)
        if end > start or (end == start and not out):
            out.append((start, end))
            last = end
    extra: list[tuple[int, int]] = []
    for span in spans:
        extra.extend(_uncovered(span, out, source))
    return _merge(out + extra)


def _uncovered(
    span: Span, covered: list[tuple[int, int]], source: str
) -> Iterator[tuple[int, int]]:
    if span.start == span.end:
        if not any(s <= span.start <= e for s, e in covered):
            yield span.start, span.end
        return
    pos = span.start
    for s, e in covered:
        if e <= pos:
            continue
        if s >= span.end:
            break
        if s > pos and source[pos:s].strip():
            yield pos, s
        pos = max(pos, e)
    if pos < span.end and source[pos : span.end].strip():
        yield pos, span.end


def _merge(parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(parts):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def pieces(source: str, start: int, end: int, spans: Sequence[Span], seen: set[int]) -> list[Piece]:
    """The markup of ``source[start:end]`` with ``spans`` highlighted, clipped to the range.

    ``seen`` holds the numbers of findings already opened in an earlier range (updated
    here): only a finding's first piece is ``first``. An empty span is printed once, in the
    first range that holds its offset.
    """
    clipped: list[Span] = []
    for span in spans:
        if span.start == span.end:
            if start <= span.start <= end and span.number not in seen:
                clipped.append(span)
        elif span.start < end and span.end > start:
            clipped.append(Span(max(span.start, start), min(span.end, end), span.number))
    clipped.sort(key=lambda s: (s.start, -s.end, s.number))
    stops = sorted({start, end, *(s.start for s in clipped), *(s.end for s in clipped)})
    out: list[Piece] = []
    stack: list[Span] = []
    i = 0
    for at, nxt in zip(stops, [*stops[1:], end], strict=True):
        if any(s.end == at for s in stack):
            _close_at(at, stack, out, seen)
        while i < len(clipped) and clipped[i].start == at:
            span = clipped[i]
            i += 1
            out.append(Piece("open", number=span.number, first=span.number not in seen))
            seen.add(span.number)
            if span.end == at:
                out.append(Piece("close"))
            else:
                stack.append(span)
        if nxt > at:
            out.append(Piece("text", source[at:nxt]))
    out.extend(Piece("close") for _ in stack)
    return out


def _close_at(at: int, stack: list[Span], out: list[Piece], seen: set[int]) -> None:
    """Close every open span that ends at ``at``, reopening the ones closed on the way."""
    reopen: list[Span] = []
    while any(s.end == at for s in stack):
        span = stack.pop()
        out.append(Piece("close"))
        if span.end != at:
            reopen.append(span)
    for span in sorted(reopen, key=lambda s: -s.end):
        out.append(Piece("open", number=span.number, first=span.number not in seen))
        stack.append(span)
