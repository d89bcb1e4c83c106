"""What the CLI, the language server and users' programs call.

``lint_text`` and ``lint_paths`` return the same findings as ``newslint check``; everything
they return is a frozen, picklable dataclass.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from newslint.config import Config, default_config, load_config
from newslint.findings import Finding, Report
from newslint.linter import Linter
from newslint.runner import run

__all__ = ["Linter", "lint_paths", "lint_text", "load_config"]


def lint_text(text: str, path: str = "<text>", config: Config | None = None) -> list[Finding]:
    """Lint one article held in memory with ``config`` (default: the default rule pack)."""
    return Linter(config).lint_text(text, path)


def lint_paths(
    paths: Iterable[str | Path], config: Config | None = None, *, jobs: int = 1
) -> Report:
    """Lint files and directories; the same report the CLI prints."""
    return run([str(p) for p in paths], config or default_config(), jobs=jobs).report
