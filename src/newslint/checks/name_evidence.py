"""Whether a near miss of a listed name is a slip or another person: a confidence for it.

A different person is not a typo. The evidence that the written name belongs to someone else:
its differing word is itself a common real name in that place (a first name or a surname, by
the census lists), a description follows it that introduces someone ("Mark Carey, a dairy
farmer"), or the article spells it so throughout and never as listed. A common English word
as the "first name" ("Like Johnson", "Can Murray") is no name at all.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from newslint.checks.name_consistency import sentence_initial
from newslint.checks.realnames import (
    COMMON_FULL_NAME,
    COMMON_SHARED_SURNAME,
    any_first_name,
    common_first_name,
    common_surname,
    full_name_share,
    surname_share,
)
from newslint.document import Document
from newslint.findings import Hit, Severity
from newslint.lexicon import easy_words

HIGH = 0.75  # at or above: an error, with a safe fix when the slip is a letter
LOW = 0.4  # below: not reported
_BASE = 0.95
_WEIGHTS = {
    "a common real name": 0.4,
    "a name many bear": 0.2,
    "described as someone else": 0.2,
    "spelled so throughout": 0.2,
    "part of a longer name": 0.6,
}
# After the name, more of it: "Mohammed Mustafa al-Jibouri" is not Mohammad Mustafa.
_LONGER = re.compile(r" (?:al|el|bin|ibn|ben|abu|de|van|von)[- ]\w")
# After the name: ", a dairy farmer", ", an engineer", ", 34,", ", who coaches", ", aged 40",
# ", director of industry affairs": a description that introduces a person.
_DESCRIBED = re.compile(
    r"(?:['’]s?)?,\s+(?:an?\s|aged\s|who\s|whose\s|\d{1,3}[,\s]|[a-z]+\s+(?:of|at|for|in)\s)"
)


def weigh(
    written: Sequence[str],
    listed: Sequence[str],
    after: str,
    throughout: bool,
    initial: bool = True,
) -> tuple[float, list[str]]:
    """The confidence that ``written`` misspells ``listed`` (words of as many), and why it is
    lower. ``after`` is the text that follows the name; ``throughout``: the article writes it
    so more than once and never as listed; ``initial``: it starts a sentence, where any word
    is capitalised. A one-word ``written`` is a surname."""
    evidence: list[str] = []
    last = len(written) - 1
    for i, (mine, theirs) in enumerate(zip(written, listed, strict=True)):
        if mine.casefold() == theirs.casefold():
            continue
        if i == 0 and last > 0:
            if initial and common_word(mine):
                return 0.0, ["a common word, not a first name"]
            # Another first name before a surname that thousands bear: another person
            # (Tom Cook, Michael Martin), unlike one before a rarer surname (Marc Rubio).
            if common_first_name(mine) and surname_share(written[last]) >= COMMON_SHARED_SURNAME:
                evidence.append("a common real name")
        elif i == last and last > 0:
            # Another common surname after a common first name (Mark Carey, Ed Davy).
            if common_surname(mine) and common_first_name(written[0]):
                evidence.append("a common real name")
        elif last == 0 and common_surname(mine):
            evidence.append("a common real name")
    evidence = list(dict.fromkeys(evidence))
    # A full name borne by one person in a million is most likely one of them (Speaker Michael
    # Martin, coach Joe Jordan), whoever the list holds under a name a letter or two away.
    if evidence and last > 0 and full_name_share(written[0], written[last]) >= COMMON_FULL_NAME:
        evidence.append("a name many bear")
    if _LONGER.match(after):
        evidence.append("part of a longer name")
    if _DESCRIBED.match(after):
        evidence.append("described as someone else")
    if throughout:
        evidence.append("spelled so throughout")
    confidence = _BASE - sum(_WEIGHTS[e] for e in evidence)
    return round(confidence, 2), evidence


def common_word(word: str) -> bool:
    """A common English word that is no first name (Like, Can, Start): one of the Dale-Chall
    easy words (textstat's is_easy_word) and none of the census's 5,494 first names."""
    return word.lower() in easy_words() and not any_first_name(word)


def weighed(found: Sequence[Hit], doc: Document) -> Iterator[Hit]:
    """The near misses of listed names in one article, each with its confidence in ``data``:
    an error (its fix as the check made it) when high, a warning without a fix when lower,
    nothing when low. ``args["words"]`` holds the words as written (and is dropped)."""
    written = Counter(" ".join(h.args["words"]).casefold() for h in found)
    for h in found:
        words: tuple[str, ...] = h.args["words"]
        listed = h.suggestions[0].split() if len(words) > 1 else [h.suggestions[0]]
        if len(listed) != len(words):
            listed = [*words[: len(words) - len(listed)], *listed][-len(words) :]
        throughout = (
            written[" ".join(words).casefold()] > 1
            and h.suggestions[0].casefold() not in doc.lowered
        )
        after = doc.masked[h.end : h.end + 60]
        # At a sentence start, a first word the article also writes in lower case is a word
        # ("Like Johnson, ... like him"): cheaper to see than to ask textstat.
        initial = sentence_initial(doc.masked, h.start, 0)
        if initial and re.search(rf"\b{re.escape(words[0].lower())}\b", doc.masked):
            initial = False
            if len(words) > 1 and not any_first_name(words[0]):
                continue
        confidence, evidence = weigh(words, listed, after, throughout, initial)
        if confidence < LOW:
            continue
        args = {k: v for k, v in h.args.items() if k != "words"}
        data = {**h.data, "confidence": confidence, "evidence": evidence}
        if confidence >= HIGH:
            yield h._replace(args=args, data=data)
        else:
            yield h._replace(args=args, data=data, severity=Severity.WARNING, fix=None)
