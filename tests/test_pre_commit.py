"""The pre-commit hooks, run by pre-commit in a real repository with the entries of
.pre-commit-hooks.yaml: the default hook reports only the lines a commit changes and skips the
config's excluded files even when pre-commit names them."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from newslint.diffscope import changed_lines_staged

ROOT = Path(__file__).parents[1]
BIN = Path(sys.executable).parent
HOOKS = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
OLD = "# Council meets\n\nSecretary of State Marc Rubio spoke on Monday.\n"
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@x"}
    return subprocess.run(
        ["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True
    ).stdout


def test_the_default_hook_is_the_changed_lines_one() -> None:
    entry = shlex.split(HOOKS["newslint"]["entry"])
    assert entry[:2] == ["newslint", "check"]
    assert "--staged" in entry and "--force-exclude" in entry
    whole = shlex.split(HOOKS["newslint-whole-files"]["entry"])
    assert "--staged" not in whole and "--force-exclude" in whole
    for hook in HOOKS.values():
        assert hook["require_serial"] is True and hook["language"] == "python"


def test_staged_lines(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "a.md").write_text("one\ntwo\n")
    git(tmp_path, "add", "a.md")
    assert changed_lines_staged(tmp_path) == {tmp_path / "a.md": {1, 2}}  # no commit yet
    git(tmp_path, "commit", "-q", "-m", "a")
    (tmp_path / "a.md").write_text("one\nTWO\nthree\n")
    assert changed_lines_staged(tmp_path) == {}  # not staged
    git(tmp_path, "add", "a.md")
    (tmp_path / "a.md").write_text("ONE\nTWO\nthree\n")  # unstaged: not counted
    assert changed_lines_staged(tmp_path) == {tmp_path / "a.md": {2, 3}}


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A content repository whose articles/old.md and archive/old.md have an old finding, and
    whose pre-commit config runs both hooks with their entries from .pre-commit-hooks.yaml."""
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    shutil.copy(ROOT / ".pre-commit-hooks.yaml", hooks)
    git(hooks, "init", "-q", "-b", "main")
    git(hooks, "add", ".")
    git(hooks, "commit", "-q", "-m", "hooks")
    rev = git(hooks, "rev-parse", "HEAD").strip()
    repo = tmp_path / "content"
    (repo / "articles").mkdir(parents=True)
    (repo / "archive").mkdir()
    git(repo, "init", "-q", "-b", "main")
    listed = "".join(
        f"  - id: {hook_id}\n    language: system\n"
        f"    entry: {BIN / 'newslint'} {hook['entry'].removeprefix('newslint ')}\n"
        for hook_id, hook in HOOKS.items()
    )
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {hooks}\n  rev: {rev}\n  hooks:\n{listed}"
    )
    (repo / "newslint.yaml").write_text("exclude: [archive/]\n")
    (repo / "articles" / "old.md").write_text(OLD)
    (repo / "archive" / "old.md").write_text(OLD)
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "old articles")
    return repo


def pre_commit(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("pre-commit") or str(BIN / "pre-commit")
    if not Path(exe).exists():
        pytest.skip("needs pre-commit")
    return subprocess.run(
        [exe, "run", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        env={**os.environ, "PRE_COMMIT_HOME": str(repo.parent / "pc")},
    )


def test_old_findings_do_not_block_a_commit_new_ones_do(content: Path) -> None:
    article = content / "articles" / "old.md"
    article.write_text(OLD + "\nThe council will meet again next month.\n")
    git(content, "add", ".")
    ran = pre_commit(content, "newslint")
    assert ran.returncode == 0, ran.stdout + ran.stderr
    article.write_text(article.read_text() + "\nPresident Nayib Bukle sent a letter.\n")
    git(content, "add", ".")
    ran = pre_commit(content, "newslint")
    assert ran.returncode == 1, ran.stdout + ran.stderr
    assert "Nayib Bukle" in ran.stdout and "Marc Rubio" not in ran.stdout


def test_excluded_files_pre_commit_names_are_skipped(content: Path) -> None:
    archived = content / "archive" / "old.md"
    archived.write_text(OLD + "\nPresident Nayib Bukle sent a letter.\n")
    git(content, "add", ".")
    ran = pre_commit(content, "newslint", "--files", "archive/old.md")
    assert ran.returncode == 0 and "Bukle" not in ran.stdout, ran.stdout + ran.stderr
    audit = pre_commit(content, "newslint-whole-files", "--all-files")
    assert audit.returncode == 1, audit.stdout + audit.stderr
    assert "articles/old.md" in audit.stdout and "archive/" not in audit.stdout


def test_force_exclude_skips_named_files_and_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from newslint.cli import app

    monkeypatch.chdir(tmp_path)
    for folder in ("articles", "archive", "drafts/2026"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "story.md").write_text(OLD)
    (tmp_path / "newslint.yaml").write_text("exclude: [archive/, 'drafts/**/*.md']\n")
    named = ["articles/story.md", "archive/story.md", "archive", "drafts/2026/story.md"]
    out = CliRunner().invoke(app, ["check", "--no-color", "--force-exclude", *named]).stdout
    assert "articles/story.md:3:" in out and "archive" not in out and "drafts" not in out
    out = CliRunner().invoke(app, ["check", "--no-color", *named]).stdout
    assert "archive/story.md:3:" in out and "drafts/2026/story.md:3:" in out


def test_staged_outside_a_repository_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from newslint.cli import app

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    (tmp_path / "story.md").write_text(OLD)
    result = CliRunner().invoke(app, ["check", "--staged", "story.md"])
    assert result.exit_code == 2
    assert "is not inside a git repository; --staged needs one" in result.stderr


def test_the_readme_snippet_pins_a_commit_with_these_hooks() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (block,) = [b for b in re.findall(r"```yaml\n(.*?)```", readme, re.S) if "rev:" in b]
    (repo,) = yaml.safe_load(block)["repos"]
    assert repo["repo"] == "https://github.com/newslint/newslint"
    assert re.fullmatch(r"[0-9a-f]{40}", repo["rev"]), repo["rev"]
    assert {h["id"] for h in repo["hooks"]} <= set(HOOKS)
    # The pinned commit is in main's history and defines the hooks as they are now.
    shallow = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--is-shallow-repository"],
        capture_output=True,
        text=True,
        check=False,
    )
    if shallow.returncode != 0 or shallow.stdout.strip() != "false":
        pytest.skip("needs the repository's full history")
    pinned = git(ROOT, "show", f"{repo['rev']}:.pre-commit-hooks.yaml")
    then = {h["id"]: h["entry"] for h in yaml.safe_load(pinned)}
    for hook in repo["hooks"]:
        assert then[hook["id"]] == HOOKS[hook["id"]]["entry"]
