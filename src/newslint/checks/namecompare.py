"""Word-level comparison of names: is one written word a plausible slip for another?

Used by the entity-spelling check, against the known-entities lists and within an article.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.distance import OSA

from newslint.lexicon import is_word

_VOWELS = str.maketrans("", "", "aeiouy")
# Titles that are part of some listed names (Prince William, Pope Leo XIV): words, inflected
# as words ("Princes William and Harry").
TITLES = frozenset("prince princess king queen pope emperor sheikh duke lord lady".split())


def allowed(
    a: str,
    b: str,
    max_edits: int,
    strict: bool = False,
    *,
    names: bool = False,
    lenient: bool = False,
    listed: bool = False,
    backed: bool = False,
) -> int | None:
    """Edits between two differing words if that is a plausible typo, else None.

    Initials and two-letter words (Mr/Ms, US/UK) never count. A word under six letters may take
    one edit, a longer one ``max_edits``. An ending added or dropped (Korea/Korean: inflection)
    and British/American variants (Defence/Defense) are no slip between words; with ``names``
    (a person's name compared with a listed one) they are, as a name has one spelling
    (Reeve/Reeves, Powel/Powell), and with ``listed`` (another listed name) they are unless
    both are dictionary words (Airbuss/Airbus, but Defence/Defense). Two edits are a typo
    only when the written word is not itself an English word or common name (Hawkins is not a
    misspelt Hipkins); with
    ``lenient`` (the rest of a long name is written exactly) a short word may take two edits
    and a written name is no bar (Hakim Jeffries, Keith Starmer): the caller weighs whether it
    is another person. With ``strict`` (no list to back the guess) the two may not both be
    words (Southern/Northern).
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
    limit = max_edits if lenient or min(len(a), len(b)) >= 6 else 1
    d = osa_within(a, b, limit)
    if d > limit:
        return None
    if (
        (not names or b in TITLES)
        and (_inflected(a, b) or regional_variant(a, b))
        and (not listed or (is_word(a) and is_word(b)))
    ):
        return None
    # Leniency lifts the bar for a short word only: Keith/Keir, not Morgan/Megan; a surname
    # alone beside its full name in the article (``backed``) needs no bar (Whitmore).
    if (d >= 2 and is_word(a) and not backed and not (lenient and len(a) < 6)) or (
        strict and is_word(a) and is_word(b)
    ):
        return None
    return d


def name_cost(
    mine: Sequence[str],
    theirs: Sequence[str],
    max_edits: int,
    strict: bool,
    variants: bool,
    names: bool = False,
    listed: bool = False,
) -> int:
    """Edits between two spellings of a name of as many words, each differing word a
    plausible slip (:func:`allowed`); with ``variants`` a transliterated first name counts 3;
    ``names`` for a person's name compared with a listed one, ``listed`` for another listed
    name (see :func:`allowed`). 99 when some word is not a slip.

    When one word differs and the others are written exactly, that word is judged leniently
    (a short word may take two edits: Hakim/Hakeem Jeffries, Greg Abot/Abbott) if the others
    make six letters or more, or it is no word or common name itself.
    """
    differing = [i for i, (a, b) in enumerate(zip(mine, theirs, strict=True)) if a != b]
    lenient = backed = False
    if names and len(differing) == 1:
        rest = sum(len(t) for i, t in enumerate(mine) if i != differing[0])
        lenient = rest >= 6 or (rest >= 3 and not is_word(mine[differing[0]]))
        # Another first name before a surname few bear is still taken for a slip (Fredrick
        # Merz, Emmanuelle Macron), unlike one before a common surname (Morgan Stanley).
        backed = differing[0] == 0 and len(mine) > 1 and _rare_surname(mine[-1])
    cost = 0
    for i in differing:
        a, b = mine[i], theirs[i]
        d = allowed(
            a, b, max_edits, strict, names=names, lenient=lenient, listed=listed, backed=backed
        )
        if (
            d is None
            and variants
            and i == 0
            and first_name_variant(a, b)
            and not regional_variant(a, b)
        ):
            d = 3
        if d is None:
            return 99
        cost += d
    return cost


def _rare_surname(word: str) -> bool:
    from newslint.checks.realnames import COMMON_SHARED_SURNAME, surname_share

    return surname_share(word) < COMMON_SHARED_SURNAME


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
    ("ence", "ense"),
    ("ogue", "og"),
    ("yse", "yze"),
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


def typists_slip(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by a doubled letter written once or twice (Rodick and
    Roddick) or by two neighbouring letters swapped: the slips of a typist's fingers."""
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and (a[diff[0]], a[diff[1]]) == (b[diff[1]], b[diff[0]])
        )
    short, long_ = sorted((a, b), key=len)
    if len(long_) != len(short) + 1:
        return False
    return any(
        long_[i] == long_[i + 1] and long_[:i] + long_[i + 1 :] == short
        for i in range(len(long_) - 1)
    )
