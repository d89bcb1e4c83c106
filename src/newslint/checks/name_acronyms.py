"""Acronyms written two ways in one article.

* An acronym written a letter short once in an article that writes it in full again and
  again ("OPE members" beside five "OPEC"): the letter dropped. Only where the short form is
  written once and the full one three times or more, and the short form is not spelled out in
  brackets (an organisation of its own: "the International Coffee Organisation (ICO)" beside
  "IACO") nor a ticker in angle brackets. Many acronyms are a letter apart and both real (GPS
  and GPRS, AWU and AMWU, BBC and CBBC): a count that lopsided is the evidence, so no fix is
  offered.
* An acronym of three characters or more with a 1 or a 0 typed beside a capital for the
  letter it looks like ("M16" beside "MI6", "B0E" beside "BOE"), where the article writes the
  letters more often: asked about, with no fix (an M16 is also a rifle and a motorway), and
  not before a road's or a weapon's noun ("the M16 rifle", "the M16 motorway").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint.checks.name_ranking import Ref
from newslint.checks.name_references import Place, References

# How often the full form must be written beside a short form written once.
_FULL_AT_LEAST = 3
_SHORTEST = 3


def truncated(refs: References) -> Iterator[tuple[list[Ref], list[Ref]]]:
    """The references of an acronym a letter short, and those of the full acronym, among an
    article's ``refs``."""
    text = refs.doc.masked
    spelled = {
        word: places for word, places in refs.spellings.items() if word.isupper() and word.isalpha()
    }
    for short, mine in spelled.items():
        if len(mine) != 1 or len(short) < _SHORTEST or bracketed(text, mine[0]):
            continue
        for full, theirs in spelled.items():
            if (
                len(full) == len(short) + 1
                and len(theirs) >= _FULL_AT_LEAST
                and any(full[:i] + full[i + 1 :] == short for i in range(len(full)))
            ):
                yield refs.of(short), refs.of(full)
                break


# Digits typed for the capitals they look like, beside a capital (among digits, a digit is
# part of a number: G20).
_LOOKALIKE = re.compile(r"(?<=[A-Z])[10]|[10](?=[A-Z])")
_LETTER = {"1": "I", "0": "O"}
# What a code with a digit names before its noun: a road, a weapon ("the M16 rifle", "the
# M1 motorway").
_THING_AFTER = re.compile(
    r"[ \u00a0](?:rifles?|carbines?|guns?|motorway|road|junction|carriageway)\b"
)


def digit_for_letter(refs: References) -> Iterator[tuple[list[Ref], list[Ref]]]:
    """The references of an acronym with a digit for a letter (see the module), and those of
    the acronym with its letters, among an article's ``refs``."""
    spellings, text = refs.spellings, refs.doc.masked
    for written, mine in spellings.items():
        if len(written) < 3 or not (written.isupper() and written.isalnum()):
            continue
        if not ("1" in written or "0" in written):
            continue
        meant = _LOOKALIKE.sub(lambda m: _LETTER[m.group()], written)
        if meant == written or len(spellings.get(meant, ())) <= len(mine):
            continue
        if not any(_THING_AFTER.match(text, end) for _, end, _ in mine):
            yield refs.of(written), refs.of(meant)


def bracketed(text: str, place: Place) -> bool:
    """Whether the word at ``place`` stands in brackets: an acronym spelled out before it, or
    a ticker (<OPE>)."""
    start, end, _ = place
    return text[start - 1 : start] in ("(", "<") or text[end : end + 1] in (
        ")",
        ">",
    )
