"""Tests for diffscope: parsing unified diffs, asking git, and filtering a report."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from newslint.diffscope import (
    DiffScopeError,
    changed_lines_from_diff,
    changed_lines_since,
    filter_report,
    parse_unified_diff,
)
from newslint.findings import FileResult, Finding, Report, Severity

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

GIT_DIFF = """\
diff --git a/news/story.md b/news/story.md
index 1111111..2222222 100644
--- a/news/story.md
+++ b/news/story.md
@@ -2,4 +2,4 @@ Headline
 context
--- signature line that was deleted
+++ signature line that was added
 more context
-old
+new
@@ -20,2 +20,0 @@
-gone
-gone too
diff --git a/added.md b/added.md
new file mode 100644
index 0000000..3333333
--- /dev/null
+++ b/added.md
@@ -0,0 +1,3 @@
+one
+two
+three
\\ No newline at end of file
diff --git a/removed.md b/removed.md
deleted file mode 100644
index 4444444..0000000
--- a/removed.md
+++ /dev/null
@@ -1,2 +0,0 @@
-bye
-bye
diff --git a/old name.md b/new name.md
similarity 90%
rename from old name.md
rename to new name.md
index 5555555..6666666 100644
--- a/old name.md
+++ b/new name.md
@@ -5 +5 @@
-x
+y
diff --git a/same.md b/moved/same.md
similarity 100%
rename from same.md
rename to moved/same.md
diff --git a/empty.md b/empty.md
new file mode 100644
index 0000000..e69de29
diff --git "a/caf\\303\\251 \\"q\\".md" "b/caf\\303\\251 \\"q\\".md"
index 7777777..8888888 100644
--- "a/caf\\303\\251 \\"q\\".md"
+++ "b/caf\\303\\251 \\"q\\".md"
@@ -1,0 +2 @@ first
+second
"""


def test_parse_git_diff() -> None:
    assert parse_unified_diff(GIT_DIFF) == {
        "news/story.md": {3, 5},
        "added.md": {1, 2, 3},
        "new name.md": {5},
        "empty.md": set(),
        'café "q".md': {2},
    }


def test_parse_crlf_diff() -> None:
    assert parse_unified_diff(GIT_DIFF.replace("\n", "\r\n")) == parse_unified_diff(GIT_DIFF)


def test_parse_plain_diff_u_and_no_prefix() -> None:
    plain = (
        "--- b/story.md\t2024-01-01 10:00:00.000000000 +0000\n"
        "+++ b/story.md\t2024-01-02 10:00:00.000000000 +0000\n"
        "@@ -1,3 +1,5 @@\n"
        " a\n"
        "+b\n"
        " c\n"
        "\n"
        "+e\n"
    )
    # Without git's a/ b/ pair a leading "b/" is a real directory; an empty line is context.
    assert parse_unified_diff(plain) == {"b/story.md": {2, 5}}
    no_prefix = "diff --git x.md x.md\n--- x.md\n+++ x.md\n@@ -1 +1 @@\n-a\n+b\n"
    assert parse_unified_diff(no_prefix) == {"x.md": {1}}


def test_content_that_looks_like_a_header_stays_content() -> None:
    diff = "--- a/x.md\n+++ b/x.md\n@@ -1,2 +1,2 @@\n--- rule\n+++ rule\n-@@ -9 +9 @@\n+ok\n"
    assert parse_unified_diff(diff) == {"x.md": {1, 2}}


def test_diff_from_a_file(tmp_path: Path) -> None:
    patch = tmp_path / "change.diff"
    patch.write_bytes(GIT_DIFF.encode("utf-8"))
    changed = changed_lines_from_diff(patch.read_text(encoding="utf-8"), tmp_path)
    assert changed[tmp_path / "news" / "story.md"] == {3, 5}
    assert tmp_path / "removed.md" not in changed


# --- git ---------------------------------------------------------------------------------

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.com",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.com",
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, **GIT_ENV}
    done = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout


def make_repo(path: Path) -> Path:
    path.mkdir()
    git(path, "-c", "init.defaultBranch=main", "init", "-q")
    (path / "story.md").write_text("".join(f"line {i}\n" for i in range(1, 11)))
    (path / "other.md").write_text("untouched\n")
    (path / ".gitignore").write_text("ignored.md\n")
    git(path, "add", ".")
    git(path, "commit", "-qm", "base")
    return path


@needs_git
def test_changed_lines_since_branch_and_worktree(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    git(repo, "checkout", "-qb", "feature")
    lines = (repo / "story.md").read_text().splitlines(keepends=True)
    lines[1] = "line two, edited\n"
    lines.insert(5, "inserted\n")
    (repo / "story.md").write_text("".join(lines))
    git(repo, "commit", "-qam", "edit")
    # main moves on; its later commits must not count as changes of this branch.
    git(repo, "checkout", "-q", "main")
    (repo / "other.md").write_text("changed on main\n")
    git(repo, "commit", "-qam", "main moves")
    git(repo, "checkout", "-q", "feature")
    # Uncommitted and untracked work counts too; ignored files do not.
    (repo / "story.md").write_text((repo / "story.md").read_text() + "appended\n")
    (repo / "draft.md").write_text("a\nb\n")
    (repo / "ignored.md").write_text("x\n")

    changed = changed_lines_since("main", repo)
    root = repo.resolve()
    assert changed[root / "story.md"] == {2, 6, 12}
    assert changed[root / "draft.md"] >= {1, 2}
    assert root / "other.md" not in changed
    assert root / "ignored.md" not in changed


@needs_git
def test_shallow_clone_without_base_says_what_to_fetch(tmp_path: Path) -> None:
    origin = make_repo(tmp_path / "origin")
    git(origin, "checkout", "-qb", "feature")
    (origin / "story.md").write_text("changed\n")
    git(origin, "commit", "-qam", "feature work")
    clone = tmp_path / "clone"
    git(
        tmp_path,
        "clone",
        "-q",
        "--depth=1",
        "--branch=feature",
        (origin.resolve()).as_uri(),
        str(clone),
    )
    with pytest.raises(DiffScopeError) as info:
        changed_lines_since("origin/main", clone)
    message = str(info.value)
    command = "git fetch --no-tags --depth=50 origin +refs/heads/main:refs/remotes/origin/main"
    assert message.startswith("base 'origin/main' not found; in a shallow CI clone run")
    assert f"`{command}`" in message
    assert "fetch-depth: 0" in message
    # Following the advice (perhaps twice: fetch the base, then deepen) is enough.
    changed: dict[Path, set[int]] = {}
    for _ in range(3):
        advice = message.split("`")[1]
        git(clone, *advice.split()[1:])
        try:
            changed = changed_lines_since("origin/main", clone)
            break
        except DiffScopeError as exc:
            message = str(exc)
            assert "deepen" in message
    assert changed[clone.resolve() / "story.md"] == {1}


@needs_git
def test_not_a_repository(tmp_path: Path) -> None:
    with pytest.raises(DiffScopeError, match="not inside a git repository"):
        changed_lines_since("main", tmp_path)


# --- filter_report -----------------------------------------------------------------------


def finding(
    path: str, line: int, end_line: int | None = None, check: str = "superlative"
) -> Finding:
    return Finding(
        path=path,
        rule=check,
        check=check,
        severity=Severity.WARNING,
        message="m",
        line=line,
        column=1,
        end_line=end_line or line,
        end_column=2,
        match="x",
        start=0,
        end=1,
    )


def test_filter_report(tmp_path: Path) -> None:
    report = Report(
        files=(
            FileResult(
                "a.md",
                (
                    finding("a.md", 1, check="readability"),
                    finding("a.md", 3),
                    finding("a.md", 5),
                    finding("a.md", 7, 9),
                ),
            ),
            FileResult("b.md", (finding("b.md", 1),)),
            FileResult("c.md", (finding("c.md", 1, check="readability"),)),
        )
    )
    changed = {tmp_path / "a.md": {5, 8}, Path("c.md"): set[int]()}
    out = filter_report(report, changed, article_level_checks={"readability"}, cwd=tmp_path)
    assert [r.path for r in out.files] == ["a.md", "c.md"]
    assert [f.line for f in out.files[0].findings] == [1, 5, 7]
    assert [f.check for f in out.files[1].findings] == ["readability"]
    plain = filter_report(report, changed, cwd=tmp_path)
    assert [f.line for f in plain.files[0].findings] == [5, 7]
