"""``newslint check``: its flags, then the stages in :mod:`newslint.stages`.

No ``from __future__ import annotations``: typer reads the signature on each run.
"""

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from newslint.findings import RunFailed
from newslint.formatters import FORMATTERS
from newslint.stages import (
    apply_fixes,
    build_config,
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
