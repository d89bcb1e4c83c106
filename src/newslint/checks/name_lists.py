"""What the known-entities lists make of a name: a near miss of a listed form, or its accents.

Used by the entity-spelling check on each window of a run of capitalised words.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, NamedTuple

import regex

from newslint.checks.namecompare import name_cost
from newslint.entities import EntityIndex, Form
from newslint.findings import Hit, Severity

PERSON_KINDS = ("person", "")  # a list without kinds is taken for people's names
# A letter beyond ASCII, or the curly quotes, dashes and ellipsis a modern system types.
_BEYOND_ASCII = regex.compile(r"(?=[^\x00-\x7f])\p{L}|[\u2018\u2019\u201c\u201d\u2013\u2014\u2026]")


class Slip(NamedTuple):
    """Words ``i`` to ``j`` (exclusive) of a run misspell a listed name, wherever the run is."""

    i: int
    j: int
    names: list[str]  # the listed spellings
    severity: Severity | None
    kind: str  # a key of name_consistency.PROBLEMS
    fixable: bool  # for a misspelling: whether a lone suggestion may be applied unattended
    person: bool = False  # the listed names are people's


def best(
    index: EntityIndex, folded: tuple[str, ...], max_edits: int, strict: bool = False
) -> tuple[list[Form], int] | None:
    best: list[Form] = []
    best_cost = 99
    # A form shares one word and differs in each other word by a few edits (a transliterated
    # first name by up to about five), which bounds the distance of the whole name.
    bound = max_edits * (len(folded) - 1) + 5
    # Sharing the first word, every other word must pass ``allowed``: at most ``max_edits``
    # OSA edits each (a first-name variant is only ever the first word), so the whole name is
    # within ``max_edits`` per other word. That is a tighter bound: a common first name in a
    # long list brings far fewer forms.
    bound_first = min(bound, max_edits * (len(folded) - 1))

    def slip(theirs: Sequence[str]) -> bool:
        """Whether each word differs by a plausible slip (first-name variants included)."""
        return name_cost(folded, theirs, max_edits, strict, not strict, names=not strict) < 99

    for pos in range(len(folded)):
        for form in index.sharing_token(folded, pos, bound if pos else bound_first, slip):
            person = not strict and form.kind in PERSON_KINDS
            cost = name_cost(
                folded, form.folded, max_edits, strict, person, names=person, listed=True
            )
            if 0 < cost < best_cost:
                best, best_cost = [form], cost
            elif (
                cost == best_cost and cost < 99 and all(f.canonical != form.canonical for f in best)
            ):
                best.append(form)
    return (best, best_cost) if best else None


def misspelt(
    index: EntityIndex,
    max_edits: int,
    toks: tuple[str, ...],
    folded: tuple[str, ...],
    i: int,
    j: int,
) -> Slip | None:
    if len(toks) < 2 or not index.has_token(folded):
        return None
    found = best(index, folded, max_edits)
    if found is None:
        return None
    names = unique(f.text for f in found[0])
    person = all(f.kind in PERSON_KINDS for f in found[0])
    return Slip(i, j, names, None, "spelling", found[1] == 1, person)


def accents(
    forms: list[Form], toks: tuple[str, ...], i: int, j: int, options: Mapping[str, Any]
) -> Slip | None:
    """``toks`` against ``forms``, the forms equal to it but for case and accents."""
    accents = [f for f in forms if f.tokens != toks]
    if accents and (len(toks) >= 2 or options["single_word_diacritics"]):
        if any(
            tuple(t.casefold() for t in f.tokens) == tuple(t.casefold() for t in toks)
            for f in accents
        ):
            return None
        names = unique(f.text for f in accents)
        kind = "diacritic" if all(t.isascii() for t in toks) else "wrong-diacritic"
        return Slip(i, j, names, Severity.parse(options["diacritic_severity"]), kind, True)
    return None


def unique(items: Iterator[str] | list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def writes_beyond_ascii(text: str) -> bool:
    """Whether ``text`` holds a letter beyond ASCII (an accent, a stroke, another script) or
    typographic punctuation (curly quotes, en and em dashes, an ellipsis): copy from a system
    that could have written the accents. Plain ASCII copy (wire copy, old archives, ASCII
    exports) drops accents as its house style."""
    return not text.isascii() and _BEYOND_ASCII.search(text) is not None


def house_style(found: Hit, options: Mapping[str, Any]) -> Hit:
    """A missing-accent hit in plain ASCII copy (no accented letter, no curly quote or dash):
    its house style (or its system) drops accents, so the hit is advice without a fix, at
    ``ascii_diacritic_severity``; adding accents to one name would break that style."""
    return found._replace(
        severity=Severity.parse(options["ascii_diacritic_severity"]),
        fix=None,
        data={**found.data, "evidence": ["the article writes no accents"]},
    )
