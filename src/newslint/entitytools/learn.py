"""``newslint entities learn``: the names an archive writes one way in many articles, and the
rare near-spellings of them it also holds (the archive checks itself).

A name of two to four capitalised words (titles and function words dropped from its start,
as the entity check reads them) that appears in at least ``min_articles`` articles, always
with one spelling in the great majority of them, becomes a list entry. A spelling found in
few articles, a plausible slip of such a name (each differing word a letter or two away, as
the entity check compares names), is printed beside it as a likely error.

One word is a name too: a capitalised word standing alone (a surname on a later reference,
"Mr Khodorkovsky"; a company or a place, "Bundesbank") that is never written in lower case
in its article. A lone word found in few articles, a slip of a word that the archive uses as
a name (alone, or as the surname of a recurring name) in five times as many, is printed as a
likely error as well; a word of the dictionary only when it is a typist's slip of the name
(Rodick for Roddick), as the entity check judges it within one article.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import NamedTuple

from newslint.checks.name_consistency import abbreviated, sentence_initial
from newslint.checks.name_freq import RARE, zipf
from newslint.checks.name_references import lower_words
from newslint.checks.name_runs import capitalised_runs, is_stop, names_in
from newslint.checks.name_words import name_like
from newslint.checks.namecompare import allowed, name_cost, typists_slip
from newslint.checks.realnames import any_first_name, common_surname
from newslint.document import Document, parse
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
    alone: Counter[str] = Counter()  # folded lone words: in how many articles
    references: Counter[str] = Counter()  # folded: articles using it alone or as a surname
    written: dict[str, Counter[str]] = {}  # folded -> its spellings as written
    archive_lower: set[str] = set()  # every word the archive writes in lower case
    introduced: set[str] = set()  # lone words an article also writes as a full name's surname
    for path in files:
        try:
            text = path.read_bytes().decode("utf-8-sig", errors="replace")
        except OSError:
            continue
        doc = parse(text, str(path))
        lower = lower_words(doc)
        archive_lower |= lower
        found = set(names_in(doc))
        articles.update(found)
        for name in found:
            first_file.setdefault(name, str(path))
        lone = {fold_name(w): w for w in lone_words(doc, lower)}
        alone.update(lone.keys())
        surnames = {fold_name(n[-1]) for n in found}
        introduced |= surnames & lone.keys()  # "Steve Backley ... Backley": a name of its own
        references.update(lone.keys() | surnames)
        for key, word in lone.items():
            written.setdefault(key, Counter())[word] += 1
            first_file.setdefault((word,), str(path))
    common = [(n, k) for n, k in articles.most_common() if k >= min_articles]
    near = list(_near_spellings(articles, common, first_file, max_edits))
    for word in archive_lower & references.keys():
        del references[word]  # a word of the language, capitalised where a sentence starts
    for word in introduced:
        del alone[word]
    near += _near_words(alone, references, written, first_file, min_articles)
    near.sort(key=lambda s: (s.articles - s.common_articles, s.rare))
    return Learned([(" ".join(n), k) for n, k in common], near)


def lone_words(doc: Document, lower: AbstractSet[str]) -> set[str]:
    """Capitalised words standing alone (after any title) in a document's prose, not where a
    sentence starts and not written in lower case in it (``lower``), that may be names; not
    the plural of another name of the document ("the Scholls" beside Sophie Scholl)."""
    found = set()
    capitalised: set[str] = set()
    for run_ in capitalised_runs(doc, True):
        capitalised.update(t[0] for t in run_)
        words = [t for t in run_ if not is_stop(t[0])]
        if len(words) != 1:
            continue
        word, start, _ = words[0]
        # Where a sentence starts any word is capitalised: only one English text never
        # prints is taken for a name there.
        if words[0] is run_[0] and sentence_initial(doc.masked, start, 0) and zipf(word) > 0:
            continue
        if name_like(word) and word.lower() not in lower:
            found.add(word)
    return {w for w in found if not (w.endswith("s") and w[:-1] in capitalised)}


def _near_words(
    alone: Counter[str],
    references: Counter[str],
    written: dict[str, Counter[str]],
    first_file: dict[tuple[str, ...], str],
    min_articles: int,
) -> Iterator[NearSpelling]:
    """Lone words in under a fifth as many articles as a name of the archive (a word it never
    writes in lower case) that they are one slip away from: a letter dropped, added or
    changed after the first, or two swapped; and only a typist's slip (a doubled letter, a
    swap) when the word is itself a word of the dictionary or a first name or common surname
    (Backley is no slip of Barkley, Gerard maybe of Gerrard). Without an article around it,
    one word is judged more strictly than the entity check judges it within one."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    common = [w for w, k in references.items() if k >= min_articles]
    for key, count in alone.items():
        if references.get(key, 0) >= min_articles or key not in references:
            continue  # a name of its own, or a word of the language
        real = zipf(key) >= RARE or any_first_name(key) or common_surname(key)
        best: tuple[int, str] | None = None  # (-articles, word)
        # A spelling English text never prints is no name of its own: three times as many
        # articles against it are enough (Narobi, Bangaldesh), and it is no word either.
        unknown = zipf(key) == 0
        for other, _, _ in process.extract(
            key, common, scorer=OSA.distance, score_cutoff=1, limit=None
        ):
            other_count = references[other]
            if (
                other_count < (3 if unknown else 5) * count
                or other[0] != key[0]
                or abbreviated(key, other)
                or (real and not typists_slip(key, other))
                or allowed(key, other, 1, strict=not unknown, names=True) is None
            ):
                continue
            if best is None or -other_count < best[0]:
                best = (-other_count, other)
        if best is not None:
            rare = written[key].most_common(1)[0][0]
            spelled = written.get(best[1])
            common_word = spelled.most_common(1)[0][0] if spelled else best[1].title()
            yield NearSpelling(rare, count, common_word, references[best[1]], first_file[(rare,)])


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
                if other_count < ratio(name, other) * count or other == name:
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


def ratio(name: tuple[str, ...], other: tuple[str, ...]) -> int:
    """How many times as many articles must write ``other`` for ``name`` to be a slip of it:
    five, or three when English text never prints a word where the two differ."""
    differing = [fold_name(a) for a, b in zip(name, other, strict=True) if a != b]
    return 3 if any(zipf(w) == 0 for w in differing) else 5


def write_yaml(learned: Learned, out: Path) -> None:
    """The recurring names as a newslint entities list (YAML), with their article counts."""
    lines = ["# Names that recur in the archive (newslint entities learn); review before use.\n"]
    for name, count in learned.names:
        lines.append(f"- name: {json.dumps(name, ensure_ascii=False)}  # {count} articles\n")
    out.write_text("".join(lines), encoding="utf-8")
