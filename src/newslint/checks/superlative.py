"""superlative: hype and superlatives in the reporter's own voice, with no attribution.

Three kinds of candidate: listed hype words ("historic", "groundbreaking"), -est superlatives
after a determiner or before "ever" ("the biggest", "its worst ... ever"), and most/least +
adjective ("the most sweeping"). A candidate inside a quotation, or in a sentence that carries
an attribution cue ("said", "according to", "data from"), is supported and not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from newslint.checks.base import CheckKind, Option, Resources, word_pattern
from newslint.document import Document
from newslint.findings import Hit

OPTIONS = {
    "words": Option("list", (), "Hype words and phrases flagged wherever they are unsupported."),
    "not_superlatives": Option("list", (), "Words ending in -est that are not superlatives."),
    "determiners": Option(
        "list", (), "Words after which an -est word or most/least is a superlative."
    ),
    "adjective_suffixes": Option(
        "list", (), "Endings that mark the adjective after 'most'/'least'."
    ),
    "attribution": Option("list", (), "Cues (words, phrases or regexes) that attribute a claim."),
    "check_est": Option("bool", True, "Report -est superlatives."),
    "check_most": Option("bool", True, "Report most/least + adjective."),
}


@dataclass(frozen=True, slots=True)
class State:
    hype: re.Pattern[str]
    est: re.Pattern[str]
    most: re.Pattern[str]
    attribution: re.Pattern[str]
    not_est: frozenset[str]
    options: Mapping[str, Any]


def prepare(options: Mapping[str, Any], resources: Resources) -> State:
    del resources
    det = (
        "|".join(re.escape(d) for d in sorted(options["determiners"], key=len, reverse=True))
        or "the"
    )
    return State(
        hype=re.compile(word_pattern(options["words"]), re.I),
        est=re.compile(
            rf"(?:(?<![\w-])(?:{det})\s+(?:(?:\w+['’]s|\w+)\s+)??)?(?P<w>(?<![\w-])(?:[A-Za-z]{{2,}}est|best|worst))(?![\w-])(?P<ever>\s+ever\b)?",
            re.I,
        ),
        most=re.compile(
            rf"(?:(?<![\w-])(?:{det})\s+)?(?P<w>(?<![\w-])(?:most|least)\s+(?P<adj>[A-Za-z-]+))",
            re.I,
        ),
        attribution=re.compile(word_pattern(options["attribution"], regex=True), re.I),
        not_est=frozenset(w.lower() for w in options["not_superlatives"]),
        options=options,
    )


def _candidates(doc: Document, state: State, start: int, end: int) -> Iterator[tuple[int, int]]:
    text = doc.masked
    for m in state.hype.finditer(text, start, end):
        yield m.span()
    if state.options["check_est"]:
        for m in state.est.finditer(text, start, end):
            word = m.group("w").lower()
            determined = m.start() < m.start("w")
            if word in state.not_est or not (determined or m.group("ever")):
                continue
            yield m.start("w"), m.end("ever") if m.group("ever") else m.end("w")
    if state.options["check_most"]:
        suffixes = tuple(state.options["adjective_suffixes"])
        for m in state.most.finditer(text, start, end):
            adj = m.group("adj").lower()
            determined = m.start() < m.start("w")
            if adj.endswith(suffixes) or (determined and adj not in ("of", "part", "people")):
                yield m.start("w"), m.end("adj")


def run(doc: Document, state: State) -> Iterator[Hit]:
    for sentence in doc.sentences:
        attributed: bool | None = None
        for start, end in sorted(set(_candidates(doc, state, sentence.start, sentence.end))):
            if doc.in_quote(start, end):
                continue
            if attributed is None:
                attributed = (
                    state.attribution.search(doc.masked, sentence.start, sentence.end) is not None
                )
            if not attributed:
                yield Hit(start, end)


KIND = CheckKind("superlative", OPTIONS, prepare, run, doc=__doc__ or "")
