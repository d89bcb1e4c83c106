"""A name's punctuation written two ways in one article, its letters the same.

* A name that holds a possessive ("McDonald's"), used as a name on its own somewhere (before
  a comma or a full stop, or as the subject of "has", "said"...), and the same word with an s
  and no apostrophe elsewhere ("McDonalds has also been"): the apostrophe lost. Not after
  "the" or a count (the McDonalds, two Saabs: a family, things counted). Not when the owner
  is a first name or the bare word a common surname (Edward's goal, Edwards said; Lloyd's the
  market, Lloyds the bank): two names, not one name twice. Never a fix: which firm or person
  is meant is the writer's to say.
* A name ending in s with an apostrophe after it that owns nothing, before a verb ("the
  Committee to Protect Bloggers' is asking"), beside the word without it: the apostrophe
  stray, asked about with no fix (a possessive may stand for its noun: "the Smiths' is the
  house on the left").
* Two capitalised words joined by "&" in one place and by "and" in another ("Dun &
  Bradstreet", "the Dun and Bradstreet survey"; "Tate & Lyle"): one name, written two ways.
  Not when the first word is a common first name (Richard and Judy, Lucas and David: people
  named together) or ends a longer name (Matt Lucas & David Walliams).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from newslint.checks.name_capitals import Pair, Span
from newslint.checks.name_runs import is_stop
from newslint.checks.realnames import any_first_name, common_first_name, common_surname
from newslint.document import Document

# A possessive name standing as a name on its own: before punctuation or a verb.
_OWN_NAME = regex.compile(
    r"(?<![\w'’\-.])(\p{Lu}\w{2,})['’]s"
    r"(?=[,.;:!?)]|[ \u00a0]+(?:has|have|is|was|said|says|will|would|had|plans|did|does)\b)"
)
# What follows a possessive name standing on its own, wherever _OWN_NAME matches.
_OWN_NAME_END = re.compile(
    r"['’]s(?:[,.;:!?)]|[ \u00a0]+(?:has|have|is|was|said|says|will|would|had|plans|did|does)\b)"
)
_OWNED = regex.compile(r"(?<![\w'’\-.])(\p{Lu}\w{2,})['’]s\b")
_BARE = regex.compile(r"(?<![\w'’\-.])(\p{Lu}\w{2,})s\b(?!['’])")
# Before a plural: "the McDonalds", "two Saabs".
_PLURAL_BEFORE = regex.compile(
    r"(?:\b(?i:the|these|those|all|both|many|several|two|three|four|five)|\d)[ \u00a0]+\Z"
)
# A capitalised word ending in s, an apostrophe, and a verb.
_STRAY = regex.compile(
    r"(?<![\w'’\-.])(\p{Lu}\w{2,}s)['’](?=[ \u00a0]+(?:has|have|is|are|was|were|said|says|will"
    r"|would|had)\b)"
)
# Where _STRAY may match; a possessive before a word in lower case (the noun it owns), not a
# pronoun's contraction ("it's clear").
_S_APOSTROPHE = re.compile("s['’][ \u00a0]")
_OWNER = regex.compile(
    r"(?<![\w'’])(?!(?i:it|that|there|here|he|she|what|who|where|when|why|how|let|"
    r"every(?:one|body|thing)|some(?:one|body|thing)|no(?:one|body|thing))['’]s\b)\w+['’]s?"
    r"[ \u00a0]+\p{Ll}"
)
# A single quotation mark opening before a letter, and one closing after a word.
_OPENS = regex.compile(r"(?<![\w'’])['‘](?=\p{L})")
_CLOSES = regex.compile(r"(?<=\w)['’](?![\w'’])")
# The second word without a possessive ending (Ant & Dec's show).
_JOINED = regex.compile(
    r"(?<![\w'’\-.&])(\p{Lu}[\w'’]*) (and|&) (\p{Lu}\w*(?:['’](?!s\b)\w+)*)(?:['’]s)?(?![\w'’\-&])"
)


def lost_name_apostrophes(doc: Document) -> Iterator[Pair]:
    """The word with an s and no apostrophe, and the possessive name it loses it from, when
    the bare form is no commoner."""
    text = doc.masked
    if _OWN_NAME_END.search(text) is None:
        return  # (most articles)
    blocks = list(doc.prose_blocks())
    named = {
        m[1]
        for b in blocks
        for m in _OWN_NAME.finditer(text, b.start, b.end)
        if not any_first_name(m[1]) and not common_surname(m[1] + "s")
    }
    if not named:
        return
    owned: dict[str, list[Span]] = {}
    bare: dict[str, list[Span]] = {}
    for b in blocks:
        for m in _OWNED.finditer(text, b.start, b.end):
            if m[1] in named:
                owned.setdefault(m[1], []).append((m.start(), m.end(), m.group()))
        for m in _BARE.finditer(text, b.start, b.end):
            if m[1] in named and not _PLURAL_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                bare.setdefault(m[1], []).append((m.start(), m.end(), m.group()))
    for word, spans in bare.items():
        if len(spans) <= len(owned[word]):
            yield spans, owned[word]


def stray_apostrophes(doc: Document) -> Iterator[Pair]:
    """A name with a stray apostrophe after its final s (see the module) and the same word
    without it, written elsewhere in the article's paragraphs; not where a possessive before
    a noun in the 200 characters before it may open the comparison it ends ("HSBC's profit
    rose 5 per cent, Barclays said. Barclays' was flat")."""
    text = doc.masked
    if _S_APOSTROPHE.search(text) is None:
        return  # (most articles)
    blocks = list(doc.prose_blocks())
    stray: dict[str, list[Span]] = {}
    for b in blocks:
        for m in _STRAY.finditer(text, b.start, b.end):
            if _single_quote_open(text, max(b.start, m.start() - 300), m.start()):
                continue
            if not _OWNER.search(text, max(b.start, m.start() - 200), m.start()):
                stray.setdefault(m[1], []).append((m.start(), m.end(), m.group()))
    for word, spans in stray.items():
        bare = regex.compile(rf"(?<![\w'’\-.]){regex.escape(word)}(?![\w'’\-])")
        plain = [
            (m.start(), m.end(), m.group())
            for b in blocks
            for m in bare.finditer(text, b.start, b.end)
        ]
        if plain:
            yield spans, plain


def _single_quote_open(text: str, start: int, end: int) -> bool:
    """Whether a single quotation mark opens in ``text[start:end]`` and does not close there
    (the apostrophe after the name closes it: "that 'Veritas' is")."""
    opened = None
    for m in _OPENS.finditer(text, start, end):
        opened = m.end()
    return opened is not None and _CLOSES.search(text, opened, end) is None


def ampersands(doc: Document) -> Iterator[Pair]:
    """Two capitalised words joined by "and" and by "&": the rarer writing, on a tie the one
    with "and", and the other."""
    text = doc.masked
    if "&" not in text:
        return  # every name is written with "and"
    written: dict[tuple[str, str], dict[str, list[Span]]] = {}
    for b in doc.prose_blocks():
        for m in _JOINED.finditer(text, b.start, b.end, overlapped=True):
            if common_first_name(m[1]) or is_stop(m[1]) or is_stop(m[3]):
                continue
            if ends_a_name(text, m.start()):
                continue  # the end of a longer name: Matt Lucas & David Walliams
            forms = written.setdefault((m[1], m[3]), {})
            forms.setdefault(m[2], []).append((m.start(), m.end(3), text[m.start() : m.end(3)]))
    for forms in written.values():
        if len(forms) == 2:
            plain, marked = forms["and"], forms["&"]
            yield (plain, marked) if len(plain) <= len(marked) else (marked, plain)


def ends_a_name(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a capitalised word of the same name: not a
    function word, not a possessive (Britain's Tate & Lyle)."""
    head = text[max(0, start - 30) : start]
    words = head.split()
    if not head[-1:].isspace() or head[-2:-1].isspace() or not words:
        return False
    word = words[-1]
    return (
        word[0].isupper()
        and word[-1].isalnum()
        and not is_stop(word)
        and not word.endswith(("'s", "’s"))
    )
