"""Superlative candidates in one sentence, and what each one measures.

Reads a sentence as tokens and finds: superlatives after a determiner or a possessive ("the
biggest", "Brown's closest", "its most sweeping"), before "ever" ("biggest ever"), compounds
("fastest-rising", "best-loved", "most-watched"), and hype words ("historic", "landmark").
Every word list comes from the rule file (:class:`Lexicon`); nothing here is tuned to a text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, NamedTuple

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_EVER = ("ever",)
_MOST = frozenset({"most", "least", "worst"})


class Token(NamedTuple):
    start: int
    end: int
    text: str
    lower: str


class Candidate(NamedTuple):
    """A superlative or hype word: ``key`` names it in the word lists ("biggest",
    "most important", "historic"); ``first`` is its first token, ``last`` the last one."""

    start: int
    end: int
    key: str
    first: int
    last: int
    ranked: bool = False  # "second biggest": a stated rank
    intensified: bool = False  # "biggest-ever", "all-time"


class Lexicon(NamedTuple):
    hype: Mapping[str, tuple[tuple[str, ...], ...]]  # first word -> phrases, longest first
    hype_nouns: frozenset[str]
    needs_determiner: frozenset[str]
    needs_record_noun: frozenset[str]
    intensified_words: frozenset[str]
    not_superlatives: frozenset[str]
    determiners: frozenset[str]
    modifiers: frozenset[str]
    ordinals: frozenset[str]
    adjective_suffixes: tuple[str, ...]
    adjectives: frozenset[str]
    function_words: frozenset[str]
    measurable: frozenset[str]
    evaluative_nouns: frozenset[str]
    figurative: frozenset[str]
    measurable_nouns: frozenset[str]
    assertion_verbs: frozenset[str]
    scope_prepositions: frozenset[str]
    adverbs: frozenset[str]
    record_nouns: frozenset[str]
    identity_ranks: frozenset[str]
    identity_nouns: frozenset[str]
    change_verbs: frozenset[str]
    level_verbs: frozenset[str]
    epithets: frozenset[str]
    reputation: frozenset[str]
    hedges: frozenset[str]
    # the assertion verbs that end like a possessive ("it's", "that's"), apostrophe straight
    contractions: frozenset[str]


def _lower_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(" ".join(w.lower().split()) for w in words)


def _by_first_word(phrases: Iterable[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in {tuple(p.lower().split()) for p in phrases if p.strip()}:
        out.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def lexicon(options: Mapping[str, Any]) -> Lexicon:
    """The word lists of a rule's options, lower-cased."""
    return Lexicon(
        hype=_by_first_word(options["words"]),
        hype_nouns=_lower_set(options["hype_nouns"]),
        needs_determiner=_lower_set(options["needs_determiner"]),
        needs_record_noun=_lower_set(options["needs_record_noun"]),
        intensified_words=_lower_set(options["intensified_words"]),
        not_superlatives=_lower_set(options["not_superlatives"]),
        determiners=_lower_set(options["determiners"]),
        modifiers=_lower_set(options["modifiers"]),
        ordinals=_lower_set(options["ordinals"]),
        adjective_suffixes=tuple(s.lower() for s in options["adjective_suffixes"]),
        adjectives=_lower_set(options["adjectives"]),
        function_words=_lower_set(options["function_words"]),
        measurable=_lower_set(options["measurable"]),
        evaluative_nouns=_lower_set(options["evaluative_nouns"]),
        figurative=_lower_set(options["figurative"]),
        measurable_nouns=_lower_set(options["measurable_nouns"]),
        assertion_verbs=_lower_set(options["assertion_verbs"]),
        scope_prepositions=_lower_set(options["scope_prepositions"]),
        adverbs=_lower_set(options["adverbs"]),
        record_nouns=_lower_set(options["record_nouns"]),
        identity_ranks=_lower_set(options["identity_ranks"]),
        identity_nouns=_lower_set(options["identity_nouns"]),
        change_verbs=_lower_set(options["change_verbs"]),
        level_verbs=_lower_set(options["level_verbs"]),
        epithets=_lower_set(options["epithets"]),
        reputation=_lower_set(options["reputation"]),
        hedges=_lower_set(options["hedges"]),
        contractions=frozenset(
            w.replace("’", "'")
            for w in _lower_set(options["assertion_verbs"])
            if w.endswith(("'s", "’s"))
        ),
    )


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Words (with inner hyphens and apostrophes) and punctuation marks of a span."""
    return [
        Token(m.start(), m.end(), m.group(), m.group().lower())
        for m in _TOKEN.finditer(text, start, end)
    ]


def is_hype(key: str, lex: Lexicon) -> bool:
    """Whether a candidate's key is one of the hype words or phrases ("historic", "game
    changer")."""
    phrase = tuple(key.split())
    return bool(phrase) and phrase in lex.hype.get(phrase[0], ())


def is_superlative(word: str, lex: Lexicon) -> bool:
    """An -est superlative ("biggest", "best", "worst"), not a noun ending in -est."""
    if word in ("best", "worst"):
        return True
    return len(word) > 4 and word.endswith("est") and word not in lex.not_superlatives


def possessive(word: str, lex: Lexicon) -> bool:
    """Whether a lower-case word is a possessive ("england's", "clubs'"), not a contraction
    of "is" or "has" ("it's", "that's", "what's": the rule's ``assertion_verbs``)."""
    return (
        len(word) > 2
        and word.endswith(("'s", "’s", "s'", "s’"))
        and word.replace("’", "'") not in lex.contractions
    )


def determined(toks: list[Token], i: int, lex: Lexicon) -> tuple[bool, bool]:
    """Whether token ``i`` follows a determiner or a possessive, allowing one modifier or
    rank between ("the very best", "its second biggest"); and whether a rank was stated."""
    if i == 0:
        return False, False
    prev = toks[i - 1].lower
    if prev in lex.determiners or possessive(prev, lex):
        return True, False
    if i >= 2 and (prev in lex.modifiers or prev in lex.ordinals or possessive(prev, lex)):
        before = toks[i - 2].lower
        if before in lex.determiners or possessive(before, lex):
            return True, prev in lex.ordinals
    return False, False


def is_content(tok: Token, lex: Lexicon) -> bool:
    """A content word: letters, not a function word."""
    return _word(tok, lex)


def _word(tok: Token | None, lex: Lexicon) -> bool:
    """A content word: letters, not a function word."""
    return tok is not None and tok.text[0].isalpha() and tok.lower not in lex.function_words


def _most_adjective(toks: list[Token], i: int, lex: Lexicon) -> int | None:
    """For "most"/"least" at ``i``: the index of the adjective it grades, or None when what
    follows is a noun ("the most goals") or a phrase ("most of")."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if not _word(nxt, lex):
        return None
    assert nxt is not None
    after = toks[i + 2] if i + 2 < len(toks) else None
    word = nxt.lower
    if word.endswith("ly") and after is not None and is_adjective(after.lower, lex):
        return i + 2  # "the most closely watched"
    if is_adjective(word, lex):
        return i + 1
    if not word.endswith("s") and _word(after, lex) and after is not None and after.text.islower():
        return i + 1  # "the most intense battle"
    return None


def is_adjective(word: str, lex: Lexicon) -> bool:
    """Whether a word after 'most' reads as an adjective (an ending, the list, a hyphen)."""
    return word.endswith(lex.adjective_suffixes) or word in lex.adjectives or "-" in word


def _before_noun(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether token ``i`` starts the noun phrase an adjective would modify: a lower-case
    content word, or capitalised words followed by one ("a landmark Supreme Court ruling"),
    not a title standing alone ("the epic Platoon.")."""
    while i < len(toks) and toks[i].text[0].isupper() and _word(toks[i], lex):
        i += 1
    return i < len(toks) and _word(toks[i], lex) and toks[i].text[0].islower()


def _hype_at(toks: list[Token], i: int, lex: Lexicon) -> int | None:
    """The last token of a hype phrase starting at ``i``, or None."""
    for phrase in lex.hype.get(toks[i].lower, ()):
        n = len(phrase)
        if i + n <= len(toks) and all(toks[i + k].lower == phrase[k] for k in range(n)):
            return i + n - 1
    return None


def find(toks: list[Token], lex: Lexicon, display: bool = False) -> Iterator[Candidate]:
    """The candidates among a sentence's tokens, in order; ``display``: a headline or dek,
    where articles are dropped ("Council passes harshest budget")."""
    i = 0
    while i < len(toks):
        word = toks[i].lower
        if not (
            word.endswith("est")
            or word in lex.hype
            or "-" in word
            or word in _MOST
            or word == "record"
        ):
            i += 1  # no candidate starts here (a cheap test before the full one)
            continue
        cand = _candidate_at(toks, i, lex, display)
        if cand is not None:
            yield cand
            i = cand.last + 1
        else:
            i += 1


def _candidate_at(toks: list[Token], i: int, lex: Lexicon, display: bool) -> Candidate | None:
    tok = toks[i]
    word = tok.lower
    last = _hype_at(toks, i, lex)
    if last is not None:
        key = " ".join(t.lower for t in toks[i : last + 1])
        if key in lex.hype_nouns and not _before_noun(toks, last + 1, lex):
            return None  # "reached the landmark", "Oliver Stone's Vietnam epic Platoon": nouns
        if key in lex.needs_record_noun:
            nxt = toks[last + 1].lower if last + 1 < len(toks) else ""
            if nxt not in lex.record_nouns and not is_superlative(nxt, lex):
                return None  # "the all-time contest"; not "an all-time high"
        if key in lex.needs_determiner and not determined(toks, i, lex)[0]:
            # "leading to", "were leading 2-0"; "a leading scientist" describes unless
            # predicated ("the fund is a leading backer")
            indefinite = i > 0 and toks[i - 1].lower in ("a", "an")
            if not (indefinite and verb_before(toks, i, lex) in lex.assertion_verbs):
                return None
        return Candidate(
            tok.start, toks[last].end, key, i, last, False, key in lex.intensified_words
        )
    if "-" in word:
        return _compound(toks, i, lex)
    if word == "record":  # "record levels", "a record crop": a measurable superlative
        nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
        if nxt in lex.record_nouns:
            return Candidate(tok.start, tok.end, word, i, i)
        return None
    is_det, ranked = determined(toks, i, lex)
    if word in ("most", "least"):
        adj = _most_adjective(toks, i, lex) if is_det else None
        if adj is None:
            return None
        # "most watched" for "most closely watched" and "most closely-watched"
        adjective = toks[adj].lower.split("-")
        # "most lucrative-ever" is "most lucrative" with its intensifier, as "biggest-ever"
        ever = len(adjective) > 1 and tuple(adjective[-1:]) == _EVER
        if ever:
            adjective = adjective[:-1]
        key = f"{word} {adjective[-1] if adjective[0].endswith('ly') else '-'.join(adjective)}"
        return Candidate(tok.start, toks[adj].end, key, i, adj, ranked, ever)
    if not is_superlative(word, lex):
        return None
    ever = i + 1 < len(toks) and toks[i + 1].lower in _EVER
    if not (is_det or ever or (display and not tok.text.isupper())):
        return None
    last = i + 1 if ever else i
    return Candidate(tok.start, toks[last].end, word, i, last, ranked)


def _compound(toks: list[Token], i: int, lex: Lexicon) -> Candidate | None:
    """ "fastest-rising", "best-loved", "biggest-ever", "most-watched", "second-biggest"."""
    tok = toks[i]
    parts = tok.lower.split("-")
    ranked = False
    if parts[0] in lex.ordinals and len(parts) > 1:
        ranked, parts = True, parts[1:]
    if parts[0] in ("most", "least") and len(parts) > 1:
        key = f"{parts[0]} {parts[1]}"
    elif is_superlative(parts[0], lex):
        key = parts[0]
    else:
        return None
    intensified = tuple(parts[1:2]) == _EVER
    return Candidate(tok.start, tok.end, key, i, i, ranked, intensified)


def next_nouns(toks: list[Token], cand: Candidate, lex: Lexicon, limit: int = 3) -> list[str]:
    """The words after a candidate up to the first function word or mark ("stars" in "the
    biggest stars of the 1950s"), at most ``limit``."""
    out: list[str] = []
    for tok in toks[cand.last + 1 : cand.last + 1 + limit]:
        if not _word(tok, lex):
            break
        out.append(tok.lower)
    return out


def is_measurable(toks: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether the candidate measures size, speed, amount or age, rather than judging
    quality, importance, fame or power. The noun decides when it says: "the biggest star"
    judges fame, "the greatest percentage rise" measures."""
    nouns = next_nouns(toks, cand, lex)
    compound = toks[cand.first].lower
    if "-" in compound and cand.key in compound.split("-")[:1]:
        # "best-selling", "highest-paid": the compound says what it measures
        return compound in lex.measurable or cand.key in lex.measurable
    if nouns and f"{cand.key}-{nouns[0]}" in lex.measurable:
        return True  # "the best paid", written as two words
    if any(w in lex.measurable_nouns for w in nouns):
        return True  # "the biggest box office hit": what it measures is named
    if cand.key.startswith(("most ", "least ")):
        return cand.key in lex.measurable  # "the most traded issues": a participle, not fame
    if cand.key in lex.figurative and any(w in lex.evaluative_nouns for w in nouns):
        return False  # "the biggest star", "the closest ally": fame, closeness, not size
    return cand.key in lex.measurable


_NOUN_PHRASE_START = frozenset({"one", "of", "among", "a", "an"})


def asserted(toks: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether a measurable superlative is asserted as news rather than used as a label.

    Asserted: a ranking with its scope ("the largest warehouse in the county", "the
    fastest-rising star of the decade") or a predicate that makes it so ("which became the
    busiest", "creating the third-largest group"). A label only identifies: "the club's
    biggest shareholders met", "Saatchi, the world's largest agency", "the worst damage".
    """
    j = cand.last + 1
    nouns = 0
    while j < len(toks) and nouns < 3 and _word(toks[j], lex):
        j, nouns = j + 1, nouns + 1
    if j + 1 < len(toks) and toks[j].lower in lex.scope_prepositions:
        scope = toks[j + 1]
        if (
            scope.lower in lex.determiners
            or scope.lower in ("this", "all")
            or possessive(scope.lower, lex)
            or scope.text[0].isupper()
        ):
            return True
    return verb_before(toks, cand.first, lex) in lex.assertion_verbs


def verb_before(toks: list[Token], first: int, lex: Lexicon) -> str | None:
    """The word before the noun phrase that starts at or before token ``first`` (past
    determiners, ranks, "one of" and adverbs): "became" in "which became the busiest",
    "is" in "is now one of the largest"; None at the start of the sentence."""
    i = verb_index(toks, first, lex)
    return toks[i].lower if i >= 0 else None


def verb_index(toks: list[Token], first: int, lex: Lexicon) -> int:
    """The index of :func:`verb_before`'s word (-1 at the start of the sentence)."""
    i = first - 1
    while i >= 0 and (
        toks[i].lower in lex.determiners
        or toks[i].lower in lex.modifiers
        or toks[i].lower in lex.ordinals
        or toks[i].lower in _NOUN_PHRASE_START
        or possessive(toks[i].lower, lex)
    ):
        i -= 1
    while i >= 0 and toks[i].lower in lex.adverbs:
        i -= 1
    return i
