"""Tests for baseline files and the fingerprints they share with SARIF."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslint.baseline import BaselineError, apply_baseline, load_baseline, write_baseline
from newslint.findings import FileResult, Finding, Report, Severity
from newslint.fingerprints import finding_hash, fingerprint_findings

ARTICLE = (
    "# Headline\n\nIt was the best result ever, officials said.\n\nMs. Smtih arrived on Monday.\n"
)


def hits(
    source: str, needle: str, path: str = "news/a.md", rule: str = "superlative"
) -> list[Finding]:
    """A finding for every occurrence of ``needle`` in ``source``."""
    out = []
    start = source.find(needle)
    while start >= 0:
        end = start + len(needle)
        line = source.count("\n", 0, start) + 1
        column = start - (source.rfind("\n", 0, start) + 1) + 1
        out.append(
            Finding(
                path=path,
                rule=rule,
                check=rule,
                severity=Severity.WARNING,
                message=f"{needle}?",
                line=line,
                column=column,
                end_line=line,
                end_column=column + len(needle),
                match=needle,
                start=start,
                end=end,
            )
        )
        start = source.find(needle, end)
    return out


def report(source: str, *needles: str, path: str = "news/a.md") -> Report:
    findings = [f for needle in needles for f in hits(source, needle, path)]
    findings.sort(key=lambda f: f.sort_key)
    return Report((FileResult(path, tuple(findings)),))


def test_fingerprint_ignores_line_but_not_context() -> None:
    [first] = hits(ARTICLE, "best")
    moved = "Intro.\n\nMore intro.\n\n" + ARTICLE
    [second] = hits(moved, "best")
    assert second.line != first.line
    assert finding_hash(first, ARTICLE) == finding_hash(second, moved)
    reworded = ARTICLE.replace("It was the", "This is the")
    [third] = hits(reworded, "best")
    assert finding_hash(third, reworded) != finding_hash(first, ARTICLE)
    # Whitespace and case in the context are normalised away.
    spaced = ARTICLE.replace("was the best result", "was  THE\nbest result")
    [fourth] = hits(spaced, "best")
    assert finding_hash(fourth, spaced) == finding_hash(first, ARTICLE)


def test_identical_findings_get_occurrence_indices() -> None:
    text = "one two three best four five six. one two three best four five six."
    found = hits(text, "best")
    prints = fingerprint_findings(list(reversed(found)), text)
    first = prints[0].split(":")[0]
    assert prints == [f"{first}:1", f"{first}:0"]  # numbered in position order


def test_baseline_file_is_stable_and_sorted(tmp_path: Path) -> None:
    path = tmp_path / "newslint-baseline.json"
    rep = report(ARTICLE, "Smtih", "best")
    assert write_baseline(rep, {"news/a.md": ARTICLE}, path) == 2
    text = path.read_text(encoding="utf-8")
    doc = json.loads(text)
    assert doc["version"] == 1
    assert [e["rule"] for e in doc["findings"]] == ["superlative", "superlative"]
    keys = [(e["path"], e["rule"], e["fingerprint"]) for e in doc["findings"]]
    assert keys == sorted(keys)
    assert {e["match"] for e in doc["findings"]} == {"best", "Smtih"}
    assert "line" not in text
    assert text.endswith("}\n")
    write_baseline(rep, {"news/a.md": ARTICLE}, path)
    assert path.read_text(encoding="utf-8") == text
    assert list(tmp_path.iterdir()) == [path]  # no temp file left behind


def test_lines_inserted_above_keep_the_finding_suppressed(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(report(ARTICLE, "best", "Smtih"), {"news/a.md": ARTICLE}, path)
    edited = (
        "# Headline\n\nA new first paragraph.\n\nAnd another.\n" + ARTICLE[len("# Headline\n") :]
    )
    out, stats = apply_baseline(report(edited, "best", "Smtih"), {"news/a.md": edited}, path)
    assert out.files[0].findings == ()
    assert (stats.suppressed, stats.fixed, stats.total) == (2, 0, 2)


def test_new_identical_finding_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    para = "It was the best day of all.\n\n"
    text = "Intro.\n\n" + para * 2 + "Signed.\n"
    write_baseline(report(text, "best"), {"news/a.md": text}, path)
    grown = "Intro.\n\n" + para * 3 + "Signed.\n"
    out, stats = apply_baseline(report(grown, "best"), {"news/a.md": grown}, path)
    # Identical findings are a multiset: two baselined, three now -> one reported.
    assert [f.line for f in out.files[0].findings] == [7]
    assert (stats.suppressed, stats.fixed) == (2, 0)


def test_fixed_findings_are_counted(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(report(ARTICLE, "best", "Smtih"), {"news/a.md": ARTICLE}, path)
    fixed = ARTICLE.replace("Smtih", "Smith")
    out, stats = apply_baseline(report(fixed, "best"), {"news/a.md": fixed}, path)
    assert out.files[0].findings == ()
    assert (stats.suppressed, stats.fixed, stats.total) == (1, 1, 2)
    # Entries for files not checked in this run are not "fixed".
    other = report("Nothing here.\n", path="news/b.md")
    _, stats = apply_baseline(other, {}, path)
    assert (stats.suppressed, stats.fixed) == (0, 0)


def test_paths_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(report(ARTICLE, "best", path="./news/a.md"), {"./news/a.md": ARTICLE}, path)
    assert json.loads(path.read_text())["findings"][0]["path"] == "news/a.md"
    out, _ = apply_baseline(
        report(ARTICLE, "best", path="news\\a.md"), {"news\\a.md": ARTICLE}, path
    )
    assert out.files[0].findings == ()


def test_missing_baseline_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.json"
    with pytest.raises(BaselineError, match=r"baseline file .*nope\.json not found"):
        apply_baseline(report(ARTICLE, "best"), {}, path)


@pytest.mark.parametrize(
    ("content", "error"),
    [
        ("{not json", r"bad\.json is not valid JSON \(line 1, column 2\)"),
        ('{"version": 99, "findings": []}', r"bad\.json is not a newslint baseline of version 1"),
        ("[]", "not a newslint baseline"),
        ('{"version": 1, "findings": {}}', "'findings' must be a list"),
        ('{"version": 1, "findings": [{"path": "a"}]}', "entry 0 needs string"),
    ],
)
def test_corrupt_baseline_names_the_file(tmp_path: Path, content: str, error: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError, match=error):
        load_baseline(path)


def test_unwritable_baseline(tmp_path: Path) -> None:
    with pytest.raises(BaselineError, match="cannot write baseline"):
        write_baseline(report(ARTICLE, "best"), {}, tmp_path / "missing-dir" / "b.json")
