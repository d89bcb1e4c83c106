"""Which lines a change touched, so a pull request is judged only on what it changed.

A unified diff (``git diff`` or ``diff -u``) is parsed into the new-side line numbers that
were added or modified per file; :func:`filter_report` then keeps the findings on those lines.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Collection, Mapping
from dataclasses import replace
from pathlib import Path

from newslint.files import read_regular
from newslint.findings import FileResult, Report

_OCTAL = re.compile(r"[0-7]{3}")
_HUNK = re.compile(r"^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
_GIT_PREFIXES = ("a/", "b/", "i/", "w/", "c/", "o/", "1/", "2/")
_ESCAPES = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, '"': 34, "\\": 92}
_DEV_NULL = "/dev/null"


class DiffScopeError(Exception):
    """The changed lines could not be determined; the message says what to do."""


def _unquote(text: str) -> tuple[str, str]:
    """Split one (possibly C-quoted, as git writes them) path off the front of ``text``."""
    if not text.startswith('"'):
        return text, ""
    out = bytearray()
    i = 1
    while i < len(text):
        char = text[i]
        if char == '"':
            return out.decode("utf-8", "surrogateescape"), text[i + 1 :]
        if char == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt in "01234567" and _OCTAL.match(text, i + 1, i + 4):
                out.append(int(text[i + 1 : i + 4], 8))
                i += 4
                continue
            out.append(_ESCAPES.get(nxt, ord(nxt)))
            i += 2
            continue
        out += char.encode("utf-8", "surrogateescape")
        i += 1
    raise DiffScopeError(f"the diff has an unterminated quoted path: {text[:80]!r}")


def _header_path(line: str) -> str:
    """The path of a ``---``/``+++`` line, without a quoted form or a trailing timestamp."""
    rest = line[4:]
    if rest.startswith('"'):
        return _unquote(rest)[0]
    return rest.split("\t", 1)[0].rstrip()


def _git_header_paths(line: str) -> tuple[str, str] | None:
    """The two paths of ``diff --git A B`` when they can be told apart."""
    rest = line[len("diff --git ") :]
    if rest.startswith('"'):
        old, tail = _unquote(rest)
        tail = tail.lstrip(" ")
        return old, _unquote(tail)[0] if tail.startswith('"') else tail
    if rest.endswith('"'):
        cut = rest.index(' "')
        return rest[:cut], _unquote(rest[cut + 1 :])[0]
    # Unquoted names may contain spaces; split where both halves name the same file.
    for i in range(len(rest)):
        if rest[i] == " " and rest[i + 1 :][2:] == rest[:i][2:]:
            return rest[:i], rest[i + 1 :]
    return None


def _strip_prefix(path: str, other: str, git: bool) -> str:
    if git:
        return path[2:] if path[:2] in _GIT_PREFIXES else path
    if other.startswith("a/") and path.startswith("b/"):
        return path[2:]
    return path


def parse_unified_diff(text: str) -> dict[str, set[int]]:
    """Return the added or modified new-side line numbers of each file in a unified diff.

    Deleted files are left out; a file whose hunks only delete lines maps to an empty set; a
    pure rename or mode change is left out. Paths lose git's ``a/``/``b/`` prefixes.

    Args:
        text: The diff (``git diff``, ``git diff --no-prefix`` or ``diff -u`` output).

    Returns:
        ``{path: line numbers}`` with paths as the diff names them on the new side.

    Raises:
        DiffScopeError: A quoted path has no closing quote.
    """
    changed: dict[str, set[int]] = {}
    lines = text.split("\n")
    git = False
    pending_new: str | None = None
    old_path = ""
    current: set[int] | None = None
    i = 0
    while i < len(lines):
        line = lines[i].removesuffix("\r")
        i += 1
        if line.startswith("diff --git "):
            git = True
            current = None
            pair = _git_header_paths(line)
            pending_new = _strip_prefix(pair[1], pair[0], True) if pair else None
        elif line.startswith(("new file mode", "deleted file mode")):
            if line.startswith("new") and pending_new is not None:
                changed.setdefault(pending_new, set())
            pending_new = None
        elif line.startswith("--- ") and i < len(lines) and lines[i].startswith("+++ "):
            old_path = _header_path(line)
            new_path = _header_path(lines[i].removesuffix("\r"))
            i += 1
            pending_new = None
            if new_path == _DEV_NULL:
                current = None
            else:
                current = changed.setdefault(_strip_prefix(new_path, old_path, git), set())
        elif (match := _HUNK.match(line)) and current is not None:
            old_left = int(match.group(1) or "1")
            number = int(match.group(2))
            new_left = int(match.group(3) or "1")
            while (old_left > 0 or new_left > 0) and i < len(lines):
                body = lines[i].removesuffix("\r")
                i += 1
                tag = body[:1]
                if tag == "+":
                    current.add(number)
                    number += 1
                    new_left -= 1
                elif tag == "-":
                    old_left -= 1
                elif tag in (" ", ""):
                    number += 1
                    new_left -= 1
                    old_left -= 1
                elif tag != "\\":
                    i -= 1
                    break
    return changed


def changed_lines_from_diff(text: str, root: Path) -> dict[Path, set[int]]:
    """Parse a unified diff whose paths are relative to ``root`` into absolute paths."""
    return {root / path: lines for path, lines in parse_unified_diff(text).items()}


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LC_ALL": "C", "GIT_TERMINAL_PROMPT": "0"}
    try:
        return subprocess.run(
            ["git", "-C", str(repo), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="surrogateescape",
            env=env,
            check=False,
        )
    except FileNotFoundError:
        raise DiffScopeError(
            "git is not installed or not on PATH; it is needed for --diff-base"
        ) from None


def _remote_branch(base_ref: str) -> tuple[str, str]:
    remote, _, branch = base_ref.partition("/")
    return (remote, branch) if branch else ("origin", base_ref)


def changed_lines_since(base_ref: str, repo_dir: Path) -> dict[Path, set[int]]:
    """Return the lines changed between the merge-base of ``base_ref`` and HEAD and the work tree.

    Staged, unstaged and untracked (not ignored) files count; untracked files are wholly
    added.

    Args:
        base_ref: The branch or commit the change is compared with, e.g. ``origin/main``.
        repo_dir: Any directory inside the repository.

    Returns:
        ``{absolute path: changed line numbers}``.

    Raises:
        DiffScopeError: If this is not a git repository, the base is unknown (e.g. in a shallow
            clone) or git fails; the message says how to fix it.
    """
    root = _top_level(repo_dir, "--diff-base")
    remote, branch = _remote_branch(base_ref)
    if _git(root, "rev-parse", "--verify", "--quiet", f"{base_ref}^{{commit}}").returncode != 0:
        raise DiffScopeError(
            f"base {base_ref!r} not found; in a shallow CI clone run "
            f"`git fetch --no-tags --depth=50 {remote} +refs/heads/{branch}:refs/remotes/{remote}/"
            f"{branch}` (or use fetch-depth: 0 in actions/checkout)"
        )
    merge_base = _git(root, "merge-base", base_ref, "HEAD")
    if merge_base.returncode != 0:
        if _git(root, "rev-parse", "--is-shallow-repository").stdout.strip() == "true":
            raise DiffScopeError(
                f"no common ancestor of {base_ref!r} and HEAD in this shallow clone; run "
                f"`git fetch --no-tags --deepen=50 {remote} {branch}` until one is found "
                "(or `git fetch --unshallow`, or use fetch-depth: 0 in actions/checkout)"
            )
        raise DiffScopeError(f"{base_ref!r} and HEAD have no common ancestor")
    changed = _diff_lines(root, merge_base.stdout.strip())
    untracked = _git(root, "ls-files", "--others", "--exclude-standard", "-z")
    if untracked.returncode != 0:
        raise DiffScopeError(f"git ls-files failed: {untracked.stderr.strip()}")
    for name in filter(None, untracked.stdout.split("\0")):
        path = root / name
        try:
            data = read_regular(path)
        except OSError:
            continue
        # Count CR too: a file with old Mac line ends has more lines than git sees.
        count = max(data.count(b"\n"), data.count(b"\r")) + 1
        changed[path] = set(range(1, count + 1))
    return changed


def changed_lines_staged(repo_dir: Path) -> dict[Path, set[int]]:
    """The lines the git index adds or changes, compared with HEAD (``git diff --cached``):
    what a commit being made would change, as a pre-commit hook sees it.

    In a repository without commits yet every staged line counts.

    Raises:
        DiffScopeError: If this is not a git repository or git fails.
    """
    return _diff_lines(_top_level(repo_dir, "--staged"), "--cached")


def _top_level(repo_dir: Path, option: str) -> Path:
    top = _git(repo_dir, "rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise DiffScopeError(f"{repo_dir} is not inside a git repository; {option} needs one")
    return Path(top.stdout.strip())


def _diff_lines(root: Path, *against: str) -> dict[Path, set[int]]:
    """Changed lines of ``git diff AGAINST`` at ``root``, by absolute path."""
    diff = _git(
        root,
        "-c",
        "core.quotePath=true",
        "diff",
        "--no-color",
        "--no-ext-diff",
        "--no-textconv",
        "--find-renames",
        "--unified=0",
        "--src-prefix=a/",
        "--dst-prefix=b/",
        *against,
        "--",
    )
    if diff.returncode != 0:
        raise DiffScopeError(f"git diff failed: {diff.stderr.strip()}")
    return changed_lines_from_diff(diff.stdout, root)


def _key(path: Path | str, cwd: Path) -> Path:
    return (cwd / path).resolve()


def filter_report(
    report: Report,
    changed: Mapping[Path, Collection[int]],
    *,
    article_level_checks: Collection[str] = (),
    cwd: Path | None = None,
) -> Report:
    """Keep only findings on changed lines.

    Args:
        report: The full report.
        changed: Changed line numbers by path (relative paths are taken from ``cwd``).
        article_level_checks: Check kinds whose findings concern the whole article (e.g.
            ``readability``); they are kept whenever their file changed at all.
        cwd: Directory that relative paths in the report and in ``changed`` start from;
            defaults to the current directory.

    Returns:
        The report restricted to changed files and lines; input errors are kept.
    """
    base = cwd or Path.cwd()
    lines = {_key(path, base): set(numbers) for path, numbers in changed.items()}
    files: list[FileResult] = []
    for result in report.files:
        touched = lines.get(_key(result.path, base))
        if touched is None:
            continue
        kept = tuple(
            f
            for f in result.findings
            if f.check in article_level_checks
            or any(n in touched for n in range(f.line, max(f.line, f.end_line) + 1))
        )
        files.append(replace(result, findings=kept))
    return replace(report, files=tuple(files))
