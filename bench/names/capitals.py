"""Build ``src/newslint/data/capitals.tsv``: the words English prints at Zipf 3 or more
(wordfreq) that Harper's dictionary writes only with capitals (see
:mod:`newslint.checks.name_dictionary`). About a minute; run it again when wordfreq or
harper-py changes::

    python bench/names/capitals.py src/newslint/data/capitals.tsv
"""

from __future__ import annotations

import sys
from importlib.metadata import version
from pathlib import Path

import harper
import wordfreq

from newslint.checks.name_dictionary import PRINTED, answers

DIALECTS = ("AMERICAN", "BRITISH")
ASKED_AT_ONCE = 2000  # words in one text given to Harper


def build(path: Path) -> int:
    """Write the file to ``path``; the count of its words."""
    printed = []
    for word in wordfreq.iter_wordlist("en"):
        if wordfreq.zipf_frequency(word, "en") < PRINTED:
            break
        if word.isalpha() and word.islower():
            printed.append(word)
    linters = [harper.Linter(getattr(harper.Dialect, d)) for d in DIALECTS]
    rows = []
    for i in range(0, len(printed), ASKED_AT_ONCE):
        rows += answers(printed[i : i + ASKED_AT_ONCE], linters)
    head = (
        f"# Words English prints at Zipf {PRINTED:g} or more (wordfreq {version('wordfreq')})"
        f" that Harper's dictionary (harper-py {version('harper-py')}, American and British)"
        " writes only with capitals: 'name' where it offers the word with its first capital."
        " Built by bench/names/capitals.py.\n"
    )
    path.write_text(head + "".join(f"{w}\t{kind}\n" for w, kind in sorted(rows)), "utf-8")
    return len(rows)


if __name__ == "__main__":
    print(build(Path(sys.argv[1])), "words")
