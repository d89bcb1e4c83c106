"""An acronym written with its first capital only elsewhere in the article ("Ami management"
beside "AMI", "Opec" beside "OPEC"): one name, two house styles.

The word in title case must stand alone where no sentence starts, or where one does if English
writes no such word in lower case ("Opec ministers met" opening a paragraph; not "Who" beside
"WHO"): no capitalised word next to it ("Heaven Help Us All", "La Liga", "Uefa Cup" are names
of their own), and the article never writes it in lower case (then it is a word: "Rice" beside
"rice" and "RICE"), nor a month's or a day's short name ("Dec 31" beside "DEC"). Capitals that
open a paragraph are a dateline ("PARIS — European leaders met in Paris"), not an acronym.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Mapping, Sequence

from newslint.checks.name_capitals import Pair, acronym_pattern, starts_sentence
from newslint.checks.name_dictionary import lower_case_words
from newslint.document import Document
from newslint.lexicon import in_cmu
from newslint.model import Block

# A word of two to five letters with its first capital only, a plural s aside, not part of a
# longer word, an address or a file name.
_TITLED = acronym_pattern("[A-Z][a-z]{1,4}")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’\-]* $")
_CAPITAL_AFTER = re.compile(r" [A-Z]")
# A month's or a day's short name is written so ("Dec 31" beside the company DEC).
_DATES = frozenset(w for w in (*calendar.month_abbr, *calendar.day_abbr, "Sept") if w)


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
    for block in paragraphs:
        for m in _TITLED.finditer(masked, block.start, block.end):
            start, end = m.start(1), m.end(1)
            if (
                m.group(1).lower() in capitals
                and _CAPITAL_BEFORE.search(masked, max(block.start, start - 40), start) is None
                and _CAPITAL_AFTER.match(masked, m.end()) is None
                and (
                    not starts_sentence(doc, start, block.start)
                    or not english_word(m.group(1).lower())
                )
            ):
                found.setdefault(m.group(1).lower(), []).append((start, end, m.group(1)))
    for key, written in found.items():
        if key.capitalize() in _DATES:
            continue
        upper = [span for span in capitals.get(key, ()) if not _dateline(doc, span[0])]
        if upper and re.search(rf"\b{key}\b", masked) is None:
            yield (written, upper) if len(written) <= len(upper) else (upper, written)


def english_word(word: str) -> bool:
    """Whether English writes ``word`` (lower case) in lower case: a word of the CMU
    dictionary (which holds common names too) that Harper's dictionary does not hold only with
    capitals (see :mod:`newslint.checks.name_dictionary`)."""
    return in_cmu(word) and word in lower_case_words([word])


def _dateline(doc: Document, start: int) -> bool:
    """Whether the word at ``start`` opens its paragraph, as a dateline does ("PARIS — "): a
    place in capitals, not an acronym."""
    block = doc.block_at(start)
    return block is not None and not doc.masked[block.start : start].strip()
