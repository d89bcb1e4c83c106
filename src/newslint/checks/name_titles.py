"""A title that holds a question or an exclamation mark, written once with it and once without
(the film "Shall We Dance?" and her album, beside "proud of Shall We Dance and").

The mark is the title's own where the sentence goes on after it in lower case: it ends no
sentence there. The same words elsewhere without it are the title missing its mark.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from newslint.checks.name_capitals import Pair
from newslint.checks.name_runs import Tok, trimmed
from newslint.document import Document

_MARKS = "?!"


def lost_marks(doc: Document, runs: Iterable[Sequence[Tok]]) -> Iterator[Pair]:
    """Runs of two capitalised words or more (leading titles and function words aside)
    followed by a mark and then a word in lower case, and the same runs elsewhere without the
    mark: the rarer writing, on a tie the one without, and the other."""
    text = doc.masked
    if "?" not in text and "!" not in text:
        return  # (most articles: no title is written with a mark)
    marked: dict[tuple[str, ...], str] = {}
    seen: dict[tuple[str, ...], list[tuple[int, int, str]]] = {}
    for run in runs:
        words = trimmed(run)
        if len(words) < 2:
            continue
        key = tuple(w[0] for w in words)
        start, end = words[0][1], words[-1][2]
        mark = text[end : end + 1]
        if (
            mark
            and mark in _MARKS
            and text[end + 1 : end + 2] == " "
            and text[end + 2 : end + 3].islower()
        ):
            marked[key] = mark
        seen.setdefault(key, []).append((start, end, text[start:end]))
    for key, mark in marked.items():
        spans = seen[key]
        kept = [(s, e + 1, f"{w}{mark}") for s, e, w in spans if text[e : e + 1] == mark]
        lost = [span for span in spans if text[span[1] : span[1] + 1] != mark]
        if lost:
            yield (lost, kept) if len(lost) <= len(kept) else (kept, lost)
