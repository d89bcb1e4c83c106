"""One-word names: a surname on a later reference, a company or a place in one word.

A word that stands alone ("Powel said", "Mr Khodorkovsky", "Shares in Nvdia") is compared with
the surnames of the full names in the same article, then with the one-word forms of the lists,
then with the other lone words of the article. The list backs a spelling; within an article the
spelling of the fuller and more frequent references wins, and the rarer one is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from newslint import model
from newslint.checks.name_capitals import DATES
from newslint.checks.name_consistency import abbreviated, hit, inconsistent
from newslint.checks.name_evidence import common_word
from newslint.checks.name_freq import zipf
from newslint.checks.name_references import lower_words
from newslint.checks.name_titled import (
    Article,
    Settled,
    left_alone,
    listed_surname,
    titled_slip,
)
from newslint.checks.namecompare import allowed, osa_within, typists_slip
from newslint.checks.realnames import any_first_name, common_surname
from newslint.document import Document
from newslint.entities import EntityIndex, fold_name
from newslint.findings import Hit, Severity
from newslint.lexicon import is_word

_DATE_BEFORE = re.compile(
    r"\b(?:in|on|since|until|till|last|next|this|each|every|early|late|mid|during)[ \u00a0]\Z",
    re.I,
)
_DATE_AFTER = re.compile(r"[ \u00a0]\d")
_VOWELS = frozenset("aeiouy")
# A word that starts in lower case, as a list of names may hold ("and", "van", "de").
_LOWER_START = re.compile(r"(?<![\w'’-])[^\W\d_A-Z]\w*")
_ROSTERS = "name_words.roster"  # its key in Document.memo: block start, joiners -> answer


class Word(NamedTuple):
    """A capitalised word standing alone or after a title."""

    text: str
    start: int
    end: int
    initial: bool  # it starts a sentence, so capitalised whatever it is
    title: str = ""  # the courtesy title before it ("Mr Sans"): a person's surname


class Name(NamedTuple):
    """A name of two words or more in the article; its surname is its last word."""

    surname: str  # as the list spells it when listed, else as written
    start: int  # where the written surname is
    end: int
    listed: bool


def judge(
    words: Sequence[Word],
    names: Sequence[Name],
    index: EntityIndex,
    max_edits: int,
    severity: Severity,
    doc: Document,
    within: bool = True,
    settled: Settled | None = None,
) -> Iterator[Hit]:
    """Hits for the lone ``words`` of one article (``doc``), given its ``names``; without
    ``within``, only slips of listed names. What the titled-surname rule judges here goes
    into ``settled``: no other in-article rule is to judge it again."""
    settled = Settled(set(), set()) if settled is None else settled
    if not words:
        return
    text = doc.masked
    listed_tokens = index.folded_tokens()
    name_keys = [fold_name(n.surname) for n in names]
    word_keys = [fold_name(w.text) for w in words]
    every = _places(name_keys + word_keys, [*(n.start for n in names), *(w.start for w in words)])
    surnames = _by_surname(name_keys, names)
    full = _places(name_keys, [n.start for n in names])
    # (a person's references are asked for only by a surname after a title: few articles)
    any_titled = within and any(w.title for w in words)
    refs = _references(full, word_keys, words, text) if any_titled else {}
    read = _Titled(Article(surnames, refs, full, text, severity, settled.apart), every, index)
    choices = list(surnames)
    loose: dict[str, list[Word]] = {}  # lone words no dictionary knows
    proper: dict[str, list[Word]] = {}  # lone words of the dictionary
    for key, word in zip(word_keys, words, strict=True):
        if key in surnames or not name_like(word.text):
            continue
        # A capitalised word that starts a sentence may be any word: one a letter from a
        # surname of the article is still taken for it (rarely a word: "Still" and "Stiell").
        initial = word.initial and is_word(word.text)
        part = key in listed_tokens  # of a listed name: the lists judge it
        found = None if part else _nearest(key, surnames, choices, 1 if initial else max_edits)
        titled = _titled(word, found, read) if within else None
        if titled is not None:
            settled.words.add(word.start)  # (its verdict, whatever the others would say)
            yield from titled
            continue
        if part:
            continue
        if found is not None:
            # A word the article also writes in lower case is a word, capitalised where it
            # starts a sentence or a title ("Games consoles" is no misspelt Gates).
            if word.text.lower() in lower_words(doc):
                continue
            # (The singular first: a word outside the easy list costs textstat a slow load.)
            if initial and (common_word(word.text.rstrip("s")) or common_word(word.text)):
                continue  # "Games consoles" (Gates)
            if found.listed:
                yield hit(word.start, word.end, [found.surname], None, "spelling")
            elif within:
                mine, theirs = (len(every[k]) for k in (key, fold_name(found.surname)))
                yield from _against(word, found.surname, mine, theirs, severity)
            continue
        # (A word no dictionary knows is seldom written in lower case too.)
        if not is_word(word.text):
            form = _one_word_form(key, index, max_edits)
            if form is not None:
                yield hit(word.start, word.end, [form], None, "spelling")
                continue
            loose.setdefault(key, []).append(word)
        else:
            proper.setdefault(key, []).append(word)
    if within and loose:
        yield from _among_themselves(loose, max_edits, severity, _proper(proper, doc))


def _references(
    full: Mapping[str, set[int]], word_keys: Sequence[str], words: Sequence[Word], text: str
) -> dict[str, set[int]]:
    """The places that write each folded spelling as a person's name: the surnames of full
    names (``full``); lone words after a title; other lone words but a date ("In May", "May 5":
    none to Peter May; "May said" is one to Theresa May) and, unless a full name has it, a word
    of the dictionary starting a sentence ("Sans serif" is none to Mr Sans; "Davenport was speaking"
    is one to Lindsay Davenport)."""
    places = {key: set(starts) for key, starts in full.items()}
    for key, word in zip(word_keys, words, strict=True):
        opens = word.initial and is_word(word.text) and key not in full
        if word.title or not (opens or _dated(word, text)):
            places.setdefault(key, set()).add(word.start)
    return places


def _dated(word: Word, text: str) -> bool:
    """Whether ``word`` is a day or a month written as a date: after a preposition or a word
    of time ("in May", "last Friday"; not "close to May", "said that May") or before a number
    ("May 5")."""
    return word.text in DATES and (
        _DATE_BEFORE.search(text, max(0, word.start - 12), word.start) is not None
        or _DATE_AFTER.match(text, word.end) is not None
    )


def _places(keys: Sequence[str], starts: Sequence[int]) -> dict[str, set[int]]:
    """The places (``starts``) that write each folded spelling (``keys``, one a start)."""
    places: dict[str, set[int]] = {}
    for key, start in zip(keys, starts, strict=True):
        places.setdefault(key, set()).add(start)
    return places


class _Titled(NamedTuple):
    """What a surname after a courtesy title is read against (see
    :class:`newslint.checks.name_titled.Article`), the places of each spelling at all, and the
    lists."""

    article: Article
    every: dict[str, set[int]]
    lists: EntityIndex


def _titled(word: Word, found: Name | None, read: _Titled) -> list[Hit] | None:
    """The findings for ``word``, a surname after a courtesy title that no listed full name
    claims: :func:`newslint.checks.name_titled.titled_slip`'s, else, where the lone-word rule
    found an unlisted surname two letters away (``found``), that rule's with no fix and not
    for another person; None where neither judges it."""
    if not word.title or (found is not None and found.listed):
        return None
    written = (word.text, word.start, word.end, word.title)
    hits = titled_slip(written, read.article, listed_surname(read.lists, word.text))
    if hits is not None or found is None:
        return hits
    article, other = read.article, fold_name(found.surname)
    full = sorted(article.full_names.get(other, ()))
    if left_alone(word.title, word.text, found.surname, article.text, full):
        article.apart.add(frozenset((fold_name(word.text), other)))
        return []
    mine, theirs = len(read.every[fold_name(word.text)]), len(read.every[other])
    hits = list(_against(word, found.surname, mine, theirs, article.severity))
    return [h._replace(fix=None) for h in hits]


def _by_surname(keys: Sequence[str], names: Sequence[Name]) -> dict[str, Name]:
    """The article's ``names`` by their folded surnames (``keys``): a listed spelling over a
    written one, else the first."""
    surnames: dict[str, Name] = {}
    for key, name in zip(keys, names, strict=True):
        if key not in surnames or (name.listed and not surnames[key].listed):
            surnames[key] = name
    return surnames


def _against(word: Word, other: str, mine: int, theirs: int, severity: Severity) -> Iterator[Hit]:
    """A lone word against another spelling of the article used ``theirs`` times to its
    ``mine``: reported when rarer, or as often and the other is no less a dictionary word; a
    word of the dictionary only against a clear majority (Rodick once, Roddick eight times)."""
    if is_word(word.text) and theirs < max(3, 3 * mine):
        return
    if mine < theirs or (mine == theirs and is_word(other) >= is_word(word.text)):
        yield inconsistent(word.start, word.end, other, theirs, severity, mine == theirs)


def roster(doc: Document, offset: int, joiners: frozenset[str]) -> bool:
    """Whether the block at ``offset`` is a list, or a paragraph of names alone (a squad:
    "Dowson, Haughton, Monye, Roques, P Sanderson."; a headline in title case is none):
    words in lower case there are only ``joiners`` (name particles) or "and". Its names are
    pasted from a source (a team sheet): a near spelling of a name of the prose there is as
    likely another person (Dowson and Dawson) as a slip."""
    block = doc.block_at(offset)
    if block is None or block.kind not in (model.LIST, model.PROSE):
        return False
    if block.kind == model.LIST:
        return True
    known: dict[tuple[int, frozenset[str]], bool] = doc.memo.setdefault(_ROSTERS, {})
    key = (block.start, joiners)
    if key not in known:  # (read once per paragraph, however many findings it holds)
        lower = _LOWER_START.findall(doc.masked, block.start, block.end)
        known[key] = all(w == "and" or w in joiners for w in lower)
    return known[key]


def name_like(word: str) -> bool:
    """Whether a lone word may be a misspelt name: four letters or more, no digits, not in
    capitals (an acronym or a table's code), with a vowel (Stcks is an abbreviation)."""
    return (
        len(word) >= 4
        and word.isalpha()
        and not word.isupper()
        and not _VOWELS.isdisjoint(word.lower())
    )


def _nearest(
    key: str, surnames: dict[str, Name], choices: list[str], max_edits: int
) -> Name | None:
    best, best_cost = None, 99
    # The few surnames within the edits at all, found in C, then judged one by one.
    near = process.extract(key, choices, scorer=OSA.distance, score_cutoff=max_edits)
    for other, _, _ in near:
        name = surnames[other]
        if len(other) < 5 and max_edits < 2:
            continue
        if name.listed:
            d = allowed(key, other, max_edits, names=True, lenient=True, backed=True)
        else:
            # Only the article backs it: one edit, two in a long word, and for a word or name
            # of the dictionary only a typist's slip (Rodick and Andy Roddick; not London and
            # Bill Condon, Greece and Greene), which the caller weighs against the majority.
            if abbreviated(key, other) or (is_word(key) and not typists_slip(key, other)):
                continue
            limit = max_edits if min(len(key), len(other)) >= 8 else 1
            d = allowed(key, other, limit)
        if d is not None and 0 < d < best_cost:
            best, best_cost = name, d
    return best


def _one_word_form(key: str, index: EntityIndex, max_edits: int) -> str | None:
    """The one listed one-word form ``key`` is a slip of, if exactly one is nearest."""
    best: list[str] = []
    best_cost = 99
    if len(key) < 5:
        return None
    limit = max_edits if len(key) >= 9 else 1
    for form in index.one_word_near(key, limit):
        if form.text.isupper():  # an acronym is written as it is (OPEC is no "Oper")
            continue
        d = allowed(key, form.folded[0], limit, names=form.kind in ("person", ""), listed=True)
        if d is None or d == 0:
            continue
        if d < best_cost:
            best, best_cost = [form.text], d
        elif d == best_cost and form.text not in best:
            best.append(form.text)
    return best[0] if len(best) == 1 else None


def _among_themselves(
    loose: dict[str, list[Word]],
    max_edits: int,
    severity: Severity,
    proper: dict[str, list[Word]] | None = None,
) -> Iterator[Hit]:
    """Lone words that no list knows, spelled two ways: the rarer spelling is reported when
    the other is used at least twice as often and at least twice; two spellings used as often
    (Arcleor and Arcelor) are reported at the one English never prints beside one it prints,
    else at the later one, as a question, when they are a
    letter apart in a word of six letters or more and not both real names (Bryan and Brian).
    A word no dictionary knows a letter from a ``proper`` name of the dictionary that the
    article writes more often (Cheslea and Chelsea), or as often when the two differ by a
    typist's slip (Thaliand and Thailand; not Fondation and Foundation), is reported against
    it."""
    proper = proper or {}
    keys = list(loose)
    for key in keys:
        mine = len(loose[key])
        limit = max_edits if len(key) >= 8 else 1
        rivals = [
            other
            for other in keys
            if other != key
            and (len(loose[other]) >= max(2, 2 * mine) or _tied(loose, key, other))
            and _camel(loose[key][0].text) == _camel(loose[other][0].text)
            and not abbreviated(key, other)
            and allowed(key, other, limit, strict=True) is not None
        ]
        rivals += [other for other in proper if _slip_of_a_word(loose, proper, key, other)]
        if len(rivals) != 1:
            continue
        spelled = loose.get(rivals[0]) or proper[rivals[0]]
        written, theirs = spelled[0].text, len(spelled)
        for word in loose[key]:
            yield inconsistent(word.start, word.end, written, theirs, severity, theirs == mine)


def _proper(proper: dict[str, list[Word]], doc: Document) -> dict[str, list[Word]]:
    """The lone dictionary words that are names in ``doc``: never written in lower case
    there, and no common word."""
    if not proper:
        return proper
    lower = lower_words(doc)
    return {
        k: v for k, v in proper.items() if v[0].text.lower() not in lower and not common_word(k)
    }


def _slip_of_a_word(
    loose: dict[str, list[Word]], proper: dict[str, list[Word]], key: str, other: str
) -> bool:
    theirs, mine = len(proper[other]), len(loose[key])
    return (
        (theirs > mine or (theirs == mine and typists_slip(key, other)))
        and min(len(key), len(other)) >= 6
        and osa_within(key, other, 1) == 1
        and not _real_name(key)
        and not abbreviated(key, other)
    )


def _tied(loose: dict[str, list[Word]], key: str, other: str) -> bool:
    """Whether ``key`` is the slip of two spellings used as often that may be one name: the
    one English never prints beside one it prints (Arcleor, Arcelor), else the later."""
    if not (
        len(loose[key]) == len(loose[other])
        and min(len(key), len(other)) >= 6
        and osa_within(key, other, 1) == 1
        and not (_real_name(key) and _real_name(other))
    ):
        return False
    printed = zipf(key) > 0, zipf(other) > 0
    later = loose[key][0].start > loose[other][0].start
    return printed == (False, True) or (printed[0] == printed[1] and later)


def _real_name(word: str) -> bool:
    return any_first_name(word) or common_surname(word)


def _camel(word: str) -> bool:
    return any(c.isupper() for c in word[1:])
