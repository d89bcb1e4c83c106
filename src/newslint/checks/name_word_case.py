"""A one-word name written with its capital where no sentence starts and, elsewhere in the
article, in lower case ("Outboard said" twice, "a price for outboard"): the capitals win.

The capitals must stand as the name itself, not as a word of a longer name ("the Seafarers'
Identity Document", "House of Lords") nor after a determiner but "the" ("a Zorvak
spokesman"): at least twice so, or once so and once as the first word of the name written in
full ("Outboard Marine Corp"), outside quotations, in the article's paragraphs (see
:func:`newslint.checks.name_capitals.plain_paragraphs`), and more often than in lower case.

The lower case must be no word that English prints often (``wordfreq``: "outboard" and
"bundesbank" are seldom printed; "skulls", "aids" and the title words that are also ordinary
nouns, "the Budget", "the Council", "the House", are not), nor a plural of a commoner word,
and it must stand as the name stands: after no determiner but "the", outside quotations, and
the head of its phrase ("a price for outboard", "the bundesbank said"; not "an outboard" nor
"outboard motors") unless English barely prints it at all (Zipf under 2.5, as a misspelling:
"bundesbank officials" beside "the Bundesbank").

The capitals are offered as the fix only for a lower case English never prints (Zipf 0:
"zorvak"); a lower case it prints at all may be the thing the place or firm is named for or
after ("camembert" beside the village of Camembert, "outboard" beside Outboard), so the
finding asks which writing is meant, with no fix.

A name English prints often ("qatar", "taiwan": ``wordfreq`` folds case, so it counts the
country's name) is a slip in lower case where English writes no such word in lower case (see
:mod:`newslint.checks.name_dictionary`: not "labour", "aids", "holocaust"), and not a month or
a day: the capitals need stand as the name only once, where no sentence starts ("by Qatar, he
said"), if the lower case heads its phrase ("the Gulf state of qatar,"), else twice ("one
japanese refiner" beside two "Japanese"; not "chile powder" beside one "Chile"); where no
capital stands so, one opening a sentence counts if both head their phrase ("Colombia, the
only ..." beside "colombia's debt"; not "Electron microscopes ..." beside "the electron
was"); the lower case stands after no "a" and its like, and the finding always asks, with no
fix.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

import regex

from newslint.checks.name_capitals import DATES, Pair, Span, starts_sentence
from newslint.checks.name_dictionary import PRINTED, lower_case_words
from newslint.checks.name_freq import RARE, zipf
from newslint.checks.name_references import Place, lower_words
from newslint.checks.name_runs import PARTICLES, is_stop
from newslint.document import Document
from newslint.model import Block

# The lower case is printed less often than once in a million words (Zipf 3): outboard 2.86,
# shearson 1.79; skulls 3.39, brent 3.69, aids 4.25 are printed often enough in lower case.
SELDOM = PRINTED  # (the words of Harper's dictionary kept are those printed this often)
_SPACE = r"[ \u00a0]"
_DETERMINER = regex.compile(
    rf"\b(?i:a|an|this|these|those|its|his|her|their|our|my|your|some|any|each|every|"
    rf"such|another){_SPACE}$"
)
# A capitalised word (not a function word: see is_stop) before the name, or one joined to it
# by a function word where no sentence starts with it ("the Bank of Zorvak", not "Shares of
# Zorvak rose"): the name is a word of a longer one.
_NAME_BEFORE = regex.compile(
    rf"(\p{{Lu}}[\w'’\-.]*){_SPACE}(?:(of|for|on|and|&|the|de|du|van|von){_SPACE})?$"
)
# A capitalised word after the name, past a possessive or a function word ("Seafarers'
# Identity Document", "Duchy of Cornwall"): a word of a longer name.
_JOINED_AFTER = regex.compile(
    rf"(?:['’]s?{_SPACE}|{_SPACE}(?:of|for|on|and|&|de|du){_SPACE})\p{{Lu}}"
)
# A capitalised word right after the name: the name's first word in its full form.
_FULL_AFTER = regex.compile(rf"{_SPACE}\p{{Lu}}")
# What ends a phrase that the lower case heads: punctuation, a possessive, the end of the
# paragraph, or a verb that a company or a grade takes as subject.
_HEAD = regex.compile(
    rf"['’]s\b|[.,;:!?)\]\"”’']|$|{_SPACE}(?:said|says|is|was|has|had|would|will)\b"
)

# The same, or a function word after it ("to spain and Portugal", "in spain on Monday").
_ENDS = regex.compile(
    rf"{_HEAD.pattern}|{_SPACE}(?:and|or|in|on|at|to|for|from|with|by|of|after|before)\b"
)


def lowered_names(
    doc: Document, spellings: Mapping[str, Sequence[Place]], paragraphs: Sequence[Block]
) -> Iterator[tuple[Pair, bool]]:
    """The one-word names of ``spellings`` (see
    :attr:`newslint.checks.name_references.References.spellings`) that ``paragraphs`` write
    in lower case as the module says: those writings against the capitals, and whether to ask
    rather than offer the capitals (the lower case is printed in English)."""
    masked = doc.masked
    paragraph_starts = {block.start for block in paragraphs}
    printed: dict[str, Sequence[Place]] = {}
    for text, places in spellings.items():
        small = text.lower()
        if len(text) < 4 or not text[1:].islower() or small not in masked:
            continue
        if not small.isalpha() or is_stop(text) or small in PARTICLES or _dated(text):
            continue
        if small.isascii() and small not in lower_words(doc):
            continue  # (a quick test: the writings are read below)
        if zipf(small) >= SELDOM:
            printed[small] = places
            continue
        if len(places) < 2 or (small.endswith("s") and zipf(small[:-1]) > zipf(small)):
            continue
        capitals = _as_name(doc, places, paragraph_starts)
        if len(capitals) < 2:
            continue
        written = _lower_case(doc, small, paragraphs, zipf(small) < RARE)
        if written and len(written) < len(capitals):
            yield (written, capitals), zipf(small) > 0
    if printed:
        yield from _no_words(doc, printed, paragraphs, paragraph_starts)


def _dated(word: str) -> bool:
    """Whether ``word`` is a month's or a day's name ("May", "Mondays")."""
    return word in DATES or (word.endswith("s") and word[:-1] in DATES)


def _no_words(
    doc: Document,
    printed: Mapping[str, Sequence[Place]],
    paragraphs: Sequence[Block],
    paragraph_starts: set[int],
) -> Iterator[tuple[Pair, bool]]:
    """Of the names English prints often that the article also writes in lower case
    (``printed``, with their places), those that English writes in lower case as no word
    (see :mod:`newslint.checks.name_dictionary`), in ``paragraphs``, against the capitals
    standing as the name where no sentence starts: the lower case heading its phrase ("the
    Gulf state of qatar,", "to spain and Portugal"), or anywhere if the capitals stand so
    twice ("one japanese refiner"; once is no evidence against a word of another sense,
    "chile powder" or "brent geese"). Always asked."""
    words = lower_case_words(printed)
    for small, places in printed.items():
        if small in words:
            continue
        capitals = _as_name(doc, places, paragraph_starts)
        twice = len(capitals) > 1
        if not capitals:
            # A name English never writes in lower case, capitalised only where a sentence
            # starts ("Colombia, the only..." beside "colombia's debt").
            capitals = _as_name(doc, places, paragraph_starts, starts=True)
        written = _lower_case(doc, small, paragraphs, twice, _ENDS) if capitals else []
        if written:
            yield (written, capitals), True


def _as_name(
    doc: Document, places: Sequence[Place], paragraph_starts: set[int], starts: bool = False
) -> list[Span]:
    """The writings at ``places`` (in the paragraphs starting at ``paragraph_starts``) that
    stand as the name alone, plus those opening its full form ("Zorvak Industries"); none if no
    writing stands alone. Where no sentence starts, or, if ``starts``, only where one does and
    the name heads its phrase ("Colombia, the only ...")."""
    masked = doc.masked
    alone: list[Span] = []
    first: list[Span] = []
    for start, end, _ in places:
        block = doc.block_at(start)
        if block is None or block.start not in paragraph_starts or doc.in_quote(start, end):
            continue
        if _in_longer_name(doc, block, start, end):
            continue
        near = masked[max(block.start, start - 12) : start]
        if _DETERMINER.search(near) or starts_sentence(doc, start, block.start) != starts:
            continue
        if starts and not _HEAD.match(masked, end, block.end):
            continue  # "Electron microscopes": a word of a compound, not the name
        (first if _FULL_AFTER.match(masked, end) else alone).append((start, end, masked[start:end]))
    return sorted(alone + first) if alone else []


def _in_longer_name(doc: Document, block: Block, start: int, end: int) -> bool:
    """Whether the capitalised word at ``start`` is a word of a longer name."""
    masked = doc.masked
    if _JOINED_AFTER.match(masked, end):
        return True
    before = _NAME_BEFORE.search(masked, max(block.start, start - 40), start)
    if before is None or is_stop(before.group(1)):
        return False
    return not before.group(2) or not starts_sentence(doc, before.start(), block.start)


def _lower_case(
    doc: Document,
    small: str,
    paragraphs: Sequence[Block],
    anywhere: bool,
    head: regex.Pattern[str] = _HEAD,
) -> list[Span]:
    """The writings of ``small`` in ``paragraphs`` that head their phrase (``head`` matches
    after them; or stand anywhere in it, if ``anywhere``) with no determiner, outside
    quotations."""
    masked = doc.masked
    pattern = regex.compile(rf"(?<![\w\-'’.@/#]){regex.escape(small)}(?![\w\-@]|\.\w)")
    return [
        (m.start(), m.end(), small)
        for block in paragraphs
        for m in pattern.finditer(masked, block.start, block.end)
        if (anywhere or head.match(masked, m.end(), block.end))
        and not _DETERMINER.search(masked[max(block.start, m.start() - 12) : m.start()])
        and not doc.in_quote(m.start(), m.end())
    ]
