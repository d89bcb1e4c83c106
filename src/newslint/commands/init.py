"""``newslint init``: write a starter config.

No ``from __future__ import annotations``: typer reads the signature on each run.
"""

from pathlib import Path
from typing import Annotated

import typer

from newslint.stages import fail


def init(
    path: Annotated[Path, typer.Argument(help="Where to write the starter config.")] = Path(
        "newslint.yaml"
    ),
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented starter newslint.yaml."""
    from newslint.starter import STARTER_CONFIG

    if (path.exists() or path.is_symlink()) and not force:
        raise fail(f"{path} already exists (use --force to overwrite)")
    from newslint.atomic import write_text

    try:
        write_text(path, STARTER_CONFIG)
    except OSError as exc:
        raise fail(f"cannot write {path}: {exc.strerror or exc}") from None
    typer.echo(f"wrote {path}")
