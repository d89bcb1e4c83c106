"""A headline set in capitals and its article writing a name's marks or ending otherwise,
each asked about, as house style may differ (see :mod:`newslint.checks.name_headline` for
its letters):

* a firm's name with a final s added or dropped on its second word, where the text writes
  it with a firm's ending ("GORDEX MINERALS" over "Gordex Mineral Ltd", "COMMUNITY BANK
  SYSTEM" over "Community Bank Systems Inc") and never as the headline does;
* an acronym of three letters or more with full stops that the text writes only without them
  ("C.T.C." over "CTC"; not "U.S." over "US", a style many houses mix);
* a word the text writes only as a hyphenated name ("MIDMISSISSIPPI" over "Mid-Mississippi").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from newslint.checks.name_headline import MOST_WORDS, SHOUTED
from newslint.checks.name_ranking import Ref
from newslint.checks.name_references import mostly_capitals
from newslint.document import Document

# A word of a headline in capitals; an acronym of three letters or more with full stops; a
# hyphenated name.
_HEAD_WORD = re.compile(r"(?<![\w\-'’.(])[A-Z][A-Z&']*(?![\w\-'’)])")
_DOTTED = re.compile(r"(?<![\w.])(?:[A-Z]\.){3,}")
_COMPOUND = re.compile(r"(?<![\w\-'’])[A-Z][a-z]+-[A-Z][a-z]+(?![\w\-'’])")
# Words that end a firm's name.
_FIRM_ENDS = "Inc|Ltd|Corp|Corporation|Co|Cos|Company|Plc|PLC|Group|Holdings|LP|NV|AG|SA|SpA"


def headline_marks(doc: Document) -> Iterator[tuple[list[Ref], list[Ref]]]:
    """The writings of a headline in capitals and of the rest of the article that differ in a
    firm's final s, an acronym's full stops or a name's hyphen (see the module), as (the
    headline's, the text's)."""
    headline = doc.headline
    if headline is None or not mostly_capitals(doc.block_text(headline)):
        return
    masked, start, end = doc.masked, headline.start, headline.end
    words = list(_HEAD_WORD.finditer(masked, start, end))
    if len(words) > MOST_WORDS:
        return  # (no headline: see headline_slips)
    rest = (masked[:start], masked[end:])
    for first, second in itertools.pairwise(words):
        if masked[first.end() : second.start()] == " " and len(second.group()) >= 4:
            yield from _ending(doc, first, second, end)
    for m in _DOTTED.finditer(masked, start, end):
        plain = m.group().replace(".", "")
        if not any(m.group() in text for text in rest):
            pattern = re.compile(rf"(?<![\w.\-]){plain}(?![\w\-]|\.\w)")
            yield from _other(doc, m.span(), pattern, end)
    compounds = {c for text in rest for c in _COMPOUND.findall(text)}
    for m in SHOUTED.finditer(masked, start, end) if compounds else ():
        word = m.group()
        joined = re.compile(rf"(?<![\w\-])(?i:{word})(?![\w\-])")
        if any(joined.search(text) for text in rest):
            continue  # (written so in the text too)
        for compound in compounds:
            if compound.replace("-", "").upper() == word:
                pattern = re.compile(rf"(?<![\w\-]){compound}(?![\w\-])")
                yield from _other(doc, m.span(), pattern, end)


def _ending(
    doc: Document, first: re.Match[str], second: re.Match[str], end: int
) -> Iterator[tuple[list[Ref], list[Ref]]]:
    """The headline's words ``first`` and ``second`` against the text's firm of those words
    with the second's final s added or dropped (see the module)."""
    word = second.group()
    if not word.isalpha():
        return
    other = word[:-1] if word.endswith("S") else word + "S"
    if doc.lowered.find(f"{first.group()} {other}".lower(), end) < 0:
        return  # (most headlines: the text writes no such firm)
    pair = rf"(?<![\w\-'’])(?i:{re.escape(first.group())}) (?i:{{}})(?![\w\-'’])"
    if re.compile(pair.format(re.escape(word))).search(doc.masked, end):
        return  # (the text writes it as the headline does too)
    firm = re.compile(pair.format(re.escape(other)) + rf"(?= (?:{_FIRM_ENDS})\b)")
    yield from _other(doc, (first.start(), second.end()), firm, end)


def _other(
    doc: Document, mine: tuple[int, int], theirs: re.Pattern[str], end: int
) -> Iterator[tuple[list[Ref], list[Ref]]]:
    """The headline's writing at ``mine`` against the text's writings ``theirs`` after the
    headline's ``end``, outside quotations, each written with a capital, if any."""
    found = [
        Ref(m.group(), m.start(), m.end(), frozenset())
        for m in theirs.finditer(doc.masked, end)
        if m.group()[0].isupper() and not doc.in_quote(m.start())
    ]
    if found:
        yield [Ref(doc.masked[mine[0] : mine[1]], *mine, frozenset())], found
