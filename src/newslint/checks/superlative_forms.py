"""What form a superlative finding takes, which decides whether it is reported and how loudly.

* **intensified**: a superlative with an open-ended intensifier ("the toughest race ever",
  "the largest default ever", "in history", "of all time", "in living memory") that nothing
  supports (a record of size or amount is supported by its figure too).
* **record**: "record" and "all-time" without the record's figure or source ("record levels",
  "an all-time high", "record-breaking").
* **hype**: a word that rates the news itself ("historic", "landmark", "unprecedented",
  "stunning", "record levels").
* **judgement**: "most" (or "least") with an adjective of importance, power, quality or harm
  ("the most important", "one of the most powerful"); set against a period ("in decades", "in
  the club's history") it is intensified, unless kept to the recent past ("in recent
  history", "to date").
* **epithet**: a word of standing reputation ("legendary", "iconic", "epic", "a leading"), a
  hype word after a possessive ("England's historic win") or in a pair of adjectives
  ("highbrow and groundbreaking culture"): :mod:`superlative_standing`.
* **class**: a record or hype word naming a class its subject is one of ("one of the
  greatest ever sides", "many of the ground-breaking games", "the biggest banks all fell").
* **figured** and **explained**: a record whose figure, or a hype word or record whose
  precedent, the article gives elsewhere (:mod:`superlative_records`,
  :mod:`superlative_explained`): decided while judging.
* **evaluative**: any other evaluative rank ("the best", "the biggest star", "the most famous").
* **measurable**: a rank of size, speed, amount or age ("the largest", "the fastest-rising").

A time-bounded intensifier ("to date", "in recent years", "in decades") leaves a rank or a
hype word in the form it has without one: it narrows the claim rather than widening it. The
word lists (``epithets``, ``reputation``, ``bounded_intensifiers``) are the rule's options.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newslint.checks import superlative_standing as standing
from newslint.checks import superlative_words as words

RECORD_WORDS = ("record", "all-time")
FORMS = (
    "intensified",
    "record",
    "hype",
    "judgement",
    "epithet",
    "evaluative",
    "measurable",
    "class",
    "figured",
    "explained",
)


def bounded(intensifier: str | None, pattern: re.Pattern[str] | None) -> bool:
    """Whether an intensifier only bounds the claim in time ("to date", "in recent years")."""
    return (
        intensifier is not None
        and pattern is not None
        and pattern.fullmatch(intensifier) is not None
    )


def form_of(
    cand: words.Candidate,
    kind: str,
    intensifier: str | None,
    bounded_pattern: re.Pattern[str],
    toks: Sequence[words.Token],
    lex: words.Lexicon,
    recent_pattern: re.Pattern[str] | None = None,
) -> str:
    """The form of a finding of ``kind`` (evaluative, measurable, intensified) for ``cand``;
    ``recent_pattern``: the bounded intensifiers that keep a judgement a judgement. A record
    or hype word that names a class ("one of the greatest ever", "many of the ground-breaking
    games") takes the class form."""
    form = _form(cand, kind, intensifier, bounded_pattern, toks, lex, recent_pattern)
    if form in ("intensified", "hype") and standing.in_class(list(toks), cand, lex):
        return "class"
    return form


def _form(
    cand: words.Candidate,
    kind: str,
    intensifier: str | None,
    bounded_pattern: re.Pattern[str],
    toks: Sequence[words.Token],
    lex: words.Lexicon,
    recent_pattern: re.Pattern[str] | None,
) -> str:
    if cand.key.startswith(RECORD_WORDS):
        return "record"  # "record levels", "an all-time high", "record-breaking"
    measurable = words.is_measurable(list(toks), cand, lex)
    if intensifier is not None and not bounded(intensifier, bounded_pattern):
        return "intensified"
    if words.is_hype(cand.key, lex):
        if intensifier is not None:
            return "evaluative"  # narrowed to a period: "unprecedented in recent years"
        if cand.key in lex.epithets or standing.owned(list(toks), cand, lex):
            return "epithet"  # "legendary"; "England's historic win"
        return "epithet" if standing.paired(list(toks), cand, lex) else "hype"
    if kind == "intensified":  # a bounded intensifier: the form of the rank itself
        kind = "measurable" if measurable else "evaluative"
    if kind == "measurable":
        return "measurable"
    if _judgement(cand, toks, lex):
        # a judgement set against a period is a claim about history: "the most sweeping
        # reform in decades"; a rank so narrowed is a fact of the subject's own record. Kept
        # to the recent past ("in their recent history", "to date") it stays a judgement.
        if intensifier is None or bounded(intensifier, recent_pattern):
            return "judgement"
        if standing.possessive_determiner(list(toks), cand):
            return "judgement"  # "its most serious power cuts in a decade": its own past
        return "intensified"
    return "evaluative"


def _judgement(cand: words.Candidate, toks: Sequence[words.Token], lex: words.Lexicon) -> bool:
    """ "most"/"least" grading one adjective that is not about reputation or how a thing looks
    ("most important", not "most famous", "most vivid" or "most closely watched")."""
    most, _, adjective = cand.key.partition(" ")
    if most not in ("most", "least") or not adjective:
        return False
    if toks[cand.first].lower != most:
        return False  # a compound ("most-watched")
    if cand.last != cand.first + 1 or cand.ranked:
        return False  # "the most passionately supported"; "the second most important market"
    if not words.is_adjective(adjective, lex):
        return False  # "the most money taken"
    return adjective not in lex.reputation and toks[cand.last].lower == adjective
