"""A name joined to the word after it: run into it when the space is lost ("Strureewas",
"Robredoboth"), or its possessive written without the apostrophe before the same word as
elsewhere ("Kings Own Scottish Borderers" beside "King's Own Scottish Borderers").

For a name run into the next word, the evidence: the whole is no word English text prints,
its tail is a word that follows a name (was, said, both...), and its head is the name,
written on its own in the article or printed by English text as a name (never as a common
word) with a first name before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import regex

from newslint.checks.name_capitals import LETTER_BUT_SMALL, Pair
from newslint.checks.name_consistency import hit
from newslint.checks.name_freq import RARE, WORDLIKE, zipf
from newslint.checks.name_ranking import Ref
from newslint.checks.name_references import References
from newslint.checks.realnames import any_first_name
from newslint.document import Document
from newslint.entities import fold_name
from newslint.findings import Hit, Severity
from newslint.lexicon import is_word

# What a name may run into when the space after it is lost (Strureewas, Robredoboth).
_RUN_INTO = ("was", "said", "says", "and", "both", "who", "has", "had", "were", "would", "will")
# A capitalised word with a possessive ending, and one ending in s, before a capitalised word.
_OWNED = regex.compile(r"(?<![\w'’\-.])(\p{Lu}\w+)['’]s(?= (\p{Lu}\w*))")
_BARE = regex.compile(r"(?<![\w'’\-.])(\p{Lu}\w+)s(?= (\p{Lu}\w*))")
_OWNED_BEFORE_CAPITAL = re.compile(rf"['’]s {LETTER_BUT_SMALL}")  # where _OWNED may match


def run_into(text: str, refs: References) -> tuple[str, str] | None:
    """The name and the word ``text`` runs together (Strureewas: Struree, was), when the whole
    is no word (neither in the CMU dictionary nor printed by English text), the name no common
    word (Traveland is no Travel and), and the name is written on its own in the article
    (among its ``refs``), or English text prints it, never the whole, and a first name goes
    before each reference of ``text`` (Tommy Robredoboth)."""
    if not text.endswith(_RUN_INTO) or not text.isalpha() or text.isupper() or is_word(text):
        return None
    whole = zipf(fold_name(text))
    if whole >= RARE:
        return None
    for word in _RUN_INTO:
        stem = text[: -len(word)]
        if not (text.endswith(word) and len(stem) >= 4):
            continue
        name = zipf(fold_name(stem))
        if name >= WORDLIKE:
            return None
        if stem in refs.spellings or (whole == 0 < name and after_a_first_name(refs.of(text))):
            return stem, word
    return None


def after_a_first_name(refs: Sequence[Ref]) -> bool:
    """Whether a first name goes before each reference (asked last: it reads the census
    lists)."""
    return all(any(map(any_first_name, r.others)) for r in refs)


def glued(start: int, end: int, split: tuple[str, str], severity: Severity) -> Hit:
    """A name run into the next word that the article never writes on its own: no fix (the
    evidence is the world's, not the article's)."""
    return hit(start, end, [" ".join(split)], severity, "run-together")._replace(fix=None)


def lost_apostrophes(doc: Document) -> Iterator[Pair]:
    """A possessive and the same word with an s and no apostrophe, each before the same
    capitalised word ("King's Own" and "Kings Own"): the rarer, on a tie the one without the
    apostrophe, and the other."""
    if _OWNED_BEFORE_CAPITAL.search(doc.masked) is None:
        return  # (most articles)
    owned: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    for block in doc.prose_blocks():
        for m in _OWNED.finditer(doc.masked, block.start, block.end):
            owned.setdefault((m[1], m[2]), []).append((m.start(), m.end(), m.group()))
    if not owned:
        return
    bare: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    for block in doc.prose_blocks():
        for m in _BARE.finditer(doc.masked, block.start, block.end):
            if (m[1], m[2]) in owned:
                bare.setdefault((m[1], m[2]), []).append((m.start(), m.end(), m.group()))
    for key, spans in bare.items():
        theirs = owned[key]
        yield (spans, theirs) if len(spans) <= len(theirs) else (theirs, spans)
