"""A name written in lower case where the article's paragraphs write it with its capitals:
a name proper keeps its capitals in any house style. Nothing says which writing the writer
meant, so each finding asks.

* A name of two words written in full in lower case ("wall street sources" beside "Wall
  Street"; three common nouns are a kind of thing, see
  :func:`newslint.checks.name_descriptions.described`). The lower case must read as the name
  reads, not as a description of one ("the prime minister", "a general election", "as
  foreign secretary", "chancellor Gordon Brown"): no determiner, "as", count, possessive, a
  few adjectives ("old", "happy"), capitalised word or number before it, no capitalised word
  after it (a title before a name), no people's adjective or role in it ("british
  government", "party leader"), outside quotations and where no sentence starts. The
  capitals must stand as a name of their own (not the end of a longer one: "Committee to
  Protect Bloggers"), outside quotations, at least twice, once where no sentence starts, and
  more often than the lower case.
* A name opening with a point of the compass (north, south, east, west; not "western")
  written with it in lower case ("a cold spell in north America" beside "a cold snap in North
  America"). In lower case a point of the compass may describe a part of a place ("north
  Wales"), so the capitals must stand as the whole name (not the start nor the end of a
  longer one), outside quotations and where no sentence starts, at least as often as the
  lower case.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Sequence
from typing import NamedTuple

from newslint import model
from newslint.checks.name_capitals import DATES, Pair, Span, starts_sentence, tail_of
from newslint.checks.name_descriptions import described
from newslint.checks.name_references import lower_words
from newslint.checks.name_runs import Tok, is_stop
from newslint.document import Document

_PARAGRAPHS = frozenset({model.PROSE, model.COMMENT})
# What before the lower case makes it a description, a role or things counted: a
# determiner, "as", a count ("nine law lords"), a possessive ("the country's central bank"),
# a few adjectives ("old", "happy"), a capitalised word ("the New South Wales southern
# highlands"), a number.
_BEFORE = re.compile(
    r"(?:\b(?i:the|a|an|this|that|these|those|his|her|its|their|our|your|my|any|each|every|"
    r"some|no|as|former|new|ex|then|acting|deputy|shadow|two|three|four|five|six|seven|eight|"
    r"nine|ten|several|many|both|other|old|happy|own|same|whole)|\w['’]s?|\b[A-Z][\w'’.-]*|\d|"
    r"[-–]) $"
)
_AFTER = re.compile(r" [A-Z]")
# A word of letters; and what joins one to the word before or after it.
_WORD = re.compile(r"[^\W\d_]+")
_JOINED_BEFORE = re.compile(r"[\w\-'’.@/#]")
_JOINED_AFTER = re.compile(r"[\w\-'’@]")
# The points of the compass, which open a place's name ("North America", "South Korean") and,
# in lower case, a description of a part of a place ("north Wales"); not their adjectives,
# which describe a region far more often ("western Sydney" beside the state "Western
# Australia").
_COMPASS = frozenset(("north", "south", "east", "west"))


def lowered_in_full(doc: Document, names: Sequence[Sequence[Tok]]) -> Iterator[Pair]:
    """The names of ``names`` (runs of capitalised words in the paragraphs) that the
    paragraphs also write in full in lower case, as the module says: the lower case against
    the capitals."""
    for key, lowered, places in _written_in_lower_case(doc, names, len):
        if len(key) > 3 or any(is_stop(w) or w in DATES for w in key) or described(key, 1):
            continue
        found = [
            (span, starts_sentence(doc, span[0], block_start))
            for span, block_start in _as_names(doc, places)
        ]
        if len(found) < 2 or all(first for _, first in found):
            continue
        small = _lower_case(doc, lowered, _BEFORE, _AFTER)
        if small and len(small) < len(found):
            yield small, [span for span, _ in found]


def first_word_lowered(doc: Document, names: Sequence[Sequence[Tok]]) -> Iterator[Pair]:
    """The names of ``names`` opening with a point of the compass ("North America", "South
    Korean Won") that the paragraphs also write with it in lower case ("in north America"),
    not at a sentence start nor in a quotation, no more often than the capitals stand so where
    no sentence starts: the lower case against the capitals."""
    compass = [words for words in names if words[0][0].lower() in _COMPASS and len(words) <= 4]
    for _, lowered, places in _written_in_lower_case(doc, compass, lambda _: 1):
        spans = [
            span
            for span, block_start in _as_names(doc, places)
            if not starts_sentence(doc, span[0], block_start)
        ]
        small = _lower_case(doc, lowered)
        if spans and small and len(small) <= len(spans):
            yield small, spans


def _written_in_lower_case(
    doc: Document, names: Sequence[Sequence[Tok]], upto: Callable[[tuple[str, ...]], int]
) -> list[tuple[tuple[str, ...], Writing, list[Sequence[Tok]]]]:
    """The names of two words or more in title case among ``names``, by their words, that the
    article also writes with their words up to ``upto(words)`` in lower case: the words, that
    writing and where it starts (one pass over the article for all of them), and the places
    of the name in capitals."""
    lower = lower_words(doc)
    found: dict[tuple[str, ...], list[Sequence[Tok]]] = {}
    for words in names:
        key = tuple(w[0] for w in words)
        if len(key) < 2 or not all(w.isalpha() and w[1:].islower() for w in key):
            continue
        if all(w.lower() in lower for w in key[: upto(key)]):
            found.setdefault(key, []).append(words)
    if not found:
        return []
    wanted = {_lowered(key, upto(key)): key for key in found}
    starts = _phrase_starts(doc.masked, wanted)
    return [
        (key, Writing(text, starts[text]), found[key])
        for text, key in wanted.items()
        if text in starts
    ]


class Writing(NamedTuple):
    """A name as written in lower case, and where it starts in the article."""

    text: str
    starts: list[int]


def _phrase_starts(text: str, phrases: Collection[str]) -> dict[str, list[int]]:
    """Where ``text`` writes each of ``phrases`` (words joined by one space), found in one pass
    over its words."""
    words = {w for phrase in phrases for w in phrase.split()}
    longest = max(phrase.count(" ") for phrase in phrases) + 1
    found: dict[str, list[int]] = {}
    chain: list[tuple[str, int, int]] = []  # the words read, each next to the one before
    for m in _WORD.finditer(text):
        if m.group() not in words:
            chain = []
            continue
        if chain and text[chain[-1][2] : m.start()] != " ":
            chain = []
        chain = [*chain[max(0, len(chain) - longest + 1) :], (m.group(), m.start(), m.end())]
        for i in range(len(chain) - 1):
            phrase = " ".join(w for w, _, _ in chain[i:])
            if phrase in phrases:
                found.setdefault(phrase, []).append(chain[i][1])
    return found


def _lowered(key: tuple[str, ...], upto: int) -> str:
    """The words of ``key``, those up to ``upto`` in lower case."""
    return " ".join((*(w.lower() for w in key[:upto]), *key[upto:]))


def _as_names(doc: Document, places: Sequence[Sequence[Tok]]) -> Iterator[tuple[Span, int]]:
    """The writings at ``places`` in the paragraphs, outside quotations, that are no end of a
    longer name; with the start of their block."""
    for words in places:
        start, end = words[0][1], words[-1][2]
        block = doc.block_at(start)
        if block is None or block.kind not in _PARAGRAPHS or doc.in_quote(start, end):
            continue
        if tail_of(doc, start) is None:
            yield (start, end, doc.masked[start:end]), block.start


def _lower_case(
    doc: Document,
    written: Writing,
    before: re.Pattern[str] | None = None,
    after: re.Pattern[str] | None = None,
) -> list[Span]:
    """The ``written`` name in the paragraphs as a word of its own, outside quotations and
    where no sentence starts, with no match of ``before`` just before it nor of ``after`` just
    after."""
    masked = doc.masked
    size = len(written.text)
    found: list[Span] = []
    for start in written.starts:
        block = doc.block_at(start)
        if block is None or block.kind not in _PARAGRAPHS or block.kind not in doc.reads:
            continue
        end = start + size
        if (start and _JOINED_BEFORE.match(masked, start - 1)) or _JOINED_AFTER.match(masked, end):
            continue  # (a word of a longer one: "sub-wall street")
        if before and before.search(masked, max(block.start, start - 20), start):
            continue
        if after and after.match(masked, end):
            continue
        if not doc.in_quote(start, end) and not starts_sentence(doc, start, block.start):
            found.append((start, end, written.text))
    return found
