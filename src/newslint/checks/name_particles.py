"""A name's particle written in two cases after the same first name ("Arjan De Zeeuw" and
"Arjan de Zeeuw", "Roland De Marigny" and "R de Marigny").

Houses differ on a particle's capital (Dutch style lowers it after a first name and raises it
where the surname stands alone: "Arjan de Zeeuw", "De Zeeuw cleared"), so a particle's case
is compared only between writings with the same word before it, or that word's initial: there
no style writes it both ways. The word before must be capitalised, no function word ("In De
Niro's films" beside "Robert de Niro" is another place in a sentence), and neither writing may
stand in a quotation. Every paragraph and list of the article counts: a team sheet ("R de
Marigny; M Bergamasco") is the article's too. The commoner case wins; on a tie nothing says
which is the name's, and the finding asks, at the writing in lower case unless that stands
in a team sheet (where findings are not reported, see
:func:`newslint.checks.name_words.roster`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newslint import model
from newslint.checks.name_capitals import Pair, Span
from newslint.checks.name_runs import PARTICLES, is_stop
from newslint.checks.name_words import roster
from newslint.document import Document

_BLOCKS = frozenset({model.PROSE, model.COMMENT, model.LIST})
# Particles of two letters or more, not an English word: a one-letter "y" or "e" joins two
# surnames, where a capital is another word ("Santos Y Cia"), and "Do" in a title is a verb.
_WORDS = "|".join(sorted((p for p in PARTICLES if len(p) > 1 and p != "do"), key=len, reverse=True))
# A capitalised word or an initial, a particle in either case, a capitalised surname.
_NAME = re.compile(
    rf"(?<![\w\-'’.])([A-Z][a-z]+|[A-Z]\.?)[ \u00a0]((?i:{_WORDS}))[ \u00a0]([A-Z][\w'’\-]*)"
)


def particle_cases(doc: Document) -> Iterator[Pair]:
    """The writings of a particle's rarer case against the others, for each surname written
    after the same first name (or its initial) with its particle in both cases (see the
    module)."""
    masked = doc.masked
    groups: dict[tuple[str, str, str], list[tuple[str, Span]]] = {}
    for block in doc.prose_blocks():
        if block.kind not in _BLOCKS:
            continue
        for m in _NAME.finditer(masked, block.start, block.end):
            before, particle, surname = m.groups()
            if is_stop(before) or not particle[1:].islower() or doc.in_quote(m.start(2)):
                continue
            key = (before[0], particle.lower(), surname)
            written = (m.start(2), m.end(3), f"{particle} {surname}")
            groups.setdefault(key, []).append((before.rstrip("."), written))
    for writings in groups.values():
        fullest = max((before for before, _ in writings), key=len)
        same = [span for before, span in writings if before in (fullest, fullest[0])]
        upper = [span for span in same if span[2][0].isupper()]
        lower = [span for span in same if span[2][0].islower()]
        if not (upper and lower):
            continue
        if len(upper) < len(lower):
            yield upper, lower
        elif len(lower) < len(upper) or not all(roster(doc, s[0], PARTICLES) for s in lower):
            yield lower, upper
        else:
            yield upper, lower
