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
# Titles stand before a name: a period after one never ends a sentence.
TITLES = frozenset(
    "mr mrs ms dr prof st gov sen rep gen lt col sgt capt cmdr adm maj rev hon pres".split()
)
# Capitalised words that open a sentence far more often than they follow an abbreviation
# inside one: after "Jr.", "Inc.", "Dec." or "U.S." they start a new sentence.
OPENERS = frozenset(
    "a an the he she it they we i you his her its their our my this that these those there "
    "but and yet so if as in on at for after before when while however meanwhile also some "
    "many most both one no not".split()
)
_NEXT_WORD = re.compile(r"\s+[\"'“‘«(\[]?(\w+)")
# A sentence ends at a run of ., !, ? and …, with any closing quotes or brackets, followed by
# white space and what may start a sentence.
_SENT_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[\w¿¡])")
# The word (letters, digits and periods) that ends a stretch of text.
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")  # "j.p", "u.s", "a.b.c", final period gone
_WORD_BEFORE = re.compile(r"(?:[\s\S]*[^\w.])?([\w.]+)")


def sentences(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``masked[start:end]`` into sentences: their (start, end) spans, trimmed.

    A sentence ends at ., ! or ? (with any closing quotes) followed by space and a capital,
    quote or digit, unless the word before the period is a known abbreviation or an initial.
    """
    stops = [
        m.end()
        for m in _SENT_END.finditer(masked, start, end)
        if masked[m.start()] != "."
        or not _is_abbreviation(masked, start, m.start())
        or _opens_sentence(masked, m.end(), end, _word_before(masked, start, m.start()))
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


def _opens_sentence(masked: str, at: int, end: int, abbreviation: str) -> bool:
    """Whether the word after an abbreviation's period (at ``at``) opens a new sentence: a
    capitalised sentence opener ("Jr. He", "Dec. She", "U.S. The"), and the abbreviation is
    not a title ("Dr. The" does not happen) or a lone initial of a name."""
    if abbreviation in TITLES:
        return False
    m = _NEXT_WORD.match(masked, at, end)
    if m is None:
        return False
    word = m.group(1)
    return word[:1].isupper() and word.lower() in OPENERS and len(abbreviation) > 1


def _word_before(masked: str, start: int, dot: int) -> str:
    """The word before the period at ``dot``, lower case, without its final periods."""
    lo = max(start, dot - 20)
    w = _WORD_BEFORE.fullmatch(masked, lo, dot)
    return w.group(1).lower().rstrip(".") if w else ""


def _is_abbreviation(masked: str, start: int, dot: int) -> bool:
    """Whether the word before the period at ``dot`` (its letters, digits and periods, at
    most 20 characters back and not before ``start``) is an abbreviation, an initial or a
    run of initials ("J.P.", "U.S.")."""
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
    return word in ABBREVIATIONS or _INITIALS.fullmatch(word) is not None
