"""Frames around a superlative that make it a label rather than a claim.

* **Background identity**: the size rank of an organisation, a producer or an economy stated
  as what it is ("Brazil is the world's largest coffee producer", "one of the largest lamb
  and beef producers in the U.S.") describes who is in the news, not the news. Only a verb
  of change asserts such a rank ("creating the third-largest bakery group", "became the
  biggest lender").
* **A definition**: a superlative that heads a definition ("The most exposed are those who
  rent") says which ones, not how much.
* **Not asserted**: the reference of a comparison ("older than the youngest player"), a
  denial ("isn't exactly groundbreaking") or a hedge ("arguably the biggest test").
* **A named event**: a hype word followed by its ordinal ("an unprecedented fifth term") or
  after a year in its sentence ("the 1985 pact was a historic one") rates a measured or dated
  event, not the news.
* **A label before a name**: a superlative phrase followed by the name it picks out ("the
  league's leading goal kicker, Tony Lockett,", "her best-known book, A Life in Notes,")
  identifies someone or something; the sentence says something else about them.

The word lists (``identity_ranks``, ``identity_nouns``, ``change_verbs``) are the rule's.
"""

from __future__ import annotations

import re

from newslint.checks import superlative_words as words

# How many words of a noun phrase may sit between a rank and its head noun ("the largest
# lamb and beef producers") or between a label and the name it introduces.
_PHRASE_WORDS = 5
_JOINERS = frozenset({"and", "or", "&", "-"})
_OPENING_QUOTES = frozenset("\"'“‘")


def identity_background(toks: list[words.Token], cand: words.Candidate, lex: words.Lexicon) -> bool:
    """Whether the candidate ranks an organisation, producer or place by size as background:
    its head noun is an identity noun and no verb of change asserts the rank."""
    if cand.key not in lex.identity_ranks:
        return False
    for tok in toks[cand.last + 1 : cand.last + 1 + _PHRASE_WORDS]:
        if tok.lower in lex.identity_nouns:
            break
        if tok.lower not in _JOINERS and not (
            tok.text[0].isalnum() and tok.lower not in lex.function_words
        ):
            return False
    else:
        return False
    # "became the biggest lender", "makes (the group) the biggest lender"
    i = words.verb_index(toks, cand.first, lex)
    return not any(j >= 0 and toks[j].lower in lex.change_verbs for j in (i, i - 1, i - 2))


def label_before_name(toks: list[words.Token], cand: words.Candidate, lex: words.Lexicon) -> bool:
    """Whether the candidate's noun phrase is set off before the name it introduces: lower-case
    words, a comma, then a capitalised word or a quoted title. (Without the comma, "the most
    important radical group Hamas" ranks the name; "Japan's biggest steel company Nippon
    Steel" is left to :func:`identity_background`.)"""
    j = cand.last + 1
    nouns = 0
    while j < len(toks) and nouns < _PHRASE_WORDS:
        tok = toks[j]
        if not (tok.text[0].isalpha() and tok.text.islower()) or tok.lower in lex.function_words:
            break
        j, nouns = j + 1, nouns + 1
    if nouns == 0 or j >= len(toks):
        return False
    if toks[j].text != ",":
        return False
    j += 1
    if j >= len(toks):
        return False
    name = toks[j].text
    return name in _OPENING_QUOTES or (name[0].isupper() and name != "I")


_DEFINING = frozenset({"those", "whoever", "what"})
_COPULAS = frozenset({"is", "are", "was", "were"})


def defines(toks: list[words.Token], cand: words.Candidate) -> bool:
    """Whether the superlative heads a definition ("The most exposed are those who ...", "The
    most important ones are those marked critical"): it says which, not how much."""
    following = [t.lower for t in toks[cand.last + 1 : cand.last + 4]]
    if following[:1] in (["one"], ["ones"]):
        following = following[1:]
    return len(following) > 1 and following[0] in _COPULAS and following[1] in _DEFINING


_PERFECT = frozenset({"has", "have", "had"})
_PERFECT_SUBJECTS = frozenset({"it", "he", "she", "they", "we", "you", "i"})


def perfect_clause(
    toks: list[words.Token], cand: words.Candidate, lex: words.Lexicon
) -> str | None:
    """The relative clause in the perfect that sets a superlative against everything before
    it, as "ever" does ("the most ambitious plan the union has made", "the biggest crowd it
    had drawn"), or None. Not a clause with its own relative pronoun ("the biggest bank,
    which has grown")."""
    nouns = words.next_nouns(toks, cand, lex)
    if any(n in _PERFECT_SUBJECTS for n in nouns):  # "the biggest crowd they had drawn"
        nouns = nouns[: [n in _PERFECT_SUBJECTS for n in nouns].index(True)]
    i = cand.last + 1 + len(nouns)
    if i < len(toks) and toks[i].lower == "that":
        i += 1
    first = i
    if i < len(toks) and toks[i].lower in _PERFECT_SUBJECTS:
        i += 1  # "it has"
    elif i + 1 < len(toks) and toks[i].lower in lex.determiners:
        i += 2  # "the union has"
    else:  # "authorities have", "Leeds United have"
        while i < len(toks) and i - first < 2 and words.is_content(toks[i], lex):
            i += 1
    if i == first and len(nouns) > 1 and toks[i - 1].text[0].isupper():
        first -= 1  # a name ran into the noun phrase: "the finest bowler Leeds have had"
    if i == first or i + 1 >= len(toks) or toks[i].lower not in _PERFECT:
        return None
    verb = toks[i + 2] if toks[i + 1].lower == "ever" and i + 2 < len(toks) else toks[i + 1]
    if not (verb.text.isalpha() and verb.text.islower()):
        return None
    return " ".join(t.text for t in toks[first : toks.index(verb) + 1])


def names_event(
    text: str,
    sentence_start: int,
    toks: list[words.Token],
    cand: words.Candidate,
    lex: words.Lexicon,
    dates: re.Pattern[str],
) -> bool:
    """Whether a hype word rates a measured or dated event: its ordinal follows it ("an
    unprecedented fifth term", "a historic third term") or a year (``dates``) sits before it
    in its sentence ("her 1996 crossing came with an unprecedented sweep")."""
    if not words.is_hype(cand.key, lex):
        return False
    nxt = toks[cand.last + 1].lower if cand.last + 1 < len(toks) else ""
    if nxt in lex.ordinals:
        return True
    return dates.search(text, sentence_start, cand.start) is not None


_NEGATIONS = frozenset({"not", "never", "hardly", "scarcely", "few"})
_CLAUSE_MARKS = frozenset(",;:()—–")


def not_asserted(toks: list[words.Token], cand: words.Candidate, hedges: frozenset[str]) -> bool:
    """Whether the superlative is the reference of a comparison ("older than the youngest
    player to win"), denied ("won't go down as one of the greatest", "isn't exactly
    groundbreaking") or hedged as an impression ("arguably the biggest test", "looking the
    most potent side"): it claims nothing about what the sentence describes."""
    before: list[str] = []
    for tok in reversed(toks[max(0, cand.first - 6) : cand.first]):
        if tok.lower in _CLAUSE_MARKS:
            break
        before.append(tok.lower)
    if "than" in before[:3] or any(w in hedges for w in before[:4]):
        return True
    for i, w in enumerate(before):
        if (w in _NEGATIONS or w.endswith(("n't", "n’t"))) and not (i and before[i - 1] == "only"):
            return True
    return False
