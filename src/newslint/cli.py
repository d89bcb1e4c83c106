"""The ``newslint`` command: the typer app, its subcommands (in :mod:`newslint.commands`) and
the entry point.

No ``from __future__ import annotations`` here: typer reads every command's signature on each
run, and would evaluate string annotations each time.
"""

from typing import Annotated

import typer

from newslint import __version__, inspection
from newslint.commands import baseline, check, init, lsp, rules, schema
from newslint.entitytools.cli import app as entities_app
from newslint.stages import Exit

__all__ = ["Exit", "app", "main"]

app = typer.Typer(
    name="newslint",
    help="An editorial linter for news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
app.add_typer(entities_app)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newslint {__version__}")
        raise typer.Exit(Exit.OK)


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """An editorial linter for news articles."""


app.command()(check.check)
app.command("baseline")(baseline.baseline_cmd)
app.command("rules")(rules.rules_cmd)
app.command()(init.init)
app.command()(lsp.lsp)
app.command("inspect")(inspection.inspect_cmd)
app.command()(schema.schema)


def _terminated(signum: int, frame: object) -> None:
    del frame
    raise SystemExit(128 + signum)  # unwinds like Ctrl-C: the pool's workers are ended


def main() -> None:
    """Console-script entry point."""
    import signal

    signal.signal(signal.SIGTERM, _terminated)
    app()
