"""``newslint schema``: print a JSON Schema.

No ``from __future__ import annotations``: typer reads the signature on each run.
"""

from typing import Annotated

import typer

from newslint.stages import fail


def schema(
    config: Annotated[
        bool, typer.Option("--config", help="The schema of newslint.yaml instead.")
    ] = False,
    rules: Annotated[
        bool, typer.Option("--rules", help="The schema of rule files instead.")
    ] = False,
) -> None:
    """Print the JSON Schema of the `--format json` output (version 1), of newslint.yaml
    (--config) or of rule files (--rules)."""
    if config and rules:
        raise fail("choose one of --config and --rules")
    if config or rules:
        import json

        from newslint.configschema import config_schema, rules_schema

        typer.echo(json.dumps(config_schema() if config else rules_schema(), indent=2))
        return
    from importlib.resources import files

    typer.echo((files("newslint") / "schema" / "output-v1.json").read_text(encoding="utf-8"))
