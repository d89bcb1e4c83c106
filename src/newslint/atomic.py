"""File writes that never half-write a file, never replace what is not a regular file, and keep
what the file system records about the file (inode and links, owner, mode, extended attributes).

A regular file with one link is replaced atomically: the new bytes go to a temporary file
beside it, which takes the old file's owner, mode and extended attributes and is renamed over
it. A file with hard links, or whose owner or attributes cannot be carried over, is rewritten
in place instead, so every link keeps seeing it and nothing it had is lost.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from newslint.files import FileRefused, describe_mode


class ChangedOnDisk(OSError):
    """The file's bytes were no longer the expected ones just before it was replaced."""


def write_bytes(
    path: Path, data: bytes, mode: int | None = None, *, expect: bytes | None = None
) -> None:
    """Write ``data`` to ``path``.

    Args:
        path: The file to create or replace.
        data: Its new bytes.
        mode: Permission bits for a new file (default: what ``open()`` gives, 0666 less the
            umask); an existing file keeps its own.
        expect: If given, the bytes ``path`` must still hold immediately before it is
            replaced.

    Raises:
        FileRefused: ``path`` exists and is not a regular file (a symlink, FIFO, device or
            directory): it is never replaced.
        ChangedOnDisk: ``path`` no longer holds ``expect``.
        OSError: The file cannot be written.
    """
    try:
        old = os.lstat(path)
    except FileNotFoundError:
        old = None
    if old is not None and not stat.S_ISREG(old.st_mode):
        kind = describe_mode(old.st_mode)
        raise FileRefused(path, f"not replaced: it is {kind}, not a regular file", fatal=True)
    if old is not None and old.st_nlink > 1:
        _write_in_place(path, data, expect)
        return
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if old is None:
            os.chmod(tmp, mode if mode is not None else 0o666 & ~_umask())
        elif not _carry_over(path, tmp, old):
            Path(tmp).unlink()
            _write_in_place(path, data, expect)
            return
        if expect is not None and _current(path) != expect:
            raise ChangedOnDisk(f"{path} changed on disk")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _carry_over(path: Path, tmp: str, old: os.stat_result) -> bool:
    """Give ``tmp`` the owner, mode and extended attributes of ``path``; False if it can't."""
    try:
        now = os.stat(tmp)
        if (now.st_uid, now.st_gid) != (old.st_uid, old.st_gid):
            os.chown(tmp, old.st_uid, old.st_gid)
        os.chmod(tmp, stat.S_IMODE(old.st_mode))  # after chown, which clears set-id bits
        for name in _xattr_names(path):
            os.setxattr(tmp, name, os.getxattr(path, name, follow_symlinks=False))
    except OSError:
        return False
    return True


def _xattr_names(path: Path) -> list[str]:
    if not hasattr(os, "listxattr"):
        return []
    try:
        return os.listxattr(path, follow_symlinks=False)
    except OSError:  # a file system without extended attributes
        return []


def _write_in_place(path: Path, data: bytes, expect: bytes | None) -> None:
    """Overwrite the file's bytes through its own inode (links, owner and attributes stay)."""
    with open(path, "r+b") as fh:
        if expect is not None and fh.read() != expect:
            raise ChangedOnDisk(f"{path} changed on disk")
        fh.seek(0)
        fh.write(data)
        fh.truncate()
        fh.flush()
        os.fsync(fh.fileno())


def _current(path: Path) -> bytes | None:
    with contextlib.suppress(OSError):
        return path.read_bytes()
    return None


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` (newlines kept exactly as given) as :func:`write_bytes` does."""
    write_bytes(path, text.encode(encoding))
