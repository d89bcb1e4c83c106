"""Sentences: where a block's sentences end, abbreviations and initials aside."""

from __future__ import annotations

import re

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
# white space and what may start a sentence.
_SENT_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[\w¿¡])")
# The word (letters, digits and periods) that ends a stretch of text.
_WORD_BEFORE = re.compile(r"(?:[\s\S]*[^\w.])?([\w.]+)")


def sentences(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``masked[start:end]`` into sentences: their (start, end) spans, trimmed.

    A sentence ends at ., ! or ? (with any closing quotes) followed by space and a capital,
    quote or digit, unless the word before the period is a known abbreviation or an initial.
    """
    stops = [
        m.end()
        for m in _SENT_END.finditer(masked, start, end)
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
