"""Paragraph fingerprints shared by the duplicate and headline checks."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from newslint.text import fold

_TOKEN = re.compile(r"\w+(?:[.,%]\w+)*%?")


def tokens(text: str) -> tuple[str, ...]:
    """Comparable words: case, accents, curly quotes and dashes folded; punctuation dropped."""
    return tuple(_TOKEN.findall(fold(text)))


def shingles(words: Sequence[str], n: int) -> set[tuple[str, ...]]:
    """Word n-grams (the whole sequence when it is shorter than n)."""
    if len(words) <= n:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


@dataclass(frozen=True, slots=True)
class Match:
    """An earlier item that a new one resembles."""

    index: int
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
        self._postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self._sizes: list[int] = []

    def find(self, words: tuple[str, ...], threshold: float) -> Match | None:
        """The best earlier item whose resemblance (Jaccard, or containment for an added
        clause) is at least ``threshold``, exact copies first."""
        if words in self._exact:
            return Match(self._exact[words], 1.0, True)
        grams = shingles(words, self.n)
        shared: Counter[int] = Counter()
        for g in grams:
            post = self._postings.get(g)
            if post and len(post) <= self.max_postings:
                shared.update(post)
        best: Match | None = None
        for idx, common in shared.items():
            other = self._sizes[idx]
            jaccard = common / (len(grams) + other - common)
            containment = common / min(len(grams), other)
            score = max(jaccard, containment * 0.9 if min(len(grams), other) >= 8 else 0.0)
            if score >= threshold and (best is None or score > best.similarity):
                best = Match(idx, score, False)
        return best

    def add(self, words: tuple[str, ...]) -> int:
        """Index an item and return its number."""
        idx = len(self._sizes)
        self._exact.setdefault(words, idx)
        grams = shingles(words, self.n)
        for g in grams:
            self._postings[g].append(idx)
        self._sizes.append(len(grams))
        return idx
