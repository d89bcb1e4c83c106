"""One name written two ways in an article by its capitals or its spacing, not its letters.

* The words of a name after the first written in lower case elsewhere in the article's
  paragraphs ("State Department" and "State department", "Christmas Island" and "Christmas
  island"): a proper name has its capitals, and the article is not consistent.
* A name written as one word, hyphenated, or as two ("Kilroy-Silk" and "Kilroy Silk",
  "RipGuard" and "Rip Guard"); hyphenated and apart with a letter wrong too ("Buchanan-Smith"
  and "Buchanan Snith").

Only paragraphs count (a headline or a subhead in title case is another style), and never a
paragraph mostly in capitals or title case. Names holding a title or a function word
("Prime Minister", "the prime minister") are left alone: a title before a name takes capitals
that the same words do not take alone.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache

from rapidfuzz.distance import OSA

from newslint import model
from newslint.checks.name_consistency import sentence_initial
from newslint.checks.name_descriptions import described
from newslint.checks.name_runs import PARTICLES, Tok, is_stop, trimmed
from newslint.checks.realnames import common_surname
from newslint.document import Document
from newslint.model import Block
from newslint.text import sentences

# The article's paragraphs, and its readers' (published with it, and edited as its own).
_PARAGRAPHS = frozenset({model.PROSE, model.COMMENT})
# A finding: the spans of the rarer form, as written, and of the other form.
Span = tuple[int, int, str]
Pair = tuple[list[Span], list[Span]]


def acronym_pattern(word: str) -> re.Pattern[str]:
    """``word`` (a regex, captured) standing as a word of its own, a plural s aside: not part
    of a longer word, an address (bbc.co.uk) or a file name."""
    return re.compile(rf"(?<![\w\-.’'/@])({word})s?(?![\w\-’'@]|\.\w)")


# A word of letters, captured when in title case.
_WORD = re.compile(r"\b(?:([A-Z][a-z]+)|[a-zA-Z]+)\b")
# A short word in capitals (see acronym_pattern).
_CAPITALS = acronym_pattern("[A-Z][A-Z0-9]{1,4}")
# The same in lower case with no vowel (aeiouy), as no English word is spelled: tv, pc, mp3.
_NO_VOWEL = "b-df-hj-np-tv-xz"
_SMALL = acronym_pattern(f"[{_NO_VOWEL}][{_NO_VOWEL}0-9]{{1,4}}")
AFTER_NUMBER = re.compile(r"\d ?$")
# A capitalised word and a function word just before a name: the name ends a longer one.
_TAIL_OF = re.compile(r"\b([A-Z][\w'’-]*) (for|the|of|and|to|on|in|at|against) $")
# What may follow a name and belong to it: "of", "for" or "on" and a capitalised word (the
# House Agriculture Subcommittee on Livestock), or a number (BBC Radio 4, the US Top 10).
_HEAD_OF = re.compile(r" (?:(of|for|on) ([A-Z][\w'’-]*)|(\d+))\b")
# A capitalised word after a name: the name is a first name, or a word of a longer one.
_FULL_NAME_AFTER = re.compile(r"[ \u00a0][A-Z]")
# For a quick test by re before a longer pass: a letter but an ASCII small one, as every
# capital (regex's \p{Lu}) is.
LETTER_BUT_SMALL = r"[^\W\d_a-z]"
# Words that take a capital in any English sentence: a month or a day ends no name.
DATES = frozenset(w for w in (*calendar.month_name, *calendar.day_name) if w)
# A count before the lower case: the words are things counted, not the name ("15 Brit awards"
# beside "the Brit Awards").
_COUNTED = re.compile(r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many)) $")


def paragraph_runs(
    doc: Document, runs: Iterable[Sequence[Tok]], paragraphs: Sequence[Block]
) -> list[list[Tok]]:
    """The runs of two to four capitalised words of ``runs`` (leading titles and function
    words dropped) in ``paragraphs`` (see :func:`plain_paragraphs`), that hold no title,
    function word or name particle and are plain words (title case or an acronym, no
    digits)."""
    kept: list[list[Tok]] = []
    plain = {block.start for block in paragraphs}
    for run in runs:
        if len(run) < 2:
            continue  # (most runs: a word alone)
        words = trimmed(run)
        if not 2 <= len(words) <= 4 or not all(_plain(w[0]) for w in words):
            continue
        block = doc.block_at(words[0][1])
        if block is not None and block.start in plain:
            kept.append(words)
    return kept


def plain_paragraphs(doc: Document) -> list[Block]:
    """The article's paragraphs and its readers' comments written mostly in lower case (not
    a headline set in capitals or title case)."""
    return [
        block
        for block in doc.prose_blocks()
        if block.kind in _PARAGRAPHS and _few_titles(doc.block_text(block))
    ]


def _few_titles(text: str) -> bool:
    """Whether fewer than half the words of ``text`` are in title case."""
    words = _WORD.findall(text)  # ("" for a word not in title case)
    return len(words) - words.count("") < 0.5 * len(words)


def _plain(word: str) -> bool:
    """A word in title case, or an acronym (the "EU" of "EU Commission")."""
    return (
        word.isalpha()
        and (word[1:].islower() or (word.isupper() and 2 <= len(word) <= 5))
        and not is_stop(word)
        and word not in PARTICLES
    )


def lowered(doc: Document, names: Sequence[Sequence[Tok]]) -> Iterator[Pair]:
    """Names whose later words the article's paragraphs also write in lower case, not where a
    sentence starts (there a capital says nothing of a name) and not more often: the
    lower-case form against the capitals when the capitals are the commoner. A tie is house
    style more often than a slip ("the British government" beside "the British Government"),
    so it is not reported. Where the lower case is commoner, the words are a description that
    some references dress in capitals (the British government), no slip. A name that ends a
    longer one after a function word ("the Campaign for Borders Rail") is compared as that
    longer one: "a Borders rail link" is no writing of it."""
    spelled: dict[tuple[str, ...], list[tuple[int, int, str]]] = {}
    tails: set[tuple[str, ...]] = set()
    for words in names:
        key = tuple(w[0] for w in words)
        start, end = words[0][1], words[-1][2]
        before = tail_of(doc, start)
        if before is not None:
            tails.add(key)
            key = (before.group(1), before.group(2), *key)
            start = before.start()
        after = _HEAD_OF.match(doc.masked, end)
        if after is not None and after.group(2) not in DATES:
            tails.add(key)
            key = (*key, *(g for g in after.groups() if g))
            end = after.end()
        spelled.setdefault(key, []).append((start, end, doc.masked[start:end]))
    for key, capitals in spelled.items():
        for k in range(1, len(key)):
            if not all(w[1:].islower() and w not in DATES for w in key[k:]) or is_stop(key[k]):
                continue  # an acronym keeps its capitals, and a date its own
            written = " ".join((*key[:k], *(w.lower() for w in key[k:])))
            if written not in doc.masked:
                continue
            pattern = re.compile(rf"(?<![\w\-'’]){re.escape(written)}(?![\w\-])")
            found = [
                (m.start(), m.end(), m.group(), starts_sentence(doc, m.start(), block.start))
                for block in doc.prose_blocks()
                if block.kind in _PARAGRAPHS
                for m in pattern.finditer(doc.masked, block.start, block.end)
                if not _COUNTED.search(doc.masked, max(block.start, m.start() - 12), m.start())
            ]
            proper = any(f[3] for f in found) and _proper(doc, key, k, capitals)
            small = [(start, end, text) for start, end, text, first in found if proper or not first]
            if small and len(small) < len(capitals):
                yield small, capitals
                break
            if len(small) > len(capitals) and key not in tails:
                yield capitals, small
                break
            if small and key not in tails and not described(key, k):
                yield small, capitals  # as often each way: the capitals are asked about
                break


def tail_of(doc: Document, start: int) -> re.Match[str] | None:
    """The capitalised word and the function word just before the name at ``start`` that
    make it the end of a longer name ("the Campaign for Borders Rail"), if any: not a
    function word ("The") nor a word capitalised for starting a sentence ("Shares of")."""
    before = _TAIL_OF.search(doc.masked, max(0, start - 40), start)
    if before is None or is_stop(before.group(1)) or starts_sentence(doc, before.start(), 0):
        return None
    return before


def _proper(
    doc: Document, key: Sequence[str], k: int, capitals: Sequence[tuple[int, int, str]]
) -> bool:
    """Whether a sentence that starts with the name ``key``, its words from ``k`` on in
    lower case ("Wall street sources said"), writes it in lower case as surely as one that
    does not. A capital at a sentence start says nothing, so the article must say the rest:
    it writes the first word with its capital where no sentence starts, and in lower case only
    in the name, and it writes the later words in lower case after it where no sentence starts
    too ("some Wall street sources", "the swiss army knife"). Else "Corporate governance
    matters" beside "the Corporate Governance code" is an ordinary phrase starting a
    sentence."""
    word = key[0]
    rest = "".join(f" {w.lower()}" for w in key[1:])
    small = re.compile(rf"\b{re.escape(word.lower())}\b(?!{re.escape(rest)})")
    if not word[1:].islower() or small.search(doc.masked):
        return False
    if all(starts_sentence(doc, start, 0) for start, _, _ in capitals):
        return False
    later = " ".join(w.lower() for w in key[k:])
    written = re.compile(rf"(?<![\w\-'’])(?i:{re.escape(' '.join(key[:k]))}) {re.escape(later)}\b")
    return any(
        not starts_sentence(doc, m.start(), block.start)
        for block in doc.prose_blocks()
        if block.kind in _PARAGRAPHS
        for m in written.finditer(doc.masked, block.start, block.end)
    )


def starts_sentence(doc: Document, offset: int, block_start: int) -> bool:
    """Whether the word at ``offset`` starts a sentence, by the article's sentence splitter
    (which knows that "U.S." ends none) over its block, as :attr:`Document.sentences` splits
    it, else by the punctuation before it."""
    block = doc.block_at(offset)
    if block is not None and block.kind in doc.reads and block.kind != model.TABLE:
        # (Only this block is split: the other blocks' sentences are not needed.)
        for start, end in block_sentences(doc.masked, block.start, block.end):
            if start <= offset < end:
                return not doc.masked[start:offset].strip(" \t\n\"'“‘([")
    return sentence_initial(doc.masked, offset, block_start)


@lru_cache(maxsize=64)
def block_sentences(masked: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """:func:`newslint.text.sentences` of a block, remembered: a block is asked about again
    for each name in it."""
    return tuple(sentences(masked, start, end))


def spaced(
    runs: Sequence[Sequence[Tok]], words: Iterable[tuple[str, int, int]], text: str
) -> Iterator[Pair]:
    """A name written as two or three words (in ``runs``: "Robert Kilroy Silk") and as one,
    hyphenated or joined (``words``: "Kilroy-Silk"): the rarer form against the other; on a
    tie, the form apart, as a hyphen or a capital inside is typed on purpose. And a
    hyphenated name written apart with a letter wrong (see :func:`_apart_with_a_slip`; the
    article is ``text``)."""
    together: dict[str, list[tuple[int, int, str]]] = {}
    for written, start, end in words:
        joined = written.replace("-", "")
        if (
            joined.isalpha()
            and not joined.isupper()
            and (written != joined or joined != written.title())
        ):
            together.setdefault(joined.casefold(), []).append((start, end, written))
    if not together:
        return
    apart: dict[str, list[tuple[int, int, str]]] = {}
    for run in runs:
        for size in (2, 3):
            for i in range(len(run) - size + 1):
                part = run[i : i + size]
                key = "".join(w[0] for w in part).casefold()
                apart.setdefault(key, []).append(
                    (part[0][1], part[-1][2], " ".join(w[0] for w in part))
                )
    holes: dict[tuple[str | None, ...], list[list[Span]]] | None = None
    for key, one in together.items():
        two = apart.get(key)
        if two:
            yield (one, two) if len(one) < len(two) else (two, one)
        elif "-" in one[0][2] and len(one) >= 2:
            if holes is None:
                holes = _holes(apart.values())
            yield from _apart_with_a_slip(one, holes, text)


def _holes(apart: Iterable[list[Span]]) -> dict[tuple[str | None, ...], list[list[Span]]]:
    """The names written apart once, by their words in lower case with one left out (None),
    for each word."""
    holes: dict[tuple[str | None, ...], list[list[Span]]] = {}
    for spans in apart:
        if len(spans) == 1:
            words = spans[0][2].casefold().split()
            for i in range(len(words)):
                holes.setdefault((*words[:i], None, *words[i + 1 :]), []).append(spans)
    return holes


def _apart_with_a_slip(
    one: list[Span], holes: Mapping[tuple[str | None, ...], list[list[Span]]], text: str
) -> Iterator[Pair]:
    """A hyphenated name written twice or more (``one``: "Buchanan-Smith") and written apart
    once (in ``holes``, see :func:`_holes`) with a letter wrong in one of its words of five
    letters or more ("Buchanan Snith"): the writing apart against the other. Not where the
    hyphenated name is a first name (a capitalised word after it: "Jean-Pierre Raffarin"
    beside "Jean Pierce"), nor where the word apart is a common surname ("Buchanan Smyth"
    may be another person). A first name is a capitalised word after most of its writings
    (not "Buchanan-Smith MP" once)."""
    parts = one[0][2].casefold().split("-")
    if len(parts) not in (2, 3):
        return  # (the writings apart are of two or three words)
    if 2 * sum(bool(_FULL_NAME_AFTER.match(text, end)) for _, end, _ in one) > len(one):
        return
    for i, part in enumerate(parts):
        for two in holes.get((*parts[:i], None, *parts[i + 1 :]), ()):
            word = two[0][2].split()[i]
            if (
                min(len(part), len(word)) >= 5
                and OSA.distance(part, word.casefold(), score_cutoff=1) == 1
                and not common_surname(word)
            ):
                yield two, one


def acronyms(
    doc: Document, paragraphs: Sequence[Block], capitals: Mapping[str, list[tuple[int, int, str]]]
) -> Iterator[Pair]:
    """An acronym of ``paragraphs`` (see :func:`plain_paragraphs`: TV, PCs, MP3; its
    ``capitals``, see :func:`acronym_capitals`) also written in lower case there, as a word no
    English word is spelled like (no vowel: tv, pc, mp3) and not after a number (5 pm, 10 km:
    units take lower case): the lower case against the capitals, however often each."""
    masked = doc.masked
    if not any(_SMALL.fullmatch(key) and key in masked for key in capitals):
        return  # none could be written so, or none is written in lower case anywhere
    small: dict[str, list[tuple[int, int, str]]] = {}
    for block in paragraphs:
        for m in _SMALL.finditer(masked, block.start, block.end):
            word, start = m.group(1), m.start()
            if word in capitals and not AFTER_NUMBER.search(
                masked, max(block.start, start - 2), start
            ):
                small.setdefault(word, []).append((start, m.end(), word))
    for key, written in small.items():
        yield written, capitals[key]


def acronym_capitals(
    doc: Document, paragraphs: Sequence[Block]
) -> dict[str, list[tuple[int, int, str]]]:
    """The acronyms of ``paragraphs`` in capitals (two to five letters or digits, a plural s
    aside), by their lower case. Capitals beside a word in capitals are a headline run into
    the text, not an acronym's."""
    capitals: dict[str, list[tuple[int, int, str]]] = {}
    masked = doc.masked
    for block in paragraphs:
        for m in _CAPITALS.finditer(masked, block.start, block.end):
            word, start, end = m.group(1), m.start(), m.end()
            before = masked[max(block.start, start - 30) : start].split()[-1:]
            after = masked[end : min(block.end, end + 30)].split()[:1]
            if not any(map(_shouted, before + after)):
                capitals.setdefault(word.lower(), []).append((start, end, word))
    return capitals


def _shouted(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)
