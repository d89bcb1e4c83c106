"""Markdown blocks through markdown-it-py, which gives every block its source line range."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from newslint import markdown_inline, model
from newslint.model import Block
from newslint.positions import LineIndex

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_CONTAINERS = {"blockquote_open": "blockquote", "list_item_open": "list_item"}
# The kind a block has until :mod:`newslint.classify` reads it, by its syntax.
_FIRST_KIND = {
    "paragraph": model.PROSE,
    "blockquote": model.QUOTE,
    "list_item": model.LIST,
    "heading": model.SUBHEAD,
}


# Containers markdown-it opens before it stops parsing (its default, 20, is ten list levels):
# what lies deeper is reported, never silently left unchecked.
MAX_NESTING = 200
_OPENS = ("blockquote_open", "bullet_list_open", "ordered_list_open", "list_item_open")


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True, "maxNesting": MAX_NESTING}).enable("table")


def _body(source: str, body_start: int, first_body_line: int) -> str:
    return "\n" * (first_body_line - 1) + source[body_start:].replace("\r\n", "\n").replace(
        "\r", "\n"
    )


def blocks(source: str, body_start: int) -> tuple[list[Block], list[tuple[int, int]], int | None]:
    """Return the body's blocks (kinds by syntax only), the spans of Markdown syntax to mask,
    and the offset of the first container nested too deep to be read (None when all was).

    The front matter (before ``body_start``) is replaced by blank lines before parsing so that
    markdown-it's line numbers are the file's line numbers.
    """
    idx = LineIndex(source)
    first_body_line = idx.position(body_start)[0] if body_start else 1
    tokens = _parser().parse(_body(source, body_start, first_body_line))
    too_deep: int | None = None
    out: list[Block] = []
    masks: list[tuple[int, int]] = []
    stack: list[str] = []
    table_depth = 0

    def span(mapping: list[int]) -> tuple[int, int]:
        first, last = mapping[0] + 1, mapping[1]
        last = max(first, min(last, idx.line_count))
        return idx.line_start(first), idx.line_end(last)

    for tok in tokens:
        if too_deep is None and tok.type in _OPENS and tok.level >= MAX_NESTING - 1 and tok.map:
            too_deep = idx.line_start(tok.map[0] + 1)
        if tok.type in _CONTAINERS:
            stack.append(_CONTAINERS[tok.type])
        elif tok.type in ("blockquote_close", "list_item_close"):
            if stack:
                stack.pop()
        elif tok.type == "table_open" and tok.map:
            table_depth += 1
            s, e = span(tok.map)
            out.append(Block(model.TABLE, "table", s, e))
        elif tok.type == "table_close":
            table_depth -= 1
        elif table_depth:
            continue
        elif tok.type in ("fence", "code_block", "html_block") and tok.map:
            s, e = span(tok.map)
            masks.append((s, e))
            syntax = "code" if tok.type != "html_block" else "html"
            out.append(Block(syntax, syntax, s, e))
        elif tok.type == "heading_open" and tok.map:
            s, e = span(tok.map)
            out.append(Block(model.SUBHEAD, "heading", s, e))
        elif tok.type == "paragraph_open" and tok.map:
            s, e = span(tok.map)
            syntax = stack[-1] if stack else "paragraph"
            out.append(Block(_FIRST_KIND[syntax], syntax, s, e))
    for b in out:
        if b.syntax not in ("code", "html"):
            masks.extend(
                (b.start + s, b.start + e)
                for s, e in markdown_inline.mask_markdown_inline(source[b.start : b.end])
            )
    return out, masks, too_deep
