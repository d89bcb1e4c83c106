"""Word-level comparison of names: is one written word a plausible slip for another?

Used by the entity-spelling check, against the known-entities lists and within an article.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

from newslint.lexicon import is_word

_VOWELS = str.maketrans("", "", "aeiouy")


def allowed(a: str, b: str, max_edits: int, strict: bool = False) -> int | None:
    """Edits between two differing words if that is a plausible typo, else None.

    Initials and short words (Mr/Ms, US/UK) never count, nor an ending added or dropped
    (Korea/Korean: inflection), nor British/American variants. Two edits are a typo only when
    the written word is not itself an English word or common name (Hawkins is not a misspelt
    Hipkins); with ``strict`` (no list to back the guess) the two may not both be words
    (Southern/Northern).
    """
    if min(len(a), len(b)) < 3:
        return None
    if "-" in a or "-" in b:
        # Hyphenated given names (Jong-un, Jae-myung): a changed syllable is another name.
        pa, pb = a.split("-"), b.split("-")
        if len(pa) != len(pb):
            return None
        diffs = [(x, y) for x, y in zip(pa, pb, strict=True) if x != y]
        if len(diffs) != 1 or min(map(len, diffs[0])) < 4 or osa_within(*diffs[0], 1) > 1:
            return None
    limit = 1 if min(len(a), len(b)) < 6 else max_edits
    d = osa_within(a, b, limit)
    if d > limit or _inflected(a, b) or regional_variant(a, b):
        return None
    if (d >= 2 and is_word(a)) or (strict and is_word(a) and is_word(b)):
        return None
    return d


def osa_within(a: str, b: str, limit: int) -> int:
    """The optimal-string-alignment distance between ``a`` and ``b`` (edits: insert, delete,
    substitute, swap two adjacent letters) when it is at most ``limit``, else ``limit + 1``."""
    return OSA.distance(a, b, score_cutoff=limit)


_ENDINGS = frozenset(
    {"s", "es", "n", "an", "ian", "ns", "ans", "ese", "i", "is", "ish", "er", "ers"}
)


def _inflected(a: str, b: str) -> bool:
    """One word is the other plus an English ending (Korea/Korean, Jones/Jone)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return long_.startswith(short) and long_[len(short) :] in _ENDINGS


_REGIONAL = (
    ("our", "or"),
    ("isation", "ization"),
    ("ise", "ize"),
    ("tre", "ter"),
    ("ll", "l"),
    ("ae", "e"),
    ("oe", "e"),
)


def regional_variant(a: str, b: str) -> bool:
    """British and American spellings of one word (Labour/Labor, Centre/Center)."""
    # (A pair in neither word changes nothing: skip the copies.)
    return a == b or any(
        (x in a or x in b) and a.replace(x, y) == b.replace(x, y) for x, y in _REGIONAL
    )


def first_name_variant(a: str, b: str) -> bool:
    """Transliterated first names: same initial and same consonants (Vladimir/Volodymyr)."""
    return (
        a[:1] == b[:1] and min(len(a), len(b)) >= 6 and a.translate(_VOWELS) == b.translate(_VOWELS)
    )
