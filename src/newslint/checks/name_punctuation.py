"""A name written two ways in one article by its dots, hyphens or quote marks, its letters the
same.

* An abbreviation with dots that loses its last one ("U.S grains" beside "the U.S. offer"):
  not before a hyphen or a further letter (a code such as E.O.A-C), and only where the article
  writes the full form too.
* An acronym spelled out with hyphens ("the U-S") or dots ("Air U.K.") beside the same letters
  run together ("US forces", "Air UK").
* A name with a particle joined by a hyphen in lower case ("al-Qaeda") beside the same words
  apart ("Al Qaeda"); a hyphen between capitalised words is for
  :func:`newslint.checks.name_capitals.spaced`.
* A hyphenated name typed with a space on one side of its hyphen ("Kilroy -Silk") beside the
  name hyphenated ("Kilroy-Silk"), however often each.
* A possessive typed with a straight double quote for the apostrophe ("Ecuador"s") beside the
  name's own possessive or the name alone.
* An acronym's plural with a capital S ("RPGS", "EFPS") beside its plural with a small one
  ("RPGs"), for acronyms of three letters or more (MPS and GPS are acronyms of their own
  beside MPs and GPs); never beside a word in capitals (a headline run into the text).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator, Sequence

import regex

from newslint import model
from newslint.checks.name_capitals import LETTER_BUT_SMALL, Pair, Span, starts_sentence
from newslint.checks.name_freq import RARE, zipf
from newslint.checks.name_runs import PARTICLES, is_stop
from newslint.document import Document
from newslint.model import Block

_DOTTED = regex.compile(r"(?<![\w.\-])((?:\p{Lu}\.){2,})(?![\w\-])")
_DOT_LOST = regex.compile(r"(?<![\w.\-])((?:\p{Lu}\.)+\p{Lu})(?![\w.\-])")
# An acronym in capitals, not a ticker (<IU>), an address or a word's start (US's).
_PLAIN_ACRONYM = regex.compile(r"(?<![\w.\-<'’])\p{Lu}{2,5}(?![\w\-.>]|['’]\w)")
_NAME_BEFORE = regex.compile(r"(?<![\w'’\-.])(\p{Lu}[\p{Ll}]+) \Z")
_NAME_AFTER = regex.compile(r" (\p{Lu}[\p{Ll}]+)(?![\w'’\-])")
_HYPHENED_LETTERS = regex.compile(r"(?<![\w.\-])(\p{Lu}(?:-\p{Lu}){1,4})(?![\w.\-])")
_PARTICLE = "|".join(sorted(PARTICLES, key=len, reverse=True))
_HYPHENED_PARTICLE = regex.compile(rf"(?<![\w.\-'’])({_PARTICLE})-(\p{{Lu}}\w+)(?![\w\-])")
_QUOTED_POSSESSIVE = regex.compile(r"(?<![\w.\-'’])(\p{Lu}\w+)\"s(?!\w)")
# Two capitalised words joined by a hyphen, or with a space on one side of it (a space on
# both is a dash).
_POSSESSIVE_END = r"(?:['’]s?)?(?![\w'’\-])"
_HYPHENED_NAME = regex.compile(
    rf"(?<![\w'’\-.])(\p{{Lu}}\p{{Ll}}+-\p{{Lu}}\p{{Ll}}+){_POSSESSIVE_END}"
)
_SPACED_HYPHEN = regex.compile(
    rf"(?<![\w'’\-.])(\p{{Lu}}\p{{Ll}}+(?: -|- )\p{{Lu}}\p{{Ll}}+){_POSSESSIVE_END}"
)
_COMMA = re.compile(r"([A-Z][a-z]+), ([A-Z][a-z]+)(?![\w'’\-])")
# Words that take a capital in any English sentence: a list of dates is no name.
_DATES = frozenset(
    w
    for w in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name, *calendar.day_abbr)
    if w
)
_PLURAL = regex.compile(r"(?<![\w.\-'’])(\p{Lu}{3,8})([sS])(?![\w\-'’])")
# Quick tests by re where the passes below may find something at all: a dot and a capital
# (_DOTTED, _DOT_LOST), a hyphen and a capital (_HYPHENED_LETTERS, _HYPHENED_PARTICLE).
_DOT_CAPITAL = re.compile(rf"\.{LETTER_BUT_SMALL}")
_HYPHEN_CAPITAL = re.compile(rf"-{LETTER_BUT_SMALL}")


def _find(
    pattern: regex.Pattern[str], doc: Document, blocks: Sequence[Block]
) -> Iterator[regex.Match[str]]:
    for block in blocks:
        yield from pattern.finditer(doc.masked, block.start, block.end)


def _spans(found: dict[str, list[Span]], key: str, m: regex.Match[str]) -> None:
    found.setdefault(key, []).append((m.start(), m.end(), m.group()))


def _rarer(one: list[Span], other: list[Span]) -> Pair:
    """The rarer writing first; on a tie, ``one``."""
    return (one, other) if len(one) <= len(other) else (other, one)


def slipped(doc: Document, blocks: Sequence[Block]) -> Iterator[Pair]:
    """The writings of a name that are slips whichever is commoner (a dot lost, a quote for an
    apostrophe, a capital S), against the right one, in the article's paragraphs ``blocks``
    (see :func:`newslint.checks.name_capitals.plain_paragraphs`)."""
    if _DOT_CAPITAL.search(doc.masked):
        yield from dots_lost(doc, blocks)
    if '"s' in doc.masked:
        yield from quoted_possessives(doc, blocks)
    yield from plural_capitals(doc, blocks)
    if " -" in doc.masked or "- " in doc.masked:
        yield from spaced_hyphens(doc, blocks)


def spaced_hyphens(doc: Document, blocks: Sequence[Block]) -> Iterator[Pair]:
    """A hyphenated name with a space on one side of its hyphen ("Kilroy -Silk") against the
    name hyphenated ("Kilroy-Silk"), however often each."""
    return _against_full_forms(
        doc, blocks, _SPACED_HYPHEN, lambda m: regex.sub(" ?- ?", "-", m.group(1)), _HYPHENED_NAME
    )


def joined_apart(doc: Document, blocks: Sequence[Block]) -> Iterator[Pair]:
    """A name written with hyphens and without (U-S and US, al-Qaeda and Al Qaeda), or with a
    comma and without (Yes, Minister and Yes Minister), in the paragraphs ``blocks``: the
    rarer writing against the other."""
    if _HYPHEN_CAPITAL.search(doc.masked):
        yield from hyphened_letters(doc, blocks)
        yield from hyphened_particles(doc, blocks)
    yield from commas(doc, blocks)
    if _DOT_CAPITAL.search(doc.masked):
        yield from dots_dropped(doc, blocks)


def dots_lost(doc: Document, blocks: Sequence[Block]) -> Iterator[Pair]:
    """An abbreviation that loses its last dot ("U.S") against the full form ("U.S."), however
    often each: the dots of the full form are typed on purpose."""
    return _against_full_forms(doc, blocks, _DOT_LOST, lambda m: m.group() + ".", _DOTTED)


def _against_full_forms(
    doc: Document,
    blocks: Sequence[Block],
    slips: regex.Pattern[str],
    full_form: Callable[[regex.Match[str]], str],
    full: regex.Pattern[str],
) -> Iterator[Pair]:
    """The writings of ``blocks`` that ``slips`` finds, each against the writings of its
    ``full_form`` that ``full`` finds, where the article has any, however often each: the
    first group of each match (a possessive after it aside)."""
    lost: dict[str, list[Span]] = {}
    for m in _find(slips, doc, blocks):
        lost.setdefault(full_form(m), []).append((m.start(1), m.end(1), m.group(1)))
    if not lost:
        return
    written: dict[str, list[Span]] = {}
    for m in _find(full, doc, blocks):
        if m.group(1) in lost:
            written.setdefault(m.group(1), []).append((m.start(1), m.end(1), m.group(1)))
    for key, spans in lost.items():
        if key in written:
            yield spans, written[key]


def dots_dropped(doc: Document, blocks: Sequence[Block]) -> Iterator[Pair]:
    """An acronym with dots and without in a longer name, beside the same capitalised word
    ("Air U.K." and "Air UK", "U.S. Air" and "US Air"), by one writer (the article's own
    prose, or one reader's comment: readers each keep their own style), not a ticker in angle
    brackets (<IU>): the rarer writing, on a tie the one with dots. An acronym alone ("the
    U.S." and "US nationals") is a house style that many houses mix, and so is one beside a
    function word or a word capitalised for starting a sentence ("The U.S. economy")."""
    dotted: dict[tuple[str, str, str, int], list[Span]] = {}
    for block in blocks:
        writer = block.start if block.kind == model.COMMENT else -1
        for m in _DOTTED.finditer(doc.masked, block.start, block.end):
            if doc.masked[m.start() - 1 : m.start()] != "<":
                for key in _in_names(doc, block, m, m.group().replace(".", "")):
                    dotted.setdefault((*key, writer), []).append((m.start(), m.end(), m.group()))
    if not dotted:
        return
    letters = {key[0] for key in dotted}
    plain: dict[tuple[str, str, str, int], list[Span]] = {}
    for block in blocks:
        writer = block.start if block.kind == model.COMMENT else -1
        for m in _PLAIN_ACRONYM.finditer(doc.masked, block.start, block.end):
            if m.group() in letters:
                for key in _in_names(doc, block, m, m.group()):
                    plain.setdefault((*key, writer), []).append((m.start(), m.end(), m.group()))
    for name, spans in dotted.items():
        if name in plain:
            yield _rarer(spans, plain[name])


def _in_names(
    doc: Document, block: Block, m: regex.Match[str], letters: str
) -> Iterator[tuple[str, str, str]]:
    """The acronym ``letters`` at ``m`` in ``block`` with the capitalised word just before it
    or after it: not a function word (The, In), nor a word before it capitalised for starting
    a sentence."""
    text = doc.masked
    before = _NAME_BEFORE.search(text, max(block.start, m.start() - 30), m.start())
    if (
        before is not None
        and not is_stop(before[1])
        and not starts_sentence(doc, before.start(1), block.start)
    ):
        yield letters, "before", before[1]
    after = _NAME_AFTER.match(text, m.end())
    if after is not None and not is_stop(after[1]):
        yield letters, "after", after[1]


def hyphened_letters(doc: Document, blocks: Sequence[Block]) -> Iterator[Pair]:
    """An acronym spelled out with hyphens ("U-S") and run together ("US"): the rarer writing,
    on a tie the one with hyphens. Two letters in alphabetical order are a range ("an A-Z of
    the city" beside "AZ shares")."""
    hyphened: dict[str, list[Span]] = {}
    for m in _find(_HYPHENED_LETTERS, doc, blocks):
        if not _range(m.group()):
            _spans(hyphened, m.group().replace("-", ""), m)
    if not hyphened:
        return
    pattern = regex.compile(rf"(?<![\w.\-])(?:{'|'.join(hyphened)})(?![\w.\-])")
    joined: dict[str, list[Span]] = {}
    for m in _find(pattern, doc, blocks):
        _spans(joined, m.group(), m)
    for key, spans in hyphened.items():
        if key in joined:
            yield _rarer(spans, joined[key])


def _range(letters: str) -> bool:
    """Whether hyphened ``letters`` read as a range: two letters in alphabetical order ("an
    A-Z of the city", "grades A-C"), not an acronym spelled out ("U-S")."""
    return len(letters) == 3 and letters[0] < letters[2]


def hyphened_particles(doc: Document, blocks: Sequence[Block]) -> Iterator[Pair]:
    """A particle joined by a hyphen in lower case ("al-Qaeda") and the same words apart in
    any case ("Al Qaeda", "al Qaeda"): the rarer writing, on a tie the hyphened one."""
    hyphened: dict[str, list[Span]] = {}
    for m in _find(_HYPHENED_PARTICLE, doc, blocks):
        _spans(hyphened, f"{m[1]} {m[2]}".casefold(), m)
    if not hyphened:
        return
    words = "|".join(regex.escape(k) for k in hyphened)
    pattern = regex.compile(rf"(?<![\w.\-'’])(?i:{words})(?![\w\-])")
    apart: dict[str, list[Span]] = {}
    for m in _find(pattern, doc, blocks):
        if m.group()[-1].isupper() or m.group().split()[-1][0].isupper():
            _spans(apart, m.group().casefold(), m)
    for key, spans in hyphened.items():
        if key in apart:
            yield _rarer(spans, apart[key])


def commas(doc: Document, blocks: Sequence[Block]) -> Iterator[Pair]:
    """Two capitalised words with a comma between them ("Yes, Minister", "Holt, Rinehart")
    and without, as one name ("Yes Minister", "Holt Rinehart and Winston"): the rarer writing,
    on a tie the one with the comma. Not two dates (December, February), a word said twice
    (Turn, Turn, Turn), nor after a title or a function word (Mr, But)."""
    with_comma: dict[str, list[Span]] = {}
    masked = doc.masked
    for block in blocks:
        pos = block.start
        while (m := _COMMA.search(masked, pos, block.end)) is not None:
            pos = m.start(2)  # (the second word may start the next pair)
            before = masked[m.start() - 1 : m.start()]
            if before and (before.isalnum() or before in "_'’-.,"):
                continue  # inside a word (McDonald), or after a hyphen, dot or comma
            a, b = m[1], m[2]
            if a != b and not ({a, b} & _DATES or is_stop(a)):
                with_comma.setdefault(f"{a} {b}", []).append((m.start(), m.end(), m.group()))
    if not with_comma:
        return
    for key, spans in with_comma.items():
        without = [
            (i, i + len(key), key)
            for i in _occurrences(masked, key)
            if any(b.start <= i < b.end for b in blocks)
        ]
        if without:
            yield _rarer(spans, without)


def _occurrences(text: str, words: str) -> Iterator[int]:
    """Where ``words`` stand in ``text`` on their own: no letter, digit, hyphen, apostrophe or
    underscore joined to either end, nor a dot or comma before."""
    i = text.find(words)
    while i >= 0:
        end = i + len(words)
        before = text[i - 1] if i > 0 else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "'’-_.,") and not (
            after.isalnum() or after in "'’-_"
        ):
            yield i
        i = text.find(words, i + 1)


def quoted_possessives(doc: Document, blocks: Sequence[Block]) -> Iterator[Pair]:
    """A possessive with a straight double quote for its apostrophe ("Ecuador"s") against the
    name's possessive ("Ecuador's"), or failing one the name alone, elsewhere in the
    article."""
    quoted: dict[str, list[Span]] = {}
    for m in _find(_QUOTED_POSSESSIVE, doc, blocks):
        _spans(quoted, m[1], m)
    if not quoted:
        return
    names = "|".join(map(regex.escape, quoted))
    pattern = regex.compile(rf"(?<![\w.\-'’\"])({names})(['’]s)?(?![\w\"\-])")
    owned: dict[str, list[Span]] = {}
    alone: dict[str, list[Span]] = {}
    # The article's own apostrophe, for the name alone.
    mark = "’" if doc.masked.count("’") > doc.masked.count("'") else "'"
    for m in _find(pattern, doc, blocks):
        # The name alone stands for its possessive: the suggestion.
        (owned if m[2] else alone).setdefault(m[1], []).append(
            (m.start(), m.end(), m[1] + (m[2] or mark + "s"))
        )
    for key, spans in quoted.items():
        other = owned.get(key) or alone.get(key)
        if other:
            yield spans, other


def plural_capitals(doc: Document, blocks: Sequence[Block]) -> Iterator[Pair]:
    """An acronym's plural with a capital S ("RPGS") against its plural with a small s
    ("RPGs"), however often each, neither beside a word in capitals; where English text prints
    the letters with an S often (SARS beside SARs, BRICS beside BRICs: acronyms of their own),
    only the rarer writing, on a tie the capital S."""
    plurals: dict[str, dict[str, list[Span]]] = {}
    for m in _find(_PLURAL, doc, blocks):
        plurals.setdefault(m[1], {}).setdefault(m[2], []).append((m.start(), m.end(), m.group()))
    masked = doc.masked
    for key, forms in plurals.items():
        if len(forms) == 2 and not any(
            _shouted(word)
            for start, end, _ in (*forms["S"], *forms["s"])
            for word in (
                *masked[max(0, start - 30) : start].split()[-1:],
                *masked[end : end + 30].split()[:1],
            )
        ):
            if zipf(key.casefold() + "s") >= RARE:
                # Printed often enough to be an acronym of its own (SARS, BRICS): the rarer.
                yield _rarer(forms["S"], forms["s"])
            else:
                yield forms["S"], forms["s"]


def _shouted(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)
