"""One name written in two cases in an article, where one case is no style of a name.

* A word inside a name in lower case between capitalised words of it ("Meat export
  Federation" beside "the Meat Export Federation"): a house may write a name's last words in
  lower case ("the British government"), but no style lowers a word and capitalises the next,
  so the capitals are suggested however often each is written. A name particle ("Jan de
  Boer", "Jan De Boer") has conventions of its own and is left alone.
* A name's first word alone in lower case ("new Delhi" beside "New Delhi"), where the article
  writes its capital where no sentence starts and more often than not: as often each way
  ("upper Yangtze" once, "Upper Yangtze" once; "mobile PC" beside the magazine "Mobile PC")
  the first word may be a description, as house style decides. Not a title ("President")
  nor a particle.
* An acronym in lower case ("twa" beside "TWA") as no English word is spelled (not in the
  CMU dictionary, which holds English words and common names), and not after a number (a
  unit: 5 km).
* A name with a capital inside it written in capitals throughout, as an acronym of three to
  five letters ("USAIR" beside "USAir").
* A name's later words written in lower case (see
  :func:`newslint.checks.name_capitals.lowered`) where a sentence starts, beside the same
  writing where none does ("Commerce bank said" twice, once opening a sentence).

Only the article's paragraphs count (see
:func:`newslint.checks.name_capitals.plain_paragraphs`), and never the odd writing inside a
quotation (a message or a document quoted as its writer wrote it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

from newslint.checks.name_capitals import (
    AFTER_NUMBER,
    Pair,
    Span,
    acronym_pattern,
    starts_sentence,
)
from newslint.checks.name_references import Place
from newslint.checks.name_runs import PARTICLES, Tok, is_stop
from newslint.document import Document
from newslint.lexicon import in_cmu
from newslint.model import Block

_VOWEL = re.compile(r"[aeiouy]")
# A character that joins a word to the one before or after it.
_JOINED_BEFORE = re.compile(r"[\w\-'’]")
_JOINED_AFTER = re.compile(r"[\w\-]")


def lowered_words(
    doc: Document,
    names: Sequence[Sequence[Tok]],
    spellings: Mapping[str, Sequence[Place]],
    blocks: Sequence[Block],
) -> Iterator[Pair]:
    """Names of two to four capitalised words (``names``, see
    :func:`newslint.checks.name_capitals.paragraph_runs`) written in ``blocks`` with a word
    between the first and the last in lower case, or with the first word alone in lower case,
    less often than with its capital and where the article writes that capital where no
    sentence starts (not a title, a function word or a name particle): that writing against
    the capitals. The lower case is looked
    for only where the name's first or second word stands (``spellings``, see
    :attr:`newslint.checks.name_references.References.spellings`) more often than the name."""
    masked = doc.masked
    spelled: dict[tuple[str, ...], list[Span]] = {}
    for words in names:
        start, end = words[0][1], words[-1][2]
        spelled.setdefault(tuple([w[0] for w in words]), []).append((start, end, masked[start:end]))
    for key, capitals in spelled.items():
        firsts, seconds = spellings.get(key[0], ()), spellings.get(key[1], ())
        if len(key) > 2 and len(firsts) > len(capitals):
            small = _inside(doc, key, firsts, blocks)
            if small:
                yield small, capitals
        if len(seconds) > len(capitals) > 1:
            small = _first(doc, key, seconds, blocks)
            if (
                small
                and len(small) < len(capitals)
                and not all(starts_sentence(doc, start, 0) for start, _, _ in capitals)
            ):
                yield small, capitals


def _inside(
    doc: Document, key: Sequence[str], places: Iterable[Place], blocks: Sequence[Block]
) -> list[Span]:
    """The writings of the name ``key`` at ``places`` (its first word's) with words between
    the first and the last in lower case."""
    lowers = {
        i
        for i in range(1, len(key) - 1)
        if key[i][1:].islower() and key[i].lower() not in PARTICLES
    }
    if not lowers:
        return []
    written = " ".join(key)
    return [
        span
        for start, _, _ in places
        if not doc.masked.startswith(written, start)
        and (span := _written(doc, start, written, blocks)) is not None
        and _lowered_at(key, span[2].split(" "), lowers)
    ]


def _first(
    doc: Document, key: Sequence[str], places: Iterable[Place], blocks: Sequence[Block]
) -> list[Span]:
    """The writings of the name ``key`` before ``places`` (its second word's) with its first
    word alone in lower case."""
    first = key[0]
    if not first[1:].islower() or first.lower() in PARTICLES or is_stop(first):
        return []
    small = " ".join((first.lower(), *key[1:]))
    size = len(first) + 1
    return [
        span
        for start, _, _ in places
        if start >= size
        and doc.masked.startswith(small, start - size)
        and (span := _written(doc, start - size, small, blocks)) is not None
    ]


def _written(doc: Document, start: int, written: str, blocks: Sequence[Block]) -> Span | None:
    """The text at ``start`` as long as ``written`` and like it but for case, standing as a
    whole in one of ``blocks``, outside quotations."""
    masked = doc.masked
    end = start + len(written)
    text = masked[start:end]
    if text.lower() != written.lower() or _JOINED_AFTER.match(masked, end):
        return None
    if start and _JOINED_BEFORE.match(masked, start - 1):
        return None
    block = doc.block_at(start)
    if block is None or end > block.end or all(b.start != block.start for b in blocks):
        return None
    return None if doc.in_quote(start, end) else (start, end, text)


def _lowered_at(key: Sequence[str], words: Sequence[str], lowers: set[int]) -> bool:
    """Whether ``words`` are ``key`` with some of its words at ``lowers`` in lower case."""
    return words != list(key) and all(
        w == k or (i in lowers and w == k.lower())
        for i, (w, k) in enumerate(zip(words, key, strict=True))
    )


def acronyms_lowered(
    doc: Document, blocks: Sequence[Block], capitals: Mapping[str, list[Span]]
) -> Iterator[Pair]:
    """Acronyms of three letters or more with a vowel (``capitals``, see
    :func:`newslint.checks.name_capitals.acronym_capitals`) written in lower case in
    ``blocks``, as no word of the CMU dictionary is spelled, not after a number."""
    masked = doc.masked
    for key, upper in capitals.items():
        if not (len(key) >= 3 and key.isalpha() and _VOWEL.search(key) and key in masked):
            continue
        if in_cmu(key):
            continue
        pattern = acronym_pattern(key)
        small = [
            (m.start(), m.start() + len(key), key)
            for block in blocks
            for m in pattern.finditer(masked, block.start, block.end)
            if not AFTER_NUMBER.search(masked, max(block.start, m.start() - 2), m.start())
            and not doc.in_quote(m.start())
        ]
        if small:
            yield small, upper


def shouted(
    doc: Document, blocks: Sequence[Block], capitals: Mapping[str, list[Span]]
) -> Iterator[Pair]:
    """Acronyms of three letters or more (``capitals``, see
    :func:`newslint.checks.name_capitals.acronym_capitals`: not beside another word in
    capitals) outside quotations, written in ``blocks`` with small letters and a capital inside
    too ("USAIR" beside "USAir"): the rarer writing against the other, on a tie the one in
    capitals."""
    lowered, masked = doc.lowered, doc.masked
    for key, upper in capitals.items():
        if len(key) < 3 or not key.isalpha():
            continue
        cases = (key.upper(), key, key.capitalize())
        if lowered.count(key) == sum(masked.count(written) for written in cases):
            continue  # never written with a capital inside
        pattern = re.compile(rf"(?<![\w\-.’'/@<])(?i:{key})(?![\w\-’'@>]|\.\w)")
        mixed: dict[str, list[Span]] = {}
        for block in blocks:
            for m in pattern.finditer(masked, block.start, block.end):
                if _camel(m.group()) and not doc.in_quote(m.start()):
                    mixed.setdefault(m.group(), []).append((m.start(), m.end(), m.group()))
        caps = [span for span in upper if not doc.in_quote(span[0])]
        if caps and len(mixed) == 1:
            (other,) = mixed.values()
            yield (caps, other) if len(caps) <= len(other) else (other, caps)


def at_sentence_starts(
    doc: Document, pairs: Iterable[Pair], blocks: Sequence[Block]
) -> Iterator[Pair]:
    """``pairs`` of :func:`newslint.checks.name_capitals.lowered`, each with the writings of
    its rarer form that start a sentence in ``blocks`` added, when it found that form where
    none starts: the same writing, whatever opens the sentence."""
    masked = doc.masked
    for minor, major in pairs:
        texts = {text for _, _, text in minor}
        text = next(iter(texts))
        if len(texts) == 1 and any(w[0].islower() for w in text.split()[1:]):
            taken = {start for start, _, _ in minor}
            pattern = re.compile(rf"(?<![\w\-'’]){re.escape(text)}(?![\w\-])")
            extra = [
                (m.start(), m.end(), text)
                for block in blocks
                for m in pattern.finditer(masked, block.start, block.end)
                if m.start() not in taken
                and starts_sentence(doc, m.start(), block.start)
                and not doc.in_quote(m.start())
            ]
            if extra and len(minor) + len(extra) < len(major):
                minor = sorted(minor + extra)
        yield minor, major


def _camel(word: str) -> bool:
    """A word with small letters (a plural s aside: RPGs) and a capital after its first letter
    (USAir, PepsiCo)."""
    stem = word[:-1] if word.endswith("s") else word
    return any(c.islower() for c in stem) and any(c.isupper() for c in stem[1:])
