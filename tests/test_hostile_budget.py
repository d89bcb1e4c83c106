"""A house rule's catastrophic pattern costs its time limit once per run, not once per file
and rule: it is switched off with one message naming the rule and the file that showed it
(issue 23 item 11)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import newslint
from newslint import runner
from newslint.checks import timed
from newslint.config import load_config

RULE = """\
id: slow-regex
check: existence
severity: warning
message: "bad {match}"
description: "What it flags: a test pattern."
options:
  patterns: ['(x+x+)+y']
"""
SLOW = "x" * 5000 + "\n"  # a paragraph the pattern needs far more than a second for
OFF = "rule 'slow-regex' is off for the rest of the run"
# A child process imports this newslint, wherever the tests run from.
ENV = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(Path(newslint.__file__).parents[1])}


def _repo(tmp_path: Path, articles: int, rule: str = RULE, text: str = SLOW) -> Path:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "slow.yaml").write_text(rule, encoding="utf-8")
    (tmp_path / "newslint.yaml").write_text(
        "rule-files: [rules]\nrules:\n  grammar: {enabled: false}\n", encoding="utf-8"
    )
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(articles):
        (folder / f"a{i:03}.md").write_text(f"Story {i} about Kiev.\n\n{text}", encoding="utf-8")
    return tmp_path


def test_a_timed_out_rule_is_reported_once_and_skipped_after(tmp_path: Path) -> None:
    """issue 23 item 11: five articles, each slow for the rule: one message, naming the first
    article, and every article still checked by the other rules."""
    repo = _repo(tmp_path, 5)
    cfg = load_config(repo / "newslint.yaml")
    result = runner.run([str(repo / "articles")], cfg, use_cache=False)
    off = [e for e in result.report.errors if OFF in e.message]
    assert len(off) == 1, result.report.errors
    assert off[0].path.endswith("a000.md")
    assert "took over 1.0s on one paragraph" in off[0].message
    assert len(result.report.errors) == 1
    assert all(any(f.rule == "place-names" for f in r.findings) for r in result.report.files)
    assert len(result.report.files) == 5


def test_a_rule_over_its_run_budget_is_switched_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """issue 23 item 11: a pattern under the per-paragraph limit everywhere but slow on every
    article still stops once its time for the run is spent."""
    rule = RULE.replace("(x+x+)+y", "(a|aa)+$")
    repo = _repo(tmp_path, 40, rule, "a" * 20 + "!\n")
    monkeypatch.setattr(timed, "RUN_BUDGET", 0.05)
    monkeypatch.setattr(timed, "PER_CHARACTER", 0.0)
    cfg = load_config(repo / "newslint.yaml")
    result = runner.run([str(repo / "articles")], cfg, use_cache=False)
    off = [e for e in result.report.errors if OFF in e.message]
    assert len(off) == 1, result.report.errors
    assert "used up its time for the run" in off[0].message
    assert len(result.report.files) == 40


def test_with_jobs_each_worker_stops_the_rule_and_the_message_is_shown_once(
    tmp_path: Path,
) -> None:
    """issue 23 item 11: with a process pool every worker meets the pattern once; the run
    prints one message, and takes about a second per worker, not per file."""
    repo = _repo(tmp_path, 40)
    proc = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--jobs", "2", "--no-cache", "articles"],
        cwd=repo,
        capture_output=True,
        text=True,
        env=ENV,
        timeout=300,
    )
    assert proc.stderr.count(OFF) == 1, proc.stderr
    assert proc.stdout.count("place-names") == 40
    assert proc.returncode == 2


def test_a_catastrophic_boilerplate_pattern_is_switched_off_too(tmp_path: Path) -> None:
    """issue 23 item 11: duplicate-paragraph's ``boilerplate`` regexes come from the config
    too; one that times out stops the rule once, not per file."""
    repo = _repo(tmp_path, 3, text="x" * 5000 + " and then some more words here, and more.\n")
    (repo / "newslint.yaml").write_text(
        "rules:\n  grammar: {enabled: false}\n"
        "  duplicate-paragraph:\n    options: {boilerplate: ['(x+x+)+y']}\n",
        encoding="utf-8",
    )
    cfg = load_config(repo / "newslint.yaml")
    result = runner.run([str(repo / "articles")], cfg, use_cache=False)
    off = [e.message for e in result.report.errors]
    assert len(off) == 1 and "rule 'duplicate-paragraph' is off" in off[0], off
    assert len(result.report.files) == 3
