"""Words: the word pattern, word counts, and folding for comparison."""

from __future__ import annotations

import re
import unicodedata

# A letter or digit, then word characters, with single inner apostrophes, hyphens and periods
# ("don't", "well-known", "U.S").
WORD = re.compile(r"[^\W_]\w*(?:[’'\-.][^\W_]\w*)*")
_WORD_CHARS = re.compile(r"\w+")


def count_words(s: str) -> int:
    """Number of words (:data:`WORD` matches) in ``s``."""
    return len(WORD.findall(s))


def normalize_words(s: str) -> list[str]:
    """Words of ``s`` for comparison: folded, punctuation dropped."""
    return _WORD_CHARS.findall(fold(s))


def fold(s: str) -> str:
    """Case-fold, strip accents, straighten apostrophes and quotes, unify dashes."""
    if s.isascii():
        return s.lower()
    for curly, straight in _STRAIGHTEN:
        if curly in s:
            s = s.replace(curly, straight)
    if s.isascii():
        return s.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", s)).casefold()


# Combining marks (accents) left by NFKD: diacritics, extended, supplement, for symbols, halves.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


_STRAIGHTEN = (
    ("’", "'"),
    ("‘", "'"),
    ("“", '"'),
    ("”", '"'),
    ("–", "-"),
    ("—", "-"),
    ("‐", "-"),
    ("\u00a0", " "),
)
