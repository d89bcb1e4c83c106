"""The ``newslint`` command: parse flags, call the linter, pick a formatter, set the exit code."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from enum import IntEnum
from pathlib import Path
from typing import Annotated, Optional

import typer

from newslint import __version__
from newslint.config import Config, load_config
from newslint.findings import Report, Severity
from newslint.formatters import FORMATTERS, OutputContext, RuleInfo
from newslint.yamlutil import ConfigError


class Exit(IntEnum):
    """Exit codes (named, pinned by tests)."""

    OK = 0
    FINDINGS = 1
    ERROR = 2


app = typer.Typer(
    name="newslint",
    help="An editorial linter for news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newslint {__version__}")
        raise typer.Exit(Exit.OK)


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")] = False,
) -> None:
    """An editorial linter for news articles."""


def _fail(message: str) -> typer.Exit:
    typer.echo(f"newslint: {message}", err=True)
    return typer.Exit(Exit.ERROR)


def build_config(
    config: Path | None, start: Path | None, select: list[str], ignore: list[str], entities: list[Path], fail_on: str | None
) -> Config:
    """Load the config and apply command-line overrides; raise ConfigError on any problem."""
    cfg = load_config(config, start=start)
    for e in entities:
        if not e.is_file():
            raise ConfigError("entities file not found", e)
    cfg = cfg.with_entities(str(e) for e in entities).select(_split(select), _split(ignore))
    if fail_on:
        try:
            cfg = replace(cfg, fail_on=Severity.parse(fail_on))
        except ValueError as exc:
            raise ConfigError(f"--fail-on: {exc}") from None
    return cfg


def _split(items: list[str]) -> list[str]:
    return [p for item in items for p in item.replace(",", " ").split()]


def rule_infos(cfg: Config) -> dict[str, RuleInfo]:
    """Rule metadata for formatters."""
    return {
        r.id: RuleInfo(r.id, r.check, r.severity, r.summary, r.description, r.fix == "safe")
        for r in cfg.enabled_rules
    }


def exit_code(report: Report, fail_on: Severity, exit_zero: bool) -> Exit:
    """2 when a file could not be checked, else 1 when findings reach ``fail_on``, else 0."""
    if any(e.fatal for e in report.errors):
        return Exit.ERROR
    if not exit_zero and any(f.severity >= fail_on for fr in report.files for f in fr.findings):
        return Exit.FINDINGS
    return Exit.OK


@app.command()
def check(
    paths: Annotated[list[str], typer.Argument(help="Files or directories to check; '-' reads standard input.")],
    config: Annotated[Optional[Path], typer.Option("--config", "-c", help="Config file (else newslint.yaml is discovered).")] = None,  # noqa: UP045
    select: Annotated[list[str], typer.Option("--select", help="Only these rule ids or prefixes (repeatable, comma-separated).")] = [],  # noqa: B006
    ignore: Annotated[list[str], typer.Option("--ignore", help="Skip these rule ids or prefixes.")] = [],  # noqa: B006
    entities: Annotated[list[Path], typer.Option("--entities", help="Add a known-entities list (repeatable).")] = [],  # noqa: B006
    fail_on: Annotated[Optional[str], typer.Option("--fail-on", help="Lowest severity that fails the run: error, warning, info.")] = None,  # noqa: UP045
    output_format: Annotated[Optional[str], typer.Option("--format", "-f", help=f"Output format: {', '.join(FORMATTERS)}.")] = None,  # noqa: UP045
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even when there are findings.")] = False,
    statistics: Annotated[bool, typer.Option("--statistics", help="Append counts per rule.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print findings only, no summary.")] = False,
    no_color: Annotated[bool, typer.Option("--no-color", help="Never use colour.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (0: one per core).")] = 0,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Don't read or write on-disk caches.")] = False,
    encoding: Annotated[str, typer.Option("--encoding", help="Text encoding of the articles.")] = "utf-8",
    stdin_filename: Annotated[Optional[str], typer.Option("--stdin-filename", help="Path to report (and to find config for) when reading '-'.")] = None,  # noqa: UP045
) -> None:
    """Check articles and report findings."""
    from newslint import runner

    reading_stdin = "-" in paths
    files = [p for p in paths if p != "-"]
    display = stdin_filename or "<stdin>"
    start = Path(stdin_filename) if reading_stdin and stdin_filename else Path(files[0]) if files else Path.cwd()
    try:
        cfg = build_config(config, start, select, ignore, entities, fail_on)
        for unknown in cfg.unknown_selectors:
            typer.echo(f"newslint: warning: --select/--ignore {unknown!r} matches no rule", err=True)
        stdin = (sys.stdin.buffer.read(), display) if reading_stdin else None
        result = runner.run(files, cfg, jobs=jobs, use_cache=not no_cache, encoding=encoding, stdin=stdin)
    except ConfigError as exc:
        raise _fail(str(exc)) from None
    fmt = output_format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" and "github" in FORMATTERS else "text")
    if fmt not in FORMATTERS:
        raise _fail(f"unknown format {fmt!r}; choose from {', '.join(FORMATTERS)}")
    tty = sys.stdout.isatty()
    ctx = OutputContext(
        rules=rule_infos(cfg),
        version=__version__,
        sources=result.sources,
        color=tty and not no_color and "NO_COLOR" not in os.environ,
        show_source=tty and fmt == "text",
        statistics=statistics,
        quiet=quiet,
        root=str(Path.cwd()),
    )
    text = FORMATTERS[fmt](result.report, ctx)
    if text:
        typer.echo(text)
    for err in result.report.errors:
        typer.echo(f"newslint: {err}", err=True)
    raise typer.Exit(exit_code(result.report, cfg.fail_on, exit_zero))


@app.command("rules")
def rules_cmd(
    explain: Annotated[Optional[str], typer.Option("--explain", help="Print one rule's documentation.")] = None,  # noqa: UP045
    config: Annotated[Optional[Path], typer.Option("--config", "-c", help="Config file.")] = None,  # noqa: UP045
) -> None:
    """List every rule, or explain one."""
    try:
        cfg = load_config(config, start=Path.cwd())
    except ConfigError as exc:
        raise _fail(str(exc)) from None
    if explain:
        rule = cfg.rules.get(explain)
        if rule is None:
            from newslint.rules import suggest

            raise _fail(f"unknown rule {explain!r}{suggest(explain, cfg.rules)}")
        typer.echo(f"{rule.id}  (check: {rule.check}, severity: {rule.severity.label}, fix: {rule.fix}{'' if rule.enabled else ', off'})\n")
        typer.echo(rule.description)
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


@app.command()
def init(
    path: Annotated[Path, typer.Argument(help="Where to write the starter config.")] = Path("newslint.yaml"),
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented starter newslint.yaml."""
    from newslint.starter import STARTER_CONFIG

    if path.exists() and not force:
        raise _fail(f"{path} already exists (use --force to overwrite)")
    from newslint.atomic import write_text

    write_text(path, STARTER_CONFIG)
    typer.echo(f"wrote {path}")


def main() -> None:
    """Console-script entry point."""
    app()
