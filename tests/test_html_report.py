"""``--format html`` without a browser: the span nesting, escaping, counts, self-containment.

The browser test (tests/test_html_browser.py) loads the page in Chromium and reads the DOM.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newslint.cli import app
from newslint.findings import FileResult, Finding, Report, Severity
from newslint.formatters import OutputContext, RuleInfo, get
from newslint.formatters.html_spans import Piece, Span, pieces, ranges

EXAMPLES = Path(__file__).parents[1] / "examples"


def _texts(out: list[Piece]) -> dict[int, str]:
    """Each finding's text, its pieces joined, read back from the markup."""
    found: dict[int, str] = {}
    open_: list[int] = []
    for p in out:
        if p.kind == "open":
            open_.append(p.number)
            found.setdefault(p.number, "")
        elif p.kind == "close":
            open_.pop()
        else:
            for n in set(open_):
                found[n] += p.text
    return found


def _balanced(out: list[Piece]) -> bool:
    depth = 0
    for p in out:
        depth += {"open": 1, "close": -1}.get(p.kind, 0)
        if depth < 0:
            return False
    return depth == 0


@pytest.mark.parametrize(
    "spans",
    [
        [Span(0, 5, 0)],
        [Span(0, 20, 0), Span(4, 9, 1)],  # nested
        [Span(2, 10, 0), Span(6, 15, 1)],  # crossing
        [Span(2, 10, 0), Span(6, 15, 1), Span(8, 12, 2), Span(0, 20, 3)],
        [Span(3, 3, 0), Span(3, 8, 1)],  # empty span where another starts
        [Span(5, 9, 0), Span(5, 9, 1)],  # the same span twice
    ],
)
def test_pieces_keep_every_span_text(spans: list[Span]) -> None:
    source = "abcdefghijklmnopqrstuvwxyz"
    out = pieces(source, 0, 20, spans, set())
    assert _balanced(out)
    assert "".join(p.text for p in out) == source[:20]
    assert _texts(out) == {s.number: source[s.start : s.end] for s in spans}
    assert sorted(p.number for p in out if p.kind == "open" and p.first) == sorted(
        s.number for s in spans
    )


def test_a_span_over_two_blocks_is_split_and_first_only_once() -> None:
    source = "one para\n\ntwo para"
    seen: set[int] = set()
    span = Span(4, 13, 0)
    first = pieces(source, 0, 8, [span], seen)
    second = pieces(source, 10, 18, [span], seen)
    assert [p.first for p in first + second if p.kind == "open"] == [True, False]
    assert _texts(first)[0] + _texts(second)[0] == "paratwo"


def test_ranges_add_text_outside_blocks_that_a_finding_covers() -> None:
    source = "Title\n\nstray text\n\nBody"
    blocks = [(0, 5), (19, 23)]
    assert ranges(blocks, [], source) == blocks
    assert ranges(blocks, [Span(7, 12, 0)], source) == [(0, 5), (7, 12), (19, 23)]
    assert ranges(blocks, [Span(5, 7, 0)], source) == blocks  # only white space between


def _finding(path: str, rule: str, start: int, end: int, source: str, **kw: object) -> Finding:
    line = source.count("\n", 0, start) + 1
    col = start - (source.rfind("\n", 0, start) + 1) + 1
    return Finding(
        path,
        rule,
        "existence",
        kw.pop("severity", Severity.WARNING),  # type: ignore[arg-type]
        kw.pop("message", "m"),  # type: ignore[arg-type]
        line,
        col,
        line,
        col + end - start,
        source[start:end],
        start,
        end,
        **kw,  # type: ignore[arg-type]
    )


HOSTILE = '<script>alert("x")</script> and <img src=x onerror="alert(1)"> & "quotes"'


def _render(
    report: Report, sources: dict[str, str], rules: dict[str, RuleInfo] | None = None
) -> str:
    return get("html")(report, OutputContext(rules=rules or {}, sources=sources, version="9"))


def test_article_text_paths_and_messages_are_escaped() -> None:
    source = f"Headline\n\n{HOSTILE}\n"
    path = 'a"><script>alert(2)</script>.md'
    f = _finding(path, 'r"<b>', 10, 18, source, message=HOSTILE, suggestions=(HOSTILE,))
    rules = {f.rule: RuleInfo(f.rule, "existence", Severity.WARNING, HOSTILE, HOSTILE)}
    page = _render(Report((FileResult(path, (f,)),)), {path: source}, rules)
    assert "<script>alert" not in page
    assert "<img" not in page
    assert "<b>" not in page
    assert page.count("<script>") == 1  # the report's own
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_page_is_self_contained() -> None:
    result = CliRunner().invoke(
        app, ["check", "--format", "html", "--ignore", "grammar", str(EXAMPLES)]
    )
    assert result.exit_code == 1, result.output
    parser = _Collect()
    parser.feed(result.stdout)
    for tag, attrs in parser.tags:
        assert tag not in ("link", "iframe", "object", "embed", "img"), tag
        assert "src" not in attrs, (tag, attrs)
        href = attrs.get("href")
        assert href is None or href.startswith("#"), href
    assert not re.search(r"url\(|@import", result.stdout)


def test_summary_counts_per_rule_and_severity() -> None:
    source = "One two three four five six seven.\n"
    findings = (
        _finding("a.txt", "alpha", 0, 3, source, severity=Severity.ERROR),
        _finding("a.txt", "alpha", 4, 7, source, severity=Severity.WARNING),
        _finding("a.txt", "beta", 8, 13, source, severity=Severity.INFO),
    )
    report = Report((FileResult("a.txt", findings), FileResult("clean.txt", ())))
    page = _render(report, {"a.txt": source, "clean.txt": "Fine.\n"})
    rows = re.findall(r"<tr><td><input[^>]*value=\"(\d)\".*?<code>(\w+)</code>.*?</tr>", page, re.S)
    assert [name for _, name in rows] == ["alpha", "beta"]  # most findings first
    alpha = re.search(r"<code>alpha</code>.*?</tr>", page, re.S)
    assert alpha is not None
    cells = re.findall(r'<td class="num[^"]*">(\d*)</td>', alpha.group(0))
    assert cells == ["1", "1", "", "2"]
    assert "1 article without findings" in page and "<li>clean.txt</li>" in page
    assert "2 articles checked, 1 with findings" in page
    assert page.count('<mark class="f') == 3


def test_article_without_source_lists_its_findings() -> None:
    source = "Some words here.\n"
    f = _finding("a.txt", "alpha", 5, 10, source)
    page = _render(Report((FileResult("a.txt", (f,)),)), {})
    assert 'class="notes loose"' in page and 'data-rule="alpha"' in page


def test_no_findings_page() -> None:
    page = _render(Report((FileResult("a.txt", ()),)), {"a.txt": "Fine.\n"})
    assert "No findings." in page and "Articles with findings" not in page
