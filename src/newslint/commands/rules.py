"""``newslint rules``: list the rules, explain one, or write their documentation pages.

No ``from __future__ import annotations``: typer reads the signature on each run.
"""

from pathlib import Path
from typing import Annotated, Optional

import typer

from newslint.stages import fail
from newslint.yamlutil import ConfigError


def rules_cmd(
    explain: Annotated[
        str | None, typer.Option("--explain", help="Print one rule's documentation.")
    ] = None,
    config: Annotated[Optional[Path], typer.Option("--config", "-c", help="Config file.")] = None,  # noqa: UP045
    docs: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--docs", help="Write a Markdown page per rule and an index into DIR."),
    ] = None,
) -> None:
    """List every rule, or explain one."""
    from newslint.config import load_config

    try:
        cfg = load_config(config, start=Path.cwd())
    except ConfigError as exc:
        raise fail(str(exc)) from None
    if docs is not None:
        from newslint.ruledocs import write_pages

        try:
            written = write_pages(cfg.rules.values(), docs)
        except OSError as exc:
            raise fail(f"cannot write {docs}: {exc.strerror or exc}") from None
        typer.echo(f"wrote {len(written)} pages in {docs}")
        return
    if explain:
        rule = cfg.rules.get(explain)
        if rule is None:
            from newslint.yamlutil import suggest

            raise fail(f"unknown rule {explain!r}{suggest(explain, cfg.rules)}")
        state = "" if rule.enabled else ", off"
        typer.echo(
            f"{rule.id}  (check: {rule.check}, severity: {rule.severity.label}, "
            f"fix: {rule.fix}{state})\n"
        )
        typer.echo(rule.description)
        if rule.example_options:
            given = ", ".join(f"{k}: {list(v)}" for k, v in rule.example_options.items())
            typer.echo(f"\nExamples with the options {{{given}}}:")
        if rule.examples.get("fail"):
            typer.echo("\nFlagged:")
            typer.echo("\n".join(f"  {e}" for e in rule.examples["fail"]))
        if rule.examples.get("pass"):
            typer.echo("\nNot flagged:")
            typer.echo("\n".join(f"  {e}" for e in rule.examples["pass"]))
        return
    width = max(len(r.id) for r in cfg.rules.values())
    for r in cfg.rules.values():
        state = "" if r.enabled else " (off)"
        typer.echo(f"{r.id:<{width}}  {r.check:<19} {r.severity.label:<8} {r.summary}{state}")
