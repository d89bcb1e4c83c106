"""Uses of a superlative or hype word that readers of real copy take as description, not as
the reporter vouching for a claim. Each one decides the form a finding takes, and these forms
are off by default (the rule's ``forms`` turns them on):

* **class**: the superlative names a class the subject belongs to, not a rank it holds: "one
  of the greatest ever sides", "among the biggest", "many of the ground-breaking games of the
  last 15 years", or a class the sentence speaks of all of ("The most popular groups in the
  history of rock all have ...").
* **epithet** (as "legendary"): a hype word after a possessive rates something its owner is
  known for ("England's historic win", "their momentous victory", "the bank's unprecedented
  step"), and one paired with another adjective is colour ("highbrow and groundbreaking
  culture", "a historic, but woeful, final").
"""

from __future__ import annotations

from newslint.checks import superlative_words as words

# Words before "of the" that make what follows a class ("one of the", "many of the").
_PARTS = frozenset(
    {"one", "many", "some", "several", "few", "two", "three", "four", "five", "among", "amongst"}
)
# How many words after a plural superlative "all" may come ("the biggest banks all fell").
_ALL_REACH = 10
_PAIRS = frozenset({"and", "or", "but", "yet"})
_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "your", "my"})


def _possessive(word: str, lex: words.Lexicon) -> bool:
    return word in _POSSESSIVE_PRONOUNS or words.possessive(word, lex)


def in_class(toks: list[words.Token], cand: words.Candidate, lex: words.Lexicon) -> bool:
    """Whether the superlative's noun phrase is a class its subject is one of: "one of the
    greatest ever", "one of Europe's biggest", "among the most powerful"."""
    i = cand.first - 1
    while i >= 0 and (toks[i].lower in lex.modifiers or toks[i].lower in lex.ordinals):
        i -= 1
    if i < 0 or not (toks[i].lower in lex.determiners or _possessive(toks[i].lower, lex)):
        return False
    i -= 1
    if i >= 0 and toks[i].lower in ("among", "amongst"):
        return True
    if i >= 1 and toks[i].lower == "of" and toks[i - 1].lower in _PARTS:
        return True
    return _all_of(toks, cand, lex)


def _all_of(toks: list[words.Token], cand: words.Candidate, lex: words.Lexicon) -> bool:
    """Whether the sentence says something of all of a plural superlative noun phrase: "The
    most popular groups in the history of rock all have ...", "the biggest banks all fell"."""
    nouns = words.next_nouns(toks, cand, lex)
    if not nouns or not nouns[-1].endswith("s") or nouns[-1].endswith("ss"):
        return False
    for j in range(cand.last + 1, min(len(toks), cand.last + 1 + _ALL_REACH)):
        tok = toks[j]
        if tok.text in ",;:":
            return False
        if tok.lower == "all" and toks[j - 1].lower != "of":
            return j + 1 < len(toks) and tok.text.islower() and toks[j + 1].text.islower()
    return False


def owned(toks: list[words.Token], cand: words.Candidate, lex: words.Lexicon) -> bool:
    """Whether a possessive comes right before the word ("England's historic win"; not "It's
    historic")."""
    return cand.first > 0 and _possessive(toks[cand.first - 1].lower, lex)


def possessive_determiner(toks: list[words.Token], cand: words.Candidate) -> bool:
    """Whether the superlative's determiner is a possessive pronoun ("its most serious power
    cuts in a decade"): it ranks its owner against its own past."""
    i = cand.first - 1
    return i >= 0 and toks[i].lower in _POSSESSIVE_PRONOUNS


def paired(toks: list[words.Token], cand: words.Candidate, lex: words.Lexicon) -> bool:
    """Whether a hype word is one of a pair of adjectives before its noun: "highbrow and
    groundbreaking culture", "a historic, but woeful, final" (not another hype word: "a
    historic and unprecedented deal" is still hype)."""

    def adjective(i: int) -> bool:
        if i < 0 or i >= len(toks):
            return False
        tok = toks[i]
        return (
            words.is_content(tok, lex) and tok.text.islower() and not words.is_hype(tok.lower, lex)
        )

    before = cand.first - 1
    if before >= 1 and toks[before].lower in _PAIRS and adjective(before - 1):
        return adjective(cand.last + 1)  # the noun follows: "highbrow and groundbreaking culture"
    j = cand.last + 1
    if j < len(toks) and toks[j].text == ",":
        j += 1
    if j < len(toks) and toks[j].lower in _PAIRS:
        j += 1
        return adjective(j) and j + 1 < len(toks) and toks[j + 1].text in (",", "and")
    return False
