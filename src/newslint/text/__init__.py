"""Text primitives shared by the document model and checks, one module per concern:
:mod:`~newslint.text.lines`, :mod:`~newslint.text.quotes`, :mod:`~newslint.text.sentence` and
:mod:`~newslint.text.words`.

All functions work on offsets into one string and run in linear time.
"""

from newslint.text.lines import line_spans
from newslint.text.quotes import SpanSet, quote_spans
from newslint.text.sentence import ABBREVIATIONS, sentences
from newslint.text.words import WORD, count_words, fold, normalize_words

__all__ = [
    "ABBREVIATIONS",
    "WORD",
    "SpanSet",
    "count_words",
    "fold",
    "line_spans",
    "normalize_words",
    "quote_spans",
    "sentences",
]
