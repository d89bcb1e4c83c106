"""The HTML report in a real browser: headless Chromium (Debian's package) driven by Playwright.

Checks the DOM against the JSON output of the same run: every finding is highlighted at its
exact span (the marked text is the JSON's ``match`` and starts at the finding's offset), the
filters hide and show findings, pagination pages, article text never runs as script and the
page fetches nothing. Skipped when Chromium or Playwright is missing, unless
NEWSLINT_REQUIRE_BROWSER=1 (as .ci/run sets), where that is a failure.
"""

from __future__ import annotations

import os
import random
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newslint import runner
from newslint.config import load_config
from newslint.formatters import OutputContext, get
from newslint.formatters.json_format import to_dict
from newslint.positions import LineIndex
from newslint.stages import rule_infos

EXAMPLES = Path(__file__).parents[1] / "examples"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _chromium() -> str:
    """The browser to drive, or skip (fail when NEWSLINT_REQUIRE_BROWSER=1) saying why not."""
    missing = ""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing = "Playwright is not installed (pip install -e '.[test]')"
    path = os.environ.get("NEWSLINT_CHROMIUM") or shutil.which("chromium")
    if path is None and not missing:
        missing = "no chromium on PATH (apt-get install chromium, or set NEWSLINT_CHROMIUM)"
    if missing:
        if os.environ.get("NEWSLINT_REQUIRE_BROWSER") == "1":
            pytest.fail(f"NEWSLINT_REQUIRE_BROWSER=1 but {missing}")
        pytest.skip(missing)
    assert path is not None
    return path


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    executable = _chromium()
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=executable,
            args=FLAGS,
            headless=True,
            viewport={"width": 1100, "height": 1400},
        )
        yield context
        context.close()


def _write_report(paths: list[Path], out: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """Lint ``paths`` once; write the HTML page to ``out``; return the JSON form and sources."""
    cfg = load_config(None, start=paths[0])
    result = runner.run([str(p) for p in paths], cfg, jobs=1)
    ctx = OutputContext(rules=rule_infos(cfg), sources=result.sources, version="test")
    out.write_text(get("html")(result.report, ctx), encoding="utf-8")
    return to_dict(result.report), result.sources


# For every note: its rule, line, column, the text of its highlight (pieces joined) and the
# code-point offset where the highlight starts (its block's offset plus the text before it).
DOM_FINDINGS = """() => {
  const out = {};
  for (const note of document.querySelectorAll("li.note")) {
    const n = note.dataset.f;
    const marks = [...document.querySelectorAll(`mark[data-f="${n}"]`)];
    let start = null;
    if (marks.length) {
      const block = marks[0].closest(".b");
      const range = document.createRange();
      range.setStart(block, 0);
      range.setEnd(marks[0], 0);
      start = Number(block.dataset.s) + [...range.toString()].length;
    }
    out[n] = {rule: note.dataset.rule, line: Number(note.dataset.line),
              col: Number(note.dataset.col), marks: marks.length,
              text: marks.map(m => m.textContent).join(""), start,
              path: note.closest("details.article").dataset.path};
  }
  return out;
}"""


def _open(browser: Any, page_file: Path) -> tuple[Any, list[str]]:
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(page_file.as_uri())
    return page, requests


def _assert_dom_holds_every_finding(
    page: Any, data: dict[str, Any], sources: dict[str, str]
) -> int:
    dom = page.evaluate(DOM_FINDINGS)
    expected = [(fr["path"], d) for fr in data["files"] for d in fr["diagnostics"]]
    assert len(dom) == len(expected)
    for number, (path, d) in enumerate(expected):
        got = dom[str(number)]
        assert (got["path"], got["rule"], got["line"], got["col"]) == (
            path,
            d["rule"],
            d["line"],
            d["column"],
        )
        assert got["marks"] >= 1, d
        index = LineIndex(sources[path])
        assert got["start"] == index.line_start(d["line"]) + d["column"] - 1, (path, d)
        if got["marks"] == 1:
            assert got["text"] == d["match"], (path, d)
        else:  # split over blocks: the white space between them is not highlighted
            assert got["text"].split() == d["match"].split() or "".join(
                got["text"].split()
            ) == "".join(d["match"].split()), (path, d)
    return len(expected)


def test_examples_and_seed_article(
    browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(EXAMPLES.parent)
    data, sources = _write_report([Path("examples")], tmp_path / "report.html")
    assert any(p.endswith("seed-article.txt") for p in sources)
    page, requests = _open(browser, tmp_path / "report.html")
    assert _assert_dom_holds_every_finding(page, data, sources) >= 15
    assert requests == [(tmp_path / "report.html").as_uri()]
    seed = page.locator("details.article", has_text="seed-article.txt")
    assert seed.locator("h3 mark.f").first.text_content() == "Historic"
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    if os.environ.get("NEWSLINT_SCREENSHOT"):
        shutil.copyfile(shot, os.environ["NEWSLINT_SCREENSHOT"])
    page.close()


PARAGRAPHS = [
    "It was the worst storm ever recorded in the region, officials said on {day}.",
    "U.S. Secretary of State Marc Rubio met Nicolas Maduro in Caracas on {day}.",
    "Crews worked through the night to restore power to {n} homes in Kiev.",
    "The groundbreaking deal was signed on {day} after months of talks. 🚀 Markets rose.",
    "Residents said the water reached the second floor of {n} houses by {day}.",
    'A reader wrote: <script>window.__pwned = 1</script> and <img src=x onerror="window.__pwned=2">',
    "The council voted {n} to 4 to approve the plan, which takes effect on {day}.",
    "The historic vote came after a debate that lasted {n} hours.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def _articles(folder: Path, count: int) -> list[Path]:
    """``count`` varied articles: Markdown and text, CRLF, emoji, duplicates, hostile HTML."""
    rnd = random.Random(22)
    folder.mkdir()
    out = []
    for i in range(count):
        title = rnd.choice(["Historic storm hits Kiev", "Council passes budget", "Talks resume"])
        body = [
            rnd.choice(PARAGRAPHS).format(day=rnd.choice(DAYS), n=rnd.randint(2, 900))
            for _ in range(rnd.randint(0, 5))
        ]
        if body and rnd.random() < 0.3:
            body.append(body[0])  # a duplicated paragraph
        markdown = i % 2 == 0
        head = f"# {title}" if markdown else title
        text = "\n\n".join([head, *body]) + "\n"
        if i % 7 == 3:
            text = text.replace("\n", "\r\n")
        path = folder / f"article-{i:03d}.{'md' if markdown else 'txt'}"
        path.write_bytes(text.encode("utf-8"))
        out.append(path)
    return out


@pytest.fixture(scope="module")
def generated(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, dict[str, Any], dict[str, str]]:
    root = tmp_path_factory.mktemp("generated")
    _articles(root / "articles", 200)
    data, sources = _write_report([root / "articles"], root / "report.html")
    return root / "report.html", data, sources


def test_two_hundred_articles(
    browser: Any, generated: tuple[Path, dict[str, Any], dict[str, str]]
) -> None:
    page_file, data, sources = generated
    page, requests = _open(browser, page_file)
    assert _assert_dom_holds_every_finding(page, data, sources) > 200
    assert requests == [page_file.as_uri()]
    assert page.evaluate("window.__pwned") is None
    assert page.locator(".b", has_text='<img src=x onerror="window.__pwned=2">').count() > 0
    with_findings = sum(1 for fr in data["files"] if fr["diagnostics"])
    assert page.locator("details.article:visible").count() == 20
    where = page.locator(".pager .where").first
    assert (
        where.text_content()
        == f"articles 1–20 of {with_findings} (page 1 of {-(-with_findings // 20)})"
    )
    page.locator(".pager .next").first.click()
    assert where.text_content().startswith("articles 21–40")
    page.close()


def _visible_notes(page: Any, selector: str) -> int:
    return int(page.locator(f"details.article:visible li.note{selector}:visible").count())


def test_filters_hide_and_show(
    browser: Any, generated: tuple[Path, dict[str, Any], dict[str, str]]
) -> None:
    page_file, _, _ = generated
    page, _ = _open(browser, page_file)
    first = page.locator("input.rule-filter").first
    index = first.get_attribute("value")
    rule = f".r{index}"
    assert _visible_notes(page, rule) > 0
    first.uncheck()
    assert _visible_notes(page, rule) == 0
    assert _visible_notes(page, "") > 0  # other rules' findings stay
    background = "getComputedStyle(document.querySelector('mark.f.r%s')).backgroundColor"
    assert page.evaluate(background % index) == "rgba(0, 0, 0, 0)"
    first.check()
    assert _visible_notes(page, rule) > 0
    assert page.evaluate(background % index) != "rgba(0, 0, 0, 0)"

    page.locator("input.sev-filter[value=warning]").uncheck()
    assert _visible_notes(page, ".s-warning") == 0
    page.locator("input.sev-filter[value=warning]").check()
    assert _visible_notes(page, ".s-warning") > 0

    page.locator("#no-rules").click()
    assert page.locator("details.article:visible").count() == 0
    assert "no article has findings" in str(page.locator(".pager .where").first.text_content())
    page.locator("#all-rules").click()
    assert page.locator("details.article:visible").count() == 20
    page.close()


def test_why_shows_the_rule_explanation(
    browser: Any, generated: tuple[Path, dict[str, Any], dict[str, str]]
) -> None:
    page_file, _, _ = generated
    page, _ = _open(browser, page_file)
    note = page.locator("li.note:visible").first
    rule = note.get_attribute("data-rule")
    note.locator("a.why").click()
    shown = note.locator(".why-text").text_content()
    cfg = load_config(None, start=page_file)
    assert rule is not None and shown == cfg.rules[rule].description
    page.close()


def test_a_missing_browser_skips_or_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.delenv("NEWSLINT_CHROMIUM", raising=False)
    monkeypatch.delenv("NEWSLINT_REQUIRE_BROWSER", raising=False)
    with pytest.raises(pytest.skip.Exception, match=r"no chromium|Playwright"):
        _chromium()
    monkeypatch.setenv("NEWSLINT_REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception, match="NEWSLINT_REQUIRE_BROWSER=1 but"):
        _chromium()
