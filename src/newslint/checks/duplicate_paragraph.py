"""duplicate-paragraph: a paragraph that repeats an earlier one, exactly or nearly.

Paragraphs are compared as folded word sequences (case, curly quotes, dashes and line wrapping
do not matter). Near copies are found through shared word shingles, and must give the same
figures: "Shr loss 55 cts" is not "Shr loss 28 cts". Only prose paragraphs and block quotations
are compared: tables, data lines, list items, notes and boilerplate recur by design. Short
paragraphs below ``min_words`` or matching ``boilerplate`` patterns are never reported.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex

from newslint import model
from newslint.checks.base import CheckKind, Option, OptionError, Resources
from newslint.checks.similarity import ShingleIndex, block_tokens, same_figures
from newslint.checks.timed import Budget, budget, timed
from newslint.document import Document
from newslint.findings import Edit, Hit, RelatedSpan
from newslint.model import Block

OPTIONS = {
    "min_words": Option("int", 8, "Paragraphs shorter than this are never duplicates.", minimum=1),
    "threshold": Option(
        "float", 0.6, "Resemblance (0-1) from which a paragraph is a near copy.", minimum=0.0
    ),
    "shingle_size": Option("int", 3, "Words per shingle for near-copy detection.", minimum=1),
    "boilerplate": Option(
        "list", (), "Regexes for lines that may legitimately recur (matched case-insensitively)."
    ),
    "near": Option("bool", True, "Also report near copies, not only exact ones."),
}


_State = tuple[Mapping[str, Any], regex.Pattern[str] | None, Budget]


def prepare(options: Mapping[str, Any], resources: Resources) -> _State:
    del resources
    try:
        pattern = (
            regex.compile("|".join(f"(?:{p})" for p in options["boilerplate"]), regex.I | regex.V0)
            if options["boilerplate"]
            else None
        )
    except regex.error as exc:
        raise OptionError("boilerplate", f"a pattern does not compile: {exc}") from None
    return options, pattern, budget()


def _boilerplate(doc: Document, block: Block, pattern: regex.Pattern[str], spent: Budget) -> bool:
    text = doc.masked[block.start : block.end].strip()
    found = timed(
        lambda limit: pattern.search(text, timeout=limit), spent, "boilerplate", len(text)
    )
    return found is not None


def deletion_span(doc: Document, block: Block) -> tuple[int, int]:
    """The span to delete to remove ``block`` with its line break (and one blank line)."""
    src = doc.source
    end = block.end
    i = end
    while i < len(src) and src[i] in " \t":
        i += 1
    if i < len(src) and src[i] in "\r\n":
        i += 2 if src.startswith("\r\n", i) else 1
        j = i
        while j < len(src) and src[j] in " \t":
            j += 1
        if j < len(src) and src[j] in "\r\n":
            i = j + (2 if src.startswith("\r\n", j) else 1)
        elif j == len(src):
            # The last paragraph: take the blank line before it, so no blank line is left at
            # the end of the file.
            return _blank_line_before(src, block.start), i
        return block.start, i
    start = block.start
    while start > 0 and src[start - 1] in " \t\r\n":
        start -= 1
    return start, end


def _blank_line_before(src: str, start: int) -> int:
    """The start of the blank line just before offset ``start`` (a line start), else ``start``."""
    j = start
    if j > 0 and src[j - 1] in "\r\n":
        j -= 2 if src[j - 2 : j] == "\r\n" else 1
        while j > 0 and src[j - 1] in " \t":
            j -= 1
        if j > 0 and src[j - 1] in "\r\n":
            return j
    return start


def run(doc: Document, state: _State) -> Iterator[Hit]:
    options, boilerplate, spent = state
    min_words = options["min_words"]
    threshold = options["threshold"] if options["near"] else 1.01
    candidates = [
        (block, words)
        for block in doc.prose_blocks()
        if len(words := block_tokens(doc, block)) >= min_words
        and not (boilerplate and _boilerplate(doc, block, boilerplate, spent))
    ]
    index = ShingleIndex(options["shingle_size"])
    seen: list[Block] = []
    seen_words: list[tuple[str, ...]] = []
    last = len(candidates) - 1
    for i, (block, words) in enumerate(candidates):
        # The last paragraph is only looked up: no later one will compare with it.
        found = index.find(words, threshold) if i == last else index.find_or_add(words, threshold)
        if (
            found is not None
            and not found.exact
            and not same_figures(words, seen_words[found.item])
        ):
            if i != last:
                index.add(words)  # a different fact told alike: a paragraph of its own
            found = None
        if found is not None:
            first = seen[found.item]
            line = doc.position(first.start)[0]
            how = "repeats" if found.exact else f"nearly repeats ({found.similarity:.0%} alike)"
            fix = Edit(*deletion_span(doc, block), "") if found.exact else None
            yield Hit(
                block.start,
                block.end,
                args={"of_line": line, "how": how, "similarity": round(found.similarity, 3)},
                related=(RelatedSpan(first.start, first.end, "first copy"),),
                fix=fix,
                data={
                    "of_line": line,
                    "exact": found.exact,
                    "similarity": round(found.similarity, 3),
                },
            )
            continue
        seen.append(block)
        seen_words.append(words)


KIND = CheckKind(
    "duplicate-paragraph",
    OPTIONS,
    prepare,
    run,
    doc=__doc__ or "",
    reads=frozenset({model.PROSE, model.QUOTE}),
)
