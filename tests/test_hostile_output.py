"""Output that a hostile article or file name cannot break or abuse (issue 23 items 9, 16)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newslint.config import default_config
from newslint.findings import FileResult, Report
from newslint.formatters import FORMATTERS, OutputContext
from newslint.formatters.text import safe
from newslint.linter import Linter

SRC = str(Path(__file__).resolve().parents[1] / "src")
KIEV = "Drones struck Kiev overnight, officials said.\n"
HOSTILE = "Drones struck Kiev \x1b]0;pwned\x07\x1b[2J\u202e\x9b overnight, officials said.\n"


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file names must be UTF-8")
def test_sarif_with_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    (tmp_path / os.fsdecode(b"caf\xe9.md")).write_text(KIEV)
    run = subprocess.run(
        [sys.executable, "-m", "newslint", "check", ".", "--format", "sarif", "--no-cache"],
        cwd=tmp_path,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": SRC, "XDG_CACHE_HOME": str(tmp_path / ".cache")},
        timeout=120,
    )
    assert run.returncode in (0, 1), run.stderr.decode("utf-8", "replace")
    sarif = json.loads(run.stdout)
    [result] = sarif["runs"][0]["results"]
    location = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uri"] == "caf%E9.md"


def _report(text: str, path: str = "a.md") -> tuple[Report, dict[str, str]]:
    findings = Linter(default_config().select(["place-names"]), use_cache=False).lint_text(
        text, path
    )
    return Report((FileResult(path, tuple(findings)),), ()), {path: text}


@pytest.mark.parametrize("color", [False, True])
def test_text_output_never_echoes_control_characters(color: bool) -> None:
    report, sources = _report(HOSTILE, "evil\x1b[31m.md")
    ctx = OutputContext(sources=sources, show_source=True, color=color)
    out = FORMATTERS["text"](report, ctx)
    ours = out.replace("\x1b[0m", "").replace("\x1b[1m", "").replace("\x1b[2m", "")
    ours = ours.replace("\x1b[33m", "")
    assert "\x1b" not in ours and "\x07" not in ours and "\x9b" not in ours and "\u202e" not in ours
    assert "evil␛[31m.md:1:15:" in out and "␛]0;pwned␇␛[2J\ufffd\ufffd" in out


def test_carets_stay_under_the_span_after_control_characters() -> None:
    text = "\x1b[2J Drones struck Kiev overnight, officials said.\n"
    report, sources = _report(text)
    out = FORMATTERS["text"](report, OutputContext(sources=sources, show_source=True))
    line, carets = out.splitlines()[1:3]
    start = carets.index("^")
    assert line[start : start + 4] == "Kiev" and carets.count("^") == 4


def test_safe_keeps_ordinary_text() -> None:
    text = "Café owners in Kyiv — “quoted” 😀\tand tabs"
    assert safe(text) == text
