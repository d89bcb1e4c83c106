"""``--format summary``: Markdown for a pull request's job summary (``$GITHUB_STEP_SUMMARY``).

Counts per rule and severity, then the findings themselves: in the GitHub Action newslint runs
with ``--diff-base``, so these are the findings on the lines the pull request changed. Ends
with a link to the full HTML report when the CLI is given one (``--report-url``). Article text
reaches the summary through messages and paths, and a pull request writes the articles: every
such value is escaped, so it cannot add a link, an image or HTML, or break a table.
"""

from __future__ import annotations

import re
from collections import Counter

from newslint.findings import Finding, Report, Severity
from newslint.formatters import OutputContext
from newslint.formatters.text import summary

LIMIT = 100
"""Findings listed at most; the rest are counted (GitHub caps a summary at 1 MiB)."""

_SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
# What can start markup inside a line in GitHub's Markdown: emphasis, code, links and
# images, HTML and entities, table cells, strike-through, mentions, math.
_MARKUP = re.compile(r"([\\`*_\[\]<>!&|~@$])")
_URL = re.compile(r"https?://[^\s<>]+")


def md(text: str) -> str:
    """``text`` as literal Markdown: on one line, every character that could be markup escaped."""
    return _MARKUP.sub(r"\\\1", " ".join(text.split()))


def _rule_table(report: Report) -> list[str]:
    counts = Counter((f.rule, f.severity) for fr in report.files for f in fr.findings)
    totals = Counter(f.rule for fr in report.files for f in fr.findings)
    rows = ["| Rule | Errors | Warnings | Info | Total |", "| :--- | ---: | ---: | ---: | ---: |"]
    for rule, total in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])):
        cells = [str(counts[rule, s] or "") for s in _SEVERITIES]
        rows.append(f"| {md(rule)} | {' | '.join(cells)} | {total} |")
    return rows


def _finding_row(f: Finding) -> str:
    suggestion = ", ".join(md(s) for s in f.suggestions[:3])
    where = md(f"{f.path}:{f.line}:{f.column}")
    return f"| {f.severity.label} | {where} | {md(f.rule)} | {md(f.message)} | {suggestion} |"


def format_summary(report: Report, ctx: OutputContext) -> str:
    """Render ``report`` as a Markdown job summary."""
    findings = sorted(
        (f for fr in report.files for f in fr.findings),
        key=lambda f: (-f.severity, f.path, f.sort_key),
    )
    scope = f" on {md(ctx.scope)}" if ctx.scope else ""
    out = [f"## newslint: {md(summary(report))}", ""]
    if not findings:
        out.append(f"No findings{scope}.")
    else:
        out += [*_rule_table(report), "", f"### Findings{scope}", ""]
        out += [
            "| Severity | Where | Rule | Message | Suggestion |",
            "| --- | --- | --- | --- | --- |",
        ]
        out += [_finding_row(f) for f in findings[:LIMIT]]
        if len(findings) > LIMIT:
            out += ["", f"... and {len(findings) - LIMIT} more."]
    fatal = [e for e in report.errors if e.fatal]
    if fatal:
        out += ["", "### Files that could not be checked", ""]
        out += [f"- {md(str(e))}" for e in fatal]
    if ctx.report_url:
        out.append("")
        if _URL.fullmatch(ctx.report_url):
            out.append(
                f"[The HTML report](<{ctx.report_url}>): every article with its findings "
                "highlighted (download, unzip, open in a browser)."
            )
        else:
            out.append(f"The HTML report: {md(ctx.report_url)}")
    return "\n".join(out) + "\n"
