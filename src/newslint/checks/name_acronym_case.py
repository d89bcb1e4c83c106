"""An acronym written with its first capital only elsewhere in the article ("Ami management"
beside "AMI", "Opec" beside "OPEC"): one name, two house styles.

The word in title case must stand alone where no sentence starts, or where one does if English
writes it only as an acronym ("Opec ministers met" opening a paragraph; not "Who" beside
"WHO", nor "Thai officials" beside Thai Airways' "THAI"): no capitalised word next to it
("Heaven Help Us All", "La Liga" are names of their own), unless the acronym in capitals
takes the same word after it, with no capitalised word but a possessive before ("Boro's Uefa
Cup match" beside "the UEFA Cup"; not a word many firms share, "Man Group" beside "MAN
Group"), and the article never
writes it in lower case (then it is a word: "Rice" beside "rice" and "RICE"), nor is it a
month's or a day's short name in a date ("Dec 31" beside "DEC"). After "non-" or "anti-" it
stands as the acronym too, if English writes it only as one ("Non-Opec Egypt" beside "OPEC";
not "anti-It" beside "IT"). Capitals that
open a paragraph are a dateline ("PARIS — European leaders met in Paris"), not an acronym.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet

from newslint.checks.name_capitals import Pair, acronym_pattern, starts_sentence
from newslint.checks.name_dictionary import ACRONYM, dictionary_table
from newslint.document import Document
from newslint.lexicon import in_cmu
from newslint.model import Block

# A word of two to five letters with its first capital only, a plural s aside, not part of a
# longer word, an address or a file name.
_TITLED = acronym_pattern("[A-Z][a-z]{1,4}")
# The same after "non-" or "anti-" ("non-Opec", "anti-Nato"; "Post-It", "Pro-Am" are words).
_PREFIXED = re.compile(r"(?<![\w\-.’'/@])(?i:non|anti)-([A-Z][a-z]{1,4})s?(?![\w\-’'@]|\.\w)")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’\-]* $")
# The capitalised word after a word.
_NEXT_WORD = re.compile(r" ([A-Z][\w'’\-]*)")
_POSSESSIVE = re.compile(r"['’]s? $")
# Words after a name that many firms share: no evidence that two writings are one name ("Man
# Group", the fund, beside "MAN Group", the truck maker).
_FIRMS = frozenset(
    "Group Holdings Corp Corporation Co Company Inc Ltd Plc PLC Bank International".split()
)
# A month's or a day's short name, written so in a date ("Dec 31" beside the company DEC).
_DATES = frozenset(w for w in (*calendar.month_abbr, *calendar.day_abbr, "Sept") if w)
_NUMBER_AFTER = re.compile(r"\.?,?[ \u00a0]\d")
_NUMBER_BEFORE = re.compile(r"\d[ \u00a0]\Z")


def titled(
    doc: Document, paragraphs: Sequence[Block], capitals: Mapping[str, list[tuple[int, int, str]]]
) -> Iterator[Pair]:
    """Acronyms of ``paragraphs`` (see :func:`newslint.checks.name_capitals.plain_paragraphs`;
    their ``capitals``, see :func:`newslint.checks.name_capitals.acronym_capitals`) also
    written there in title case, alone: the rarer writing against the other, on a tie the one
    in title case."""
    masked = doc.masked
    if not any(key.capitalize() in masked for key in capitals):
        return  # none is written in title case anywhere
    found: dict[str, list[tuple[int, int, str]]] = {}
    # The capitalised words after each acronym in capitals.
    following = {
        key: frozenset(n.group(1) for _, e, _ in spans if (n := _NEXT_WORD.match(masked, e)))
        for key, spans in capitals.items()
    }
    for block in paragraphs:
        for m in _PREFIXED.finditer(masked, block.start, block.end):
            key = m.group(1).lower()
            if key in capitals and acronym_only(key) and not doc.in_quote(m.start(1)):
                found.setdefault(m.group(1).lower(), []).append((*m.span(1), m.group(1)))
        for m in _TITLED.finditer(masked, block.start, block.end):
            start, end = m.start(1), m.end(1)
            key = m.group(1).lower()
            if (
                key in capitals
                and _alone(masked, block.start, start, m.end(), following[key])
                and not _dated(masked, m.group(1), start, end)
                and (
                    acronym_only(m.group(1).lower()) or not starts_sentence(doc, start, block.start)
                )
            ):
                found.setdefault(key, []).append((start, end, m.group(1)))
    for key, written in found.items():
        upper = [span for span in capitals.get(key, ()) if not _dateline(doc, span[0])]
        if upper and re.search(rf"\b{key}\b", masked) is None:
            yield (written, upper) if len(written) <= len(upper) else (upper, written)


def _alone(
    text: str, block_start: int, start: int, end: int, upper_after: AbstractSet[str]
) -> bool:
    """Whether the word in title case at ``start``-``end`` of ``text`` stands as the acronym:
    no capitalised word before it nor after it, or the word after it one that follows the
    acronym in capitals too (``upper_after``: "Uefa Cup" beside "UEFA Cup", one name) with at
    most a possessive before it ("Boro's Uefa Cup match")."""
    before = _CAPITAL_BEFORE.search(text, max(block_start, start - 40), start)
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return before is None
    if before is not None and not _POSSESSIVE.search(before.group()):
        return False
    return after.group(1) in upper_after and after.group(1) not in _FIRMS


def acronym_only(word: str) -> bool:
    """Whether English writes ``word`` (lower case) only as an acronym, in capitals: no word of
    the CMU dictionary (which holds common words and names), or one that Harper's dictionary
    holds in capitals only ("opec"; not "who", nor a name, "thai", "swiss"; see
    :mod:`newslint.checks.name_dictionary`)."""
    return not in_cmu(word) or dictionary_table().get(word) == ACRONYM


def _dated(text: str, word: str, start: int, end: int) -> bool:
    """Whether ``word`` at ``start``-``end`` of ``text`` is a month's or a day's short name in
    a date ("Dec 31", "31 Dec"; not the company "Sun" beside "SUN")."""
    return word in _DATES and bool(
        _NUMBER_AFTER.match(text, end) or _NUMBER_BEFORE.search(text, max(0, start - 4), start)
    )


def _dateline(doc: Document, start: int) -> bool:
    """Whether the word at ``start`` opens its paragraph, as a dateline does ("PARIS — "): a
    place in capitals, not an acronym."""
    block = doc.block_at(start)
    return block is not None and not doc.masked[block.start : start].strip()
