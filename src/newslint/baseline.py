"""Baseline files: accept today's findings so that only new ones are reported.

A finding is identified by its fingerprint (see :mod:`newslint.fingerprints`), which does not
contain its line number, so edits elsewhere in the file leave it unchanged.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from newslint.atomic import write_bytes
from newslint.files import read_regular
from newslint.findings import Finding, Report
from newslint.fingerprints import fingerprint_findings, normalise
from newslint.yamlutil import shown

BASELINE_VERSION = 1
_MATCH_PREVIEW = 80


class BaselineError(Exception):
    """A baseline file is missing, unreadable or malformed; the message names the file."""


@dataclass(frozen=True, slots=True)
class BaselineStats:
    """What applying a baseline did.

    Attributes:
        suppressed: Findings dropped because the baseline lists them.
        fixed: Baseline entries for checked files that no longer occur (the file can shrink).
        total: Entries in the baseline file.
    """

    suppressed: int
    fixed: int
    total: int


def normalise_path(path: str) -> str:
    """Return ``path`` with forward slashes and without leading ``./``."""
    out = path.replace("\\", "/")
    while out.startswith("./"):
        out = out[2:]
    return out


def _entries(report: Report, sources: Mapping[str, str]) -> list[tuple[str, str, Finding]]:
    rows: list[tuple[str, str, Finding]] = []
    for result in report.files:
        prints = fingerprint_findings(result.findings, sources.get(result.path))
        for finding, fp in zip(result.findings, prints, strict=True):
            rows.append((normalise_path(finding.path), fp, finding))
    return rows


def render_baseline(report: Report, sources: Mapping[str, str]) -> str:
    """Return the baseline file text for ``report`` (sorted, stable, one entry per finding)."""
    items = [
        {
            "path": path,
            "rule": finding.rule,
            "fingerprint": fp,
            "match": normalise(finding.match)[:_MATCH_PREVIEW],
        }
        for path, fp, finding in _entries(report, sources)
    ]
    items.sort(key=lambda e: (e["path"], e["rule"], e["fingerprint"]))
    doc = {"version": BASELINE_VERSION, "tool": "newslint", "findings": items}
    return json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write_baseline(report: Report, sources: Mapping[str, str], path: Path) -> int:
    """Write the baseline for ``report`` to ``path`` atomically.

    Args:
        report: The findings to accept.
        sources: Decoded text of each file by reported path (for fingerprint context).
        path: The baseline file to create or replace.

    Returns:
        The number of findings written.

    Raises:
        BaselineError: If the file cannot be written.
    """
    text = render_baseline(report, sources)
    try:
        write_bytes(path, text.encode("utf-8"))
    except OSError as exc:
        raise BaselineError(f"cannot write baseline {path}: {exc.strerror or exc}") from exc
    return sum(len(r.findings) for r in report.files)


def load_baseline(path: Path) -> Counter[tuple[str, str]]:
    """Read a baseline file into a multiset of ``(path, fingerprint)``.

    Raises:
        BaselineError: If the file is missing, not JSON, or not a newslint baseline.
    """
    try:
        raw = read_regular(path).decode("utf-8")
    except FileNotFoundError:
        raise BaselineError(
            f"baseline file {path} not found; create it with --write-baseline {path}"
        ) from None
    except OSError as exc:
        raise BaselineError(f"cannot read baseline file {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise BaselineError(f"cannot read baseline file {path}: {exc}") from None
    try:
        doc: Any = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise BaselineError(
            f"baseline file {path} is not valid JSON (line {exc.lineno}, column {exc.colno}): "
            f"{exc.msg}"
        ) from None
    except (ValueError, RecursionError) as exc:  # an integer over 4,300 digits; deep nesting
        problem = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)[:200]
        raise BaselineError(f"baseline file {path} cannot be read: {problem}") from None
    if not isinstance(doc, dict) or doc.get("version") != BASELINE_VERSION:
        found = doc.get("version") if isinstance(doc, dict) else None
        raise BaselineError(
            f"baseline file {path} is not a newslint baseline of version {BASELINE_VERSION} "
            f"(found version {shown(found)}); regenerate it with --write-baseline {path}"
        )
    entries = doc.get("findings")
    if not isinstance(entries, list):
        raise BaselineError(f"baseline file {path}: 'findings' must be a list")
    out: Counter[tuple[str, str]] = Counter()
    for index, entry in enumerate(entries):
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("path"), str)
            and isinstance(entry.get("fingerprint"), str)
        ):
            raise BaselineError(
                f"baseline file {path}: entry {index} needs string 'path' and 'fingerprint'"
            )
        out[(normalise_path(entry["path"]), entry["fingerprint"])] += 1
    return out


def apply_baseline(
    report: Report, sources: Mapping[str, str], path: Path
) -> tuple[Report, BaselineStats]:
    """Drop the findings that the baseline at ``path`` lists.

    Args:
        report: The findings of this run.
        sources: Decoded text of each file by reported path (must match what was used to
            write the baseline for context to agree).
        path: The baseline file.

    Returns:
        The report without baselined findings, and counts of what happened.

    Raises:
        BaselineError: If the baseline file is missing or malformed.
    """
    remaining = load_baseline(path)
    total = sum(remaining.values())
    suppressed = 0
    checked: set[str] = set()
    files = []
    for result in report.files:
        checked.add(normalise_path(result.path))
        prints = fingerprint_findings(result.findings, sources.get(result.path))
        kept: list[Finding] = []
        for finding, fp in zip(result.findings, prints, strict=True):
            key = (normalise_path(finding.path), fp)
            checked.add(key[0])
            if remaining[key] > 0:
                remaining[key] -= 1
                suppressed += 1
            else:
                kept.append(finding)
        files.append(replace(result, findings=tuple(kept)))
    fixed = sum(n for (file, _), n in remaining.items() if n > 0 and file in checked)
    stats = BaselineStats(suppressed=suppressed, fixed=fixed, total=total)
    return replace(report, files=tuple(files)), stats
