"""``newslint lsp``: run the language server.

No ``from __future__ import annotations``: typer reads the signature on each run.
"""

from pathlib import Path
from typing import Annotated

import typer

from newslint.stages import fail


def lsp(
    config: Annotated[
        Path | None,
        typer.Option(
            "--config", "-c", help="Config file for every document (else discovered per file)."
        ),
    ] = None,
) -> None:
    """Run the language server on standard input and output (needs newslint[lsp])."""
    try:
        from newslint.lsp.server import serve
    except ImportError as exc:
        hint = "pip install 'newslint[lsp]'"
        raise fail(f"the language server needs pygls ({hint}): {exc}") from None
    problem = serve(config)
    if problem:
        raise fail(f"lsp: {problem}")
