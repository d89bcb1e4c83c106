"""An acronym written a letter short once in an article that writes it in full again and
again ("OPE members" beside five "OPEC"): the letter dropped.

Only where the short form is written once and the full one three times or more, and the
short form is not spelled out in brackets (an organisation of its own: "the International
Coffee Organisation (ICO)" beside "IACO") nor a ticker in angle brackets. Many acronyms are
a letter apart and both real (GPS and GPRS, AWU and AMWU, BBC and CBBC): a count that
lopsided is the evidence, so no fix is offered.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from newslint.checks.name_ranking import Ref

# How often the full form must be written beside a short form written once.
_FULL_AT_LEAST = 3
_SHORTEST = 3


def truncated(text: str, refs: Sequence[Ref]) -> Iterator[tuple[list[Ref], list[Ref]]]:
    """The references of an acronym a letter short, and those of the full acronym, in the
    article ``text``."""
    spelled: dict[str, list[Ref]] = {}
    for ref in refs:
        if ref.text.isupper() and ref.text.isalpha():
            spelled.setdefault(ref.text, []).append(ref)
    for short, mine in spelled.items():
        if len(mine) != 1 or len(short) < _SHORTEST or bracketed(text, mine[0]):
            continue
        for full, theirs in spelled.items():
            if (
                len(full) == len(short) + 1
                and len(theirs) >= _FULL_AT_LEAST
                and any(full[:i] + full[i + 1 :] == short for i in range(len(full)))
            ):
                yield mine, theirs
                break


def bracketed(text: str, ref: Ref) -> bool:
    """Whether the reference stands in brackets: an acronym spelled out before it, or a
    ticker (<OPE>)."""
    return text[ref.start - 1 : ref.start] in ("(", "<") or text[ref.end : ref.end + 1] in (
        ")",
        ">",
    )
