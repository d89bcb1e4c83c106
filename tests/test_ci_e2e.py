"""End to end in a real git repository: a pull request that adds two problems to an article
whose old problems must not block it; the GitHub Action's shell steps run as commands."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import newslint

ROOT = Path(__file__).parents[1]
BIN = Path(sys.executable).parent
SRC = str(Path(newslint.__file__).resolve().parents[1])
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

OLD = """\
**Council approves budget after long debate**
The city council approved the budget on Tuesday after a debate that ran late into the night.
It was a historic day for the city, with the budget passed on time.
The council approved the budget on Tuesday after a debate that ran late into the night.
Council members will meet again next month to discuss the library plan.
"""
CLEAN_PARA = "Council members will meet again next month to discuss the library plan."
NEW_NAME = "Secretary of State Marc Rubio sent a letter of support to the mayor."
NEW_CLEAN = "The mayor thanked residents for their patience during the session."


def git(repo: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@x",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@x",
    }
    return subprocess.run(
        ["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True
    ).stdout


def newslint(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    return subprocess.run(
        [str(BIN / "newslint"), *args], cwd=repo, capture_output=True, text=True, env=env
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "content"
    (repo / "articles").mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    (repo / "articles" / "budget.txt").write_text(OLD, encoding="utf-8")
    (repo / "articles" / "other.txt").write_text(OLD.replace("budget", "plan"), encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "old articles")
    git(repo, "checkout", "-q", "-b", "feature")
    text = OLD + NEW_CLEAN + "\n" + NEW_NAME + "\n" + CLEAN_PARA + "\n"
    (repo / "articles" / "budget.txt").write_text(text, encoding="utf-8")
    git(repo, "commit", "-q", "-am", "edit")
    return repo


def annotations(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("::")]


def test_diff_base_reports_exactly_the_new_findings(repo: Path) -> None:
    full = newslint(repo, "check", "--format", "github", "--ignore", "grammar", "articles/")
    assert len(annotations(full.stdout)) > 2  # the old problems are there
    run = newslint(repo, "check", "--diff-base", "main", "--format", "github", "articles/")
    found = annotations(run.stdout)
    assert run.returncode == 1, run.stdout + run.stderr
    assert len(found) == 2, found
    assert any("title=duplicate-paragraph" in a and "line=8" in a for a in found)
    assert any("title=entity-spelling" in a and "line=7" in a for a in found)

    fixed = OLD + NEW_CLEAN + "\n" + NEW_NAME.replace("Marc ", "Marco ") + "\n"
    (repo / "articles" / "budget.txt").write_text(fixed, encoding="utf-8")
    again = newslint(repo, "check", "--diff-base", "main", "--format", "github", "articles/")
    assert again.returncode == 0, again.stdout + again.stderr
    assert annotations(again.stdout) == []


def test_diff_file_from_stdin(repo: Path) -> None:
    diff = git(repo, "diff", "main", "--", "articles/")
    run = subprocess.run(
        [str(BIN / "newslint"), "check", "--diff-file", "-", "--format", "json", "articles/"],
        cwd=repo,
        input=diff,
        capture_output=True,
        text=True,
    )
    import json

    rules = sorted(d["rule"] for f in json.loads(run.stdout)["files"] for d in f["diagnostics"])
    assert rules == ["duplicate-paragraph", "entity-spelling"]


def test_baseline_keeps_old_problems_quiet(repo: Path) -> None:
    base = newslint(repo, "baseline", "articles/", "-o", ".newslint-baseline.json")
    assert base.returncode == 0, base.stderr
    quiet = newslint(repo, "check", "--baseline", ".newslint-baseline.json", "articles/")
    assert quiet.returncode == 0 and "0 errors, 0 warnings" in quiet.stdout
    path = repo / "articles" / "other.txt"
    path.write_text(
        "\n"
        + path.read_text(encoding="utf-8")
        + "The groundbreaking plan was unveiled today by the council.\n",
        encoding="utf-8",
    )
    new = newslint(
        repo, "check", "--fail-on", "warning", "--baseline", ".newslint-baseline.json", "articles/"
    )
    assert new.returncode == 1 and new.stdout.count(": warning superlative") == 1, new.stdout


def test_action_steps_run_as_commands(repo: Path, tmp_path: Path) -> None:
    origin = tmp_path / "origin.git"
    git(tmp_path, "clone", "-q", "--bare", str(repo), str(origin))
    work = tmp_path / "checkout"
    git(tmp_path, "clone", "-q", "--depth=1", "--branch", "feature", f"file://{origin}", str(work))
    steps = {
        s["name"]: s for s in yaml.safe_load((ROOT / "action.yml").read_text())["runs"]["steps"]
    }
    output = tmp_path / "github_output"
    output.write_text("")
    env = {
        **{k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"},
        "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
        # The code under test, also when it is put on the path as a relative PYTHONPATH=src.
        "PYTHONPATH": os.pathsep.join([SRC, os.environ.get("PYTHONPATH", "")]),
        "GITHUB_OUTPUT": str(output),
        "RUNNER_TEMP": str(tmp_path / "runner-temp"),
        "NEWSLINT_DIFF_BASE": "",
        "NEWSLINT_PR_BASE": "main",
    }

    def step(name: str, extra: dict[str, str]) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", "-c", steps[name]["run"]],
            cwd=work,
            env={**env, **extra},
            capture_output=True,
            text=True,
        )

    fetched = step("Fetch the diff base", {})
    assert fetched.returncode == 0, fetched.stderr
    assert "ref=origin/main" in output.read_text()
    ran = step(
        "Run newslint",
        {
            "NEWSLINT_PATHS": "articles/",
            "NEWSLINT_CONFIG": "",
            "NEWSLINT_FAIL_ON": "",
            "NEWSLINT_FORMAT": "github",
            "NEWSLINT_SARIF": "true",
            "NEWSLINT_SARIF_FILE": str(tmp_path / "out.sarif"),
            "NEWSLINT_BASE": "origin/main",
            "NEWSLINT_REPORT": "true",
        },
    )
    assert ran.returncode == 0, ran.stderr
    assert len(annotations(ran.stdout)) == 2
    outputs = output.read_text()
    assert "exit-code=1" in outputs and "sarif-exit-code=1" in outputs
    import json

    assert json.loads((tmp_path / "out.sarif").read_text())["version"] == "2.1.0"
    report = tmp_path / "runner-temp" / "newslint-report" / "newslint-report.html"
    assert f"report={report}" in outputs
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "other.txt" in page  # whole files
    summary = tmp_path / "step_summary.md"
    url = "https://github.com/o/r/actions/runs/1/artifacts/2"
    wrote = subprocess.run(
        ["bash", "-c", steps["Write the job summary"]["run"]],
        cwd=work,
        env={**env, "GITHUB_STEP_SUMMARY": str(summary), "NEWSLINT_REPORT_URL": url},
        capture_output=True,
        text=True,
    )
    assert wrote.returncode == 0, wrote.stderr
    text = summary.read_text(encoding="utf-8")
    assert "### Findings on lines changed since origin/main" in text, wrote.stderr
    rows = [line for line in text.splitlines() if line.startswith("| error")]
    assert len(rows) == 2, text  # the two new problems, not the old ones
    assert any("budget.txt:7:" in r and "entity-spelling" in r for r in rows)
    assert f"(<{url}>)" in text
    failed = subprocess.run(
        ["bash", "-c", steps["Fail on findings"]["run"]], env={**env, "NEWSLINT_EXIT_CODE": "1"}
    )
    assert failed.returncode == 1


@pytest.mark.skipif(
    shutil.which("pre-commit") is None and not (BIN / "pre-commit").exists(),
    reason="needs pre-commit",
)
def test_pre_commit_hook(tmp_path: Path) -> None:
    hooks = tmp_path / "hooks"
    shutil.copytree(
        ROOT,
        hooks,
        ignore=shutil.ignore_patterns(".venv", "bench", ".git", "*.sqlite", "__pycache__"),
    )
    git(hooks, "init", "-q", "-b", "main")
    git(hooks, "add", ".")
    git(hooks, "commit", "-q", "-m", "hooks")
    rev = git(hooks, "rev-parse", "HEAD").strip()
    content = tmp_path / "content"
    content.mkdir()
    git(content, "init", "-q", "-b", "main")
    (content / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {hooks}\n  rev: {rev}\n  hooks:\n  - id: newslint\n    language: system\n    entry: {BIN / 'newslint'} check\n"
    )
    (content / "story.md").write_text("# Council meets\n\nSecretary of State Marc Rubio spoke.\n")
    git(content, "add", ".")
    pre_commit = shutil.which("pre-commit") or str(BIN / "pre-commit")
    run = subprocess.run(
        [pre_commit, "run", "--all-files"],
        cwd=content,
        capture_output=True,
        text=True,
        env={**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pc")},
    )
    assert run.returncode == 1, run.stdout + run.stderr
    assert '"Marc Rubio" looks like a misspelling of "Marco Rubio"' in run.stdout
