"""Which of two spellings of a name in an article is the slip, and the evidence that the two
are no slip at all but two names (two people each named in full, a name beside a common word,
a spelling English text prints as a name of its own)."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from newslint.checks.name_freq import COMMON, RARE, WORDLIKE, zipf
from newslint.checks.realnames import any_first_name, common_surname
from newslint.entities import fold_name


@dataclass(frozen=True, slots=True)
class Ref:
    """One capitalised word of the article."""

    text: str
    start: int
    end: int
    others: frozenset[str]  # the other words of its name (none when it stands alone)
    # The words of its name after it, and a name joined to it by "and" (Hammerstein).
    after: frozenset[str] = frozenset()

    @property
    def full(self) -> bool:
        """Whether it is part of a name of two words or more."""
        return bool(self.others)


def ranking(
    a: list[Ref],
    b: list[Ref],
    kind: str,
    lower: AbstractSet[str],
    titled: AbstractSet[int] = frozenset(),
) -> tuple[list[Ref], list[Ref], bool, bool] | None:
    """The rarer and the commoner spelling of a pair, whether that is in doubt (as many
    references of each, or the world prints the rarer one far more often, or prints it and
    never the commoner: Rexnord once, Rexnard twice; but names newer than ``wordfreq``'s
    counts are printed nowhere either, Zelenskyy twice beside Zelensky, so the majority is
    still suggested), and whether a fix is safe (not when the rarer is a name of its own that
    the names beside it alone tie to the other: it may be someone else's); None when the
    evidence says the two are not one name. As many of each, the one English text never
    prints is the rarer (Matsushita once, Matshushita once). ``titled``: the starts of the
    references after a courtesy title, which the titled-surname rule judges (see
    :mod:`newslint.checks.name_titled`)."""
    minor, major = sorted((a, b), key=weight)  # on a tie, the later spelling is the rarer
    mine, theirs = minor[0].text, major[0].text
    if kind == "case" and shift_slip(theirs) and not shift_slip(mine):
        minor, major = major, minor  # APril: a capital too many, however often
    elif (
        kind == "letters"
        and len(minor) == len(major)
        and (not plausible_slip(mine, theirs, lower) or printed_over(mine, theirs))
        and not real_name(mine)
        and plausible_slip(theirs, mine, lower)
    ):
        # As many of each: the one English text never prints is the slip, whichever is in a
        # fuller name (Activision Inc once, Activison once; Matsushita once, Matshushita
        # Electric once), unless the other is a real name,
        # which may be someone else's (Andy Rodderick, and a Roderick): then the full name is
        # asked about if the real name is a common surname written alone (see below).
        minor, major = major, minor
        mine, theirs = theirs, mine
    elif kind == "letters" and surname_for_a_misspelling(minor, major, lower, titled):
        return major, minor, True, False
    safe = True
    if kind == "letters":
        if two_people(a, b):
            return None
        if not plausible_slip(mine, theirs, lower) or beside_a_word(minor, theirs):
            if not same_company(minor, major, lower):
                return None
            safe = False
    known, unknown = zipf(fold_name(mine)), zipf(fold_name(theirs))
    doubt = len(major) == len(minor) or known >= unknown + 1.5 or (known > 0 and unknown == 0)
    return minor, major, doubt, safe


def printed_over(mine: str, theirs: str) -> bool:
    """Whether English text prints ``mine`` and never ``theirs``."""
    return zipf(fold_name(mine)) > 0 and zipf(fold_name(theirs)) == 0


def same_company(minor: list[Ref], major: list[Ref], lower: AbstractSet[str]) -> bool:
    """Whether two spellings that are each a name in use (Rogers, Rodgers) are one name all
    the same: they start alike and keep the same company, a first name before both or a
    name after both, or joined to both by "and" (Rogers and Hammerstein, Rodgers and
    Hammerstein; Hans Christian Anderson, Hans Christian Andersen), and the article never
    writes the rarer in lower case."""
    mine, theirs = minor[0].text, major[0].text
    if mine[0] != theirs[0] or fold_name(mine) in lower:
        return False
    return bool(_company(minor, lower) & _company(major, lower))


def _company(refs: list[Ref], lower: AbstractSet[str]) -> set[str]:
    """The names beside ``refs`` that tell which name they are: the first names before them
    (not a title: Ayatollah) and the names after them that are no common word (not
    Hemisphere, nor one the article writes in lower case)."""
    found: set[str] = set()
    for r in refs:
        found.update(w for w in r.others - r.after if any_first_name(w))
        found.update(
            w for w in r.after if zipf(fold_name(w)) < WORDLIKE and fold_name(w) not in lower
        )
    return found


def shift_slip(word: str) -> bool:
    """Two capitals and then lower case (APril, THe): the shift key held a letter too long."""
    return len(word) > 2 and word[:2].isalpha() and word[:2].isupper() and word[2:].islower()


def beside_a_word(minor: list[Ref], theirs: str) -> bool:
    """Whether the rarer spelling is a name of its own beside a common word or a very common
    name (Nighty Night, Americus and American, Tim Koogle and Google): it is, unless English
    text never prints it and no first name goes before it."""
    if zipf(fold_name(theirs)) < COMMON:
        return False
    if zipf(fold_name(minor[0].text)) > 0:
        return True
    return any(any_first_name(w) for r in minor for w in r.others)


def two_people(a: list[Ref], b: list[Ref]) -> bool:
    """Whether both spellings are only ever written in full names, each beside a name that
    the other never has: two people, each named in full (Takashi Kiuchi and Kiichi Miyazawa,
    Ayatollah Ruhollah Khomeini and Ayatollah Ali Khamenei; "Free Motjaba Day" names no one
    else)."""
    if not all(r.full for r in (*a, *b)):
        return False
    mine = frozenset().union(*(r.others for r in a))
    theirs = frozenset().union(*(r.others for r in b))
    # in order, so that every run asks wordfreq about the same words (see name_freq.zipf)
    return any(map(_given, sorted(mine - theirs))) and any(map(_given, sorted(theirs - mine)))


def _given(word: str) -> bool:
    """Whether a word beside a name is a name too, not a word of English (Free, Day)."""
    return any_first_name(word) or zipf(fold_name(word)) < WORDLIKE


def weight(refs: list[Ref]) -> tuple[int, int, float, int]:
    """How a spelling ranks: references, then references in a full name, then how often
    English text prints it, then how early it comes."""
    return len(refs), sum(r.full for r in refs), zipf(fold_name(refs[0].text)), -refs[0].start


def plausible_slip(mine: str, theirs: str, lower: AbstractSet[str]) -> bool:
    """Whether ``mine`` may be a slip for ``theirs``: rarely printed, not written in lower
    case in the article, and not a common real name beside another (Johnson, Johnston)."""
    key = fold_name(mine)
    if zipf(key) >= RARE or key in lower:
        return False
    return not (real_name(mine) and real_name(theirs))


def real_name(word: str) -> bool:
    return any_first_name(word) or common_surname(word)


def surname_for_a_misspelling(
    minor: list[Ref], major: list[Ref], lower: AbstractSet[str], titled: AbstractSet[int]
) -> bool:
    """Whether the rarer spelling is a common surname only ever written alone (no one named in
    full bears it) and never after a courtesy title (at ``titled``: the titled-surname rule's),
    as often as the other is written only in full names, which English rarely prints (a slip
    of it: Albert Schwatz once, Schwartz once): the full name is the likelier slip, but the
    surname may be another person's, so the finding asks at the full name."""
    mine, theirs = minor[0].text, major[0].text
    return (
        len(minor) == len(major)
        and not any(r.full or r.start in titled for r in minor)
        and all(r.full for r in major)
        and common_surname(mine)
        and plausible_slip(theirs, mine, lower)
    )
