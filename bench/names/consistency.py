"""In-article consistency of names on real copy: one name spelled two ways in one article.

    python bench/names/consistency.py sample [--per-source 60,50,40] [--seed 20]
    python bench/names/consistency.py score [--corpus DIR] [--labels TSV] [--details]

``sample`` writes ``bench/names/consistency-sample.txt``: a seeded random sample of article
file ids of the real corpus (``/work/shared/tools/realcorpus.py`` builds it in
``<temp dir>/newslint-realcorpus/real``), so many per source (bbc, reuters, abc). A reader
who did not write the check reads every sampled article and lists each name (a person, a
company, a place, a title) that the article spells two ways, as labels only, never text, in
``bench/names/consistency.tsv``:

    file_id  line_a  spelling_a  line_b  spelling_b  right  note

``spelling_a`` and ``spelling_b`` are the two spellings as written (the few words of the name,
as short as shows the difference); ``right`` is ``a``, ``b`` or ``?`` (which is correct, when
the article or common knowledge says); ``note`` one line. A name spelled three ways is two
rows against the commonest spelling. An article read with nothing found is a row with
``line_a`` 0 and the other columns empty, so that read articles are known.

``score`` runs this checkout's newslint (``python -m newslint check --format json --select
entity-spelling``, default rules) over the labelled articles and prints:

* recall: the share of labelled pairs where some entity-spelling finding covers one of the two
  spellings on its line (an in-article finding, or one against the list) or names both
  spellings on another line; and the same over the pairs whose note does not start
  ``borderline`` (the reader's mark for a style choice an editor might leave);
* precision: of the findings of kind ``inconsistent`` (one name spelled two ways, no list
  behind it) in the read articles, the share that name a labelled pair (its match one spelling
  and its suggestion the other; a finding that asks which of two forms used as often is right
  suggests nothing and names the other form in its ``data``, ``other``);
* direction: of those that suggest, the share whose suggestion is the spelling the reader
  marked right.

The corpus text is not openly licensed: never commit it, nor any of it beyond the names.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
HERE = ROOT / "bench" / "names"
SAMPLE = HERE / "consistency-sample.txt"
LABELS = HERE / "consistency.tsv"
DEFAULT_CORPUS = Path(tempfile.gettempdir()) / "newslint-realcorpus" / "real"
SOURCES = {"bbc": ("bbc-",), "reuters": ("reuters-tm-", "reuters-weka-"), "abc": ("abc-lee-",)}
COLUMNS = ("file_id", "line_a", "spelling_a", "line_b", "spelling_b", "right", "note")
TARGETS = {"recall": 0.8, "precision": 0.95}  # issue 20
# The samples whose readers were told not to list a possessive typed with a straight double
# quote ('Opec"s'): the findings on one are left out of their precision.
QUOTES_UNASKED = frozenset(f"consistency-heldout{n}.tsv" for n in range(4, 14))


@dataclass(frozen=True)
class Pair:
    file_id: str
    line_a: int
    a: str
    line_b: int
    b: str
    right: str
    borderline: bool = False  # the reader's note says "borderline:" (a style choice)


@dataclass(frozen=True)
class Finding:
    file_id: str
    line: int
    match: str
    suggestion: str  # or, where it suggests nothing, the other form it names
    kind: str
    suggested: bool = True


def source_of(file_id: str) -> str:
    return next(s for s, prefixes in SOURCES.items() if file_id.startswith(prefixes))


def fold(text: str) -> str:
    return " ".join(text.replace("’", "'").casefold().split())


def _spaced(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def sample(corpus: Path, per_source: list[int], seed: int) -> list[str]:
    """A seeded random sample of file ids, ``per_source`` of each source in SOURCES order."""
    rng = random.Random(seed)
    ids = sorted(p.stem for p in corpus.glob("*.txt"))
    chosen: list[str] = []
    for (source, prefixes), n in zip(SOURCES.items(), per_source, strict=True):
        pool = [i for i in ids if i.startswith(prefixes)]
        if len(pool) < n:
            sys.exit(f"only {len(pool)} {source} articles in {corpus}")
        chosen += sorted(rng.sample(pool, n))
    return chosen


def load(path: Path) -> tuple[set[str], list[Pair]]:
    """The read file ids and the labelled pairs."""
    read: set[str] = set()
    pairs: list[Pair] = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            read.add(row["file_id"])
            if int(row["line_a"] or 0) == 0:
                continue
            pairs.append(
                Pair(
                    row["file_id"],
                    int(row["line_a"]),
                    row["spelling_a"],
                    int(row["line_b"]),
                    row["spelling_b"],
                    (row.get("right") or "?").strip(),
                    (row.get("note") or "").strip().startswith("borderline"),
                )
            )
    return read, pairs


def run_newslint(corpus: Path, file_ids: list[str], entities: list[Path]) -> list[Finding]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    paths = [str(corpus / f"{i}.txt") for i in file_ids]
    cmd = [sys.executable, "-m", "newslint", "check", "--format", "json", "--no-cache"]
    cmd += [arg for path in entities for arg in ("--entities", str(path.resolve()))]
    cmd += ["--exit-zero", "--select", "entity-spelling", *paths]
    with tempfile.TemporaryDirectory() as cwd:  # no project config is picked up
        proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, check=True)
    found = []
    for f in json.loads(proc.stdout)["files"]:
        file_id = Path(f["path"]).stem
        for d in f["diagnostics"]:
            data = d.get("data") or {}
            # On a tie the finding suggests nothing and names the other form in its data.
            suggestion = (d.get("suggestions") or [data.get("other", "")])[0]
            kind = data.get("kind", "")
            suggested = bool(d.get("suggestions"))
            found.append(Finding(file_id, d["line"], d["match"], suggestion, kind, suggested))
    return found


def covers(finding: Finding, line: int, spelling: str, exact: bool = False) -> bool:
    """Whether the finding is on ``line`` and its match holds the spelling or is held by it
    (with its capitals, when ``exact``)."""
    to_key = _spaced if exact else fold
    a, b = to_key(finding.match), to_key(spelling)
    return finding.line == line and (a in b or b in a)


def found(finding: Finding, pair: Pair) -> bool:
    """Whether the finding reports the pair: it covers either spelling on the line the reader
    gave, or it names both spellings on another line (the reader gives each spelling's first
    line; the check may report a later writing of the same spelling)."""
    exact = fold(pair.a) == fold(pair.b)  # the spellings differ by their capitals alone
    return (
        covers(finding, pair.line_a, pair.a, exact)
        or covers(finding, pair.line_b, pair.b, exact)
        or names_pair(finding, pair)
    )


def names_pair(finding: Finding, pair: Pair) -> bool:
    """Whether the finding's match is one spelling of the pair and its suggestion the other,
    on any line: the labels give the line of each spelling's first occurrence only."""
    m, s = fold(finding.match), fold(finding.suggestion)
    a, b = fold(pair.a), fold(pair.b)
    if a == b:  # the spellings differ by their capitals alone: compare them as written
        m, s = _spaced(finding.match), _spaced(finding.suggestion)
        a, b = _spaced(pair.a), _spaced(pair.b)
    return any(
        bool(m) and bool(s) and (m in x or x in m) and (s in y or y in s)
        for x, y in ((a, b), (b, a))
    )


def score(corpus: Path, labels: Path, details: bool, entities: list[Path]) -> None:
    read, pairs = load(labels)
    quotes_unasked = labels.name in QUOTES_UNASKED
    findings = run_newslint(corpus, sorted(read), entities)
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        by_file[f.file_id].append(f)
    rows = []
    totals = dict.fromkeys(("pairs", "found", "clear", "clear found", "claims", "right"), 0)
    totals.update(directed=0, well=0)
    unasked_all = 0
    for source in SOURCES:
        mine = [p for p in pairs if source_of(p.file_id) == source]
        hit = [p for p in mine if any(found(f, p) for f in by_file[p.file_id])]
        clear = [p for p in mine if not p.borderline]
        clear_hit = [p for p in hit if not p.borderline]
        claims = [
            f for f in findings if f.kind == "inconsistent" and source_of(f.file_id) == source
        ]
        right = [
            f for f in claims if any(names_pair(f, p) for p in pairs if p.file_id == f.file_id)
        ]
        # A possessive typed with a straight double quote (Kuwait"s beside Kuwait's): the
        # readers of the fifth sample on were told not to list it, so their sample cannot say.
        unasked = [f for f in claims if quotes_unasked and f not in right and '"s' in f.match]
        claims = [f for f in claims if f not in unasked]
        unasked_all += len(unasked)
        directed = well = 0
        for f in right:
            pair = next(p for p in pairs if p.file_id == f.file_id and names_pair(f, p))
            if f.suggested and pair.right in ("a", "b"):
                directed += 1
                wanted = fold(pair.a if pair.right == "a" else pair.b)
                s = fold(f.suggestion)
                good = s in wanted or wanted in s
                well += good
                if details and not good:
                    print(f"against {f.file_id}:{f.line} {f.match!r} -> {f.suggestion!r}")
        n_read = sum(source_of(i) == source for i in read)
        counts = (len(mine), len(hit), len(clear), len(clear_hit), len(claims), len(right))
        rows.append((source, n_read, *counts, directed, well))
        for key, value in zip(totals, (*counts, directed, well), strict=True):
            totals[key] += value
        if details:
            for p in mine:
                if p not in hit:
                    tag = "missed? " if p.borderline else "missed  "
                    print(f"{tag}{p.file_id}:{p.line_a} {p.a!r} / {p.line_b} {p.b!r}")
            for f in claims:
                if f not in right:
                    print(f"false   {f.file_id}:{f.line} {f.match!r} -> {f.suggestion!r}")
            for f in unasked:
                print(f"unasked {f.file_id}:{f.line} {f.match!r} -> {f.suggestion!r}")
    header = ("source", "articles read", "pairs", "found", "recall", "recall, not borderline")
    header += ("inconsistent findings", "right", "precision", "direction right")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    t = totals
    everything = ("all", len(read), *(t[k] for k in t))
    for source, n_read, n_pairs, n_hit, n_clear, n_clear_hit, n_claims, n_right, directed, well in (
        *rows,
        everything,
    ):
        print(
            f"| {source} | {n_read} | {n_pairs} | {n_hit} | {_ratio(n_hit, n_pairs)} "
            f"| {_ratio(n_clear_hit, n_clear)} ({n_clear_hit}/{n_clear}) | {n_claims} "
            f"| {n_right} | {_ratio(n_right, n_claims)} | {well}/{directed} |"
        )
    if unasked_all:
        print(
            f"not scored: {unasked_all} inconsistent findings on a possessive typed with a"
            " straight double quote (the readers were told not to list them)"
        )
    print(f"targets: recall >= {TARGETS['recall']}, precision >= {TARGETS['precision']}")


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "—"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("sample", "score"))
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--per-source", default="60,50,40", help="articles of bbc,reuters,abc")
    ap.add_argument("--seed", type=int, default=20)
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--details", action="store_true", help="list misses and false findings")
    ap.add_argument(
        "--entities",
        type=Path,
        action="append",
        default=[],
        help="a known-entities list to check against too, as a newsroom would (repeatable)",
    )
    args = ap.parse_args()
    if args.command == "sample":
        ids = sample(args.corpus, [int(n) for n in args.per_source.split(",")], args.seed)
        SAMPLE.write_text("".join(f"{i}\n" for i in ids), encoding="utf-8")
        print(f"{len(ids)} file ids in {SAMPLE.relative_to(ROOT)}")
    else:
        score(args.corpus, args.labels, args.details, args.entities)


if __name__ == "__main__":
    main()
