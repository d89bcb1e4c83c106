"""A people's word in a place's possessive ("many of Cuban's poorest citizens", "as Indian's
economic growth" in an article that names Cuba, India): the place was meant.

A demonym with a possessive is one person's ("the Cuban's", "a 23-year-old Australian's"),
and a person of a people needs a determiner or a word describing them before it. Where none
stands (the possessive opens a sentence, or follows a preposition or a conjunction: "of",
"as", "and"), the place's possessive was meant, when the article names that place by itself:
a word the demonym is formed from (Cuba, Cuban; India, Indian; Brazil, Brazilian; Canada,
Canadian; Italy, Italian; Mexico, Mexican; Chile, Chilean; Peru, Peruvian; not Swede, beside
Sweden), written with no capitalised word beside it (not "North America", whose "American's"
may be an airline's), outside quotations; and never a word that is also a first name or a
surname ("Roman's" beside AS Roma). The place's possessive is suggested, with no fix: a
reader of the sentence decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint import model
from newslint.checks.name_capitals import starts_sentence
from newslint.checks.name_consistency import hit
from newslint.checks.realnames import any_first_name, common_surname
from newslint.document import Document
from newslint.findings import Hit, Severity

_BLOCKS = frozenset({model.PROSE, model.COMMENT})
# A capitalised word ending in n, with a possessive.
_POSSESSIVE = re.compile(r"(?<![\w\-'’.])([A-Z][a-z]{3,}n)(['’])s(?![\w'’])")
# The words after which no determiner stands, so that a demonym there is no person's.
_NO_DETERMINER = frozenset(
    "of in as for from to with by on at into about against than and but or while because "
    "since whether if when where after before despite unlike like".split()
)
_WORD_BEFORE = re.compile(r"(\w+)[ \u00a0]+\Z")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’\-]*[ \u00a0]\Z")


def demonym_possessives(doc: Document, severity: Severity) -> Iterator[Hit]:
    """A finding at each demonym's possessive meant as its place's (see the module)."""
    masked = doc.masked
    places: dict[str, list[int]] = {}  # a place's name -> where it stands alone
    for block in doc.prose_blocks():
        if block.kind not in _BLOCKS:
            continue
        for m in _POSSESSIVE.finditer(masked, block.start, block.end):
            start = m.start()
            if doc.in_quote(start) or not _undetermined(doc, start, block.start):
                continue
            demonym = m.group(1)
            if any_first_name(demonym) or common_surname(demonym):
                continue  # (Roman's, beside Roma; Christian's, beside Christ)
            for place in _places(demonym):
                if place not in places:
                    places[place] = _alone(doc, place)
                lines = places[place]
                if lines:
                    yield _finding(start, m.end(), place + m.group(2) + "s", lines, severity)
                    break


def _finding(start: int, end: int, meant: str, lines: list[int], severity: Severity) -> Hit:
    """A finding at ``start``-``end`` suggesting the place's possessive ``meant``, naming the
    ``lines`` where the place stands; no fix."""
    shown = ", ".join(str(line) for line in dict.fromkeys(lines))
    plural = "s" if "," in shown else ""
    problem = f"is one person's, beside the place named on line{plural} {shown}; meant:"
    found = hit(start, end, [meant], severity, "inconsistent")
    return found._replace(args={**found.args, "problem": problem}, fix=None)


def _undetermined(doc: Document, start: int, block_start: int) -> bool:
    """Whether the word at ``start`` opens a sentence or follows a preposition or a
    conjunction."""
    if starts_sentence(doc, start, block_start):
        return True
    before = _WORD_BEFORE.search(doc.masked, max(block_start, start - 20), start)
    return before is not None and before.group(1) in _NO_DETERMINER


def _places(demonym: str) -> list[str]:
    """The places a demonym may be formed from, likeliest first."""
    stem = demonym[:-1]  # Cuba, India, Korea, Australia (not Swede, beside Sweden)
    forms = [stem] if stem.endswith("a") else []
    if demonym.endswith("ian"):
        base = demonym[:-3]
        forms += [base, base + "a", base + "y", demonym[:-4]]  # Brazil, Canada, Italy, Peru
    if demonym.endswith("an"):
        forms += [demonym[:-2] + "o", demonym[:-2] + "e"]  # Mexico, Chile
    return [f for f in dict.fromkeys(forms) if len(f) >= 4]


def _alone(doc: Document, place: str) -> list[int]:
    """The lines where ``place`` stands by itself in the article's prose: no capitalised word
    next to it ("North America", "Cuba Libre"), outside quotations."""
    pattern = re.compile(rf"(?<![\w\-'’]){re.escape(place)}(?![\w\-])(?![ \u00a0][A-Z])")
    masked = doc.masked
    return [
        doc.position(m.start())[0]
        for block in doc.prose_blocks()
        if block.kind in _BLOCKS
        for m in pattern.finditer(masked, block.start, block.end)
        if not _CAPITAL_BEFORE.search(masked, max(block.start, m.start() - 30), m.start())
        and not doc.in_quote(m.start())
    ]
