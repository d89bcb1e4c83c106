"""A name whose small words are capitalised in one writing and not in another ("Meet the
Fockers" and "Meet The Fockers", "About a Boy" and "About A Boy", "Pirates of the Caribbean"
and "Pirates Of The Caribbean").

Titles of works and names of bodies hold small words (articles, conjunctions, short
prepositions, "it's") that one house capitalises and another does not; one article writes one
name one way. A name here is two capitalised words or more with small words between them, in
the article's own paragraphs (see :func:`newslint.checks.name_capitals.plain_paragraphs`: a
headline in title case is another style, and a reader's comment keeps the reader's capitals,
which an editor leaves as sent), read across a line break; the two writings hold the same words
(a possessive aside: "the Department for Education's"), the other words with the same
capitals, and differ only in the case of small words. A small word never starts or ends the
name, so a capital that starts a sentence ("The Academy Awards") is no writing of it; nor does a
day or a month ("on Sunday The Observer"); nor is a name read where every writing of it starts
a sentence with one word before a small word ("Meanwhile The Times", "Meanwhile the Times").
The commoner writing wins; a tie is asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from newslint import model
from newslint.checks.name_capitals import DATES, Pair, Span, starts_sentence
from newslint.document import Document
from newslint.entities import strip_possessive
from newslint.model import Block

# Words that title case may leave in lower case.
SMALL = frozenset(
    "a an the and or nor but of for in on at to by with from as into onto upon via "
    "it it's it’s is".split()
)
_LONGEST = 8  # words in a name
# A small word with a capital after another word, where no sentence starts: one writing of a
# pair holds one ("Meet The Fockers", "Lord of The Rings", "Bank OF England"). The quick test.
_CAPITALISED_SMALL = re.compile(
    r"[\w'’\-]\s+(?:"
    + "|".join(
        re.escape(form)
        for word in sorted(SMALL, key=len, reverse=True)
        for form in (word.capitalize(), word.upper())
    )
    + r")(?![\w'’])"
)
# A word: a paragraph's words are read in runs that no punctuation and no blank line breaks.
_WORD = re.compile(r"[^\W_][\w'’\-]*")

_Key = tuple[str, ...]
_Token = tuple[str, int, int]


def small_words(doc: Document, paragraphs: Sequence[Block]) -> Iterator[Pair]:
    """The names of ``paragraphs`` written with a small word in capitals and in lower case,
    as the module says: the rarer writing against the commoner (or, on a tie, the later
    against the earlier), the longest names first, and no name inside one already reported."""
    masked = doc.masked
    paragraphs = [block for block in paragraphs if block.kind == model.PROSE]
    if not any(_CAPITALISED_SMALL.search(masked, b.start, b.end) for b in paragraphs):
        return
    writings: dict[_Key, dict[str, list[Span]]] = {}
    for block in paragraphs:
        for words in _runs(masked, block):
            for name in _names(words):
                start, end = name[0][1], name[-1][2]
                # (the other words as written: BANK OF ENGLAND is no writing of Bank of England)
                key = tuple(w.lower() if w.lower() in SMALL else w for w, _, _ in name)
                form = " ".join(w for w, _, _ in name)
                writings.setdefault(key, {}).setdefault(form, []).append((start, end, form))
    taken: list[tuple[int, int]] = []
    for key in sorted(writings, key=len, reverse=True):
        forms = writings[key]
        if len(forms) != 2:
            continue  # one writing, or three (nothing says which is meant)
        first, second = forms.values()
        major, minor = (first, second) if len(first) >= len(second) else (second, first)
        spans = [(start, end) for start, end, _ in (*minor, *major)]
        if any(start < e and s < end for start, end in spans for s, e in taken):
            continue  # a part of a longer name already reported
        if key[1] in SMALL and all(starts_sentence(doc, start, 0) for start, _ in spans):
            continue  # "Meanwhile The Times": the first word may be no word of the name
        taken += spans
        yield minor, major


def _runs(masked: str, block: Block) -> Iterator[list[_Token]]:
    """The runs of words in ``block`` that only spaces (and at most one line break) join,
    each word with its offsets."""
    run: list[_Token] = []
    for m in _WORD.finditer(masked, block.start, block.end):
        if run:
            gap = masked[run[-1][2] : m.start()]
            if not gap.isspace() or gap.count("\n") > 1:
                yield run
                run = []
        run.append((m.group(), m.start(), m.end()))
    if run:
        yield run


def _names(words: Sequence[_Token]) -> Iterator[list[_Token]]:
    """The stretches of ``words`` that start with a capitalised word that is no small word,
    day or month, end with a capitalised word that is no small word (a possessive ending
    dropped), hold only such words and small words, and hold a small word."""
    for i, (first, _, _) in enumerate(words):
        if not _name_word(first) or first in DATES:
            continue
        inner = False
        for j in range(i + 1, min(len(words), i + _LONGEST)):
            text, start, _ = words[j]
            if text.lower() in SMALL:
                inner = True
            elif not _name_word(text):
                break
            elif inner:
                last = strip_possessive(text)
                yield [*words[i:j], (last, start, start + len(last))]


def _name_word(word: str) -> bool:
    """A capitalised word that is no small word."""
    return word[0].isupper() and word.lower() not in SMALL
