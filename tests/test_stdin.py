"""``newslint check - --stdin-filename PATH``: what editors pipe unsaved buffers through."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from newslint.cli import app
from schema_helper import assert_valid_json_output

ARTICLE = (
    "# Senate vote\n"
    "\n"
    "😀 Café owner José said Marko Rubio met officials in Kiev on Tuesday morning.\n"
)
NAME_COLUMN = ARTICLE.splitlines()[2].index("Marko Rubio") + 1
runner = CliRunner()
PROBLEM_MATCHER = r"^(.+?):(\d+):(\d+): (error|warning|info) (\S+) (.*)$"
CMD = (sys.executable, "-m", "newslint", "check", "--ignore", "grammar")


def check_stdin(*args: str, text: str = ARTICLE) -> tuple[int, dict[str, Any]]:
    result = runner.invoke(
        app, ["check", "--format", "json", "--ignore", "grammar", "-", *args], input=text
    )
    return result.exit_code, assert_valid_json_output(result.stdout)


def rules(data: dict[str, Any]) -> list[str]:
    return [d["rule"] for f in data["files"] for d in f["diagnostics"]]


def test_path_and_findings_come_from_stdin_filename(tmp_path: Path) -> None:
    path = str(tmp_path / "desk" / "story.md")  # need not exist
    code, data = check_stdin("--stdin-filename", path)
    assert code == 1
    [file] = data["files"]
    assert file["path"] == path
    [name] = [d for d in file["diagnostics"] if d["rule"] == "entity-spelling"]
    assert (name["line"], name["column"], name["match"]) == (3, NAME_COLUMN, "Marko Rubio")
    assert name["suggestions"] == ["Marco Rubio"]
    assert "place-names" in rules(data)


def test_without_a_filename_the_path_is_stdin() -> None:
    _, data = check_stdin()
    assert [f["path"] for f in data["files"]] == ["<stdin>"]


def test_suppression_comments_and_clean_input() -> None:
    text = "Officials said\n\n<!-- newslint-disable-next-line entity-spelling -->\nMarko Rubio\n"
    _, as_md = check_stdin("--stdin-filename", "a.md", text=text)
    assert "entity-spelling" not in rules(as_md)
    _, clean = check_stdin("--stdin-filename", "a.md", text="Officials said it rained.\n")
    assert clean["summary"] == {"files": 1, "error": 0, "warning": 0, "info": 0}


def test_config_is_discovered_from_the_stdin_filename(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    (desk / "politics").mkdir(parents=True)
    (desk / "newslint.yaml").write_text("rules:\n  entity-spelling: off\n", encoding="utf-8")
    _, configured = check_stdin("--stdin-filename", str(desk / "politics" / "story.md"))
    assert "entity-spelling" not in rules(configured)
    assert "place-names" in rules(configured)
    _, elsewhere = check_stdin("--stdin-filename", str(tmp_path / "story.md"))
    assert "entity-spelling" in rules(elsewhere)


def test_broken_config_found_from_stdin_filename_exits_2(tmp_path: Path) -> None:
    (tmp_path / "newslint.yaml").write_text("rulez: {}\n", encoding="utf-8")
    result = runner.invoke(
        app,
        ["check", "-", "--stdin-filename", str(tmp_path / "a.md")],
        input=ARTICLE,
    )
    assert result.exit_code == 2
    assert "rulez" in result.stderr


def test_real_subprocess(tmp_path: Path) -> None:
    (tmp_path / "newslint.yaml").write_text("rules:\n  place-names: off\n", encoding="utf-8")
    path = str(tmp_path / "story.md")
    proc = subprocess.run(
        [*CMD, "--format", "json", "-", "--stdin-filename", path],
        input=ARTICLE.encode("utf-8"),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 1, proc.stderr.decode()
    data = assert_valid_json_output(proc.stdout.decode("utf-8"))
    assert data["files"][0]["path"] == path
    assert rules(data) == ["entity-spelling"]
    text = subprocess.run(
        [*CMD, "-q", "-", "--stdin-filename", path],
        input=ARTICLE.encode("utf-8"),
        capture_output=True,
        timeout=120,
        check=False,
    ).stdout.decode("utf-8")
    expected = f"{path}:3:{NAME_COLUMN}: error entity-spelling "
    assert text.startswith(expected), text
    for line in text.splitlines():  # the regex in docs/editors.md (VS Code problem matcher)
        assert re.fullmatch(PROBLEM_MATCHER, line), line
