"""The results cache's per-file side: each file's outcome by its bytes, its name and the whole
configuration, in the ``results`` table of :class:`newslint.cache.Store`."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from newslint import plainfindings
from newslint.cache import Store, key_of
from newslint.files import read_regular
from newslint.findings import FileResult

if TYPE_CHECKING:
    from newslint.config import Config
    from newslint.linter import Outcome


class ResultCache:
    """Each file's outcome by (configuration, file name, file bytes)."""

    def __init__(self, config: Config, encoding: str, directory: Path | None = None) -> None:
        self._prefix = config_key(config, encoding)
        self._store = Store("results", directory)

    def key(self, data: bytes, display: str) -> str:
        """The cache key of one file's bytes as shown under ``display``."""
        return key_of(self._prefix, display, data)

    def get(self, key: str) -> Outcome | None:
        """The stored outcome, or None (for a miss, or an entry that is not one)."""
        from newslint.linter import Outcome

        raw = self._store.get(key)
        try:
            path, findings, errors = raw
            return Outcome(
                FileResult(plainfindings.text(path), tuple(map(plainfindings.finding, findings)))
                if findings is not None
                else None,
                tuple(map(plainfindings.input_error, errors)),
            )
        except (TypeError, ValueError, KeyError):
            return None

    def put_many(self, items: Iterable[tuple[str, Outcome]]) -> None:
        """Store outcomes (without their source text, which the file itself holds)."""
        self._store.put_many(
            (
                key,
                [
                    o.result.path,
                    [plainfindings.plain(f) for f in o.result.findings],
                    plainfindings.errors(o),
                ],
            )
            if o.result is not None
            else (key, [None, None, plainfindings.errors(o)])
            for key, o in items
        )

    def close(self) -> None:
        """Close the database."""
        self._store.close()


def config_key(config: Config, encoding: str) -> str:
    """A digest of everything in ``config`` (and the environment) that can change findings."""
    rules = sorted(
        [
            r.id,
            r.check,
            int(r.severity),
            r.message,
            r.fix,
            r.enabled,
            sorted(r.options.items()),
            sorted(r.reads),
        ]
        for r in config.rules.values()
    )
    # The grammar backend is chosen and reached through the environment, too.
    env = sorted((k, v) for k, v in os.environ.items() if k.startswith("NEWSLINT_"))
    parts: list[bytes | str] = [repr((rules, encoding, env))]
    for f in config.entity_files:
        parts.append(f)  # the name too: a .txt list is read otherwise than a .yaml one
        try:
            parts.append(read_regular(f))
        except OSError:
            parts.append("missing")
    return key_of(*parts)
