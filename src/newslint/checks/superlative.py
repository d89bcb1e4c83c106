"""superlative: hype and superlatives in the reporter's own voice, with no attribution.

Three kinds of candidate: listed hype words ("historic", "groundbreaking"), -est superlatives
after a determiner or before "ever" ("the biggest", "its worst ... ever"), and most/least +
adjective ("the most sweeping"). A candidate inside a quotation, or in a sentence that carries
an attribution cue ("said", "according to", "data from"), is supported and not reported.

Measurable superlatives (biggest, highest, fastest...) are facts that wire copy states all the
time ("Europe's biggest economy", "the fifth biggest US carrier", "the highest rate since the
1930s"); they are reported only when nothing frames them: no figure or "since"/"on record" in
the sentence, no ranking ("second biggest", "one of the biggest") and no possessive scope
("Europe's", "the world's"). With "ever" they are always reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from newslint.checks.base import CheckKind, Option, Resources, word_pattern
from newslint.checks.prose import keywords
from newslint.document import Document, Sentence
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
    "measurable": Option("list", (), "Superlatives of measurable facts (reported unframed only)."),
    "frames": Option("list", (), "Regexes that frame a measurable superlative in its sentence."),
    "not_phrases": Option("list", (), "Phrases that are not claims (most recent, best way)."),
    "adjective_only": Option(
        "list", (), "Hype words that are also nouns (landmark, epic): flagged before a word only."
    ),
    "not_after": Option(
        "list",
        (),
        "Regexes for what may follow a superlative that names a thing "
        "rather than claims one (best actor award).",
    ),
    "check_est": Option("bool", True, "Report -est superlatives."),
    "check_most": Option("bool", True, "Report most/least + adjective."),
}


# Kinds of candidate (bit flags): which of the three scans a sentence needs.
_HYPE, _EST, _MOST = 1, 2, 4
_ALL = _HYPE | _EST | _MOST
# Every -est candidate contains "est" ("biggest", "best") or is "worst"; every most/least
# candidate contains "most" or "least".
_EST_KEYS = ("est", "worst")
_MOST_KEYS = ("most", "least")


class State(NamedTuple):
    hype: re.Pattern[str]
    est: re.Pattern[str]
    most: re.Pattern[str]
    attribution: re.Pattern[str]
    frames: re.Pattern[str]
    not_est: frozenset[str]
    not_phrases: frozenset[str]
    measurable: frozenset[str]
    adjective_only: frozenset[str]
    not_after: re.Pattern[str]
    # est and most, case-sensitive, for the lower-cased text (see _folded); None when a
    # determiner is not ASCII (then est and most read the text as it is)
    est_folded: re.Pattern[str] | None
    most_folded: re.Pattern[str] | None
    options: Mapping[str, Any]
    # (lower-case keyword, kind of candidate it belongs to); None: read every sentence
    keys: tuple[tuple[str, int], ...] | None


# -est superlatives (after a determiner and up to one word, or before "ever") and most/least
# + adjective; ``det``: the determiners' alternation. Letters in lower case: they run
# case-insensitively on the text, or as they are on the lower-cased text.
_EST_SOURCE = (
    r"(?:(?<![\w-])(?:{det})\s+(?:(?:\w+['’]s|\w+)\s+)??)?"
    r"(?P<w>(?<![\w-])(?:[a-z]{{2,}}est|best|worst))(?![\w-])(?P<ever>\s+ever\b)?"
)
_MOST_SOURCE = r"(?:(?<![\w-])(?:{det})\s+)?(?P<w>(?<![\w-])(?:most|least)\s+(?P<adj>[a-z-]+))"


def prepare(options: Mapping[str, Any], resources: Resources) -> State:
    del resources
    determiners = sorted(options["determiners"], key=len, reverse=True)
    det = "|".join(re.escape(d) for d in determiners) or "the"
    # On the lower-cased text, the patterns with their letters in lower case find exactly what
    # they find ignoring case on the text, when every letter is ASCII (_folded vouches for the
    # text); run case-sensitively, re no longer folds the case of each character it reads.
    folded_det = "|".join(re.escape(d.lower()) for d in determiners) or "the"
    ascii_det = all(d.isascii() for d in determiners)
    hype_keys = keywords(options["words"], ignore_case=True)
    keys = [(k, _HYPE) for k in hype_keys or ()]
    if options["check_est"]:
        keys += [(k, _EST) for k in _EST_KEYS]
    if options["check_most"]:
        keys += [(k, _MOST) for k in _MOST_KEYS]
    return State(
        hype=re.compile(word_pattern(options["words"]), re.I),
        est=re.compile(_EST_SOURCE.format(det=det), re.I),
        most=re.compile(_MOST_SOURCE.format(det=det), re.I),
        est_folded=re.compile(_EST_SOURCE.format(det=folded_det)) if ascii_det else None,
        most_folded=re.compile(_MOST_SOURCE.format(det=folded_det)) if ascii_det else None,
        attribution=re.compile(word_pattern(options["attribution"], regex=True), re.I),
        frames=re.compile("|".join(f"(?:{f})" for f in options["frames"]) or r"(?!x)x", re.I),
        not_est=frozenset(w.lower() for w in options["not_superlatives"]),
        not_phrases=frozenset(" ".join(w.lower().split()) for w in options["not_phrases"]),
        measurable=frozenset(" ".join(w.lower().split()) for w in options["measurable"]),
        adjective_only=frozenset(w.lower() for w in options["adjective_only"]),
        not_after=re.compile("|".join(f"(?:{f})" for f in options["not_after"]) or r"(?!x)x", re.I),
        options=options,
        keys=None if hype_keys is None else tuple(keys),
    )


_SCOPE = re.compile(
    r"(?:\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"[\s-]+|\bone\s+of\s+(?:the|its|their|his|her)\s+"
    r"|(?:\b[A-Z][\w.&-]*|\b(?:world|country|nation|city|state|region|continent|industry|market))"
    r"['’]s?\s+)$"
)


class _Candidate(NamedTuple):
    start: int
    end: int
    key: str  # "biggest", "most sweeping", or the hype word
    ever: bool = False


def _candidates(
    doc: Document, state: State, start: int, end: int, kinds: int, folded: str | None
) -> Iterator[_Candidate]:
    """Candidates in ``doc.masked[start:end]`` of ``kinds``; ``folded``: the text lower-cased
    (:func:`_folded`), or None."""
    text = doc.masked
    if kinds & _HYPE:
        for m in state.hype.finditer(text, start, end):
            word = m.group().lower()
            if word in state.adjective_only and not _NEXT_WORD.match(text, m.end(), end):
                continue  # "reached the landmark", "a French epic,": nouns
            yield _Candidate(m.start(), m.end(), word)
    if not kinds & (_EST | _MOST):
        return
    lower = text[start:end].lower() if folded is None else folded[start:end]
    # The same matches either way; their groups are ASCII letters, and white space has no case.
    est, most, scanned = state.est, state.most, text
    if folded is not None and state.est_folded is not None and state.most_folded is not None:
        est, most, scanned = state.est_folded, state.most_folded, folded
    if kinds & _EST and state.options["check_est"] and ("est" in lower or "ever" in lower):
        for m in est.finditer(scanned, start, end):
            word = m.group("w").lower()
            determined = m.start() < m.start("w")
            if word in state.not_est or not (determined or m.group("ever")):
                continue
            if _phrase_at(text, m.start("w"), end) in state.not_phrases:
                continue
            stop = m.end("ever") if m.group("ever") else m.end("w")
            ever = bool(m.group("ever") or _EVER_AFTER.match(text, stop, end))
            yield _Candidate(m.start("w"), stop, word, ever)
    if kinds & _MOST and state.options["check_most"] and ("most" in lower or "least" in lower):
        suffixes = tuple(state.options["adjective_suffixes"])
        for m in most.finditer(scanned, start, end):
            adj = m.group("adj").lower()
            phrase = " ".join(m.group("w").lower().split())
            determined = m.start() < m.start("w")
            if phrase in state.not_phrases or (
                adj.endswith("s") and not adj.endswith(suffixes) and adj != "famous"
            ):
                continue  # "the most users": a quantity, not a quality
            if adj.endswith(suffixes) or (determined and adj not in ("of", "part", "people")):
                yield _Candidate(m.start("w"), m.end("adj"), phrase)


_EVER_AFTER = re.compile(r"(?:\s+[\w-]+){1,2}\s+ever\b", re.I)  # "the worst storm ever"
_NEXT_WORD = re.compile(r"\s+[a-z]")


def _phrase_at(text: str, start: int, end: int) -> str:
    """The word at ``start`` and the next one, lower-cased ("best way")."""
    return " ".join(text[start : min(end, start + 40)].lower().split()[:2]).strip(".,;:!?")


def _framed(
    doc: Document, state: State, cand: _Candidate, sentence_start: int, sentence_end: int
) -> bool:
    """Whether a measurable superlative is framed by a figure, a ranking or a scope."""
    if state.not_after.match(doc.masked, cand.end, sentence_end):
        return True
    if cand.ever or cand.key not in state.measurable:
        return False
    before = doc.masked[max(sentence_start, cand.start - 40) : cand.start]
    if _SCOPE.search(before):
        return True
    return state.frames.search(doc.masked, sentence_start, sentence_end) is not None


# The non-ASCII characters that case-insensitive matching equates with an ASCII letter (the
# Kelvin sign, dotless i, long s, capital I with a dot).
_ASCII_TWIN = re.compile(r"[^\x00-\x7f](?<=(?i:[a-z]))")
_WORD_CHAR = re.compile(r"[\w-]", re.I)  # what the patterns' (?<![\w-]) and (?![\w-]) test


def _folded(doc: Document) -> str | None:
    """The masked text lower-cased, offset for offset, if an ASCII keyword occurs in it exactly
    where a case-insensitive pattern matches the keyword in the masked text; otherwise None."""
    text = doc.masked
    if not text.isascii() and _ASCII_TWIN.search(text):
        return None
    folded = doc.lowered
    return folded if len(folded) == len(text) else None


def _sentences_to_read(
    doc: Document, state: State, folded: str | None
) -> Iterator[tuple[Sentence, int]]:
    """The sentences that may hold a candidate, each with the kinds of candidate it may hold.

    Every candidate lies inside its sentence and contains a keyword ("est", "most", a hype
    word), so a substring search per keyword over the whole document, and a look at the few
    places found, stand in for three pattern scans of every sentence. ``folded``: the text
    lower-cased (:func:`_folded`); None reads every sentence.
    """
    text = doc.masked
    if folded is None or state.keys is None:
        for sentence in doc.sentences:
            yield sentence, _ALL
        return
    found: dict[int, tuple[Sentence, int]] = {}  # sentence start -> (sentence, kinds)
    for key, kind in state.keys:
        start = folded.find(key)
        while start >= 0:
            end = start + len(key)
            within = doc.sentence_at(start)
            if (
                within is not None
                and end <= within.end
                and _may_be_candidate(text, within, start, end, kind, state)
            ):
                _, kinds = found.get(within.start, (within, 0))
                found[within.start] = (within, kinds | kind)
            start = folded.find(key, start + 1)
    for sentence_start in sorted(found):
        yield found[sentence_start]


def _may_be_candidate(
    text: str, sentence: Sentence, start: int, end: int, kind: int, state: State
) -> bool:
    """Whether the keyword at ``[start, end)`` can belong to a candidate of ``kind``.

    Tests what the patterns require around it: "most"/"least" start a word; "est" or "worst"
    ends one (or the sentence), and the word is not in ``not_superlatives``.
    """
    if kind == _MOST:
        return start == 0 or not _WORD_CHAR.match(text, start - 1)
    if kind == _EST:
        if end < sentence.end and _WORD_CHAR.match(text, end):
            return False
        # Back to the start of the word: its letters are all alphabetic, and what precedes
        # it is not (or it would not start a word).
        word_start = end
        while word_start > sentence.start and text[word_start - 1].isalpha():
            word_start -= 1
        return text[word_start:end].lower() not in state.not_est
    return True


def run(doc: Document, state: State) -> Iterator[Hit]:
    folded = _folded(doc)
    for sentence, kinds in _sentences_to_read(doc, state, folded):
        attributed: bool | None = None
        found = {
            (c.start, c.end): c
            for c in _candidates(doc, state, sentence.start, sentence.end, kinds, folded)
        }
        for (start, end), cand in sorted(found.items()):
            if _framed(doc, state, cand, sentence.start, sentence.end):
                continue
            if (
                start > sentence.start
                and doc.masked[start].isupper()
                and sentence.block.role == "body"
                and not doc.masked[sentence.start : sentence.end].isupper()
            ):
                continue  # capitalised mid-sentence: part of a title ("his Greatest Hits album")
            if attributed is None:
                attributed = (
                    state.attribution.search(doc.masked, sentence.start, sentence.end) is not None
                )
            # Quotation spans last: finding them reads the whole document.
            if not attributed and not doc.in_quote(start, end):
                yield Hit(start, end)


KIND = CheckKind("superlative", OPTIONS, prepare, run, doc=__doc__ or "")
