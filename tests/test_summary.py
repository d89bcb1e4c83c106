"""``--format summary``: the Markdown job summary of a pull request, rendered as GitHub would.

The Markdown is rendered with markdown-it-py (CommonMark plus GFM tables) and read back as
HTML, so the tests see the tables and links a reader sees.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from markdown_it import MarkdownIt
from typer.testing import CliRunner

from newslint.cli import app
from newslint.findings import FileResult, Finding, InputError, Report, Severity
from newslint.formatters import OutputContext, get
from newslint.formatters.summary import LIMIT

EXAMPLES = Path(__file__).parents[1] / "examples"


class _Page(HTMLParser):
    """Tables as lists of rows of cell texts; every tag with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.headings: list[str] = []
        self._cell: list[str] | None = None
        self._heading: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag in ("h2", "h3"):
            self._heading = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append("".join(self._cell))
            self._cell = None
        elif tag in ("h2", "h3") and self._heading is not None:
            self.headings.append("".join(self._heading))
            self._heading = None

    def handle_data(self, data: str) -> None:
        for part in (self._cell, self._heading):
            if part is not None:
                part.append(data)


def render(markdown: str) -> _Page:
    page = _Page()
    page.feed(MarkdownIt("commonmark").enable("table").render(markdown))
    return page


def finding(
    path: str, rule: str, line: int, severity: Severity, message: str = "m", **kw: object
) -> Finding:
    return Finding(
        path, rule, "existence", severity, message, line, 3, line, 8, "match", 0, 5, **kw
    )  # type: ignore[arg-type]


def summary(report: Report, **ctx: str) -> str:
    return get("summary")(report, OutputContext(**ctx))  # type: ignore[arg-type]


REPORT = Report(
    (
        FileResult(
            "articles/b.md",
            (
                finding(
                    "articles/b.md",
                    "superlative",
                    2,
                    Severity.WARNING,
                    "Historic",
                    suggestions=("notable",),
                ),
                finding("articles/b.md", "entity-spelling", 4, Severity.ERROR, "Marc Rubio"),
            ),
        ),
        FileResult(
            "articles/a.md", (finding("articles/a.md", "superlative", 9, Severity.WARNING),)
        ),
        FileResult("articles/clean.md", ()),
    )
)


def test_counts_per_rule_and_the_findings() -> None:
    page = render(summary(REPORT, scope="lines changed since origin/main"))
    assert page.headings == [
        "newslint: 1 error, 2 warnings in 3 files",
        "Findings on lines changed since origin/main",
    ]
    counts, listed = page.tables
    assert counts == [
        ["Rule", "Errors", "Warnings", "Info", "Total"],
        ["superlative", "", "2", "", "2"],
        ["entity-spelling", "1", "", "", "1"],
    ]
    assert listed[0] == ["Severity", "Where", "Rule", "Message", "Suggestion"]
    assert listed[1:] == [  # errors first, then by file and line
        ["error", "articles/b.md:4:3", "entity-spelling", "Marc Rubio", ""],
        ["warning", "articles/a.md:9:3", "superlative", "m", ""],
        ["warning", "articles/b.md:2:3", "superlative", "Historic", "notable"],
    ]


def test_hostile_text_stays_text() -> None:
    hostile = "A | B\n\n![x](https://evil.example/p.png) <img src=x onerror=alert(1)> [link](https://e.example) @team `code` **bold**"
    report = Report(
        (
            FileResult(
                "a|<b>.md",
                (finding("a|<b>.md", "r", 1, Severity.ERROR, hostile, suggestions=(hostile,)),),
            ),
        ),
        (InputError("bad<script>.md", hostile),),
    )
    markdown = summary(report)
    page = render(markdown)
    assert {tag for tag, _ in page.tags} <= {
        "h2",
        "h3",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "p",
        "ul",
        "li",
    }
    row = page.tables[1][1]
    assert len(row) == 5
    assert row[1] == "a|<b>.md:1:3"
    assert row[3] == " ".join(hostile.split())
    assert "bad<script>.md" in markdown.replace("\\", "")


def test_report_link_only_for_a_web_url() -> None:
    url = "https://github.com/o/r/actions/runs/1/artifacts/2"
    page = render(summary(REPORT, report_url=url))
    assert [a["href"] for t, a in page.tags if t == "a"] == [url]
    bad = render(summary(REPORT, report_url="javascript:alert(1)"))
    assert not [t for t, _ in bad.tags if t == "a"]


def test_long_lists_are_cut_and_counted() -> None:
    many = tuple(finding("a.md", "r", n, Severity.INFO) for n in range(1, LIMIT + 8))
    markdown = summary(Report((FileResult("a.md", many),)))
    page = render(markdown)
    assert len(page.tables[1]) == LIMIT + 1
    assert "... and 7 more." in markdown


def test_clean_run() -> None:
    markdown = summary(Report((FileResult("a.md", ()),)), scope="lines changed since main")
    assert render(markdown).tables == []
    assert "No findings on lines changed since main." in markdown


def test_cli_writes_the_summary_with_the_link() -> None:
    url = "https://example.org/report"
    run = CliRunner().invoke(
        app,
        ["check", "--format", "summary", "--ignore", "grammar", "--report-url", url, str(EXAMPLES)],
    )
    assert run.exit_code == 1, run.output
    page = render(run.stdout)
    assert ["duplicate-paragraph", "4", "", "", "4"] in page.tables[0]
    assert [a["href"] for t, a in page.tags if t == "a"] == [url]
