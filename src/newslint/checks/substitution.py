"""substitution: a wrong -> right map ("Kiev" -> "Kyiv"), with the right form as the fix.

Keys are literal words or phrases matched as whole words. With ``ignore_case`` the match is
case-insensitive and the suggestion keeps the case of the map's right-hand side. A key glossed
by its right form ("Mumbai (Bombay)", "Kyiv (formerly Kiev)") is never flagged, and with
``proper_names: skip`` neither is one inside a longer name ("Bombay Stock Exchange").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex

from newslint.checks.base import CheckKind, Option, OptionError, Resources, word_pattern
from newslint.checks.gloss import glossed, in_proper_name, title_case
from newslint.checks.prose import QUOTE_POLICIES, keywords, may_match, regions, skip_quoted
from newslint.document import Document
from newslint.findings import Edit, Hit
from newslint.text import fold

OPTIONS = {
    "swap": Option("map", {}, "Wrong form -> right form."),
    "ignore_case": Option("bool", False, "Match regardless of case."),
    "whole_words": Option("bool", True, "Match keys only as whole words (not inside a word)."),
    "quotes": Option(
        "str",
        "check",
        "'check' quotations too (a misspelling is wrong everywhere) or 'skip' them.",
        QUOTE_POLICIES,
    ),
    "proper_names": Option(
        "str",
        "check",
        "'skip' a key that is part of a longer capitalised name (\"Bombay Stock Exchange\", "
        "\"Dynamo Kiev\") or 'check' it too.",
        ("skip", "check"),
    ),
    "roles": Option("list", (), "Only these block roles (headline, dek, subhead, byline, body)."),
}


_State = tuple[regex.Pattern[str], dict[str, str], tuple[str, ...] | None, Mapping[str, Any]]


def prepare(options: Mapping[str, Any], resources: Resources) -> _State:
    del resources
    swap: dict[str, str] = options["swap"]
    for wrong, right in swap.items():
        if fold(wrong) == fold(right) and wrong == right:
            raise OptionError("swap", f"{wrong!r} maps to itself")
    lookup = {(fold(k) if options["ignore_case"] else k): v for k, v in swap.items()}
    source = word_pattern(swap, whole_words=options["whole_words"])
    pattern = regex.compile(source, (regex.IGNORECASE if options["ignore_case"] else 0) | regex.V0)
    # A word of each key, looked for first: most articles hold none.
    return pattern, lookup, keywords(swap, ignore_case=options["ignore_case"]), options


def run(doc: Document, state: _State) -> Iterator[Hit]:
    pattern, lookup, keys, options = state
    if not may_match(doc, keys, options["ignore_case"]):
        return

    text = doc.masked
    names = options["proper_names"] == "skip"
    for block in regions(doc, tuple(options["roles"])):
        headline_case: bool | None = None
        for m in pattern.finditer(text, block.start, block.end):
            found = " ".join(m.group().split())
            key = fold(found) if options["ignore_case"] else found
            right = lookup.get(key)
            if (
                right is None
                or right == m.group()
                or skip_quoted(doc, m.start(), m.end(), options["quotes"])
                or glossed(text, m.start(), m.end(), right, block.start, block.end)
            ):
                continue
            if names:
                if headline_case is None:
                    headline_case = title_case(text[block.start : block.end])
                if not headline_case and in_proper_name(
                    text, m.start(), m.end(), block.start, block.end
                ):
                    continue
            yield Hit(
                m.start(),
                m.end(),
                args={"suggestion": right},
                suggestions=(right,),
                fix=Edit(m.start(), m.end(), right),
            )


KIND = CheckKind("substitution", OPTIONS, prepare, run, doc=__doc__ or "", sic=True)
