"""Narrow a report to what a change touched, or to what a baseline does not already hold."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from newslint.findings import Report


def scope_report(
    report: Report,
    sources: dict[str, str],
    diff_base: str | None,
    diff_file: str | None,
    baseline: Path | None,
    staged: bool = False,
) -> Report:
    """Narrow a report to changed lines (since ``diff_base``, in ``diff_file`` or, with
    ``staged``, in the git index) and/or to findings not in a baseline."""
    from newslint import diffscope
    from newslint.checks import CHECKS

    article_level = {name for name, kind in CHECKS.items() if kind.scope == "article"}
    if diff_base is not None or diff_file is not None or staged:
        if staged:
            changed = diffscope.changed_lines_staged(Path.cwd())
        elif diff_base is not None:
            changed = diffscope.changed_lines_since(diff_base, Path.cwd())
        else:
            assert diff_file is not None
            text = sys.stdin.read() if diff_file == "-" else _read_text(Path(diff_file))
            changed = diffscope.changed_lines_from_diff(text, _git_root() or Path.cwd())
        report = diffscope.filter_report(
            report, changed, article_level_checks=article_level, cwd=Path.cwd()
        )
    if baseline is not None:
        from newslint.baseline import apply_baseline

        report, stats = apply_baseline(report, sources, baseline)
        if stats.fixed:
            print(
                f"newslint: {stats.fixed} baselined finding(s) no longer occur; "
                f"rerun with --write-baseline {baseline} to shrink the baseline",
                file=sys.stderr,
            )
    return report


def _read_text(path: Path) -> str:
    from newslint.diffscope import DiffScopeError

    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DiffScopeError(f"{path}: cannot read diff: {exc}") from None


def _git_root() -> Path | None:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=False
        )
    except OSError:
        return None
    return Path(out.stdout.strip()) if out.returncode == 0 and out.stdout.strip() else None
