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
from newslint.yamlutil import ConfigError

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
class ConfigProblem:
    """Why a configuration did not load: the file at fault (the config itself, a rule file or
    an entities list it names), the 1-based line when known, and what is wrong."""

    message: str
    path: str | None = None
    line: int | None = None

    @classmethod
    def of(cls, exc: Exception, config: Path | None) -> ConfigProblem:
        """The problem ``exc`` describes; the file is ``config`` when ``exc`` names none."""
        if isinstance(exc, ConfigError):
            return cls(exc.message, exc.path or (str(config) if config else None), exc.line)
        return cls(str(exc) or type(exc).__name__, str(config) if config else None)

    @property
    def where(self) -> str:
        """``PATH, line N`` (or just the path, or nothing)."""
        if self.path is None:
            return ""
        return f"{self.path}, line {self.line}" if self.line else self.path


@dataclass(frozen=True, slots=True)
class Lookup:
    """The linter for a document (None if no config ever loaded) and the config problem."""

    linter: Linter | None
    config: str
    error: ConfigProblem | None = None


class Linters:
    """A cache of prepared linters keyed by config file path.

    Args:
        override: One config file for every document (``newslint lsp --config``), instead
            of the one discovered beside each document.
    """

    def __init__(self, override: Path | None = None) -> None:
        self.override = override
        self._linters: dict[str, Linter] = {}
        self._stale: set[str] = set()
        self._errors: dict[str, ConfigProblem] = {}
        self._discovered: dict[Path, Path | None] = {}

    def config_for(self, path: Path) -> Path | None:
        """The config file that governs ``path`` (memoised per directory)."""
        if self.override is not None:
            return self.override
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
            self._errors[key] = ConfigProblem.of(exc, found)
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
