"""Words a spelling checker flags that news copy writes on purpose.

A grammar backend knows one dictionary. News copy also writes: another English dialect's
spellings (colour/color, organise/organize), units and figures ("5bn", "60m", "12 cts"),
wire and house abbreviations (mln, dlrs, pct, shr), compounds of two dictionary words
("writedown", "eurozone") and the house's own vocabulary. :func:`detect_dialect` picks an
article's dialect from its spellings; :class:`WordJudge` tells whether a flagged word is one of
these, asking the backend itself about the parts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from newslint.grammar.base import GrammarIssue

Checker = Callable[[Sequence[str]], list[list[GrammarIssue]]]  # a backend's check_many

# Spellings that give a dialect away (lower case: "Labour" is a party, "Center" a name).
_BRITISH = re.compile(
    r"\b(?:\w+our(?:s|ed|ing|ite|ites|able)?|\w+(?:is|isat)(?:e|es|ed|ing|ion|ions)|"
    r"centres?|metres?|theatres?|defence|offences?|licence|programmes?|catalogues?|"
    r"\w+ll(?:ed|ing|er|ers))\b"
)
_AMERICAN = re.compile(
    r"\b(?:\w+or(?:s|ed|ing|ite|ites|able)?|\w+(?:iz|izat)(?:e|es|ed|ing|ion|ions)|"
    r"centers?|theaters?|defense|offenses?|catalogs?|(?:travel|cancel|label|model|level)"
    r"(?:ed|ing|er|ers))\b"
)
# -our / -or words that are spelt so in every dialect (no evidence either way).
_NEUTRAL = frozenset(
    "our four your hour pour tour sour flour court source course journey actor author doctor "
    "director editor error factor governor major minor motor mirror senator sector terror "
    "visitor investor donor tutor mayor vendor odour ambassador emperor inspector operator "
    "creditor debtor manor horror meteor monitor contributor competitor conductor survivor "
    "successor predecessor supervisor advisor contractor dictator legislator detour contour "
    "devour devoured devouring detours contours".split()
)
_BRITISH_ONLY = frozenset({"colour", "favour", "honour", "labour", "neighbour", "behaviour"})
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_DIGIT_BEFORE = re.compile(r"\d[\d.,]*[ \u00a0]?$")
_PREFIXES = (
    "anti counter cyber euro geo mega micro multi non over post pre re semi sub super tele "
    "trans ultra un under"
).split()


def _count(pattern: re.Pattern[str], text: str) -> int:
    return sum(1 for m in pattern.finditer(text) if m.group() not in _NEUTRAL)


def detect_dialect(text: str, default: str = "en-US") -> str:
    """``en-GB`` when the text spells more words the British way than the American way,
    ``en-US`` when the reverse, else ``default``."""
    british, american = _count(_BRITISH, text), _count(_AMERICAN, text)
    if british > american:
        return "en-GB"
    if american > british:
        return "en-US"
    return default


def not_a_dictionary_word(text: str, start: int, end: int) -> bool:
    """Whether the flagged span is shaped like no dictionary word: three letters or fewer
    ("etc", "hss"), a capital inside it ("BSkyB", "duPlessis"), or one part of a hyphenated
    word ("Wi-fi"); or a figure or unit (:func:`unit_or_figure`)."""
    word = text[start:end].strip(".'’")
    if len(word) <= 3 or any(c.isupper() for c in word[1:]):
        return True
    if text[start - 1 : start] == "-" or text[end : end + 1] == "-":
        return True
    return unit_or_figure(text, start, end)


def unit_or_figure(text: str, start: int, end: int) -> bool:
    """Whether the flagged span holds a digit ("x200m", "mp3") or is a short abbreviation right
    after a figure ("5bn", "60 secs", "1.5 mln dlrs")."""
    word = text[start:end]
    if any(c.isdigit() for c in word):
        return True
    if len(word.rstrip(".")) > 5:
        return False
    before = text[max(0, start - 30) : start]
    if _DIGIT_BEFORE.search(before):
        return True
    # a second abbreviation after a figure: "1.5 mln dlrs"
    prev = re.search(r"(\d[\d.,]*)[ \u00a0]+([^\W\d_]{1,5})[ \u00a0]+$", before)
    return prev is not None


class WordJudge:
    """Whether a word flagged as misspelt is a spelling that news copy writes on purpose.

    Args:
        accept: The house vocabulary: words (any case) never reported as misspelt.
        others: Spell-checkers of the other dialects to accept: each takes texts and returns
            their issues (a backend's ``check_many``).
        check: This run's spell-checker, to tell whether the parts of a compound are words.
        Both are asked only about words that no cheaper test accepts.
        any_dialect: Accept other dialects' spellings and words of the CMU dictionary (which
            holds both); off when the house names its dialect.
    """

    def __init__(
        self,
        accept: Iterable[str],
        others: Callable[[], Sequence[Checker]] = tuple,
        check: Checker | None = None,
        *,
        any_dialect: bool = True,
    ) -> None:
        self.accept = frozenset(w.casefold() for w in accept)
        self.others = others
        self.check = check
        self.known: dict[str, bool] = {}
        self._others: Sequence[Checker] | None = None
        self.any_dialect = any_dialect

    @staticmethod
    def _all_right(issues: list[list[GrammarIssue]]) -> list[bool]:
        return [not any(i.is_spelling for i in found) for found in issues]

    def accepted(self, word: str, suggestions: Sequence[str] = ()) -> bool:
        """Whether ``word`` is house vocabulary, another dialect's spelling, a word of the CMU
        dictionary (unless the fix only changes its case: "december") or a compound."""
        from newslint.lexicon import is_word

        folded = word.casefold().strip(".'’")
        for ending in ("'s", "’s", "s'", "s’"):
            folded = folded.removesuffix(ending)
        if folded in self.accept or folded.rstrip("s") in self.accept:
            return True
        if self.any_dialect and is_word(folded):
            return not any(s.casefold() == word.casefold() for s in suggestions)
        if folded not in self.known:
            self.known[folded] = self._other_dialect(folded) or self._compound(folded)
        return self.known[folded]

    def _other_dialect(self, word: str) -> bool:
        if not self.any_dialect:
            return False
        if self._others is None:
            self._others = self.others()
        return any(self._all_right(other([word]))[0] for other in self._others)

    def _compound(self, word: str) -> bool:
        """Two words of four letters or more ("writedown", "eurozone"), or a prefix and a
        word ("reoffending", "telecentres"), each spelt right."""
        if self.check is None or not word.isalpha() or len(word) < 8:
            return False
        texts = [f"{word[:i]} {word[i:]}" for i in range(4, len(word) - 3)]
        texts += [
            word[len(p) :] for p in _PREFIXES if word.startswith(p) and len(word) - len(p) >= 4
        ]
        return bool(texts) and any(self._all_right(self.check(texts)))


def words_of(covered: str) -> list[str]:
    """The words of a flagged span."""
    return _WORD.findall(covered)
