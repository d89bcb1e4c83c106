"""Hype words and records whose article says what makes them so.

Readers of real copy do not count "historic" or "the biggest shake-up in its history" as the
reporter's unsupported claim when the copy states the precedent: a first ("the first soap
to win", "for the first time"), "never before", the years it ends ("after two decades of
war"), the anniversary it marks, in the same sentence or in the next one that goes on about
what it rates ("an historic conference." / "The conference marks the centenary of ..."); for
a headline or dek, in the opening sentences of the body. Nor do they count a hype word whose
event a participle dates ("the landmark accord, signed on December 5"). Such findings take
the form ``explained``, off by default. The patterns are the rule's ``precedents`` and
``dated_after``.
"""

from __future__ import annotations

import re

from newslint.checks import superlative_words as words
from newslint.checks.superlative_support import Support
from newslint.document import Document, Sentence

# How many opening sentences of the body explain a headline's hype word.
LEDE_SENTENCES = 2
_WORDS = re.compile(r"[\w'’-]+")


def explained(
    doc: Document,
    sentence: Sentence,
    toks: list[words.Token],
    cand: words.Candidate,
    lex: words.Lexicon,
    pats: Support,
) -> bool:
    """Whether the article says what makes the candidate a first or a record (see above)."""
    text = doc.masked
    if pats.dated_after.match(text, cand.end, sentence.end):
        return True
    if pats.precedents.search(text, sentence.start, sentence.end):
        return True
    if sentence.block.role in ("headline", "dek", "subhead"):
        body = [s for s in doc.sentences if s.block.role == "body" and s.block.is_prose]
        return any(pats.precedents.search(text, s.start, s.end) for s in body[:LEDE_SENTENCES])
    nouns = words.next_nouns(toks, cand, lex)
    if _next_goes_on(doc, sentence, nouns, pats):
        return True
    return words.is_hype(cand.key, lex) and _named_first(doc, sentence, nouns, pats)


def _named_first(doc: Document, sentence: Sentence, nouns: list[str], pats: Support) -> bool:
    """Whether another sentence names what a hype word rates and states its precedent ("The
    groundbreaking Commodore 64 ..." / "The Commodore 64 was one of the first home PCs")."""
    rated = {n for n in nouns if len(n) > 3}
    if not rated:
        return False
    text = doc.masked
    for other in doc.sentences:
        if other is sentence or not other.block.is_prose:
            continue
        said = {w.lower() for w in _WORDS.findall(text, other.start, other.end)}
        if rated & said and pats.precedents.search(text, other.start, other.end):
            return True
    return False


def _next_goes_on(doc: Document, sentence: Sentence, nouns: list[str], pats: Support) -> bool:
    """Whether the next sentence opens with a continuing word, names what the candidate
    rates and states a precedent ("The conference marks the centenary of ...")."""
    sentences = doc.sentences
    i = sentences.index(sentence) + 1
    if i >= len(sentences) or not nouns:
        return False
    nxt = sentences[i]
    text = doc.masked
    said = [w.lower() for w in _WORDS.findall(text, nxt.start, nxt.end)]
    if not said or said[0] not in pats.continuing or not set(nouns) & set(said):
        return False
    return pats.precedents.search(text, nxt.start, nxt.end) is not None
