"""``newslint inspect``: blocks with their kinds, lines and readers."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newslint.cli import app

ARTICLE = (
    "Library to close after 90 years\n\n"
    "The town council voted on Tuesday to close the old library after a long debate.\n\n"
    "Shr 41 cts vs 37 cts\n\n"
    "Reporting by Ana Ruiz; Editing by Tom Hale\n"
)


def test_inspect_prints_kinds_and_lines(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["inspect", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "news voice" in lines[0]
    assert [line.split()[:2] for line in lines[1:5]] == [
        ["1", "headline"],
        ["3", "prose"],
        ["5", "data"],
        ["7", "footer"],
    ]
    assert "unchecked" in lines[3] and "unchecked" not in lines[2]
    assert any(line.split()[:1] == ["prose"] and "duplicate-paragraph" in line for line in lines)


def test_inspect_json(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("---\ntype: review\n---\n" + ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["inspect", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    info = json.loads(result.output)
    assert info["voice"] == "opinion"
    data = [b for b in info["blocks"] if b["kind"] == "data"]
    assert data == [
        {
            "kind": "data",
            "syntax": "paragraph",
            "line": 8,
            "end_line": 8,
            "text": "Shr 41 cts vs 37 cts",
            "rules": [],
        }
    ]


def test_inspect_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["inspect", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
