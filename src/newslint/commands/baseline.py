"""``newslint baseline``: record today's findings.

No ``from __future__ import annotations``: typer reads the signature on each run.
"""

from pathlib import Path
from typing import Annotated

import typer

from newslint.stages import Exit, build_config, fail
from newslint.yamlutil import ConfigError


def baseline_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files or directories to record.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Baseline file to write.")] = Path(
        ".newslint-baseline.json"
    ),
    config: Annotated[Path | None, typer.Option("--config", "-c", help="Config file.")] = None,
) -> None:
    """Record today's findings so that `check --baseline FILE` reports only new ones."""
    from newslint import runner
    from newslint.baseline import BaselineError, write_baseline

    try:
        cfg = build_config(config, Path(paths[0]) if paths else Path.cwd(), [], [], [], None)
        result = runner.run(paths, cfg)
        n = write_baseline(result.report, result.sources, output)
    except (ConfigError, BaselineError) as exc:
        raise fail(str(exc)) from None
    for err in result.report.errors:
        typer.echo(f"newslint: {err}", err=True)
    typer.echo(f"recorded {n} findings in {output}")
    raise typer.Exit(Exit.ERROR if any(e.fatal for e in result.report.errors) else Exit.OK)
