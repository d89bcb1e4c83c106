"""Hostile files: FIFOs, devices, symlinks out of the tree, huge files, and what --fix,
--write-baseline and init may write (issue 23 items 4 and 6)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newslint.files
from newslint import atomic
from newslint.cli import Exit, app
from newslint.files import FileRefused, read_regular

runner = CliRunner()
SRC = str(Path(__file__).resolve().parents[1] / "src")
KIEV = "Drones struck Kiev overnight, officials said.\n"
KYIV = "Drones struck Kyiv overnight, officials said.\n"
posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero")


def cli(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def check(*args: str) -> tuple[int, str, str]:
    return cli("check", "--ignore", "grammar", "--no-cache", "--fail-on", "warning", *args)


def run_newslint(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """A real process with a timeout, so a regression that hangs fails instead."""
    env = {**os.environ, "PYTHONPATH": SRC, "XDG_CACHE_HOME": str(cwd / ".cache")}
    return subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--ignore", "grammar", "--no-cache", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


# --- item 4: only regular files are read ------------------------------------------------------


@posix_only
def test_fifo_and_dev_zero_in_a_walk_do_not_hang(tmp_path: Path) -> None:
    arts = tmp_path / "articles"
    arts.mkdir()
    (arts / "good.md").write_text(KIEV)
    (arts / "zero.md").symlink_to("/dev/zero")
    os.mkfifo(arts / "pipe.md")
    run = run_newslint(tmp_path, "--fail-on", "warning", "articles")
    assert run.returncode == Exit.FINDINGS, run.stderr
    assert "articles/good.md:1:15: warning place-names" in run.stdout
    assert "articles/pipe.md: not a regular file (a FIFO): skipped" in run.stderr
    assert "articles/zero.md: symbolic link to outside the checked folder" in run.stderr


@posix_only
def test_named_fifo_and_dev_zero_are_refused(tmp_path: Path) -> None:
    (tmp_path / "zero.md").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "good.md").write_text(KIEV)
    run = run_newslint(tmp_path, "--fail-on", "warning", "zero.md", "pipe.md", "good.md")
    assert run.returncode == Exit.FINDINGS, run.stderr
    assert "zero.md: not a regular file (a character device): skipped" in run.stderr
    assert "pipe.md: not a regular file (a FIFO): skipped" in run.stderr


@posix_only
@pytest.mark.parametrize("how", ["--config", "--entities", "--baseline"])
def test_a_fifo_as_config_entities_or_baseline(tmp_path: Path, how: str) -> None:
    os.mkfifo(tmp_path / "pipe.yaml")
    (tmp_path / "good.md").write_text(KIEV)
    run = run_newslint(tmp_path, how, "pipe.yaml", "good.md")
    assert run.returncode == Exit.ERROR
    assert "pipe.yaml" in run.stderr and "Traceback" not in run.stderr
    assert "FIFO" in run.stderr or "entities file not found" in run.stderr


def test_links_inside_the_tree_are_followed_outside_only_when_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "outside.md").write_text(KIEV)
    arts = tmp_path / "articles"
    (arts / "desk").mkdir(parents=True)
    (arts / "desk" / "real.md").write_text(KIEV)
    (arts / "inside.md").symlink_to(arts / "desk" / "real.md")
    (arts / "away.md").symlink_to(tmp_path / "outside.md")
    code, out, err = check("articles")
    assert "articles/inside.md:1:15" in out and out.count("place-names") == 1  # one file
    assert "away.md" not in out
    assert "articles/away.md: symbolic link to outside the checked folder: skipped" in err
    code, out, err = check("articles/away.md")
    assert "articles/away.md:1:15: warning place-names" in out and code == Exit.FINDINGS


def test_size_cap_has_a_clear_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(newslint.files, "MAX_FILE_BYTES", 3 * 1024 * 1024)
    (tmp_path / "big.md").write_bytes(b"Word. " * 1_000_000)
    (tmp_path / "good.md").write_text(KIEV)
    code, out, err = check("big.md", "good.md")
    assert code == Exit.ERROR and "good.md:1:15" in out
    assert "big.md: file is over 5 MiB, more than the 3 MiB limit" in err
    with pytest.raises(FileRefused, match="limit"):
        read_regular(tmp_path / "good.md", limit=10)


def test_fix_never_writes_through_a_link_out_of_the_tree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "target.md").write_text(KIEV)
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "a.md").symlink_to(outside / "target.md")
    monkeypatch.chdir(repo)
    _, _, err = check("--fix", "--select", "place-names", "a.md")
    assert (outside / "target.md").read_text() == KIEV
    assert "a.md: not fixed: a symbolic link out of the checked folder" in err


@pytest.mark.parametrize("kind", ["symlink", "fifo", "directory"])
@pytest.mark.parametrize("command", ["baseline", "init"])
def test_baseline_and_init_never_replace_a_non_regular_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, command: str
) -> None:
    if kind == "fifo" and os.name != "posix":
        pytest.skip("no FIFOs")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(KIEV)
    (tmp_path / "keep.txt").write_text("precious\n")
    out = tmp_path / "out.json"
    if kind == "symlink":
        out.symlink_to(tmp_path / "keep.txt")
    elif kind == "fifo":
        os.mkfifo(out)
    else:
        out.mkdir()
    before = os.lstat(out)
    if command == "init":
        code, _, err = cli("init", "--force", "out.json")
    else:
        code, _, err = check("a.md", "--write-baseline", "out.json")
    assert code == Exit.ERROR, err
    assert "out.json" in err and "Traceback" not in err
    after = os.lstat(out)
    assert (after.st_ino, stat.S_IFMT(after.st_mode)) == (
        before.st_ino,
        stat.S_IFMT(before.st_mode),
    )
    assert (tmp_path / "keep.txt").read_text() == "precious\n"


# --- item 6: what --fix writes ----------------------------------------------------------------


def test_fix_leaves_read_only_files_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "a.md"
    article.write_text(KIEV)
    article.chmod(0o444)
    _, out, err = check("--fix", "a.md")
    assert article.read_text() == KIEV and stat.S_IMODE(article.stat().st_mode) == 0o444
    assert "a.md: not fixed: the file is read-only" in err
    assert "a.md:1:15: warning place-names" in out


def test_fix_keeps_hard_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "a.md"
    article.write_text(KIEV)
    os.link(article, tmp_path / "twin.txt")
    inode = article.stat().st_ino
    check("--fix", "a.md")
    assert article.read_text() == KYIV == (tmp_path / "twin.txt").read_text()
    assert article.stat().st_ino == inode and article.stat().st_nlink == 2


def test_fix_keeps_mode_owner_and_xattrs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "a.md"
    article.write_text(KIEV)
    article.chmod(0o640)
    xattrs = hasattr(os, "setxattr")
    if xattrs:
        try:
            os.setxattr(article, "user.newsroom", b"desk=metro")
        except OSError:
            xattrs = False
    owner = (article.stat().st_uid, article.stat().st_gid)
    if os.geteuid() == 0:
        os.chown(article, 1234, 5678)
        owner = (1234, 5678)
    check("--fix", "a.md")
    info = article.stat()
    assert article.read_text() == KYIV
    assert stat.S_IMODE(info.st_mode) == 0o640 and (info.st_uid, info.st_gid) == owner
    if xattrs:
        assert os.getxattr(article, "user.newsroom") == b"desk=metro"


def test_fix_keeps_an_edit_saved_while_it_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "a.md"
    article.write_text(KIEV)
    edited = "An editor saved this version while newslint was writing.\n"
    real = tempfile.mkstemp

    def mkstemp(*args: object, **kwargs: object) -> tuple[int, str]:
        made = real(*args, **kwargs)  # type: ignore[call-overload]
        article.write_text(edited)  # saved after newslint read the file, before it replaced it
        return made  # type: ignore[no-any-return]

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    _, _, err = check("--fix", "a.md")
    assert article.read_text() == edited
    assert "a.md: not fixed: the file changed on disk while it was being checked" in err
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".a.md.")]


def test_atomic_write_checks_the_expected_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("now\n")
    with pytest.raises(atomic.ChangedOnDisk):
        atomic.write_bytes(path, b"new\n", expect=b"then\n")
    assert path.read_text() == "now\n"
    atomic.write_bytes(path, b"new\n", expect=b"now\n")
    assert path.read_text() == "new\n"
