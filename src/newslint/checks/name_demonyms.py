"""A people's word in a place's possessive ("many of Cuban's poorest citizens", "as Indian's
economic growth" in an article that names Cuba, India): the place was meant.

A demonym with a possessive is one person's ("the Cuban's", "a 23-year-old Australian's"),
and a person of a people needs a determiner or a word describing them before it. Where none
stands (the possessive opens a sentence, or follows a preposition or a conjunction: "of",
"as", "and"), the place's possessive was meant, when the article names that place by itself:
a name the demonym is formed from (Cuba, Cuban; India, Indian; Brazil, Brazilian; Canada,
Canadian; Italy, Italian; Mexico, Mexican; Chile, Chilean; Peru, Peruvian; not Swede, beside
Sweden), which Harper's dictionary writes with its capital (a name, see
:mod:`newslint.checks.name_dictionary`: not "music" beside "Musician's Union"), written with
no capitalised word beside it (not "Bank of America", "North America"; "Venezuela and Cuba"
names Cuba), outside quotations.

Never where the demonym is a name of its own in the article, a firm's or a person's: written
before a capitalised word that is no title nor a place's kind ("American Airlines", whose
"American's pilots" are the airline's; "Korean Air"; not "Cuban President", "the Indian
Ocean") or after a first name ("Mark Cuban"); nor a word that is a first name or a surname
("Roman's" beside AS Roma). The place's possessive is suggested, with no fix: a reader of the
sentence decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint import model
from newslint.checks.name_capitals import starts_sentence
from newslint.checks.name_consistency import hit
from newslint.checks.name_dictionary import NAME, dictionary_table
from newslint.checks.realnames import any_first_name, common_first_name, common_surname
from newslint.document import Document
from newslint.findings import Hit, Severity
from newslint.model import Block

_BLOCKS = frozenset({model.PROSE, model.COMMENT})
# A capitalised word ending in n, with a possessive.
_POSSESSIVE = re.compile(r"(?<![\w\-'’.])([A-Z][a-z]{3,}n)(['’])s(?![\w'’])")
# The words after which no determiner stands, so that a demonym there is no person's.
_NO_DETERMINER = frozenset(
    "of in as for from to with by on at into about against than and but or while because "
    "since whether if when where after before despite unlike like".split()
)
_WORD_BEFORE = re.compile(r"(\w+)[ \u00a0]+\Z")
# A capitalised word; a capitalised word just before one; one just after.
_CAPITALISED = re.compile(r"(?<![\w\-'’.])[A-Z][a-z]+(?![\w\-])")
_CAPITAL_BEFORE = re.compile(r"([A-Z][\w'’\-]*)[ \u00a0](?:(?:of|the|for)[ \u00a0])?\Z")
_JOINED = re.compile(r"(?:of|the|for)[ \u00a0]\Z")
_CAPITAL_AFTER = re.compile(r"[ \u00a0]([A-Z][a-z]+)")
# Capitalised words after a demonym that make no name of it: a title, or a place's kind
# ("Cuban President", "Indian Prime Minister", "the Indian Ocean").
_NO_NAME_AFTER = frozenset(
    "President Prime Minister Foreign Finance Defence Defense Interior Trade Economy "
    "Government Ambassador Embassy Parliament Army Navy Police Ocean Sea Gulf Peninsula "
    "Republic State".split()
)


def demonym_possessives(doc: Document, severity: Severity) -> Iterator[Hit]:
    """A finding at each demonym's possessive meant as its place's (see the module)."""
    masked = doc.masked
    blocks = [b for b in doc.prose_blocks() if b.kind in _BLOCKS]
    found = [
        (m, block)
        for block in blocks
        for m in _POSSESSIVE.finditer(masked, block.start, block.end)
        if not (any_first_name(m.group(1)) or common_surname(m.group(1)))
    ]
    if not found:
        return
    alone, named = _words(doc, blocks, {m.start() for m, _ in found})
    for m, block in found:
        demonym, start = m.group(1), m.start()
        if demonym in named or doc.in_quote(start) or not _undetermined(doc, start, block.start):
            continue
        place = next((p for p in _places(demonym) if p in alone), None)
        if place is not None:
            meant = place + m.group(2) + "s"
            yield _finding(start, m.end(), meant, alone[place], severity)


def _words(
    doc: Document, blocks: list[Block], possessives: set[int]
) -> tuple[dict[str, list[int]], set[str]]:
    """The capitalised words of ``blocks`` that stand by themselves (no capitalised word
    beside them, nor one and "of", "the" or "for" before them: "Bank of America") outside
    quotations, with their lines; and those written as a name's words elsewhere than at
    ``possessives``: after a first name ("Mark Cuban") or before a capitalised word that is no
    title nor a place's kind ("American Airlines"; not "Cuban President", "Indian Ocean")."""
    alone: dict[str, list[int]] = {}
    named: set[str] = set()
    masked = doc.masked
    for block in blocks:
        for m in _CAPITALISED.finditer(masked, block.start, block.end):
            word, start = m.group(), m.start()
            before = _CAPITAL_BEFORE.search(masked, max(block.start, start - 30), start)
            after = _CAPITAL_AFTER.match(masked, m.end())
            if start not in possessives and (
                (after and after.group(1) not in _NO_NAME_AFTER)
                or (
                    before
                    and not _JOINED.search(before.group())
                    and common_first_name(before.group(1))
                )
            ):
                named.add(word)
            if not before and not after and not doc.in_quote(start):
                alone.setdefault(word, []).append(doc.position(start)[0])
    return alone, named


def _undetermined(doc: Document, start: int, block_start: int) -> bool:
    """Whether the word at ``start`` opens a sentence or follows a preposition or a
    conjunction ("of Cuban's", "As Cuban's")."""
    if starts_sentence(doc, start, block_start):
        return True
    before = _WORD_BEFORE.search(doc.masked, max(block_start, start - 20), start)
    return before is not None and before.group(1).lower() in _NO_DETERMINER


def _places(demonym: str) -> list[str]:
    """The names a demonym may be formed from (see the module), likeliest first."""
    forms = [demonym[:-1]] if demonym[-2] == "a" else []  # Cuba, India (not Swede)
    if demonym.endswith("ian"):
        base = demonym[:-3]
        forms += [base, base + "a", base + "y", demonym[:-4]]  # Brazil, Canada, Italy, Peru
    if demonym.endswith("an"):
        forms += [demonym[:-2], demonym[:-2] + "o"]  # Chile, Mexico
    table = dictionary_table()
    return [f for f in dict.fromkeys(forms) if len(f) >= 4 and table.get(f.lower()) == NAME]


def _finding(start: int, end: int, meant: str, lines: list[int], severity: Severity) -> Hit:
    """A finding at ``start``-``end`` suggesting the place's possessive ``meant``, naming the
    ``lines`` where the place stands; no fix."""
    shown = ", ".join(str(line) for line in dict.fromkeys(lines))
    plural = "s" if "," in shown else ""
    problem = f"is one person's, beside the place named on line{plural} {shown}; meant:"
    found = hit(start, end, [meant], severity, "demonym")
    return found._replace(args={**found.args, "problem": problem}, fix=None)
