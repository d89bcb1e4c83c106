"""entity-spelling: a name close to a known entity that is not one ("Marc Rubio", "Nicolas Maduro").

Capitalised runs of two or more words are compared with the known-entities lists: a run that
matches a listed form (or alias) is fine; one that equals a form but for accents is a diacritic
slip; one that shares a word with a form and differs in the others by a letter or two (or by a
transliterated first name) is a likely misspelling. Without a list, the same name spelled two
ways in one article is reported at the rarer spelling.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

import regex

from newslint.checks.base import CheckKind, Option, Resources
from newslint.checks.namecompare import allowed, first_name_variant, regional_variant
from newslint.document import Document
from newslint.entities import Entity, EntityIndex, Form, load_index, strip_possessive
from newslint.findings import Edit, Hit, Severity
from newslint.lexicon import is_word
from newslint.text import fold

OPTIONS = {
    "diacritic_severity": Option(
        "str", "warning", "Severity of accent-only differences.", ("error", "warning", "info")
    ),
    "within_article": Option(
        "bool", True, "Also flag one name spelled two ways in the same article."
    ),
    "max_edits": Option(
        "int", 2, "Most letter edits allowed in a word of 6+ letters (1 for shorter).", minimum=1
    ),
    "single_word_diacritics": Option(
        "bool",
        False,
        "Flag missing accents in one-word names (Bogota -> Bogotá); off by default because "
        "English copy often drops them.",
    ),
}
# Words that begin a capitalised run without being part of a name: titles, and function
# words capitalised at the start of a sentence ("But Tory", "The UK", "Mr Howard").
STOP_WORDS = frozenset(
    "a an and as at but by for from he her his if in it its my of on or our she so than that "
    "the their then there these they this those to we when where while who with yet "
    "mr mrs ms dr mp prof sir lord lady dame rev gen col capt sgt lt gov sen rep st "
    "president minister chancellor secretary senator governor mayor judge justice king queen "
    "prince princess pope chairman chairwoman chair chief director coach captain".split()
)
_HYPHENATED_WORD = re.compile(r"-[a-z]")
_WITHIN_MAX_WORDS = 4  # names longer than this are compared with the lists only


def _all_caps(toks: tuple[str, ...]) -> bool:
    """An all-capitals run (a headline or wire slug) is not a name spelled two ways."""
    return all(t.isupper() for t in toks)


def _stop(token: str) -> bool:
    return token.lower().rstrip(".") in STOP_WORDS


PARTICLES = frozenset(
    [
        "de",
        "da",
        "del",
        "della",
        "der",
        "den",
        "di",
        "do",
        "dos",
        "das",
        "du",
        "la",
        "le",
        "van",
        "von",
        "bin",
        "ibn",
        "al",
        "el",
        "y",
        "e",
        "zu",
    ]
)
# Capitalised words and name particles only: lower-case words never join a name, so the
# scan skips them (the gap test below then breaks the run).
_RUN = regex.compile(
    r"(?<![\w'’\-.])(?:\p{Lu}(?:\w|[’'\-.](?=[^\W_]))*(?:['’]s?)?|(?:"
    + "|".join(sorted(PARTICLES, key=len, reverse=True))
    + r")(?![\w'’\-]))"
)


@dataclass(frozen=True, slots=True)
class State:
    index: EntityIndex
    options: Mapping[str, Any]


def prepare(options: Mapping[str, Any], resources: Resources) -> State:
    key = ("entity-index", resources.entity_files)
    index = resources.cache.get(key)
    if index is None:
        index = resources.cache[key] = load_index(resources.entity_files)
    return State(index, options)


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str  # possessive stripped
    start: int
    end: int


def _runs(doc: Document) -> Iterator[list[_Tok]]:
    """Runs of capitalised words (with name particles inside) in prose blocks."""
    for block in doc.prose_blocks():
        run: list[_Tok] = []
        pending: list[_Tok] = []
        last_end = -1
        for m in _RUN.finditer(doc.masked, block.start, block.end):
            word = m.group()
            bare = strip_possessive(word)
            gap = doc.masked[last_end : m.start()] if last_end >= 0 else ""
            joined = run and _joins(gap, run[-1].text)
            if word[0].isupper():
                if not joined:
                    if len(run) >= 1:
                        yield run
                    run, pending = [], []
                run.extend(pending)
                pending = []
                run.append(_Tok(bare, m.start(), m.start() + len(bare)))
                if bare != word:  # a possessive ends the name
                    yield run
                    run = []
            elif run and joined and word in PARTICLES:
                pending.append(_Tok(word, m.start(), m.end()))
            else:
                if run:
                    yield run
                run, pending = [], []
            last_end = m.end()
        if run:
            yield run


def _joins(gap: str, prev: str) -> bool:
    if gap in (" ", "\u00a0"):
        return True
    return gap == ". " and (len(prev) == 1 or prev in ("Jr", "Sr", "St"))


def _best(
    index: EntityIndex, folded: tuple[str, ...], max_edits: int, strict: bool = False
) -> tuple[list[Form], int] | None:
    best: list[Form] = []
    best_cost = 99
    # A form shares one word and differs in each other word by a few edits (a transliterated
    # first name by up to about five), which bounds the distance of the whole name.
    bound = max_edits * (len(folded) - 1) + 5
    for pos in range(len(folded)):
        for form in index.sharing_token(folded, pos, bound):
            cost = 0
            for i, (a, b) in enumerate(zip(folded, form.folded, strict=True)):
                if a == b:
                    continue
                d = allowed(a, b, max_edits, strict)
                if (
                    d is None
                    and not strict
                    and i == 0
                    and form.kind in ("person", "")
                    and first_name_variant(a, b)
                    and not regional_variant(a, b)
                ):
                    d = 3
                if d is None:
                    cost = 99
                    break
                cost += d
            if 0 < cost < best_cost:
                best, best_cost = [form], cost
            elif (
                cost == best_cost and cost < 99 and all(f.canonical != form.canonical for f in best)
            ):
                best.append(form)
    return (best, best_cost) if best else None


def run(doc: Document, state: State) -> Iterator[Hit]:
    index, options = state.index, state.options
    candidates: list[tuple[int, int, tuple[str, ...]]] = []
    single = options["single_word_diacritics"]
    for run_ in _runs(doc):
        n = len(run_)
        if n == 1 and not single:
            continue  # one word is never a fuzzy match, and accents on it are not checked
        covered = [False] * n
        folded_run = [fold(t.text) for t in run_]
        spans: list[Hit] = []
        # Exact forms and accent-only slips first, longest first, so "Luiz Inacio Lula da
        # Silva" is judged whole before its correct alias "Lula da Silva" claims the tail.
        for fuzzy in (False, True):
            for size in range(min(n, index.max_tokens), 0, -1):
                for i in range(n - size + 1):
                    if (
                        any(covered[i : i + size])
                        or run_[i].text in PARTICLES
                        or run_[i + size - 1].text in PARTICLES
                        or (fuzzy and _stop(run_[i].text))
                    ):
                        continue
                    toks = tuple(t.text for t in run_[i : i + size])
                    start, end = run_[i].start, run_[i + size - 1].end
                    folded = tuple(folded_run[i : i + size])
                    if not fuzzy and index.is_known(toks, folded):
                        covered[i : i + size] = [True] * size
                        continue
                    match = _misspelt if fuzzy else _accents
                    hit = match(index, toks, folded, start, end, options)
                    if hit is not None:
                        spans.append(hit)
                        covered[i : i + size] = [True] * size
                    elif fuzzy and 2 <= size <= _WITHIN_MAX_WORDS and not _all_caps(toks):
                        candidates.append((start, end, toks))
        yield from sorted(spans, key=lambda h: h.start)
    if options["within_article"]:
        yield from _within_article(doc, candidates, options["max_edits"])


def _misspelt(
    index: EntityIndex,
    toks: tuple[str, ...],
    folded: tuple[str, ...],
    start: int,
    end: int,
    options: Mapping[str, Any],
) -> Hit | None:
    if len(toks) < 2 or not index.has_token(folded):
        return None
    found = _best(index, folded, options["max_edits"])
    if found is None:
        return None
    hit = _hit(start, end, _unique(f.text for f in found[0]), None, "spelling")
    # Only a one-letter slip is safe to fix unattended; a bigger change stays a suggestion.
    return hit if found[1] == 1 else replace(hit, fix=None)


def _accents(
    index: EntityIndex,
    toks: tuple[str, ...],
    folded: tuple[str, ...],
    start: int,
    end: int,
    options: Mapping[str, Any],
) -> Hit | None:
    accents = [f for f in index.same_but_accents(folded) if f.tokens != toks]
    if accents and (len(toks) >= 2 or options["single_word_diacritics"]):
        if any(
            tuple(t.casefold() for t in f.tokens) == tuple(t.casefold() for t in toks)
            for f in accents
        ):
            return None
        names = _unique(f.text for f in accents)
        kind = "diacritic" if all(t.isascii() for t in toks) else "wrong-diacritic"
        hit = _hit(start, end, names, Severity.parse(options["diacritic_severity"]), kind)
        return replace(hit, data={"kind": "diacritic"})
    return None


def _unique(items: Iterator[str] | list[str]) -> list[str]:
    return list(dict.fromkeys(items))


_PROBLEMS = {
    "spelling": "looks like a misspelling of",
    "diacritic": "is missing the accents of",
    "wrong-diacritic": "has different accents from",
    "inconsistent": "is spelled differently elsewhere in this article:",
}


def _hit(start: int, end: int, suggestions: list[str], severity: Severity | None, kind: str) -> Hit:
    fix = Edit(start, end, suggestions[0]) if len(suggestions) == 1 else None
    return Hit(
        start,
        end,
        args={"suggestion": '" or "'.join(suggestions), "problem": _PROBLEMS[kind]},
        suggestions=tuple(suggestions),
        fix=fix,
        data={"kind": kind},
        severity=severity,
    )


def _less_likely(
    mine: tuple[str, ...], theirs: tuple[str, ...], first_seen: dict[tuple[str, ...], int]
) -> bool:
    """On a tie, the spelling whose words are not in the dictionary is the slip (Socieded,
    Janeir); failing that, the later one."""
    mine_words = sum(is_word(t) for t in mine)
    their_words = sum(is_word(t) for t in theirs)
    if mine_words != their_words:
        return mine_words < their_words
    return first_seen[mine] > first_seen[theirs]


def _within_article(
    doc: Document, candidates: list[tuple[int, int, tuple[str, ...]]], max_edits: int
) -> Iterator[Hit]:
    """Names spelled two ways in one article: report the rarer (or, on a tie, later) one."""
    del doc
    counts = Counter(tuple(fold(t) for t in toks) for _, _, toks in candidates)
    first_seen: dict[tuple[str, ...], int] = {}
    written: dict[tuple[str, ...], str] = {}
    for start, _, toks in candidates:
        key = tuple(fold(t) for t in toks)
        first_seen.setdefault(key, start)
        written.setdefault(key, " ".join(toks))
    # Only spellings that share a word, at the same place, with another spelling can pair up.
    groups: dict[tuple[int, int, str], set[tuple[str, ...]]] = {}
    for key in counts:
        for pos, tok in enumerate(key):
            groups.setdefault((len(key), pos, tok), set()).add(key)
    paired = {k for g in groups.values() if len(g) > 1 for k in g}
    if not paired:
        return
    candidates = [c for c in candidates if tuple(fold(t) for t in c[2]) in paired]
    local = EntityIndex(Entity(written[k]) for k in paired)
    taken: list[tuple[int, int]] = []
    for start, end, toks in sorted(candidates, key=lambda c: c[0] - c[1]):
        if any(_HYPHENATED_WORD.search(t) for t in toks) or any(
            s < end and start < e for s, e in taken
        ):
            continue
        key = tuple(fold(t) for t in toks)
        found = _best(local, key, max_edits, strict=True)
        if found is None:
            continue
        other = found[0][0]
        mine, theirs = counts[key], counts[other.folded]
        if mine < theirs or (mine == theirs and _less_likely(key, other.folded, first_seen)):
            taken.append((start, end))
            yield _hit(start, end, [other.text], None, "inconsistent")


KIND = CheckKind("entity-spelling", OPTIONS, prepare, run, doc=__doc__ or "")
