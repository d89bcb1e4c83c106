"""Lines: the spans of the lines between two offsets."""

from __future__ import annotations

import re

_LINE = re.compile(r"[^\r\n]*")


def line_spans(source: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line between two offsets, line breaks excluded."""
    out: list[tuple[int, int]] = []
    for m in _LINE.finditer(source, start, end):
        if m.start() == m.end() and out and out[-1][1] == m.start():
            continue
        out.append(m.span())
    return [s for s in out if s[1] > s[0] or len(out) == 1]
