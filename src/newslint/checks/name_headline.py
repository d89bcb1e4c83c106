"""A headline set in capitals and its article spelling a word a letter apart.

A wire headline in capitals ("COMBINED INTERNMATIONAL SEES STRONG 1987") is the only other
writing of many names in a short story, and the comparison of writings leaves it out (see
:class:`newslint.checks.name_references.References`: its capitals say nothing of a name's).
Folded (case and accents), its words are compared with the capitalised words of the rest of
the article's prose (a dek in title case included; not its data lines nor its tables): a word of
the headline of five letters or more, not a ticker in brackets, that the article writes nowhere
else (not even in a compound: "Hadson-controlled"), against a capitalised word of the prose
written as a name (a word of a longer one or joined to one by "and", or where no sentence
starts) that the headline does not hold, one edit apart with the same first letter, neither the
other cut short or with an ending (see :func:`newslint.checks.name_consistency.abbreviated`:
"AUSTRALIAN" over "Australia", "INTL"). One of the two must be a word English never prints
(Zipf 0, ``wordfreq``):

* the headline's, beside a word English prints (Zipf 2.5 or more): the headline is the slip,
  and takes the prose's writing ("COMBINED INTERNMATIONAL" over "Combined International
  Corp": "INTERNATIONAL");
* the prose's, beside a word of the headline English prints whose letters it writes in
  another order, and no word or name the CMU dictionary holds: asked, with no suggestion
  ("Piedmont Avaition Inc" under "PIEDMONT AVIATION"; a surname may be one: "Laudner" under
  "LAUNDER" is left alone, as is a letter more, less or another, "Bettner" under "BETTER");
* either, beside a word English prints seldom (Zipf under 2.5): nothing says which is the
  name's, and the finding asks ("SANDOX" over "Sandoz Corp").

Its marks and endings are compared in :mod:`newslint.checks.name_headline_marks`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from rapidfuzz import process
from rapidfuzz.distance import OSA

from newslint.checks.name_capitals import starts_sentence
from newslint.checks.name_consistency import abbreviated
from newslint.checks.name_freq import RARE, zipf
from newslint.checks.name_ranking import Ref
from newslint.checks.name_references import References, mostly_capitals
from newslint.document import Document
from newslint.entities import fold_name
from newslint.lexicon import in_cmu

# A word of the headline in capitals, not a ticker in brackets ("(PMA)"; the article's text
# masks one in angle brackets) nor part of a longer word.
SHOUTED = re.compile(r"(?<![\w\-'’.(])[A-Z]{5,}(?![\w\-'’)])")
_SHORTEST = 5
# A line of more distinct words in capitals of five letters or more is no headline ("# "
# heading a list of names).
MOST_WORDS = 30
_LETTERS = re.compile(r"[^\W\d_]+")


def headline_slips(refs: References) -> Iterator[tuple[list[Ref], list[Ref], bool]]:
    """The writings a letter apart in a headline in capitals and in the rest of the article's
    prose (``refs``, see the module), as (the slip's references, the other's, whether to
    ask)."""
    doc = refs.doc
    headline = doc.headline
    if headline is None or not mostly_capitals(doc.block_text(headline)):
        return
    shouted = {m.group(): m for m in SHOUTED.finditer(doc.masked, headline.start, headline.end)}
    if not shouted or len(shouted) > MOST_WORDS:
        return
    heads = {fold_name(word) for word in shouted}
    body: dict[str, list[str]] = {}  # folded -> the prose's capitalised writings
    for text in refs.spellings:
        folded = fold_name(text)
        if len(text) >= _SHORTEST and text.isalpha() and text[0].isupper() and folded not in heads:
            body.setdefault(folded, []).append(text)
    choices = list(body)
    written: set[str] | None = None  # read only for a headline word with a name near it
    for word, m in shouted.items():
        folded = fold_name(word)
        for near, _, _ in process.extract(
            folded, choices, scorer=OSA.distance, score_cutoff=1, limit=None
        ):
            if near[0] != folded[0] or abbreviated(near, folded):
                continue
            if written is None:
                written = _rest_of(doc, headline.start, headline.end)
            if folded in written:
                break
            theirs = [ref for text in body[near] for ref in refs.of(text) if _named(doc, ref)]
            if not theirs:
                continue
            ours = [Ref(word, m.start(), m.end(), frozenset())]
            head, prose = zipf(folded), zipf(near)
            if head == 0 and prose >= RARE:
                yield ours, [replace(r, text=theirs[0].text.upper()) for r in theirs], False
            elif prose == 0 and head >= RARE:
                # A common word of the headline beside a name a letter from it is another
                # word ("Bettner" under BETTER); its letters in another order may be a slip,
                # or a name English knows ("Laudner" under LAUNDER): asked, if no known name.
                if sorted(near) == sorted(folded) and not in_cmu(near):
                    yield theirs, ours, True
            elif min(head, prose) == 0:
                yield ours, theirs, True


def _named(doc: Document, ref: Ref) -> bool:
    """Whether ``ref`` is written as a name: a word of a longer one ("Sandoz Corp") or joined
    to one ("McAndrews and Forbes"), or capitalised where no sentence starts (not "Tariffs
    were raised")."""
    if ref.others or ref.after:
        return True
    block = doc.block_at(ref.start)
    return block is not None and not starts_sentence(doc, ref.start, block.start)


def _rest_of(doc: Document, start: int, end: int) -> set[str]:
    """Every word of the article but those at ``start``-``end`` (the headline), folded; the
    words of a compound apart ("Hadson-controlled")."""
    masked = doc.masked
    before, after = _LETTERS.findall(masked, 0, start), _LETTERS.findall(masked, end)
    return {fold_name(w) for w in (*before, *after)}
