"""``newslint entities learn``: the names an archive writes one way in many articles, and the
rare near-spellings of them it also holds (the archive checks itself).

A name of two to four capitalised words (titles and function words dropped from its start,
as the entity check reads them) that appears in at least ``min_articles`` articles, always
with one spelling in the great majority of them, becomes a list entry. A spelling found in
few articles, a plausible slip of such a name (each differing word a letter or two away, as
the entity check compares names), is printed beside it as a likely error.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from newslint.checks.name_runs import names_in
from newslint.checks.namecompare import name_cost
from newslint.document import parse
from newslint.entities import fold_name


class NearSpelling(NamedTuple):
    """A rare spelling of a recurring name: how many articles write each, and where."""

    rare: str
    articles: int
    common: str
    common_articles: int
    example: str  # the first file that writes it


class Learned(NamedTuple):
    names: list[tuple[str, int]]  # recurring names and in how many articles, most first
    near: list[NearSpelling]  # rare near-spellings, the rarest against the commonest first


def learn(files: Iterable[Path], min_articles: int = 3, max_edits: int = 2) -> Learned:
    """Read ``files`` (articles) and learn their recurring names."""
    articles: Counter[tuple[str, ...]] = Counter()
    first_file: dict[tuple[str, ...], str] = {}
    for path in files:
        try:
            text = path.read_bytes().decode("utf-8-sig", errors="replace")
        except OSError:
            continue
        found = set(names_in(parse(text, str(path))))
        articles.update(found)
        for name in found:
            first_file.setdefault(name, str(path))
    common = [(n, k) for n, k in articles.most_common() if k >= min_articles]
    near = list(_near_spellings(articles, common, first_file, max_edits))
    near.sort(key=lambda s: (s.articles - s.common_articles, s.rare))
    return Learned([(" ".join(n), k) for n, k in common], near)


def _near_spellings(
    articles: Counter[tuple[str, ...]],
    common: list[tuple[tuple[str, ...], int]],
    first_file: dict[tuple[str, ...], str],
    max_edits: int,
) -> Iterator[NearSpelling]:
    """Spellings in under a fifth as many articles as a recurring name they are a slip of."""
    by_word: dict[tuple[int, int, str], list[tuple[tuple[str, ...], int]]] = {}
    for name, count in common:
        for pos, word in enumerate(name):
            by_word.setdefault((len(name), pos, fold_name(word)), []).append((name, count))
    for name, count in articles.items():
        folded = tuple(map(fold_name, name))
        best: tuple[int, int, tuple[str, ...]] | None = None  # (edits, -articles, name)
        for pos, word in enumerate(folded):
            for other, other_count in by_word.get((len(name), pos, word), ()):
                if other_count < 5 * count or other == name:
                    continue
                cost = name_cost(
                    folded, tuple(map(fold_name, other)), max_edits, False, True, listed=True
                )
                if 0 < cost < 99 and (best is None or (cost, -other_count) < best[:2]):
                    best = (cost, -other_count, other)
        if best is not None:
            other = best[2]
            yield NearSpelling(
                " ".join(name), count, " ".join(other), articles[other], first_file[name]
            )


def write_yaml(learned: Learned, out: Path) -> None:
    """The recurring names as a newslint entities list (YAML), with their article counts."""
    lines = ["# Names that recur in the archive (newslint entities learn); review before use.\n"]
    for name, count in learned.names:
        lines.append(f"- name: {json.dumps(name, ensure_ascii=False)}  # {count} articles\n")
    out.write_text("".join(lines), encoding="utf-8")
