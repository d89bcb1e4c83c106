"""repeated-headline: the headline, a dek or a subhead appearing again in the article.

Compared as folded word sequences with a word-level edit distance, so "the same headline with a
word changed" counts while a related-story line that merely shares a topic does not.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from rapidfuzz.distance import Levenshtein

from newslint.checks.base import CheckKind, Option, Resources, options_only
from newslint.checks.duplicate_paragraph import deletion_span
from newslint.checks.similarity import tokens
from newslint.document import Block, Document
from newslint.findings import Edit, Hit, RelatedSpan

OPTIONS = {
    "threshold": Option(
        "float",
        0.85,
        "Word-level similarity (0-1) from which a line repeats the headline.",
        minimum=0.0,
    ),
    "min_words": Option("int", 3, "Headlines shorter than this are not compared.", minimum=1),
    "originals": Option(
        "list", ("headline", "dek", "subhead"), "Roles whose repetition is reported."
    ),
}
_NAMES = {"headline": "headline", "dek": "dek", "subhead": "subhead"}


def run(doc: Document, options: Mapping[str, Any]) -> Iterator[Hit]:
    originals: list[tuple[Block, tuple[str, ...]]] = []
    for block in doc.blocks:
        if block.kind in ("code", "html", "table") or block.role in ("byline", "summary"):
            continue
        words = tokens(doc.masked[block.start : block.end])
        if not words:
            continue
        for orig, owords in originals:
            exact = words == owords
            sim = 1.0 if exact else Levenshtein.normalized_similarity(words, owords)
            if sim >= options["threshold"]:
                line = doc.position(orig.start)[0]
                what = _NAMES.get(orig.role, orig.role)
                fix = (
                    Edit(*deletion_span(doc, block), "")
                    if exact and block.kind != "field"
                    else None
                )
                yield Hit(
                    block.start,
                    block.end,
                    args={
                        "of_line": line,
                        "what": what,
                        "how": "repeats" if exact else "nearly repeats",
                    },
                    related=(RelatedSpan(orig.start, orig.end, f"the {what}"),),
                    fix=fix,
                    data={"of_line": line, "exact": exact, "similarity": round(sim, 3)},
                )
                break
        else:
            if block.role in options["originals"] and len(words) >= options["min_words"]:
                originals.append((block, words))


def prepare(options: Mapping[str, Any], resources: Resources) -> Mapping[str, Any]:
    return options_only(options, resources)


KIND = CheckKind("repeated-headline", OPTIONS, prepare, run, doc=__doc__ or "")
