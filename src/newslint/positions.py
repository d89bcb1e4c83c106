"""Offsets to 1-based line and column, computed once per document.

Offsets are indices into the decoded ``str`` (code points). A line break is ``\\r\\n``, ``\\r``
or ``\\n``; ``\\r\\n`` counts as one break. Columns count code points; UTF-16 columns (LSP)
are derived on demand.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

_BREAK = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """A table of line-start offsets, looked up with bisect."""

    __slots__ = ("_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        if "\r" in text:
            self._starts = [0, *(m.end() for m in _BREAK.finditer(text))]
        else:  # the same, in C: each line starts one past the end of the one before
            lines = text.split("\n")
            del lines[-1]
            self._starts = list(accumulate(map((1).__add__, map(len, lines)), initial=0))

    @property
    def line_count(self) -> int:
        """Number of lines (a final line break does not start a new counted line)."""
        n = len(self._starts)
        if n > 1 and self._starts[-1] == len(self._text):
            return n - 1
        return n

    def line_start(self, line: int) -> int:
        """Offset of the first character of 1-based ``line``."""
        return self._starts[line - 1]

    def line_end(self, line: int) -> int:
        """Offset just past the last character of ``line``, excluding its line break."""
        if line < len(self._starts):
            end = self._starts[line]
            text = self._text
            if end >= 2 and text[end - 2 : end] == "\r\n":
                return end - 2
            return end - 1
        return len(self._text)

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of ``offset``."""
        offset = max(0, min(offset, len(self._text)))
        i = bisect_right(self._starts, offset) - 1
        return i + 1, offset - self._starts[i] + 1

    def line_text(self, line: int) -> str:
        """The text of ``line`` without its line break."""
        return self._text[self.line_start(line) : self.line_end(line)]

    def utf16_position(self, offset: int) -> tuple[int, int]:
        """Return the 0-based (line, character) of ``offset`` in UTF-16 code units (LSP)."""
        line, col = self.position(offset)
        start = self._starts[line - 1]
        prefix = self._text[start : start + col - 1]
        return line - 1, col - 1 + sum(1 for ch in prefix if ord(ch) > 0xFFFF)

    def offset_of_utf16(self, line: int, character: int) -> int:
        """Inverse of :meth:`utf16_position`: 0-based line and UTF-16 column to an offset."""
        if line >= len(self._starts):
            return len(self._text)
        start = self._starts[line]
        end = self.line_end(line + 1)
        units = 0
        i = start
        while i < end and units < character:
            units += 2 if ord(self._text[i]) > 0xFFFF else 1
            i += 1
        return i
