"""``--format html``: one self-contained page an editor reads in a browser.

A summary (counts per rule and severity, drawn as bars), then each article as an editor sees it
(headline, paragraphs, captions...) with every finding highlighted at its span, its message,
suggestions and the rule's explanation beside it; filters by rule and severity and pagination
run in a few lines of inline JavaScript. Nothing is fetched: the CSS and JavaScript are written
into the page. Every piece of article text, path and message goes through Jinja's autoescaping.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from newslint import document, model
from newslint.findings import FileResult, Finding, Report, Severity
from newslint.formatters import OutputContext, RuleInfo
from newslint.formatters.html_spans import Piece, Span, pieces, ranges

#: HTML element and CSS class for each block kind an editor would recognise.
_TAGS = {
    model.HEADLINE: "h3",
    model.SUBHEAD: "h4",
    model.QUOTE: "blockquote",
    model.PULL_QUOTE: "blockquote",
    model.CODE: "pre",
    model.TABLE: "pre",
    model.DATA: "pre",
    model.HTML: "pre",
}
_SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("newslint", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@dataclass(slots=True)
class BlockView:
    """One printed block: its element, markup pieces and the notes of findings it starts."""

    tag: str
    kind: str
    start: int
    pieces: list[Piece]
    notes: list[int] = field(default_factory=list)


@dataclass(slots=True)
class ArticleView:
    """One article: its path, finding numbers, counts and blocks."""

    path: str
    numbers: list[int]
    counts: dict[str, int]
    keys: str
    blocks: list[BlockView]
    loose: list[int]


def _rule_table(report: Report, rules: dict[str, RuleInfo]) -> list[dict[str, Any]]:
    counts = Counter((f.rule, f.severity) for fr in report.files for f in fr.findings)
    ids = sorted({rule for rule, _ in counts})
    totals = {r: sum(n for (rule, _), n in counts.items() if rule == r) for r in ids}
    top = max(totals.values(), default=1)
    table = []
    for index, rule in enumerate(sorted(ids, key=lambda r: (-totals[r], r))):
        info = rules.get(rule)
        table.append(
            {
                "index": index,
                "id": rule,
                "summary": info.summary if info else "",
                "explanation": info.description if info else "",
                "counts": {s.label: counts[rule, s] for s in _SEVERITIES},
                "total": totals[rule],
                "widths": {s.label: 100 * counts[rule, s] / top for s in _SEVERITIES},
            }
        )
    return table


def _article(fr: FileResult, source: str | None, first: int, index: dict[str, int]) -> ArticleView:
    numbers = list(range(first, first + len(fr.findings)))
    counts = Counter(f.severity.label for f in fr.findings)
    keys = " ".join(sorted({f"{index[f.rule]}{f.severity.label[0]}" for f in fr.findings}))
    view = ArticleView(fr.path, numbers, dict(counts), keys, [], [])
    if source is None:
        view.loose = numbers
        return view
    spans = [Span(f.start, f.end, n) for f, n in zip(fr.findings, numbers, strict=True)]
    doc = document.parse(source, fr.path)
    kinds = {(b.start, b.end): b.kind for b in doc.blocks}
    seen: set[int] = set()
    for start, end in ranges(list(kinds), spans, source):
        kind = kinds.get((start, end), "raw")
        marks = pieces(source, start, end, spans, seen)
        block = BlockView(_TAGS.get(kind, "pre" if kind == "raw" else "p"), kind, start, marks)
        block.notes = [p.number for p in marks if p.kind == "open" and p.first]
        view.blocks.append(block)
    view.loose = [n for n in numbers if n not in seen]
    return view


def render(report: Report, ctx: OutputContext) -> str:
    """The report as one HTML page."""
    table = _rule_table(report, dict(ctx.rules))
    index = {row["id"]: row["index"] for row in table}
    findings: list[Finding] = []
    articles: list[ArticleView] = []
    clean: list[str] = []
    for fr in report.files:
        if not fr.findings:
            clean.append(fr.path)
            continue
        articles.append(_article(fr, ctx.sources.get(fr.path), len(findings), index))
        findings.extend(fr.findings)
    totals = {s.label: report.count(s) for s in _SEVERITIES}
    template = _environment().get_template("report.html.j2")
    return template.render(
        version=ctx.version,
        totals=totals,
        top=max(totals.values(), default=0) or 1,
        files=len(report.files),
        rules=table,
        index=index,
        findings=findings,
        articles=articles,
        clean=clean,
        errors=[str(e) for e in report.errors],
        page_size=20,
    )


def format_report(report: Report, ctx: OutputContext) -> str:
    """Render ``report`` as a self-contained HTML page."""
    return render(report, ctx)
