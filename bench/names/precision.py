"""Precision of the in-article name findings on the whole real corpus, by independent labels.

    python bench/names/precision.py [--corpus DIR] [--details]

Runs this checkout's ``entity-spelling`` over every article of the real corpus (see
``consistency.py``) and keeps the in-article findings (kind ``inconsistent``). The labels are
``bench/names/names-*.tsv``: findings sampled from earlier runs (at most 60 per source) and
labelled TRUE / FALSE / DEBATABLE by a reader who did not write the check, by file, line and
match. Prints per source: the findings, how many of them carry a label, and the strict
precision over the labelled ones (TRUE over all labelled; DEBATABLE counts against).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DEFAULT_CORPUS = Path(tempfile.gettempdir()) / "newslint-realcorpus" / "real"
SOURCES = {"bbc": ("bbc-",), "reuters": ("reuters-tm-", "reuters-weka-"), "abc": ("abc-lee-",)}


def source_of(file_id: str) -> str:
    return next(s for s, prefixes in SOURCES.items() if file_id.startswith(prefixes))


def labels() -> dict[tuple[str, int, str], tuple[str, str]]:
    """(file id, line, match) -> (label, reason), the later file winning."""
    found: dict[tuple[str, int, str], tuple[str, str]] = {}
    for path in sorted(HERE.glob("names-*.tsv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row.get("label"):
                    key = (row["file_id"], int(row["line"]), row["match"])
                    found[key] = (row["label"].strip().upper(), row.get("reason") or "")
    return found


def findings(corpus: Path) -> list[tuple[str, int, str, str]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    cmd = [sys.executable, "-m", "newslint", "check", "--format", "json", "--no-cache"]
    cmd += ["--exit-zero", "--select", "entity-spelling", str(corpus)]
    with tempfile.TemporaryDirectory() as cwd:  # no project config is picked up
        proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, check=True)
    out = []
    for f in json.loads(proc.stdout)["files"]:
        for d in f["diagnostics"]:
            if (d.get("data") or {}).get("kind") == "inconsistent":
                suggestion = (d.get("suggestions") or [""])[0]
                out.append((Path(f["path"]).stem, d["line"], d["match"], suggestion))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--details", action="store_true", help="list unlabelled and false findings")
    args = ap.parse_args()
    known = labels()
    counts: Counter[tuple[str, str]] = Counter()
    for file_id, line, match, suggestion in findings(args.corpus):
        source = source_of(file_id)
        label, reason = known.get((file_id, line, match), ("", ""))
        counts[(source, "findings")] += 1
        counts[(source, label or "unlabelled")] += 1
        if args.details and label != "TRUE":
            print(
                f"{label or 'unlabelled':10} {file_id}:{line} {match!r} -> {suggestion!r} {reason}"
            )
    print("| source | in-article findings | labelled | TRUE | FALSE | DEBATABLE | precision |")
    print("|---|---|---|---|---|---|---|")
    for source in (*SOURCES, "all"):
        keys = list(SOURCES) if source == "all" else [source]
        n = {k: sum(counts[(s, k)] for s in keys) for k in ("findings", "TRUE", "FALSE")}
        debatable = sum(counts[(s, "DEBATABLE")] for s in keys)
        labelled = n["TRUE"] + n["FALSE"] + debatable
        precision = f"{n['TRUE'] / labelled:.2f}" if labelled else "—"
        print(
            f"| {source} | {n['findings']} | {labelled} | {n['TRUE']} | {n['FALSE']} "
            f"| {debatable} | {precision} |"
        )


if __name__ == "__main__":
    main()
