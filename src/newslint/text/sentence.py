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
# Abbreviations written in lower case: any other ("Wash.", "Ill.", "Ore.", "Dec.") is one only
# when capitalised, so "does not wash.", "fell ill." and "iron ore." end their sentences.
LOWER_CASE = frozenset("etc vs no nos est fig approx dept a.m p.m i.e e.g".split())
# Abbreviations that close a name or a list: a capitalised word or an opening quote after one
# starts a new sentence ("Apple Inc. Former", "Columbia Aluminium Corp. Comalco", "etc. Who").
CLOSERS = frozenset("inc corp co ltd bros etc".split())
# Capitalised words that open a sentence far more often than they follow an abbreviation
# inside one: after "Jr.", "Dec." or "U.S." they start a new sentence.
OPENERS = frozenset(
    "a an the he she it they we i you his her its their our my this that these those there "
    "but and yet so if as in on at for after before when while however meanwhile also some "
    "many most both one no not".split()
)
_OPEN_QUOTES = "\"'“‘«"
_NEXT_WORD = re.compile(r"\s+([\"'“‘«(\[]*)(\w+)")
# A sentence ends at a run of ., !, ? and …, with any closing quotes or brackets, followed by
# white space and what may start a sentence (after any opening quotes: ''We, "'Tis). A match
# starts only where a run starts, so a long run is read once.
_SENT_END = re.compile(r"(?<![.!?…])[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]*[\w¿¡])")
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")  # "j.p", "u.s", "a.b.c", final period gone
# The word before a period: letters, digits, inner periods, apostrophes, ampersands and hyphens
# ("U.S", "Parker's", "isn't", "AT&T", "Jay-Z"), so that the "s" of "Parker's." or the "T" of
# "AT&T." is not taken for an initial.
_WORD_BEFORE = re.compile(r"(?:[\s\S]*[^\w.'’&-])?([\w.'’&-]+)")


def sentences(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``masked[start:end]`` into sentences: their (start, end) spans, trimmed.

    A sentence ends at ., ! or ? (with any closing quotes) followed by space and a capital,
    quote or digit, unless the word before the period is a known abbreviation or an initial.
    """
    stops = []
    for m in _SENT_END.finditer(masked, start, end):
        if masked[m.start()] == ".":
            word = word_before(masked, start, m.start())
            if is_abbreviation(word) and not _opens_sentence(masked, m.end(), end, word):
                continue
        stops.append(m.end())
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
    """Whether what follows an abbreviation's period (at ``at``) opens a new sentence.

    It does after an acronym in capitals before a word that is not ("patients with MS.
    Final"); after a name's or a list's closer before a capitalised word or a quotation
    ("Apple Inc. Former", "Co. \\"Orders"); and after any abbreviation but a title or a lone
    initial before a capitalised sentence opener ("Jr. He", "Dec. She", "U.S. The") or a
    quotation.
    """
    m = _NEXT_WORD.match(masked, at, end)
    if m is None:
        return False
    opening, word = m.group(1), m.group(2)
    low = abbreviation.rsplit("-", 1)[-1].lower()
    if not word[:1].isupper() or "(" in opening or "[" in opening:
        return False
    if abbreviation.isupper() and abbreviation.isalpha() and len(abbreviation) > 1:
        # MS, ST, CO in capitals: an acronym, unless the text goes on in capitals.
        return len(word) == 1 or not word.isupper()
    if low in TITLES or len(low) == 1:
        return False
    if low in CLOSERS:
        return word.lower() not in CLOSERS  # "J.P. Morgan and Co. Inc" is one name
    return bool(opening.strip("'’")) or word.lower() in OPENERS


def word_before(masked: str, start: int, dot: int) -> str:
    """The word before the period at ``dot`` (at most 20 characters back, not before
    ``start``), as written, without its final periods and opening quotes."""
    lo = max(start, dot - 20)
    # The usual word is letters and digits after a space: then it is the whole of that run
    # (str.isalnum() characters are \w, a space is not), found without the pattern.
    word = masked[masked.rfind(" ", lo, dot) + 1 or lo : dot]
    if word.isalnum():
        return word
    w = _WORD_BEFORE.fullmatch(masked, lo, dot)
    return w.group(1).rstrip(".").lstrip("'’") if w else ""


def is_abbreviation(word: str) -> bool:
    """Whether ``word`` (as :func:`word_before` gives it) is an abbreviation, an initial or a
    run of initials ("J.P.", "U.S."): its period need not end a sentence."""
    if "-" in word:  # "Japan-U.S.", "(D-Okla.)"; but the "Z" of "Jay-Z." is no initial
        word = word.rsplit("-", 1)[1]
        if len(word) == 1:
            return False
    low = word.lower()
    if len(low) == 1:
        return low.isalpha()  # an initial: "Robert F. Kennedy"
    if _INITIALS.fullmatch(low) is not None:
        return True
    return low in ABBREVIATIONS and (low in LOWER_CASE or word[:1].isupper())
