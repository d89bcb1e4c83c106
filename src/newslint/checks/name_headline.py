"""A headline set in capitals and its article spelling a word a letter apart.

A wire headline in capitals ("COMBINED INTERNMATIONAL SEES STRONG 1987") is the only other
writing of many names in a short story, and the comparison of writings leaves it out (see
:class:`newslint.checks.name_references.References`: its capitals say nothing of a name's).
Folded, its words are compared with the capitalised words of the rest of the article's prose
(not its data lines nor its tables):

* a word of the headline of five letters or more, not a ticker in brackets, that the
  article writes nowhere else, and a capitalised word of the prose written as a name (a word
  of a longer one or joined to one by "and", or where no sentence starts) that the headline
  does not hold, one edit apart with the same first letter ("INTERNMATIONAL",
  "International"; "AVIATION", "Avaition"), neither the other cut short or with an ending (see
  :func:`newslint.checks.name_consistency.abbreviated`: "AUSTRALIAN" over "Australia", "INTL");
* one of the two English never prints (Zipf under 2.5: a slip or a rare name), so that two
  words of their own ("ARGENTINE", "Argentina") are left alone.

The writing English prints wins over one it never prints ("INTERNMATIONAL" against
"International": "INTERNATIONAL"); where both are rare ("MACANDREWS", "McAndrews") nothing
says which is the name's, and the finding asks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rapidfuzz import process
from rapidfuzz.distance import OSA

from newslint.checks.name_capitals import starts_sentence
from newslint.checks.name_consistency import abbreviated
from newslint.checks.name_freq import RARE, zipf
from newslint.checks.name_ranking import Ref
from newslint.checks.name_references import References, lower_words, mostly_capitals
from newslint.document import Document

# A word of the headline in capitals, not a ticker (<PMA>, (PMA)) nor part of a longer word.
_SHOUTED = re.compile(r"(?<![\w\-'’.<(])[A-Z]{5,}(?![\w\-'’>)])")
_SHORTEST = 5


def headline_slips(refs: References) -> Iterator[tuple[list[Ref], list[Ref], bool]]:
    """The writings a letter apart in a headline in capitals and in the rest of the article's
    prose (``refs``, see the module), as (the slip's references, the other's, whether to
    ask)."""
    doc = refs.doc
    headline = doc.headline
    if headline is None or not mostly_capitals(doc.block_text(headline)):
        return
    shouted = {m.group(): m for m in _SHOUTED.finditer(doc.masked, headline.start, headline.end)}
    if not shouted:
        return
    body: dict[str, list[Ref]] = {}  # folded -> the paragraphs' capitalised writings
    for text in refs.spellings:
        if len(text) < _SHORTEST or not text.isalpha() or not text[0].isupper():
            continue
        mine = [ref for ref in refs.of(text) if _named(doc, ref)]
        if mine:
            body.setdefault(text.casefold(), []).extend(mine)
    written = lower_words(doc) | {text.casefold() for text in refs.spellings}
    heads = {word.casefold() for word in shouted}
    choices = [word for word in body if word not in heads]
    for word, m in shouted.items():
        folded = word.casefold()
        if folded in written:
            continue
        for near, _, _ in process.extract(
            folded, choices, scorer=OSA.distance, score_cutoff=1, limit=None
        ):
            if near[0] != folded[0] or abbreviated(near, folded):
                continue
            theirs = body[near]
            ours = [Ref(word, m.start(), m.end(), frozenset())]
            rare_head, rare_body = zipf(folded) < RARE, zipf(near) < RARE
            if rare_head and not rare_body and zipf(folded) == 0:
                yield ours, [_cased(r, near.upper()) for r in theirs], False
            elif rare_body and not rare_head and zipf(near) == 0:
                yield theirs, [_cased(ours[0], _like(theirs[0].text, folded))], False
            elif rare_head or rare_body:
                yield ours, theirs, True


def _named(doc: Document, ref: Ref) -> bool:
    """Whether ``ref`` is written as a name: a word of a longer one ("Sandoz Corp") or joined
    to one ("McAndrews and Forbes"), or capitalised where no sentence starts (not "Tariffs
    were raised")."""
    if ref.others or ref.after:
        return True
    block = doc.block_at(ref.start)
    return block is not None and not starts_sentence(doc, ref.start, block.start)


def _cased(ref: Ref, text: str) -> Ref:
    """``ref`` named ``text`` (the suggestion a finding takes from the other writing)."""
    return Ref(text, ref.start, ref.end, ref.others)


def _like(model: str, folded: str) -> str:
    """``folded`` in the case of ``model``: in capitals, or with its first capital."""
    return folded.upper() if model.isupper() else folded.capitalize()
