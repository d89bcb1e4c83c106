"""A name whose small words are capitalised in one writing and not in another ("Meet the
Fockers" and "Meet The Fockers", "About a Boy" and "About A Boy", "Pirates of the Caribbean"
and "Pirates Of The Caribbean").

Titles of works and names of bodies hold small words (articles, conjunctions, short
prepositions, "it's") that one house capitalises and another does not; one article writes one
name one way. A name here is two capitalised words or more with small words between them, in
the article's own paragraphs (see :func:`newslint.checks.name_capitals.plain_paragraphs`: a
headline in title case is another style, and a reader's comment keeps the reader's capitals,
which an editor leaves as sent); the two writings hold the same words, the other
words with the same capitals, and differ only in the case of small words. A small word never
starts or ends the name, so a capital that starts a sentence ("The Academy Awards") is no
writing of it. The commoner writing wins; a tie is asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from newslint import model
from newslint.checks.name_capitals import LETTER_BUT_SMALL, Pair, Span
from newslint.document import Document
from newslint.model import Block

# Words that title case may leave in lower case.
SMALL = frozenset(
    "a an the and or nor but of for in on at to by with from as into onto upon via "
    "it it's it’s is".split()
)
_LONGEST = 8  # words in a name
# A small word in capitals after a capitalised word: one writing of such a pair holds one.
_CAPITALISED_SMALL = re.compile(
    rf"(?<![\w'’\-]){LETTER_BUT_SMALL}[\w'’\-]* (?:"
    + "|".join(re.escape(w.capitalize()) for w in sorted(SMALL, key=len, reverse=True))
    + r")(?![\w'’])"
)
# A word: a paragraph's words are read in runs joined by single spaces.
_WORD = re.compile(r"[^\W_][\w'’\-]*")

_Key = tuple[str, ...]


def small_words(doc: Document, paragraphs: Sequence[Block]) -> Iterator[Pair]:
    """The names of ``paragraphs`` written with a small word in capitals and in lower case,
    as the module says: the rarer writing against the commoner (or, on a tie, the later
    against the earlier), each name once, the longest first."""
    masked = doc.masked
    paragraphs = [block for block in paragraphs if block.kind == model.PROSE]
    if not any(_CAPITALISED_SMALL.search(masked, b.start, b.end) for b in paragraphs):
        return
    writings: dict[_Key, dict[str, list[Span]]] = {}
    for block in paragraphs:
        for words in _runs(masked, block):
            for span in _names(words):
                start, end = span[0][1], span[-1][2]
                # (the other words as written: BANK OF ENGLAND is no writing of Bank of England)
                key = tuple(w.lower() if w.lower() in SMALL else w for w, _, _ in span)
                text = masked[start:end]
                writings.setdefault(key, {}).setdefault(text, []).append((start, end, text))
    taken: list[tuple[int, int]] = []
    for key in sorted(writings, key=len, reverse=True):
        forms = writings[key]
        if len(forms) != 2:
            continue  # one writing, or three (nothing says which is meant)
        first, second = forms.values()
        major, minor = (first, second) if len(first) >= len(second) else (second, first)
        if any(s < e and b < end for s, e, _ in minor for b, end in taken):
            continue  # a part of a longer name already reported
        taken += [(s, e) for s, e, _ in (*minor, *major)]
        yield minor, major


def _runs(masked: str, block: Block) -> Iterator[list[tuple[str, int, int]]]:
    """The runs of words in ``block`` joined by single spaces, each word with its offsets."""
    run: list[tuple[str, int, int]] = []
    for m in _WORD.finditer(masked, block.start, block.end):
        if run and masked[run[-1][2] : m.start()] != " ":
            yield run
            run = []
        run.append((m.group(), m.start(), m.end()))
    if run:
        yield run


def _names(words: Sequence[tuple[str, int, int]]) -> Iterator[Sequence[tuple[str, int, int]]]:
    """The stretches of ``words`` that start and end with a capitalised word that is not small,
    hold only such words and small words, and hold a small word."""
    for i, (first, _, _) in enumerate(words):
        if not _name_word(first):
            continue
        inner = False
        for j in range(i + 1, min(len(words), i + _LONGEST)):
            word = words[j][0]
            if word.lower() in SMALL:
                inner = True
            elif not _name_word(word):
                break
            elif inner:
                yield words[i : j + 1]


def _name_word(word: str) -> bool:
    """A capitalised word that is no small word."""
    return word[0].isupper() and word.lower() not in SMALL
