"""existence: words, phrases or patterns that should not appear (jargon, clichés, house bans).

Literal ``words`` are matched as whole words (spaces match any run of white space); ``patterns``
are regular expressions run by the ``regex`` module with a time limit per paragraph and a time
budget for the whole run (per process), so a user's pattern cannot hang a CI job: a rule that
exceeds either is switched off for the rest of the run, with one message.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import regex

from newslint.checks.base import CheckKind, Option, OptionError, Resources, word_pattern
from newslint.checks.prose import QUOTE_POLICIES, keywords, may_match, regions, skip_quoted
from newslint.document import Document
from newslint.findings import Hit

REGEX_TIMEOUT = 1.0  # seconds on one paragraph
RUN_BUDGET = 30.0  # seconds in all, per rule and process


@dataclass(slots=True)
class Budget:
    """The time a rule's patterns may still take in this process."""

    left: float


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
    return pattern, keys, options, Budget(RUN_BUDGET)


def run(doc: Document, state: _State) -> Iterator[Hit]:
    pattern, keys, options, budget = state
    if not may_match(doc, keys, options["ignore_case"]):
        return
    for block in regions(doc, tuple(options["roles"])):
        limit = min(REGEX_TIMEOUT, budget.left)
        started = time.monotonic()
        try:
            if limit <= 0:
                raise TimeoutError
            found = list(pattern.finditer(doc.masked, block.start, block.end, timeout=limit))
        except TimeoutError:
            what = (
                f"took over {REGEX_TIMEOUT}s on one paragraph"
                if limit == REGEX_TIMEOUT
                else f"used up its {RUN_BUDGET:.0f}s budget for the run"
            )
            message = f"a pattern {what} (catastrophic backtracking?)"
            raise OptionError("patterns", message) from None
        finally:
            budget.left -= time.monotonic() - started
        for m in found:
            if m.end() > m.start() and not skip_quoted(doc, m.start(), m.end(), options["quotes"]):
                yield Hit(m.start(), m.end())


KIND = CheckKind("existence", OPTIONS, prepare, run, doc=__doc__ or "")
