"""One name written with and without a final s on one of its words ("Arbor Networks" and
"Arbor Network's", "Medtronic" and "Medtronics").

An s added or dropped is an inflection of an English word, and the other in-article rules
never compare it (Democrat and Democrats, Owen and Owens are both right). It is a slip of a
name where the article itself says which form is the name's:

* a name of two words or more in a paragraph, written with one word's final s added or
  dropped beside the same words elsewhere (written twice at least, where the s is on the last
  word: a member or a group), when neither form is used as one of several: not
  the form without the s after "a", "an", "one", "former", "top", an ordinal and the like (a
  Liberal Democrat, a third Senate Republican), nor before a lower-case word (the Brit Award
  nominations) or, the s on the last word, a comma and a name (the Senate Democrat, Chuck
  Schumer), nor the form with the s after a count (two World Cups, both Grand Slams); where
  the s is on the last word and the form without it is an English word (Rolling Stone, the
  magazine, beside the Rolling Stones), the finding asks, with no fix;
* the first word of a company's name ("Co", "Inc" and the like after it) written once with a
  final s added or dropped beside a word the article writes twice at least outside a
  person's name (not Rowan Williams), that is no first name more than a surname (William
  Pipe Line Co beside Williams; not Roberts Pharmaceutical beside Robert); where the written
  word is a first name, a surname or an English word (William Hill, Barclays), the finding
  asks, with no fix;
* a name of one word in a paragraph, written with a final s added or dropped beside a form
  written more often, when English text never prints the rarer form (``wordfreq``: no plural
  of a word, a demonym or a family name in use), nor is it a demonym's (Kosovan, Kosovans) or
  a family's or a count's (the Medtronics, two Medtronics), nor where the form without the s
  describes the word after it (Rabbitoh forward beside the Rabbitohs);
* a person's surname ending in s (after a first name or a courtesy title at least once: "Tim
  Dams", "Mr Dams") whose possessive loses the s ("Dam's pick"), where the word without it is
  written only so and is no first name ("Richard's" beside "Keith Richards").

Never where the form to report stands in a quotation or in a headline, nor, when the s is on
the name's first word, where it starts a sentence, nor where the s follows an apostrophe (a
possessive is another rule's). A leading day or month is no part of a name (On Friday Hollin
Media). The form written more often wins; on a tie the possessive, else the later one, is
reported and the finding asks which is right.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from newslint.checks.name_capitals import DATES, Pair, Span, starts_sentence
from newslint.checks.name_freq import RARE, zipf
from newslint.checks.name_marks import ends_a_name
from newslint.checks.name_references import References
from newslint.checks.name_runs import Tok, trimmed
from newslint.checks.name_titled import courtesy_title
from newslint.checks.realnames import (
    any_first_name,
    common_first_name,
    common_surname,
    first_name_share,
    surname_share,
)
from newslint.document import Document
from newslint.model import Block

# Before a name without its s: one of several (a Liberal Democrat, a former Beatle).
_ONE_OF = re.compile(
    r"\b(?:an?|one|another|each|every|any|no|former|fellow|first|last|lone|sole|only|top|senior"
    r"|leading|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"[ \u00a0]$",
    re.IGNORECASE,
)
# After a name without its s: a person it names (the top Senate Democrat, Chuck Schumer).
_APPOSED = re.compile(r",[ \u00a0]+[A-Z]")
# Before a name with its s: a count of several (two World Cups, other Lib Dems).
_COUNTED = re.compile(
    r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|both|several|many|all|other"
    r"|these|those|more|some))[ \u00a0]$",
    re.IGNORECASE,
)
# Before a name with its s: another that shares its last word (the House and Senate Budget
# Committees are two).
_SHARED = re.compile(r"\b[A-Z][\w'’-]*[ \u00a0](?:and|or|&)[ \u00a0]$")
# After a name without its s: a word it describes (the Brit Award nominations, the Domain
# Name (DN) system), or a number (Key Stage 2 of the Key Stages).
_DESCRIBES = re.compile(r"(?:[ \u00a0]\([^()]{1,12}\))?[ \u00a0]([a-z]+)")
# Words after a name that it does not describe: it stands alone (Arbor Network said).
_ALONE = frozenset(
    "said says is was has had have will would could can may might must should did does and "
    "or but nor which who whose that in on at of for to with from by as also now itself "
    "announced reported agreed added told declined expects expected plans planned".split()
)
# After a name with its s: a number or a list of them (Key Stages 1, 3 and 4).
_NUMBERED = re.compile(r"[ \u00a0]\d")
# Before a name of one word with an s added: a preposition, where a company stands (no count
# of cars or robots: two wheel-based Emiews, Saabs and Opels).
_PREPOSITION = re.compile(r"\b(?:for|at|by|with|from|to|against|than|via)[ \u00a0]$")
# Words that end a company's name.
_COMPANY = frozenset(
    "Co Cos Corp Corporation Company Inc Ltd Plc PLC Group Holdings Industries LP".split()
)
# A possessive ending, and a capitalised word just before a name.
_OWNS = ("'s", "’s")
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \u00a0]$")
# Before a word, what makes it part of another name: a capitalised word, an initial, "the".
_NAMED_BEFORE = re.compile(r"(?:\b[A-Z][\w'’-]*|\b[A-Z]\.|\b[Tt]he)[ \u00a0]$")
# Endings of a demonym or of a member's name (Kosovan, New Yorker, Marxist, Israelite).
_MEMBERS = ("an", "er", "ist", "ite")


class Slip(NamedTuple):
    """One name's rarer writing (``minor``) against the other (``major``); whether the other
    may replace it (``fixable``), whether the finding asks which is right (``ask``), and
    whether it may suggest the other (``suggest``: not where it may be another name)."""

    minor: list[Span]
    major: list[Span]
    fixable: bool
    ask: bool
    suggest: bool = True


def final_s(
    doc: Document, runs: Sequence[Sequence[Tok]], refs: References, paragraphs: Sequence[Block]
) -> Iterator[Slip]:
    """Names of the article's ``runs`` in ``paragraphs`` written with and without a final s
    on one word (see the module's docstring). The other writing may replace the rarer only
    where the rarer is no word or name of its own, nor a possessive (Arbor Network's is no
    Arbor Networks's); on a tie, or where the rarer may be right, the finding asks."""
    spelled = refs.spellings
    ended = [w for w in spelled if w[-1] == "s" and w[:-1] in spelled]
    if not ended:
        return
    wanted = {*ended, *(w[:-1] for w in ended)}
    plain = {block.start for block in paragraphs}
    names: dict[tuple[str, ...], list[Span]] = {}
    for run in runs:
        if not any(t[0] in wanted for t in run):
            continue
        words = trimmed(run, also=DATES)
        block = doc.block_at(words[0][1]) if words else None
        if block is None or block.start not in plain or all(w[0].isupper() for w in words[:2]):
            continue
        start, end = words[0][1], words[-1][2]
        names.setdefault(tuple(w[0] for w in words), []).append((start, end, doc.masked[start:end]))
    found = (_longer(doc, names), _single(doc, names, refs), _companies(doc, names, refs))
    for (minor, major), sure in itertools.chain(*found):
        tie = len(minor) == len(major)
        yield Slip(minor, major, sure and not tie and not _possessive(doc, minor), tie or not sure)
    for minor, major in _possessive_cut(doc, refs, plain):
        yield Slip(minor, major, fixable=False, ask=True, suggest=False)


def _longer(doc: Document, names: dict[tuple[str, ...], list[Span]]) -> Iterator[tuple[Pair, bool]]:
    """Names of two words or more, one word's final s added or dropped; whether the form
    without the s is no English word where the s is on the last word (a Senate Democrat may
    be one of the Senate Democrats, Rolling Stone a magazine beside the band)."""
    groups: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for key in names:
        if len(key) >= 2:
            groups.setdefault(tuple(map(_stem, key)), []).append(key)
    for keys in groups.values():
        for n, a in enumerate(keys):
            for b in keys[n + 1 :]:
                differ = [i for i in range(len(a)) if a[i] != b[i]]
                if len(differ) != 1:
                    continue
                i = differ[0]
                bare, plural = (a, b) if len(a[i]) < len(b[i]) else (b, a)
                last = i == len(a) - 1
                if _several(doc, names[bare], names[plural], last):
                    continue
                if last and max(len(names[a]), len(names[b])) < 2:
                    continue  # (the Lib Dem's policy and the Lib Dems: the party's, or a slip?)
                pair = _ranked(doc, names[a], names[b], drop_sentence_starts=i == 0)
                if pair is not None:
                    yield pair, not last or zipf(bare[i].casefold()) < RARE


def _single(
    doc: Document, names: dict[tuple[str, ...], list[Span]], refs: References
) -> Iterator[tuple[Pair, bool]]:
    """Names of one word, a final s added or dropped, where English text never prints the
    rarer form: sure, but the form without the s before a word it describes is left alone
    (Rabbitoh forward, Karakalpak activists)."""
    for key, spans in names.items():
        if len(key) != 1 or not _word(key[0]):
            continue
        word = key[0]
        other = word[:-1] if word.endswith("s") else word + "s"
        mine, theirs = refs.spellings.get(word, ()), refs.spellings.get(other, ())
        if len(theirs) < 2 or len(mine) >= len(theirs) or not _word(other):
            continue
        bare = min(word, other, key=len)
        if bare.endswith(_MEMBERS) or zipf(word.casefold()) > 0:
            continue
        added = word.endswith("s")
        if added:
            spans = [s for s in spans if _before(doc, s, _PREPOSITION)]
        elif any(_before(doc, s, _ONE_OF) for s in spans):
            continue
        else:
            spans = [s for s in spans if not _describes(doc, s)]
        minor = _mid_sentence(doc, spans)
        if minor:
            yield (minor, [(start, end, other) for start, end, _ in theirs]), True


def _companies(
    doc: Document, names: dict[tuple[str, ...], list[Span]], refs: References
) -> Iterator[tuple[Pair, bool]]:
    """The first word of a company's name (a name with "Co", "Inc" and the like after it)
    written once, a final s added or dropped, beside a word the article writes twice at least
    outside a person's name (not Rowan Williams), no first name more than a surname (William
    Pipe Line Co beside Williams, not Roberts Pharmaceutical Corp beside Robert); sure only
    where the written word is no name nor word of its own (not William Hill, Barclays)."""
    for key, spans in names.items():
        word = key[0]
        if len(key) < 2 or not _word(word) or not _COMPANY.intersection(key[1:]):
            continue
        other = word[:-1] if word.endswith("s") else word + "s"
        theirs = [s for s in refs.spellings.get(other, ()) if not ends_a_name(doc.masked, s[0])]
        if len(refs.spellings.get(word, ())) != 1 or len(theirs) < 2:
            continue
        if first_name_share(other) > surname_share(other):
            continue
        minor = _mid_sentence(doc, [(start, start + len(word), word) for start, _, _ in spans])
        named = common_first_name(word) or common_surname(word) or zipf(word.casefold()) >= RARE
        if minor:
            yield (minor, [(start, end, other) for start, end, _ in theirs]), not named


def _possessive_cut(doc: Document, refs: References, plain: set[int]) -> Iterator[Pair]:
    """A person's surname ending in s (written after a first name or a courtesy title at
    least once: "Tim Dams", "Mr Dams") whose possessive loses the s ("Dam's pick"), the word
    without it written nowhere but in a possessive, alone (no capitalised word, initial or
    "the" before it: "Christopher Reeve's", "the Bank's"), in the paragraphs starting at
    ``plain`` and outside quotations, and no first name ("Richard's" beside "Keith Richards"
    is another person's); against the writings with the s in those paragraphs. Asked, with
    no suggestion: a possessive alone may still be another person's ("Reeve's" beside "Keanu
    Reeves")."""
    spelled, text = refs.spellings, doc.masked
    for word, places in spelled.items():
        stem = word[:-1]
        cut = spelled.get(stem, ())
        if not (cut and word.endswith("s") and _word(word)) or any_first_name(stem):
            continue
        if not all(
            text.startswith(_OWNS, end) and _alone(doc, start, plain) for start, end, _ in cut
        ):
            continue
        named = [p for p in places if (b := doc.block_at(p[0])) is not None and b.start in plain]
        if any(courtesy_title(text, s) or _after_first_name(text, s) for s, _, _ in named):
            yield [(s, e, stem) for s, e, _ in cut], [(s, e, word) for s, e, _ in named]


def _alone(doc: Document, start: int, plain: set[int]) -> bool:
    """Whether the word at ``start`` stands in a paragraph starting at ``plain``, outside
    quotations, as a name of its own: no capitalised word, initial or "the" before it."""
    block = doc.block_at(start)
    if block is None or block.start not in plain or doc.in_quote(start):
        return False
    return _NAMED_BEFORE.search(doc.masked, max(block.start, start - 20), start) is None


def _after_first_name(text: str, start: int) -> bool:
    """Whether a first name stands right before the word at ``start``."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and any_first_name(before.group(1))


def _ranked(doc: Document, a: list[Span], b: list[Span], drop_sentence_starts: bool) -> Pair | None:
    """The rarer writing against the other (on a tie, a possessive, as the Lib Dem's beside
    the Lib Dems, else the later), its references that stand in a quotation aside, and those
    that start a sentence if ``drop_sentence_starts``; None if none is left, or if the other
    stands only in quotations."""

    def rank(spans: list[Span]) -> tuple[int, bool, int]:
        return len(spans), not _possessive(doc, spans), -spans[0][0]

    minor, major = (a, b) if rank(a) < rank(b) else (b, a)
    kept = _mid_sentence(doc, minor, drop_sentence_starts)
    said = all(doc.in_quote(s[0], s[1]) for s in major)  # (someone else's spelling)
    return (kept, major) if kept and not said else None


def _mid_sentence(
    doc: Document, spans: Sequence[Span], drop_sentence_starts: bool = True
) -> list[Span]:
    """The ``spans`` that stand in no quotation nor, if ``drop_sentence_starts``, at a
    sentence start."""
    kept = []
    for span in spans:
        block = doc.block_at(span[0])
        if block is None or doc.in_quote(span[0], span[1]):
            continue
        if not (drop_sentence_starts and starts_sentence(doc, span[0], block.start)):
            kept.append(span)
    return kept


def _several(doc: Document, bare: list[Span], plural: list[Span], last: bool) -> bool:
    """Whether the two writings are one of several and several (a Liberal Democrat and the
    Liberal Democrats, the Brit Award nominations and the Brit Awards, two World Cups, the
    Senate Democrat, Chuck Schumer)."""
    if any(_before(doc, s, _ONE_OF) for s in bare):
        return True
    if last and any(_APPOSED.match(doc.masked, s[1]) for s in bare):
        return True
    if any(_before(doc, s, _COUNTED) or (last and _before(doc, s, _SHARED)) for s in plural):
        return True
    if any(_NUMBERED.match(doc.masked, s[1]) for s in (*bare, *plural)):
        return True
    return last and any(_describes(doc, s) for s in bare)


def _describes(doc: Document, span: Span) -> bool:
    """Whether the name at ``span`` describes the lower-case word after it."""
    after = _DESCRIBES.match(doc.masked, span[1])
    return after is not None and after.group(1) not in _ALONE


def _possessive(doc: Document, spans: Sequence[Span]) -> bool:
    """Whether a writing of a name at ``spans`` is possessive."""
    return any(doc.masked.startswith(("'", "’"), s[1]) for s in spans)


def _before(doc: Document, span: Span, pattern: re.Pattern[str]) -> bool:
    return pattern.search(doc.masked, max(0, span[0] - 30), span[0]) is not None


def _stem(word: str) -> str:
    """``word`` without a final s that may be added or dropped (not of "ss", nor of a word in
    capitals)."""
    return word[:-1] if _word(word) and word.endswith("s") and not word.endswith("ss") else word


def _word(word: str) -> bool:
    """A word of letters with a capital first and small letters after, four letters or
    more."""
    return len(word) >= 4 and word.isalpha() and word[0].isupper() and word[1:].islower()
