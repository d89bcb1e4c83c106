"""One name written in two cases in an article, where one case is no style of a name.

* A word inside a name in lower case between capitalised words of it ("Meat export
  Federation" beside "the Meat Export Federation"): a house may write a name's last words in
  lower case ("the British government"), but no style lowers a word and capitalises the next,
  so the capitals are suggested however often each is written. A name particle ("Jan de
  Boer", "Jan De Boer") has conventions of its own and is left alone.
* An acronym in lower case ("twa" beside "TWA") as no English word is spelled (not in the
  CMU dictionary, which holds English words and common names), and not after a number (a
  unit: 5 km).
* A name with capitals inside it written in capitals throughout ("USAIR" beside "USAir").
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

from newslint.checks.name_capitals import Pair, Span, starts_sentence
from newslint.checks.name_references import Place
from newslint.checks.name_runs import PARTICLES, Tok
from newslint.document import Document
from newslint.lexicon import in_cmu
from newslint.model import Block

_AFTER_NUMBER = re.compile(r"\d ?$")
_VOWEL = re.compile(r"[aeiouy]")


def lowered_inside(
    doc: Document, names: Sequence[Sequence[Tok]], blocks: Sequence[Block]
) -> Iterator[Pair]:
    """Names of three or four capitalised words (``names``, see
    :func:`newslint.checks.name_capitals.paragraph_runs`) written in ``blocks`` with a word
    between the first and the last in lower case: that writing against the capitals."""
    masked = doc.masked
    spelled: dict[tuple[str, ...], list[Span]] = {}
    for words in names:
        if len(words) >= 3:
            key = tuple(w[0] for w in words)
            spelled.setdefault(key, []).append(
                (words[0][1], words[-1][2], masked[words[0][1] : words[-1][2]])
            )
    for key, capitals in spelled.items():
        inner = range(1, len(key) - 1)
        lowers = [i for i in inner if key[i][1:].islower() and key[i].lower() not in PARTICLES]
        if not any(f"{key[i - 1]} {key[i].lower()} " in masked for i in lowers):
            continue
        parts = [re.escape(key[0])]
        for i in inner:
            w = key[i]
            parts.append(
                f"[{w[0]}{w[0].lower()}]{re.escape(w[1:])}" if i in lowers else re.escape(w)
            )
        parts.append(re.escape(key[-1]))
        pattern = re.compile(rf"(?<![\w\-'’]){' '.join(parts)}(?![\w\-])")
        small = [
            (m.start(), m.end(), m.group())
            for block in blocks
            for m in pattern.finditer(masked, block.start, block.end)
            if m.group() != " ".join(key) and not doc.in_quote(m.start(), m.end())
        ]
        if small:
            yield small, capitals


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
        pattern = re.compile(rf"(?<![\w\-.’'/@]){key}s?(?![\w\-’'@]|\.\w)")
        small = [
            (m.start(), m.start() + len(key), key)
            for block in blocks
            for m in pattern.finditer(masked, block.start, block.end)
            if not _AFTER_NUMBER.search(masked, max(block.start, m.start() - 2), m.start())
            and not doc.in_quote(m.start())
        ]
        if small:
            yield small, upper


def shouted(
    doc: Document, spellings: Mapping[str, Sequence[Place]], blocks: Sequence[Block]
) -> Iterator[Pair]:
    """A capitalised word with a capital inside and small letters ("USAir", "PepsiCo"; its
    places by spelling, see :attr:`newslint.checks.name_references.References.spellings`)
    also written in capitals throughout in ``blocks`` ("USAIR"), not beside another word in
    capitals nor in a quotation: the rarer writing against the other, on a tie the one in
    capitals."""
    camels: dict[str, list[str]] = {}
    for word in spellings:
        if word.upper() in spellings and _camel(word):
            camels.setdefault(word.upper(), []).append(word)
    if not camels:
        return
    masked = doc.masked
    plain = {block.start: block for block in blocks}
    for key, (word, *others) in camels.items():
        if others:
            continue  # written in three ways: no one writing to hold to
        caps: list[Span] = []
        for start, end, _ in spellings[key]:
            block = doc.block_at(start)
            if block is None or block.start not in plain or doc.in_quote(start):
                continue
            before = masked[max(block.start, start - 30) : start].split()[-1:]
            after = masked[end : min(block.end, end + 30)].split()[:1]
            if not any(map(_all_capitals, before + after)):
                caps.append((start, end, key))
        mixed = [
            (start, end, word)
            for start, end, _ in spellings[word]
            if (block := doc.block_at(start)) is not None and block.start in plain
        ]
        if caps and mixed:
            yield (caps, mixed) if len(caps) <= len(mixed) else (mixed, caps)


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


def _all_capitals(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)
