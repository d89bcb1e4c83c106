"""Markdown blocks through markdown-it-py, which gives every block its source line range."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from newslint import masking
from newslint.positions import LineIndex

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

    from newslint.document import Block

_CONTAINERS = {"blockquote_open": "blockquote", "list_item_open": "list_item"}


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable("table")


def blocks(source: str, body_start: int) -> tuple[list[Block], list[tuple[int, int]]]:
    """Return the body's blocks and the spans of Markdown syntax to mask.

    The front matter (before ``body_start``) is replaced by blank lines before parsing so that
    markdown-it's line numbers are the file's line numbers.
    """
    from newslint.document import Block

    idx = LineIndex(source)
    first_body_line = idx.position(body_start)[0] if body_start else 1
    text = "\n" * (first_body_line - 1) + source[body_start:].replace("\r\n", "\n").replace(
        "\r", "\n"
    )
    tokens = _parser().parse(text)
    out: list[Block] = []
    masks: list[tuple[int, int]] = []
    stack: list[str] = []
    table_depth = 0

    def span(mapping: list[int]) -> tuple[int, int]:
        first, last = mapping[0] + 1, mapping[1]
        last = max(first, min(last, idx.line_count))
        return idx.line_start(first), idx.line_end(last)

    for tok in tokens:
        if tok.type in _CONTAINERS:
            stack.append(_CONTAINERS[tok.type])
        elif tok.type in ("blockquote_close", "list_item_close"):
            if stack:
                stack.pop()
        elif tok.type == "table_open" and tok.map:
            table_depth += 1
            s, e = span(tok.map)
            out.append(Block("table", "body", s, e))
        elif tok.type == "table_close":
            table_depth -= 1
        elif table_depth:
            continue
        elif tok.type in ("fence", "code_block", "html_block") and tok.map:
            s, e = span(tok.map)
            masks.append((s, e))
            out.append(Block("code" if tok.type != "html_block" else "html", "body", s, e))
        elif tok.type == "heading_open" and tok.map:
            s, e = span(tok.map)
            out.append(Block("heading", "body", s, e))
        elif tok.type == "paragraph_open" and tok.map:
            s, e = span(tok.map)
            kind = stack[-1] if stack else "paragraph"
            out.append(Block(kind, "body", s, e))
    for b in out:
        if b.kind not in ("code", "html"):
            masks.extend(
                (b.start + s, b.start + e)
                for s, e in masking.mask_markdown_inline(source[b.start : b.end])
            )
    return out, masks
