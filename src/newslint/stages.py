"""The stages of ``newslint check`` once its flags are parsed: config, run, fix, narrow, print.

The config, the linter and the runner are imported by the stages that use them, so that the
commands which import this module for :class:`Exit` and :func:`fail` (``--version``, ``init``,
``schema``) do not load every check kind.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from newslint import __version__
from newslint.findings import Report, Severity
from newslint.formatters import FORMATTERS, OutputContext, RuleInfo
from newslint.yamlutil import ConfigError

if TYPE_CHECKING:
    from newslint.config import Config
    from newslint.runner import RunResult


class Exit(IntEnum):
    """Exit codes (named, pinned by tests)."""

    OK = 0
    FINDINGS = 1
    ERROR = 2


def fail(message: str) -> typer.Exit:
    """Print ``message`` as newslint's error; the exit to raise (code 2)."""
    typer.echo(f"newslint: {message}", err=True)
    return typer.Exit(Exit.ERROR)


def build_config(
    config: Path | None,
    start: Path | None,
    select: list[str],
    ignore: list[str],
    entities: list[Path],
    fail_on: str | None,
) -> Config:
    """Load the config and apply command-line overrides; raise ConfigError on any problem."""
    from newslint.config import load_config

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


# The formats that link to each rule's documentation page (finding the URLs reads the
# installed package's metadata: the other formats do not pay for it).
LINKS_RULE_DOCS = frozenset({"sarif"})


def rule_infos(cfg: Config, links: bool = False) -> dict[str, RuleInfo]:
    """Rule metadata for formatters; with ``links``, each rule's documentation URL."""
    uris: dict[str, str] = {}
    if links:
        from newslint.ruledocs import help_uris

        uris = help_uris(cfg.enabled_rules, cfg.docs_url)
    return {
        r.id: RuleInfo(
            r.id, r.check, r.severity, r.summary, r.description, r.fix == "safe", uris.get(r.id, "")
        )
        for r in cfg.enabled_rules
    }


def exit_code(report: Report, fail_on: Severity, exit_zero: bool) -> Exit:
    """2 when a file could not be checked, else 1 when findings reach ``fail_on``, else 0."""
    if any(e.fatal for e in report.errors):
        return Exit.ERROR
    if not exit_zero and any(f.severity >= fail_on for fr in report.files for f in fr.findings):
        return Exit.FINDINGS
    return Exit.OK


def check_column_unit(unit: str, fmt: str) -> None:
    """Refuse an unknown ``--column-unit``, and bytes for a format with its own unit."""
    from newslint.formatters.columns import BYTE, COLUMN_UNITS

    if unit not in COLUMN_UNITS:
        raise fail(f"--column-unit: unknown unit {unit!r}; choose from {', '.join(COLUMN_UNITS)}")
    if unit == BYTE and fmt not in ("text", "json"):
        raise fail(f"--column-unit byte applies to the text and json formats, not {fmt!r}")


def config_start(paths: list[str], stdin_filename: str | None) -> Path:
    """Where config discovery starts: the file standard input stands for, or the first path."""
    files = [p for p in paths if p != "-"]
    if "-" in paths and stdin_filename:
        return Path(stdin_filename)
    return Path(files[0]) if files else Path.cwd()


def run_files(
    paths: list[str],
    cfg: Config,
    jobs: int,
    use_cache: bool,
    encoding: str,
    stdin: tuple[bytes, str] | None,
    keep: bool,
) -> RunResult:
    """Check the files (and standard input), warning about selectors that match no rule and
    a config that discovery left out."""
    from newslint import runner

    for notice in cfg.notices:
        typer.echo(f"newslint: warning: {notice}", err=True)
    for unknown in cfg.unknown_selectors:
        typer.echo(f"newslint: warning: --select/--ignore {unknown!r} matches no rule", err=True)
    return runner.run(
        [p for p in paths if p != "-"],
        cfg,
        jobs=jobs,
        use_cache=use_cache,
        encoding=encoding,
        stdin=stdin,
        keep_sources=keep,
        progress=sys.stderr.isatty() and "CI" not in os.environ,
    )


def apply_fixes(
    result: RunResult,
    cfg: Config,
    use_cache: bool,
    encoding: str,
    stdin: tuple[bytes, str] | None,
    diff: bool,
) -> tuple[RunResult, bool]:
    """Apply safe fixes (or, with ``diff``, print them and exit); whether the fixed standard
    input went to stdout."""
    from newslint.fixer import fix_run
    from newslint.linter import Linter
    from newslint.runner import RunResult

    fixes = fix_run(
        Linter(cfg, use_cache=use_cache),
        result.report,
        result.sources,
        encoding=encoding,
        stdin=stdin,
        write=not diff,
        want_diff=diff,
    )
    result = RunResult(fixes.report, fixes.sources)
    verb = "would fix" if diff else "fixed"
    n, m = fixes.fixed, fixes.files
    typer.echo(
        f"newslint: {verb} {n} finding{'s' * (n != 1)} in {m} file{'s' * (m != 1)}", err=True
    )
    if diff:
        typer.echo(fixes.diff, nl=False)
        for err in result.report.errors:
            typer.echo(f"newslint: {err}", err=True)
        fatal = any(e.fatal for e in result.report.errors)
        raise typer.Exit(Exit.ERROR if fatal else Exit.FINDINGS if fixes.fixed else Exit.OK)
    if fixes.stdout is None:
        return result, False
    typer.echo(fixes.stdout, nl=False)
    return result, True


def narrow(
    result: RunResult,
    diff_base: str | None,
    diff_file: str | None,
    baseline: Path | None,
    write_baseline: Path | None,
    staged: bool = False,
) -> RunResult:
    """Narrow the report to changed lines or new findings; or record a baseline and exit."""
    from newslint.baseline import BaselineError
    from newslint.diffscope import DiffScopeError
    from newslint.runner import RunResult
    from newslint.scope import scope_report

    try:
        report = scope_report(result.report, result.sources, diff_base, diff_file, baseline, staged)
        if write_baseline is not None:
            from newslint.baseline import write_baseline as write

            n = write(report, result.sources, write_baseline)
            typer.echo(f"newslint: recorded {n} findings in {write_baseline}", err=True)
            raise typer.Exit(Exit.ERROR if any(e.fatal for e in report.errors) else Exit.OK)
    except (DiffScopeError, BaselineError) as exc:
        raise fail(str(exc)) from None
    return RunResult(report, result.sources)


def scope_of(
    diff_base: str | None, diff_file: str | None, baseline: Path | None, staged: bool = False
) -> str:
    """What ``--diff-base``, ``--diff-file``, ``--staged`` and ``--baseline`` narrowed the
    report to."""
    parts = []
    if diff_base is not None:
        parts.append(f"lines changed since {diff_base}")
    elif diff_file is not None:
        parts.append("lines the diff adds")
    elif staged:
        parts.append("lines staged for commit")
    if baseline is not None:
        parts.append("findings not in the baseline")
    return ", ".join(parts)


def print_report(
    result: RunResult,
    cfg: Config,
    fmt: str,
    statistics: bool,
    quiet: bool,
    no_color: bool,
    to_stderr: bool,
    scope: str = "",
    report_url: str = "",
    column_unit: str = "character",
) -> None:
    """Print the report in ``fmt``, then each problem met once."""
    if fmt not in FORMATTERS:
        raise fail(f"unknown format {fmt!r}; choose from {', '.join(FORMATTERS)}")
    tty = sys.stdout.isatty()
    ctx = OutputContext(
        rules=rule_infos(cfg, fmt in LINKS_RULE_DOCS),
        version=__version__,
        sources=result.sources,
        color=tty and not no_color and "NO_COLOR" not in os.environ,
        show_source=tty and fmt == "text",
        statistics=statistics,
        quiet=quiet,
        root=str(Path.cwd()),
        scope=scope,
        report_url=report_url,
        column_unit=column_unit,
    )
    text = FORMATTERS[fmt](result.report, ctx)
    if text:
        typer.echo(text, err=to_stderr)
    for message in dict.fromkeys(str(e) for e in result.report.errors):  # workers repeat notices
        typer.echo(f"newslint: {message}", err=True)
