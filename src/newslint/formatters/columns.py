"""Columns in the unit an editor counts: code points (the default) or UTF-8 bytes.

Findings carry 1-based code-point columns. Vim, ALE and Neovim's diagnostics count bytes, so
after an em dash (three bytes) a code-point column lands two bytes early. ``--column-unit
byte`` converts the columns of the text and json formats with each file's decoded text (BOM
excluded, as the editor shows it); the language server keeps its negotiated encoding.
"""

from __future__ import annotations

from newslint.positions import LineIndex

CHARACTER = "character"
BYTE = "byte"
COLUMN_UNITS = (CHARACTER, BYTE)


class Columns:
    """Converts 1-based code-point columns of one file to ``unit``."""

    __slots__ = ("_index",)

    def __init__(self, source: str | None, unit: str = CHARACTER) -> None:
        self._index = LineIndex(source) if unit == BYTE and source is not None else None

    def __call__(self, line: int, column: int) -> int:
        """The column of (``line``, ``column``) in this converter's unit."""
        if self._index is None:
            return column
        try:
            text = self._index.line_text(line)
        except IndexError:
            return column
        prefix = text[: column - 1]
        beyond = max(0, column - 1 - len(prefix))  # a position past the line's end
        return len(prefix.encode("utf-8", "surrogatepass")) + beyond + 1
