"""newslint's benchmark: speed and memory on real news text, against proselint.

Usage: python bench/run.py [--quick] [--only a,c,...] [--corpus DIR] [--newslint CMD]
                           [--proselint CMD] [--output FILE.md] [--keep]

Not part of the test suite. See bench/README.md for what each row means.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import corpus
import entities
from measure import Run, ToolMissing, machine_facts, median_run, resolve, run
from report import Report, cell, count_findings, failure_note, ratio

# The commands timed. Flag names may change while newslint is young: edit them here.
# --no-cache: no run reuses another's results. Derived data keyed by content (the syllable
# table, the entity index) stays cached, as .pyc files do; the warm-up run builds it.
NEWSLINT_CHECK = ("check", "--format", "json", "--no-cache", "--ignore", "grammar")
NEWSLINT_ENTITIES_FLAG = "--entities"
NEWSLINT_GRAMMAR = ("check", "--format", "json", "--no-cache", "--select", "grammar")
PROSELINT_CHECK = ("check", "--output-format", "json")

TARGET_CORPUS = 0.15  # (a) newslint / proselint, whole set
TARGET_ONE = 1.5  # (c) newslint / proselint, one article end to end
TARGET_X10, TARGET_X100 = 11.0, 110.0  # (d) time vs x1
TARGET_ENTITIES = 1.5  # (e) 100,000 names vs 100 names
TARGET_LSP_MS = 50.0  # (g) language server re-check of a 2,000-word article
TARGET_RSS_MB = 300.0
ROWS = "acdefg"
BENCH_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True, slots=True)
class Plan:
    """Sizes and repeat counts; `--quick` shrinks them."""

    corpus_size: int | None  # None: every article
    corpus_repeats: int
    one_repeats: int
    concat_repeats: int
    subset_size: int  # rows e and f
    subset_repeats: int  # row f
    entity_repeats: int  # row e: runs of each list, alternating
    lsp_edits: int  # row g: edits re-checked


FULL = Plan(None, 3, 11, 5, 200, 3, 7, 30)
QUICK = Plan(300, 1, 5, 3, 200, 1, 3, 15)


class Bench:
    """Runs the tools over staged copies of the corpus: no run reuses another's results."""

    def __init__(self, newslint: list[str] | None, proselint: list[str] | None, work: Path):
        self.newslint = newslint
        self.proselint = proselint
        self.work = work
        self.newslint_runs: list[Run] = []
        self._n = 0

    def cold(self, argv: Sequence[str], poll: bool = False) -> Run:
        # A fresh cwd and XDG config dir per run: neither tool picks up a user config.
        # (proselint 0.16 keeps only in-process caches; older releases memoised results under
        # $XDG_CACHE_HOME/proselint, which the shared cache home below would keep: hence the pin.)
        self._n += 1
        home = self.work / "runs" / str(self._n)
        (home / "config").mkdir(parents=True)
        # One cache home for the whole session: newslint's --no-cache stops result reuse, and
        # its derived-data caches (syllables, entity index) behave as after a first run.
        env = dict(os.environ, XDG_CACHE_HOME=str(self.work / "session-cache"))
        # Python's default: the warm-up run writes .pyc files that later runs load, as on a
        # user's machine. An inherited PYTHONDONTWRITEBYTECODE would make every run recompile
        # an editable install's sources (pip byte-compiles proselint's at install time).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["XDG_CONFIG_HOME"] = str(home / "config")
        result = run(argv, cwd=home, env=env, poll=poll)
        shutil.rmtree(home, ignore_errors=True)
        return result

    def pair(
        self, args: Sequence[str], paths: Sequence[Path], repeats: int
    ) -> tuple[Run | None, Run | None]:
        """Median newslint and proselint runs over `paths`, alternating the two tools."""
        nl_runs: list[Run] = []
        ps_runs: list[Run] = []
        for _ in range(repeats):
            if self.newslint:
                nl_runs.append(self.cold([*self.newslint, *args, *map(str, paths)]))
            if self.proselint:
                ps_runs.append(self.cold([*self.proselint, *PROSELINT_CHECK, *map(str, paths)]))
        if nl_runs:
            nl_runs.append(self.memory_run([*self.newslint, *args, *map(str, paths)]))
        self.newslint_runs += nl_runs
        # proselint is one process: the kernel's ru_maxrss of each timed run is its peak.
        return (median_run(nl_runs) if nl_runs else None, median_run(ps_runs) if ps_runs else None)

    def memory_run(self, argv: Sequence[str]) -> Run:
        """One more run with the process tree's memory polled. (newslint's workers are separate
        processes that ru_maxrss does not add up; the poller's thread would take CPU from them
        in a timed run.) median_run counts its peak memory but not its times."""
        return self.cold(argv, poll=True)

    def newslint_only(self, args: Sequence[str], repeats: int, record: bool = True) -> Run | None:
        """Median newslint run with `args`, or None when newslint is unavailable. Unless
        `record` is false, the runs count towards the memory row (grammar runs do not: the
        memory target is for the default rules without grammar, and row f shows its own)."""
        if not self.newslint:
            return None
        runs = [self.cold([*self.newslint, *args]) for _ in range(repeats)]
        runs.append(self.memory_run([*self.newslint, *args]))
        if record:
            self.newslint_runs += runs
        return median_run(runs)


def stage(files: Sequence[Path], dest: Path) -> Path:
    """Copy articles to `dest/<source>/<name>`, outside the repository and its configs."""
    for f in files:
        target = dest / corpus.source_of(f) / f.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(f, target)
    return dest


def spread(files: Sequence[Path], n: int | None) -> list[Path]:
    """`n` articles evenly spaced through the sorted list (so every topic is represented)."""
    if n is None or n >= len(files):
        return list(files)
    return [files[i * len(files) // n] for i in range(n)]


def median_article(files: Sequence[Path]) -> Path:
    """The article of median size: a typical news story, chosen the same way every time."""
    return sorted(files, key=lambda p: (p.stat().st_size, str(p)))[len(files) // 2]


def row_corpus(b: Bench, rep: Report, files: list[Path], plan: Plan) -> None:
    """(a)+(b): the whole set, newslint without grammar vs proselint."""
    root = stage(files, b.work / "corpus")
    nl, ps = b.pair(NEWSLINT_CHECK, [root], plan.corpus_repeats)
    n = len(files)
    what = f"{n} real articles, one process, median of {plan.corpus_repeats}"
    rep.add(
        "a", f"{what}: wall", cell(nl), cell(ps), ratio(nl, ps), TARGET_CORPUS, "≤ 0.15", memory=nl
    )
    rep.add("a", "CPU (child rusage)", cell(nl, "cpu"), cell(ps, "cpu"), ratio(nl, ps, "cpu"))
    rate = [f"{n / r.wall:.0f} /s" if r and r.ok() else cell(r) for r in (nl, ps)]
    rep.add("a", "articles per second", *rate)
    rss_met = nl.rss_mb < TARGET_RSS_MB if nl and nl.ok() else None
    rep.add(
        "a", "peak memory", cell(nl, "rss_mb"), cell(ps, "rss_mb"), target="< 300 MB", met=rss_met
    )
    found = [count_findings(r) for r in (nl, ps)]
    rep.add("a", "findings reported", *("—" if c is None else str(c) for c in found))
    for label, r in (("newslint", nl), ("proselint", ps)):
        if note := failure_note(f"(a) {label}", r):
            rep.notes.append(note)


def row_one(b: Bench, rep: Report, article: Path, plan: Plan) -> None:
    """(c): one article, process start to exit."""
    path = b.work / "one" / article.name
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(article, path)
    nl, ps = b.pair(NEWSLINT_CHECK, [path], plan.one_repeats)
    size = article.stat().st_size
    what = f"one article ({path.name}, {size} B), start to exit, median of {plan.one_repeats}"
    rep.add("c", what, cell(nl), cell(ps), ratio(nl, ps), TARGET_ONE, "≤ 1.5", memory=nl)


def row_concat(b: Bench, rep: Report, article: Path, plan: Plan) -> None:
    """(d): one article repeated x1, x10, x100 in a single document."""
    text = article.read_text(encoding="utf-8")
    base: tuple[Run | None, Run | None] = (None, None)
    for times, limit, target in (
        (1, None, ""),
        (10, TARGET_X10, "≤ 11"),
        (100, TARGET_X100, "≤ 110"),
    ):
        path = b.work / "concat" / f"x{times}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join([text] * times), encoding="utf-8")
        nl, ps = b.pair(NEWSLINT_CHECK, [path], plan.concat_repeats)
        if times == 1:
            base = (nl, ps)
        ps_ratio = ratio(ps, base[1])
        ps_text = cell(ps) + ("" if ps_ratio is None else f" (x{ps_ratio:.1f})")
        kib = path.stat().st_size / 1024
        what = f"article x{times} in one file ({kib:.1f} KiB), median of {plan.concat_repeats}"
        rep.add("d", what, cell(nl), ps_text, ratio(nl, base[0]), limit, target, memory=nl)


def row_entities(b: Bench, rep: Report, subset: list[Path], plan: Plan) -> None:
    """(e): entity list of 100 vs 100,000 names, list loading included."""
    root = stage(subset, b.work / "subset")
    counts = (100, 100_000)
    argvs = []
    for count in counts:
        yaml = entities.write_entities(b.work / f"entities-{count}.yaml", count)
        argvs.append([*NEWSLINT_CHECK, NEWSLINT_ENTITIES_FLAG, str(yaml), str(root)])
        if b.newslint:  # the first run with a new list builds its index once (then cached)
            first = b.cold([*b.newslint, *argvs[-1]])
            rep.notes.append(
                f"(e) first run with the {count:,}-name list, building its index: "
                f"{first.wall:.2f} s wall; later runs load the cached index."
            )
    runs: list[Run | None] = []
    if b.newslint:
        # The two lists' runs alternate, as rows a-d alternate the two tools: a ratio of two
        # runs a few seconds apart, not of two batches the machine may run at different speeds.
        timed: list[list[Run]] = [[], []]
        for _ in range(plan.entity_repeats):
            for argv, batch in zip(argvs, timed, strict=True):
                batch.append(b.cold([*b.newslint, *argv]))
        for argv, batch in zip(argvs, timed, strict=True):
            batch.append(b.memory_run([*b.newslint, *argv]))
            b.newslint_runs += batch
            runs.append(median_run(batch))
    else:
        runs = [None, None]
    for count, nl in zip(counts, runs, strict=True):
        limit, target = (None, "") if count == 100 else (TARGET_ENTITIES, "≤ 1.5")
        what = f"{len(subset)} articles, {count:,} entities, median of {plan.entity_repeats}"
        rep.add("e", what, cell(nl), "—", ratio(nl, runs[0]), limit, target, memory=nl)
        if note := failure_note(f"(e) newslint, {count} entities", nl):
            rep.notes.append(note)


def grammar_direct(b: Bench, paths: Sequence[Path], repeats: int) -> Run | None:
    """Harper called directly over `paths`, or None without bench/grammar_direct.py.

    `python bench/grammar_direct.py FILE...` is timed like the linters (process start to exit),
    with the Python beside the newslint command, where Harper's bindings are installed.
    """
    script = BENCH_DIR / "grammar_direct.py"
    if not script.is_file() or not b.newslint:
        return None
    beside = Path(b.newslint[0]).parent / "python"
    python = str(beside) if beside.is_file() else sys.executable
    runs = [b.cold([python, str(script), *map(str, paths)]) for _ in range(repeats)]
    return median_run(runs)


def row_grammar(b: Bench, rep: Report, subset: list[Path], plan: Plan) -> None:
    """(f): newslint's grammar check vs Harper called directly."""
    root = stage(subset, b.work / "subset")
    staged = sorted(root.glob("*/*.txt"))
    what = f"grammar, {len(subset)} articles, median of {plan.subset_repeats}: vs Harper direct"
    direct = grammar_direct(b, staged, plan.subset_repeats)
    if direct is None:
        rep.add("f", what, "—", "n/a: bench/grammar_direct.py absent")
        return
    nl = b.newslint_only([*NEWSLINT_GRAMMAR, str(root)], plan.subset_repeats, record=False)
    rep.add("f", what, cell(nl), f"Harper: {cell(direct)}", ratio(nl, direct), memory=nl)
    if nl and "matches no rule" in nl.stderr:
        rep.notes.append(f"(f) newslint ran no grammar rule: {nl.stderr.strip()[:200]}")
    for label, r in (("(f) newslint grammar", nl), ("(f) grammar_direct.py", direct)):
        if note := failure_note(label, r):
            rep.notes.append(note)


def row_lsp(b: Bench, rep: Report, plan: Plan) -> None:
    """(g): the language server re-checking a 2,000-word article after an edit, in process."""
    what = f"language server: re-check of a 2,000-word article, median of {plan.lsp_edits} edits"
    script = BENCH_DIR / "lsp_bench.py"
    if not b.newslint:
        rep.add("g", what, "—", "—")
        return
    beside = Path(b.newslint[0]).parent / "python"
    python = str(beside) if beside.is_file() else sys.executable
    proc = b.cold([python, str(script), "--runs", str(plan.lsp_edits)])
    found = re.search(r"median of \d+: ([\d.]+) ms", proc.stdout)
    if found is None:
        rep.add("g", what, "failed", "—")
        rep.notes.append(f"(g) lsp_bench.py: {(proc.stderr or proc.stdout).strip()[-300:]}")
        return
    ms = float(found.group(1))
    rep.add("g", what, f"{ms:.1f} ms", target="≤ 50 ms", met=ms <= TARGET_LSP_MS)


def tool_version(cmd: list[str] | None) -> str:
    """First line of `CMD --version` (or `CMD version`), or why it is unavailable."""
    if cmd is None:
        return "not available"
    for flag in ("--version", "version"):
        proc = subprocess.run([*cmd, flag], capture_output=True, text=True, check=False)
        out = (proc.stdout or proc.stderr).strip()
        if proc.returncode == 0 and out:
            return f"{out.splitlines()[0]} ({shlex.join(cmd)})"
    return f"version unknown ({shlex.join(cmd)})"


def main(argv: Sequence[str] | None = None) -> int:
    """Parse options, run the selected rows and print the table."""
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--quick", action="store_true", help="300-article subset, fewer repeats")
    ap.add_argument("--only", default=ROWS, help="rows to run, e.g. a,c (b runs with a)")
    ap.add_argument("--corpus", type=Path, default=corpus.DEFAULT_DIR, help="real corpus folder")
    ap.add_argument("--newslint", default="newslint", help="newslint command (default: on PATH)")
    ap.add_argument("--proselint", default="proselint", help="proselint command (default: on PATH)")
    ap.add_argument("--output", type=Path, help="also write the report to this markdown file")
    ap.add_argument("--keep", action="store_true", help="keep the staged work directory")
    args = ap.parse_args(argv)
    only = set(args.only.replace(",", "").replace("b", "a").lower())
    if unknown := only - set(ROWS):
        ap.error(f"unknown rows: {', '.join(sorted(unknown))} (choose from a,b,c,d,e,f,g)")
    plan = QUICK if args.quick else FULL

    try:
        root = corpus.ensure_corpus(args.corpus)
    except corpus.CorpusError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    files = corpus.articles(root)
    tools: dict[str, list[str] | None] = {}
    for name, cmd in (("newslint", args.newslint), ("proselint", args.proselint)):
        try:
            tools[name] = resolve(shlex.split(cmd))
        except ToolMissing as err:
            print(f"warning: {name}: {err}; its cells will read n/a", file=sys.stderr)
            tools[name] = None
    if not any(tools.values()):
        print("error: neither newslint nor proselint can be run", file=sys.stderr)
        return 2

    facts = machine_facts()  # before the runs, so the load average is other work's
    busy = os.getloadavg()[0] > 0.5 * (os.cpu_count() or 1)
    work = Path(tempfile.mkdtemp(prefix="newslint-bench-"))
    bench = Bench(tools["newslint"], tools["proselint"], work)
    rep = Report()
    article = median_article(files)
    subset = spread(files, plan.subset_size)
    try:
        warm = stage([article], work / "warm")  # untimed: byte-compile and fill the page cache
        bench.pair(NEWSLINT_CHECK, [warm], 1)
        bench.newslint_runs.clear()
        steps = {
            "a": lambda: row_corpus(bench, rep, spread(files, plan.corpus_size), plan),
            "c": lambda: row_one(bench, rep, article, plan),
            "d": lambda: row_concat(bench, rep, article, plan),
            "e": lambda: row_entities(bench, rep, subset, plan),
            "f": lambda: row_grammar(bench, rep, subset, plan),
            "g": lambda: row_lsp(bench, rep, plan),
        }
        for key in ROWS:
            if key in only:
                print(f"running row {key} ...", file=sys.stderr)
                steps[key]()
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    good = [r.rss_mb for r in bench.newslint_runs if r.ok()]
    if good:
        peak = max(good)
        what = f"peak memory over all {len(good)} newslint runs without grammar (rows a-e)"
        rep.add("all", what, f"{peak:.0f} MB", target="< 300 MB", met=peak < TARGET_RSS_MB)
    rep.notes += [
        "Every timed run starts a new process in a fresh working directory with an empty "
        "XDG_CONFIG_HOME; newslint runs with --no-cache, so no run reuses results. Derived data "
        "keyed by content (newslint's syllable table and entity index, like .pyc files) is "
        "built by the untimed warm-up run, which also byte-compiles both tools and fills the OS "
        "page cache. proselint 0.16 has no on-disk result cache.",
        "newslint runs with its default --jobs (one worker per core); proselint is one process.",
        "Timed runs are not polled for memory (the poller's thread would take CPU from newslint's "
        "workers); newslint's peak memory comes from one more, untimed run per measurement that "
        "polls the process tree.",
        f"Times are medians of repeated runs; (c) uses the median-size article; (d) ratios are "
        f"newslint xk over newslint x1, proselint's own in brackets; (e) ratio is 100,000 names "
        f"over 100 names. Commands: newslint {shlex.join(NEWSLINT_CHECK)} PATHS; "
        f"proselint {shlex.join(PROSELINT_CHECK)} PATHS.",
    ]
    if busy:
        rep.notes.insert(
            0,
            "**The machine was busy when the run started** (see load average): "
            "wall times and ratios are unreliable; compare CPU seconds, or rerun idle.",
        )
    facts += [
        ("newslint", tool_version(tools["newslint"])),
        ("proselint", tool_version(tools["proselint"])),
        ("corpus", f"{len(files)} real articles (BBC, Reuters, ABC) in {root}"),
        ("mode", "quick" if args.quick else "full"),
    ]
    text = rep.render("newslint benchmark", facts)
    print(text)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
        print(f"written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
