"""A cache of per-file results, keyed by file content, configuration and newslint's own code.

Re-checking an unchanged repository then costs a hash per file. The cache is one SQLite file
in the user cache directory; any problem with it (locked, corrupt, read-only) silently turns
it off for the run, never fails the run.
"""

from __future__ import annotations

import os
import pickle
import sqlite3
from pathlib import Path
from typing import Any

from newslint.config import Config
from newslint.derived import cache_dir, fingerprint
from newslint.linter import Outcome

FORMAT = 2  # 2: BLAKE2b keys


def _code_fingerprint() -> str:
    """Changes whenever newslint's code or shipped rules change (not only its version)."""
    from newslint import __version__
    from newslint.rules import default_rules_dir

    h = fingerprint(f"{__version__}/{FORMAT}".encode())
    roots = [Path(__file__).parent, default_rules_dir()]
    for root in roots:
        for p in sorted(root.rglob("*")):
            if p.suffix in (".py", ".yaml", ".yml", ".txt", ".json") and p.is_file():
                st = p.stat()
                h.update(f"{p.name}:{st.st_size}:{st.st_mtime_ns};".encode())
    return h.hexdigest()


def config_fingerprint(config: Config, encoding: str) -> str:
    """A digest of everything in ``config`` that can change a file's findings."""
    h = fingerprint(_code_fingerprint().encode())
    rules = sorted(
        (r.id, r.check, int(r.severity), r.message, r.fix, r.enabled, sorted(r.options.items()))
        for r in config.rules.values()
    )
    # The grammar backend is chosen and reached through the environment, too.
    env = sorted((k, v) for k, v in os.environ.items() if k.startswith("NEWSLINT_"))
    h.update(pickle.dumps((rules, encoding, env), protocol=4))
    for f in config.entity_files:
        try:
            h.update(Path(f).read_bytes())
        except OSError:
            h.update(f"missing:{f}".encode())
    return h.hexdigest()


class ResultCache:
    """get/put of :class:`Outcome` by (config digest, path, content)."""

    def __init__(self, config: Config, encoding: str, directory: Path | None = None) -> None:
        self._prefix = config_fingerprint(config, encoding)
        self._db: sqlite3.Connection | None = None
        directory = directory or cache_dir()
        if directory is None:  # no usable cache folder: every get misses, put is a no-op
            return
        try:
            directory.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(directory / f"results-v{FORMAT}.sqlite", timeout=5)
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value BLOB)"
            )
        except (OSError, sqlite3.Error):
            self._db = None

    def key(self, data: bytes, display: str) -> str:
        """The cache key of one file's bytes as shown under ``display``."""
        h = fingerprint(self._prefix.encode())
        h.update(display.encode("utf-8", "surrogateescape") + b"\0")
        h.update(data)
        return h.hexdigest()

    def get(self, key: str) -> Outcome | None:
        """The stored outcome, or None."""
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
            value: Any = pickle.loads(row[0]) if row else None
        except (sqlite3.Error, pickle.PickleError, EOFError, AttributeError, TypeError):
            return None
        return value if isinstance(value, Outcome) else None

    def put_many(self, items: list[tuple[str, Outcome]]) -> None:
        """Store outcomes (without their source text, which the file itself holds)."""
        if self._db is None or not items:
            return
        try:
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO results (key, value) VALUES (?, ?)",
                    [(k, pickle.dumps(Outcome(o.result, o.errors), protocol=4)) for k, o in items],
                )
        except sqlite3.Error:
            self._db = None

    def close(self) -> None:
        """Close the database."""
        if self._db is not None:
            self._db.close()
            self._db = None
