"""The ``newslint`` command: parse flags, call the linter, pick a formatter, set the exit code.

No ``from __future__ import annotations`` here: typer reads every command's signature on each
run, and would evaluate string annotations each time.
"""

import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Optional

import typer

from newslint import __version__, inspection
from newslint.config import Config, load_config
from newslint.entitytools.cli import app as entities_app
from newslint.findings import RunFailed, Severity
from newslint.formatters import FORMATTERS
from newslint.stages import (
    Exit,
    apply_fixes,
    check_column_unit,
    config_start,
    exit_code,
    fail,
    narrow,
    print_report,
    run_files,
    scope_of,
)
from newslint.yamlutil import ConfigError

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


def build_config(
    config: Path | None,
    start: Path | None,
    select: list[str],
    ignore: list[str],
    entities: list[Path],
    fail_on: str | None,
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


@app.command()
def check(
    paths: Annotated[
        list[str], typer.Argument(help="Files or directories to check; '-' reads standard input.")
    ],
    config: Annotated[
        Path | None,
        typer.Option("--config", "-c", help="Config file (else newslint.yaml is discovered)."),
    ] = None,
    select: Annotated[
        list[str],
        typer.Option(
            "--select", help="Only these rule ids or prefixes (repeatable, comma-separated)."
        ),
    ] = [],  # noqa: B006
    ignore: Annotated[
        list[str], typer.Option("--ignore", help="Skip these rule ids or prefixes.")
    ] = [],  # noqa: B006
    entities: Annotated[
        list[Path], typer.Option("--entities", help="Add a known-entities list (repeatable).")
    ] = [],  # noqa: B006
    fail_on: Annotated[
        str | None,
        typer.Option("--fail-on", help="Lowest severity that fails the run: error, warning, info."),
    ] = None,
    output_format: Annotated[
        str | None,
        typer.Option("--format", "-f", help=f"Output format: {', '.join(FORMATTERS)}."),
    ] = None,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even when there are findings.")
    ] = False,
    statistics: Annotated[
        bool, typer.Option("--statistics", help="Append counts per rule.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print findings only, no summary.")
    ] = False,
    no_color: Annotated[bool, typer.Option("--no-color", help="Never use colour.")] = False,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", help="Worker processes (0: one per core).")
    ] = 0,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            help="Don't reuse cached results (per-file results, grammar responses).",
        ),
    ] = False,
    encoding: Annotated[
        str, typer.Option("--encoding", help="Text encoding of the articles.")
    ] = "utf-8",
    diff_base: Annotated[
        str | None,
        typer.Option(
            "--diff-base", help="Report only lines changed since the merge-base with REF."
        ),
    ] = None,
    diff_file: Annotated[
        str | None,
        typer.Option("--diff-file", help="Report only lines a unified diff adds ('-': stdin)."),
    ] = None,
    staged: Annotated[
        bool,
        typer.Option(
            "--staged",
            help="Report only lines the git index changes (git diff --cached): for pre-commit.",
        ),
    ] = False,
    force_exclude: Annotated[
        bool,
        typer.Option(
            "--force-exclude",
            help="Skip named files and directories that match the config's exclude patterns.",
        ),
    ] = False,
    baseline: Annotated[
        Path | None,
        typer.Option("--baseline", help="Report only findings not recorded in this baseline file."),
    ] = None,
    write_baseline: Annotated[
        Path | None,
        typer.Option("--write-baseline", help="Record today's findings in this file and exit 0."),
    ] = None,
    stdin_filename: Annotated[
        str | None,
        typer.Option(
            "--stdin-filename", help="Path to report (and to find config for) when reading '-'."
        ),
    ] = None,
    column_unit: Annotated[
        str,
        typer.Option(
            "--column-unit",
            help="What text and json columns count: character (code points) or byte (UTF-8 "
            "bytes, as Vim, ALE and Neovim do).",
        ),
    ] = "character",
    fix: Annotated[
        bool,
        typer.Option(
            "--fix",
            help="Apply safe fixes in place and report what remains. With '-', print the fixed "
            "text to stdout (the report goes to stderr) instead of writing.",
        ),
    ] = False,
    report_url: Annotated[
        str,
        typer.Option(
            "--report-url",
            help="With --format summary: link the summary to the full report at this URL.",
        ),
    ] = "",
    diff: Annotated[
        bool,
        typer.Option(
            "--diff",
            help="With --fix: print a unified diff of the safe fixes and write nothing "
            "(exit 1 if anything would change).",
        ),
    ] = False,
) -> None:
    """Check articles and report findings."""
    fmt = output_format or (
        "github"
        if os.environ.get("GITHUB_ACTIONS") == "true" and "github" in FORMATTERS
        else "text"
    )
    # Source text is kept only for what uses it (excerpts, fingerprints, byte columns), so
    # memory does not grow with the number of files on a plain JSON or CI run.
    check_column_unit(column_unit, fmt)
    lean = fmt in ("json", "github", "junit", "summary") or (
        fmt == "text" and not sys.stdout.isatty()
    )
    keep = not lean or baseline is not None or write_baseline is not None
    keep = keep or column_unit == "byte"
    stdin = None
    try:
        cfg = build_config(
            config, config_start(paths, stdin_filename), select, ignore, entities, fail_on
        )
        if force_exclude:
            from newslint.files import excluded

            paths = [p for p in paths if p == "-" or not excluded(p, cfg.exclude)]
        if "-" in paths:
            stdin = (sys.stdin.buffer.read(), stdin_filename or "<stdin>")
        result = run_files(paths, cfg, jobs, not no_cache, encoding, stdin, keep)
    except (ConfigError, RunFailed) as exc:
        raise fail(str(exc)) from None
    fixed_stdin = False
    if fix or diff:
        result, fixed_stdin = apply_fixes(result, cfg, not no_cache, encoding, stdin, diff)
    if staged or any(x is not None for x in (diff_base, diff_file, baseline, write_baseline)):
        result = narrow(result, diff_base, diff_file, baseline, write_baseline, staged)
    print_report(
        result,
        cfg,
        fmt,
        statistics,
        quiet,
        no_color,
        to_stderr=fixed_stdin,
        scope=scope_of(diff_base, diff_file, baseline, staged),
        report_url=report_url,
        column_unit=column_unit,
    )
    raise typer.Exit(exit_code(result.report, cfg.fail_on, exit_zero))


@app.command("baseline")
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


@app.command("rules")
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


@app.command()
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


@app.command()
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


app.command("inspect")(inspection.inspect_cmd)


@app.command()
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


def _terminated(signum: int, frame: object) -> None:
    del frame
    raise SystemExit(128 + signum)  # unwinds like Ctrl-C: the pool's workers are ended


def main() -> None:
    """Console-script entry point."""
    import signal

    signal.signal(signal.SIGTERM, _terminated)
    app()
