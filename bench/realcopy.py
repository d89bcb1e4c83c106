"""Measure newslint on real, professionally edited copy: findings, CI failures, precision.

    python bench/realcopy.py [--corpus DIR] [--ignore grammar] [--grammar-sample N]
                             [--with RULE] [--sample N --write-todo FILE] [--list-failing]

Runs this checkout's newslint (``python -m newslint check --format json --no-cache
--exit-zero``, default rules and config) over the real corpus that
``/work/shared/tools/realcorpus.py`` builds (default ``<temp dir>/newslint-realcorpus/real``)
and prints, per rule and source (bbc, reuters = reuters-tm + reuters-weka, abc = abc-lee):
findings per 1,000 articles, the labelled findings with their strict precision
(TRUE / (TRUE + FALSE + DEBATABLE)) and how many current findings have no label; and per
source the share of articles that would fail CI. Whether a severity fails CI is read from
newslint itself: one file whose worst finding has that severity is checked again without
``--exit-zero`` and its exit status says.

Labels live in ``bench/labels/real.tsv`` (file_id, line, rule, match, label, reason). A label
belongs to a current finding with the same file id, line, rule and match key. The match key is
the matched text when it is short (at most 40 characters, one line), else its first three words
and a hash, so that no label file carries more than a few words of an article.
The corpus text is not openly licensed: never commit it, nor any of it in a label.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path(tempfile.gettempdir()) / "newslint-realcorpus" / "real"
DEFAULT_LABELS = ROOT / "bench" / "labels" / "real.tsv"
SOURCES = {"bbc": ("bbc-",), "reuters": ("reuters-tm-", "reuters-weka-"), "abc": ("abc-lee-",)}
LABELS = ("TRUE", "FALSE", "DEBATABLE")
COLUMNS = ("file_id", "line", "rule", "match", "label", "reason")
SEVERITIES = ("error", "warning", "info")
TARGETS = {"error": 0.95, "warning": 0.9, "info": 0.8}  # issue 19's precision bar
MAX_MATCH = 40
GRAMMAR = "grammar"


@dataclass(frozen=True)
class Hit:
    """One finding of the current run, reduced to what labelling needs."""

    file_id: str
    source: str
    line: int
    rule: str
    severity: str
    match: str
    message: str

    @property
    def key(self) -> tuple[str, int, str, str]:
        return (self.file_id, self.line, self.rule, self.match)


def match_key(text: str) -> str:
    """The match as stored in a label: short text as is, long text as three words and a hash."""
    if len(text) <= MAX_MATCH and "\n" not in text and "\t" not in text:
        return text
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    return " ".join(text.split()[:3]) + "…#" + digest


def source_of(file_id: str) -> str | None:
    for source, prefixes in SOURCES.items():
        if file_id.startswith(prefixes):
            return source
    return None


def newslint(
    args: Sequence[str], paths: Sequence[Path], *, exit_zero: bool = True
) -> tuple[int, dict]:
    """Run this checkout's newslint on ``paths``; its exit status and parsed JSON report."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    cmd = [sys.executable, "-m", "newslint", "check", "--format", "json", "--no-cache"]
    cmd += [*(["--exit-zero"] if exit_zero else []), *args, *map(str, paths)]
    with tempfile.TemporaryDirectory() as cwd:  # no config discovered from the caller's directory
        proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True)
    if proc.returncode not in (0, 1) or not proc.stdout.strip():
        sys.exit(f"newslint failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
    report = json.loads(proc.stdout)
    if report.get("errors"):
        sys.exit(f"newslint could not check: {report['errors'][:3]}")
    return proc.returncode, report


def hits_of(report: dict) -> list[Hit]:
    hits = []
    for entry in report["files"]:
        file_id = Path(entry["path"]).stem
        source = source_of(file_id)
        if source is None:
            continue
        for d in entry["diagnostics"]:
            hits.append(
                Hit(
                    file_id,
                    source,
                    d["line"],
                    d["rule"],
                    d["severity"],
                    match_key(d["match"]),
                    d["message"],
                )
            )
    return hits


def failing_severities(
    args: Sequence[str], paths: dict[str, Path], hits: Iterable[Hit]
) -> set[str]:
    """The severities that fail CI with the defaults, each read from one real exit status."""
    worst: dict[str, str] = {}
    for h in hits:
        if h.file_id not in worst or SEVERITIES.index(h.severity) < SEVERITIES.index(
            worst[h.file_id]
        ):
            worst[h.file_id] = h.severity
    failing = set()
    for severity in SEVERITIES:
        probe = sorted(f for f, s in worst.items() if s == severity)
        if probe:
            status, _ = newslint(args, [paths[probe[0]]], exit_zero=False)
            if status == 1:
                failing.add(severity)
    return failing


def load_labels(path: Path) -> dict[tuple[str, int, str, str], tuple[str, str]]:
    labels: dict[tuple[str, int, str, str], tuple[str, str]] = {}
    if not path.exists():
        return labels
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(
            csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), start=2
        ):
            label = (row.get("label") or "").strip().upper()
            if label not in LABELS:
                sys.exit(f"{path}:{n}: label must be one of {', '.join(LABELS)}, not {label!r}")
            key = (row["file_id"], int(row["line"]), row["rule"], row["match"])
            labels[key] = (label, row.get("reason") or "")
    return labels


def table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


def precision(counts: Counter[str]) -> str:
    n = sum(counts[x] for x in LABELS)
    return f"{counts['TRUE'] / n:.2f}" if n else "—"


def rule_rows(
    hits: list[Hit], labels: dict, articles: dict[str, int], grammar_articles: dict[str, int]
) -> list[list[object]]:
    groups: dict[tuple[str, str], list[Hit]] = defaultdict(list)
    for h in hits:
        groups[(h.rule, h.source)].append(h)
    rows: list[list[object]] = []
    for rule in sorted({r for r, _ in groups}):
        for source in SOURCES:
            group = groups.get((rule, source), [])
            base = (grammar_articles if rule == GRAMMAR and grammar_articles else articles)[source]
            severities = (
                ",".join(s for s in SEVERITIES if any(h.severity == s for h in group)) or "—"
            )
            counts = Counter(labels[h.key][0] for h in group if h.key in labels)
            unlabelled = sum(1 for h in group if h.key not in labels)
            per_1k = f"{1000 * len(group) / base:.1f}" if base else "—"
            trio = f"{counts['TRUE']}/{counts['FALSE']}/{counts['DEBATABLE']}"
            rows.append(
                [
                    rule,
                    source,
                    severities,
                    len(group),
                    base,
                    per_1k,
                    trio,
                    precision(counts),
                    unlabelled,
                ]
            )
    return rows


def target_rows(hits: list[Hit], labels: dict) -> list[list[object]]:
    """Labelled precision per rule, severity and source against issue 19's bar for the severity."""
    counts: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    for h in hits:
        if h.key in labels:
            counts[(h.rule, h.severity, h.source)][labels[h.key][0]] += 1
    rows: list[list[object]] = []
    for (rule, severity, source), c in sorted(counts.items()):
        n = sum(c[x] for x in LABELS)
        ok = "yes" if c["TRUE"] / n >= TARGETS[severity] else "NO"
        rows.append([rule, severity, source, n, precision(c), TARGETS[severity], ok])
    return rows


def fail_rows(
    hits: list[Hit], failing: set[str], articles: dict[str, int], label: str
) -> list[list[object]]:
    failed: dict[str, set[str]] = defaultdict(set)
    for h in hits:
        if h.severity in failing:
            failed[h.source].add(h.file_id)
    rows: list[list[object]] = []
    for source in SOURCES:
        n = articles[source]
        share = f"{100 * len(failed[source]) / n:.1f}%" if n else "—"
        rows.append([label, source, n, len(failed[source]), share])
    return rows


def print_failing(hits: list[Hit], failing: set[str], labels: dict) -> None:
    """Each article that fails CI, its failing findings and their labels (? when unlabelled)."""
    by_file: dict[tuple[str, str], list[Hit]] = defaultdict(list)
    for h in hits:
        if h.severity in failing:
            by_file[(h.source, h.file_id)].append(h)
    print("\nsource\tarticle\tfailing findings (rule:line:label)\thas a TRUE one")
    for (source, file_id), group in sorted(by_file.items()):
        marks = [f"{h.rule}:{h.line}:{labels.get(h.key, ('?',))[0]}" for h in group]
        true = any(labels.get(h.key, ("",))[0] == "TRUE" for h in group)
        print(f"{source}\t{file_id}\t{' '.join(marks)}\t{'yes' if true else 'no'}")


def write_todo(path: Path, hits: list[Hit], labels: dict, per_group: int, seed: int) -> int:
    """Top each rule and source up to ``per_group`` labelled findings with a seeded sample."""
    groups: dict[tuple[str, str], dict[tuple[str, int, str, str], Hit]] = defaultdict(dict)
    for h in hits:
        groups[(h.rule, h.source)].setdefault(h.key, h)
    rows = []
    for (rule, source), by_key in sorted(groups.items()):
        done = sum(1 for k in by_key if k in labels)
        todo = sorted(k for k in by_key if k not in labels)
        rng = random.Random(f"{seed}:{rule}:{source}")
        for key in rng.sample(todo, min(len(todo), max(0, per_group - done))):
            h = by_key[key]
            rows.append(
                [h.file_id, h.line, h.rule, h.match, "", "", h.severity, h.source, h.message]
            )
    lines = [[*COLUMNS, "severity", "source", "message"], *rows]
    # plain tab-joined lines, as load_labels reads them: no quoting, no escapes
    cell = [[str(c).replace("\t", " ").replace("\n", " ") for c in r] for r in lines]
    text = "".join("\t".join(r) + "\n" for r in cell)
    path.write_text(text, encoding="utf-8")
    return len(rows)


def pick(paths: dict[str, Path], per_source: int, seed: int) -> dict[str, Path]:
    chosen: dict[str, Path] = {}
    for source in SOURCES:
        ids = sorted(f for f in paths if source_of(f) == source)
        for f in random.Random(f"{seed}:grammar:{source}").sample(ids, min(per_source, len(ids))):
            chosen[f] = paths[f]
    return chosen


def count(paths: Iterable[str]) -> dict[str, int]:
    n = Counter(source_of(f) for f in paths)
    return {s: n[s] for s in SOURCES}


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="directory of <source>-<id>.txt"
    )
    ap.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    ap.add_argument("--ignore", action="append", default=[], help="rule ids to skip (repeatable)")
    ap.add_argument(
        "--grammar-sample", type=int, metavar="N", help="grammar on N articles per source only"
    )
    ap.add_argument(
        "--sample", type=int, metavar="N", help="with --write-todo: top each rule/source up to N"
    )
    ap.add_argument(
        "--write-todo", type=Path, metavar="FILE", help="TSV of unlabelled findings to label"
    )
    ap.add_argument(
        "--with",
        dest="extra",
        action="append",
        default=[],
        metavar="RULE",
        help="also measure this rule that is off by default, in a run of its own over every "
        "article (repeatable); its findings are not in the CI share, which is the defaults'",
    )
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--list-failing", action="store_true", help="list the articles that fail CI")
    opts = ap.parse_args(argv)
    if bool(opts.sample) != bool(opts.write_todo):
        ap.error("--sample and --write-todo go together")
    paths = {p.stem: p for p in sorted(opts.corpus.glob("*.txt")) if source_of(p.stem)}
    if not paths:
        sys.exit(f"no corpus articles in {opts.corpus}: run /work/shared/tools/realcorpus.py first")
    ignore = list(opts.ignore) + ([GRAMMAR] if opts.grammar_sample is not None else [])
    args = [f"--ignore={','.join(ignore)}"] if ignore else []
    _, report = newslint(args, list(paths.values()))
    hits = hits_of(report)
    failing = failing_severities(args, paths, hits)
    articles = count(paths)
    grammar_articles: dict[str, int] = {}
    fails = fail_rows(
        hits, failing, articles, "without grammar" if GRAMMAR in ignore else "all rules"
    )
    if opts.grammar_sample:
        sample = pick(paths, opts.grammar_sample, opts.seed)
        grammar_hits = hits_of(newslint(["--select", GRAMMAR], list(sample.values()))[1])
        grammar_articles = count(sample)
        with_grammar = [h for h in hits if h.file_id in sample] + grammar_hits
        fails += fail_rows(with_grammar, failing, grammar_articles, "grammar sample, all rules")
        hits += grammar_hits
    for rule in opts.extra:
        hits += hits_of(newslint(["--select", rule], list(paths.values()))[1])
    labels = load_labels(opts.labels)
    print(f"newslint at {ROOT} on {opts.corpus} ({len(paths)} articles)")
    print(f"severities that fail CI with the defaults: {', '.join(sorted(failing)) or 'none'}\n")
    head = [
        "rule",
        "source",
        "severity",
        "findings",
        "articles",
        "per 1k",
        "T/F/D",
        "precision",
        "unlabelled",
    ]
    print(table(head, rule_rows(hits, labels, articles, grammar_articles)))
    print()
    print(table(["run", "source", "articles", "fail CI", "share"], fails))
    print()
    head = ["rule", "severity", "source", "labelled", "precision", "bar", "meets bar"]
    print(table(head, target_rows(hits, labels)))
    if opts.list_failing:
        print_failing(hits, failing, labels)
    if opts.write_todo:
        n = write_todo(opts.write_todo, hits, labels, opts.sample, opts.seed)
        print(f"\nwrote {n} findings to label to {opts.write_todo}")


if __name__ == "__main__":
    main()
