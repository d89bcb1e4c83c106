"""entity-spelling: a name close to a known entity that is not one ("Marc Rubio", "Nicolas Maduro").

Capitalised runs of two or more words are compared with the known-entities lists: a run that
matches a listed form (or alias) is fine; one that equals a form but for accents is a diacritic
slip; one that shares a word with a form and differs in the others by a letter or two (or by a
transliterated first name) is a likely misspelling. Without a list, the same name spelled two
ways in one article is reported at the rarer spelling.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from newslint import model
from newslint.checks import name_lists as lists
from newslint.checks.base import CheckKind, Option, Resources
from newslint.checks.name_charrefs import character_references
from newslint.checks.name_consistency import (
    Candidate,
    hit,
    respelt_in_full,
    sentence_initial,
    within_article,
)
from newslint.checks.name_evidence import weighed
from newslint.checks.name_lists import PERSON_KINDS, Slip, accents, misspelt
from newslint.checks.name_runs import (
    PARTICLES,
    WITHIN_MAX_WORDS,
    Tok,
    all_caps,
    capitalised_runs,
    is_stop,
)
from newslint.checks.name_titled import Settled, courtesy_title
from newslint.checks.name_variants import other_spellings
from newslint.checks.name_words import Name, Word, judge, roster
from newslint.document import Document
from newslint.entities import EntityIndex, fold_name
from newslint.findings import Hit, Severity

OPTIONS = {
    "diacritic_severity": Option(
        "str", "warning", "Severity of accent-only differences.", ("error", "warning", "info")
    ),
    "ascii_diacritic_severity": Option(
        "str",
        "off",
        "Severity of missing accents in plain ASCII copy (no accented letter, curly quote or dash) "
        "(off: not reported): a house style (or a system) without accents, not a slip.",
        ("error", "warning", "info", "off"),
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
_CACHE_SIZE = 10_000  # runs remembered in State.judged (about 1 kB each), the least recent dropped


# Words i to j (exclusive) of a run, as written and folded, that match no listed name.
_Window = tuple[int, int, tuple[str, ...], tuple[str, ...]]


class _Judgement(NamedTuple):
    """What the lists make of a run of words, by word index (see :func:`_judge`)."""

    slips: list[Slip]  # in the order found
    unmatched: list[_Window]  # two to four words, kept for the comparison within the article
    # The surnames of its names of two words or more, by the index of the word: a listed
    # form's as written, a slip's as the list spells it, a run of unlisted words' (titles
    # aside) as written; and whether a list backs it.
    surnames: list[tuple[int, str, bool]]
    alone: list[int]  # words that stand alone or after a title


class State(NamedTuple):
    entities: EntityIndex
    options: Mapping[str, Any]
    # What the lists make of each run of words met so far (see _judge): names recur, within an
    # article and across articles.
    judged: OrderedDict[tuple[str, ...], _Judgement]


def prepare(options: Mapping[str, Any], resources: Resources) -> State:
    return State(resources.entity_index(), options, OrderedDict())


def run(doc: Document, state: State) -> Iterator[Hit]:
    options = state.options
    candidates: list[Candidate] = []
    names: list[Name] = []
    words: list[Word] = []
    misspelt: list[Hit] = []  # near misses of listed names, weighed once the article is read
    unaccented = not lists.writes_beyond_ascii(doc.masked)
    runs: list[list[Tok]] = []
    for run_ in capitalised_runs(doc, True):
        runs.append(run_)
        texts = tuple([t[0] for t in run_])
        judged = _judge(state, texts)
        for slip in judged.slips:
            found = _place(slip, run_[slip.i][1], run_[slip.j - 1][2])
            if slip.kind == "spelling":
                misspelt.append(
                    found._replace(args={**found.args, "words": texts[slip.i : slip.j]})
                )
            elif unaccented and slip.kind == "diacritic":
                if options["ascii_diacritic_severity"] != "off":
                    yield lists.house_style(found, options)
            else:
                yield found
        for i, j, toks, folded in judged.unmatched:
            candidates.append((run_[i][1], run_[j - 1][2], toks, folded))
        for k, surname, listed in judged.surnames:
            names.append(Name(surname, run_[k][1], run_[k][2], listed))
        for k in judged.alone:
            text, start, end = run_[k]
            initial = sentence_initial(doc.masked, start, 0)
            block = doc.block_at(start)
            title = courtesy_title(doc.masked, start, block.start if block else 0)
            words.append(Word(text, start, end, initial, title))
    within = options["within_article"]
    severity = Severity.parse(options["within_article_severity"])
    spans: list[Hit] = []  # two spellings in the article, of names and of lone words
    if within:
        alone = Counter(fold_name(w.text) for w in words)
        spans += within_article(candidates, options["max_edits"], severity, alone)
        spans += (
            h
            for h in respelt_in_full(candidates, severity)
            if not any(s.start < h.end and h.start < s.end for s in spans)
        )
    settled = Settled(set(), set())  # what the titled-surname rule judged
    for found in judge(
        words, names, state.entities, options["max_edits"], severity, doc, within, settled
    ):
        if found.data["kind"] == "spelling":
            misspelt.append(
                found._replace(args={**found.args, "words": (doc.masked[found.start : found.end],)})
            )
        elif roster(doc, found.start, PARTICLES):
            continue  # a lone word of a team sheet, read with the prose, is no slip of it
        elif not any(h.start <= found.start and found.end <= h.end for h in spans):
            spans.append(found)  # (a word of a name reported whole is not reported again)
    spans += character_references(doc, severity)  # (before the writings they would garble)
    if within:
        spans += other_spellings(doc, runs, severity, spans + misspelt, settled)
    yield from spans
    yield from weighed(misspelt, doc)


def _judge(state: State, texts: tuple[str, ...]) -> _Judgement:
    """What the lists make of a run of words (remembered: it depends on the words alone)."""
    judged = state.judged.get(texts)
    if judged is not None:
        state.judged.move_to_end(texts)
        return judged
    if len(state.judged) >= _CACHE_SIZE:
        state.judged.popitem(last=False)
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
        self.stop = [is_stop(t) for t in texts]
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
    # A listed person's name (not inside a near miss), a slip of one, a run of unlisted words.
    surnames = [(j - 1, texts[j - 1], True) for i, j in run_.people if (i, j) in run_.known]
    surnames += [
        (slip.j - 1, slip.names[0].split()[-1], True)
        for slip in run_.slips
        if slip.kind == "spelling" and slip.person and len(slip.names) == 1
    ]
    surnames += [
        (j - 1, toks[-1], False)
        for i, j, toks, _ in run_.unmatched
        if j == n and (i == 0 or stop[i - 1])
    ]
    return _Judgement(run_.slips, run_.unmatched, surnames, alone)


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
        elif size <= WITHIN_MAX_WORDS and not all_caps(toks):
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
