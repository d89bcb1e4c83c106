"""Text primitives shared by the document model and checks: lines, quotes, sentences, folding.

All functions work on offsets into one string and run in linear time.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence

_LINE = re.compile(r"[^\r\n]*")
# Abbreviations after which a period does not end a sentence (lower case, no final period).
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "gov",
        "sen",
        "rep",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "cmdr",
        "adm",
        "maj",
        "rev",
        "hon",
        "pres",
        "ala",
        "ariz",
        "ark",
        "calif",
        "colo",
        "conn",
        "del",
        "fla",
        "ga",
        "ill",
        "ind",
        "kan",
        "ky",
        "la",
        "md",
        "mass",
        "mich",
        "minn",
        "miss",
        "mo",
        "mont",
        "neb",
        "nev",
        "okla",
        "ore",
        "pa",
        "tenn",
        "tex",
        "va",
        "vt",
        "wash",
        "wis",
        "wyo",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nos",
        "vs",
        "etc",
        "inc",
        "corp",
        "ltd",
        "co",
        "bros",
        "dept",
        "est",
        "fig",
        "approx",
        "ave",
        "blvd",
        "rd",
        "mt",
        "ft",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "d.c",
        "a.m",
        "p.m",
        "i.e",
        "e.g",
    ]
)
# A sentence ends at a run of ., !, ? and …, with any closing quotes or brackets, followed by
# white space and what may start a sentence. The first mark is written outside the repeat: a
# pattern that starts with a repeat gives ``re`` no first character to skip ahead to, so it
# tries a match at every position (``[.!?…]+`` cost over twice the instructions).
_SENT_END = re.compile(r"[.!?…][.!?…]*[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[\w¿¡])")
# The same for text without !, ? or … (most paragraphs): it starts with a literal, which
# ``re`` finds as str.find does (a third of the instructions again).
_SENT_END_DOT = re.compile(r"\.\.*[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[\w¿¡])")
# The word (letters, digits and periods) that ends a stretch of text, matched whole: a
# search for ``([\w.]+)$`` would try every start position in turn.
_WORD_BEFORE = re.compile(r"(?:[\s\S]*[^\w.])?([\w.]+)")
_DOUBLE_OPEN = "“«„"
_DOUBLE_CLOSE = "”»"
_QUOTE_CONTEXT_OPEN = set(" \t\r\n([{—–-/:;,")


class SpanSet:
    """A sorted set of non-overlapping spans with O(log n) containment tests."""

    __slots__ = ("_ends", "_starts", "spans")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        self.spans = merged
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def covers(self, start: int, end: int) -> bool:
        """Whether one span contains all of ``[start, end)``."""
        i = bisect_right(self._starts, start) - 1
        return i >= 0 and end <= self._ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span intersects ``[start, end)``."""
        i = bisect_right(self._starts, end - 1) - 1
        return i >= 0 and self._ends[i] > start

    def __len__(self) -> int:
        return len(self.spans)


def line_spans(source: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line between two offsets, line breaks excluded."""
    out: list[tuple[int, int]] = []
    for m in _LINE.finditer(source, start, end):
        if m.start() == m.end() and out and out[-1][1] == m.start():
            continue
        out.append(m.span())
    return [s for s in out if s[1] > s[0] or len(out) == 1]


def fold(s: str) -> str:
    """Case-fold, strip accents, straighten apostrophes and quotes, unify dashes."""
    if s.isascii():
        return s.lower()
    for curly, straight in _STRAIGHTEN:  # str.translate costs ~100 ns a character here
        if curly in s:
            s = s.replace(curly, straight)
    if s.isascii():
        return s.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", s)).casefold()


# Combining marks (accents) left by NFKD: diacritics, extended, supplement, for symbols, halves.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def strip_accents(s: str) -> str:
    """Remove combining marks (é -> e) but keep case."""
    s = unicodedata.normalize("NFKD", s)
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


_STRAIGHTEN = (
    ("’", "'"),
    ("‘", "'"),
    ("“", '"'),
    ("”", '"'),
    ("–", "-"),
    ("—", "-"),
    ("‐", "-"),
    ("\u00a0", " "),
)


_WORD_CHARS = re.compile(r"\w+")


def normalize_words(s: str) -> list[str]:
    """Words of ``s`` for comparison: folded, punctuation dropped."""
    return _WORD_CHARS.findall(fold(s))


def quote_spans(
    masked: str, start: int, end: int, *, continues: bool = False, headline: bool = False
) -> tuple[list[tuple[int, int]], bool]:
    """Find quotations in one block.

    Double quotes (straight and curly) delimit direct speech; single quotes count when they
    nest inside a double quote, or anywhere in a headline or dek (where they replace double
    quotes). A straight quote opens when it follows a space or opening punctuation and closes
    otherwise, except that an opening one after the end of a sentence inside a quotation
    reopens it (AP style, where copy lost the paragraph break). A quotation still open at the
    end of the block runs to its end; AP style then reopens it with a new opening mark in the
    next paragraph, so nothing else carries over.

    Returns:
        The spans (including the marks) and whether a quotation was left open.
    """
    spans: list[tuple[int, int]] = []
    d_open: int | None = None
    scan_from = start
    if continues and _starts_with_quote(masked, start, end):
        # AP style: the mark that reopens a quotation continued from the previous paragraph
        # is an opening mark, whatever its shape.
        d_open = start + len(masked[start:end]) - len(masked[start:end].lstrip())
        scan_from = d_open + 1
    s_open: int | None = None
    for m in _QUOTE_MARK.finditer(masked, scan_from, end):
        i = m.start()
        ch = masked[i]
        prev = masked[i - 1] if i > start else " "
        nxt = masked[i + 1] if i + 1 < end else " "
        straight_opener = ch == '"' and prev in _QUOTE_CONTEXT_OPEN and not nxt.isspace()
        if ch in _DOUBLE_OPEN or (straight_opener and d_open is None):
            if d_open is None:
                d_open = i
        elif straight_opener and d_open is not None and _after_sentence_end(masked, start, i):
            # An opening mark after a sentence while a quotation is open: the quotation runs
            # on past a paragraph break lost in the copy ('...artists. "Outstanding ...'), which
            # AP style marks by reopening it.
            spans.append((d_open, i))
            d_open = i
        elif ch in _DOUBLE_CLOSE or ch == '"':
            if d_open is not None:
                spans.append((d_open, i + 1))
                d_open = None
                s_open = None
        elif d_open is not None or headline:
            opening = (
                (ch == "‘" or ch == "'")
                and (prev in _QUOTE_CONTEXT_OPEN or prev in '"“')
                and nxt.isalnum()
            )
            closing = (ch == "’" or ch == "'") and not nxt.isalnum() and not prev.isspace()
            if opening and s_open is None:
                s_open = i
            elif (
                closing
                and s_open is not None
                and not (prev in "sS" and nxt.isspace() and i - s_open > 60)
            ):
                if d_open is None:
                    spans.append((s_open, i + 1))
                s_open = None
    left_open = d_open is not None
    if d_open is not None:
        spans.append((d_open, end))
    return spans, left_open


_QUOTE_MARK = re.compile("[\"'“”‘’«»„]")


def _after_sentence_end(masked: str, start: int, i: int) -> bool:
    """Whether the last character before ``i`` (white space aside, not before ``start``)
    ends a sentence."""
    j = i - 1
    while j >= start and masked[j].isspace():
        j -= 1
    return j >= start and masked[j] in ".!?"


def _starts_with_quote(masked: str, start: int, end: int) -> bool:
    head = masked[start:end].lstrip()
    return head[:1] in ('"', "“", "«")


def sentences(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``masked[start:end]`` into sentences: their (start, end) spans, trimmed.

    A sentence ends at ., ! or ? (with any closing quotes) followed by space and a capital,
    quote or digit, unless the word before the period is a known abbreviation or an initial.
    """
    plain_stops = all(masked.find(c, start, end) < 0 for c in "!?…")
    stops = [
        m.end()
        for m in (_SENT_END_DOT if plain_stops else _SENT_END).finditer(masked, start, end)
        if masked[m.start()] != "." or not _is_abbreviation(masked, start, m.start())
    ]
    stops.append(end)
    spans: list[tuple[int, int]] = []
    pos = start
    for stop in stops:
        # The span less its white space (what str.strip drops: exactly str.isspace()).
        seg = masked[pos:stop]
        body = seg.lstrip()
        if body:
            at = pos + len(seg) - len(body)
            spans.append((at, at + len(body.rstrip())))
        pos = stop
    return spans


def _is_abbreviation(masked: str, start: int, dot: int) -> bool:
    """Whether the word before the period at ``dot`` (its letters, digits and periods, at
    most 20 characters back and not before ``start``) is an abbreviation or an initial."""
    lo = max(start, dot - 20)
    # The usual word is letters and digits after a space: then it is the whole of that run
    # (str.isalnum() characters are \w, a space is not), found without the pattern.
    word = masked[masked.rfind(" ", lo, dot) + 1 or lo : dot]
    if word.isalnum():
        word = word.lower()
    else:
        w = _WORD_BEFORE.fullmatch(masked, lo, dot)
        if not w:
            return False
        word = w.group(1).lower().rstrip(".")
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "Robert F. Kennedy"
    return word in ABBREVIATIONS


# A letter or digit, then word characters, with single inner apostrophes, hyphens and periods
# ("don't", "well-known", "U.S"). Written as runs of \w so the engine loops in C.
WORD = re.compile(r"[^\W_]\w*(?:[’'\-.][^\W_]\w*)*")


def words(masked: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """Word matches (letters and digits, with inner apostrophes, hyphens and periods)."""
    return WORD.finditer(masked, start, len(masked) if end is None else end)


# Punctuation that may stand around a word ("said," “We (2020).). None of it is \w, so none
# of it can begin or end a WORD match.
_EDGES = ".,;:!?\"'“”‘’()[]«»…"


def count_words(s: str) -> int:
    """Number of words in ``s``: ``len(WORD.findall(s))``, about three times faster.

    A WORD match never holds white space, so it lies inside one ``str.split()`` token and the
    count is the tokens' sum. A token of letters and digits alone (``str.isalnum``, which is
    exactly ``\\w`` without "_") is one word; most are, once edge punctuation is stripped; only
    the rest (U.S.-led, 2.5%, rock'n'roll) go to the regex. ``tests/test_fast_paths.py``
    pins the equality.
    """
    n = 0
    for token in s.split():
        if token.isalnum():
            n += 1
            continue
        core = token.strip(_EDGES)
        if core.isalnum():
            n += 1
        elif core:
            n += len(WORD.findall(core))
    return n


def shingles(tokens: Sequence[str], n: int) -> set[tuple[str, ...]]:
    """The set of word n-grams of ``tokens`` (the whole sequence if shorter than n)."""
    if len(tokens) < n:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}
