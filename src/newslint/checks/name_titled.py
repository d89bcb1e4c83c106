"""A surname after a courtesy title ("Mr Sans") that no full name of the article has, read
against the surnames of the article's full names ("Jez San").

The title says the word is a person's surname, and news copy names a person in full before
"Mr X", so here a word or a real name of its own is no bar (Ms Kelley after Ruth Kelly), as it
is for a lone word. The titled word is a slip of a full name's surname when it is one letter
from exactly one surname of the article (no other within one letter) and that letter is a
final s (San and Sans), a doubled letter, two neighbouring letters swapped, or any letter where
both have five letters or more. It is no slip when the two are one name transliterated (Müller
and Mueller), or when the title does not fit the full name's first name (Helen Clarke and Mr
Clark: another person).

Reported where the full name's spelling is written as often as the titled one or more; asked
on a tie, and asked when the titled spelling is a listed name's and the full name's is not
(the list may back the titled one: Diane Abbot and Ms Abbott); never with a fix, as no list
says which person the article means.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple, Protocol

from rapidfuzz import process
from rapidfuzz.distance import OSA

from newslint.checks.name_consistency import inconsistent
from newslint.checks.name_lists import PERSON_KINDS
from newslint.checks.namecompare import typists_slip
from newslint.checks.realnames import common_surname, first_name_sex
from newslint.entities import EntityIndex, fold_name
from newslint.findings import Hit, Severity
from newslint.positions import LineIndex

# A courtesy title right before a word, with or without its full stop ("Mr Sans", "Mr. Sans"),
# written as a title is (not "MS" nor "DR Congo"), spaces or one line break between (a
# hard-wrapped paragraph; masked markup leaves spaces: "Mr [Sans](url)").
_TITLE_BEFORE = re.compile(r"(?<![\w.])(Mr|Mrs|Ms|Dr)\.?(?:[ \t\u00a0]+|[ \t]*\r?\n[ \t]*)\Z")
_SEX = {"Mr": "male", "Mrs": "female", "Ms": "female"}
# The first names before a surname: "Helen Clarke", "David and Helen Clarke".
_FIRST_NAMES = re.compile(
    r"(?<![\w'’\-.])([^\W\d_][\w'’\-]*)(?:[ \u00a0]+(?:and|&)[ \u00a0]+([^\W\d_][\w'’\-]*))?"
    r"[ \u00a0]\Z"
)
_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


class Surname(Protocol):
    """A full name of the article, by its surname (see ``name_words.Name``)."""

    @property
    def surname(self) -> str: ...
    @property
    def start(self) -> int: ...  # where the written surname is
    @property
    def listed(self) -> bool: ...


def listed_surname(index: EntityIndex, word: str) -> bool:
    """Whether ``word`` is the surname of a person of the lists (Abbott: Greg Abbott), not only
    a word of some listed name (Sans: Médecins Sans Frontières)."""
    key = fold_name(word)
    return any(
        form.kind in PERSON_KINDS
        for n in (2, 3)
        for form in index.sharing_token(("",) * (n - 1) + (key,), n - 1)
    )


def courtesy_title(text: str, start: int, block_start: int = 0) -> str:
    """The courtesy title ("Mr", "Mrs", "Ms", "Dr") right before the word at ``start`` of
    ``text``, in its block (from ``block_start``), or ""."""
    m = _TITLE_BEFORE.search(text, max(block_start, start - 16), start)
    return m.group(1) if m else ""


class Settled(NamedTuple):
    """What the titled-surname rule has judged in an article, for the other in-article rules
    to leave alone: the starts of the titled surnames it read, and the pairs of folded
    spellings it found to be two people's (Helen Dowsett and Mr Dowset)."""

    words: set[int]
    apart: set[frozenset[str]]

    def holds(self, start: int, end: int, spellings: tuple[str, str]) -> bool:
        """Whether a finding at ``start``-``end`` between the two ``spellings`` is judged:
        it covers a titled surname read, or names two people's spellings."""
        pair = frozenset(fold_name(w) for w in spellings)
        return pair in self.apart or any(start <= at < end for at in self.words)


class Article(NamedTuple):
    """What a surname after a courtesy title is read against: the article's full names by
    their folded surnames, the places that write each folded spelling as a person's name, the
    places of the full names by surname, the text and the severity; and the pairs of
    spellings found to be two people's, as they are found."""

    surnames: Mapping[str, Surname]
    references: Mapping[str, AbstractSet[int]]
    full_names: Mapping[str, AbstractSet[int]]
    text: str
    severity: Severity
    apart: set[frozenset[str]]  # filled: the pairs of spellings found to be two people's


def titled_slip(
    written: tuple[str, int, int, str], article: Article, listed: bool
) -> list[Hit] | None:
    """The findings for the surname ``written`` (text, start, end, title) after a courtesy
    title, read against the ``article``'s full names, where the titled spelling is a listed
    person's surname or not (``listed``, see :func:`listed_surname`): None if it is no full
    name's slip, else its findings (none where the article does not say it is the slip)."""
    word, start, end, title = written
    surnames, references, text = article.surnames, article.references, article.text
    key = fold_name(word)
    near = process.extract(key, list(surnames), scorer=OSA.distance, score_cutoff=1, limit=None)
    rivals = [other for other, _, _ in near if other != key]
    if len(rivals) > 1:
        return []  # (either may be meant, or neither)
    if not rivals or not _slip_shape(key, rivals[0]):
        return None
    name = surnames[rivals[0]]
    mine, theirs = sorted(references[key]), sorted(references[rivals[0]])
    full = sorted(article.full_names[rivals[0]])
    if left_alone(title, word, name.surname, text, full):
        article.apart.add(frozenset((key, rivals[0])))
        return []
    if len(mine) > len(theirs):
        return []
    lines = LineIndex(text)
    at = [lines.position(offset)[0] for offset in theirs]
    tie = len(mine) == len(theirs)
    doubt = listed and not name.listed
    found = inconsistent(start, end, name.surname, len(theirs), article.severity, tie, at, doubt)
    return [found._replace(fix=None)]


def left_alone(title: str, word: str, surname: str, text: str, places: Sequence[int]) -> bool:
    """Whether the surname ``word`` after ``title`` is no slip of ``surname``, written in full
    names at ``places`` of ``text``: one name transliterated (Müller and Mueller), or, where
    ``word`` is a common surname of its own, another person's (see :func:`_another_person`;
    Mr Clark after Helen Clarke; but Mr Heatherinton after Helen Hetherington may be her
    husband, his name misspelt)."""
    if _transliterated(word, surname):
        return True
    return common_surname(word) and _another_person(title, text, places)


def _another_person(title: str, text: str, places: Sequence[int]) -> bool:
    """Whether ``title`` fits none of the first names before the surnames at ``places`` in
    ``text``: Mr Clark after Helen Clarke, Mrs Kelley after Ronald Kelly (not after David and
    Helen Clarke; a first name borne by both sexes says nothing)."""
    wanted = _SEX.get(title)
    sexes = set()
    for start in places:
        m = _FIRST_NAMES.search(text, max(0, start - 40), start)
        for first in m.groups() if m else ():
            if first and first[0].isupper():
                sexes.add(first_name_sex(first))
    sexes.discard(None)
    return wanted is not None and bool(sexes) and wanted not in sexes


def _slip_shape(a: str, b: str) -> bool:
    """Whether folded ``a`` and ``b``, one edit apart, differ as a slip does: a final s, a
    doubled letter, two letters swapped, or any letter where both have five letters or more."""
    return a + "s" == b or b + "s" == a or typists_slip(a, b) or min(len(a), len(b)) >= 5


def _transliterated(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one name, its umlauts written out in one (Müller, Mueller)."""
    return a.lower().translate(_TRANSLITERATION) == b.lower().translate(_TRANSLITERATION)
