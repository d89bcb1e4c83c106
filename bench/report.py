"""The benchmark's markdown output: number formats, table rows and the report around them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from measure import Run

HEADER = (
    "row",
    "measurement",
    "newslint",
    "newslint peak mem",
    "proselint",
    "ratio",
    "target",
    "met",
)


@dataclass
class Report:
    """Rows of the results table plus notes printed under it."""

    rows: list[tuple[str, ...]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(
        self,
        row: str,
        what: str,
        newslint: str = "—",
        proselint: str = "—",
        ratio: float | None = None,
        limit: float | None = None,
        target: str = "",
        met: bool | None = None,
        memory: Run | None = None,
    ) -> None:
        """Add a row; `met` is worked out when both `ratio` and `limit` are given."""
        if met is None and ratio is not None and limit is not None:
            met = ratio <= limit
        met_text = "" if met is None else ("yes" if met else "**NO**")
        ratio_text = "—" if ratio is None else f"{ratio:.2f}"
        mem = "—" if memory is None or not memory.ok() else f"{memory.rss_mb:.0f} MB"
        self.rows.append((row, what, newslint, mem, proselint, ratio_text, target, met_text))

    def render(self, title: str, facts: Sequence[tuple[str, str]]) -> str:
        """The whole report as markdown."""
        lines = [f"# {title}", ""]
        lines += [f"- **{key}**: {value}" for key, value in facts]
        lines += ["", _row(HEADER), _row(tuple("---" for _ in HEADER))]
        lines += [_row(r) for r in self.rows]
        if self.notes:
            lines += ["", *(f"- {n}" for n in self.notes)]
        return "\n".join(lines) + "\n"


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def seconds(value: float) -> str:
    """Seconds with three significant figures."""
    return f"{value:.3g} s" if value < 100 else f"{value:.0f} s"


def ratio(num: Run | None, den: Run | None, attr: str = "wall") -> float | None:
    """`num.attr / den.attr`, or None when either run is missing or failed."""
    if num is None or den is None or not num.ok() or not den.ok():
        return None
    bottom = getattr(den, attr)
    return getattr(num, attr) / bottom if bottom > 0 else None


def cell(run: Run | None, attr: str = "wall") -> str:
    """A table cell for one measured value, or why there is none."""
    if run is None:
        return "n/a"
    if not run.ok():
        return f"error (exit {run.returncode})"
    value = getattr(run, attr)
    if attr == "wall":  # CPU alongside: steadier than wall time on a busy machine
        return f"{seconds(value)} (CPU {seconds(run.cpu)})"
    if attr == "cpu":
        return seconds(value)
    if attr == "rss_mb":
        return f"{value:.0f} MB"
    return f"{value:g}"


def failure_note(label: str, run: Run | None) -> str | None:
    """A note quoting the end of stderr for a failed run."""
    if run is None or run.ok():
        return None
    tail = " / ".join(run.stderr.strip().splitlines()[-3:]) or "(no stderr)"
    return f"{label} exited {run.returncode}: {tail[:400]}"


def count_findings(run: Run | None) -> int | None:
    """Count diagnostics in newslint's or proselint's JSON output, if it parses."""
    if run is None or not run.ok():
        return None
    try:
        data = json.loads(run.stdout)
    except json.JSONDecodeError:
        return None
    if isinstance(data, dict) and isinstance(data.get("files"), list):  # newslint
        return sum(len(f.get("diagnostics", [])) for f in data["files"])
    if isinstance(data, dict) and isinstance(data.get("result"), dict):  # proselint 0.16
        return sum(len(v.get("diagnostics", [])) for v in data["result"].values())
    return None
