"""Derived data cached on disk, like ``.pyc`` files: the syllable table, the hyphenation
patterns, the entity index.

Each is keyed by what it is built from (a package version, a file's content), so it is never
stale and ``--no-cache`` (which is about results) keeps it. A cache that is missing, unreadable
or of another format is rebuilt; one that cannot be written is skipped.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path | None:
    """newslint's per-user cache directory, or None when there is no usable one: platformdirs'
    ``user_cache_dir("newslint")``. On Linux and the BSDs that is the XDG rule, written out
    here because importing platformdirs costs a one-article run ~4 ms."""
    try:
        if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
            xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
            if not os.path.isabs(xdg):  # unset, empty or relative: the spec's default
                xdg = os.path.expanduser("~/.cache")
            return Path(xdg) / "newslint"
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
    if path is not None and path.is_file():
        try:
            return load(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            pass
    value = build()
    if path is not None:
        from newslint.atomic import write_bytes

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes(path, dump(value))
        except OSError:
            pass
    return value
