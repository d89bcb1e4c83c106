"""Running Python snippets in fresh interpreters, for tests of what a new process does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# This checkout's sources, whatever the working directory of the process.
SRC = str(Path(__file__).resolve().parents[1] / "src")


def outputs_across_hash_seeds(code: str, seeds: int = 6) -> set[str]:
    """The distinct outputs of ``python -c code`` under several string-hash seeds (a set's
    iteration order changes with the seed): one output when ``code`` does not depend on it."""
    return {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            check=True,
        ).stdout
        for seed in range(seeds)
    }


def runs_with_one_cache(
    code: str, args: list[str], home: Path, runs: int = 2
) -> list[subprocess.CompletedProcess[str]]:
    """``python -c code ARGS`` run ``runs`` times in ``home``, with one cache directory under it
    (the first run fills newslint's derived caches; the later ones read them)."""
    env = {**os.environ, "XDG_CACHE_HOME": str(home / "cache"), "PYTHONPATH": SRC}
    env.pop("GITHUB_ACTIONS", None)
    return [
        subprocess.run(
            [sys.executable, "-c", code, *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=home,
        )
        for _ in range(runs)
    ]
