"""Paragraph fingerprints shared by the duplicate and headline checks."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

from newslint.document import Document
from newslint.model import Block
from newslint.text import fold

_TOKEN = re.compile(r"\w+(?:[.,%]\w+)*%?")

Shingle = tuple[str, ...]


@lru_cache(maxsize=4096)  # news repeats paragraphs: boilerplate, copies, headlines
def tokens(text: str) -> tuple[str, ...]:
    """Comparable words: case, accents, curly quotes and dashes folded; punctuation dropped."""
    return tuple(_TOKEN.findall(fold(text)))


def block_tokens(doc: Document, block: Block) -> tuple[str, ...]:
    """:func:`tokens` of the masked text of ``block``."""
    return tokens(doc.masked[block.start : block.end])


def figures(words: Sequence[str]) -> list[str]:
    """The tokens of ``words`` that hold a digit, sorted (a multiset of the figures)."""
    return sorted(w for w in words if any(c.isdigit() for c in w))


def same_figures(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether the two word sequences tell mostly the same figures: at least half of the
    shorter one's figures are among the longer one's. A copy edited in one or two figures is
    still a copy; the same words around other figures ("Shr loss 55 cts" after "Shr loss 28
    cts") are another fact."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    mine = figures(short)
    missing = Counter(mine) - Counter(figures(long))
    return sum(missing.values()) * 2 <= len(mine)


def _ngrams(words: Sequence[str], n: int) -> Iterable[Shingle]:
    if len(words) <= n:
        return (tuple(words),) if words else ()
    return zip(*(words[i:] for i in range(n)), strict=False)


def shingles(words: Sequence[str], n: int) -> set[Shingle]:
    """Word n-grams (the whole sequence when it is shorter than n)."""
    return set(_ngrams(words, n))


#: Share of the shorter paragraph's words a near copy keeps, in order, inside the longer one.
KEPT = 0.9


def _copied(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether the shorter word sequence is the longer one's copy: it keeps :data:`KEPT` of
    its words in order inside the longer (their longest common subsequence), or opens with
    the same words for most of its length (a copy cut short)."""
    from rapidfuzz.distance import LCSseq

    shorter = min(len(a), len(b))
    if LCSseq.similarity(a, b) >= KEPT * shorter:
        return True
    opening = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), shorter)
    return opening >= max(8, 0.6 * shorter)


class Match(NamedTuple):
    """An earlier item that a new one resembles."""

    item: int
    similarity: float
    exact: bool


class ShingleIndex:
    """An inverted index of word shingles, so each lookup touches only likely matches.

    Cost per added item is proportional to its length plus the number of earlier items that
    share a shingle with it; shingles shared by more than ``max_postings`` items are treated
    as boilerplate and not followed, which keeps the whole pass near-linear.
    """

    def __init__(self, n: int = 3, max_postings: int = 50) -> None:
        self.n = n
        self.max_postings = max_postings
        self._exact: dict[tuple[str, ...], int] = {}
        # Items holding each shingle, in order. A posting stops growing once it is longer than
        # ``max_postings``: it is never followed again, and only its length matters (so each
        # append copies at most ``max_postings`` numbers).
        self._postings: dict[Shingle, tuple[int, ...]] = {}
        self._sizes: list[int] = []
        self._words: list[tuple[str, ...]] = []

    def find(self, words: tuple[str, ...], threshold: float) -> Match | None:
        """The best earlier item whose resemblance (Jaccard, or containment for an added
        clause) is at least ``threshold``, exact copies first; the earliest on a tie."""
        if (first := self._exact.get(words)) is not None:
            return Match(first, 1.0, True)
        grams = self._grams(words)
        return self._find_near(words, len(grams), self._known(grams), threshold)

    def add(self, words: tuple[str, ...]) -> int:
        """Index an item and return its number."""
        grams = self._grams(words)
        return self._add(words, grams, self._known(grams))

    def find_or_add(self, words: tuple[str, ...], threshold: float) -> Match | None:
        """:meth:`find`, then :meth:`add` the item if nothing matched (shingled once)."""
        if (first := self._exact.get(words)) is not None:
            return Match(first, 1.0, True)
        grams = self._grams(words)
        known = self._known(grams)
        found = self._find_near(words, len(grams), known, threshold)
        if found is None:
            self._add(words, grams, known)
        return found

    def _grams(self, words: tuple[str, ...]) -> dict[Shingle, tuple[int, ...]]:
        """The distinct shingles of ``words``, each mapped to its posting if ``words`` were
        the only item holding it (built in one pass, ready for :meth:`_add`)."""
        return dict.fromkeys(_ngrams(words, self.n), (len(self._sizes),))

    def _known(self, grams: dict[Shingle, tuple[int, ...]]) -> set[Shingle]:
        """The shingles among ``grams`` that earlier items hold."""
        # An intersection of dict views iterates the smaller one: linear in the item.
        return self._postings.keys() & grams.keys()

    def _find_near(
        self, words: tuple[str, ...], size: int, known: set[Shingle], threshold: float
    ) -> Match | None:
        if not known or threshold > 1.0:  # no resemblance score exceeds 1
            return None
        shared: dict[int, int] = {}
        for g in known:
            post = self._postings[g]
            if len(post) <= self.max_postings:
                for idx in post:
                    shared[idx] = shared.get(idx, 0) + 1
        best: Match | None = None
        for idx in sorted(shared):
            common = shared[idx]
            other = self._sizes[idx]
            jaccard = common / (size + other - common)
            containment = common / min(size, other)
            score = jaccard
            # An added clause leaves the earlier paragraph whole inside the later one (nearly
            # all of the shorter one's words, in order), and a copy cut short keeps its
            # opening. Sharing a long phrase ("payable June 12 to holders of record May 22")
            # is not copying.
            if (
                min(size, other) >= 8
                and containment * 0.9 > jaccard
                and _copied(words, self._words[idx])
            ):
                score = containment * 0.9
            if score >= threshold and (best is None or score > best.similarity):
                best = Match(idx, score, False)
        return best

    def _add(
        self, words: tuple[str, ...], grams: dict[Shingle, tuple[int, ...]], known: set[Shingle]
    ) -> int:
        idx = len(self._sizes)
        self._exact.setdefault(words, idx)
        postings = self._postings
        grown: dict[Shingle, tuple[int, ...]] = {}
        for g in known:
            post = postings[g]
            grown[g] = (*post, idx) if len(post) <= self.max_postings else post
        if postings:
            postings.update(grams)  # new shingles, reusing the hashes ``grams`` holds
            postings.update(grown)  # then the known ones, which that overwrote
        else:
            self._postings = grams  # the first item's map is the whole index
        self._sizes.append(len(grams))
        self._words.append(words)
        return idx
