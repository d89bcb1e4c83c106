"""A name written two ways in an article, as hits: the writings that one rule pairs (the
rarer against the other) become one hit at each rarer reference, naming the lines of the
other, with a fix only for a slip of the letters the article settles two to one.

The pairs come from the rules of capitals and spacing (:func:`capitals`), of punctuation
(:func:`apostrophes`) and of a final s (:func:`final_s_hits`); the word-by-word comparison of
:mod:`newslint.checks.name_variants` reports through :func:`disagreement` too.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence

from newslint.checks.name_acronym_case import titled
from newslint.checks.name_capitals import (
    Pair,
    acronym_capitals,
    acronyms,
    lowered,
    paragraph_runs,
    spaced,
)
from newslint.checks.name_case import (
    acronyms_lowered,
    at_sentence_starts,
    lowered_words,
    shouted,
)
from newslint.checks.name_consistency import inconsistent
from newslint.checks.name_ends import Slip
from newslint.checks.name_inner_capitals import lowered_prefix
from newslint.checks.name_lowered import first_word_lowered, lowered_in_full
from newslint.checks.name_particles import particle_cases
from newslint.checks.name_phrases import (
    long_names,
    one_join_apart,
    one_word_apart,
    two_words_swapped,
)
from newslint.checks.name_ranking import Ref
from newslint.checks.name_references import References
from newslint.checks.name_runs import Tok
from newslint.checks.name_small_words import small_words
from newslint.checks.name_word_case import lowered_names
from newslint.document import Document
from newslint.findings import Hit, Severity
from newslint.model import Block


def capitals(
    doc: Document,
    runs: Sequence[Sequence[Tok]],
    refs: References,
    severity: Severity,
    paragraphs: Sequence[Block],
) -> Iterator[Hit]:
    """Names written two ways by their capitals or their spacing (see
    :mod:`newslint.checks.name_capitals`), or a word or a joining word apart in a longer name
    (see :mod:`newslint.checks.name_phrases`), in the article's ``paragraphs`` (see
    :func:`newslint.checks.name_capitals.plain_paragraphs`)."""
    names = paragraph_runs(doc, runs, paragraphs)
    longer = long_names(doc, runs, paragraphs)
    known = acronym_capitals(doc, paragraphs)
    asked = question_severity(severity)
    pairs = itertools.chain(
        (
            (pair, severity)
            for pair in itertools.chain(
                at_sentence_starts(doc, lowered(doc, names), paragraphs),
                titled(doc, paragraphs, known),
                acronyms_lowered(doc, paragraphs, known),
                shouted(doc, paragraphs, known),
                one_word_apart(doc, longer),
                small_words(doc, paragraphs),
            )
        ),
        ((pair, asked) for pair in acronyms(doc, paragraphs, known)),
        ((pair, asked) for pair in particle_cases(doc)),
        ((pair, asked) for pair in lowered_prefix(doc, paragraphs)),
        ((pair, asked) for pair in two_words_swapped(longer)),
        ((pair, None) for pair in spaced(names, refs.words, doc.masked)),
        ((pair, None) for pair in lowered_words(doc, names, refs.spellings, paragraphs)),
    )
    for (minor, major), tie_severity in pairs:
        rarer, other = as_refs(minor), as_refs(major)
        tie = len(rarer) >= len(other)  # (an acronym's lower case may be the commoner)
        for found in disagreement(doc, rarer, other, tie, severity, False):
            if tie and tie_severity is not None:  # nothing says which capitals are right
                found = question(found, other, tie_severity)
            yield found
    asking = itertools.chain(
        one_join_apart(doc, longer),
        lowered_names(doc, refs.spellings, paragraphs),
        ((pair, True) for pair in lowered_in_full(doc, names)),
        ((pair, True) for pair in first_word_lowered(doc, names)),
    )
    for (minor, major), ask in asking:
        yield from unfixed(doc, as_refs(minor), as_refs(major), ask, severity)


def question_severity(severity: Severity) -> Severity:
    """The severity of a finding that asks which of two writings is right: one step below
    ``severity``, info at least."""
    return Severity(max(Severity.INFO, severity - 1))


def unfixed(
    doc: Document, minor: list[Ref], major: list[Ref], ask: bool, severity: Severity
) -> Iterator[Hit]:
    """A hit at each of the ``minor`` references, with no fix: a question if ``ask`` (see
    :func:`questions`), else the ``major`` writing suggested."""
    if ask:
        return questions(doc, minor, major, severity)
    return disagreement(doc, minor, major, False, severity, False)


def questions(
    doc: Document, minor: list[Ref], major: list[Ref], severity: Severity
) -> Iterator[Hit]:
    """A hit at each of the ``minor`` references asking which writing is right, with no
    suggestion and no fix (see :func:`question`)."""
    for found in disagreement(doc, minor, major, True, severity, False):
        yield question(found, major, severity)


def question(found: Hit, other: Sequence[Ref], severity: Severity) -> Hit:
    """``found`` as a question at ``severity``: no suggestion, the ``other`` writing named in
    its data (nothing says which writing is the name's)."""
    data = {**found.data, "other": other[0].text}
    return found._replace(suggestions=(), data=data, severity=severity)


def apostrophes(
    doc: Document,
    pairs: Iterable[Pair],
    severity: Severity,
    letters: bool = True,
    ask: bool = False,
) -> Iterator[Hit]:
    """A name's punctuation lost (see :func:`newslint.checks.name_glued.lost_apostrophes`,
    :func:`newslint.checks.name_titles.lost_marks`); a fix only where ``letters`` (see
    :func:`disagreement`); asked on a tie, or always, with no suggestion, if ``ask``."""
    for minor, major in pairs:
        rarer, other = as_refs(minor), as_refs(major)
        if ask:
            yield from questions(doc, rarer, other, severity)
        else:
            yield from disagreement(doc, rarer, other, len(rarer) == len(other), severity, letters)


def final_s_hits(doc: Document, slips: Iterable[Slip], severity: Severity) -> Iterator[Hit]:
    """A name written with and without a final s (see :mod:`newslint.checks.name_ends`): a
    hit at each rarer reference, a fix only where the slip is ``fixable``, a question where
    it would ``ask``, with no suggestion unless it may ``suggest``."""
    for slip in slips:
        minor, major = as_refs(slip.minor), as_refs(slip.major)
        if slip.suggest:
            yield from disagreement(doc, minor, major, slip.ask, severity, letters=slip.fixable)
        else:
            yield from questions(doc, minor, major, severity)


def as_refs(spans: Iterable[tuple[int, int, str]]) -> list[Ref]:
    """The spans of one writing of a name (see :data:`newslint.checks.name_capitals.Pair`),
    as references standing alone."""
    return [Ref(text, start, end, frozenset()) for start, end, text in spans]


def disagreement(
    doc: Document,
    minor: list[Ref],
    major: list[Ref],
    doubt: bool,
    severity: Severity,
    letters: bool = True,
) -> Iterator[Hit]:
    """A hit at each of the ``minor`` references, naming the lines of the ``major`` ones; a
    fix only for a slip of the ``letters`` (capitals and spacing are a house's style, and the
    article's majority may not be the name's: TimeWarner, Minidisc) where these outnumber the
    others two to one, and no fix in ``doubt``."""
    theirs = major[0].text
    lines = ", ".join(dict.fromkeys(str(doc.position(r.start)[0]) for r in major))
    n = len(major)
    refs = f"{n} other reference{'s' if n > 1 else ''} (line{'s' if ',' in lines else ''} {lines})"
    if doubt:
        problem = f"and {refs} spell this name differently; check which is right:"
    else:
        problem = f"is spelled differently from {refs} in this article:"
    fixable = letters and not doubt and n >= max(2, 2 * len(minor))
    for ref in minor:
        found = inconsistent(ref.start, ref.end, theirs, n, severity)
        yield found._replace(
            args={**found.args, "problem": problem}, fix=found.fix if fixable else None
        )
