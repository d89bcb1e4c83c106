"""The newslint language server (``newslint lsp``); needs the ``lsp`` extra (pygls)."""

from __future__ import annotations

from pathlib import Path


def serve(config: Path | None = None) -> str | None:
    """Run the language server over stdio; return why the input was given up, if it was."""
    from newslint.lsp.server import serve as _serve

    return _serve(config)
