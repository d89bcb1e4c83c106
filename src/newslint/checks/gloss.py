"""Where an old or variant form is written on purpose: inside a longer proper name, or glossed.

A retired spelling that is part of an institution's or a work's name ("Bombay Stock
Exchange", "Salaam Bombay!", "Dynamo Kiev") is that name, not a slip; and one glossed by the
current form ("Mumbai (Bombay)", "Kyiv (formerly Kiev)", "Bombay (now Mumbai)") is there for
the reader. Both are told from the words around the match, not from a list of names.
"""

from __future__ import annotations

import re
from functools import cache

# Words that may stand capitalised before a place without making a name with it.
FUNCTION_WORDS = frozenset(
    "a about across after against along among and around as at before behind beside between "
    "beyond but by despite during for from if in inside into like near of off on onto or "
    "outside over past since than that the this through to toward towards under until via "
    "when where while with within without".split()
)
# Capitalised words that follow a place in ordinary prose ("in Kiev Monday").
CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)
# Words that introduce the other form in a gloss: "Kyiv (formerly Kiev)", "Bombay (now Mumbai)".
GLOSS_CUES = r"(?:(?:formerly|previously|once|earlier|then|now|today|also|or|aka|known as|" + (
    r"called|named|renamed|spelt|spelled|written|old name|former name|new name)\W+)*"
)
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*)[ \t\u00a0]+$")
_WORD_AFTER = re.compile(r"^[ \t\u00a0]+([^\W\d_][\w'’-]*)")
_SENTENCE_END_BEFORE = re.compile(r"(?:^|[.!?:;\"“”(\[]\s*)$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def title_case(text: str) -> bool:
    """Whether ``text`` capitalises every word of four letters or more (a headline in title
    case), where a neighbour's capital letter says nothing about a name."""
    words = [w for w in _WORD.findall(text) if len(w) >= 4]
    return len(words) >= 3 and all(_capitalised(w) for w in words)


def in_proper_name(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether ``text[start:end]`` is part of a longer capitalised name inside ``text[lo:hi]``:
    the next word is capitalised ("Bombay Stock Exchange") and is not a day or month, or the
    word before is capitalised, is not a function word and does not begin a sentence
    ("Salaam Bombay", "Dynamo Kiev")."""
    after = _WORD_AFTER.match(text[end:hi])
    if after and _capitalised(after.group(1)) and after.group(1).lower() not in CALENDAR_WORDS:
        return True
    before = _WORD_BEFORE.search(text[max(lo, start - 60) : start])
    if not before or not _capitalised(before.group(1)):
        return False
    word = before.group(1)
    if word.lower() in FUNCTION_WORDS or word.endswith("."):
        return False
    head = text[max(lo, start - len(before.group(0)) - 10) : start - len(before.group(0))]
    return not _SENTENCE_END_BEFORE.search(head)


@cache
def _gloss_patterns(right: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    form = re.escape(right)
    # "Mumbai (Bombay)", "Kyiv (formerly Kiev)", "Kyiv, formerly Kiev"
    before = re.compile(rf"\b{form}\s*(?:\(|,)\s*{GLOSS_CUES}$", re.I)
    # "Bombay (now Mumbai)", "Kiev, now Kyiv"
    after = re.compile(rf"^\s*(?:\(|,)\s*{GLOSS_CUES}{form}\b", re.I)
    return before, after


def glossed(text: str, start: int, end: int, right: str, lo: int, hi: int) -> bool:
    """Whether the form at ``text[start:end]`` sits beside ``right``, the form it would be
    replaced with, as a gloss of it (or it of it), inside ``text[lo:hi]``."""
    before, after = _gloss_patterns(right)
    return bool(
        before.search(text[max(lo, start - len(right) - 40) : start])
        or after.match(text[end : min(hi, end + len(right) + 40)])
    )
