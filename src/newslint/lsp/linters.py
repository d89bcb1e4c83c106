"""One prepared :class:`Linter` per configuration file, shared by every document under it.

Preparing rules (compiling patterns, loading the entity index) is the expensive part, so it
happens once per config, not per keystroke. When a config file changes, every cached linter
is marked stale and rebuilt on next use; if the rebuild fails, the last good linter for that
config keeps serving and the error is returned alongside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newslint.config import Config, load_config
from newslint.discovery import find_config
from newslint.linter import Linter

DEFAULTS = "<default rules>"


def new_linter(config: Config) -> Linter:
    """A prepared linter as the server uses it.

    No on-disk caches: every keystroke is a new text, and caching each one (the grammar
    results cache writes one file per text) would only fill the disk.

    Raises:
        ConfigError: when a rule cannot be prepared.
    """
    linter = Linter(config, use_cache=False)
    linter.prepare()
    return linter


@dataclass(frozen=True, slots=True)
class Lookup:
    """The linter for a document (None if no config ever loaded) and the config problem."""

    linter: Linter | None
    config: str
    error: str | None = None


class Linters:
    """A cache of prepared linters keyed by config file path."""

    def __init__(self) -> None:
        self._linters: dict[str, Linter] = {}
        self._stale: set[str] = set()
        self._errors: dict[str, str] = {}
        self._discovered: dict[Path, Path | None] = {}

    def config_for(self, path: Path) -> Path | None:
        """The config file that governs ``path`` (memoised per directory)."""
        directory = path.parent
        if directory not in self._discovered:
            self._discovered[directory] = find_config(directory)
        return self._discovered[directory]

    def lookup(self, path: Path) -> Lookup:
        """The prepared linter for a document at ``path``; never raises."""
        found = self.config_for(path)
        key = str(found) if found is not None else DEFAULTS
        if key not in self._stale and (key in self._linters or key in self._errors):
            return Lookup(self._linters.get(key), key, self._errors.get(key))
        try:
            linter = new_linter(load_config(found))
        except Exception as exc:
            # A broken config must not take the server down: keep the last good linter.
            self._errors[key] = str(exc) or type(exc).__name__
            self._stale.discard(key)
            return Lookup(self._linters.get(key), key, self._errors[key])
        self._linters[key] = linter
        self._stale.discard(key)
        self._errors.pop(key, None)
        return Lookup(linter, key)

    def invalidate(self) -> None:
        """Forget config discovery and mark every linter stale (a config file changed)."""
        self._discovered.clear()
        self._stale.update(self._linters)
        self._stale.update(self._errors)
