"""What supports a superlative, and what makes it a bigger claim.

Attribution ("..., officials said") supports any superlative in its sentence; a sentence next
to it in the same paragraph supports it when it names the source ("The figures came from the
exchange."). A measurable superlative is also supported by a figure, a stated comparison
("than", "since 1998") or a source in its sentence or the next. An intensifier ("ever",
"in decades", "on record") makes any superlative a claim that only a source supports.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Mapping
from typing import Any, Protocol

from newslint.checks.base import OptionError, word_pattern
from newslint.checks.superlative_words import Token
from newslint.document import Document, Sentence

# How far after a superlative an intensifier may sit ("the biggest protest the capital has
# seen in decades").
INTENSIFIER_REACH = 80
# How far before or after a candidate an idiom, award name or descriptive phrase may reach.
NOT_CLAIM_REACH = 80
# At most this many words after a cue that closes a sentence ("..., the agency said on Monday.").
TAIL_WORDS = 4
_WORDS = re.compile(r"[\w'’-]+")
_CLAUSE_END = re.compile(r"\s*[,;]")
_CLAUSE_MARK = re.compile(r"[,;:()—–]")


class _Build(Protocol):
    def __call__(
        self, options: Mapping[str, Any], *keys: str, flags: int = ...
    ) -> re.Pattern[str]: ...


def _any(options: Mapping[str, Any], *keys: str, flags: int = re.I) -> re.Pattern[str]:
    """One alternation of the regexes listed under ``keys`` (ignoring case by default)."""
    parts = [(key, p) for key in keys for p in options[key]]
    try:
        return re.compile("|".join(f"(?:{p})" for _, p in parts) or r"(?!x)x", flags)
    except re.error as exc:
        for key, p in parts:  # name the pattern that does not compile
            try:
                re.compile(p)
            except re.error as bad:
                raise OptionError(key, f"{p!r} does not compile: {bad}") from None
        raise OptionError(keys[0], f"the patterns do not compile together: {exc}") from None


def _cues(options: Mapping[str, Any], *keys: str, flags: int = re.I) -> re.Pattern[str]:
    """The attribution cues: words and phrases matched as words, or regexes."""
    try:
        return re.compile(word_pattern(options[keys[0]], regex=True), flags)
    except re.error as exc:
        raise OptionError(keys[0], f"a cue does not compile: {exc}") from None


class _Pattern:
    """A Support field: the pattern of the options ``keys``, compiled on first use and kept
    on the instance (as functools.cached_property)."""

    def __init__(self, *keys: str, flags: int = re.I, build: _Build = _any) -> None:
        self.keys, self.flags, self.build = keys, flags, build
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Support, owner: type | None = None) -> re.Pattern[str]:
        compiled = self.build(obj.options, *self.keys, flags=self.flags)
        obj.__dict__[self.name] = compiled
        return compiled


class Support:
    """The support patterns of a rule's options, each compiled when first used: an article
    whose superlatives are supported, or that has none, needs few of them, and compiling them
    all takes longer than checking an article."""

    attribution = _Pattern("attribution", build=_cues)
    adjacent = _Pattern("adjacent_attribution")
    figures = _Pattern("figures")
    comparisons = _Pattern("comparisons")
    intensifiers = _Pattern("intensifiers")
    bounded = _Pattern("bounded_intensifiers")
    recent = _Pattern("recent_intensifiers")
    not_claims = _Pattern("awards", "idioms", "descriptive")
    first_person = _Pattern("first_person", flags=0)
    writer = _Pattern("writer_first_person", flags=0)
    dates = _Pattern("dates")
    clause_breaks = _Pattern("clause_breaks")
    precedents = _Pattern("precedents")
    dated_after = _Pattern("dated_after")

    def __init__(self, options: Mapping[str, Any]) -> None:
        self.options = options
        self.continuing = frozenset(w.lower() for w in options["continuing_openers"])
        self.common = frozenset(w.lower() for w in options["function_words"])

    def compile_all(self) -> bool:
        """Compile every pattern now (OptionError naming the first that does not compile)."""
        return all(getattr(self, name) is not None for name in PATTERNS)


# The Support fields that are patterns, and the options each is compiled from.
PATTERNS = {name: p.keys for name, p in vars(Support).items() if isinstance(p, _Pattern)}


def support(options: Mapping[str, Any]) -> Support:
    """The support patterns of a rule's options, known to compile (OptionError if one does
    not). Whether a set of patterns compiles is learnt by compiling them all once, and kept
    in the derived-data cache (by the patterns and the Python version), so that a later run
    compiles only those its articles need."""
    from newslint.cache import derived

    sup = Support(options)
    patterns = {key: list(options[key]) for keys in PATTERNS.values() for key in keys}
    inputs = (sys.version, json.dumps(patterns, sort_keys=True))
    derived("superlative-patterns", inputs, sup.compile_all, bool, _compiled)
    return sup


def _compiled(value: object) -> bool:
    if value is not True:
        raise ValueError("not a pattern set known to compile")
    return True


def neighbours(doc: Document, sentence: Sentence) -> tuple[Sentence | None, Sentence | None]:
    """The sentences before and after ``sentence`` (None at either end of the article)."""
    sentences = doc.sentences
    i = sentences.index(sentence)
    before = sentences[i - 1] if i > 0 else None
    after = sentences[i + 1] if i + 1 < len(sentences) else None
    return before, after


def intensifier(text: str, start: int, end: int, sup: Support) -> str | None:
    """The intensifier in or after a superlative starting at ``start``, in its sentence (to
    ``end``): "biggest ever", "the worst flood in living memory"."""
    m = sup.intensifiers.search(text, start, min(end, start + INTENSIFIER_REACH))
    return " ".join(m.group().split()) if m else None


def _cue_covers(text: str, sentence: Sentence, start: int, sup: Support) -> bool:
    """Whether an attribution cue in the sentence covers a claim at ``start``: the claim
    follows the cue ("officials said the plan was the boldest"), or the cue closes the
    sentence ("..., the agency said on Monday." / "..., said Jo Smith, an analyst"), with no
    clause boundary between (``clause_breaks``: "..., and her film is ..."). A cue
    after the claim with its own clause to follow leaves the claim the reporter's ("In a
    landmark ruling, judges said ...")."""
    for m in sup.attribution.finditer(text, sentence.start, sentence.end):
        if m.start() < start:
            if sup.clause_breaks.search(text, m.end(), start) is None:
                return True
            continue  # "critics called her the best, and her film is the finest": a new clause
        after = _WORDS.findall(text, m.end(), sentence.end)
        if len(after) <= TAIL_WORDS or after[0][0].isupper() or _CLAUSE_END.match(text, m.end()):
            return True  # ", the company said, adding that ..." closes the claim's clause too
    return False


def attributed(doc: Document, sentence: Sentence, start: int, sup: Support) -> bool:
    """Whether an attribution in the sentence covers the claim at ``start``, or the sentence
    or a neighbour in the same paragraph names the source."""
    text = doc.masked
    if _cue_covers(text, sentence, start, sup):
        return True
    before, after = neighbours(doc, sentence)
    # sliced, so that "^" in a pattern anchors at the start of the sentence; what names a
    # source next door names it in the sentence too
    return any(
        other is not None
        and other.block == sentence.block
        and sup.adjacent.search(text[other.start : other.end]) is not None
        for other in (sentence, before, after)
    )


def measured(
    doc: Document, sentence: Sentence, start: int, sup: Support, next_one: bool = True
) -> bool:
    """Whether a figure, a comparison or a source supports a measurable superlative at
    ``start``: a comparison, a source or a figure in its sentence (when the superlative sits
    in a participle clause that follows the main one, a figure from that clause on: not the
    price in "for £48m, creating the third-largest group"), or any of them in the next
    sentence of its paragraph when that one goes on about the same thing (it opens with a word
    of ``continuing_openers``: "Its exports rose 12 pct.")."""
    text = doc.masked
    clause = sentence.start
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, sentence.start, start)]
    if marks:
        opener = _WORDS.search(text, marks[-1], start)
        if opener is not None and opener.group().lower().endswith("ing"):
            clause = marks[-1]  # a participle clause: ", creating the third-largest group"
    if sup.figures.search(text, clause, sentence.end) or any(
        p.search(text, sentence.start, sentence.end) for p in (sup.comparisons, sup.attribution)
    ):
        return True
    _, after = neighbours(doc, sentence) if next_one else (None, None)
    if after is None or after.block != sentence.block:
        return False
    opener = _WORDS.search(text, after.start, after.end)
    if opener is None or opener.group().lower() not in sup.continuing:
        return False
    return any(
        p.search(text, after.start, after.end)
        for p in (sup.figures, sup.comparisons, sup.attribution)
    )


def figure_at(text: str, toks: list[Token], i: int, sup: Support) -> bool:
    """Whether token ``i`` (if any) starts with a figure ("10-year", "five")."""
    return i < len(toks) and sup.figures.match(text, toks[i].start, toks[i].end) is not None


def not_claim(text: str, sentence: Sentence, start: int, end: int, sup: Support) -> bool:
    """Whether ``[start, end)`` lies in an award name, an idiom or a descriptive phrase."""
    # A phrase around a candidate is short: read a window, not the whole sentence.
    window = (
        max(sentence.start, start - NOT_CLAIM_REACH),
        min(sentence.end, end + NOT_CLAIM_REACH),
    )
    for m in sup.not_claims.finditer(text, *window):
        if m.start() <= start and end <= m.end():
            return True
        if m.start() > start:
            break
    return False


def first_person(doc: Document, sentence: Sentence, sup: Support) -> bool:
    """Whether the sentence or a neighbour in its paragraph speaks in the first person outside
    quotation marks ("I think", "my favourite"): a reader's comment, a column or a quotation
    whose marks the copy lost, not the reporter's claim."""
    before, after = neighbours(doc, sentence)
    for s in (sentence, before, after):
        if s is None or s.block != sentence.block:
            continue
        for m in sup.first_person.finditer(doc.masked, s.start, s.end):
            if not doc.in_quote(m.start(), m.end()):
                return True
    return False


_QUOTE_MARKS = re.compile("[\"“”„«»]|''")


def first_person_piece(doc: Document, sup: Support) -> bool:
    """Whether the writer speaks as "I" anywhere in the article's prose ("I was speaking to
    her before the race", "For me, the try of the season"): a column, a pundit's piece or a
    review, whose superlatives are the writer's view. Only a sentence with no quotation mark
    counts: in one with marks the "I" may be a speaker's whose marks the copy lost."""
    text = doc.masked
    for s in doc.sentences:
        if not doc.reporter_voice(s.block):
            continue
        # sliced, so that "^" in a pattern anchors at the start of the sentence
        piece = text[s.start : s.end]
        if _QUOTE_MARKS.search(piece):
            continue
        for m in sup.writer.finditer(piece):
            if not doc.in_quote(s.start + m.start(), s.start + m.end()):
                return True
    return False
