"""Baseline: check text files with harper-py directly, as newslint's Harper backend does.

The grammar check's overhead (masking, noise filter, cache) is measured against this.
Run: ``python bench/grammar_direct.py FILE...``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class DirectTiming:
    """Seconds spent, and lints found, checking files with one harper.Linter."""

    files: int
    lints: int
    setup_s: float  # import harper + Linter()
    lint_s: float  # reading and linting every file

    @property
    def total_s(self) -> float:
        """Setup plus linting."""
        return self.setup_s + self.lint_s


def time_harper_direct(paths: Sequence[Path]) -> DirectTiming:
    """Lint every file as plain text with one in-process Harper linter."""
    began = time.perf_counter()
    import harper

    linter = harper.Linter()
    ready = time.perf_counter()
    lints = 0
    for path in paths:
        lints += len(linter.lint(path.read_text(encoding="utf-8"), language="plaintext"))
    done = time.perf_counter()
    return DirectTiming(len(paths), lints, ready - began, done - ready)


if __name__ == "__main__":
    result = time_harper_direct([Path(p) for p in sys.argv[1:]])
    print(
        f"{result.files} files, {result.lints} lints: setup {result.setup_s:.2f} s, "
        f"lint {result.lint_s:.2f} s, total {result.total_s:.2f} s"
    )
