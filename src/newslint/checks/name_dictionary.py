"""Whether English writes a word in lower case: Harper's curated dictionary, which keeps a
name's capitals ("Qatar", "Spain", "OPEC") where wordfreq and the CMU dictionary fold every
word to lower case (wordfreq's "qatar" is printed as often as the country is named).

Harper was asked, through its spelling check, about every word English prints at Zipf 3 or
more (``wordfreq``): the words it reports in lower case under both its American and its
British dictionary, and accepts with a first capital ("qatar": a name) or in capitals only
("opec": an acronym), are kept in ``newslint/data/capitals.tsv`` with that kind, read on first
use. Any other word is taken for an English word in lower case: "labour", "aids" and
"holocaust", which Harper's British dictionary holds, and the words Harper knows in no case
("etc", "graphene"), which say nothing of a name. Asking Harper during a run would build its
dictionary in every process that meets a new word (0.6 s and 150 MB each);
``bench/names/capitals.py`` builds the file again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache

# The words the file holds: those printed at least this often (Zipf: log10 of uses per
# billion words).
PRINTED = 3.0
NAME, ACRONYM = "name", "acronym"  # the file's kinds


def lower_case_words(words: Iterable[str]) -> frozenset[str]:
    """Those of ``words`` (lower case) that English writes in lower case (any word printed
    less often than :data:`PRINTED` among them: the file does not say)."""
    table = dictionary_table()
    return frozenset(w for w in words if w not in table)


@cache
def dictionary_table() -> Mapping[str, str]:
    """The file's words and their kinds."""
    from importlib.resources import files

    text = (files("newslint") / "data" / "capitals.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if not line.startswith("#"))
    return {word: kind for word, kind in rows}
