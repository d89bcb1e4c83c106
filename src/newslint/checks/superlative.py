"""superlative: superlatives and hype in the reporter's own voice that nothing supports.

Each candidate (:mod:`superlative_words`) is judged by what it claims:

* **evaluative** (quality, importance, fame, power: "the best", "most important", "iconic",
  "landmark") is a claim unless attributed;
* **measurable** (size, speed, amount, age: "the biggest", "fastest-rising") is a claim unless
  a figure, a stated comparison or a source sits in its sentence or the next;
* **intensified** ("ever", "in decades", "of all time", "on record") is a claim unless a
  source is given, whatever it measures.

Not claims: quotations, award names and categories, titles and proper names (capitalised
mid-sentence: "Monumental Corp", "The Greatest Showman"), idioms ("at best", "make the most
of") and descriptive senses ("the historic city of"), all from the rule file's lists
(:mod:`superlative_support`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from newslint.checks import superlative_explained as explained
from newslint.checks import superlative_forms as forms
from newslint.checks import superlative_frames as frames
from newslint.checks import superlative_options
from newslint.checks import superlative_records as records
from newslint.checks import superlative_support as support
from newslint.checks import superlative_words as words
from newslint.checks.base import CheckKind, OptionError, Resources
from newslint.document import Document, Sentence
from newslint.findings import Hit, Severity

FORMS = forms.FORMS
OPTIONS = superlative_options.OPTIONS

ADVICE = {
    "evaluative": "attribute it or describe what happened",
    "measurable": "give the figure, the comparison or the source",
    "intensified": "give the source of the record or drop it",
}


class State(NamedTuple):
    lexicon: words.Lexicon
    support: support.Support
    # Lower-case pieces every candidate holds ("est" ends "biggest", "most", the first word of
    # each hype phrase); None: read every sentence.
    keys: tuple[str, ...] | None
    # front-matter type: labels of pieces that are not the reporter's claims; None: the
    # project's default (newslint.model.OPINION_TYPES)
    opinion_types: tuple[str, ...] | None
    conditionals: frozenset[str]
    record_words: frozenset[str]
    severities: Mapping[str, Severity]
    forms: frozenset[str]


def prepare(options: Mapping[str, Any], resources: Resources) -> State:
    del resources
    hype = {w.lower().split()[0] for w in options["words"] if w.strip()}
    keys = tuple(sorted(hype | {"est", "most", "least", "worst", "record"}))
    opinion = tuple(options["opinion_types"]) or None
    conditionals = frozenset(w.lower() for w in options["conditionals"])
    records = frozenset(w.lower() for w in options["record_words"])
    return State(
        words.lexicon(options),
        support.support(options),
        keys,
        opinion,
        conditionals,
        records,
        _severities(options["severity_map"]),
        _forms(options["forms"]),
    )


def _forms(names: Any) -> frozenset[str]:
    unknown = [n for n in names if n not in FORMS]
    if unknown:
        raise OptionError("forms", f"unknown form {unknown[0]!r}; use {', '.join(FORMS)}")
    return frozenset(names)


def _severities(mapping: Mapping[str, Any]) -> dict[str, Severity]:
    out = {}
    for form, value in mapping.items():
        if form not in FORMS:
            raise OptionError("severity_map", f"unknown form {form!r}; use {', '.join(FORMS)}")
        try:
            out[form] = Severity.parse(str(value))
        except ValueError as exc:
            raise OptionError("severity_map", str(exc)) from None
    return out


class _Judgement(NamedTuple):
    kind: str
    intensifier: str | None
    form: str | None = None  # decided while judging (figured), else by superlative_forms


def _judge(
    doc: Document, sentence: Sentence, toks: list[words.Token], cand: words.Candidate, state: State
) -> _Judgement | None:
    """The kind of claim a candidate makes, or None when something supports it."""
    sup = state.support
    text = doc.masked
    if frames.label_before_name(toks, cand, state.lexicon):
        return None  # "the league's leading goal kicker, Tony Lockett, will ...": who, not news
    intensifier = "-ever" if cand.intensified else None
    intensifier = intensifier or support.intensifier(text, cand.start, sentence.end, sup)
    intensifier = intensifier or frames.perfect_clause(toks, cand, state.lexicon)
    attributed = support.attributed(doc, sentence, cand.start, sup)
    measurable = words.is_measurable(toks, cand, state.lexicon)
    if intensifier is not None:
        return _intensified(doc, sentence, toks, cand, state, intensifier, attributed)
    if attributed:
        return None
    nxt = toks[cand.last + 1].lower if cand.last + 1 < len(toks) else ""
    if frames.names_event(text, sentence.start, toks, cand, state.lexicon, sup.dates):
        return None  # "a historic third term", "the 1985 pact was a historic one"
    if cand.key in state.record_words:
        if support.figure_at(text, toks, cand.last + 1, sup):
            return None  # "an unprecedented 10-year expansion": the figure is the measure
        if nxt in state.lexicon.record_nouns and records.figure(
            doc, sentence, cand, state.lexicon, state.support
        ):
            return None  # "unprecedented levels" is "record levels": a record with its figure
    if words.is_hype(cand.key, state.lexicon) and explained.explained(
        doc, sentence, toks, cand, state.lexicon, sup
    ):
        return _Judgement("evaluative", None, "explained")  # "the first soap to win"
    if frames.identity_background(toks, cand, state.lexicon):
        return None  # "Brazil is the world's largest coffee producer": who, not news
    if measurable:
        # a record is a figure: given with the record or next to it ("Shares hit a record
        # high." / "The index closed at 2,210."), not any figure in a sentence that goes on
        record = cand.key == "record"
        if support.measured(doc, sentence, cand.start, sup, next_one=not record):
            return None
        # "record-smashing", "record levels": asserted wherever they are
        hype = words.is_hype(cand.key, state.lexicon) or record
        records_it = record or cand.key in state.record_words
        if records_it and records.figure(doc, sentence, cand, state.lexicon, sup):
            return None
        if not hype and not words.asserted(toks, cand, state.lexicon):
            return None  # a label ("the club's biggest shareholders met"), not news
        return _Judgement("measurable", None)
    return _Judgement("evaluative", None)


def _intensified(
    doc: Document,
    sentence: Sentence,
    toks: list[words.Token],
    cand: words.Candidate,
    state: State,
    intensifier: str,
    attributed: bool,
) -> _Judgement | None:
    """How a superlative with an intensifier is judged: supported by a source, or a record by
    its figure; a record whose figure the article gives elsewhere, or one whose precedent it
    states, takes a form of its own (figured, explained)."""
    sup, lex = state.support, state.lexicon
    quantified = words.is_measurable(toks, cand, lex) or records.quantified(
        doc.masked, toks, cand, lex, sup
    )
    if attributed or (quantified and records.figure(doc, sentence, cand, lex, sup)):
        return None  # "the fastest time ever recorded, 8:33.05": the record with its figure
    if quantified and records.figured_elsewhere(doc, sentence, toks, cand, lex, sup):
        return _Judgement("intensified", intensifier, "figured")  # its figure, not by it
    if explained.explained(doc, sentence, toks, cand, lex, sup):
        return _Judgement("intensified", intensifier, "explained")  # "first broadcast in"
    return _Judgement("intensified", intensifier)


def _is_name(
    doc: Document, sentence: Sentence, toks: list[words.Token], cand: words.Candidate
) -> bool:
    """A capitalised candidate in body copy that is part of a name or title ("Monumental
    Corp", "his Greatest Hits"): capitalised mid-sentence, or at the start before another
    capitalised word. Headlines in title case are read as claims."""
    first = toks[cand.first].text
    if not first[0].isupper() or sentence.block.role != "body":
        return False
    if doc.masked[sentence.start : sentence.end].isupper():
        return False
    if any(t.text[0].isalnum() for t in toks[: cand.first]):
        return True  # mid-sentence
    nxt = toks[cand.last + 1].text if cand.last + 1 < len(toks) else ""
    return nxt[:1].isupper()


def _question(doc: Document, sentence: Sentence) -> bool:
    """A question asks rather than vouches ("Is this the best side in Europe?")."""
    return doc.masked[sentence.start : sentence.end].rstrip("\"'”’)*_ ").endswith("?")


def _word_char(c: str) -> bool:
    return c.isalnum() or c in "_'’"


def _sentences(doc: Document, state: State) -> Iterator[Sentence]:
    """The sentences that may hold a candidate: a word ending in "est" that is not in
    ``not_superlatives``, or a word that is "most", "least", "worst" or starts a hype phrase.
    (A substring search per key, much cheaper than reading each sentence's words.)"""
    lowered = doc.lowered
    if state.keys is None or len(lowered) != len(doc.masked):
        yield from doc.sentences  # (lower-casing changed the offsets: read them all)
        return
    skip = state.lexicon.not_superlatives
    found: dict[int, Sentence] = {}
    for key in state.keys:
        at = lowered.find(key)
        while at >= 0:
            end = at + len(key)
            if end == len(lowered) or not _word_char(lowered[end]):
                start = at
                while start > 0 and _word_char(lowered[start - 1]):
                    start -= 1
                if (start < at and key == "est" and lowered[start:end] not in skip) or (
                    start == at and lowered[start:end] not in skip
                ):
                    sentence = doc.sentence_at(at)
                    if sentence is not None:
                        found.setdefault(sentence.start, sentence)
            at = lowered.find(key, at + 1)
    yield from (found[k] for k in sorted(found))


def _conditional(toks: list[words.Token], state: State) -> bool:
    """A hypothetical sentence ("If England lose, it will be their worst run") asserts nothing."""
    first = next((t.lower for t in toks if t.text[0].isalpha()), "")
    return first in state.conditionals


def run(doc: Document, state: State) -> Iterator[Hit]:
    hits = list(_claims(doc, state))
    # asked only of the few articles with a claim: it reads every sentence
    if hits and support.first_person_piece(doc, state.support):
        return  # a column, a pundit's piece, a review: the writer's view, not news
    yield from hits


def _claims(doc: Document, state: State) -> Iterator[Hit]:
    text = doc.masked
    # A headline or dek sums up the story: a superlative there is supported when the body
    # gives the same one with its support ("Scientists find oldest tools" over "..., the
    # oldest yet found, the team reported"). So is a record the article gives again with its
    # figure ("Fees hit record levels." ... "a record fee of $90 was set").
    held: list[tuple[str, Hit]] = []
    supported: list[tuple[Sentence, words.Candidate, str]] = []
    for sentence in _sentences(doc, state):
        if not doc.reporter_voice(sentence.block, state.opinion_types):
            continue  # an opinion piece, a review, a letter; a comment or a quotation block
        if _question(doc, sentence) or support.first_person(doc, sentence, state.support):
            continue
        toks = words.tokens(text, sentence.start, sentence.end)
        if _conditional(toks, state):
            continue
        display = sentence.block.role in ("headline", "dek", "subhead")
        for cand in words.find(toks, state.lexicon, display):
            if doc.in_quote(cand.start, cand.end) or _is_name(doc, sentence, toks, cand):
                continue
            # a hedge softens a rank ("arguably the biggest test"), not a hype word
            hedges = frozenset() if words.is_hype(cand.key, state.lexicon) else state.lexicon.hedges
            if frames.not_asserted(toks, cand, hedges) or frames.defines(toks, cand):
                continue
            judged = _judge(doc, sentence, toks, cand, state)
            if judged is None:
                if not display:
                    supported.append((sentence, cand, records.family(toks, cand)))
                continue
            if support.not_claim(text, sentence, cand.start, cand.end, state.support):
                continue
            hit = _hit(cand, judged, toks, state)
            if hit is None:
                continue  # a form the rule does not report (still read for a headline)
            family = records.family(toks, cand)
            if display or family != cand.key:
                held.append((family, hit))
            else:
                yield hit
    if held:  # (an idiom or an award name, a phrase that is no claim, supports none)
        families = {
            family
            for sentence, cand, family in supported
            if not support.not_claim(text, sentence, cand.start, cand.end, state.support)
        }
        yield from (hit for key, hit in held if key not in families)


def _hit(
    cand: words.Candidate, judged: _Judgement, toks: list[words.Token], state: State
) -> Hit | None:
    sup = state.support
    form = judged.form or forms.form_of(
        cand, judged.kind, judged.intensifier, sup.bounded, toks, state.lexicon, sup.recent
    )
    if form not in state.forms:
        return None
    detail = f' ("{judged.intensifier}")' if judged.intensifier else ""
    data: dict[str, Any] = {"kind": judged.kind, "superlative": cand.key, "form": form}
    if judged.intensifier:
        data["intensifier"] = judged.intensifier
    return Hit(
        cand.start,
        cand.end,
        args={"kind": judged.kind, "detail": detail, "advice": ADVICE[judged.kind]},
        data=data,
        severity=state.severities.get(form),
    )


def warm(state: State) -> None:
    """Before workers fork: every support pattern, which each worker would otherwise compile
    on its first articles."""
    state.support.compile_all()


KIND = CheckKind("superlative", OPTIONS, prepare, run, doc=__doc__ or "", warm=warm)
