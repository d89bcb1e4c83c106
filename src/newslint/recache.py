"""Regular expressions compiled once per machine instead of once per process.

Python compiles a regular expression in Python code (``re._parser`` and ``re._compiler``) into
a list of integers that ``_sre.compile`` turns into a pattern object in C. Compiling newslint's
~70 patterns (its own and those its default rules build) on every start was 14% of a
one-article run. :func:`compile` caches those lists on disk, one file per Python build, keyed
by each pattern's text and flags, so a warm start hands them straight to ``_sre.compile``: a
one-article run went from 503 M to 432 M instructions (callgrind).

A cached pattern is the pattern ``re.compile`` returns: an entry is only cached after the
object built from it compares equal to ``re.compile``'s (``Pattern.__eq__`` compares the text,
the flags and the compiled code). Anything unexpected (another Python, a damaged file, a
changed internal API) falls back to ``re.compile``; ``_sre`` validates the code it is handed,
so a damaged entry raises an error, which is caught, rather than misbehaving. New entries are
written when the process exits (atomically, like the other derived caches in
:mod:`newslint.derived`); a process that forks workers writes what its workers inherited.
"""

from __future__ import annotations

import _sre
import atexit
import marshal
import re
import sys
from pathlib import Path
from typing import Any, AnyStr

from newslint import derived

# What _sre.compile takes after the pattern: flags, code, groups, groupindex, indexgroup.
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
MAX_ENTRIES = 1_000  # ~1 kB each; a file that grew past this (rule-pack edits) starts afresh

_entries: dict[tuple[Any, int], Entry] | None = None
_added: dict[tuple[Any, int], Entry] = {}
_path: Path | None = None


def compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, from the on-disk cache when it holds the pattern."""
    flags = int(flags)
    entries = _load() if _entries is None else _entries
    key = (pattern, flags)
    entry = entries.get(key)
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)  # type: ignore[no-any-return]
        except Exception:
            del entries[key]
    compiled = re.compile(pattern, flags)
    if not flags & re.DEBUG and isinstance(pattern, (str, bytes)):
        _remember(key, compiled)
    return compiled


def _remember(key: tuple[Any, int], compiled: re.Pattern[Any]) -> None:
    """Cache ``compiled``'s code if building it the way ``re`` does gives the same pattern."""
    try:
        entry = build(*key)
        if _sre.compile(key[0], *entry) != compiled:
            return
    except Exception:
        return
    if not _added and _path is not None:
        atexit.register(save)
    _added[key] = entry
    assert _entries is not None
    _entries[key] = entry


def build(pattern: str | bytes, flags: int) -> Entry:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern`` (Python 3.11+)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    state = parsed.state
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    # Plain ints (re's opcodes are an int subclass): what marshal can store.
    return (
        int(flags | state.flags),
        [int(op) for op in code],
        state.groups - 1,
        dict(state.groupdict),
        tuple(indexgroup),
    )


def cache_path() -> Path | None:
    """This Python build's cache file, or None when there is no cache directory."""
    base = derived.cache_dir()
    if base is None:
        return None
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}"
    return base / f"re-{tag}-v1.marshal"


def _load() -> dict[tuple[Any, int], Entry]:
    global _entries, _path
    _entries = {}
    _path = cache_path()
    if _path is not None:
        _entries = read(_path)
    return _entries


def read(path: Path) -> dict[tuple[Any, int], Entry]:
    """The entries cached at ``path``; none when it is missing, damaged or of another shape."""
    try:
        entries = marshal.loads(derived.read_used(path))
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def save() -> None:
    """Write the entries this process added to the cache file, with those already there."""
    if not _added or _path is None:
        return
    entries = read(_path)
    if len(entries) + len(_added) > MAX_ENTRIES:
        entries = {}
    entries.update(_added)
    _added.clear()
    derived.store(_path, marshal.dumps(entries))
