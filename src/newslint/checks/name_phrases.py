"""One name of three words or more written two ways in an article, a word apart ("Digital
Solidarity Fund" and "Digital Solitary Fund", "Hopes and Fears" and "Hope and Fears", "World
Summit on the Information Society" and "World Summit for the Information Society"), or two
neighbouring words apart ("State Tobacco Monopoly Administration" and "State Tobacco
Administration Monopoly").

A name here is a run of capitalised words that "of", "the", "and", "for", "on" or "&" may
join, without the titles and function words that start it; a title inside starts another (the
Prince of Wales and the Princess of Wales are two names, Mr Foster and Mr Treacy two people).
Two names of as many words that differ in one word alone are one name when the rest is evidence
enough and the two words are one slip apart:

* the words differ by a letter (two in a word of six letters or more, three in one of eight),
  and start alike (the New York Jets and the New York Mets are two teams); a plural or other
  ending counts only as a plural and never on the word a name is about, the last or the one
  before "of", "for" or "on" (World Cup Final, Finals; Houses of Parliament);
* or "of", "for" and "on" are swapped in a name holding three capitalised words or more;
* where both words are English words other than a word and its plural (Solitary, Solidarity;
  not Hope, Hopes), the rarer writing is written once and the other at least twice, never on a
  tie (the Austrian Grand Prix and the Australian Grand
  Prix, the Embassy of Iran and the Embassy of Iraq, are two of each), and its word is nowhere
  else in the article, capitalised, outside these names (the Austrian Grand Prix and the
  Australian one, each a race the article also names by its country).

A name of three capitalised words or more is one name too when written elsewhere with the same
capitalised words in the same order and one joining word ("and", "of", "for", "the", "on" or
"&") fewer ("Economic and Social Research Council", "Economic Social Research Council"): a
slip keeps every capitalised word ("Trade Department" is a short form of the "Department of
Trade and Industry", no slip). Not where the writing to report stands in a quotation; nor
beside a day or a month ("on Tuesday the Federal Reserve Board"); nor where the joining word
follows the first word and every writing starts a sentence ("Meanwhile the ..."); nor where
"and" lists two names the article also writes alone. The fuller writing, when it is the
commoner, is suggested; otherwise the finding asks which is right (on a tie it reports the
shorter writing).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import regex
from rapidfuzz.distance import OSA

from newslint.checks.name_capitals import DATES, Pair, Span, starts_sentence
from newslint.checks.name_freq import RARE, zipf
from newslint.checks.name_runs import Tok, is_stop
from newslint.document import Document
from newslint.model import Block

_JOINS = ("of", "the", "and", "for", "on", "&")
_SWAPPED = frozenset({"of", "for", "on"})
# What may join two runs of capitalised words into one name, and its words.
_GAP = re.compile(r"(?: (?:of|the|and|for|on|&))+ ")
_GAP_WORD = re.compile(r"[^ ]+")
# Endings that make another word of a name's word (Korea/Korean, Nation/National).
_ENDINGS = ("n", "an", "ian", "ese", "i", "ish", "al", "er", "ers", "ed", "ing", "ern", "ic")
_PLURALS = ("s", "es")
# Words that take a capital in any English sentence: Tuesday and Thursday are two days.


Written = dict[tuple[str, ...], list[Span]]  # where each name is written, by its words
Inside = dict[str, set[int]]  # where each word stands in these names


def one_word_apart(doc: Document, names: tuple[Written, Inside]) -> Iterator[Pair]:
    """The article's ``names`` of three words or more (see :func:`long_names`) written two
    ways a word apart: the rarer writing (on a tie, one whose word English text never prints,
    else the later) against the other."""
    written, inside = names
    if len(written) < 2:
        return
    holes: dict[tuple[str | None, ...], list[tuple[str, ...]]] = {}
    for key in written:
        for i in range(len(key)):
            holes.setdefault((*key[:i], None, *key[i + 1 :]), []).append(key)
    for hole, keys in holes.items():
        if len(keys) != 2:
            continue
        i = hole.index(None)
        a, b = keys
        if not _slip(a, b, i):
            continue
        minor, major = _ranked(written[a], written[b], a[i], b[i])
        word = a[i] if minor is written[a] else b[i]
        other = b[i] if minor is written[a] else a[i]
        if word in _SWAPPED:
            yield minor, major
            continue
        if _english(word) and _english(other):
            if _elsewhere(doc, word, inside):
                continue
            if not _plural(word, other) and (len(minor) > 1 or len(major) < 2):
                continue
        if len(minor) == len(major) and _english(other) and _elsewhere(doc, other, inside):
            continue
        yield minor, major


def one_join_apart(doc: Document, names: tuple[Written, Inside]) -> Iterator[tuple[Pair, bool]]:
    """The article's ``names`` (see :func:`long_names`) of three capitalised words or more
    written with and without one joining word ("Economic and Social Research Council",
    "Economic Social Research Council"): the rarer writing against the other, and whether to
    ask which is right (unless the fuller writing is the commoner; on a tie the shorter is
    reported). Never a writing in a quotation (a speaker's words), though one there is
    evidence of the name's words."""
    written = names[0]
    for key, spans in written.items():
        if sum(word[0].isupper() for word in key) < 3 or DATES.intersection(key):
            continue  # (a day beside a name: "on Tuesday the Federal Reserve Board")
        for i in range(1, len(key) - 1):
            short = written.get((*key[:i], *key[i + 1 :])) if key[i] in _JOINS else None
            if short is None or (i == 1 and _all_start(doc, (*spans, *short))):
                continue  # ("Meanwhile the ...", "Meanwhile ..." at sentence starts)
            if key[i] in ("and", "&") and _listed(doc, key, i, len(spans) + len(short)):
                continue
            minor, major = (short, spans) if len(spans) >= len(short) else (spans, short)
            kept = [s for s in minor if not doc.in_quote(s[0], s[1])]
            if kept:
                yield (kept, major), len(spans) <= len(short)


def two_words_swapped(names: tuple[Written, Inside]) -> Iterator[Pair]:
    """The article's ``names`` (see :func:`long_names`) of three words or more written
    elsewhere with two neighbouring capitalised words swapped ("State Tobacco Administration
    Monopoly", "State Tobacco Monopoly Administration"): the rarer writing against the other,
    on a tie the later."""
    written = names[0]
    alike: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for key in written:
        if len(key) >= 3:
            alike.setdefault(tuple(sorted(key)), []).append(key)
    for keys in alike.values():
        for n, a in enumerate(keys):
            for b in keys[n + 1 :]:
                if _swapped(a, b):
                    x, y = written[a], written[b]
                    yield (x, y) if (len(x), -x[0][0]) < (len(y), -y[0][0]) else (y, x)


def _swapped(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether ``b`` is ``a`` with two neighbouring capitalised words swapped."""
    differ = [i for i in range(len(a)) if a[i] != b[i]]
    if len(differ) != 2 or differ[1] != differ[0] + 1:
        return False
    i, j = differ
    return a[i] == b[j] and a[j] == b[i] and a[i][0].isupper() and a[j][0].isupper()


def _all_start(doc: Document, spans: Sequence[Span]) -> bool:
    """Whether every one of ``spans`` starts a sentence (where its first word's capital says
    nothing of a name)."""
    for start, _, _ in spans:
        block = doc.block_at(start)
        if block is None or not starts_sentence(doc, start, block.start):
            return False
    return True


def _listed(doc: Document, key: tuple[str, ...], i: int, inside: int) -> bool:
    """Whether the words of name ``key`` before its word ``i`` and those after are two names
    the article writes alone too, beyond the ``inside`` writings of the name ("Arsenal and
    Manchester United" beside Arsenal and Manchester United)."""
    return all(_written_alone(doc, " ".join(part)) > inside for part in (key[:i], key[i + 1 :]))


def long_names(
    doc: Document, runs: Sequence[Sequence[Tok]], blocks: Sequence[Block]
) -> tuple[Written, Inside]:
    """The names of three words or more (see :func:`_names`) of the article's ``runs`` of
    capitalised words in ``blocks`` (its paragraphs, see
    :func:`newslint.checks.name_capitals.plain_paragraphs`), by their words, with where each
    is written; and where each word stands in these names."""
    written: Written = {}
    inside: Inside = {}
    for chain in _chains(doc, runs, blocks):
        for words in _names(chain):
            start, end = words[0][1], words[-1][2]
            written.setdefault(tuple(w[0] for w in words), []).append(
                (start, end, doc.masked[start:end])
            )
            for word, at, _ in words:
                inside.setdefault(word, set()).add(at)
    return written, inside


def _chains(
    doc: Document, runs: Sequence[Sequence[Tok]], blocks: Sequence[Block]
) -> Iterator[list[Tok]]:
    """Runs of capitalised words joined by "of", "the", "and", "for", "on" or "&" (with
    those words), of three words or more, in ``blocks``; never into a run of dates alone
    ("Iran on Monday" is a place and a day, not a name)."""
    masked = doc.masked
    starts = {block.start for block in blocks}
    chain: list[Tok] = []
    for run in (*runs, ()):
        if (
            chain
            and run
            and _GAP.fullmatch(masked, chain[-1][2], run[0][1])
            and not all(word in DATES for word, _, _ in run)
        ):
            gap = _GAP_WORD.finditer(masked, chain[-1][2], run[0][1])
            chain += [(m.group(), m.start(), m.end()) for m in gap]
            chain += run
            continue
        if len(chain) >= 3:
            block = doc.block_at(chain[0][1])
            if block is not None and block.start in starts:
                yield chain
        chain = list(run)


def _names(chain: Sequence[Tok]) -> Iterator[list[Tok]]:
    """The names of three words or more in a ``chain`` (see :func:`_chains`): a title or a
    function word capitalised ends one name and starts the next (Mr Foster and Mr Treacy are
    two names), and a name neither starts nor ends with a joining word."""
    words: list[Tok] = []
    for token in chain:
        if is_stop(token[0]) and token[0][0].isupper():
            yield from _trimmed(words)
            words = []
        else:
            words.append(token)
    yield from _trimmed(words)


def _trimmed(words: list[Tok]) -> Iterator[list[Tok]]:
    """``words`` without the joining words at either end, and its tails after "of", "for" or
    "on" (Davis Cup Finals, of "Tickets for Davis Cup Finals" at a sentence start), of three
    words or more."""
    while words and words[0][0] in _JOINS:
        words = words[1:]
    while words and words[-1][0] in _JOINS:
        words = words[:-1]
    if len(words) >= 3:
        yield words
        for k in range(1, len(words) - 3):
            if words[k][0] in _SWAPPED:
                tail = words[k + 1 :]
                while tail and tail[0][0] in _JOINS:
                    tail = tail[1:]
                if len(tail) >= 3:
                    yield tail


def _slip(a: tuple[str, ...], b: tuple[str, ...], i: int) -> bool:
    """Whether names ``a`` and ``b``, which differ in word ``i`` alone, are one name."""
    x, y = a[i], b[i]
    if x in _SWAPPED and y in _SWAPPED:
        return sum(w[0].isupper() for w in a) >= 3
    if not (x[0].isupper() and y[0].isupper() and x.isalpha() and y.isalpha()) or {x, y} & DATES:
        return False
    fx, fy = x.casefold(), y.casefold()
    if min(len(fx), len(fy)) < 4 or fx[0] != fy[0]:
        return False
    short, long_ = sorted((fx, fy), key=len)
    if long_.startswith(short):
        ending = long_[len(short) :]
        if ending in _PLURALS:
            head = i == len(a) - 1 or a[i + 1] in _SWAPPED
            return not head
        if ending in _ENDINGS:
            return False
    limit = 3 if len(short) >= 8 else 2 if len(short) >= 6 else 1
    return OSA.distance(fx, fy, score_cutoff=limit) <= limit


def _ranked(a: list[Span], b: list[Span], x: str, y: str) -> tuple[list[Span], list[Span]]:
    """The rarer writing and the other; on a tie, the one whose word English text never
    prints, else the later."""
    if len(a) != len(b):
        return (a, b) if len(a) < len(b) else (b, a)
    if _english(x) != _english(y):
        return (b, a) if _english(x) else (a, b)
    return (a, b) if a[0][0] > b[0][0] else (b, a)


def _plural(x: str, y: str) -> bool:
    """Whether ``x`` and ``y`` are one word, the one the other's plural (Hope, Hopes)."""
    short, long_ = sorted((x.casefold(), y.casefold()), key=len)
    return long_.startswith(short) and long_[len(short) :] in _PLURALS


def _english(word: str) -> bool:
    return zipf(word.casefold()) >= RARE


def _elsewhere(doc: Document, word: str, inside: dict[str, set[int]]) -> bool:
    """Whether the article writes ``word`` capitalised outside the names, where it stands
    at the offsets ``inside``."""
    return _written_alone(doc, word) > len(inside.get(word, ()))


def _written_alone(doc: Document, text: str) -> int:
    """How often the article writes ``text``, not inside a longer word."""
    return len(regex.findall(rf"(?<![\w'’\-]){regex.escape(text)}(?![\w\-])", doc.masked))
