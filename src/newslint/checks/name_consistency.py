"""Names within one article: one name spelled two ways, and the hits the entity check makes.

Without a list entry to say which spelling is right, the spelling of the fuller and more
frequent references wins; the rarer one is reported, with the other as the suggestion.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence

from rapidfuzz.distance import OSA

from newslint.checks.namecompare import name_cost
from newslint.findings import Edit, Hit, Severity
from newslint.lexicon import is_word

# The same words found in an article: (start, end, tokens, folded tokens).
Candidate = tuple[int, int, tuple[str, ...], tuple[str, ...]]
_HYPHENATED_WORD = re.compile(r"-[a-z]")
_OPENERS = " \t\u00a0\"'“‘(["
_SENTENCE_ENDS = ".!?:;\n"

PROBLEMS = {
    "spelling": "looks like a misspelling of",
    "diacritic": "is missing the accents of",
    "wrong-diacritic": "has different accents from",
    "inconsistent": "is spelled differently elsewhere in this article:",
    "run-together": "looks like a name run into the next word:",
    "character-reference": "holds an HTML character reference the export left undecoded:",
    "demonym": "is one person's, where the article names the place; meant:",
}


def hit(start: int, end: int, suggestions: list[str], severity: Severity | None, kind: str) -> Hit:
    """A finding of the entity check: ``kind`` is a key of :data:`PROBLEMS`."""
    fix = Edit(start, end, suggestions[0]) if len(suggestions) == 1 else None
    return Hit(
        start,
        end,
        args={"suggestion": '" or "'.join(suggestions), "problem": PROBLEMS[kind]},
        suggestions=tuple(suggestions),
        fix=fix,
        data={"kind": kind},
        severity=severity,
    )


def less_likely(
    mine: tuple[str, ...], theirs: tuple[str, ...], first_seen: dict[tuple[str, ...], int]
) -> bool:
    """On a tie, the spelling whose words are not in the dictionary is the slip (Socieded,
    Janeir); failing that, the later one."""
    mine_words = sum(is_word(t) for t in mine)
    their_words = sum(is_word(t) for t in theirs)
    if mine_words != their_words:
        return mine_words < their_words
    return first_seen[mine] > first_seen[theirs]


def within_article(
    candidates: list[Candidate],
    max_edits: int,
    severity: Severity,
    alone: Mapping[str, int] | None = None,
) -> Iterator[Hit]:
    """Names spelled two ways in one article: report the rarer (or, on a tie, later) one.

    On a tie, the words written alone elsewhere (``alone``: folded word -> count) decide first:
    "Chorton And The Wheelies" once and "Chorlton And The Wheelies" once, but "Chorlton" twice
    more on its own.
    """
    counts = Counter(key for _, _, _, key in candidates)  # in order of first appearance
    # Only spellings that share a word, at the same place, with another spelling can pair up.
    places = [(len(key), pos, tok) for key in counts for pos, tok in enumerate(key)]
    if len(set(places)) == len(places):
        return
    first_seen: dict[tuple[str, ...], int] = {}
    written: dict[tuple[str, ...], str] = {}
    for start, _, toks, key in candidates:
        first_seen.setdefault(key, start)
        written.setdefault(key, " ".join(toks))
    # The spellings holding each word at each place, in order of first appearance.
    groups: dict[tuple[int, int, str], dict[tuple[str, ...], None]] = {}
    for key in counts:
        for pos, tok in enumerate(key):
            groups.setdefault((len(key), pos, tok), {})[key] = None
    paired = {k for g in groups.values() if len(g) > 1 for k in g}
    if not paired:
        return
    # A spelling can only be taken for one that shares a word with it at the same place, so
    # one more frequent than all of those is never the slip.
    rival: dict[tuple[str, ...], int] = {}
    for g in groups.values():
        if len(g) > 1:
            for key in g:
                rival[key] = max(rival.get(key, 0), *(counts[k] for k in g if k != key))
    candidates = [c for c in candidates if c[3] in paired]
    best: dict[tuple[str, ...], tuple[list[tuple[str, ...]], int] | None] = {}
    taken: list[tuple[int, int]] = []
    for start, end, toks, key in sorted(candidates, key=lambda c: c[0] - c[1]):
        if (
            counts[key] > rival[key]
            or any(_HYPHENATED_WORD.search(t) for t in toks)
            or any(s < end and start < e for s, e in taken)
        ):
            continue
        if key not in best:
            best[key] = closest(key, groups, max_edits)
        found = best[key]
        if found is None:
            continue
        other = found[0][0]
        mine, theirs = counts[key], counts[other]
        if mine == theirs and alone:
            mine_alone = sum(alone.get(t, 0) for t in key if t not in other)
            theirs_alone = sum(alone.get(t, 0) for t in other if t not in key)
            mine, theirs = mine + mine_alone, theirs + theirs_alone
        if mine < theirs or (mine == theirs and less_likely(key, other, first_seen)):
            taken.append((start, end))
            yield inconsistent(start, end, written[other], theirs, severity, mine == theirs)


def respelt_in_full(candidates: list[Candidate], severity: Severity) -> Iterator[Hit]:
    """Names of two words written elsewhere with both words a letter apart ("Frederic
    Forsythe" once beside "Frederick Forsyth" twice or more), which :func:`within_article`
    never pairs (it pairs spellings sharing a word): the rarer suggested, with no fix (two
    people may be named so). Both words must start alike and be four letters or more."""
    counts = Counter(key for _, _, _, key in candidates if len(key) == 2)
    if len(counts) < 2:
        return
    written = {key: " ".join(toks) for _, _, toks, key in candidates}
    for start, end, _, key in candidates:
        if len(key) != 2:
            continue
        for other, theirs in counts.items():
            if theirs < max(2, counts[key] + 1) or not _respelt(key, other):
                continue
            found = inconsistent(start, end, written[other], theirs, severity)
            yield found._replace(fix=None)
            break


def _respelt(key: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether each word of ``key`` is a letter from ``other``'s, none the same."""
    return all(
        a != b and a[0] == b[0] and min(len(a), len(b)) >= 4 and OSA.distance(a, b) == 1
        for a, b in zip(key, other, strict=True)
    )


def abbreviated(a: str, b: str) -> bool:
    """Whether one of two folded words is a shortening, not a misspelling, of the other, as
    tables write them: a prefix (Avg/Avge, Pric/Price), no vowel (Stcks), under five letters
    (Expt/Expd), or either holds a digit or hyphen (A380s, Expt-E)."""
    return (
        min(len(a), len(b)) < 5
        or a.startswith(b)
        or b.startswith(a)
        or not (a.isalpha() and b.isalpha())
        or not all(any(v in w for v in "aeiouy") for w in (a, b))
    )


def closest(
    key: tuple[str, ...],
    groups: Mapping[tuple[int, int, str], Mapping[tuple[str, ...], None]],
    max_edits: int,
) -> tuple[list[tuple[str, ...]], int] | None:
    """The article's other spellings nearest to ``key`` (each differing word a plausible slip,
    ``allowed`` with ``strict``) and their edit count, over the spellings that share a word
    with ``key`` at the same place, taken in order of first appearance."""
    best: list[tuple[str, ...]] = []
    best_cost = 99
    n = len(key)
    for pos in range(n):
        for other in groups[(n, pos, key[pos])]:
            if any(abbreviated(a, b) for a, b in zip(key, other, strict=True) if a != b):
                continue
            cost = name_cost(key, other, max_edits, strict=True, variants=False)
            if 0 < cost < best_cost:
                best, best_cost = [other], cost
            elif cost == best_cost and cost < 99 and other not in best:
                best.append(other)
    return (best, best_cost) if best else None


def inconsistent(
    start: int,
    end: int,
    other: str,
    count: int,
    severity: Severity,
    tie: bool = False,
    lines: Sequence[int] = (),
    listed: bool = False,
) -> Hit:
    """An in-article finding: the rarer spelling at start-end, ``other`` used ``count`` times
    (on ``lines``, when given).

    On a ``tie`` the article does not say which spelling is right: the finding names the
    other and asks, with no fix (Peston once and Robert Preston once: the list or the editor
    knows which). Where the rarer spelling is ``listed`` (a listed person is spelled so), the
    finding asks too, with no fix.
    """
    found = hit(start, end, [other], severity, "inconsistent")
    references = "reference" if count == 1 else "references"
    shown = list(dict.fromkeys(lines))
    where = f"line{'s' if len(shown) > 1 else ''} {', '.join(map(str, shown))}" if shown else ""
    if tie:
        problem = (
            f"and a spelling used as often ({count} {references}{', ' if where else ''}{where})"
            " disagree; check which is right:"
        )
        return found._replace(args={**found.args, "problem": problem}, fix=None)
    where = f" ({where})" if where else ""
    problem = f"is spelled differently from {count} other {references}{where} in this article"
    if listed:
        problem += ", though a listed name is spelled so; check which is right:"
        return found._replace(args={**found.args, "problem": problem}, fix=None)
    return found._replace(args={**found.args, "problem": problem + ":"})


def sentence_initial(text: str, start: int, block_start: int) -> bool:
    """Whether the word at ``start`` begins a sentence (or its block)."""
    i = start - 1
    while i >= block_start and text[i] in _OPENERS:
        i -= 1
    return i < block_start or text[i] in _SENTENCE_ENDS
