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
from typing import Any, NamedTuple

import regex

from newslint import model
from newslint.checks.base import CheckKind, Option, Resources
from newslint.checks.name_consistency import Candidate, hit, sentence_initial, within_article
from newslint.checks.name_evidence import weighed
from newslint.checks.name_lists import PERSON_KINDS, Slip, accents, misspelt
from newslint.checks.name_words import Name, Word, judge
from newslint.document import Document
from newslint.entities import EntityIndex, fold_name, strip_possessive
from newslint.findings import Hit, Severity

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
    "de da del della der den di do dos das du la le van von bin ibn al el y e zu".split()
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


# Words i to j (exclusive) of a run, as written and folded, that match no listed name.
_Window = tuple[int, int, tuple[str, ...], tuple[str, ...]]


class _Judgement(NamedTuple):
    """What the lists make of a run of words, by word index (see :func:`_judge`)."""

    slips: list[Slip]  # in the order found
    unmatched: list[_Window]  # two to four words, kept for the comparison within the article
    people: list[tuple[int, int]]  # words i to j (exclusive) are a listed person's name
    alone: list[int]  # words that stand alone or after a title


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


def names_in(doc: Document) -> Iterator[tuple[str, ...]]:
    """The names of two to four words a document's prose holds, as the check reads them:
    runs of capitalised words, without the titles and function words that start them, nor
    all-capitals runs (for ``newslint entities learn``)."""
    for run_ in _runs(doc, False):
        words = [t[0] for t in run_]
        while words and _stop(words[0]):
            words.pop(0)
        names = 2 <= len(words) <= _WITHIN_MAX_WORDS and words[-1] not in PARTICLES
        if names and not _all_caps(tuple(words)):
            yield tuple(words)


def run(doc: Document, state: State) -> Iterator[Hit]:
    options = state.options
    candidates: list[Candidate] = []
    names: list[Name] = []
    words: list[Word] = []
    misspelt: list[Hit] = []  # near misses of listed names, weighed once the article is read
    for run_ in _runs(doc, True):
        texts = tuple(t[0] for t in run_)
        judged = _judge(state, texts)
        for slip in judged.slips:
            found = _place(slip, run_[slip.i][1], run_[slip.j - 1][2])
            if slip.kind == "spelling":
                misspelt.append(
                    found._replace(args={**found.args, "words": texts[slip.i : slip.j]})
                )
            else:
                yield found
        for i, j, toks, folded in judged.unmatched:
            candidates.append((run_[i][1], run_[j - 1][2], toks, folded))
        names += _names(run_, judged)
        for k in judged.alone:
            text, start, end = run_[k]
            words.append(Word(text, start, end, sentence_initial(doc.masked, start, 0)))
    within = options["within_article"]
    severity = Severity.parse(options["within_article_severity"])
    spans: list[Hit] = []  # two spellings in the article, of names and of lone words
    if within:
        alone = Counter(fold_name(w.text) for w in words)
        spans += within_article(candidates, options["max_edits"], severity, alone)
    for found in judge(
        words, names, state.entities, options["max_edits"], severity, doc.masked, within
    ):
        if found.data["kind"] == "spelling":
            misspelt.append(
                found._replace(args={**found.args, "words": (doc.masked[found.start : found.end],)})
            )
        elif not any(h.start <= found.start and found.end <= h.end for h in spans):
            spans.append(found)  # (a word of a name reported whole is not reported again)
    yield from spans
    yield from weighed(misspelt, doc)


def _names(run_: list[_Tok], judged: _Judgement) -> Iterator[Name]:
    """The names of two words or more in a run: listed forms as written, a slip as the list
    spells it, and a run of unlisted words (titles aside) as written."""
    for _, j in judged.people:
        _, start, end = run_[j - 1]
        yield Name(run_[j - 1][0], start, end, True)
    for slip in judged.slips:
        if slip.kind == "spelling" and slip.person and len(slip.names) == 1:
            _, start, end = run_[slip.j - 1]
            yield Name(slip.names[0].split()[-1], start, end, True)
    for i, j, toks, _ in judged.unmatched:
        if j == len(run_) and (i == 0 or _stop(run_[i - 1][0])):
            _, start, end = run_[j - 1]
            yield Name(toks[-1], start, end, False)


def _judge(state: State, texts: tuple[str, ...]) -> _Judgement:
    """What the lists make of a run of words (remembered: it depends on the words alone)."""
    judged = state.judged.get(texts)
    if judged is None:
        if len(state.judged) >= _CACHE_SIZE:
            state.judged.clear()
        judged = state.judged[texts] = _judge_words(state, texts)
    return judged


class _Run:
    """One run's words as the passes of :func:`_judge_words` read and mark them."""

    def __init__(self, state: State, texts: tuple[str, ...]) -> None:
        self.texts = texts
        self.folded = [fold_name(t) for t in texts]
        # A window is a listed form, exactly or but for accents, only if every one of its
        # words is in some form, and is a near miss of one only if at least one word is.
        listed_tokens = state.entities.folded_tokens()
        self.listed = [f in listed_tokens for f in self.folded]
        self.particle = [t in PARTICLES for t in texts]
        self.stop = [_stop(t) for t in texts]
        self.covered = [False] * len(texts)  # by a slip
        self.known: list[tuple[int, int]] = []  # listed forms as written
        self.people: list[tuple[int, int]] = []
        self.slips: list[Slip] = []
        self.unmatched: list[_Window] = []

    def windows(self, top: int, smallest: int) -> Iterator[tuple[int, int]]:
        """Windows of ``top`` words down to ``smallest``, longest first, that start and end
        with no particle and hold no slip found so far."""
        n = len(self.texts)
        for size in range(top, smallest - 1, -1):
            for i in range(n - size + 1):
                j = i + size
                if not (self.particle[i] or self.particle[j - 1] or any(self.covered[i:j])):
                    yield i, j


def _judge_words(state: State, texts: tuple[str, ...]) -> _Judgement:
    """Every window of the run against the lists: exact forms, accent slips, near misses."""
    run_ = _Run(state, texts)
    top = min(len(texts), state.entities.max_tokens)
    _exact(state, run_, top if any(run_.listed) else 0)
    _near(state, run_, top)
    n = len(texts)
    for a, b in run_.known:
        if b - a > 1:
            run_.covered[a:b] = [True] * (b - a)
    stop, covered, particle = run_.stop, run_.covered, run_.particle
    # A word standing alone or after a title may be a surname or a one-word name.
    alone = [
        k
        for k in range(n)
        if not (covered[k] or stop[k] or particle[k])
        and (k == 0 or stop[k - 1])
        and (k == n - 1 or stop[k + 1])
    ]
    people = [p for p in run_.people if p in run_.known]  # not inside a near miss
    return _Judgement(run_.slips, run_.unmatched, people, alone)


def _exact(state: State, run_: _Run, top: int) -> None:
    """Exact forms and accent-only slips, longest first, so "Luiz Inacio Lula da Silva" is
    judged whole before its correct alias "Lula da Silva" claims the tail."""
    index = state.entities
    for i, j in run_.windows(top, 1):
        if not all(run_.listed[i:j]) or any(i < b and a < j for a, b in run_.known):
            continue
        folded = tuple(run_.folded[i:j])
        forms = index.same_but_accents(folded)
        if not forms:
            continue
        toks = run_.texts[i:j]
        if index.is_known(toks, folded):
            run_.known.append((i, j))
            if j - i > 1 and any(f.kind in PERSON_KINDS for f in forms):
                run_.people.append((i, j))
            continue
        slip = accents(forms, toks, i, j, state.options)
        if slip is not None:
            run_.slips.append(slip)
            run_.covered[i:j] = [True] * (j - i)


def _near(state: State, run_: _Run, top: int) -> None:
    """Near misses, which may hold a shorter listed form ("Luis Inácio Lula da Silva" holds
    the alias "Lula da Silva"; "Kim Jung Un" the acronym "UN"). Two to four words that are
    none are kept for the comparison within the article; one word is neither."""
    for i, j in run_.windows(top, 2):
        size = j - i
        if run_.stop[i] or any(
            i < b and a < j and not (i <= a and b <= j and b - a < size) for a, b in run_.known
        ):
            continue
        toks, folded = run_.texts[i:j], tuple(run_.folded[i:j])
        slip = None
        if any(run_.listed[i:j]):
            slip = misspelt(state.entities, state.options["max_edits"], toks, folded, i, j)
        if slip is not None:
            run_.slips.append(slip)
            run_.covered[i:j] = [True] * size
            run_.known = [(a, b) for a, b in run_.known if not (i <= a and b <= j)]
        elif size <= _WITHIN_MAX_WORDS and not _all_caps(toks):
            run_.unmatched.append((i, j, toks, folded))


def _place(slip: Slip, start: int, end: int) -> Hit:
    """The hit for ``slip`` where its words stand in the text."""
    found = hit(start, end, slip.names, slip.severity, slip.kind)
    if slip.kind == "spelling":
        # Only a one-letter slip is safe to fix unattended; a bigger change stays a suggestion.
        return found if slip.fixable else found._replace(fix=None)
    return found._replace(data={"kind": "diacritic"})


def warm(state: State) -> None:
    """Before workers fork: the set of listed tokens, which every article reads."""
    state.entities.folded_tokens()


# A misspelt name is wrong wherever it is printed: in a caption, a byline, a list or someone
# else's words too. Tables and data lines are left out: their abbreviations are not names.
READS = model.PROSE_KINDS | {
    model.BYLINE,
    model.LIST,
    model.CAPTION,
    model.PULL_QUOTE,
    model.QUOTE,
    model.COMMENT,
}
KIND = CheckKind(
    "entity-spelling",
    OPTIONS,
    prepare,
    run,
    doc=__doc__ or "",
    warm=warm,
    sic=True,
    reads=READS,
)
