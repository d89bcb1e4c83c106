"""One name spelled two ways in an article, word by word, wherever the word stands.

Every capitalised word of the article's prose counts, alone or inside a longer name
("Heineken"/"Heinken", "David Monteith"/"Mr Montieth", "Bundesbank"/"Bundebank"), as do
acronyms, case-sensitively ("GGFH"/"GGHF", "SEC"/"SEEC"), a name with a capital inside it
written without ("DuPont"/"Dupont", "iTunes"/"Itunes"), and a name run into the next word
("Struree"/"Strureewas").

The evidence, all of it in the article or in public word lists:

* the two spellings are a slip apart: one edit (two in a word of eight letters or more, or
  two letters swapped apart: Cidatel, Citadel);
* the rarer spelling is no word of English nor a name in use: rare in ``wordfreq``'s counts of
  English text (a misspelling seldom is printed), not written in lower case in the article, and
  not a common real name when the other one is too (Johnson and Johnston are two people);
* no plural, possessive or inflection (Korea/Korean, Owen/Owens) and no shortening; a slip of
  an inflection is reported with the inflection (Australain beside Australia: Australian);
* the spelling of the more frequent references wins, then of the fuller ones (a full name over a
  surname alone), then the one ``wordfreq`` knows better; on a tie of both counts the finding
  asks which is right and offers no fix, in the prose when the other spelling stands in a
  team sheet.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet

from rapidfuzz import process
from rapidfuzz.distance import OSA

from newslint.checks.name_acronyms import digit_for_letter, truncated
from newslint.checks.name_capitals import (
    plain_paragraphs,
)
from newslint.checks.name_consistency import hit
from newslint.checks.name_demonyms import demonym_possessives
from newslint.checks.name_ends import final_s
from newslint.checks.name_freq import COMMON, zipf
from newslint.checks.name_glued import glued, lost_apostrophes, run_into
from newslint.checks.name_headline import headline_slips
from newslint.checks.name_headline_marks import headline_marks
from newslint.checks.name_marks import ampersands, lost_name_apostrophes, stray_apostrophes
from newslint.checks.name_punctuation import joined_apart, slipped
from newslint.checks.name_ranking import Ref, plausible_slip, ranking
from newslint.checks.name_references import References, lower_words
from newslint.checks.name_runs import PARTICLES, Tok
from newslint.checks.name_titled import Settled, courtesy_title
from newslint.checks.name_titles import lost_marks
from newslint.checks.name_words import roster
from newslint.checks.name_writings import (
    apostrophes,
    as_refs,
    capitals,
    disagreement,
    final_s_hits,
    question_severity,
    questions,
    unfixed,
)
from newslint.checks.namecompare import osa_within, typists_slip
from newslint.document import Document
from newslint.entities import fold_name
from newslint.findings import Hit, Severity

_ENDINGS = ("s", "es", "'s", "’s", "n", "an", "ian", "ese", "i", "ish", "ans")


def other_spellings(
    doc: Document,
    runs: Iterable[Sequence[Tok]],
    severity: Severity,
    taken: Sequence[Hit],
    settled: Settled | None = None,
) -> list[Hit]:
    """The hits of :func:`variant_hits` over the article's ``runs`` of capitalised words that
    overlap none ``taken`` already nor what the titled-surname rule ``settled`` (see
    :class:`newslint.checks.name_titled.Settled`), outside team sheets (see
    :func:`newslint.checks.name_words.roster`)."""
    found: list[Hit] = []
    runs = list(runs)
    refs = References(doc, runs)
    paragraphs = plain_paragraphs(doc)
    hits = itertools.chain(
        variant_hits(doc, refs, severity),
        capitals(doc, runs, refs, severity, paragraphs),
        apostrophes(doc, lost_apostrophes(doc), severity),
        apostrophes(doc, lost_marks(doc, runs), severity),
        apostrophes(doc, lost_name_apostrophes(doc), severity, letters=False),
        apostrophes(doc, stray_apostrophes(doc), severity, letters=False, ask=True),
        apostrophes(doc, ampersands(doc), severity),
        apostrophes(doc, joined_apart(doc, paragraphs), severity, letters=False),
        final_s_hits(doc, final_s(doc, runs, refs, paragraphs), severity),
        demonym_possessives(doc, severity),
        (
            found
            for minor, major in slipped(doc, paragraphs)
            for found in disagreement(doc, as_refs(minor), as_refs(major), False, severity, False)
        ),
        (
            found
            for minor, major in truncated(refs)
            for found in disagreement(doc, minor, major, False, severity, False)
        ),
        (
            found
            for minor, major in digit_for_letter(refs)
            for found in questions(doc, minor, major, severity)
        ),
        (
            found
            for minor, major, ask in headline_slips(refs)
            for found in unfixed(doc, minor, major, ask, severity)
        ),
        (
            found
            for minor, major in headline_marks(doc)
            for found in questions(doc, minor, major, question_severity(severity))
        ),
    )
    listed = [h for h in taken if h.data["kind"] == "spelling"]
    covered = {i for h in taken for i in range(h.start, h.end)}  # the offsets reported
    for new in hits:
        if roster(doc, new.start, PARTICLES) or the_lists_spelling(doc, new, listed):
            continue
        if settled and new.suggestions:
            written = (doc.masked[new.start : new.end], new.suggestions[0])
            if settled.holds(new.start, new.end, written):
                continue
        if covered.isdisjoint(range(new.start, new.end)):
            found.append(new)
            covered.update(range(new.start, new.end))
    return found


def the_lists_spelling(doc: Document, new: Hit, listed: Sequence[Hit]) -> bool:
    """Whether ``new`` finds a word of a listed name to be the slip of a near miss that the
    lists report (``listed``): the list's spelling wins (Mr Khodorkovsky is no slip of the
    Mikhail Khordokovsky reported against the list)."""
    if not new.suggestions:
        return False
    mine, theirs = doc.masked[new.start : new.end], new.suggestions[0]
    return any(
        mine in s.split() and theirs in doc.masked[h.start : h.end].split()
        for h in listed
        for s in h.suggestions
    )


def variant_hits(doc: Document, refs: References, severity: Severity) -> Iterator[Hit]:
    """One hit at each reference of a name's rarer spelling in the article."""
    if len(refs.spellings) < 2:
        return
    lower: AbstractSet[str] | None = None
    texts = list(refs.spellings)
    folded = {t: fold_name(t) for t in texts}
    for a, b in near_pairs(texts, folded):
        kind = pair_kind(a, b, folded[a], folded[b])
        if kind is None:
            continue
        if lower is None:
            lower = lower_words(doc)
        if kind == "inflection":
            yield from inflection_slips(doc, refs.of(a), refs.of(b), lower, severity)
            continue
        ra, rb = refs.of(a), refs.of(b)
        titled = _titled(doc, (*ra, *rb)) if kind == "letters" else frozenset()
        ranked = ranking(ra, rb, kind, lower, titled)
        if ranked is not None:
            minor, major, doubt, safe = ranked
            if len(minor) == len(major) and pasted(doc, minor) and not pasted(doc, major):
                minor, major = major, minor
            yield from disagreement(doc, minor, major, doubt, severity, safe and kind != "case")
    for text in texts:
        split = run_into(text, refs)
        if split is not None and split[0] in refs.spellings:
            other = [dataclasses.replace(r, text=" ".join(split)) for r in refs.of(split[0])]
            yield from disagreement(doc, refs.of(text), other, False, severity)
        elif split is not None:
            places = refs.spellings[text]
            yield from (glued(start, end, split, severity) for start, end, _ in places)


def _titled(doc: Document, refs: Iterable[Ref]) -> frozenset[int]:
    """The starts of those of ``refs`` standing alone after a courtesy title ("Mr Hopper")."""
    return frozenset(
        r.start
        for r in refs
        if not r.full
        and (block := doc.block_at(r.start)) is not None
        and courtesy_title(doc.masked, r.start, block.start)
    )


def pasted(doc: Document, refs: Sequence[Ref]) -> bool:
    """Whether every reference stands in a team sheet or a list of names (see
    :func:`newslint.checks.name_words.roster`): where two spellings are used as often, one
    only there, the question is asked at the other, in the prose an editor edits (Gabriel
    Heintze in the report, Heinze in the line-up)."""
    return all(roster(doc, r.start, PARTICLES) for r in refs)


def near_pairs(texts: Sequence[str], folded: dict[str, str]) -> Iterator[tuple[str, str]]:
    """The pairs of ``texts`` that :func:`pair_kind` may find to be one name, in the order of a
    loop over every pair: the same word folded, two acronyms of the same letters, or two
    :func:`spellable` words two edits apart at most (found in C by rapidfuzz)."""
    groups: dict[str | frozenset[str], list[int]] = {}
    for i, t in enumerate(texts):
        groups.setdefault(folded[t], []).append(i)
        if t.isupper():
            groups.setdefault(frozenset(t), []).append(i)
    pairs = {pair for group in groups.values() for pair in itertools.combinations(group, 2)}
    spelled = [i for i, t in enumerate(texts) if spellable(t, folded[t])]
    choices = [folded[texts[i]] for i in spelled]
    for n, query in enumerate(choices):
        later = choices[n + 1 :]
        found = process.extract(query, later, scorer=OSA.distance, score_cutoff=2, limit=None)
        pairs.update((spelled[n], spelled[n + 1 + k]) for _, _, k in found)
    for i, j in sorted(pairs):
        yield texts[i], texts[j]


def spellable(word: str, folded: str) -> bool:
    """Whether :func:`pair_kind` may find ``word`` a slip of the letters of another: a
    capitalised word of five letters or more, not in capitals."""
    return not word[0].islower() and not word.isupper() and folded.isalpha() and len(folded) >= 5


def pair_kind(a: str, b: str, fa: str, fb: str) -> str | None:
    """How two written words may be one name: ``"case"``, ``"acronym"``, ``"letters"``, or
    None."""
    if fa == fb:
        return "case" if camel_slip(a, b) else None
    if a[0].islower() or b[0].islower():
        return None  # eKhayelitsha is a word of its own beside Khayelitsha
    if a.isupper() and b.isupper():
        return "acronym" if acronym_slip(a, b) else None
    if a.isupper() or b.isupper() or not (fa.isalpha() and fb.isalpha()):
        return None
    if min(len(fa), len(fb)) < 5 or abs(len(fa) - len(fb)) > 1:
        return None
    # Two letters swapped apart in a shorter word (Cidatel, Citadel) are one slip too.
    swapped = fa[0] == fb[0] and sorted(fa) == sorted(fb)
    limit = 2 if min(len(fa), len(fb)) >= 8 or swapped else 1
    distance = OSA.distance(fa, fb, score_cutoff=limit)
    if distance > limit or inflected(fa, fb):
        return None
    return "inflection" if slip_of_inflection(fa, fb, distance) else "letters"


def camel_slip(a: str, b: str) -> bool:
    """Two writings of one word that differ in case past the first letter, one with a capital
    inside (DuPont/Dupont, iTunes/Itunes), neither in capitals throughout."""
    if a.isupper() or b.isupper():
        return False
    inner = any(c.isupper() for c in a[1:]) or any(c.isupper() for c in b[1:])
    return inner and a[1:] != b[1:]


def acronym_slip(a: str, b: str) -> bool:
    """Two acronyms of three to six letters, one the other with two neighbouring letters
    swapped (GGFH/GGHF) or a letter doubled (SEC/SEEC)."""
    return (
        min(len(a), len(b)) >= 3
        and max(len(a), len(b)) <= 6
        and (a + b).isalpha()
        and typists_slip(a, b)
    )


def inflected(a: str, b: str) -> bool:
    """One word the other with an ending (Korea/Korean, Owen/Owens, Nation/Nations) or with
    one ending for another (Korean/Koreans, Austrian/Austria's)."""
    short, long_ = sorted((a, b), key=len)
    if long_.startswith(short) and long_[len(short) :] in _ENDINGS:
        return True
    stem = min(len(short), len(long_)) - 1
    return a[:stem] == b[:stem] and (a[stem:] in _ENDINGS or b[stem:] in _ENDINGS)


def slip_of_inflection(a: str, b: str, distance: int) -> bool:
    """One word nearer an inflection of the other than the other itself: a slip of that
    inflection (Australain is Australian's, not Australia's)."""
    return any(
        OSA.distance(x, y + ending, score_cutoff=distance - 1) < distance
        for x, y in ((a, b), (b, a))
        for ending in _ENDINGS
    )


def inflection_slips(
    doc: Document, a: list[Ref], b: list[Ref], lower: AbstractSet[str], severity: Severity
) -> Iterator[Hit]:
    """A hit at each reference of a word a letter from a common inflection of the other word,
    suggesting that inflection (Australain beside Australia: Australian), when English text
    never prints the word."""
    for mine, theirs in ((a, b), (b, a)):
        x, y = mine[0].text, theirs[0].text
        if zipf(fold_name(x)) > 0 or not plausible_slip(x, y, lower):
            continue
        forms = [y + e for e in _ENDINGS if e[0].isalpha() and osa_within(x, y + e, 1) == 1]
        meant = max(forms, key=lambda f: zipf(fold_name(f)), default="")
        if not meant or zipf(fold_name(meant)) < COMMON:
            continue
        lines = ", ".join(dict.fromkeys(str(doc.position(r.start)[0]) for r in theirs))
        plural = "s" if "," in lines else ""
        problem = f'looks like a misspelling of a form of "{y}" (line{plural} {lines}):'
        for ref in mine:
            found = hit(ref.start, ref.end, [meant], severity, "spelling")
            yield found._replace(args={**found.args, "problem": problem}, fix=None)
