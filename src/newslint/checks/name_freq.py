"""How often English text prints a word: the evidence that a spelling is a word or a name in
its own right, not a misspelling (a misspelling is seldom printed)."""

from __future__ import annotations

from functools import cache

# A word printed this often (Zipf: log10 of uses per billion words) is a word or a name in its
# own right, no misspelling: Austria 4.1, Owens 3.6, Fishers 2.9; Montieth 1.2, Heinken 0.
RARE = 2.5
# A word beside a name printed this often is an English word, not another name (Free 5.6).
WORDLIKE = 4.0
# A spelling printed this often is a common word or name (Petroleum 3.9, Google 4.5; not
# Heineken 3.0, Taipei 3.3): a rarer spelling beside it may be a name of its own.
COMMON = 3.5


@cache
def zipf(word: str) -> float:
    """How often English text prints ``word`` (folded), on ``wordfreq``'s Zipf scale: asked
    of wordfreq once (loading its counts takes about 250 ms), then read from the word table
    (:mod:`newslint.wordtable`)."""
    from newslint.wordtable import TABLE, WORDFREQ

    known = TABLE.answer(WORDFREQ, word)
    if known is None:
        from wordfreq import zipf_frequency

        known = float(zipf_frequency(word, "en"))
        TABLE.remember(WORDFREQ, word, known)
    return known
