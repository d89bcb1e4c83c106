"""Whether the whole default linter stays linear on hostile articles (issue 23 item 10).

Usage: python bench/hostile_inputs.py [--size N] [--only TEXT]

For every piece of every built-in pattern (each non-alphanumeric character of its source and
each short literal run, as tests/test_hostile_patterns.py builds them) and for Markdown and
plain text, lints a text of N characters of that piece and one of 4N, with and without a
closing sentence, best of three. Prints each case whose time grows more than 8 times (linear
is about 4, quadratic about 16) once the longer text takes over 50 ms. The unit tests time the
patterns alone; this times everything an article goes through (masking, Markdown, blocks,
every rule). It takes several minutes.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import time
from collections.abc import Iterator

import regex

import newslint
from newslint.config import default_config
from newslint.linter import Linter

GROWTH = 8.0
MEASURABLE = 0.05
TAILS = ("", " Ab cd.\n")


def pattern_sources() -> Iterator[str]:
    """The source of every module-level pattern in newslint."""
    for info in pkgutil.walk_packages(newslint.__path__, "newslint."):
        for value in vars(importlib.import_module(info.name)).values():
            if isinstance(value, re.Pattern | regex.Pattern) and isinstance(value.pattern, str):
                yield value.pattern


def pieces(sources: Iterator[str]) -> list[str]:
    """Characters and short literal runs of the patterns, and Markdown's own markers."""
    found = {"a", "A", "1", " ", "\n", "<!-- ", "`", "``", "> ", "- ", "  - ", "[", "](", "**"}
    for source in sources:
        found |= {c for c in source if not c.isalnum()}
        for literal in re.findall(r"(?:\\.|[^\\()\[\]?+*{}|^$.])+", source):
            text = re.sub(r"\\(.)", r"\1", literal)
            if 1 < len(text) <= 6:
                found |= {text, text + " "}
    return sorted(found)


def best(lint: Linter, text: str, path: str) -> float:
    taken = []
    for _ in range(3):
        start = time.perf_counter()
        lint.lint_text(text, path)
        taken.append(time.perf_counter() - start)
    return min(taken)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=3000, help="characters of the short text")
    parser.add_argument("--only", default="", help="only pieces holding this text")
    args = parser.parse_args()
    lint = Linter(default_config().select(ignore=["grammar"]), use_cache=False)
    lint.lint_text("Warm up.", "a.md")
    todo = [p for p in pieces(pattern_sources()) if args.only in p]
    print(f"{len(todo)} pieces, {args.size} and {4 * args.size} characters")
    slow = 0
    for piece in todo:
        for path in ("a.md", "a.txt"):
            for tail in TAILS:
                small = piece * (args.size // len(piece)) + tail
                large = piece * (4 * args.size // len(piece)) + tail
                t_large = best(lint, large, path)
                if t_large < MEASURABLE:
                    continue
                ratio = t_large / max(best(lint, small, path), 1e-6)
                if ratio > GROWTH:
                    slow += 1
                    print(f"x{ratio:5.1f} {t_large:7.3f}s {piece!r} {path} {tail!r}", flush=True)
    print(f"{slow} cases grow faster than linearly")


if __name__ == "__main__":
    main()
