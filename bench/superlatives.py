"""Score newslint's superlative rule on a labelled set of superlative candidates (issue 21).

    python bench/superlatives.py [--corpus DIR] [--details] [--all-forms]

A candidate is every occurrence of a superlative or hype form, flagged or not, labelled by a
reader by meaning: its kind (evaluative: quality, importance, fame, power; measurable: size,
speed, amount, age; intensified: with "ever", "in history", "in decades", "on record" and the
like) and whether it is a claim (in the reporter's own voice with nothing supporting it) or not.
Two halves:

* handwritten: ``bench/superlatives/articles/`` (short news articles written for this set) with
  labels in ``bench/superlatives/handwritten.tsv``;
* real: articles of the real corpus that ``/work/shared/tools/realcorpus.py`` builds (default
  ``<temp dir>/newslint-realcorpus/real``), labels only in ``bench/superlatives/real.tsv``,
  never their text.

Both TSVs have the columns file_id, line, match, occurrence (the n-th whole-word occurrence of
``match`` on the line), kind, verdict (claim / not-claim) and reason. A candidate counts as
flagged when a superlative finding on its line overlaps it. Precision is the share of flagged
candidates that are claims, recall the share of claims flagged; findings that overlap no
candidate are listed as unlabelled, to be labelled and added.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from newslint.checks.superlative_forms import FORMS

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "bench" / "superlatives"
ARTICLES = HERE / "articles"
DEFAULT_CORPUS = Path(tempfile.gettempdir()) / "newslint-realcorpus" / "real"
KINDS = ("evaluative", "measurable", "intensified")
VERDICTS = ("claim", "not-claim")
RULE = "superlative"


@dataclass(frozen=True)
class Candidate:
    half: str
    path: Path
    line: int
    start: int
    end: int
    match: str
    kind: str
    claim: bool
    reason: str


@dataclass(frozen=True)
class Span:
    path: Path
    line: int
    start: int
    end: int
    match: str


def whole_word(match: str) -> re.Pattern[str]:
    """``match`` as a whole word (so "most" is not found in "almost")."""
    head = r"\b" if match[0].isalnum() else ""
    tail = r"\b" if match[-1].isalnum() else ""
    return re.compile(head + re.escape(match) + tail)


def load(half: str, tsv: Path, resolve: dict[str, Path]) -> list[Candidate]:
    out = []
    texts: dict[Path, list[str]] = {}
    with tsv.open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        for n, row in enumerate(rows, start=2):
            where = f"{tsv.name}:{n}"
            if row["kind"] not in KINDS or row["verdict"] not in VERDICTS:
                sys.exit(f"{where}: kind must be one of {KINDS}, verdict one of {VERDICTS}")
            path = resolve.get(row["file_id"])
            if path is None or not path.exists():
                sys.exit(f"{where}: no article {row['file_id']!r}")
            if path not in texts:
                texts[path] = path.read_text(encoding="utf-8").split("\n")
            line, match = int(row["line"]), row["match"]
            text = texts[path][line - 1] if line <= len(texts[path]) else ""
            starts = [m.start() for m in whole_word(match).finditer(text)]
            n = int(row["occurrence"] or 1)
            if len(starts) < n:
                sys.exit(f"{where}: {match!r} (occurrence {n}) not on line")
            start = starts[n - 1]
            claim = row["verdict"] == "claim"
            out.append(
                Candidate(
                    half,
                    path,
                    line,
                    start,
                    start + len(match),
                    match,
                    row["kind"],
                    claim,
                    row["reason"],
                )
            )
    return out


def findings(paths: Iterable[Path], all_forms: bool = False) -> list[Span]:
    """The superlative findings of this checkout's newslint on ``paths``; with ``all_forms``,
    every form of the rule reported, not only the default ones."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    cmd = [sys.executable, "-m", "newslint", "check", "--format", "json", "--no-cache"]
    cmd += ["--exit-zero", "--select", RULE, *sorted(map(str, set(paths)))]
    with tempfile.TemporaryDirectory() as cwd:
        if all_forms:
            config = Path(cwd) / "newslint.yaml"
            config.write_text(f"rules:\n  {RULE}:\n    options:\n      forms: {list(FORMS)}\n")
            cmd[4:4] = ["--config", str(config)]
        proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"newslint failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
    spans = []
    for entry in json.loads(proc.stdout)["files"]:
        for d in entry["diagnostics"]:
            if d["rule"] == RULE and d["line"] == d["end_line"]:
                spans.append(
                    Span(
                        Path(entry["path"]),
                        d["line"],
                        d["column"] - 1,
                        d["end_column"] - 1,
                        d["match"],
                    )
                )
    return spans


def flagged(c: Candidate, spans: dict[tuple[Path, int], list[Span]]) -> bool:
    return any(s.start < c.end and c.start < s.end for s in spans.get((c.path, c.line), []))


def score(cands: Sequence[Candidate], spans: dict[tuple[Path, int], list[Span]]) -> list[str]:
    flags = [flagged(c, spans) for c in cands]
    claims = sum(c.claim for c in cands)
    hits = sum(f for f in flags)
    tp = sum(1 for c, f in zip(cands, flags, strict=True) if f and c.claim)
    p = f"{tp / hits:.2f}" if hits else "—"
    r = f"{tp / claims:.2f}" if claims else "—"
    return [str(len(cands)), str(claims), str(hits), str(tp), p, r]


def table(rows: list[list[str]]) -> str:
    head = [
        "half",
        "kind",
        "candidates",
        "claims",
        "flagged",
        "flagged claims",
        "precision",
        "recall",
    ]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    return "\n".join(out + ["| " + " | ".join(r) + " |" for r in rows])


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the real corpus directory")
    ap.add_argument("--details", action="store_true", help="list misses and false alarms")
    ap.add_argument(
        "--all-forms",
        action="store_true",
        help="report every form (epithets, plain ranks, size ranks too), as the set labels them",
    )
    opts = ap.parse_args(argv)
    own = {p.name: p.resolve() for p in ARTICLES.iterdir() if p.is_file()}
    real = {p.stem: p.resolve() for p in opts.corpus.glob("*.txt")}
    if not real:
        sys.exit(f"no real corpus in {opts.corpus}: run /work/shared/tools/realcorpus.py first")
    cands = load("handwritten", HERE / "handwritten.tsv", own) + load(
        "real", HERE / "real.tsv", real
    )
    spans: dict[tuple[Path, int], list[Span]] = defaultdict(list)
    for s in findings({c.path for c in cands}, opts.all_forms):
        spans[(s.path.resolve(), s.line)].append(s)
    rows = []
    for half in ("handwritten", "real", "both"):
        part = [c for c in cands if half in (c.half, "both")]
        for kind in (*KINDS, "all"):
            sub = [c for c in part if kind in (c.kind, "all")]
            rows.append([half, kind, *score(sub, spans)])
    forms = "every form" if opts.all_forms else "the default forms"
    print(f"newslint at {ROOT}: superlative rule ({forms}) on {len(cands)} labelled candidates\n")
    print(table(rows))
    covered = {(c.path, c.line, c.start, c.end) for c in cands}
    loose = [
        s
        for s in (x for xs in spans.values() for x in xs)
        if not any(
            p == s.path.resolve() and ln == s.line and a < s.end and s.start < b
            for p, ln, a, b in covered
        )
    ]
    print(f"\nfindings that overlap no labelled candidate: {len(loose)}")
    for s in loose:
        print(f"  {s.path.name}:{s.line}:{s.start + 1} {s.match!r}")
    if opts.details:
        for c in cands:
            f = flagged(c, spans)
            if f != c.claim:
                what = "false alarm" if f else "missed"
                print(f"{what}\t{c.half}\t{c.path.name}:{c.line}\t{c.match}\t{c.kind}\t{c.reason}")


if __name__ == "__main__":
    main()
