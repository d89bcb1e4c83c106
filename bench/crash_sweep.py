"""Crash sweep: every default rule but grammar over the real corpus (bench/corpus.py), in process.

Counts crashes (an exception out of the linter, or an "internal error in rule" it caught; both
must be zero), findings per check and rule, and safe fixes; then applies ``--fix`` to every
article in memory and checks that a second pass changes nothing. Prints a table.

Run: ``python bench/crash_sweep.py [--limit N]`` (builds the corpus on first use; see
bench/corpus.py).
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

from newslint import fixer
from newslint.config import Config, default_config
from newslint.linter import Linter


def sweep_config() -> Config:
    """The default pack with every rule on (off-by-default ones too) except grammar."""
    base = default_config()
    rules = {rid: replace(r, enabled=r.check != "grammar") for rid, r in base.rules.items()}
    return replace(base, rules=rules)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="Check only the first N articles.")
    parser.add_argument("--no-fix", action="store_true", help="Skip the --fix idempotence pass.")
    args = parser.parse_args(argv)
    try:
        root = corpus.ensure_corpus()
    except corpus.CorpusError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    files = corpus.articles(root)[: args.limit or None]
    cfg = sweep_config()
    linter = Linter(cfg, use_cache=False)
    linter.prepare()

    crashes: list[str] = []
    by_rule: Counter[str] = Counter()
    check_of = {r.id: r.check for r in cfg.rules.values()}
    safe = fixed = unstable = files_with_findings = 0
    start = time.perf_counter()
    for path in files:
        data = path.read_bytes()
        try:
            outcome = linter.check_bytes(data, str(path))
        except Exception:
            crashes.append(f"{path}: {traceback.format_exc(limit=3)}")
            continue
        crashes.extend(f"{path}: {e.message}" for e in outcome.errors if e.fatal)
        if outcome.result is None or outcome.source is None:
            continue
        findings = outcome.result.findings
        files_with_findings += bool(findings)
        by_rule.update(f.rule for f in findings)
        safe += sum(f.fix_safe for f in findings)
        if args.no_fix or not any(f.fix_safe for f in findings):
            continue
        try:
            result = fixer.fix_text(linter, outcome.source, str(path))
            fixed += result.applied
            if fixer.fix_text(linter, result.text, str(path)).applied:
                unstable += 1
                crashes.append(f"{path}: --fix is not idempotent")
        except Exception:
            crashes.append(f"{path}: --fix: {traceback.format_exc(limit=3)}")
    elapsed = time.perf_counter() - start

    width = max(len(r) for r in cfg.rules)
    print(f"{'rule':<{width}}  {'check':<19} {'findings':>8}")
    for rid in sorted(cfg.rules, key=lambda r: (-by_rule[r], r)):
        if check_of[rid] != "grammar":
            print(f"{rid:<{width}}  {check_of[rid]:<19} {by_rule[rid]:>8}")
    print(f"{'total':<{width}}  {'':<19} {sum(by_rule.values()):>8}")
    print(
        f"\n{len(files)} articles in {elapsed:.1f} s ({1000 * elapsed / max(len(files), 1):.1f} "
        f"ms each); {files_with_findings} with findings; {safe} safe fixes offered, "
        f"{fixed} applied, {unstable} not idempotent; crashes: {len(crashes)}"
    )
    for c in crashes[:20]:
        print(f"CRASH {c}", file=sys.stderr)
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
