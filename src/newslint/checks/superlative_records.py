"""Records and their figures.

A record of size, speed or amount ("the largest default ever", "record levels", "an all-time
high") is supported by its figure: after it in its clause, before it when it is set off, or in
the next sentence when that goes on about it. The same record given again later in the
article with its figure supports it too (:func:`family` names what a record is a record of).
"""

from __future__ import annotations

import re

from newslint.checks import superlative_support as support
from newslint.checks.superlative_words import Candidate, Lexicon, Token, next_nouns, tokens
from newslint.document import Document, Sentence

_WORDS = re.compile(r"[\w'’-]+")
_CLAUSE_OR_DASH = re.compile(r"[,;:()—–]|\s-\s")


def family(toks: list[Token], cand: Candidate) -> str:
    """The key under which a superlative is supported elsewhere in the article; a record by
    what it is a record of, whichever word says so ("record lows", "an all-time low")."""
    if not cand.key.startswith(("record", "all-time")):
        return cand.key
    noun = toks[cand.last + 1].lower if cand.last + 1 < len(toks) else ""
    if noun.endswith("sses") or (noun.endswith("s") and not noun.endswith("ss")):
        noun = noun[:-2] if noun.endswith("sses") else noun[:-1]
    return f"record {noun}"


def quantified(
    text: str, toks: list[Token], cand: Candidate, lex: Lexicon, sup: support.Support
) -> bool:
    """Whether the ranked thing is given with its amount ("the highest ever rebate of 46.8
    units"): its noun, then "of" or "at" and a figure."""
    nouns = next_nouns(toks, cand, lex)
    i = cand.last + 1 + len(nouns)
    if not nouns or i + 1 >= len(toks) or toks[i].lower not in ("of", "at"):
        return False
    return support.figure_at(text, toks, i + 1, sup)


def figure(
    doc: Document, sentence: Sentence, cand: Candidate, lex: Lexicon, sup: support.Support
) -> bool:
    """Whether a figure gives a record's measure: after it in its own clause ("an all-time high
    against the dollar at $1.30"); anywhere in its sentence when the record is set off ("8:33.05
    - the fourth fastest time ever", "the tour, the longest yet, ran 9 weeks"); or in the next
    sentence when that goes on about the same thing, which in one-sentence paragraphs opens the
    next paragraph ("Shares rose to a record high." / "The index closed at 2,210."). Not a
    figure elsewhere in the sentence: "the biggest ever, albeit in a 44-man squad", "Quinn, 34,
    becomes the youngest MP in the town's history"."""
    start, end = cand.start, cand.end
    lead = lex.determiners | lex.ordinals | {"a", "an", "one", "of", "new"}
    text = doc.masked
    after = _CLAUSE_OR_DASH.search(text, end, sentence.end)
    if sup.figures.search(text, end, after.start() if after else sentence.end):
        return True
    marks = list(_CLAUSE_OR_DASH.finditer(text, sentence.start, start))
    opens = marks[-1].end() if marks else sentence.start
    apposition = marks and all(
        _opens_apposition(w, lead, lex) for w in _WORDS.findall(text, opens, start)
    )
    if apposition and sup.figures.search(text, sentence.start, sentence.end):
        return True  # "$60bn (£31bn), an all-time record"; "the tour, the longest yet, ran 9 weeks"
    _, nxt = support.neighbours(doc, sentence)
    own = {w.lower() for w in _WORDS.findall(text, start, end)}
    if nxt is None or not nxt.block.is_prose or not _goes_on(doc, sentence, nxt, sup, own):
        return False
    return sup.figures.search(text, nxt.start, nxt.end) is not None


def _opens_apposition(word: str, lead: frozenset[str], lex: Lexicon) -> bool:
    """Whether ``word`` may open a noun phrase set off before a record: a determiner, a
    possessive ("New Zealand's", "the country's"), a name in one, or a degree adverb ("far and
    away", "by far", "easily")."""
    lower = word.lower()
    return (
        lower in lead
        or lower in lex.adverbs
        or lower == "and"
        or lower.endswith(("'s", "’s", "s'", "s’"))
        or word[0].isupper()
    )


def _content_words(text: str, sentence: Sentence) -> set[str]:
    return {w.lower() for w in _WORDS.findall(text, sentence.start, sentence.end) if len(w) > 3}


def _goes_on(
    doc: Document, first: Sentence, second: Sentence, sup: support.Support, own: set[str]
) -> bool:
    """Whether ``second`` goes on about what ``first`` says: it opens with a word of
    ``continuing_openers`` ("It", "The") or names something ``first`` names ("The dollar hit
    an all-time low." / "At noon the dollar was at $1.29."), other than the record's own
    words (``own``)."""
    text = doc.masked
    opener = _WORDS.search(text, second.start, second.end)
    if opener is not None and opener.group().lower() in sup.continuing:
        return True
    shared = _content_words(text, first) & _content_words(text, second)
    return bool(shared - sup.common - own)


# How many words from a ranked word its figure may sit in another sentence.
_BESIDE = 4
_RELATIVES = frozenset({"which", "that", "who", "whose", "whom", "what"})
_SET_OFF = frozenset({",", "-", "—", "–", "(", ":"})


def ranked_words(toks: list[Token], cand: Candidate, lex: Lexicon) -> set[str]:
    """The words that name what a record ranks: its nouns ("takeover deal" in "the largest-ever
    takeover deal"), and the noun phrase it is said of, set off before it or before a verb
    ("The goal, the quickest-ever in a final"; "The Mac mini is the cheapest computer ever");
    not through a relative pronoun ("..., which could be the largest default ever")."""
    found = set(next_nouns(toks, cand, lex))
    i = cand.first - 1
    while i >= 0 and (
        toks[i].lower in lex.determiners
        or toks[i].lower in lex.modifiers
        or toks[i].lower in lex.ordinals
        or toks[i].lower in lex.adverbs
        or toks[i].lower.endswith(("'s", "’s"))
    ):
        i -= 1
    if i >= 0 and (toks[i].text in _SET_OFF or toks[i].lower in lex.assertion_verbs):
        j = i - 1
        while j >= 0 and toks[j].text not in _SET_OFF and toks[j].text != ";":
            j -= 1
        subject = [t.lower for t in toks[j + 1 : i]]
        if not any(w in _RELATIVES for w in subject):
            found.update(subject)
    return {w for w in found if len(w) > 3 and w.isalpha() and w not in lex.function_words}


def figured_elsewhere(
    doc: Document,
    sentence: Sentence,
    toks: list[Token],
    cand: Candidate,
    lex: Lexicon,
    sup: support.Support,
) -> bool:
    """Whether the article gives the record's figure: before it in its own sentence ("up 30.5%
    at $162bn, was the largest ever recorded"), or in another sentence that names what it
    ranks ("a 3 trillion yen deal" ... "Japan's largest-ever takeover deal")."""
    text = doc.masked
    if sup.figures.search(text, sentence.start, cand.start):
        return True
    ranked = ranked_words(toks, cand, lex)
    if not ranked:
        return False
    sentences = doc.sentences
    for i, other in enumerate(sentences):
        if other is sentence or not other.block.is_prose:
            continue
        named = {w.lower() for w in _WORDS.findall(text, other.start, other.end)}
        if not named & ranked:
            continue
        if _measured_beside(text, other, ranked, sup):
            return True
        nxt = sentences[i + 1] if i + 1 < len(sentences) else None
        if nxt is not None and nxt is not sentence and _figured_by_pronoun(text, nxt, lex, sup):
            return True  # "... measure of Internet job advertising ..." / "It has dropped 14%"
    return False


_PRONOUNS = frozenset({"it", "its", "they", "their", "this"})
# How many words after a level verb its figure may come ("rose by nearly 14 per cent").
_LEVEL_REACH = 4


def _figured_by_pronoun(text: str, sentence: Sentence, lex: Lexicon, sup: support.Support) -> bool:
    """Whether ``sentence`` opens with a pronoun and gives a level or its change with a
    figure: it measures what the sentence before it named ("It has dropped 14 per cent";
    not "They won in two hours")."""
    toks = tokens(text, sentence.start, sentence.end)
    if not toks or toks[0].lower not in _PRONOUNS:
        return False
    for i, tok in enumerate(toks):
        if tok.lower not in lex.level_verbs:
            continue
        for j in range(i + 1, min(len(toks), i + 1 + _LEVEL_REACH)):
            if toks[j].text in ",;":
                break
            if support.figure_at(text, toks, j, sup):
                return True
    return False


def _measured_beside(text: str, other: Sentence, ranked: set[str], sup: support.Support) -> bool:
    """Whether a figure sits within a few words of a ranked word in ``other``, in its clause
    ("a 3 trillion yen ($29bn) deal", "the Mac Mini for £339", "a 79th-minute own goal")."""
    toks = tokens(text, other.start, other.end)
    for i, tok in enumerate(toks):
        if tok.lower not in ranked:
            continue
        for step in (-1, 1):
            j, seen = i + step, 0
            while 0 <= j < len(toks) and seen < _BESIDE and toks[j].text not in ",;":
                if sup.figures.match(text, toks[j].start, toks[j].end):
                    return True
                seen += toks[j].text[0].isalnum()
                j += step
    return False
