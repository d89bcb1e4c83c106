"""newslint: an editorial linter for news articles.

The public API (imported lazily, so ``import newslint`` stays cheap)::

    from newslint import load_config, lint_text, lint_paths, Linter

``lint_text`` and ``lint_paths`` return the same findings as ``newslint check``; everything
they return is a frozen, picklable dataclass.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = [
    "Config",
    "FileResult",
    "Finding",
    "Linter",
    "Report",
    "Severity",
    "__version__",
    "lint_paths",
    "lint_text",
    "load_config",
]

if TYPE_CHECKING:
    from newslint.api import lint_paths, lint_text
    from newslint.config import Config, load_config
    from newslint.findings import FileResult, Finding, Report, Severity
    from newslint.linter import Linter

_HOME = {
    "Config": "newslint.config",
    "load_config": "newslint.config",
    "FileResult": "newslint.findings",
    "Finding": "newslint.findings",
    "Report": "newslint.findings",
    "Severity": "newslint.findings",
    "Linter": "newslint.linter",
    "lint_paths": "newslint.api",
    "lint_text": "newslint.api",
}


def __getattr__(name: str) -> Any:
    if name in _HOME:
        import importlib

        return getattr(importlib.import_module(_HOME[name]), name)
    raise AttributeError(f"module 'newslint' has no attribute {name!r}")
