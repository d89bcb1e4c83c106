"""Whether English writes a word in lower case: Harper's curated dictionary, which keeps a
name's capitals ("Qatar", "Brent", "OPEC") where wordfreq and the CMU dictionary fold every
word to lower case (wordfreq's "qatar" is printed as often as the country is named).

Harper was asked, through its spelling check, about every word English prints at Zipf 3 or
more (``wordfreq``). A word it reports in lower case under both its American and its British
dictionary ("qatar", "brent") is no English word in lower case; one it passes under either
("labour", "aids", "holocaust") is. A word it reports and would write with its first capital
("colombia": "Colombia") is a name its dictionary holds. The answers are kept in
``newslint/data/capitals.tsv`` (about 5,000 words), read on first use: asking Harper in a run
would build its dictionary in every process that meets a new word (0.6 s and 150 MB each).
``bench/names/capitals.py`` builds the file again.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

# The words the file holds: those printed at least this often (Zipf: log10 of uses per
# billion words), as checks.name_word_case.SELDOM.
PRINTED = 3.0
NAME, NO_WORD = "name", "no-word"  # the file's kinds


def lower_case_words(words: Iterable[str]) -> frozenset[str]:
    """Those of ``words`` (lower case) that English writes in lower case (any word printed
    less often than :data:`PRINTED` among them: the file does not say)."""
    table = capitals()
    return frozenset(w for w in words if w not in table)


def dictionary_names(words: Iterable[str]) -> frozenset[str]:
    """Those of ``words`` (lower case) that Harper's dictionary holds as names only, with a
    first capital ("colombia")."""
    table = capitals()
    return frozenset(w for w in words if table.get(w) == NAME)


@cache
def capitals() -> dict[str, str]:
    """The file's words and their kinds."""
    from importlib.resources import files

    text = (files("newslint") / "data" / "capitals.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if not line.startswith("#"))
    return {word: kind for word, kind in rows}


def answers(words: list[str], linters: Iterable[Any]) -> Iterator[tuple[str, str]]:
    """Each of ``words`` that every one of Harper's ``linters`` reports in lower case, with
    its kind: a name if each would write it with its first capital."""
    kinds = dict.fromkeys(words, NAME)
    for linter in linters:
        # A paragraph each: Harper checks no spelling in a sentence of 50 words or more.
        lints = linter.lint("\n\n".join(words))
        reported = {
            lint.problem_text: [s.replacement_text for s in lint.suggestions]
            for lint in lints
            if lint.lint_kind == "Spelling"
        }
        kinds = {
            w: kind if w.capitalize() in reported[w] else NO_WORD
            for w, kind in kinds.items()
            if w in reported
        }
    yield from kinds.items()
