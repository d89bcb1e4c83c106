"""A name with a capital inside it written with its first letters in lower case ("Leonardo
diCaprio" beside "DiCaprio"), where the article writes the capital first where no sentence
starts, outside quotations: the capitals suggested where commoner, never fixed, and on a tie
asked, as a brand may be written so ("easyJet"). A brand's one lower-case letter ("iPod",
"eBay") is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from newslint.checks.name_capitals import Pair, Span, starts_sentence
from newslint.document import Document
from newslint.model import Block

# A word with two to four letters in lower case before a capital inside it (diCaprio), and
# the same with its first letter a capital (DiCaprio).
_LOWER_PREFIX = re.compile(r"(?<![\w\-'’.@/])[a-z]{2,4}[A-Z][a-z]+(?![\w\-@/]|\.\w)")
_CAPITAL_PREFIX = re.compile(r"(?<![\w\-'’.@/])[A-Z][a-z]{1,3}[A-Z][a-z]+(?![\w\-@/]|\.\w)")


def lowered_prefix(doc: Document, blocks: Sequence[Block]) -> Iterator[Pair]:
    """Names with a capital inside them written in ``blocks`` with their first letters in
    lower case, outside quotations, against the writings with the first capital where no
    sentence starts (see the module)."""
    small = _written_outside_quotes(doc, blocks, _LOWER_PREFIX)
    if not small:
        return
    capitals = _written_outside_quotes(doc, blocks, _CAPITAL_PREFIX, mid_sentence=True)
    for word, spans in small.items():
        theirs = capitals.get(word[0].upper() + word[1:])
        if theirs:
            yield spans, theirs


def _written_outside_quotes(
    doc: Document, blocks: Sequence[Block], pattern: re.Pattern[str], mid_sentence: bool = False
) -> dict[str, list[Span]]:
    """The writings of ``pattern`` in ``blocks`` outside quotations (and where no sentence
    starts, if ``mid_sentence``), by the words written."""
    found: dict[str, list[Span]] = {}
    for block in blocks:
        for m in pattern.finditer(doc.masked, block.start, block.end):
            if doc.in_quote(m.start()):
                continue
            if mid_sentence and starts_sentence(doc, m.start(), block.start):
                continue
            found.setdefault(m.group(), []).append((m.start(), m.end(), m.group()))
    return found
