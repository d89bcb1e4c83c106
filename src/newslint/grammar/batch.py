"""Check a document paragraph by paragraph, remembering each paragraph's issues.

The backend gets one text per document: the paragraphs it has not seen yet, joined by blank
lines (so a server round trip or a Harper call still covers the whole article). Issues are
split back per paragraph and remembered in memory, so an editor re-checking an article after
a keystroke sends only the paragraph that changed.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Sequence
from dataclasses import replace

from newslint.grammar.base import GrammarBackend, GrammarIssue

SEPARATOR = "\n\n"
MEMO_SIZE = 20_000


class Memo(OrderedDict[tuple[Hashable, str], tuple[GrammarIssue, ...]]):
    """A bounded LRU map from (backend key, paragraph text) to that paragraph's issues."""

    def remember(self, key: tuple[Hashable, str], issues: tuple[GrammarIssue, ...]) -> None:
        self[key] = issues
        self.move_to_end(key)
        while len(self) > MEMO_SIZE:
            self.popitem(last=False)


def check_blocks(
    checker: GrammarBackend, text: str, spans: Sequence[tuple[int, int]], memo: Memo, key: Hashable
) -> list[GrammarIssue]:
    """Issues for ``text[s:e]`` of every span, with offsets into ``text``."""
    out: list[GrammarIssue] = []
    missing: list[tuple[int, int]] = []
    for s, e in spans:
        known = memo.get((key, text[s:e]))
        if known is None:
            missing.append((s, e))
        else:
            memo.move_to_end((key, text[s:e]))
            out.extend(replace(i, start=i.start + s, end=i.end + s) for i in known)
    if missing:
        parts: list[str] = []
        starts: list[int] = []
        pos = 0
        for s, e in missing:
            starts.append(pos)
            parts.append(text[s:e])
            pos += e - s + len(SEPARATOR)
        [issues] = checker.check_many([SEPARATOR.join(parts)])
        per_block: list[list[GrammarIssue]] = [[] for _ in missing]
        for issue in issues:
            j = _block_of(starts, issue.start)
            rel_start = issue.start - starts[j]
            if issue.end - starts[j] <= len(parts[j]):
                per_block[j].append(replace(issue, start=rel_start, end=issue.end - starts[j]))
        for (s, e), found in zip(missing, per_block, strict=True):
            memo.remember((key, text[s:e]), tuple(found))
            out.extend(replace(i, start=i.start + s, end=i.end + s) for i in found)
    out.sort(key=lambda i: (i.start, i.end))
    return out


def _block_of(starts: list[int], offset: int) -> int:
    from bisect import bisect_right

    return max(0, bisect_right(starts, offset) - 1)
