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


def may_match(doc: Document, keys: tuple[str, ...] | None, ignore_case: bool) -> bool:
    """Whether a word-list pattern may match in ``doc``: some key of
    :func:`~newslint.checks.base.keywords` occurs in its text (lower-cased with
    ``ignore_case``: exact on plain text, where no character but an ASCII letter matches one
    ignoring case). True when that cannot be told (no keys, or other text ignoring case)."""
    if keys is None or (ignore_case and not doc.plain):
        return True
    text: str = doc.masked
    if ignore_case:
        text = doc.memo.get("prose.lower") or text.lower()
        doc.memo["prose.lower"] = text  # for the other word-list rules
    return any(k in text for k in keys)
