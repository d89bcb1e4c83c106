"""Helpers shared by prose checks: where to look, and whether a span is attributed or quoted."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

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
    """Whether a word-list pattern may match in ``doc``: some key of :func:`keywords` occurs
    in its text, lower-cased with ``ignore_case``. True when that cannot be told: no keys, or
    ignoring case on text that is not ASCII (where the patterns match "ſ" to "s", say)."""
    if keys is None:
        return True
    if not ignore_case:
        return any(k in doc.masked for k in keys)
    return not doc.masked.isascii() or any(k in doc.lowered for k in keys)


def keywords(phrases: Iterable[str], *, ignore_case: bool) -> tuple[str, ...] | None:
    """A word of each phrase for a substring search (:func:`may_match`) before the pattern of
    :func:`~newslint.checks.base.word_pattern` runs: every match holds each word of its
    phrase as written (case aside).

    With ``ignore_case``, the phrase's longest ASCII word, lower-cased (None when some phrase
    has none: then the text must be read in full); otherwise its longest word.
    """
    keys: set[str] = set()
    for phrase in phrases:
        if not phrase:
            continue  # word_pattern drops it
        words = (
            [w for w in phrase.lower().split() if w.isascii()] if ignore_case else phrase.split()
        )
        if not words:
            return None
        keys.add(max(words, key=len))
    return tuple(sorted(keys))
