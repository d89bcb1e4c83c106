"""repeated-headline: the headline, a dek or a subhead appearing again in the article.

Compared as folded word sequences with a word-level edit distance, so "the same headline with a
word changed" counts while a related-story line that merely shares a topic does not. Only real
display lines are originals, and only display lines and prose paragraphs are compared: a data
line, table row, list item or link block that repeats a label is never a headline.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from newslint import model
from newslint.checks.base import CheckKind, Option, Resources, options_only
from newslint.checks.duplicate_paragraph import deletion_span
from newslint.checks.similarity import block_tokens
from newslint.document import Document
from newslint.findings import Edit, Hit, RelatedSpan
from newslint.model import Block

OPTIONS = {
    "threshold": Option(
        "float",
        0.85,
        "Word-level similarity (0-1) from which a line repeats the headline.",
        minimum=0.0,
    ),
    "min_words": Option("int", 3, "Headlines shorter than this are not compared.", minimum=1),
    "originals": Option(
        "list",
        ("headline", "dek", "subhead"),
        "Block kinds whose repetition is reported (headline, dek, subhead).",
    ),
}
_NAMES = {"headline": "headline", "dek": "dek", "subhead": "subhead"}


def _may_reach(count: int, other: int, threshold: float) -> bool:
    """Whether word sequences of these lengths can be ``threshold`` alike.

    The edit distance is at least the difference in length, so the normalised similarity is
    at most shorter / longer; the margin covers rounding in the library's own arithmetic.
    """
    return min(count, other) >= (threshold - 1e-9) * max(count, other)


def run(doc: Document, options: Mapping[str, Any]) -> Iterator[Hit]:
    threshold = options["threshold"]
    roles = options["originals"]
    originals: list[tuple[Block, tuple[str, ...]]] = []
    for block in doc.prose_blocks():
        if not originals and block.kind not in roles:
            continue  # nothing to compare it with, and never an original itself
        words = block_tokens(doc, block)
        if not words:
            continue
        for orig, owords in originals:
            exact = words == owords
            if exact:
                sim = 1.0
            elif _may_reach(len(words), len(owords), threshold):
                # Imported here: few articles get this far.
                from rapidfuzz.distance import Levenshtein

                sim = Levenshtein.normalized_similarity(words, owords)
            else:
                continue
            if sim >= threshold:
                line = doc.position(orig.start)[0]
                what = _NAMES.get(orig.kind, orig.kind)
                fix = (
                    Edit(*deletion_span(doc, block), "")
                    if exact and block.syntax != "field"
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
            if block.kind in roles and len(words) >= options["min_words"]:
                originals.append((block, words))


def prepare(options: Mapping[str, Any], resources: Resources) -> Mapping[str, Any]:
    return options_only(options, resources)


def warm(options: Mapping[str, Any]) -> None:
    """A long run meets the few articles that need rapidfuzz: import it before workers fork."""
    del options
    from rapidfuzz.distance import Levenshtein  # noqa: F401


KIND = CheckKind(
    "repeated-headline",
    OPTIONS,
    prepare,
    run,
    doc=__doc__ or "",
    warm=warm,
    reads=frozenset({model.HEADLINE, model.DEK, model.SUBHEAD, model.PROSE}),
)
