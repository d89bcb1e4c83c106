"""existence: words, phrases or patterns that should not appear (jargon, clichés, house bans).

Literal ``words`` are matched as whole words (spaces match any run of white space); ``patterns``
are regular expressions run by the ``regex`` module with a time limit per paragraph and a time
budget for the whole run (see :mod:`newslint.checks.timed`), so a user's pattern cannot hang a
CI job: a rule that exceeds either is switched off for the rest of the run, with one message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

import regex

from newslint.checks.base import CheckKind, Option, OptionError, Resources, word_pattern
from newslint.checks.prose import QUOTE_POLICIES, keywords, may_match, regions, skip_quoted
from newslint.checks.timed import Budget, budget, timed
from newslint.document import Document
from newslint.findings import Hit

OPTIONS = {
    "words": Option("list", (), "Words or phrases to flag, matched as whole words."),
    "patterns": Option("list", (), "Regular expressions to flag."),
    "ignore_case": Option("bool", True, "Match regardless of case."),
    "whole_words": Option("bool", True, "Match `words` only as whole words (not inside a word)."),
    "quotes": Option("str", "skip", "'skip' quotations or 'check' them too.", QUOTE_POLICIES),
    "roles": Option("list", (), "Only these block roles (headline, dek, subhead, byline, body)."),
}


def compile_patterns(
    words: tuple[str, ...], patterns: tuple[str, ...], ignore_case: bool, whole_words: bool = True
) -> regex.Pattern[str]:
    """One alternation for literal words and user regexes (each user regex compiled alone
    first, to name a bad one)."""
    if patterns:
        for i, p in enumerate(patterns):
            try:
                regex.compile(p)
            except regex.error as exc:
                raise OptionError(
                    "patterns", f"pattern {i + 1} {p!r} does not compile: {exc}"
                ) from None
    parts = []
    if words:
        parts.append(word_pattern(words, whole_words=whole_words))
    if patterns:
        parts.append("|".join(f"(?:{p})" for p in patterns))
    source = "|".join(parts) or r"(?!x)x"
    return regex.compile(source, (regex.IGNORECASE if ignore_case else 0) | regex.V0)


_State = tuple[regex.Pattern[str], tuple[str, ...] | None, Mapping[str, Any], Budget]


def prepare(options: Mapping[str, Any], resources: Resources) -> _State:
    del resources
    pattern = compile_patterns(
        options["words"], options["patterns"], options["ignore_case"], options["whole_words"]
    )
    # A word of each phrase, looked for first (most articles hold none); not for regexes.
    keys = (
        None
        if options["patterns"]
        else keywords(options["words"], ignore_case=options["ignore_case"])
    )
    return pattern, keys, options, budget()


def _scan(
    pattern: regex.Pattern[str], text: str, start: int, end: int
) -> Callable[[float], list[regex.Match[str]]]:
    return lambda limit: list(pattern.finditer(text, start, end, timeout=limit))


def run(doc: Document, state: _State) -> Iterator[Hit]:
    pattern, keys, options, spent = state
    if not may_match(doc, keys, options["ignore_case"]):
        return
    for block in regions(doc, tuple(options["roles"])):
        if options["patterns"]:  # a user's regular expressions: timed
            scan = _scan(pattern, doc.masked, block.start, block.end)
            found = timed(scan, spent, "patterns", block.end - block.start)
        else:  # whole words: linear, and timing each paragraph would cost more
            found = list(pattern.finditer(doc.masked, block.start, block.end))
        for m in found:
            if m.end() > m.start() and not skip_quoted(doc, m.start(), m.end(), options["quotes"]):
                yield Hit(m.start(), m.end())


KIND = CheckKind("existence", OPTIONS, prepare, run, doc=__doc__ or "")
