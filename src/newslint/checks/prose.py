"""Helpers shared by prose checks: where to look, and whether a span is attributed or quoted."""

from __future__ import annotations

from collections.abc import Iterator

from newslint.document import Block, Document

QUOTE_POLICIES = ("skip", "check")


def regions(doc: Document, roles: tuple[str, ...] = ()) -> Iterator[Block]:
    """Prose blocks, optionally only those with one of ``roles``."""
    for block in doc.prose_blocks():
        if not roles or block.role in roles:
            yield block


def skip_quoted(doc: Document, start: int, end: int, policy: str) -> bool:
    """Whether a hit at ``[start, end)`` should be dropped under the quote ``policy``."""
    return policy == "skip" and doc.in_quote(start, end)
