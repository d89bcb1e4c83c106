"""Build ``src/newslint/data/capitals.tsv``: the words English prints at Zipf 3 or more
(wordfreq) that Harper's dictionary holds only with capitals (see
:mod:`newslint.checks.name_dictionary`). About a minute; run it again when wordfreq or
harper-py changes::

    python bench/names/capitals.py src/newslint/data/capitals.tsv
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any

import harper
import wordfreq

from newslint.checks.name_dictionary import ACRONYM, NAME, PRINTED

DIALECTS = ("AMERICAN", "BRITISH")
ASKED_AT_ONCE = 2000  # words in one text given to Harper


def reported(words: Sequence[str], linter: Any) -> set[str]:
    """Those of ``words`` that Harper's spelling check reports."""
    # A paragraph each: Harper checks no spelling in a sentence of 50 words or more.
    lints = linter.lint("\n\n".join(words))
    return {lint.problem_text for lint in lints if lint.lint_kind == "Spelling"}


def answers(words: Sequence[str], linters: Sequence[Any]) -> Iterator[tuple[str, str]]:
    """Each of ``words`` (lower case) that every one of Harper's ``linters`` reports in lower
    case and one of them accepts with a first capital (a name) or else in capitals (an
    acronym), with its kind; not the words Harper knows in no case."""
    small = set(words)
    for linter in linters:
        small &= reported(sorted(small), linter)
    titled = _accepted(small, str.capitalize, linters)
    shouted = _accepted(small - titled, str.upper, linters)
    for word in sorted(titled | shouted):
        yield word, NAME if word in titled else ACRONYM


def _accepted(words: set[str], form: Any, linters: Sequence[Any]) -> set[str]:
    """Those of ``words`` whose ``form`` one of ``linters`` accepts."""
    written = {form(w): w for w in words}
    rejected = set(written)
    for linter in linters:
        rejected &= reported(sorted(written), linter)
    return {w for f, w in written.items() if f not in rejected}


def printed_words() -> Iterable[str]:
    for word in wordfreq.iter_wordlist("en"):
        if wordfreq.zipf_frequency(word, "en") < PRINTED:
            break
        if word.isalpha() and word.islower():
            yield word


def build(path: Path) -> int:
    """Write the file to ``path``; the count of its words."""
    printed = list(printed_words())
    linters = [harper.Linter(getattr(harper.Dialect, d)) for d in DIALECTS]
    rows = []
    for i in range(0, len(printed), ASKED_AT_ONCE):
        rows += answers(printed[i : i + ASKED_AT_ONCE], linters)
    head = (
        f"# Words English prints at Zipf {PRINTED:g} or more (wordfreq {version('wordfreq')})"
        f" that Harper's dictionary (harper-py {version('harper-py')}) reports in lower case"
        " under its American and its British spellings and holds with a first capital"
        " ('name') or in capitals ('acronym'). Built by bench/names/capitals.py.\n"
    )
    path.write_text(head + "".join(f"{w}\t{kind}\n" for w, kind in sorted(rows)), "utf-8")
    return len(rows)


if __name__ == "__main__":
    print(build(Path(sys.argv[1])), "words")
