"""Runs of capitalised words in a document's prose: the names the entity check reads."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from functools import lru_cache

import regex

from newslint.document import Document
from newslint.entities import strip_possessive

# Words that begin a capitalised run without being part of a name: titles, and function
# words capitalised at the start of a sentence ("But Tory", "The UK", "Mr Howard").
STOP_WORDS = frozenset(
    "a an and as at but by for from he her his if in it its my of on or our she so than that "
    "the their then there these they this those to we when where while who with yet "
    "mr mrs ms dr mp prof sir lord lady dame rev gen col capt sgt lt gov sen rep st "
    "president minister chancellor secretary senator governor mayor judge justice king queen "
    "prince princess pope chairman chairwoman chair chief director coach captain".split()
)
WITHIN_MAX_WORDS = 4  # names longer than this are compared with the lists only


def all_caps(toks: tuple[str, ...]) -> bool:
    """An all-capitals run (a headline or wire slug) is not a name spelled two ways."""
    return all(map(str.isupper, toks))


@lru_cache(maxsize=1 << 16)
def is_stop(token: str) -> bool:
    return token.lower().rstrip(".") in STOP_WORDS


PARTICLES = frozenset(
    "de da del della der den di do dos das du la le van von bin ibn al el y e zu".split()
)
# A capitalised word, with any possessive ending (stripped later). Only these are scanned for:
# name particles are looked for only between two of them (see gap), which is much cheaper.
# Run by ``regex``: its \w (Unicode's word characters: combining marks yes, superscript
# digits no) is the one the word rules use; ``re``'s differs ("Macron¹" would be one word).
_WORD_AFTER_CAPITAL = r"\w*(?:[’'\-.](?=[^\W_])\w*)*(?:['’]s?)?"
CAPITALISED = regex.compile(rf"(?<![\w'’\-.])\p{{Lu}}{_WORD_AFTER_CAPITAL}")
_PARTICLE = "(?:" + "|".join(sorted(PARTICLES, key=lambda p: (-len(p), p))) + ")"
_PARTICLE_INITIALS = frozenset(p[0] for p in PARTICLES)
# What may separate two words of one name: a space, and after an initial or Jr/Sr/St also ". ";
# name particles ("Luiz da Silva", "Ludwig van Beethoven") may stand between them.
_SEPARATION = r"[ \u00a0]"
_SEPARATION_AFTER_INITIAL = r"(?:[ \u00a0]|\. )"
_GAP_AFTER_INITIAL_SOURCE = (
    rf"{_SEPARATION_AFTER_INITIAL}(?:{_PARTICLE}{_SEPARATION_AFTER_INITIAL})*"
)
_GAP = re.compile(rf"{_SEPARATION}(?:{_PARTICLE}{_SEPARATION})*")
_GAP_AFTER_INITIAL = re.compile(_GAP_AFTER_INITIAL_SOURCE)
_LETTERS = re.compile("[a-z]+")
POSSESSIVE_ENDS = ("'", "’", "'s", "’s")


Tok = tuple[str, int, int]  # text (possessive stripped), start, end


def capitalised_runs(doc: Document, single: bool) -> Iterator[list[Tok]]:
    """Runs of capitalised words (with name particles inside) in prose blocks; runs of one
    word only if ``single``.

    Two capitalised words join when only a space separates them (see :func:`gap` for the
    rest); a possessive ends a run ("Rubio's").
    """
    return (run for run in _runs(doc) if single or len(run) > 1)


def _runs(doc: Document) -> Iterator[list[Tok]]:
    masked = doc.masked
    for block in doc.prose_blocks():
        run: list[Tok] = []
        for m in CAPITALISED.finditer(masked, block.start, block.end):
            word, start = m.group(), m.start()
            capital = word[0].isupper()  # (a capital to regex's Unicode tables, not Python's)
            joined = gap(masked, run[-1][2], start, run[-1][0]) if capital and run else None
            if joined is not None:
                run.extend(joined)
            elif run:  # the run ends before this word, which may start the next
                yield run
                run = []
            if not capital:
                continue
            bare = strip_possessive(word) if word.endswith(POSSESSIVE_ENDS) else word
            run.append((bare, start, start + len(bare)))
            if bare != word:  # a possessive ends the name
                yield run
                run = []
        if run:
            yield run


def gap(masked: str, end: int, start: int, prev: str) -> list[Tok] | None:
    """The particles between two capitalised words (``prev`` ends at ``end``) that belong to
    one name, or None if the text between them breaks the name."""
    if start - end == 1 and masked[end] in " \u00a0":
        return []
    # Past its first separator, a longer gap must start with a particle (a quick test first).
    if start - end > 2 and masked[end + 1 + (masked[end] == ".")] not in _PARTICLE_INITIALS:
        return None
    after_initial = len(prev) == 1 or prev in ("Jr", "Sr", "St")
    if (_GAP_AFTER_INITIAL if after_initial else _GAP).fullmatch(masked, end, start) is None:
        return None
    return [(m.group(), m.start(), m.end()) for m in _LETTERS.finditer(masked, end, start)]


def trimmed(run: Sequence[Tok], also: Collection[str] = ()) -> list[Tok]:
    """The words of ``run`` after the titles and function words that start it ("Mr", "But"),
    and any words in ``also`` among them."""
    words = list(run)
    while words and (is_stop(words[0][0]) or words[0][0] in also):
        words.pop(0)
    return words


def names_in(doc: Document) -> Iterator[tuple[str, ...]]:
    """The names of two to four words a document's prose holds, as the check reads them:
    runs of capitalised words, without the titles and function words that start them, nor
    all-capitals runs (for ``newslint entities learn``)."""
    for run_ in capitalised_runs(doc, False):
        words = [t[0] for t in trimmed(run_)]
        names = 2 <= len(words) <= WITHIN_MAX_WORDS and words[-1] not in PARTICLES
        if names and not all_caps(tuple(words)):
            yield tuple(words)
