"""The newslint language server (``newslint lsp``); needs the ``lsp`` extra (pygls)."""

from __future__ import annotations


def serve() -> None:
    """Run the language server over stdio."""
    from newslint.lsp.server import serve as _serve

    _serve()
