"""The capitalised words that the in-article comparison of names reads, by spelling.

Each word's place is found once per article; the names around it (the other words of its
name, a name joined to it by "and") only for the spellings that are compared, which in most
articles are few or none.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

import regex

from newslint.checks.name_ranking import Ref
from newslint.checks.name_runs import PARTICLES, Tok, is_stop
from newslint.document import Document

_INNER_CAPITAL = re.compile(r"(?<![\w'’\-.])[a-z]+[A-Z][A-Za-z]*\b")
# A small letter and a capital, as in any such name.
_LOWER_UPPER = re.compile("[a-z][A-Z]")
_JOINED_AFTER = regex.compile(r"[ \u00a0](?:and|&)[ \u00a0](\p{Lu}\w+)")
_JOINED_BEFORE = regex.compile(r"(?<![\w'’\-.])(\p{Lu}\w+)[ \u00a0](?:and|&)[ \u00a0]\Z")
# Where one spelling is written: start, end, and the index of its run.
Place = tuple[int, int, int]
# A word in lower case, of ASCII letters ("outboard", not "zörvak").
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_LOWER_WORDS = "name_references.lower_words"  # its key in Document.memo


def lower_words(doc: Document) -> frozenset[str]:
    """The words of ASCII letters the article writes in lower case: the evidence that a
    capitalised word is a word, not a name ("Games" beside "games"). Read once per article
    (kept in ``doc.memo``) for every in-article rule that asks."""
    found = doc.memo.get(_LOWER_WORDS)
    if found is None:
        found = doc.memo[_LOWER_WORDS] = frozenset(_LOWER_WORD.findall(doc.masked))
    return found


class References:
    """The capitalised words of an article's runs (titles, function words and name
    particles aside) and the names with a capital inside a lower-case start (iTunes, eBay),
    but none of a block written mostly in capitals (a headline or a slug)."""

    def __init__(self, doc: Document, runs: Iterable[Sequence[Tok]]) -> None:
        self.doc = doc
        self.words: list[Tok] = []  # in the order read: the runs, then the inner capitals
        self.spellings: dict[str, list[Place]] = {}  # in order of first appearance
        self._runs: list[Sequence[Tok]] = []
        self._names: list[list[Tok]] = []  # each run's words read
        shouting: dict[int, bool] = {}
        inner = (
            [(m.group(), m.start(), m.end())]
            for block in (doc.prose_blocks() if _LOWER_UPPER.search(doc.masked) else ())
            for m in _INNER_CAPITAL.finditer(doc.masked, block.start, block.end)
        )
        for run in itertools.chain(runs, inner):
            words = [t for t in run if not (is_stop(t[0]) or t[0] in PARTICLES)]
            if not words:
                continue
            # (A run lies in one block: the block of its first word.)
            block = doc.block_at(words[0][1])
            key = block.start if block is not None else -1
            if key not in shouting:
                body = doc.masked[block.start : block.end] if block is not None else words[0][0]
                shouting[key] = mostly_capitals(body)
            if shouting[key]:
                continue
            index = len(self._runs)
            self._runs.append(run)
            self._names.append(words)
            self.words += words
            for text, start, end in words:
                self.spellings.setdefault(text, []).append((start, end, index))

    def of(self, text: str) -> list[Ref]:
        """The references of one spelling, each with the other words of its name."""
        return [self._ref(text, start, end, index) for start, end, index in self.spellings[text]]

    def _ref(self, text: str, start: int, end: int, index: int) -> Ref:
        words = self._names[index]
        others = frozenset(w[0] for w in words if w[0] != text)
        after = frozenset(w[0] for w in words if w[1] > start) | partners(
            self.doc, self._runs[index]
        )
        return Ref(text, start, end, others, after - {text})


def partners(doc: Document, run: Sequence[Tok]) -> frozenset[str]:
    """The names joined to a run by "and" or "&" ("Rodgers and Hammerstein"): the word
    after, and the word before."""
    found = set()
    m = _JOINED_AFTER.match(doc.masked, run[-1][2])
    if m:
        found.add(m[1])
    m = _JOINED_BEFORE.search(doc.masked, max(0, run[0][1] - 40), run[0][1])
    if m:
        found.add(m[1])
    return frozenset(found)


def mostly_capitals(text: str) -> bool:
    """Whether more than 0.6 of the letters of ``text`` are capitals (a headline or a slug)."""
    alpha = "".join(filter(str.isalpha, text))
    return sum(map(str.isupper, alpha)) > 0.6 * len(alpha)
