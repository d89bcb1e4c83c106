"""Clean articles in the formats newsrooms keep (issue 19): an editor would pass each of them,
so the default rules report nothing at error or warning. Each one also carries traps: a
superlative in an opinion piece, a review or a reader's comment, a table whose rows look
alike, repeated list items, an earnings brief of data lines, a caption, a pull quote."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint import document
from newslint.config import default_config
from newslint.findings import Severity
from newslint.linter import Linter

CLEAN = Path(__file__).parent / "articles" / "clean"
ARTICLES = sorted(CLEAN.iterdir())


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(default_config())


def test_there_are_clean_articles_in_every_format() -> None:
    assert {p.suffix for p in ARTICLES} == {".md", ".txt"} and len(ARTICLES) >= 6


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_no_error_or_warning(path: Path, linter: Linter) -> None:
    findings = linter.lint_text(path.read_text(encoding="utf-8"), str(path))
    serious = [f for f in findings if f.severity in (Severity.ERROR, Severity.WARNING)]
    assert serious == [], [(f.line, f.rule, f.message) for f in serious]


@pytest.mark.parametrize(
    ("name", "line", "kind"),
    [
        ("news-front-matter.md", 9, "byline"),
        ("news-front-matter.md", 11, "dateline"),
        ("news-front-matter.md", 16, "caption"),
        ("news-front-matter.md", 18, "caption"),  # italic, with a photo credit at its end
        ("news-front-matter.md", 23, "quote"),
        ("news-front-matter.md", 27, "table"),
        ("news-front-matter.md", 36, "list"),
        ("news-front-matter.md", 45, "footer"),
        ("opinion.md", 18, "prose"),  # an italic bio line is no subhead
        ("reader-comments.md", 13, "comment"),
        ("earnings-brief.txt", 3, "data"),
        ("earnings-brief.txt", 15, "note"),
        ("wire-story.txt", 3, "byline"),
        ("wire-story.txt", 17, "caption"),
        ("wire-story.txt", 19, "links"),
        ("wire-story.txt", 21, "footer"),
    ],
)
def test_block_kinds(name: str, line: int, kind: str) -> None:
    path = CLEAN / name
    text = path.read_text(encoding="utf-8")
    doc = document.parse(text, str(path))
    start = sum(len(x) for x in text.splitlines(keepends=True)[: line - 1])
    [block] = [b for b in doc.blocks if b.start <= start < b.end]
    assert block.kind == kind


@pytest.mark.parametrize("name", ["opinion.md", "review.md"])
def test_opinion_and_review_are_not_the_reporters_voice(name: str) -> None:
    path = CLEAN / name
    doc = document.parse(path.read_text(encoding="utf-8"), str(path))
    prose = [b for b in doc.blocks if b.kind == "prose"]
    assert prose and not any(doc.reporter_voice(b) for b in prose)
