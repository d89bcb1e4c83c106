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
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, NamedTuple

import regex

from newslint.checks.base import CheckKind, Option, Resources
from newslint.checks.namecompare import allowed, first_name_variant, regional_variant
from newslint.document import Document
from newslint.entities import EntityIndex, Form, strip_possessive
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
    "within_article_severity": Option(
        "str",
        "warning",
        "Severity of a name spelled two ways in the article (no list entry says which is right).",
        ("error", "warning", "info"),
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
    return all(map(str.isupper, toks))


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
# A capitalised word, with any possessive ending (stripped later). Only these are scanned for:
# name particles are looked for only between two of them (see _gap), which is much cheaper.
# Run by ``regex``: its \w (Unicode's word characters: combining marks yes, superscript
# digits no) is the one the word rules use; ``re``'s differs ("Macron¹" would be one word).
_WORD_AFTER_CAPITAL = r"\w*(?:[’'\-.](?=[^\W_])\w*)*(?:['’]s?)?"
_CAPITALISED = regex.compile(rf"(?<![\w'’\-.])\p{{Lu}}{_WORD_AFTER_CAPITAL}")
_PARTICLE = "(?:" + "|".join(sorted(PARTICLES, key=lambda p: (-len(p), p))) + ")"
_PARTICLE_INITIALS = frozenset(p[0] for p in PARTICLES)
# What may separate two words of one name: a space, and after an initial or Jr/Sr/St also ". ";
# name particles ("Luiz da Silva", "Ludwig van Beethoven") may stand between them.
_SEPARATION = r"[ \u00a0]"
_SEPARATION_AFTER_INITIAL = r"(?:[ \u00a0]|\. )"
_GAP_AFTER_INITIAL_SOURCE = (
    rf"{_SEPARATION_AFTER_INITIAL}(?:{_PARTICLE}{_SEPARATION_AFTER_INITIAL})*"
)
_GAP = re.compile(rf"{_SEPARATION}(?:{_PARTICLE}{_SEPARATION})*")
_GAP_AFTER_INITIAL = re.compile(_GAP_AFTER_INITIAL_SOURCE)
# A capitalised word that the next may join (the looser of the two gaps, then a capital):
# where a run of two or more may start. Most capitalised words stand alone (a sentence's
# first word, a one-word name); this finds the others without a step in Python for each.
# The word is atomic, as _CAPITALISED matches it: the same word, then the test.
_RUN_START = regex.compile(
    rf"(?<![\w'’\-.])\p{{Lu}}(?>{_WORD_AFTER_CAPITAL})(?={_GAP_AFTER_INITIAL_SOURCE}\p{{Lu}})"
)
# Matched where a word of a run ends: the way to the next capitalised word, if one may join,
# and that word (group 1), as _CAPITALISED matches it there: its lookbehind holds after the
# gap's space, and nothing after the capital can fail. (Nothing in the gap can start a
# capitalised word, so it is the next one a scan finds.)
_NEXT_WORD = regex.compile(rf"{_GAP_AFTER_INITIAL_SOURCE}(\p{{Lu}}{_WORD_AFTER_CAPITAL})")
_LETTERS = re.compile("[a-z]+")
_POSSESSIVE_ENDS = ("'", "’", "'s", "’s")
_CACHE_SIZE = 10_000  # runs remembered in State.judged (about 1 kB each) before it starts afresh


class _Slip(NamedTuple):
    """Words ``i`` to ``j`` (exclusive) of a run misspell a listed name, wherever the run is."""

    i: int
    j: int
    names: list[str]  # the listed spellings
    severity: Severity | None
    kind: str  # a key of _PROBLEMS
    fixable: bool  # for a misspelling: whether a lone suggestion may be applied unattended


# Words i to j (exclusive) of a run, as written and folded, that match no listed name.
_Window = tuple[int, int, tuple[str, ...], tuple[str, ...]]
# The same words found in an article: (start, end, tokens, folded tokens).
_Candidate = tuple[int, int, tuple[str, ...], tuple[str, ...]]


class _Judgement(NamedTuple):
    """What the lists make of a run of words, by word index (see :func:`_judge`)."""

    slips: list[_Slip]  # in the order found
    unmatched: list[_Window]  # two to four words, kept for the comparison within the article


class State(NamedTuple):
    entities: EntityIndex
    options: Mapping[str, Any]
    # What the lists make of each run of words met so far (see _judge): names recur, within an
    # article and across articles.
    judged: dict[tuple[str, ...], _Judgement]


def prepare(options: Mapping[str, Any], resources: Resources) -> State:
    return State(resources.entity_index(), options, {})


_Tok = tuple[str, int, int]  # text (possessive stripped), start, end


def _runs(doc: Document, single: bool) -> Iterator[list[_Tok]]:
    """Runs of capitalised words (with name particles inside) in prose blocks; runs of one
    word only if ``single``.

    Two capitalised words join when only a space separates them (see :func:`_gap` for the
    rest); a possessive ends a run ("Rubio's").
    """
    masked = doc.masked
    find = (_CAPITALISED if single else _RUN_START).search
    next_word = _NEXT_WORD.match
    for block in doc.prose_blocks():
        pos, end = block.start, block.end
        while (m := find(masked, pos, end)) is not None:
            run: list[_Tok] = []
            last_end = -1
            word, start, stop = m.group(), m.start(), m.end()
            while True:  # the next capitalised word: masked[start:stop]
                if not word[0].isupper():  # a capital to regex's Unicode tables, not Python's
                    pos = stop
                    break
                if run and (particles := _gap(masked, last_end, start, run[-1][0])) is not None:
                    run.extend(particles)
                elif run:  # the run ends before this word, which may start the next
                    pos = start
                    break
                last_end = stop
                if word.endswith(_POSSESSIVE_ENDS):
                    bare = strip_possessive(word)
                    if bare != word:  # a possessive ends the name
                        run.append((bare, start, start + len(bare)))
                        pos = last_end
                        break
                run.append((word, start, last_end))
                m = next_word(masked, last_end, end)
                if m is None:  # no capitalised word can join this one
                    pos = last_end
                    break
                word, start, stop = m.group(1), m.start(1), m.end()
            if run and (single or len(run) > 1):
                yield run


def _gap(masked: str, end: int, start: int, prev: str) -> list[_Tok] | None:
    """The particles between two capitalised words (``prev`` ends at ``end``) that belong to
    one name, or None if the text between them breaks the name."""
    if start - end == 1 and masked[end] in " \u00a0":
        return []
    # Past its first separator, a longer gap must start with a particle (a quick test first).
    if start - end > 2 and masked[end + 1 + (masked[end] == ".")] not in _PARTICLE_INITIALS:
        return None
    after_initial = len(prev) == 1 or prev in ("Jr", "Sr", "St")
    if (_GAP_AFTER_INITIAL if after_initial else _GAP).fullmatch(masked, end, start) is None:
        return None
    return [(m.group(), m.start(), m.end()) for m in _LETTERS.finditer(masked, end, start)]


def _best(
    index: EntityIndex, folded: tuple[str, ...], max_edits: int, strict: bool = False
) -> tuple[list[Form], int] | None:
    best: list[Form] = []
    best_cost = 99
    # A form shares one word and differs in each other word by a few edits (a transliterated
    # first name by up to about five), which bounds the distance of the whole name.
    bound = max_edits * (len(folded) - 1) + 5
    # Sharing the first word, every other word must pass ``allowed``: at most ``max_edits``
    # OSA edits each (a first-name variant is only ever the first word), so the whole name is
    # within ``max_edits`` per other word. That is a tighter bound: a common first name in a
    # long list brings far fewer forms.
    bound_first = min(bound, max_edits * (len(folded) - 1))

    def slip(theirs: Sequence[str]) -> bool:
        """Whether each word differs by a plausible slip (first-name variants included)."""
        return _cost(folded, theirs, max_edits, strict, not strict) < 99

    for pos in range(len(folded)):
        for form in index.sharing_token(folded, pos, bound if pos else bound_first, slip):
            variants = not strict and form.kind in ("person", "")
            cost = _cost(folded, form.folded, max_edits, strict, variants)
            if 0 < cost < best_cost:
                best, best_cost = [form], cost
            elif (
                cost == best_cost and cost < 99 and all(f.canonical != form.canonical for f in best)
            ):
                best.append(form)
    return (best, best_cost) if best else None


def _cost(
    mine: Sequence[str], theirs: Sequence[str], max_edits: int, strict: bool, variants: bool
) -> int:
    """Edits between two spellings of a name of as many words, each differing word a
    plausible slip (:func:`allowed`); with ``variants`` a transliterated first name counts 3.
    99 when some word is not a slip."""
    cost = 0
    for i, (a, b) in enumerate(zip(mine, theirs, strict=True)):
        if a == b:
            continue
        d = allowed(a, b, max_edits, strict)
        if (
            d is None
            and variants
            and i == 0
            and first_name_variant(a, b)
            and not regional_variant(a, b)
        ):
            d = 3
        if d is None:
            return 99
        cost += d
    return cost


def run(doc: Document, state: State) -> Iterator[Hit]:
    options = state.options
    candidates: list[_Candidate] = []
    # One word is never a fuzzy match, and accents on it are checked only on request.
    for run_ in _runs(doc, options["single_word_diacritics"]):
        judged = _judge(state, tuple(t[0] for t in run_))
        if judged.slips:
            hits = [_place(s, run_[s.i][1], run_[s.j - 1][2]) for s in judged.slips]
            yield from sorted(hits, key=lambda h: h.start)
        for i, j, toks, folded in judged.unmatched:
            candidates.append((run_[i][1], run_[j - 1][2], toks, folded))
    if options["within_article"]:
        severity = Severity.parse(options["within_article_severity"])
        yield from _within_article(candidates, options["max_edits"], severity)


def _judge(state: State, texts: tuple[str, ...]) -> _Judgement:
    """What the lists make of a run of words (remembered: it depends on the words alone)."""
    judged = state.judged.get(texts)
    if judged is None:
        if len(state.judged) >= _CACHE_SIZE:
            state.judged.clear()
        judged = state.judged[texts] = _judge_words(state, texts)
    return judged


def _judge_words(state: State, texts: tuple[str, ...]) -> _Judgement:
    """Every window of the run against the lists: exact forms, accent slips, near misses."""
    index, options = state.entities, state.options
    n = len(texts)
    folded_run = [fold(t) for t in texts]
    # A window is a listed form, exactly or but for accents, only if every one of its words is
    # in some form, and is a near miss of one only if at least one word is.
    listed_tokens = index.folded_tokens()
    listed = [f in listed_tokens for f in folded_run]
    particle = [t in PARTICLES for t in texts]
    top = min(n, index.max_tokens)
    covered = [False] * n
    slips: list[_Slip] = []
    unmatched: list[_Window] = []
    # Exact forms and accent-only slips first, longest first, so "Luiz Inacio Lula da Silva" is
    # judged whole before its correct alias "Lula da Silva" claims the tail. (None if no word
    # is listed.)
    for size in range(top if any(listed) else 0, 0, -1):
        for i in range(n - size + 1):
            j = i + size
            if not all(listed[i:j]) or particle[i] or particle[j - 1] or any(covered[i:j]):
                continue
            folded = tuple(folded_run[i:j])
            forms = index.same_but_accents(folded)
            if not forms:
                continue
            toks = texts[i:j]
            if index.is_known(toks, folded):
                covered[i:j] = [True] * size
                continue
            slip = _accents(forms, toks, i, j, options)
            if slip is not None:
                slips.append(slip)
                covered[i:j] = [True] * size
    # Then near misses. Two to four words that are none are kept for the comparison within the
    # article; one word is neither.
    stop = [_stop(t) for t in texts]
    for size in range(top, 1, -1):
        for i in range(n - size + 1):
            j = i + size
            if particle[i] or particle[j - 1] or stop[i] or any(covered[i:j]):
                continue
            toks, folded = texts[i:j], tuple(folded_run[i:j])
            slip = _misspelt(state, toks, folded, i, j) if any(listed[i:j]) else None
            if slip is not None:
                slips.append(slip)
                covered[i:j] = [True] * size
            elif size <= _WITHIN_MAX_WORDS and not _all_caps(toks):
                unmatched.append((i, j, toks, folded))
    return _Judgement(slips, unmatched)


def _misspelt(
    state: State, toks: tuple[str, ...], folded: tuple[str, ...], i: int, j: int
) -> _Slip | None:
    index = state.entities
    if len(toks) < 2 or not index.has_token(folded):
        return None
    found = _best(index, folded, state.options["max_edits"])
    if found is None:
        return None
    names = _unique(f.text for f in found[0])
    return _Slip(i, j, names, None, "spelling", found[1] == 1)


def _accents(
    forms: list[Form], toks: tuple[str, ...], i: int, j: int, options: Mapping[str, Any]
) -> _Slip | None:
    """``toks`` against ``forms``, the forms equal to it but for case and accents."""
    accents = [f for f in forms if f.tokens != toks]
    if accents and (len(toks) >= 2 or options["single_word_diacritics"]):
        if any(
            tuple(t.casefold() for t in f.tokens) == tuple(t.casefold() for t in toks)
            for f in accents
        ):
            return None
        names = _unique(f.text for f in accents)
        kind = "diacritic" if all(t.isascii() for t in toks) else "wrong-diacritic"
        return _Slip(i, j, names, Severity.parse(options["diacritic_severity"]), kind, True)
    return None


def _place(slip: _Slip, start: int, end: int) -> Hit:
    """The hit for ``slip`` where its words stand in the text."""
    hit = _hit(start, end, slip.names, slip.severity, slip.kind)
    if slip.kind == "spelling":
        # Only a one-letter slip is safe to fix unattended; a bigger change stays a suggestion.
        return hit if slip.fixable else hit._replace(fix=None)
    return hit._replace(data={"kind": "diacritic"})


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
    candidates: list[_Candidate], max_edits: int, severity: Severity
) -> Iterator[Hit]:
    """Names spelled two ways in one article: report the rarer (or, on a tie, later) one."""
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
            best[key] = _closest(key, groups, max_edits)
        found = best[key]
        if found is None:
            continue
        other = found[0][0]
        mine, theirs = counts[key], counts[other]
        if mine < theirs or (mine == theirs and _less_likely(key, other, first_seen)):
            taken.append((start, end))
            yield _hit(start, end, [written[other]], severity, "inconsistent")


def _closest(
    key: tuple[str, ...],
    groups: Mapping[tuple[int, int, str], Mapping[tuple[str, ...], None]],
    max_edits: int,
) -> tuple[list[tuple[str, ...]], int] | None:
    """The article's other spellings nearest to ``key`` (each differing word a plausible slip,
    :func:`allowed` with ``strict``) and their edit count: :func:`_best` over the spellings
    that share a word with ``key`` at the same place, taken in order of first appearance."""
    best: list[tuple[str, ...]] = []
    best_cost = 99
    n = len(key)
    for pos in range(n):
        for other in groups[(n, pos, key[pos])]:
            cost = _cost(key, other, max_edits, strict=True, variants=False)
            if 0 < cost < best_cost:
                best, best_cost = [other], cost
            elif cost == best_cost and cost < 99 and other not in best:
                best.append(other)
    return (best, best_cost) if best else None


def warm(state: State) -> None:
    """Before workers fork: the set of listed tokens, which every article reads."""
    state.entities.folded_tokens()


KIND = CheckKind("entity-spelling", OPTIONS, prepare, run, doc=__doc__ or "", warm=warm, sic=True)
